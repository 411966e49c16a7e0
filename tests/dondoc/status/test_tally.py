"""The tally (occurrence_tally, kept by triggers) against the occurrences themselves, on both stores:
row for row after an expand, a submission on time and one late, a waiver, an extension, an
acknowledgement, an edited plan's re-expand (rescheduled, reopened, cancelled, inserted) and a
deletion; then what is read from it (the committee page's counts and unit lines, the quarters,
``dondoc status``'s text) against the scanning versions, for several days and horizons; and the
migration filling the table from the rows already there."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import delete
from sqlmodel import Session, col, select

from dondoc.db import migrate
from dondoc.db.models import Committee, Occurrence
from dondoc.status.categories import CATEGORY_ORDER, Category, categorise
from dondoc.status.report import build_status, build_status_summary, render_status
from dondoc.web.queries import committee_page, quarter_rates
from tests.support.cascade import LATER, START, edit_plans, expand_2023, seed_cascade
from tests.support.scenario import BTG, THI_UY, TINH_UY, WARDS
from tests.support.stores import Store, downgrade
from tests.support.tally import assert_tally_is_the_scan, record_actions

DAYS = (START, dt.date(2023, 3, 31), LATER, dt.date(2024, 1, 10))
HORIZONS = (0, 30)


def _scanned_counts(session: Session, path: str, day: dt.date, horizon: int) -> dict[str, Counter[Category]]:
    """Unit path → its own categories, categorising every occurrence in Python (the definition)."""
    rows = session.exec(
        select(Committee.path, Occurrence.status, Occurrence.current_due, Occurrence.submitted_on)
        .join(Committee, col(Committee.id) == col(Occurrence.assignee_id))
        .where(col(Committee.path).startswith(path), col(Occurrence.current_due) <= day + dt.timedelta(days=horizon))
    ).all()
    found: dict[str, Counter[Category]] = {}
    for unit_path, status, due, submitted_on in rows:
        category = categorise(str(getattr(status, "value", status)), due, submitted_on, day)
        if category is not None:
            found.setdefault(unit_path, Counter())[category] += 1
    return found


def _assert_reads_match(store: Store) -> None:
    with Session(store.engine) as session:
        units = session.exec(select(Committee).order_by(col(Committee.path))).all()
        seen: Counter[Category] = Counter()
        for day in DAYS:
            for horizon in HORIZONS:
                for unit in units:
                    scanned = _scanned_counts(session, unit.path, day, horizon)
                    page = committee_page(session, unit, day, horizon_days=horizon)
                    total = sum(scanned.values(), Counter())
                    assert page.counts == {c: total[c] for c in CATEGORY_ORDER}, (unit.id, day, horizon)
                    for line in page.units:
                        child = next(u for u in units if u.id == line.id)
                        below = sum((n for p, n in scanned.items() if p.startswith(child.path)), Counter())
                        assert {c: line.counts[c] for c in CATEGORY_ORDER} == {c: below[c] for c in CATEGORY_ORDER}
                for org in (None, TINH_UY, THI_UY, WARDS[0]):
                    full = build_status(session, on=day, org_id=org, horizon_days=horizon)
                    seen.update(full.counts())
                    for limit in (1, 15):
                        summary = build_status_summary(session, on=day, org_id=org, horizon_days=horizon, limit=limit)
                        assert summary.counts() == full.counts()
                        assert render_status(summary, limit=limit) == render_status(full, limit=limit)
                plan = full.rows[0].plan_id if full.rows else None
                if plan is not None:
                    full = build_status(session, on=day, plan_id=plan, horizon_days=horizon)
                    summary = build_status_summary(session, on=day, plan_id=plan, horizon_days=horizon, limit=2)
                    assert render_status(summary, limit=2) == render_status(full, limit=2)
            for unit in units:
                assert quarter_rates(session, unit.path, day) == _quarters_by_scan(session, unit.path, day)
        assert all(seen[c] for c in CATEGORY_ORDER), seen  # every category was compared, not only zeros


def _quarters_by_scan(session: Session, path: str, today: dt.date) -> list[tuple[str, float | None, int]]:
    """``quarter_rates`` over the occurrences: submitted ones by the quarter of their due day, up to
    ``today``'s quarter and three years back, the last six quarters that have any."""
    quarter = (today.month - 1) // 3 + 1
    last = dt.date(today.year + (quarter == 4), (quarter * 3) % 12 + 1, 1) - dt.timedelta(days=1)
    done: Counter[tuple[int, int]] = Counter()
    on_time: Counter[tuple[int, int]] = Counter()
    for o in session.exec(
        select(Occurrence)
        .join(Committee, col(Committee.id) == col(Occurrence.assignee_id))
        .where(col(Committee.path).startswith(path))
    ):
        status = str(getattr(o.status, "value", o.status))
        if status != "submitted" or not last - dt.timedelta(days=3 * 366) < o.current_due <= last:
            continue
        key = (o.current_due.year, (o.current_due.month - 1) // 3 + 1)
        done[key] += 1
        on_time[key] += categorise(status, o.current_due, o.submitted_on, today) == Category.on_time
    keys = sorted(done)[-6:] or [(today.year, quarter)]
    roman = {1: "I", 2: "II", 3: "III", 4: "IV"}
    return [
        (f"Q{roman[q]}/{y}", on_time[(y, q)] / done[(y, q)] if done[(y, q)] else None, done[(y, q)]) for y, q in keys
    ]


def test_the_tally_is_the_scan_after_every_kind_of_change(store: Store) -> None:
    upper, lower, monthly = seed_cascade(store)
    expand_2023(store, START)
    assert_tally_is_the_scan(store)
    record_actions(store)
    assert_tally_is_the_scan(store)
    edit_plans(store, upper, lower, monthly)  # ORM updates: an extension, a cancellation
    assert_tally_is_the_scan(store)
    report = expand_2023(store, LATER)
    assert report.rescheduled and report.reopened and report.cancelled and report.inserted
    assert_tally_is_the_scan(store)
    _assert_reads_match(store)
    with Session(store.engine) as session:
        session.execute(delete(Occurrence).where(col(Occurrence.assignee_id) == BTG))
        session.commit()
    assert_tally_is_the_scan(store)


def test_the_migration_fills_the_tally_from_the_rows_there(store: Store) -> None:
    seed_cascade(store)
    expand_2023(store, START)
    record_actions(store)
    try:
        downgrade(store.engine, "0002_chat")
        with Session(store.engine) as session:  # no tally: changes made meanwhile are not counted anywhere
            session.execute(delete(Occurrence).where(col(Occurrence.assignee_id) == WARDS[2]))
            session.commit()
    finally:
        migrate.upgrade(store.engine)
    assert_tally_is_the_scan(store)
    assert migrate.schema_drift(store.engine) == []
