"""A simulated day's phase timings: each ``with figures.timed(phase)`` adds its wall-clock time to that phase."""

from __future__ import annotations

import datetime as dt

import pytest

from dondoc.scale import figures as figures_module
from dondoc.scale.figures import DayFigures, SimulationReport


def test_a_phase_timed_twice_in_a_day_adds_up_and_the_day_is_the_sum_of_its_phases(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    readings = iter([0.0, 1.5, 10.0, 10.25, 20.0, 24.0, 30.0, 32.0])  # start, end of each block
    monkeypatch.setattr(figures_module.time, "perf_counter", lambda: next(readings))
    day = DayFigures(day=dt.date(2024, 4, 2))
    with day.timed("submit"):  # 07:00: reports of skipped days
        pass
    with day.timed("decide"):
        pass
    with day.timed("queue"):
        pass
    with day.timed("submit"):  # 10:00: the day's reports
        pass
    assert day.phase_seconds == {"decide": 0.25, "queue": 4.0, "send": 0.0, "submit": 3.5}
    assert day.seconds == 7.75


def test_the_report_sums_one_phase_over_its_days() -> None:
    first, second = DayFigures(day=dt.date(2024, 4, 2)), DayFigures(day=dt.date(2024, 4, 3))
    first.phase_seconds["send"], second.phase_seconds["send"] = 2.0, 3.0
    second.phase_seconds["queue"] = 9.0
    report = SimulationReport(days=[first, second])
    assert report.seconds("send") == 5.0
    assert report.seconds("queue") == 9.0
