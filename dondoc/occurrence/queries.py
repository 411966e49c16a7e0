"""The join every listing of occurrences reads: occurrence ⋈ task ⋈ plan ⋈ assignee."""

from __future__ import annotations

from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm.util import AliasedClass
from sqlmodel import col

from dondoc.db.models import Committee, Occurrence, OccurrenceStatus, Plan, Task

Query = TypeVar("Query", bound=sa.Select[*tuple[Any, ...]])


def joined(query: Query, assignee: type[Committee] | AliasedClass[Committee] = Committee) -> Query:
    """``query`` reading from the occurrence joined to its task, its plan and its assignee.

    ``assignee`` is the committee entity the query's columns name (an alias when
    the query joins the committee table again, for the report-to or the board).
    """
    return (
        query.select_from(Occurrence)
        .join(Task, col(Task.id) == col(Occurrence.task_id))
        .join(Plan, col(Plan.id) == col(Task.plan_id))
        .join(assignee, col(assignee.id) == col(Occurrence.assignee_id))
    )


def open_listing(
    due: sa.ColumnElement[bool],
    *extra: Any,
    assignee: type[Committee] | AliasedClass[Committee] = Committee,
) -> sa.Select[*tuple[Any, ...]]:
    """The open occurrences whose current due day meets ``due``, the most urgent first (by current due
    day, then by the assignee's path): what the overdue boards and the weekly digests list.

    Each row is (occurrence id, assignee id, assignee name, assignee path, period, current due day,
    plan number, *extra), the listing's own columns last; ``assignee`` is as in ``joined``.
    """
    listed = (Occurrence.id, Occurrence.assignee_id, assignee.name, assignee.path, Occurrence.period)
    query = sa.select(*map(col, listed), col(Occurrence.current_due), col(Plan.number), *extra)
    return (
        joined(query, assignee)
        .where(col(Occurrence.status) == OccurrenceStatus.open.value, due)
        .order_by(col(Occurrence.current_due), col(assignee.path))
    )
