"""What a feed holds: its window, its scope, and the two set-based statements (fingerprint, rows)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, Integer, String, and_, bindparam, case, func, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import aliased
from sqlalchemy.sql import Select
from sqlmodel import Session, col

from dondoc.db.models import Committee, Occurrence, OccurrenceStatus, Plan, Task
from dondoc.occurrence.queries import joined
from dondoc.plans.materialise import default_window

# --------------------------------------------------------------------------- window and query


def feed_window(today: dt.date) -> tuple[dt.date, dt.date]:
    """Due dates a feed carries: the window chasing and status use too (1 year back, 2 ahead),
    old enough to show last year's record, far enough to plan."""
    return default_window(today)


SUBTREE_AHEAD_DAYS = 90
# The committee of a subtree feed and the units directly under it get one event per occurrence;
# the units deeper down are one summary event per (unit directly under it, day). Two levels of
# detail would leave a district's feed unsummed (its communes and their chi bộ are one and two
# levels down): 12,544 events for 29,596 occurrences on a generated tree, against 3,242 with one.
# The calendar's description (feed_render) words it for one level.
DETAIL_LEVELS = 1


def subtree_window(today: dt.date) -> tuple[dt.date, dt.date]:
    """What a subtree feed carries: every occurrence due from ``today`` to the second date
    (90 days on), and the open ones already overdue, back to the first date (a feed's usual
    year back). Past settled occurrences of a whole subtree help no subscriber."""
    return feed_window(today)[0], today + dt.timedelta(days=SUBTREE_AHEAD_DAYS)


@dataclass(frozen=True)
class FeedScope:
    """Whose occurrences a feed holds: one unit, or the unit and every unit under it."""

    committee_id: str
    committee_name: str
    path: str
    subtree: bool
    committee_updated_at: dt.datetime | None = None  # part of the fingerprint: the calendar's name

    @property
    def detail_depth(self) -> int:
        """The deepest unit (tree depth) whose occurrences are events of their own; deeper ones are summed."""
        return self.path.count("/") - 2 + DETAIL_LEVELS


Assignee = aliased(Committee, name="assignee")
ReportTo = aliased(Committee, name="report_to")
Via = aliased(Committee, name="via")

# The statements of a feed are built once per shape (own / subtree) with bind
# parameters: building a SELECT with joins costs more than running it, and a poll
# of an unchanged feed runs only the fingerprint.
#
# A subtree is "assignee_id IN (units whose path starts with the prefix)": the
# committee table is small, and occurrences are then found through their
# assignee index on both databases, whatever the size of the whole table.
_LIKE_ESCAPE = "!"
_PATH_PREFIX = bindparam("path_prefix", type_=String)


_DETAIL_DEPTH = bindparam("detail_depth", type_=Integer)


def _subtree_ids(deep: bool | None = None) -> Any:
    """The units of the subtree: all, those within the detail depth (False), or those below it (True)."""
    query = select(col(Committee.id)).where(col(Committee.path).like(_PATH_PREFIX, escape=_LIKE_ESCAPE))
    if deep is None:
        return query
    return query.where(col(Committee.depth) > _DETAIL_DEPTH if deep else col(Committee.depth) <= _DETAIL_DEPTH)


def _subtree_window() -> Any:
    """Due in the next days, whatever the state; or still open and overdue (``subtree_window``)."""
    due, today = col(Occurrence.current_due), bindparam("today", type_=Date)
    return and_(
        col(Occurrence.status) != OccurrenceStatus.cancelled.value,
        or_(
            and_(due >= today, due <= bindparam("last_due", type_=Date)),
            and_(
                col(Occurrence.status) == OccurrenceStatus.open.value,
                due < today,
                due >= bindparam("first_due", type_=Date),
            ),
        ),
    )


