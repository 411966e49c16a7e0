"""When messages may go out: working days, working hours, Asia/Ho_Chi_Minh.

``start``/``end`` bound the *sending window* of a day (e.g. 07:30–17:00); a
window with ``end <= start`` runs past midnight and belongs to the day it
starts on. ``is_day_off`` says which dates have no window (weekends, public
holidays, days off moved by decision); it comes from the calendar rules, so
this module stays a pure function of its arguments.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from calendar_rules.vietnamese import LOCAL_TZ

DEFAULT_START = dt.time(7, 30)
DEFAULT_END = dt.time(17, 0)
MAX_SEARCH_DAYS = 400


def weekend_only(day: dt.date) -> bool:
    """Saturday and Sunday off, nothing else: for demos; real runs pass the holiday calendar."""
    return day.weekday() >= 5


def _check(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("moment must be timezone-aware")
    return moment.astimezone(LOCAL_TZ)


def _window(day: dt.date, start: dt.time, end: dt.time) -> tuple[dt.datetime, dt.datetime]:
    opens = dt.datetime.combine(day, start, tzinfo=LOCAL_TZ)
    closes_day = day if end > start else day + dt.timedelta(days=1)
    return opens, dt.datetime.combine(closes_day, end, tzinfo=LOCAL_TZ)


def may_send_at(
    moment: dt.datetime,
    start: dt.time,
    end: dt.time,
    is_day_off: Callable[[dt.date], bool],
) -> bool:
    """True when ``moment`` lies in the sending window of a day that is not a day off."""
    local = _check(moment)
    for day in (local.date() - dt.timedelta(days=1), local.date()):
        opens, closes = _window(day, start, end)
        if opens <= local < closes and not is_day_off(day):
            return True
    return False


def next_send_window(
    moment: dt.datetime,
    start: dt.time,
    end: dt.time,
    is_day_off: Callable[[dt.date], bool],
) -> dt.datetime:
    """The earliest instant at or after ``moment`` when sending is allowed (Asia/Ho_Chi_Minh).

    ``moment`` itself when already allowed; otherwise the opening of the next
    window on a working day. Raises ``ValueError`` if no window opens within
    ``MAX_SEARCH_DAYS`` (every day marked off: a configuration error).
    """
    local = _check(moment)
    if may_send_at(local, start, end, is_day_off):
        return local
    day = local.date()
    for offset in range(MAX_SEARCH_DAYS):
        candidate = day + dt.timedelta(days=offset)
        opens, _ = _window(candidate, start, end)
        if opens >= local and not is_day_off(candidate):
            return opens
    raise ValueError(f"no sending window within {MAX_SEARCH_DAYS} days of {local.isoformat()}")
