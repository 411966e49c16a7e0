"""The four categories counted from ``occurrence_tally``: live occurrences per (unit, due day, state).

Triggers on ``occurrence`` keep the tally in the transaction of every change (migration
0003_tally), so a committee's page and ``dondoc status`` count a subtree from it and load no
occurrence: an open occurrence is overdue on ``today`` when its due day is before it, which
the per-day counts answer for any day. A subtree is rolled up by the committee path at read
time (one indexed row per unit and due day), so moving a unit in the tree needs no rebuild.
``scanned_tally`` counts the same rows from ``occurrence`` itself, to check the tally against.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from sqlalchemy import and_, case, func, literal_column
from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from dondoc.db.models import Committee, Occurrence, OccurrenceTally
from dondoc.status.categories import CATEGORY_ORDER, Category

TallyKey = tuple[str, dt.date, str]  # (unit, due day, state)


def tally_sums(today: dt.date) -> list[Any]:
    """One count column per category (in CATEGORY_ORDER) over tally rows, for a grouped query."""
    state, due, n = col(OccurrenceTally.state), col(OccurrenceTally.current_due), col(OccurrenceTally.n)
    conditions = {
        Category.overdue: and_(state == "open", due < today),
        Category.in_time: and_(state == "open", due >= today),
        Category.late: state == "late",
        Category.on_time: state == "on_time",
    }
    return [func.coalesce(func.sum(n).filter(conditions[c]), 0) for c in CATEGORY_ORDER]


def counter_of(sums: Any) -> Counter[Category]:
    return Counter({c: int(n or 0) for c, n in zip(CATEGORY_ORDER, sums, strict=True)})


def _by_unit(path: str | None, today: dt.date, horizon_days: int) -> Any:
    """Per unit of the subtree (``path`` None: the whole tree): its id and its categories, grouped by the
    tally's key (grouping by the committee's path instead cost twice as much at 6,000 units)."""
    query = sa_select(col(OccurrenceTally.assignee_id).label("unit"), *tally_sums(today)).where(
        col(OccurrenceTally.current_due) <= today + dt.timedelta(days=horizon_days)
    )
    if path is not None:
        units = sa_select(col(Committee.id)).where(col(Committee.path).startswith(path, autoescape=True))
        query = query.where(col(OccurrenceTally.assignee_id).in_(units))
    return query.group_by(col(OccurrenceTally.assignee_id)).subquery()


def subtree_counts(session: Session, path: str | None, today: dt.date, horizon_days: int) -> dict[Category, int]:
    """The categories of a subtree (``path`` None: the whole tree) on ``today``, due up to ``today + horizon``."""
    units = _by_unit(path, today, horizon_days)
    sums = [func.sum(c) for c in list(units.c)[1:]]
    # joined to the committee as the scanning queries are: a unit no longer in the tree counts nowhere
    query = sa_select(*sums).select_from(units).join(Committee, col(Committee.id) == units.c.unit)
    counts = counter_of(session.execute(query).one())
    return {c: counts[c] for c in CATEGORY_ORDER}


def counts_by_unit(session: Session, path: str, today: dt.date, horizon_days: int) -> list[tuple[str, list[int]]]:
    """(unit path, its own counts in CATEGORY_ORDER) for each unit of a subtree that has any."""
    units = _by_unit(path, today, horizon_days)
    query = sa_select(col(Committee.path), *list(units.c)[1:]).join(units, units.c.unit == col(Committee.id))
    return [(unit_path, [int(n) for n in sums]) for unit_path, *sums in session.execute(query)]


def done_by_due_day(session: Session, path: str, first: dt.date, last: dt.date) -> list[tuple[dt.date, int, int]]:
    """(due day, reports submitted, of them on time) of a subtree, for the days ``first..last``."""
    state, n, due = col(OccurrenceTally.state), col(OccurrenceTally.n), col(OccurrenceTally.current_due)
    query = (
        sa_select(due, func.sum(n), func.coalesce(func.sum(n).filter(state == "on_time"), 0))
        .join(Committee, col(Committee.id) == col(OccurrenceTally.assignee_id))
        .where(
            col(Committee.path).startswith(path, autoescape=True),
            state.in_(("on_time", "late")),
            due >= first,
            due <= last,
        )
        .group_by(due)
    )
    return [(day, int(done), int(on_time)) for day, done, on_time in session.execute(query)]


def _state_of_occurrence() -> Any:
    status, due = col(Occurrence.status), col(Occurrence.current_due)
    return case(
        (status == "open", literal_column("'open'")),
        (func.coalesce(col(Occurrence.submitted_on), due) > due, literal_column("'late'")),
        else_=literal_column("'on_time'"),
    )


def scanned_tally(session: Session) -> dict[TallyKey, int]:
    """The tally as the occurrences themselves give it (a grouped scan): what ``occurrence_tally`` must hold."""
    state = _state_of_occurrence()
    query = (
        sa_select(col(Occurrence.assignee_id), col(Occurrence.current_due), state, func.count())
        .where(col(Occurrence.status).in_(("open", "submitted")))
        .group_by(col(Occurrence.assignee_id), col(Occurrence.current_due), state)
    )
    return {(unit, day, str(s)): int(n) for unit, day, s, n in session.execute(query)}


def stored_tally(session: Session) -> dict[TallyKey, int]:
    """What ``occurrence_tally`` holds (rows at zero left out: they count nothing)."""
    query = sa_select(
        col(OccurrenceTally.assignee_id),
        col(OccurrenceTally.current_due),
        col(OccurrenceTally.state),
        col(OccurrenceTally.n),
    ).where(col(OccurrenceTally.n) != 0)
    return {(unit, day, state): int(n) for unit, day, state, n in session.execute(query)}