def _fingerprint_statement(subtree: bool) -> Select[Any]:
    """count, max(updated_at), sum(sequence) over *all* the unit(s)' occurrences.

    Not limited to the window or to live statuses: a superset changes whenever the
    feed's own set does (cancelling bumps sequence too), and without the date and
    status conditions the aggregate reads less. The window itself moves with
    ``today``, which is part of the fingerprint. Plans are few: any re-import (a
    new number, title or task text changes its content hash and imported_at)
    re-renders every feed once.
    """
    columns: list[Any] = [
        func.count(),
        func.max(col(Occurrence.updated_at)),
        func.coalesce(func.sum(col(Occurrence.sequence)), 0),
        select(func.max(col(Plan.imported_at))).scalar_subquery(),
    ]
    query = select(*columns).select_from(Occurrence)
    if subtree:
        # the units' names appear in a subtree feed's titles
        units_version = select(func.max(col(Committee.updated_at))).where(
            col(Committee.path).like(_PATH_PREFIX, escape=_LIKE_ESCAPE)
        )
        return query.add_columns(units_version.scalar_subquery()).where(col(Occurrence.assignee_id).in_(_subtree_ids()))
    return query.where(col(Occurrence.assignee_id) == bindparam("committee_id", type_=String))


_ROW_COLUMNS = (
    col(Occurrence.id),
    col(Occurrence.assignee_id),
    col(Assignee.name),
    col(Occurrence.period),
    col(Occurrence.current_due),
    col(Occurrence.status),
    col(Occurrence.submitted_on),
    col(Occurrence.sequence),
    col(Occurrence.updated_at),
    col(Task.plan_id),
    col(Task.code),
    col(Task.title),
    col(Task.evidence),
    col(Task.evidence_line),
    col(Plan.number),
    col(ReportTo.name),
    col(Via.name),
)


def _rows_statement(subtree: bool) -> Select[*tuple[Any, ...]]:
    """Every column an event shows, one row per live occurrence due within the window
    (a subtree's: ``subtree_window``, for the units within the detail depth)."""
    query = (
        joined(select(*_ROW_COLUMNS), Assignee)
        .outerjoin(ReportTo, col(ReportTo.id) == col(Task.report_to_id))
        .outerjoin(Via, col(Via.id) == col(Task.via_id))
    )
    if subtree:
        query = query.where(_subtree_window(), col(Occurrence.assignee_id).in_(_subtree_ids(deep=False)))
    else:
        query = query.where(
            col(Occurrence.status) != OccurrenceStatus.cancelled.value,
            col(Occurrence.current_due) >= bindparam("first_due", type_=Date),
            col(Occurrence.current_due) <= bindparam("last_due", type_=Date),
            col(Occurrence.assignee_id) == bindparam("committee_id", type_=String),
        )
    return query.order_by(col(Occurrence.current_due), col(Occurrence.id))


def _summary_statement() -> Select[Any]:
    """The units below the detail depth, counted per unit and due day (the rows of summary events)."""
    status = col(Occurrence.status)

    def counted(value: str) -> Any:
        return func.sum(case((status == value, 1), else_=0))

    return (
        select(
            col(Assignee.path),
            col(Occurrence.current_due),
            func.count(),
            counted(OccurrenceStatus.open.value),
            counted(OccurrenceStatus.submitted.value),
        )
        .select_from(Occurrence)
        .join(Assignee, col(Assignee.id) == col(Occurrence.assignee_id))
        .where(_subtree_window(), col(Occurrence.assignee_id).in_(_subtree_ids(deep=True)))
        .group_by(col(Assignee.path), col(Occurrence.current_due))
        .order_by(col(Occurrence.current_due), col(Assignee.path))
    )


def _summary_versions_statement() -> Select[*tuple[Any, ...]]:
    """sum(sequence) and max(updated_at) per unit below the detail depth, over *all* its occurrences.

    A summary event's SEQUENCE and LAST-MODIFIED must never go back, or a calendar app keeps the older
    copy. Taken over the day's own occurrences they would: an extension moves one to another day, a
    settled one leaves the window. Over every occurrence of the units it sums, whatever the day or the
    status, they only grow (every change bumps its occurrence's sequence and updated_at; occurrences are
    cancelled, never deleted), at the price of a bump of all the unit's summaries on any change under it.
    """
    return (
        select(
            col(Assignee.path),
            func.coalesce(func.sum(col(Occurrence.sequence)), 0),
            func.max(col(Occurrence.updated_at)),
        )
        .select_from(Occurrence)
        .join(Assignee, col(Assignee.id) == col(Occurrence.assignee_id))
        .where(col(Occurrence.assignee_id).in_(_subtree_ids(deep=True)))
        .group_by(col(Assignee.path))
    )


