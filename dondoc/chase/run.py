"""One chase run for one day: find the due steps since the last completed chase, then queue.

This is what the ``chase`` flow (and any CLI that chases now) calls; the day and
the instant come from the entry point (``dondoc.clock``), never from here.

Catch-up: the run decides over the window from the day after the last
completed chase of its part of the tree (``chase_run``, bounded by the setting
``chase_catch_up_days``) to ``day``, and records itself when it completes. A
dry run decides and renders the same messages, and writes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col

from dondoc.chase.candidates import DueStepsResult, find_due_steps
from dondoc.chase.decide import WorkingCalendar, window_start
from dondoc.chase.policy import Policy
from dondoc.chase.queueing import PlannedMessage, PlanReport, plan_and_queue, plan_messages
from dondoc.db.engine import session_scope
from dondoc.db.models import ChaseRun as ChaseRunRow

WHOLE_TREE = "*"
DEFAULT_CATCH_UP_DAYS = 30


@dataclass
class ChaseRun:
    found: DueStepsResult
    report: PlanReport
    since: dt.date | None = None  # the first day decided over
    would_send: list[PlannedMessage] = field(default_factory=list)  # a dry run's messages


def chase_scope(org_root: str | None, org_exact: bool) -> str:
    """The ``chase_run.scope`` of a run: the whole tree, a subtree, or one unit alone."""
    if org_root is None:
        return WHOLE_TREE
    return f"={org_root}" if org_exact else org_root


def last_chased(session: Session, scope: str, before: dt.date) -> dt.date | None:
    """The last day before ``before`` on which a chase covering ``scope`` completed."""
    scopes = {scope, WHOLE_TREE}
    return session.execute(
        select(func.max(col(ChaseRunRow.day))).where(col(ChaseRunRow.scope).in_(scopes), col(ChaseRunRow.day) < before)
    ).scalar_one_or_none()


def _record(engine: Engine, scope: str, day: dt.date, since: dt.date | None, at: dt.datetime, queued: int) -> None:
    with session_scope(engine) as session:
        row = session.get(ChaseRunRow, (scope, day))
        if row is None:
            session.add(ChaseRunRow(scope=scope, day=day, since=since, completed_at=at, queued=queued))
        else:
            row.completed_at, row.queued = at, row.queued + queued


def run_chase(
    engine: Engine,
    *,
    day: dt.date,
    at: dt.datetime,
    policies: Mapping[str, Policy],
    calendar: WorkingCalendar,
    actor: str,
    base_url: str,
    org_root: str | None = None,
    org_exact: bool = False,
    batch_size: int = 500,
    progress: Callable[[int, int], None] | None = None,
    dry_run: bool = False,
    catch_up_days: int = DEFAULT_CATCH_UP_DAYS,
    escalations: bool | None = None,
) -> ChaseRun:
    """Decide for ``day`` (and the missed days before it) and queue; safe to run again for the same day.

    ``escalations`` splits a partitioned chase so that grouping holds across subtrees: a committee
    above several subtrees is escalated to from all of them, so each subtree's pass queues only the
    steps to its own units (``False``: reminders, overdue notices) and one whole-tree pass queues
    every escalation (``True``). Each pass records its completion under its own scope.
    """
    scope = chase_scope(org_root, org_exact) + {None: "", False: ":own", True: ":escalations"}[escalations]
    with Session(engine) as session:
        since = window_start(day, last_chased(session, scope, day), calendar, catch_up_days)
        found = find_due_steps(session, day, policies, calendar, org_root=org_root, org_exact=org_exact, since=since)
        if escalations is not None:
            found.candidates = [c for c in found.candidates if c.step.escalates == escalations]
        if dry_run:
            planned, skipped = plan_messages(session, found.candidates, day=day, at=at, base_url=base_url)
            report = PlanReport(candidates=len(found.candidates), planned=len(planned), skipped=skipped)
            return ChaseRun(found, report, since, planned)
    report = plan_and_queue(
        engine,
        found.candidates,
        day=day,
        at=at,
        actor=actor,
        base_url=base_url,
        batch_size=batch_size,
        progress=progress,
    )
    _record(engine, scope, day, since, at, report.queued)
    return ChaseRun(found, report, since)
