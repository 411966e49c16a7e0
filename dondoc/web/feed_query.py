"""What a feed holds: its window, its scope, and the two set-based statements (fingerprint, rows)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, String, bindparam, func, select
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


@dataclass(frozen=True)
class FeedScope:
    """Whose occurrences a feed holds: one unit, or the unit and every unit under it."""

    committee_id: str
    committee_name: str
    path: str
    subtree: bool
    committee_updated_at: dt.datetime | None = None  # part of the fingerprint: the calendar's name


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


def _subtree_ids() -> Any:
    return select(col(Committee.id)).where(col(Committee.path).like(_PATH_PREFIX, escape=_LIKE_ESCAPE))


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
    """Every column an event shows, one row per live occurrence due within the window."""
    query = (
        joined(select(*_ROW_COLUMNS), Assignee)
        .outerjoin(ReportTo, col(ReportTo.id) == col(Task.report_to_id))
        .outerjoin(Via, col(Via.id) == col(Task.via_id))
        .where(
            col(Occurrence.status) != OccurrenceStatus.cancelled.value,
            col(Occurrence.current_due) >= bindparam("first_due", type_=Date),
            col(Occurrence.current_due) <= bindparam("last_due", type_=Date),
        )
    )
    if subtree:
        query = query.where(col(Occurrence.assignee_id).in_(_subtree_ids()))
    else:
        query = query.where(col(Occurrence.assignee_id) == bindparam("committee_id", type_=String))
    return query.order_by(col(Occurrence.current_due), col(Occurrence.id))


_FINGERPRINT = {subtree: _fingerprint_statement(subtree) for subtree in (False, True)}
_ROWS = {subtree: _rows_statement(subtree) for subtree in (False, True)}


def _params(scope: FeedScope, today: dt.date | None = None) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if today is not None:
        params["first_due"], params["last_due"] = feed_window(today)
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
