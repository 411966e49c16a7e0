"""The committee page at scale: counts from COUNT queries, each list one page of rows at a
time (the most overdue first) with a "Xem thêm" link to the next, on both stores."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session, select

from dondoc.db.models import Committee, Task
from dondoc.status.categories import Category
from dondoc.web.queries import PAGE_ROWS, category_page, committee_page, tracked_units
from tests.support.scenario import BTG, THI_UY, TINH_UY, add_occurrence
from tests.support.stores import Store
from tests.support.web import PHO_AN, PHO_HOA, TODAY, Web, make_web

OVERDUE = PAGE_ROWS + 5
FIRST_DUE = dt.date(2023, 1, 2)


@pytest.fixture
def web(store: Store, tmp_path: Path) -> Iterator[Web]:
    yield from make_web(store, tmp_path)


def _add_overdue(web: Web) -> list[dt.date]:
    with Session(web.store.engine) as session:
        task = session.exec(select(Task.id)).first()
    assert task is not None
    dues = [FIRST_DUE + dt.timedelta(days=i) for i in range(OVERDUE)]
    for i, due in enumerate(reversed(dues)):  # written newest first: the order comes from the query
        add_occurrence(web.store.engine, task, PHO_HOA if i % 2 else PHO_AN, due, period=f"2023-M{i:02d}")
    return dues


def _overdue_dues(html: str) -> list[str]:
    table = html.split('id="list-qua_han_chua_hoan_thanh"')[1].split("</table>")[0]
    return re.findall(r'<td class="overdue">(\d\d/\d\d/\d{4})</td>', table)


def test_overdue_list_is_paged_most_overdue_first(web: Web) -> None:
    dues = _add_overdue(web)
    web.login("vp.thiuy")
    first = web.client.get(f"/committees/{THI_UY}").text
    assert re.search(r'id="count-qua_han_chua_hoan_thanh"><div class="n [a-z_]+">55</div>', first)
    assert f"Quá hạn chưa hoàn thành ({OVERDUE})" in first
    shown = _overdue_dues(first)
    assert shown == [d.strftime("%d/%m/%Y") for d in dues[:PAGE_ROWS]]  # the oldest due date at the top
    assert f"Hiện 1–{PAGE_ROWS} trên {OVERDUE} kỳ, quá hạn lâu nhất trước." in first
    more = re.search(r'<a href="([^"]+)" id="more-qua_han_chua_hoan_thanh">Xem thêm</a>', first)
    assert more is not None
    link = more.group(1).replace("&amp;", "&")
    assert link == f"/committees/{THI_UY}?trang_qua_han_chua_hoan_thanh=2"
    second = web.client.get(link).text
    assert _overdue_dues(second) == [d.strftime("%d/%m/%Y") for d in dues[PAGE_ROWS:]]
    assert f"Hiện {PAGE_ROWS + 1}–{OVERDUE} trên {OVERDUE} kỳ" in second
    assert 'id="more-qua_han_chua_hoan_thanh"' not in second  # the last page
    # the other lists and the counts are the same on every page
    assert re.search(r'id="count-trong_han"><div class="n [a-z_]+">2</div>', second)
    # the day picked is kept when paging on
    dated = web.client.get(f"/committees/{THI_UY}?on=2023-06-21").text
    assert "trang_qua_han_chua_hoan_thanh=2" in dated and "on=2023-06-21" in dated
    # nonsense page numbers fall back to the first page
    assert _overdue_dues(web.client.get(f"/committees/{THI_UY}?trang_qua_han_chua_hoan_thanh=abc").text) == shown


def test_counts_and_pages_come_from_the_queries(web: Web) -> None:
    dues = _add_overdue(web)
    with Session(web.store.engine) as session:
        unit = session.get(Committee, THI_UY)
        assert unit is not None
        data = committee_page(session, unit, TODAY, {Category.overdue: 2})
        assert data.counts[Category.overdue] == OVERDUE and data.counts[Category.in_time] == 2
        listing = data.lists[Category.overdue]
        assert (listing.page, listing.offset, listing.total, listing.has_more) == (2, PAGE_ROWS, OVERDUE, False)
        assert [r.current_due for r in listing.rows] == dues[PAGE_ROWS:]
        by_unit = {line.id: line.counts[Category.overdue] for line in data.units}
        assert by_unit[PHO_HOA] + by_unit[PHO_AN] == OVERDUE
        three = category_page(session, unit.path, Category.overdue, TODAY, page=3, total=OVERDUE, per_page=10)
        assert [r.current_due for r in three.rows] == dues[20:30] and three.has_more
        assert {r.assignee_id for r in three.rows} <= {PHO_HOA, PHO_AN}


def test_tracked_units_are_paged_most_overdue_first(web: Web) -> None:
    _add_overdue(web)  # 28 overdue for Phổ An, 27 for Phổ Hòa; the Tỉnh ủy's one is in time
    with Session(web.store.engine) as session:
        first = tracked_units(session, BTG, TODAY, per_page=2)
        assert [(u.id, u.counts[Category.overdue]) for u in first.rows] == [(PHO_AN, 28), (PHO_HOA, 27)]
        assert (first.total, first.has_more) == (3, True)
        last = tracked_units(session, BTG, TODAY, page=2, per_page=2)
        assert [u.id for u in last.rows] == [TINH_UY] and not last.has_more
        assert last.rows[0].counts[Category.in_time] == 1
