"""Stable period keys and their bounds.

Keys: ``2023`` (year), ``2023-H1`` (half), ``2023-Q2`` (quarter), ``2023-03``
(month), ``2023-03-15`` (one day, for fixed dates). They are part of an
occurrence's identity (task, assignee, period), so they never change meaning.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from calendar_rules.errors import RulesError

_KEY = re.compile(r"^(\d{4})(?:-(H[12]|Q[1-4]|\d{2})(?:-(\d{2}))?)?$")


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def period_bounds(key: str) -> tuple[dt.date, dt.date]:
    """First and last day of the period a key names."""
    match = _KEY.match(key)
    if not match:
        raise RulesError(f"kỳ '{key}' không hợp lệ (dạng 2023, 2023-H1, 2023-Q2, 2023-03 hoặc 2023-03-15)")
    year, part, day = int(match.group(1)), match.group(2), match.group(3)
    try:
        if part is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if part.startswith("H"):
            half = int(part[1])
            return dt.date(year, 6 * half - 5, 1), month_end(year, 6 * half)
        if part.startswith("Q"):
            quarter = int(part[1])
            return dt.date(year, 3 * quarter - 2, 1), month_end(year, 3 * quarter)
        month = int(part)
        if day is not None:
            single = dt.date(year, month, int(day))
            return single, single
        return dt.date(year, month, 1), month_end(year, month)
    except ValueError as exc:
        raise RulesError(f"kỳ '{key}' không hợp lệ: {exc}") from None


def period_start(key: str) -> dt.date:
    return period_bounds(key)[0]


def period_end(key: str) -> dt.date:
    return period_bounds(key)[1]


FREQ_MONTHS = {"monthly": 1, "quarterly": 3, "semiannual": 6, "annual": 12}


def period_key(freq: str, year: int, index: int) -> str:
    """Key of the index-th period (1-based) of a year for a frequency."""
    if freq == "annual":
        return f"{year}"
    if freq == "semiannual":
        return f"{year}-H{index}"
    if freq == "quarterly":
        return f"{year}-Q{index}"
    if freq == "monthly":
        return f"{year}-{index:02d}"
    raise RulesError(f"tần suất '{freq}' không hợp lệ")


def periods_between(freq: str, first_year: int, last_year: int) -> list[tuple[str, int, int]]:
    """(key, year, index) of every period of ``freq`` in the given years, in order."""
    per_year = 12 // FREQ_MONTHS[freq]
    return [(period_key(freq, y, i), y, i) for y in range(first_year, last_year + 1) for i in range(1, per_year + 1)]
