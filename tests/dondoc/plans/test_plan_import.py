"""Plan import, expand and status on the example tree and the three reviewed seed plans, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, text
from sqlmodel import Session, col, select

from dondoc.db.models import HistoryEvent, Occurrence, Plan, Task
from tests.support.cli import Cli
from tests.support.paths import EXAMPLES, written
from tests.support.stores import Store

PLANS = sorted((EXAMPLES / "plans").glob("*.yaml"))
WINDOW = ("--from", "2021-01-01", "--to", "2026-12-31", "--today", "2021-01-01")

# Occurrences per plan for the window above, counted by hand from the plan files and the example tree:
# 91-KH/TU: 10 one-off tasks (1+1+1+17+17+6+19+19+17+1+22+1+1... see EXPECTED_001_TASKS) + quarterly tasks.
EXPECTED_001_TASKS = {
    "II.1.2.b-1": 17,  # the 17 đảng ủy / chi bộ cơ sở directly under Thị ủy Đức Phổ, once
    "II.2.2-3": 17 * 4,  # the same 17, every quarter of 2023
    "II.2.2-3/cấp dưới": 5 * 4,  # the 5 chi bộ under those đảng ủy, every quarter, 5 working days earlier
    "II.2": 18 * 4,  # the 17 plus Ban Tuyên giáo, every quarter
    "II.6.1-1": 22,
}
EXPECTED_COUNTS = {
    "91-kh-tu-duc-pho-2023": 305,
    "ke-hoach-dang-uy-khoi-cq-tinh-2021": 1088,
    "ke-hoach-dang-uy-so-khdt-2021": 58,
}


def _ok(result) -> str:  # type: ignore[no-untyped-def]
    assert result.code == 0, result.stderr + result.stdout
    return result.stdout


@pytest.fixture
def imported(cli: Cli) -> Cli:
    _ok(cli("org", "import", str(EXAMPLES / "org_tree.yaml")))
    _ok(cli("plan", "import", *map(str, PLANS), "--no-expand"))
    return cli


def _counts(store: Store) -> dict[str, int]:
    with Session(store.engine) as session:
        rows = session.execute(
            select(Task.plan_id, func.count())
            .select_from(Occurrence)
            .join(Task, Task.id == Occurrence.task_id)
            .group_by(Task.plan_id)
        ).all()
    return dict(rows)  # type: ignore[arg-type]


def test_import_and_expand_of_the_examples_give_the_stated_counts_and_a_second_expand_adds_nothing(
    imported: Cli, store: Store
) -> None:
    out = _ok(imported("expand", *WINDOW))
    assert "thêm 1451" in out
    assert _counts(store) == EXPECTED_COUNTS
    with Session(store.engine) as session:
        per_task = dict(
            session.execute(
                select(Task.code, func.count())
                .select_from(Occurrence)
                .join(Task, Task.id == Occurrence.task_id)
                .where(Task.plan_id == "91-kh-tu-duc-pho-2023")
                .group_by(Task.code)
            ).all()
        )
        assert {code: per_task[code] for code in EXPECTED_001_TASKS} == EXPECTED_001_TASKS
        before = session.exec(select(func.count()).select_from(HistoryEvent)).one()
    again = _ok(imported("expand", *WINDOW))
    assert "thêm 0, dời hạn 0, mở lại 0, hủy 0, liên kết cấp trên 0" in again
    assert _counts(store) == EXPECTED_COUNTS
    with Session(store.engine) as session:
        assert (
            session.exec(select(func.count()).select_from(HistoryEvent)).one() == before
        )  # nothing happened, nothing recorded


def test_reimporting_the_same_files_changes_nothing(imported: Cli, store: Store) -> None:
    _ok(imported("plan", "import", *map(str, PLANS), "--today", "2023-01-10"))
    before = _counts(store)
    out = _ok(imported("plan", "import", *map(str, PLANS), "--today", "2023-01-10"))
    assert out.count("không có gì thay đổi") == 3
    assert _counts(store) == before
    assert "thêm 0," in out


def test_quarterly_deadline_on_a_weekend_moves_to_the_next_working_day(imported: Cli, store: Store) -> None:
    _ok(imported("expand", *WINDOW))
    with Session(store.engine) as session:
        occ = session.exec(
            select(Occurrence)
            .join(Task, Task.id == Occurrence.task_id)
            .where(Task.code == "II.2", Occurrence.assignee_id == "btg-thi-uy-duc-pho", Occurrence.period == "2023-Q3")
        ).one()
    assert (occ.due.isoformat(), occ.adjusted_due.isoformat()) == ("2023-09-30", "2023-10-02")  # Saturday → Monday


def test_cascade_lower_units_are_due_five_working_days_earlier_and_linked_to_their_upper_occurrence(
    imported: Cli, store: Store
) -> None:
    _ok(imported("expand", *WINDOW))
    with Session(store.engine) as session:
        lower = session.exec(
            select(Occurrence)
            .join(Task, Task.id == Occurrence.task_id)
            .where(
                Task.code == "II.2.2-3/cấp dưới",
                Occurrence.assignee_id == "chi-bo-tdp-1-nguyen-nghiem",
                Occurrence.period == "2023-Q2",
            )
        ).one()
        upper = session.get(Occurrence, lower.parent_id)
    assert upper is not None and upper.assignee_id == "dang-uy-phuong-nguyen-nghiem" and upper.period == "2023-Q2"
    assert upper.adjusted_due.isoformat() == "2023-06-30" and lower.adjusted_due.isoformat() == "2023-06-23"
    # the upper occurrence knows how many lower reports are in
    _ok(imported("submit", f"#{lower.id}", "--ref", "Báo cáo số 3-BC/CB", "--on", "2023-06-20"))
    status = json.loads(
        _ok(imported("status", "--org", "dang-uy-phuong-nguyen-nghiem", "--on", "2023-06-21", "--json"))
    )
    row = next(r for r in status["occurrences"] if r["id"] == upper.id)
    assert row["lower"] == {"submitted": 1, "total": 3}


def test_editing_a_plan_changes_future_occurrences_and_keeps_past_ones(
    imported: Cli, store: Store, tmp_path: Path
) -> None:
    _ok(imported("expand", *WINDOW))
    plan = EXAMPLES / "plans" / "91-kh-tu-duc-pho-2023.yaml"
    edited = plan.read_text(encoding="utf-8")
    # II.2 becomes monthly, and Ban Tuyên giáo no longer reports on it
    edited = edited.replace(
        "    rule: every quarter at end until 2023-12-31\n    assignees:\n      - btg-thi-uy-duc-pho\n",
        "    rule: every month at end until 2023-12-31\n    assignees:\n",
        1,
    )
    assert edited != plan.read_text(encoding="utf-8")
    path = written(tmp_path / "91-edited.yaml", edited)
    with Session(store.engine) as session:
        past_before = {
            (o.assignee_id, o.period): (o.status, o.current_due)
            for o in session.exec(
                select(Occurrence)
                .join(Task, col(Task.id) == Occurrence.task_id)
                .where(Task.code == "II.2", Occurrence.current_due < text("'2023-07-01'"))
            ).all()
        }
    out = _ok(imported("plan", "import", str(path), "--today", "2023-07-01"))
    assert "sửa 1" in out
    with Session(store.engine) as session:
        rows = session.exec(
            select(Occurrence).join(Task, col(Task.id) == Occurrence.task_id).where(Task.code == "II.2")
        ).all()
        by_key = {(o.assignee_id, o.period): o for o in rows}
        # the past (Q1, Q2) is kept as it was, including Ban Tuyên giáo's
        for key, (status, due) in past_before.items():
            assert (by_key[key].status, by_key[key].current_due) == (status, due)
        assert by_key[("btg-thi-uy-duc-pho", "2023-Q2")].status == "open"
        # the future: Ban Tuyên giáo's Q3/Q4 cancelled, quarterly periods of others no longer wanted are cancelled, months added
        assert by_key[("btg-thi-uy-duc-pho", "2023-Q3")].status == "cancelled"
        assert by_key[("dang-uy-xa-pho-an", "2023-Q4")].status == "cancelled"
        months = sorted(
            p
            for (unit, p), o in by_key.items()
            if unit == "dang-uy-xa-pho-an" and len(p) == 7 and "Q" not in p and o.status == "open"
        )
        assert months == [f"2023-{m:02d}" for m in range(7, 13)]
        assert all(o.sequence >= 1 for (u, p), o in by_key.items() if o.status == "cancelled")
        kinds = [e.kind for e in session.exec(select(HistoryEvent).order_by(HistoryEvent.id)).all()]
    assert kinds.count("plan_import") == 4 and kinds[-1] == "expand"


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            ("issuer: thi-uy-duc-pho", "issuer: thi-uy-khong-co"),
            ":7: đơn vị ban hành 'thi-uy-khong-co' không có trong cây tổ chức",
        ),
        (("rule: end 2023-Q1\n", "rule: end 2023-Q5\n"), "quy tắc thời hạn không hợp lệ"),
        (("- id: II.1.2.a-2\n", "- id: II.1.2.a-1\n"), "mã nhiệm vụ 'II.1.2.a-1' bị trùng"),
        (
            (
                "      - {children_of: thi-uy-duc-pho, kind: [mat_tran, doan_the]}",
                "      - {children_of: btg-thi-uy-duc-pho, kind: [chi_bo]}",
            ),
            "không có đơn vị nào khớp",
        ),
        (
            (
                "      - {children_of: thi-uy-duc-pho, kind: [mat_tran, doan_the]}",
                "      - {children_of: thi-uy-duc-pho, kind: [hoi_dong]}",
            ),
            "loại đơn vị ['hoi_dong'] không hợp lệ",
        ),
        (("  title: Kế hoạch", "  title: [Kế hoạch"), "YAML không hợp lệ"),
    ],
    ids=["unknown-issuer", "bad-rule", "duplicate-task", "selector-matches-nobody", "unknown-kind", "malformed-yaml"],
)
def test_a_bad_plan_file_is_refused_with_file_and_line_and_nothing_is_written(
    imported: Cli, store: Store, tmp_path: Path, edit: tuple[str, str], expected: str
) -> None:
    source = (EXAMPLES / "plans" / "91-kh-tu-duc-pho-2023.yaml").read_text(encoding="utf-8")
    assert edit[0] in source
    path = written(
        tmp_path / "bad.yaml",
        source.replace(edit[0], edit[1], 1).replace("id: 91-kh-tu-duc-pho-2023", "id: ke-hoach-sai"),
    )
    with Session(store.engine) as session:
        before = (
            session.exec(select(func.count()).select_from(Plan)).one(),
            session.exec(select(func.count()).select_from(HistoryEvent)).one(),
        )
    result = imported("plan", "import", str(path))
    assert result.code == 2
    assert f"{path}:" in result.stderr and expected in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    with Session(store.engine) as session:
        after = (
            session.exec(select(func.count()).select_from(Plan)).one(),
            session.exec(select(func.count()).select_from(HistoryEvent)).one(),
        )
    assert after == before


def test_a_deadline_phrase_without_rule_is_parsed_on_import(imported: Cli, store: Store, tmp_path: Path) -> None:
    path = written(
        tmp_path / "phrase.yaml",
        "plan:\n  id: kh-thu\n  number: 1-KH/TU\n  title: Kế hoạch thử\n  issuer: thi-uy-duc-pho\n  issued: 2024-01-05\n"
        "tasks:\n  - id: '1'\n    title: Báo cáo sơ kết\n    deadline: trước ngày 15/6/2024\n    assignees: [dang-uy-xa-pho-an]\n",
    )
    _ok(imported("plan", "import", str(path), "--today", "2024-01-05"))
    shown = json.loads(_ok(imported("plan", "show", "kh-thu", "--json")))
    assert shown["tasks"][0]["rule"] == "before 2024-06-15"
    assert shown["tasks"][0]["occurrences"]["open"] == 1


def test_plan_list_and_show(imported: Cli) -> None:
    listed = json.loads(_ok(imported("plan", "list", "--json")))
    assert [p["id"] for p in listed] == [
        "ke-hoach-dang-uy-khoi-cq-tinh-2021",
        "ke-hoach-dang-uy-so-khdt-2021",
        "91-kh-tu-duc-pho-2023",
    ]
    text_out = _ok(imported("plan", "show", "91-kh-tu-duc-pho-2023"))
    assert "Kế hoạch 91-KH/TU" in text_out and "định kỳ hằng quý" in text_out and "Căn cứ: dòng 307" in text_out
    missing = imported("plan", "show", "khong-co")
    assert missing.code == 4 and "không có kế hoạch 'khong-co'" in missing.stderr


def test_status_counts_the_four_vpcp_categories(imported: Cli, store: Store) -> None:
    _ok(imported("expand", *WINDOW))
    with Session(store.engine) as session:

        def occ(code: str, unit: str) -> int:
            return session.exec(
                select(Occurrence.id)
                .join(Task, col(Task.id) == Occurrence.task_id)
                .where(Task.code == code, Occurrence.assignee_id == unit)
            ).one()

        on_time, late = occ("II.1.2.b-1", "dang-uy-xa-pho-an"), occ("II.1.2.b-1", "dang-uy-xa-pho-chau")
    _ok(imported("submit", f"#{on_time}", "--ref", "BC 1", "--on", "2023-04-20"))
    _ok(imported("submit", f"#{late}", "--ref", "BC 2", "--on", "2023-05-10"))
    report = json.loads(
        _ok(
            imported(
                "status", "--plan", "91-kh-tu-duc-pho-2023", "--org", "thi-uy-duc-pho", "--on", "2023-05-15", "--json"
            )
        )
    )
    by_id = {r["id"]: r for r in report["occurrences"]}
    assert by_id[on_time]["category"] == "dung_han" and by_id[late]["category"] == "qua_han"
    counts = report["counts"]
    assert counts["dung_han"] == 1 and counts["qua_han"] == 1
    assert counts["qua_han_chua_hoan_thanh"] > 0 and counts["trong_han"] > 0
    assert sum(counts.values()) == len(report["occurrences"])
    text_out = _ok(imported("status", "--org", "thi-uy-duc-pho", "--on", "2023-05-15"))
    for label in ("Đúng hạn", "Quá hạn", "Trong hạn", "Quá hạn chưa hoàn thành", "Tỷ lệ nộp đúng hạn: 50.0%"):
        assert label in text_out


def test_status_json_lists_every_occurrence_unless_a_limit_cuts_each_list_and_says_so(imported: Cli) -> None:
    _ok(imported("expand", *WINDOW))
    where = ("status", "--org", "thi-uy-duc-pho", "--on", "2023-05-15", "--json")
    whole = json.loads(_ok(imported(*where)))
    assert whole["complete"] is True and len(whole["occurrences"]) == sum(whole["counts"].values()) > 4
    cut = json.loads(_ok(imported(*where, "--limit", "2")))
    assert cut["counts"] == whole["counts"] and cut["complete"] is False
    by_list: dict[str, int] = {}
    for row in cut["occurrences"]:
        done = row["category"] in ("dung_han", "qua_han")
        key = "done" if done else row["category"]
        by_list[key] = by_list.get(key, 0) + 1
    assert by_list and max(by_list.values()) <= 2
    ids = {row["id"] for row in whole["occurrences"]}
    assert {row["id"] for row in cut["occurrences"]} <= ids
    refused = imported(*where, "--limit", "0")
    assert refused.code == 2 and "--limit" in refused.stderr
