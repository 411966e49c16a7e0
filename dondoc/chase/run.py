"""One chase run for one day: find the due steps, then queue their messages.

This is what the ``chase`` flow (and any CLI that chases now) calls; the day and
the instant come from the entry point (``dondoc.clock``), never from here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from sqlalchemy.engine import Engine
from sqlmodel import Session

from dondoc.chase.candidates import DueStepsResult, find_due_steps
from dondoc.chase.decide import WorkingCalendar
from dondoc.chase.plan_messages import PlanReport, plan_and_queue
from dondoc.chase.policy import Policy


@dataclass
class ChaseRun:
    found: DueStepsResult
    report: PlanReport


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
) -> ChaseRun:
    """Decide for ``day`` and queue; safe to run again for the same day (nothing new is queued)."""
    with Session(engine) as session:
        found = find_due_steps(session, day, policies, calendar, org_root=org_root, org_exact=org_exact)
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
    return ChaseRun(found, report)
