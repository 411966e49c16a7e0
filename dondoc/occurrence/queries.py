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


def open_by_due(
    query: Query, due: sa.ColumnElement[bool], assignee: type[Committee] | AliasedClass[Committee] = Committee
) -> Query:
    """``joined(query, assignee)`` over the open occurrences whose current due day meets ``due``, the
    most urgent first (by current due day, then by the assignee's path): what the overdue boards and
    the weekly digests list."""
    return (
        joined(query, assignee)
        .where(col(Occurrence.status) == OccurrenceStatus.open.value, due)
        .order_by(col(Occurrence.current_due), col(assignee.path))
    )
