"""The one home of Vietnamese time: local days and instants, and how a person reads them."""

from __future__ import annotations

import datetime as dt

import pytest

from calendar_rules.vietnamese import format_day, format_local_time, local_day, local_instant


def test_a_local_morning_is_stored_as_the_utc_instant_seven_hours_earlier() -> None:
    assert local_instant(dt.date(2024, 1, 5), 7, 30) == dt.datetime(2024, 1, 5, 0, 30, tzinfo=dt.UTC)


def test_just_after_local_midnight_is_still_the_previous_day_in_utc_but_the_local_day_counts() -> None:
    moment = dt.datetime(2024, 1, 4, 17, 30, tzinfo=dt.UTC)  # 00:30 on 05/01 in Hà Nội
    assert local_day(moment) == dt.date(2024, 1, 5)


def test_people_read_dates_day_first_and_times_in_local_hours() -> None:
    assert format_day(dt.date(2023, 6, 30)) == "30/06/2023"
    assert format_local_time(dt.datetime(2023, 6, 30, 0, 30, tzinfo=dt.UTC)) == "30/06/2023 07:30"


def test_a_naive_time_is_refused_rather_than_guessed() -> None:
    with pytest.raises(ValueError, match="naive"):
        format_local_time(dt.datetime(2023, 6, 30, 7, 30))
