"""Finding the step instances due on one day, set-based.

The database narrows first, Python decides last:

1. For each policy, ``due_dates_for_day`` computes the few current_due dates for
   which some step can fall on ``day`` (a handful: one per step and repeat,
   widened over the days off just before ``day``). It is computed by asking the
   pure decision itself over a bounded window, so SQL and Python cannot disagree.
2. One query selects open occurrences with ``current_due IN (those dates)``
   (index ``ix_occurrence_open_due``), plus those whose acknowledgement pause
   ends today (``ack_until IN (...)``, index ``ix_occurrence_ack_until``), with
   only the columns the decision and the message planner need.
3. ``due_steps`` runs once per distinct (policy, current_due, ack_until), not
   once per row: two million occurrences share a few hundred due dates.

``org_root`` restricts to the subtree of a unit (``Committee.path LIKE``), or to
the unit alone with ``org_exact``, so a national deployment can partition the
work by province (dondoc.org.partitions).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy import ColumnElement, and_, or_, select
from sqlmodel import Session, col

from dondoc.chase.decide import (
    DueStep,
    OccurrenceState,
    WorkingCalendar,
    due_dates_for_day,
    due_steps,
    resume_ack_dates,
)
from dondoc.chase.policy import DEFAULT_POLICY, Policy
from dondoc.db.models import Committee, Occurrence, OccurrenceStatus, Task
from dondoc.errors import DondocError
from dondoc.org.queries import get_committee


class Candidate(NamedTuple):
    """An open occurrence (only the columns the chase needs) and one step due for it.

    A NamedTuple, not a dataclass: a busy day yields a hundred thousand of them
    and building a tuple is several times cheaper.
    """

    occurrence_id: int
    task_id: int
    plan_id: str
    assignee_id: str
    period: str
    adjusted_due: dt.date
    current_due: dt.date
    report_to_id: str | None
    via_id: str | None
    policy: str
    step: DueStep

    @property
    def step_key(self) -> str:
        """The step part of the message key.

        ``step#repeat`` as long as the due date is the original one; after an
        extension the new due date is appended (``escalate-3#0@2023-07-15``), so
        the restarted ladder sends its reminders again instead of colliding with
        the keys of messages sent for the old date.
        """
        if self.current_due == self.adjusted_due:
            return self.step.step_key
        return f"{self.step.step_key}@{self.current_due.isoformat()}"


@dataclass
class DueStepsResult:
    day: dt.date
    candidates: list[Candidate]
    rows_read: int
    due_dates: list[dt.date]
    unknown_policies: dict[str, int] = field(default_factory=dict)
    last_id: int | None = None  # the last occurrence id read: the next page's ``after_id``


def find_due_steps(
    session: Session,
    day: dt.date,
    policies: Mapping[str, Policy],
    calendar: WorkingCalendar,
    org_root: str | None = None,
    limit: int | None = None,
    after_id: int | None = None,
    org_exact: bool = False,
    since: dt.date | None = None,
) -> DueStepsResult:
    """Every step instance due on ``day`` for open occurrences (optionally under ``org_root``).

    ``limit``/``after_id`` page through the candidate occurrences in id order
    (a flow processes a day in batches); a task whose policy name is unknown is
    chased with the ``default`` policy and counted in ``unknown_policies`` so
    the caller can say so. ``since`` is the first day of the catch-up window
    (``dondoc.chase.decide.window_start``).
    """
    if DEFAULT_POLICY not in policies:
        raise DondocError("thiếu chính sách đôn đốc 'default'")
    due_dates = sorted({d for policy in policies.values() for d in due_dates_for_day(day, policy, calendar, since)})
    ack_dates = resume_ack_dates(day, calendar, since)
    if not due_dates and not ack_dates:
        return DueStepsResult(day, [], 0, [])
    wanted: list[ColumnElement[bool]] = []
    if due_dates:
        wanted.append(col(Occurrence.current_due).in_(due_dates))
    if ack_dates:
        wanted.append(col(Occurrence.ack_until).in_(ack_dates))
    query = select(
        col(Occurrence.id),
        col(Occurrence.task_id),
        col(Occurrence.assignee_id),
        col(Occurrence.period),
        col(Occurrence.adjusted_due),
        col(Occurrence.current_due),
        col(Occurrence.ack_until),
    ).where(and_(col(Occurrence.status) == OccurrenceStatus.open.value, or_(*wanted)))
    if org_root is not None:
        root = get_committee(session, org_root)
        path = col(Committee.path)
        query = query.join(Committee, col(Committee.id) == Occurrence.assignee_id).where(
            path == root.path if org_exact else path.startswith(root.path, autoescape=True)
        )
    if after_id is not None:
        query = query.where(col(Occurrence.id) > after_id)
    if limit is not None:
        query = query.order_by(col(Occurrence.id)).limit(limit)
    # Core, not ORM: plain tuples, no identity map (the ORM layer costs more than the query here).
    connection = session.connection()
    rows = connection.execute(query).all()
    # Task columns once per task, not once per row: a few hundred tasks for millions of occurrences.
    task_ids = {row[1] for row in rows}
    tasks = (
        {
            row[0]: row[1:]
            for row in connection.execute(
                select(
                    col(Task.id), col(Task.plan_id), col(Task.report_to_id), col(Task.via_id), col(Task.policy)
                ).where(col(Task.id).in_(task_ids))
            ).all()
        }
        if task_ids
        else {}
    )

    decided: dict[tuple[str, dt.date, dt.date | None], list[DueStep]] = {}
    unknown: dict[str, int] = {}
    candidates: list[Candidate] = []
    append = candidates.append
    for occ_id, task_id, assignee_id, period, adjusted_due, current_due, ack_until in rows:
        assert occ_id is not None  # a primary key read back from the table
        plan_id, report_to_id, via_id, policy_name = tasks[task_id]
        if policy_name not in policies:
            unknown[policy_name] = unknown.get(policy_name, 0) + 1
            policy_name = DEFAULT_POLICY
        memo_key = (policy_name, current_due, ack_until)
        steps = decided.get(memo_key)
        if steps is None:
            state = OccurrenceState(current_due=current_due, status="open", ack_until=ack_until)
            steps = decided[memo_key] = due_steps(state, day, policies[policy_name], calendar, since)
        for step in steps:
            append(
                Candidate(
                    occ_id,
                    task_id,
                    plan_id,
                    assignee_id,
                    period,
                    adjusted_due,
                    current_due,
                    report_to_id,
                    via_id,
                    policy_name,
                    step,
                )
            )
    return DueStepsResult(day, candidates, len(rows), due_dates, unknown, rows[-1][0] if rows else None)
