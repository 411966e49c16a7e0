"""The chase decision: which steps of a policy are due for one occurrence on one day.

Pure: no database, no clock. The same (occurrence state, day, policy, calendar)
always gives the same answer, so a flow can decide again after a crash and the
outbox's unique message keys make the second run queue nothing new.

Rules, in the order they are applied:

1. Only ``open`` occurrences are chased; submitted, waived and cancelled ones get
   nothing.
2. Nothing is due on a day off: messages go out on working days.
3. A step's nominal day is ``current_due + days`` (calendar days) or the
   ``working_days``-th working day after (before, if negative) ``current_due``.
   Repeat *k* (1..limit) of a step is nominal day + k × every_days. An instance
   whose nominal day is a day off is due on the next working day, so it is never
   lost; each instance is due on exactly one day, so it is never doubled.
4. If several instances of the same step fall on the same day (a repeat shorter
   than a long Tết break), only the latest is due: one message, not a burst.
   Likewise, when different steps to the same target fall on the same day (the
   7-day and 1-day reminders both pushed past Tết), only the last step in ladder
   order is kept.
5. An acknowledgement (the assignee promises a date, ``ack_until``) pauses the
   steps that escalate (any target other than the assignee) up to and including
   ``ack_until``. Reminders and overdue notices to the assignee continue: they
   go to the unit that made the promise. On the first working day after
   ``ack_until`` the pause ends: if the occurrence is still open, the latest
   instance of each escalating step whose day has passed is due then ("catch
   up"). An instance already sent before the pause has the same message key, so
   the outbox does not send it twice.
6. Catch-up: a run decides over a window of days, from ``since`` (the day
   after the last completed chase, bounded by a setting) to ``day``. Each step
   instance whose nominal day falls in the window is due today, once, and rule
   4 keeps only the latest: an overdue notice or escalation that fell in the
   gap goes out, and a reminder whose moment has passed gives way to the latest
   step to the same target that still applies. Without ``since`` the window is
   the days since the previous working day.
7. Reminder templates follow the real distance to the due date: an ``upcoming``
   step pushed onto the due date by a day off is sent as ``due_today`` (and past
   it as ``overdue``), so the text never says "còn 0 ngày".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from dondoc.chase.policy import Policy, Step, Target

ONE_DAY = dt.timedelta(days=1)
REMINDER_TEMPLATES = ("upcoming", "due_today", "overdue")


class WorkingCalendar(Protocol):
    """What the decision needs of ``calendar_rules.WorkingCalendar``."""

    def is_day_off(self, day: dt.date) -> bool: ...

    def adjust(self, day: dt.date, policy: str = "next") -> dt.date: ...

    def add_working_days(self, day: dt.date, n: int) -> dt.date: ...


@dataclass(frozen=True)
class OccurrenceState:
    """The columns of an occurrence the decision reads."""

    current_due: dt.date
    status: str = "open"
    ack_until: dt.date | None = None
    submitted_on: dt.date | None = None


@dataclass(frozen=True)
class DueStep:
    """One step instance due on the day decided for.

    ``repeat`` is 0 for the step itself and k for its k-th repeat; together with
    the step id it names the message (``step_key``). ``nominal`` is the day the
    instance was scheduled for before moving off a day off; ``catch_up`` marks
    an escalation held back by an acknowledgement and released today.
    """

    step: str
    repeat: int
    target: Target
    template: str
    nominal: dt.date
    channels: tuple[str, ...] | None = None
    escalates: bool = False
    catch_up: bool = False

    @property
    def step_key(self) -> str:
        return f"{self.step}#{self.repeat}"


def base_nominal(step: Step, due: dt.date, calendar: WorkingCalendar) -> dt.date:
    """The nominal day of the step itself (repeat 0)."""
    if step.working:
        return calendar.add_working_days(due, step.offset)
    return due + dt.timedelta(days=step.offset)


def instance_day(step: Step, repeat: int, due: dt.date, calendar: WorkingCalendar) -> dt.date:
    """The working day on which instance ``repeat`` of ``step`` is due."""
    nominal = base_nominal(step, due, calendar)
    if repeat:
        assert step.repeat is not None
        nominal += dt.timedelta(days=repeat * step.repeat.every_days)
    return calendar.adjust(nominal, "next")


def _previous_working_day(day: dt.date, calendar: WorkingCalendar) -> dt.date:
    return calendar.add_working_days(day, -1)


def _latest_instance_on(
    step: Step, due: dt.date, day: dt.date, first_nominal: dt.date, calendar: WorkingCalendar
) -> tuple[int, dt.date] | None:
    """The highest repeat index whose nominal day lies in [first_nominal, day], i.e. is due on ``day``."""
    n0 = base_nominal(step, due, calendar)
    if step.repeat is None:
        return (0, n0) if first_nominal <= n0 <= day else None
    every, limit = step.repeat.every_days, step.repeat.limit
    k = (day - n0).days // every
    if k < 0:
        return None
    k = min(k, limit)
    nominal = n0 + dt.timedelta(days=k * every)
    return (k, nominal) if nominal >= first_nominal else None


def _latest_instance_before(
    step: Step, due: dt.date, day: dt.date, calendar: WorkingCalendar
) -> tuple[int, dt.date] | None:
    """The highest repeat index whose due day is before ``day``."""
    n0 = base_nominal(step, due, calendar)
    limit = step.repeat.limit if step.repeat else 0
    every = step.repeat.every_days if step.repeat else 1
    k = min(limit, max((day - n0).days // every + 1, 0))
    while k >= 0:
        nominal = n0 + dt.timedelta(days=k * every)
        if calendar.adjust(nominal, "next") < day:
            return k, nominal
        k -= 1
    return None


def _template(step: Step, due: dt.date, day: dt.date) -> str:
    if step.template not in REMINDER_TEMPLATES:
        return step.template
    if day < due:
        return "upcoming"
    return "due_today" if day == due else "overdue"


def window_start(day: dt.date, last_chased: dt.date | None, calendar: WorkingCalendar, max_days: int) -> dt.date:
    """The first nominal day a chase on ``day`` decides over.

    The day after the last completed chase (``last_chased``), but never more
    than ``max_days`` back and never later than the day after the previous
    working day (nominal days on days off land on the next working day).
    """
    default = _previous_working_day(day, calendar) + ONE_DAY
    if last_chased is None or last_chased >= day:
        return default
    return min(default, max(last_chased + ONE_DAY, day - dt.timedelta(days=max_days)))


def due_steps(
    occ: OccurrenceState, day: dt.date, policy: Policy, calendar: WorkingCalendar, since: dt.date | None = None
) -> list[DueStep]:
    """The step instances of ``policy`` due for ``occ`` on ``day`` (see the module docstring).

    ``since`` is the first nominal day of the window (``window_start``); the
    nominal days in [since, day] all land on ``day``.
    """
    if occ.status != "open" or calendar.is_day_off(day):
        return []
    due = occ.current_due
    first_nominal = _first_nominal(day, since, calendar)
    paused = occ.ack_until is not None and day <= occ.ack_until
    resuming = occ.ack_until is not None and first_nominal <= calendar.adjust(occ.ack_until + ONE_DAY, "next") <= day
    found: list[DueStep] = []
    for step in policy.steps:
        if paused and step.escalates:
            continue
        hit = _latest_instance_on(step, due, day, first_nominal, calendar)
        catch_up = False
        if hit is None and resuming and step.escalates:
            hit = _latest_instance_before(step, due, day, calendar)
            catch_up = hit is not None
        if hit is None:
            continue
        repeat, nominal = hit
        found.append(
            DueStep(
                step=step.id,
                repeat=repeat,
                target=step.target,
                template=_template(step, due, day),
                nominal=nominal,
                channels=step.channels,
                escalates=step.escalates,
                catch_up=catch_up,
            )
        )
    # One message per target per day: the last step in ladder order wins.
    last_for_target: dict[Target, DueStep] = {}
    for item in found:
        last_for_target[item.target] = item
    kept = set(map(id, last_for_target.values()))
    return [item for item in found if id(item) in kept]


def _first_nominal(day: dt.date, since: dt.date | None, calendar: WorkingCalendar) -> dt.date:
    default = _previous_working_day(day, calendar) + ONE_DAY
    return default if since is None else min(since, default)


def _reach(step: Step) -> tuple[int, int]:
    """Generous calendar-day bounds (before, after) of the due dates a step can act on."""
    slack = 20  # the longest run of days off (Tết plus a weekend) with margin
    span = abs(step.offset) * 2 + slack if step.working else abs(step.offset) + slack
    repeats = step.repeat.every_days * step.repeat.limit if step.repeat else 0
    low = -(span + repeats) if step.offset >= 0 else -slack - repeats
    high = span if step.offset <= 0 else slack
    return low, high


def due_date_bounds(day: dt.date, policy: Policy) -> tuple[dt.date, dt.date]:
    """A window of current_due dates outside which no step of ``policy`` can fall on ``day``."""
    lows, highs = zip(*(_reach(step) for step in policy.steps), strict=True)
    return day + dt.timedelta(days=min(lows)), day + dt.timedelta(days=max(highs))


def due_dates_for_day(
    day: dt.date, policy: Policy, calendar: WorkingCalendar, since: dt.date | None = None
) -> list[dt.date]:
    """Every current_due for which some step of ``policy`` is due on ``day`` (no acknowledgement).

    Computed by asking ``due_steps`` itself for each date of the bounded window,
    so the SQL filter built from it can never disagree with the decision.
    """
    if calendar.is_day_off(day):
        return []
    low, high = due_date_bounds(day, policy)
    low -= day - _first_nominal(day, since, calendar)  # the window widens the reach by its length
    dates: list[dt.date] = []
    current = low
    while current <= high:
        if due_steps(OccurrenceState(current_due=current), day, policy, calendar, since):
            dates.append(current)
        current += ONE_DAY
    return dates


def resume_ack_dates(day: dt.date, calendar: WorkingCalendar, since: dt.date | None = None) -> list[dt.date]:
    """The ack_until dates whose pause ends in the window [since, day] (on the first working day after them)."""
    if calendar.is_day_off(day):
        return []
    previous = _first_nominal(day, since, calendar) - ONE_DAY
    return [previous + dt.timedelta(days=i) for i in range((day - previous).days)]
