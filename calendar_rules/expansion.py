"""Expansion: rule + window → dated occurrences with stable period keys.

Built for volume: a rule is expanded once per window (thousands of units share
a handful of distinct rules), the result is cached, and callers fan it out to
assignees. No rrule objects are built per occurrence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from calendar_rules.errors import RulesError
from calendar_rules.periods import FREQ_MONTHS, month_end, period_bounds, periods_between
from calendar_rules.rules import AdHoc, Before, Continuous, EndOfPeriod, FixedDate, Range, Recurring, Relative, Rule
from calendar_rules.workdays import WorkingCalendar


@dataclass(frozen=True)
class Occurrence:
    period: str
    due: dt.date
    adjusted_due: dt.date


def _month_day(year: int, month: int, mday: int) -> dt.date:
    """Day ``mday`` of a month; past the month's end, its last day ("ngày 31" in April is 30/4)."""
    last = month_end(year, month)
    return last if mday > last.day else dt.date(year, month, mday)


def _recurring_nominal(rule: Recurring, year: int, index: int, calendar: WorkingCalendar | None) -> dt.date:
    months = FREQ_MONTHS[rule.freq]
    first_month = (index - 1) * months + 1
    anchor = rule.anchor
    if anchor == "end":
        day = month_end(year, first_month + months - 1)
    elif anchor.startswith("day:"):
        day = _month_day(year, first_month + months - 1, int(anchor[4:]))
    elif anchor.startswith("month:") and ":day:" in anchor:
        month_part, day_part = anchor[6:].split(":day:")
        day = _month_day(year, first_month + int(month_part) - 1, int(day_part))
    elif anchor.startswith("month:"):
        day = month_end(year, first_month + int(anchor[6:]) - 1)
    elif anchor.startswith("date:"):
        month, mday = int(anchor[5:7]), int(anchor[8:10])
        if month == 2 and mday == 29 and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
            mday = 28
        day = dt.date(year, month, mday)
    elif anchor.startswith("prevyear-month:"):
        day = month_end(year - 1, int(anchor[15:]))
    elif anchor.startswith("after:"):  # "ngày 20 của tháng tiếp theo": the M-th month after the period
        after, _, day_of_month = anchor[6:].partition(":day:")
        index_after = first_month + months - 1 + int(after)  # 1-based, may pass December
        later_year, later_month = year + (index_after - 1) // 12, (index_after - 1) % 12 + 1
        last = month_end(later_year, later_month)
        day = _month_day(later_year, later_month, int(day_of_month)) if day_of_month else last
    elif anchor.startswith("workday:"):
        if calendar is None:
            raise RulesError("mốc workday:N cần lịch ngày làm việc")
        first, last = dt.date(year, first_month, 1), month_end(year, first_month + months - 1)
        day = calendar.nth_working_day(first, last, int(anchor[8:]))
    else:  # validated by Recurring
        raise RulesError(f"mốc '{anchor}' không hợp lệ")
    return day + dt.timedelta(days=rule.offset_days)


def _recurring(
    rule: Recurring, start: dt.date, end: dt.date, calendar: WorkingCalendar | None
) -> list[tuple[str, dt.date]]:
    overrides = dict(rule.overrides)
    skips = set(rule.skips)
    # nominal dates can sit a year before their period (prevyear anchors) or after it (offsets)
    margin = 1 + abs(rule.offset_days) // 365
    first_year = max(start.year - margin, (rule.start.year if rule.start else start.year - margin))
    last_year = end.year + margin + 1
    result: list[tuple[str, dt.date]] = []
    for key, year, index in periods_between(rule.freq, first_year, last_year):
        period_first, period_last = period_bounds(key)
        if rule.start and period_last < rule.start:
            continue
        if rule.until and period_first > rule.until:
            continue
        if key in skips:
            continue
        due = overrides.get(key) or _recurring_nominal(rule, year, index, calendar)
        if start <= due <= end:
            result.append((key, due))
    return result


def nominal_dates(
    rule: Rule, start: dt.date, end: dt.date, calendar: WorkingCalendar | None = None
) -> list[tuple[str, dt.date]]:
    """(period, nominal due) pairs of a rule whose due falls in [start, end], sorted."""
    if isinstance(rule, FixedDate):
        pairs = [(rule.due.isoformat(), rule.due)]
    elif isinstance(rule, EndOfPeriod):
        pairs = [(rule.period, rule.due)]
    elif isinstance(rule, Before):
        pairs = [(rule.due.isoformat(), rule.due)]
    elif isinstance(rule, Range):
        pairs = [(rule.end.isoformat(), rule.end)]
    elif isinstance(rule, Recurring):
        return sorted(_recurring(rule, start, end, calendar), key=lambda p: (p[1], p[0]))
    elif isinstance(rule, Continuous):
        return nominal_dates(rule.review, start, end, calendar) if rule.review else []
    elif isinstance(rule, (Relative, AdHoc)):
        return []
    else:
        raise RulesError(f"không mở rộng được quy tắc {rule!r}")
    return [(p, d) for p, d in pairs if start <= d <= end]


def expand(
    rule: Rule, start: dt.date, end: dt.date, calendar: WorkingCalendar, policy: str = "next"
) -> list[Occurrence]:
    """Occurrences whose nominal due lies in [start, end], sorted by due date, unique by period."""
    if end < start:
        raise RulesError(f"cửa sổ ngược: {start.isoformat()} sau {end.isoformat()}")
    return [
        Occurrence(period, due, calendar.adjust(due, policy))
        for period, due in nominal_dates(rule, start, end, calendar)
    ]


class Expander:
    """Expands each distinct (rule, window, policy) once; fan-out callers reuse the tuple."""

    def __init__(self, calendar: WorkingCalendar, policy: str = "next"):
        self.calendar = calendar
        self.policy = policy
        self._cached = lru_cache(maxsize=4096)(self._expand)

    def _expand(self, canonical: str, rule: Rule, start: dt.date, end: dt.date) -> tuple[Occurrence, ...]:
        return tuple(expand(rule, start, end, self.calendar, self.policy))

    def __call__(self, rule: Rule, start: dt.date, end: dt.date) -> tuple[Occurrence, ...]:
        return self._cached(str(rule), rule, start, end)
