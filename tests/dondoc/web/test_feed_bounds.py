"""A subtree feed stays a size a calendar app can use: its window (the next 90 days and the
open overdue), summary events for the deep units with stable UIDs, and an event count bounded
by the tree's shape on a generated tree, on both stores."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import Session

from calendar_rules.ical import occurrence_uid, unit_day_uid
from dondoc.occurrence.actions import extend
from dondoc.occurrence.lookup import select_occurrence
from dondoc.scale.national import generate_national
from dondoc.scale.unit import ROOT_ID
from dondoc.scale.write import write_national
from dondoc.settings import Settings
from dondoc.web.feed_query import DETAIL_LEVELS, SUBTREE_AHEAD_DAYS, subtree_window
from tests.support.ical import events_of
from tests.support.scenario import AT, PLAN, THI_UY, TINH_UY, add_occurrence, seed_plan, seed_tree
from tests.support.stores import Store
from tests.support.web import PHO_HOA, issue, make_app, uid

TODAY = dt.date(2023, 6, 20)
CHI_BO = "chi-bo-tdp-1-nguyen-nghiem"  # two levels under the Thị ủy: summed in its subtree feed
NGUYEN_NGHIEM = "dang-uy-phuong-nguyen-nghiem"  # its parent, directly under the Thị ủy


def _get(client: TestClient, token: str, subtree: bool = True) -> bytes:
    url = f"/feeds/{token}.ics" + ("?include=subtree" if subtree else "")
    return client.get(url, headers={"Accept-Encoding": "identity"}).content


def test_subtree_window_is_computed_from_today() -> None:
    first, last = subtree_window(TODAY)
    assert last == TODAY + dt.timedelta(days=SUBTREE_AHEAD_DAYS) == dt.date(2023, 9, 18)
    assert first == dt.date(2022, 6, 20)  # open overdue ones, back as far as any feed goes


def test_subtree_feed_carries_the_next_90_days_and_the_open_overdue(store: Store, tmp_path: Path) -> None:
    seed_tree(store.engine)
    task = seed_plan(store.engine)
    add_occurrence(store.engine, task, PHO_HOA, dt.date(2023, 9, 18), period="last-day")  # today + 90
    add_occurrence(store.engine, task, PHO_HOA, dt.date(2023, 9, 19), period="too-far")  # today + 91
    add_occurrence(store.engine, task, PHO_HOA, dt.date(2023, 3, 31), period="overdue")
    add_occurrence(store.engine, task, PHO_HOA, dt.date(2023, 3, 30), period="done", status="submitted")
    add_occurrence(store.engine, task, PHO_HOA, dt.date(2023, 7, 1), period="done-early", status="submitted")
    add_occurrence(store.engine, task, PHO_HOA, dt.date(2022, 6, 19), period="too-old")
    tokens = issue(store, THI_UY, PHO_HOA)
    with TestClient(make_app(store, tmp_path, TODAY)) as client:
        subtree = events_of(_get(client, tokens[THI_UY]))
        own = events_of(_get(client, tokens[PHO_HOA], subtree=False))
    assert set(subtree) == {uid(PHO_HOA, p) for p in ("last-day", "overdue", "done-early")}
    # a committee's own feed is unchanged: its whole window, settled ones included
    assert set(own) == {uid(PHO_HOA, p) for p in ("last-day", "too-far", "overdue", "done", "done-early")}


def test_deep_units_are_one_summary_event_per_unit_and_day(store: Store, tmp_path: Path) -> None:
    seed_tree(store.engine)
    task = seed_plan(store.engine)
    second = seed_plan(store.engine, code="2.a", via=None)
    due = dt.date(2023, 6, 30)
    add_occurrence(store.engine, task, CHI_BO, due, period="2023-Q2")
    add_occurrence(store.engine, second, CHI_BO, due, period="2023-Q2", status="submitted")
    add_occurrence(store.engine, task, CHI_BO, dt.date(2023, 5, 31), period="2023-05")  # overdue, another day
    add_occurrence(store.engine, task, NGUYEN_NGHIEM, due, period="2023-Q2")
    tokens = issue(store, THI_UY, TINH_UY, NGUYEN_NGHIEM)
    with TestClient(make_app(store, tmp_path, TODAY)) as client:
        first = _get(client, tokens[THI_UY])
        tinh_uy = events_of(_get(client, tokens[TINH_UY]))
        nguyen_nghiem = events_of(_get(client, tokens[NGUYEN_NGHIEM]))
    with TestClient(make_app(store, tmp_path, TODAY)) as other:  # a fresh cache: a real second render
        second_render = _get(other, tokens[THI_UY])
    events = events_of(first)
    summary = unit_day_uid(NGUYEN_NGHIEM, due)
    # the Đảng ủy phường is directly under the Thị ủy: its own event; its chi bộ's are summed
    assert set(events) == {uid(NGUYEN_NGHIEM, "2023-Q2"), summary, unit_day_uid(NGUYEN_NGHIEM, dt.date(2023, 5, 31))}
    assert summary == "tong-hop|dang-uy-phuong-nguyen-nghiem|2023-06-30@dondoc"
    assert set(events_of(second_render)) == set(events) and second_render == first  # stable, never random
    event = events[summary]
    assert event.decoded("DTSTART") == due
    assert str(event["SUMMARY"]) == "Các đơn vị trực thuộc Đảng ủy phường Nguyễn Nghiêm: 2 kỳ báo cáo"
    description = str(event["DESCRIPTION"])
    assert "Chưa nộp: 1" in description and "Đã nộp: 1" in description
    assert "1 đơn vị trực thuộc Đảng ủy phường Nguyễn Nghiêm" in description
    assert "/committees/dang-uy-phuong-nguyen-nghiem" in description
    assert str(events[unit_day_uid(NGUYEN_NGHIEM, dt.date(2023, 5, 31))]["SUMMARY"]).startswith("[Quá hạn]")
    # from the Tỉnh ủy, both are under the Thị ủy, summed into one event per day: 2 units, 3 reports
    assert set(tinh_uy) == {unit_day_uid(THI_UY, due), unit_day_uid(THI_UY, dt.date(2023, 5, 31))}
    rolled = tinh_uy[unit_day_uid(THI_UY, due)]
    assert str(rolled["SUMMARY"]) == "Các đơn vị trực thuộc Thị ủy Đức Phổ: 3 kỳ báo cáo"
    assert "2 đơn vị trực thuộc Thị ủy Đức Phổ" in str(rolled["DESCRIPTION"])
    assert "Chưa nộp: 2" in str(rolled["DESCRIPTION"])
    # directly under the Đảng ủy phường, the chi bộ has events of its own in its feed
    assert set(nguyen_nghiem) == {
        uid(CHI_BO, "2023-Q2"),
        occurrence_uid(PLAN, "2.a", CHI_BO, "2023-Q2"),
        uid(CHI_BO, "2023-05"),
        uid(NGUYEN_NGHIEM, "2023-Q2"),
    }
    calendar = icalendar.Calendar.from_ical(first)
    assert "18/09/2023" in str(calendar["X-WR-CALDESC"]) and "quá hạn chưa nộp" in str(calendar["X-WR-CALDESC"])


def test_a_summary_event_never_goes_back_when_an_occurrence_leaves_its_day(store: Store, tmp_path: Path) -> None:
    """An extension moves a deep unit's occurrence from one day's summary to another's: the day it left
    holds fewer occurrences, yet its SEQUENCE and LAST-MODIFIED must grow, or a calendar app that already
    has a higher SEQUENCE keeps its stale copy (RFC 5545 3.8.7.4)."""
    seed_tree(store.engine)
    task = seed_plan(store.engine)
    second = seed_plan(store.engine, code="2.a", via=None)
    due, later = dt.date(2023, 6, 30), dt.date(2023, 7, 15)
    add_occurrence(store.engine, task, CHI_BO, due, period="2023-Q2")
    add_occurrence(store.engine, second, CHI_BO, due, period="2023-Q2")
    tokens = issue(store, THI_UY)
    with TestClient(make_app(store, tmp_path, TODAY)) as client:
        before = events_of(_get(client, tokens[THI_UY]))
    with Session(store.engine) as session:
        view = select_occurrence(session, org=CHI_BO, period="2023-Q2", task="2.a")
        extend(session, view, to=later, reason="chờ số liệu quý", actor="test", at=AT + dt.timedelta(days=30))
        session.commit()
    with TestClient(make_app(store, tmp_path, TODAY)) as client:
        after = events_of(_get(client, tokens[THI_UY]))
    left, joined = unit_day_uid(NGUYEN_NGHIEM, due), unit_day_uid(NGUYEN_NGHIEM, later)
    assert set(before) == {left} and set(after) == {left, joined}
    assert str(before[left]["SUMMARY"]).endswith(": 2 kỳ báo cáo") and str(after[left]["SUMMARY"]).endswith(
        ": 1 kỳ báo cáo"
    )
    assert int(after[left]["SEQUENCE"]) > int(before[left]["SEQUENCE"])
    assert after[left].decoded("LAST-MODIFIED") > before[left].decoded("LAST-MODIFIED")
    assert int(after[joined]["SEQUENCE"]) == int(after[left]["SEQUENCE"])  # one version for the unit's summaries


def _count(store: Store, sql: str, **params: object) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(text(sql), params).scalar_one())


def test_event_count_is_bounded_on_a_generated_tree(store: Store, tmp_path: Path) -> None:
    from dondoc.plans.materialise import materialise
    from dondoc.workcal import working_calendar

    today = dt.date(2024, 6, 20)
    national = generate_national(120, tasks=6, seed=11)
    write_national(store.engine, national, at=AT, actor="test")
    settings = Settings(home=tmp_path / "home")
    materialise(store.engine, today=today, calendar=working_calendar(settings), at=AT, actor="test")
    tokens = issue(store, ROOT_ID)
    with TestClient(make_app(store, tmp_path, today)) as client:
        events = events_of(_get(client, tokens[ROOT_ID]))
    first, last = subtree_window(today)
    window = "current_due <= :last AND (current_due >= :today OR (status = 'open' AND current_due >= :first))"
    params = {"today": today, "first": first, "last": last, "level": DETAIL_LEVELS}
    shallow = _count(
        store,
        f"SELECT count(*) FROM occurrence o JOIN committee c ON c.id = o.assignee_id"
        f" WHERE status <> 'cancelled' AND c.depth <= :level AND {window}",
        **params,
    )
    deep = _count(
        store,
        f"SELECT count(*) FROM occurrence o JOIN committee c ON c.id = o.assignee_id"
        f" WHERE status <> 'cancelled' AND c.depth > :level AND {window}",
        **params,
    )
    days = _count(
        store, f"SELECT count(DISTINCT current_due) FROM occurrence WHERE status <> 'cancelled' AND {window}", **params
    )
    level_units = _count(store, "SELECT count(*) FROM committee WHERE depth = :level", level=DETAIL_LEVELS)
    summaries = [u for u in events if u.startswith("tong-hop|")]
    assert deep > 0 and summaries  # the generated tree reaches below the detail depth
    assert len(events) - len(summaries) == shallow  # one event per occurrence down to the detail depth
    assert len(summaries) <= level_units * days < deep  # the rest bounded by units × days, not by occurrences
    everything = _count(store, "SELECT count(*) FROM occurrence WHERE status <> 'cancelled'")
    assert len(events) < everything / 4
