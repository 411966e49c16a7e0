"""Sending windows: working days, working hours, Asia/Ho_Chi_Minh."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from notifications.quiet_hours import may_send_at, next_send_window, weekend_only

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
START, END = dt.time(7, 30), dt.time(17, 0)
HOLIDAYS = {dt.date(2023, 9, 1), dt.date(2023, 9, 4)}  # Quốc khánh 2023: 1/9 and 4/9 off (2/9-3/9 weekend)


def day_off(day: dt.date) -> bool:
    return weekend_only(day) or day in HOLIDAYS


def at(y: int, m: int, d: int, hh: int, mm: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm, tzinfo=HCM)


def test_inside_and_outside_working_hours() -> None:
    assert may_send_at(at(2023, 6, 30, 9), START, END, day_off)  # Friday morning
    assert may_send_at(at(2023, 6, 30, 7, 30), START, END, day_off)  # opening instant included
    assert not may_send_at(at(2023, 6, 30, 17, 0), START, END, day_off)  # closing instant excluded
    assert not may_send_at(at(2023, 6, 30, 6, 59), START, END, day_off)
    assert not may_send_at(at(2023, 7, 1, 9), START, END, day_off)  # Saturday
    assert not may_send_at(at(2023, 9, 1, 9), START, END, day_off)  # holiday


def test_other_time_zones_are_converted() -> None:
    utc_0100 = dt.datetime(2023, 6, 30, 1, 0, tzinfo=dt.UTC)  # 08:00 in Hà Nội
    assert may_send_at(utc_0100, START, END, day_off)
    utc_1100 = dt.datetime(2023, 6, 30, 11, 0, tzinfo=dt.UTC)  # 18:00
    assert not may_send_at(utc_1100, START, END, day_off)


def test_naive_moment_is_refused() -> None:
    with pytest.raises(ValueError):
        may_send_at(dt.datetime(2023, 6, 30, 9), START, END, day_off)


def test_next_window() -> None:
    assert next_send_window(at(2023, 6, 30, 9), START, END, day_off) == at(2023, 6, 30, 9)
    assert next_send_window(at(2023, 6, 30, 6), START, END, day_off) == at(2023, 6, 30, 7, 30)
    assert next_send_window(at(2023, 6, 30, 18), START, END, day_off) == at(2023, 7, 3, 7, 30)  # Fri evening -> Monday
    # Thursday 31/8 evening: Fri 1/9 holiday, weekend, Mon 4/9 holiday -> Tuesday 5/9
    result = next_send_window(at(2023, 8, 31, 20), START, END, day_off)
    assert result == at(2023, 9, 5, 7, 30) and result.tzinfo is not None
    assert result.utcoffset() == dt.timedelta(hours=7)


def test_window_across_midnight_belongs_to_its_first_day() -> None:
    start, end = dt.time(22, 0), dt.time(2, 0)
    assert may_send_at(at(2023, 6, 30, 23), start, end, day_off)  # Friday night
    assert may_send_at(at(2023, 7, 1, 1), start, end, day_off)  # Friday's window, after midnight
    assert not may_send_at(at(2023, 7, 2, 1), start, end, day_off)  # Saturday's window
    assert next_send_window(at(2023, 7, 1, 3), start, end, day_off) == at(2023, 7, 3, 22)


def test_no_working_day_at_all_is_an_error() -> None:
    with pytest.raises(ValueError):
        next_send_window(at(2023, 6, 30, 18), START, END, lambda day: True)
