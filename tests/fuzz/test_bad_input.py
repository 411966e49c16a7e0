"""Bad input never reaches a traceback: every hostile or broken file is refused
with ``FILE:LINE: problem`` (or one line), exit 2, nothing written, on SQLite
and PostgreSQL. Every command runs under a memory limit (tests.support.fuzz_cli: 256 MB
more address space than the test process had; the alias bomb below took about
1 GB before the loader bounded it)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.support.fuzz_cli import Outcome, dondoc
from tests.support.paths import EXAMPLES, REPO, written
from tests.support.stores import Store

SMALL_TREE = (REPO / "tests" / "fixtures" / "org" / "small_tree.yaml").read_text(encoding="utf-8")
TABLES = ("committee", "contact", "contact_channel", "history_event", "plan", "task", "task_assignee", "occurrence")

PLAN = """plan:
  id: kh-thu-2023
  number: 1-KH/TU
  title: Kế hoạch thử
  issuer: thi-uy-duc-pho
  issued: 2023-01-09
tasks:
  - id: "1"
    title: Báo cáo quý
    rule: every quarter at end
    assignees: [btg-thi-uy-duc-pho]
"""

BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join(['*' + chr(97 + n)] * 9)}]\n" for n in range(8)
)
MANY_ALIASES = "a: &a x\nb: [" + ", ".join(["*a"] * 150) + "]\n"
DEEP = "plan: " + "[" * 5000 + "]" * 5000 + "\n"


def snapshot(store: Store) -> dict[str, list[tuple[object, ...]]]:
    with store.engine.connect() as conn:
        return {t: [tuple(r) for r in conn.execute(text(f"SELECT * FROM {t} ORDER BY 1"))] for t in TABLES}


def assert_refused(outcome: Outcome, path: Path, line: int | None, words: str) -> None:
    """Exit 2, every line of stderr is ``FILE:LINE: problem``, memory bounded, no traceback."""
    assert outcome.code == 2, (outcome.code, outcome.stderr)
    lines = outcome.stderr.strip().splitlines()
    assert lines and all(re.match(rf"^{re.escape(str(path))}:\d+: \S", ln) for ln in lines), outcome.stderr
    assert "Traceback" not in outcome.stderr
    if line is not None:
        assert any(ln.startswith(f"{path}:{line}: ") for ln in lines), outcome.stderr
    assert words in outcome.stderr, outcome.stderr


def refused_without_writing(store: Store, path: Path, command: str, content: str, line: int | None, words: str) -> None:
    """``dondoc COMMAND import`` of ``content`` written to ``path`` is refused and the store is unchanged."""
    path.write_text(content, encoding="utf-8")
    before = snapshot(store)
    assert_refused(dondoc(command, "import", str(path)), path, line, words)
    assert snapshot(store) == before


@pytest.fixture
def db(store: Store, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    monkeypatch.setenv("DONDOC_DATABASE_URL", store.url)
    yield store


@pytest.fixture
def with_tree(db: Store) -> Store:
    outcome = dondoc("org", "import", str(EXAMPLES / "org_tree.yaml"), limit=False)
    assert outcome.code == 0, outcome.stderr
    return db


ORG_CASES = {
    "kind_is_a_mapping": (SMALL_TREE.replace("kind: tinh_uy", "kind: {a: 1}"), 5, "loại đơn vị"),
    "channels_is_a_number": (
        SMALL_TREE.replace("channels: [outbox://tinh-uy-quang-ngai]", "channels: 5"),
        8,
        "channels",
    ),
    "duplicate_contact_name": (
        SMALL_TREE.replace(
            "      - name: Văn phòng Tỉnh ủy\n",
            "      - name: Văn phòng Tỉnh ủy\n        channels: [outbox://a]\n      - name: Văn phòng Tỉnh ủy\n",
        ),
        9,
        "bị trùng",
    ),
    "duplicate_channel_url": (
        SMALL_TREE.replace(
            "channels: [outbox://tinh-uy-quang-ngai]",
            "channels: [outbox://tinh-uy-quang-ngai, outbox://tinh-uy-quang-ngai]",
        ),
        8,
        "bị trùng",
    ),
    "name_over_300_characters": (SMALL_TREE.replace("name: Tỉnh ủy Quảng Ngãi", "name: " + "Tỉnh " * 70), 4, "quá 300"),
    "id_over_120_characters": (
        SMALL_TREE.replace("id: btg-thi-uy-duc-pho", "id: " + "-".join(["ban"] * 40)),
        19,
        "tối đa 120",
    ),
    "nul_character_escaped": (SMALL_TREE.replace("name: Tỉnh ủy Quảng Ngãi", 'name: "Tỉnh ủy\\0"'), 4, "U+0000"),
    "control_character_raw": (SMALL_TREE.replace("Thị ủy Đức Phổ\n", "Thị ủy\x07 Đức Phổ\n", 1), 10, "U+0007"),
    "newline_in_unit_name": (SMALL_TREE.replace("name: Thị ủy Đức Phổ", 'name: "Thị ủy\\nĐức Phổ"'), 10, "một dòng"),
    "alias_bomb": (BOMB, None, "bí danh"),
    "too_many_aliases": (MANY_ALIASES, 2, "quá 100 bí danh"),
    "deep_nesting": (DEEP, 1, "lồng nhau"),
    "impossible_date_as_a_key_value": ("units: 2023-02-31\n", 1, "không có trong lịch"),
}


@pytest.mark.parametrize("case", sorted(ORG_CASES))
def test_a_bad_org_file_is_one_line_per_problem_exit_2_and_writes_nothing(db: Store, tmp_path: Path, case: str) -> None:
    refused_without_writing(db, tmp_path / f"{case}.yaml", "org", *ORG_CASES[case])


def chain(depth: int) -> str:
    units = ["units:"]
    for n in range(depth):
        parent = f"\n    parent: u{n - 1}" if n else ""
        units.append(f"  - id: u{n}\n    name: Chi bộ {n}\n    kind: chi_bo{parent}")
    return "\n".join(units) + "\n"


def test_a_thousand_deep_chain_is_refused_in_one_line_without_recursion_error(db: Store, tmp_path: Path) -> None:
    path = written(tmp_path / "chain.yaml", chain(1000))
    before = snapshot(db)
    outcome = dondoc("org", "import", str(path))
    assert_refused(outcome, path, None, "đường dẫn quá 2000 ký tự")
    assert len(outcome.stderr.strip().splitlines()) == 1
    assert snapshot(db) == before


def test_a_deep_chain_within_the_path_limit_imports(db: Store, tmp_path: Path) -> None:
    path = written(tmp_path / "chain.yaml", chain(400))  # '/u0/u1/.../u399/' is under 2000 characters
    outcome = dondoc("org", "import", str(path))
    assert outcome.code == 0, outcome.stderr
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT max(depth) FROM committee")).scalar() == 399


PLAN_CASES = {
    "impossible_issue_date": (PLAN.replace("issued: 2023-01-09", "issued: 2023-02-31"), 6, "2023-02-31"),
    "control_character": (PLAN.replace("Kế hoạch thử", "Kế hoạch\x1b thử"), 4, "U+001B"),
    "nul_in_a_quoted_title": (PLAN.replace("title: Kế hoạch thử", 'title: "Kế hoạch\\0 thử"'), 4, "U+0000"),
    "kind_is_a_mapping": (
        PLAN.replace("[btg-thi-uy-duc-pho]", "[{children_of: thi-uy-duc-pho, kind: {a: 1}}]"),
        11,
        "loại đơn vị",
    ),
    "unknown_policy": (PLAN + "    policy: khong-co-chinh-sach\n", 12, "khong-co-chinh-sach"),
    "unknown_default_policy": (
        PLAN.replace("tasks:\n", "defaults:\n  policy: gap-gap\ntasks:\n"),
        8,
        "gap-gap",
    ),
    "plan_id_over_120": (PLAN.replace("id: kh-thu-2023", "id: " + "kh-" * 50 + "2023"), 2, "tối đa 120"),
    "number_over_120": (PLAN.replace("number: 1-KH/TU", "number: " + "1" * 200), 3, "quá 120"),
    "source_line_out_of_range": (PLAN + "    line: 99999999999999999999\n", 12, "số dòng"),
    "alias_bomb": (BOMB, None, "bí danh"),
    "too_many_aliases": (MANY_ALIASES, 2, "quá 100 bí danh"),
    "deep_nesting": (DEEP, 1, "lồng nhau"),
    "tasks_is_a_number": (PLAN.split("tasks:")[0] + "tasks: 5\n", 7, "danh sách"),
    "a_mapping_as_a_key": ("? {a: 1}\n: b\n", 1, "khóa"),
}


@pytest.mark.parametrize("case", sorted(PLAN_CASES))
def test_a_bad_plan_file_is_one_line_per_problem_exit_2_and_writes_nothing(
    with_tree: Store, tmp_path: Path, case: str
) -> None:
    refused_without_writing(with_tree, tmp_path / f"{case}.yaml", "plan", *PLAN_CASES[case])


def test_the_good_plan_of_these_tests_imports(with_tree: Store, tmp_path: Path) -> None:
    path = written(tmp_path / "plan.yaml", PLAN + "    policy: default\n")
    outcome = dondoc("plan", "import", str(path), "--no-expand")
    assert outcome.code == 0, outcome.stderr


def test_a_file_over_5_mb_is_refused_before_it_is_read(db: Store, tmp_path: Path) -> None:
    path = written(tmp_path / "big.yaml", "units:\n" + "# đệm\n" * 1_000_000)
    assert path.stat().st_size > 5 * 1024 * 1024
    for command in ("org", "plan"):
        outcome = dondoc(command, "import", str(path), trace=True)
        assert_refused(outcome, path, 1, "5 MB")
        assert outcome.peak_bytes < 1024 * 1024, "the size is checked before the file is read"


def test_not_utf8_names_its_line(db: Store, tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(b"units:\n  - id: a\n    name: T\xe9\n")
    assert_refused(dondoc("org", "import", str(path)), path, 3, "UTF-8")


USAGE_CASES = {
    "unknown_command": (("khong-co-lenh",), "không có lệnh 'khong-co-lenh'", "dondoc --help"),
    "unknown_option": (("status", "--khong-co"), "không có tùy chọn --khong-co", "dondoc status --help"),
    "missing_argument": (("plan", "import"), "thiếu tham số", "dondoc plan import --help"),
    "not_a_number": (("status", "--horizon", "mot-tram"), "cần một số nguyên", "dondoc status --help"),
    "horizon_out_of_range": (("status", "--horizon", "-99999999999"), "ngoài khoảng 0–3660", "dondoc status --help"),
    "limit_out_of_range": (("status", "--limit", "0"), "ngoài khoảng 1–10000", "dondoc status --help"),
}


@pytest.mark.parametrize("case", sorted(USAGE_CASES))
def test_a_usage_error_is_one_line_and_the_help_hint_with_exit_2(db: Store, case: str) -> None:
    args, words, hint = USAGE_CASES[case]
    before = snapshot(db)
    outcome = dondoc(*args)
    assert outcome.code == 2, outcome.stderr
    lines = outcome.stderr.strip().splitlines()
    assert len(lines) == 2 and lines[0].startswith("Lỗi: ") and words in lines[0], outcome.stderr
    assert lines[1] == f"Xem `{hint}`."
    assert snapshot(db) == before


def test_the_alias_bomb_stays_small_in_memory(db: Store, tmp_path: Path) -> None:
    path = written(tmp_path / "bomb.yaml", BOMB)
    outcome = dondoc("plan", "import", str(path), trace=True)
    assert_refused(outcome, path, None, "bí danh")
    assert outcome.peak_bytes < 64 * 1024 * 1024, outcome.peak_bytes
