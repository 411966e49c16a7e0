"""Finding one occurrence, by its id or by what a person knows of it (unit, task, period, plan)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, col

from calendar_rules.vietnamese import format_day, period_label_vi
from dondoc.db.models import Committee, Occurrence, Plan, Task
from dondoc.errors import NotFound, SelectionError
from dondoc.occurrence.identity import max_id
from dondoc.occurrence.queries import joined


@dataclass(frozen=True)
class OccurrenceView:
    """An occurrence with the names a person needs to recognise it."""

    id: int
    assignee_id: str
    assignee: str
    plan_id: str
    plan_number: str
    task_code: str
    task_title: str
    period: str
    current_due: dt.date
    status: str

    def label(self) -> str:
        title = self.task_title if len(self.task_title) <= 60 else self.task_title[:59].rstrip() + "…"
        return f"#{self.id} {self.assignee} — {self.plan_number} mục {self.task_code} ({title}) — {period_label_vi(self.period)}, hạn {format_day(self.current_due)}"


def _view_query() -> sa.Select[Occurrence, str, str, str, str, str]:
    """SQLAlchemy's ``select``: sqlmodel's is typed for at most four columns."""
    return joined(
        sa.select(Occurrence, col(Committee.name), col(Plan.id), col(Plan.number), col(Task.code), col(Task.title))
    )


def _view(row: sa.Row[Occurrence, str, str, str, str, str]) -> OccurrenceView:
    occ, assignee, plan_id, plan_number, code, title = row
    assert occ.id is not None  # a row read back from the table
    return OccurrenceView(
        occ.id,
        occ.assignee_id,
        assignee,
        plan_id,
        plan_number,
        code,
        title,
        occ.period,
        occ.current_due,
        str(occ.status.value if hasattr(occ.status, "value") else occ.status),
    )


def find_occurrence(session: Session, occurrence_id: int) -> OccurrenceView:
    """The occurrence with this id; an id no row can have (beyond 64 bits, zero, negative) is NotFound too."""
    if not 0 < occurrence_id <= max_id(session.get_bind().dialect.name):  # beyond the id column: names nothing
        raise NotFound(f"không có kỳ báo cáo #{occurrence_id}")
    row = session.execute(_view_query().where(col(Occurrence.id) == occurrence_id)).first()
    if row is None:
        raise NotFound(f"không có kỳ báo cáo #{occurrence_id}")
    return _view(row)


def select_occurrence(
    session: Session,
    *,
    org: str | None = None,
    task: str | None = None,
    period: str | None = None,
    plan: str | None = None,
) -> OccurrenceView:
    """The one occurrence the selectors name; none or several is a SelectionError.

    At least one selector is the caller's duty (a surface says how its user names them).
    """
    query = _view_query()
    if org is not None:
        query = query.where(col(Occurrence.assignee_id) == org)
    if task is not None:
        query = query.where(col(Task.code) == task)
    if period is not None:
        query = query.where(col(Occurrence.period) == period)
    if plan is not None:
        query = query.where(col(Plan.id) == plan)
    selectors = tuple(
        (field, value)
        for field, value in (("org", org), ("task", task), ("period", period), ("plan", plan))
        if value is not None
    )
    if not selectors:
        raise ValueError("select_occurrence needs at least one selector")
    rows = session.execute(query.order_by(col(Occurrence.id)).limit(6)).all()
    if len(rows) != 1:
        raise SelectionError(selectors, tuple(_view(r).label() for r in rows[:5]), more=len(rows) > 5)
    return _view(rows[0])