_FINGERPRINT = {subtree: _fingerprint_statement(subtree) for subtree in (False, True)}
_ROWS = {subtree: _rows_statement(subtree) for subtree in (False, True)}
_SUMMARY = _summary_statement()
_SUMMARY_VERSIONS = _summary_versions_statement()
_UNIT_NAMES = select(col(Committee.id), col(Committee.name)).where(
    col(Committee.id).in_(bindparam("unit_ids", expanding=True))
)


def _params(scope: FeedScope, today: dt.date | None = None) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if today is not None:
        params["first_due"], params["last_due"] = subtree_window(today) if scope.subtree else feed_window(today)
    if scope.subtree and today is not None:
        params["today"], params["detail_depth"] = today, scope.detail_depth
    if scope.subtree:
        escaped = (
            scope.path.replace(_LIKE_ESCAPE, _LIKE_ESCAPE * 2)
            .replace("%", _LIKE_ESCAPE + "%")
            .replace("_", _LIKE_ESCAPE + "_")
        )
        params["path_prefix"] = escaped + "%"  # '_' in a unit id is a literal, not LIKE's wildcard
    else:
        params["committee_id"] = scope.committee_id
    return params


def fingerprint(conn: Connection | Session, scope: FeedScope, today: dt.date) -> tuple[Any, ...]:
    """One aggregate row that changes whenever the rendered feed would."""
    row = conn.execute(_FINGERPRINT[scope.subtree], _params(scope)).one()
    return (today, scope.committee_name, scope.committee_updated_at, *row)


def feed_rows(conn: Connection | Session, scope: FeedScope, today: dt.date) -> Sequence[Any]:
    """Every occurrence of the feed with what its event shows, in one SELECT (plain rows, no ORM objects)."""
    return conn.execute(_ROWS[scope.subtree], _params(scope, today)).all()


@dataclass(frozen=True)
class UnitDay:
    """The occurrences of the units under ``unit_id`` (below the detail depth) due on ``due``."""

    unit_id: str
    unit_name: str
    due: dt.date
    units: int  # how many units under it have occurrences due that day
    total: int
    open: int
    submitted: int
    sequence: int
    last_modified: dt.datetime

    @property
    def waived(self) -> int:
        return self.total - self.open - self.submitted


def summary_rows(conn: Connection | Session, scope: FeedScope, today: dt.date) -> list[UnitDay]:
    """A subtree feed's deeper units summed per (unit at the detail depth, day): grouped in SQL
    per (unit, day), then each unit's counts added to its ancestor at the detail depth."""
    if not scope.subtree:
        return []
    level = scope.detail_depth  # index of the ancestor's segment in a path: the root's is 0

    def ancestor(path: str) -> str:
        return path.strip("/").split("/")[level]

    params = _params(scope, today)
    counts: dict[tuple[dt.date, str], list[int]] = {}  # units, total, open, submitted
    for path, due, *numbers in conn.execute(_SUMMARY, params):
        key = (due, ancestor(path))
        added = [1, *(int(n or 0) for n in numbers)]
        counts[key] = [a + b for a, b in zip(counts.get(key, [0] * len(added)), added, strict=True)]
    versions: dict[str, tuple[int, dt.datetime]] = {}  # per unit at the detail depth: sum(sequence), max(updated_at)
    for path, sequence, last_modified in conn.execute(_SUMMARY_VERSIONS, params):
        unit_id = ancestor(path)
        seen = versions.get(unit_id)
        versions[unit_id] = (
            (int(sequence or 0), last_modified)
            if seen is None
            else (seen[0] + int(sequence or 0), max(seen[1], last_modified))
        )
    ids = sorted({unit_id for _, unit_id in counts})
    names = dict(conn.execute(_UNIT_NAMES, {"unit_ids": ids}).all()) if ids else {}
    return [
        UnitDay(unit_id, names.get(unit_id, unit_id), due, units, total, open_, submitted, *versions[unit_id])
        for (due, unit_id), (units, total, open_, submitted) in sorted(counts.items())
    ]
