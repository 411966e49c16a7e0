"""`dondoc plan extract` on the real plans: every dated task a secretary would enter.

The expectations below were written by reading each document as a secretary
would (section, deadline sentence, who is named, to whom the report goes); they
are data, not the extractor's output. ``ANY`` leaves a value unchecked where the
document leaves it to a person (for those the draft must carry a review entry on
the task's line) or where the first due date of a recurring rule depends on the
rule engine's window, which calendar_rules' own tests cover.

Also run on a .docx and a .pdf made from seed 001 (tests/fixtures/plans, built by
make_documents.py) and on a held-out plan written for this test (a Huyện ủy plan
with letters "a)", "•" bullets, a "Tiến độ:" label and a table).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from dondoc.org.registry import OrgTree
from dondoc.plans import extract_deadlines
from dondoc.plans.extract import PlanDraft, extract_plan
from dondoc.plans.readers import read_document
from tests.support.extract import (
    PLANS,
    below,
    children,
    example_tree,
    heldout_tree,
    units,
)
from tests.support.paths import SEEDS

ANY = object()
D = dt.date


@dataclass(frozen=True)
class Expect:
    id: str
    kind: str
    due: object  # a date, None (no due date), or ANY
    assignees: object  # a set of unit ids, or ANY (then a review entry must exist on the task's line)
    report_to: str | None = None  # effective report_to, when the document states it


def _seed_001(tree: OrgTree) -> list[Expect]:
    btg = {"btg-thi-uy-duc-pho"}
    party = children(tree, "thi-uy-duc-pho", "dang_uy_co_so", "chi_bo_co_so")
    mass = children(tree, "thi-uy-duc-pho", "mat_tran", "doan_the")
    return [
        Expect("II.1.2.a-1", "fixed", D(2023, 3, 31), btg),  # Thời gian thực hiện Quý I/2023
        Expect("II.1.2.a-2", "fixed", D(2023, 3, 31), btg),  # chậm nhất cuối quý I/2023
        Expect("II.1.2.a-3", "fixed", D(2023, 5, 31), btg),  # tháng 5/2023
        Expect("II.1.2.b-1", "fixed", D(2023, 4, 30), party),  # trong tháng 4/2023
        Expect("II.1.2.b-2", "fixed", D(2023, 4, 29), party),  # trước ngày 30/4/2023
        Expect("II.1.2.c", "fixed", D(2023, 5, 31), mass),  # tháng 5/2023
        Expect("II.2", "recurring", ANY, btg | party),  # 2.4 Thời gian thực hiện: Hằng quý
        Expect("II.2.2-3", "continuous", ANY, party, "thi-uy-duc-pho"),  # sau mỗi đợt ... hằng quý ... báo cáo (no day)
        Expect("II.3.2-1", "relative", None, btg),  # sau khi có Hướng dẫn của BTG Tỉnh ủy
        Expect("II.3.2-2", "fixed", D(2023, 6, 30), ANY),  # "các cơ quan, đơn vị, địa phương"
        Expect("II.3.2-3", "fixed", D(2023, 3, 31), ANY),  # cam kết of cadres (people)
        Expect("II.5-2", "fixed", D(2023, 3, 31), party),
        Expect("II.5-3", "fixed", D(2023, 5, 31), btg),
        Expect("II.5-3(2)", "continuous", None, btg),  # (thời gian thực hiện thường xuyên)
        # 6.2 Thời gian thực hiện: Thường xuyên; who: the bodies of "6.1. Phương thức và cơ quan thực hiện"
        Expect(
            "II.6",
            "continuous",
            None,
            below(tree, "thi-uy-duc-pho", "dang_uy_co_so", "chi_bo_co_so", "chi_bo")
            | btg
            | mass
            | {"bdv-thi-uy-duc-pho", "hdnd-thi-xa-duc-pho", "ubnd-thi-xa-duc-pho"},
        ),
        Expect("II.7", "continuous", None, {"ubkt-thi-uy-duc-pho"} | btg | party),
        Expect("II.8.2-2", "fixed", D(2023, 12, 31), btg),  # chậm nhất tháng 12/2023
        Expect("III.1", "fixed", D(2023, 1, 29), party | mass, "thi-uy-duc-pho"),  # trước ngày 30/01/2023
    ]


# Lines where the document states a time for something a reader may also enter as a task.
_TOLERATED_001 = {353, 386, 528}


def _seed_003(tree: OrgTree) -> list[Expect]:
    grassroots = children(tree, "dang-uy-khoi-cq-tinh", "dang_uy_co_so", "chi_bo_co_so")
    all_party = below(tree, "dang-uy-khoi-cq-tinh", "dang_uy_co_so", "chi_bo_co_so", "chi_bo")
    unions = children(tree, "dang-uy-khoi-cq-tinh", "doan_the")
    label_tasks = [
        Expect(f"III.1.nam-{year}-{n}", "fixed", D(year, 12, 31), ANY)
        for year, count in ((2021, 2), (2022, 3), (2023, 3), (2024, 2), (2025, 3))
        for n in range(1, count + 1)
    ]
    return [
        Expect("II.1.1", "recurring", ANY, grassroots),  # quý I hằng năm
        Expect("II.1.2-1", "recurring", ANY, ANY),  # tháng 12 của năm trước đó
        Expect("II.1.2-2", "recurring", ANY, ANY),  # quý I hằng năm (tính từ năm 2022); individuals
        Expect("II.2", "continuous", None, all_party),
        Expect("II.3", "fixed", D(2022, 3, 31), grassroots),  # trong quý I năm 2022
        Expect("II.4.3-1", "fixed", D(2021, 12, 31), grassroots),  # ngay trong quý IV năm 2021
        Expect("II.5.3-2", "recurring", ANY, grassroots),  # vào quý I hằng năm
        Expect("II.5.3-3", "recurring", ANY, all_party),  # vào quý I hằng năm
        Expect("II.6.3-2", "continuous", None, grassroots),  # Thường xuyên (TCCS đảng giảng dạy)
        Expect("II.7.3-1", "fixed", D(2021, 12, 31), all_party),  # trong quý IV năm 2021
        Expect("II.8.3-1", "recurring", ANY, grassroots | unions),  # quý III hằng năm (riêng 2021: tháng 12/2021)
        Expect("II.8.3-1(2)", "fixed", D(2023, 6, 30), grassroots | unions),  # sơ kết: quý II năm 2023
        Expect("II.8.3-1(3)", "fixed", D(2025, 12, 31), grassroots | unions),  # tổng kết: quý IV năm 2025
        Expect(
            "III.2-6", "continuous", ANY, {"doan-khoi-cq-tinh", "cong-doan-vien-chuc-tinh"}
        ),  # Đoàn Khối, Công đoàn Viên chức: định kỳ 6 tháng, hàng năm báo cáo
        *label_tasks,
    ]


_TOLERATED_003 = {
    175,
    187,
    260,
    262,
    264,
    311,
    384,
    390,
    485,
    487,
    489,
    493,
    501,
    503,
    564,
    568,
    576,
    651,
    653,
    655,
    659,
    663,
    688,
    690,
    702,
    822,
    824,
    832,
}


def _seed_004(tree: OrgTree) -> list[Expect]:
    cells = children(tree, "dang-uy-so-khdt", "chi_bo", "chi_bo_co_so")
    return [
        Expect("II.1.2-1", "fixed", D(2021, 11, 29), ANY),  # Trước 30/11/2021 (the Đảng ủy's own guidance)
        Expect("II.1.2-2", "recurring", ANY, ANY),  # quý IV năm trước
        Expect("II.2", "continuous", None, cells),  # Bắt đầu từ tháng 12/2021 và thường xuyên
        Expect("II.3.2-1", "continuous", None, ANY),  # Nội dung tuyên truyền: Thường xuyên, liên tục
        Expect("II.3.2-2", "fixed", D(2022, 9, 30), ANY),  # Nội dung sinh hoạt chuyên đề: Quý III/2022
        Expect("II.4", "continuous", None, ANY),  # party members (people)
        Expect("II.5", "fixed", D(2022, 12, 31), ANY),  # Quý IV/2022: Hoàn thành ...
        Expect("II.6", "fixed", D(2022, 12, 31), ANY, "dang-uy-so-khdt"),  # Quý IV/2022 ... báo cáo Đảng ủy Sở
        Expect("II.7.2-1", "fixed", D(2022, 12, 31), cells),  # "Quý IV" in a plan for 2022
        Expect("II.7.2-2", "continuous", ANY, cells, "dang-uy-so-khdt"),  # Hằng năm ... báo cáo về Đảng ủy Sở (no day)
    ]


_TOLERATED_004 = {2, 146, 150, 217, 350, 409}


def _heldout(tree: OrgTree) -> list[Expect]:
    grassroots = children(tree, "huyen-uy-mo-duc", "dang_uy_co_so", "chi_bo_co_so")
    return [
        Expect("II.1.a", "fixed", D(2024, 3, 15), {"bto-huyen-uy-mo-duc"}),  # chậm nhất ngày 15/3/2024
        Expect("II.1.b", "fixed", D(2024, 4, 29), grassroots, "bto-huyen-uy-mo-duc"),  # gửi về BTC trước ngày 30/4/2024
        Expect("II.2", "recurring", ANY, below(tree, "huyen-uy-mo-duc", "chi_bo")),  # Thời gian: hằng tháng
        Expect("II.3", "fixed", D(2024, 6, 30), grassroots, "huyen-uy-mo-duc"),  # trong tháng 6/2024
        Expect("II.4.tien-do-1", "fixed", D(2024, 12, 14), grassroots),  # trước ngày 15/12/2024
        Expect("II.4.tien-do-2", "fixed", D(2024, 11, 30), {"ubkt-huyen-uy-mo-duc"}),
        Expect("II.5/1", "fixed", D(2024, 6, 30), {"bto-huyen-uy-mo-duc"}),  # table row, Quý II/2024
        Expect("II.5/2", "fixed", D(2024, 12, 31), {"ubkt-huyen-uy-mo-duc"}),
    ]


CASES = {
    "seed-001": (
        SEEDS / "001_628b840efccf91ab.txt",
        example_tree,
        _seed_001,
        _TOLERATED_001,
        {"number": "91-KH/TU", "issuer": "thi-uy-duc-pho", "issued": D(2023, 1, 9), "via": "btg-thi-uy-duc-pho"},
    ),
    "seed-001-docx": (
        PLANS / "seed001.docx",
        example_tree,
        _seed_001,
        _TOLERATED_001,
        {"number": "91-KH/TU", "issuer": "thi-uy-duc-pho", "issued": D(2023, 1, 9), "via": "btg-thi-uy-duc-pho"},
    ),
    "seed-001-pdf": (
        PLANS / "seed001.pdf",
        example_tree,
        _seed_001,
        None,
        {"number": "91-KH/TU", "issuer": "thi-uy-duc-pho", "issued": D(2023, 1, 9), "via": "btg-thi-uy-duc-pho"},
    ),
    "seed-003": (
        SEEDS / "003_9b7f4beee9e99348.txt",
        example_tree,
        _seed_003,
        _TOLERATED_003,
        {"number": None, "issuer": "dang-uy-khoi-cq-tinh", "issued": None, "via": "ban-xdtccsd-dang-uy-khoi-cq-tinh"},
    ),
    "seed-004": (
        SEEDS / "004_49d8714bc7b8b01d.txt",
        example_tree,
        _seed_004,
        _TOLERATED_004,
        {"number": None, "issuer": "dang-uy-so-khdt", "issued": None, "via": None},
    ),
    "heldout": (
        PLANS / "heldout_huyen_uy_mo_duc.txt",
        heldout_tree,
        _heldout,
        set(),
        {"number": "45-KH/HU", "issuer": "huyen-uy-mo-duc", "issued": D(2024, 2, 15), "via": "bto-huyen-uy-mo-duc"},
    ),
    "heldout-docx": (
        PLANS / "heldout_huyen_uy_mo_duc.docx",
        heldout_tree,
        _heldout,
        None,
        {"number": "45-KH/HU", "issuer": "huyen-uy-mo-duc", "issued": D(2024, 2, 15), "via": "bto-huyen-uy-mo-duc"},
    ),
}


def _extract(path: Path, tree: OrgTree) -> PlanDraft:
    return extract_plan(read_document(path), extract_deadlines.scan, extract_deadlines.parse, tree=tree)


@pytest.mark.parametrize("case", list(CASES))
def test_every_dated_task_is_found_with_its_due_date_and_assignees(case: str) -> None:
    path, make_tree, expectations, tolerated, plan = CASES[case]
    tree = make_tree()
    draft = _extract(path, tree)
    assert draft.head.number == plan["number"]
    assert draft.head.issuer == plan["issuer"]
    if plan["issued"] is None:
        assert draft.head.issued_inferred and any("ngày ban hành" in r.reason for r in draft.review)
    else:
        assert draft.head.issued == plan["issued"] and not draft.head.issued_inferred
    assert draft.defaults.get("via") == plan["via"]
    tasks = {task.id: task for task in draft.tasks}
    review_lines = {line for item in draft.review for line in item.lines}
    problems = []
    for expect in expectations(tree):
        task = tasks.get(expect.id)
        if task is None:
            problems.append(f"{expect.id}: missing")
            continue
        if task.kind != expect.kind:
            problems.append(f"{expect.id}: kind {task.kind} != {expect.kind}")
        if expect.due is not ANY and task.due != expect.due:
            problems.append(f"{expect.id}: due {task.due} != {expect.due}")
        if expect.assignees is ANY:
            if task.line not in review_lines:
                problems.append(f"{expect.id}: assignees left open but no review entry on line {task.line}")
        elif units(tree, task.assignees) != expect.assignees:
            problems.append(
                f"{expect.id}: assignees {sorted(units(tree, task.assignees))} != {sorted(expect.assignees)}"
            )
        if expect.report_to is not None and (task.report_to or draft.defaults.get("report_to")) != expect.report_to:
            problems.append(f"{expect.id}: report_to {task.report_to} != {expect.report_to}")
    if tolerated is not None:
        expected_ids = {e.id for e in expectations(tree)}
        for task in draft.tasks:
            if task.id not in expected_ids and task.line not in tolerated:
                problems.append(f"{task.id}: unexpected task from line {task.line} ({task.deadline!r})")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("case", ["seed-001", "seed-004"])
def test_thuong_xuyen_tasks_are_continuous_without_due_date(case: str) -> None:
    path, make_tree, *_ = CASES[case]
    draft = _extract(path, make_tree())
    continuous = [t for t in draft.tasks if "thường xuyên" in t.deadline.lower()]
    assert continuous
    assert all(t.kind == "continuous" and t.due is None for t in continuous)


def test_without_a_tree_names_stay_text_and_are_listed_for_review() -> None:
    draft = extract_plan(
        read_document(SEEDS / "001_628b840efccf91ab.txt"), extract_deadlines.scan, extract_deadlines.parse, tree=None
    )
    assert draft.head.issuer == "thi-uy-duc-pho"  # the slug of "Thị ủy Đức Phổ", flagged below
    assert any("chưa đối chiếu cây tổ chức" in r.reason for r in draft.review if r.line == 3)
    task = next(t for t in draft.tasks if t.id == "II.1.2.a-1")
    assert task.assignees == [{"board_of": "thi-uy-duc-pho", "name": "Ban Tuyên giáo"}]
    assert any("--tree" in r.reason for r in draft.review if r.line == task.line)
