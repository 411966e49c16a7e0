"""Finding an occurrence: by its id (an int; what people type is parsed at the edges) or by selectors."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from dondoc.errors import DondocError, NotFound, SelectionError
from dondoc.occurrence.identity import MAX_ID, parse_occurrence_id
from dondoc.occurrence.lookup import find_occurrence, select_occurrence
from tests.support.scenario import Q2_DUE, add_occurrence, seed_plan, seed_tree
from tests.support.stores import Store


@pytest.mark.parametrize(
    ("text", "expected"), [("#12", 12), ("12", 12), (" #12 ", 12), ("#18446744073709551616", 2**64)]
)
def test_what_people_type_is_parsed_to_an_id(text: str, expected: int) -> None:
    assert parse_occurrence_id(text) == expected


@pytest.mark.parametrize("text", ["", "#", "mười hai", "#12a", "-3"])
def test_anything_else_is_refused_in_their_words(text: str) -> None:
    with pytest.raises(DondocError, match="dạng #1234 hoặc 1234"):
        parse_occurrence_id(text)


def test_an_id_finds_its_occurrence_and_no_other_id_does(store: Store) -> None:
    seed_tree(store.engine)
    occ = add_occurrence(store.engine, seed_plan(store.engine), "dang-uy-xa-pho-an", Q2_DUE)
    with Session(store.engine) as session:
        view = find_occurrence(session, occ)
        assert (view.id, view.assignee_id, view.plan_number, view.task_code) == (
            occ,
            "dang-uy-xa-pho-an",
            "91-KH/TU",
            "1",
        )
        assert view.label().startswith(f"#{occ} Đảng ủy xã Phổ An — 91-KH/TU mục 1")
        for missing in (occ + 1, 0, -1, 2**31, MAX_ID, MAX_ID + 1, 2**64, 10**23):  # beyond the column: nothing
            with pytest.raises(NotFound, match=f"không có kỳ báo cáo #{missing}"):
                find_occurrence(session, missing)


def test_selectors_need_at_least_one_and_must_name_exactly_one(store: Store) -> None:
    seed_tree(store.engine)
    task = seed_plan(store.engine)
    occ = add_occurrence(store.engine, task, "dang-uy-xa-pho-an", Q2_DUE)
    with Session(store.engine) as session:
        assert select_occurrence(session, org="dang-uy-xa-pho-an", period="2023-Q2").id == occ
        with pytest.raises(ValueError, match="at least one selector"):  # a surface says how to name them
            select_occurrence(session)
        with pytest.raises(SelectionError, match="không có kỳ báo cáo nào khớp org dang-uy-phuong-pho-hoa") as none:
            select_occurrence(session, org="dang-uy-phuong-pho-hoa")
        assert none.value.selectors == (("org", "dang-uy-phuong-pho-hoa"),)  # domain field names, not CLI flags
        assert none.value.phrase(lambda field: f"<{field}>").endswith("khớp <org> dang-uy-phuong-pho-hoa")
