"""The first rows of a category's list, read with LIMIT: what a page or ``dondoc status`` shows.

``categorise`` as SQL conditions, and the one order every list uses: earliest due first, then
the unit's path, the task's code and the period (the occurrence id last, so ties are stable).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, case, func
from sqlmodel import col

from dondoc.db.models import Committee, Occurrence, Plan, Task
from dondoc.status.categories import Category


def category_conditions(today: dt.date) -> dict[Category, Any]:
    """``categorise`` as SQL: the condition each category's occurrences meet on ``today``.

    Not done, waived nor cancelled is ``status = 'open'`` (the fourth status), written as an
    equality so that a list's ORDER BY current_due LIMIT n reads ``ix_occurrence_open_due`` in
    order instead of sorting every open occurrence of the subtree."""
    status, due = col(Occurrence.status), col(Occurrence.current_due)
    done_on = func.coalesce(col(Occurrence.submitted_on), due)
    open_ = status == "open"
    return {
        Category.overdue: and_(open_, due < today),
        Category.in_time: and_(open_, due >= today),
        Category.late: and_(status == "submitted", done_on > due),
        Category.on_time: and_(status == "submitted", done_on <= due),
    }


def counted(
    path: str | None, today: dt.date, horizon_days: int, plan_id: str | None = None, *, live: bool = True
) -> list[Any]:
    """What a subtree counts (``path`` None: the whole tree): live occurrences due up to ``today + horizon``
    (``live`` False leaves the status to a category's condition)."""
    conditions = [col(Occurrence.current_due) <= today + dt.timedelta(days=horizon_days)]
    if live:
        conditions.append(col(Occurrence.status).in_(("open", "submitted")))
    if path is not None:
        conditions.append(col(Committee.path).startswith(path, autoescape=True))
    if plan_id is not None:
        conditions.append(col(Plan.id) == plan_id)
    return conditions


def list_order(assignee: Any = Committee) -> list[Any]:
    return [
        col(Occurrence.current_due),
        col(assignee.path),
        col(Task.code),
        col(Occurrence.period),
        col(Occurrence.id),
    ]


def done_order(assignee: Any = Committee) -> list[Any]:
    """The order of "submitted lately": latest submission first; on a tie the late ones first, then ``list_order``
    (``render_status`` sorts the late list and the on-time list, in that order, by the day they were done)."""
    due = col(Occurrence.current_due)
    done_on = func.coalesce(col(Occurrence.submitted_on), due)
    return [done_on.desc(), case((done_on > due, 0), else_=1), *list_order(assignee)]
