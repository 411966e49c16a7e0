"""A simulated working day, as both simulators run it: the demo's year (``dondoc.story.simulate``)
and the national simulator (``dondoc.scale.simulate``).

Each working day, at simulated instants (Asia/Ho_Chi_Minh): at 07:30 the
chase, at 07:35 the outbox is delivered, at 10:00 the units that report that
day have their reports recorded. What each phase does is the simulator's own
(the demo runs ``run_chase`` and records each report through the ORM, the
national simulator decides once for the whole tree and records reports in
bulk); the days, the clock and the counts of a day are shared.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from calendar_rules import WorkingCalendar
from calendar_rules.vietnamese import local_instant

CHASE_AT = (7, 30)
SEND_AT = (7, 35)
REPORT_AT = (10, 0)


def working_days(start: dt.date, end: dt.date, calendar: WorkingCalendar) -> list[dt.date]:
    """The working days of [start, end], ascending."""
    days: list[dt.date] = []
    day = start
    while day <= end:
        if not calendar.is_day_off(day):
            days.append(day)
        day += dt.timedelta(days=1)
    return days


@dataclass
class DayCounts:
    """What one simulated day did."""

    day: dt.date
    due_steps: int = 0
    queued: int = 0
    sent: int = 0
    failed: int = 0
    submitted: int = 0


D = TypeVar("D", bound=DayCounts)


@dataclass
class Replay(Generic[D]):
    """The days replayed, with their totals."""

    days: list[D] = field(default_factory=list)

    def total(self, name: str) -> int:
        return sum(getattr(d, name) for d in self.days)


Phase = Callable[[D, dt.datetime], None]  # fills the day's counts; the instant is the phase's simulated time


def replay_days(
    days: Iterable[dt.date],
    new_day: Callable[[dt.date], D],
    *,
    chase: Phase[D],
    send: Phase[D],
    report: Phase[D],
    into: Replay[D],
    on_day: Callable[[D], None] | None = None,
) -> None:
    """Run the three phases of every day in ``days`` (working days, ascending) at their instants."""
    for day in days:
        counts = new_day(day)
        chase(counts, local_instant(day, *CHASE_AT))
        send(counts, local_instant(day, *SEND_AT))
        report(counts, local_instant(day, *REPORT_AT))
        into.days.append(counts)
        if on_day is not None:
            on_day(counts)
