"""The simulated working day both simulators share: its days, its clock and its counts."""

from __future__ import annotations

import datetime as dt

import pytest

from calendar_rules import load_calendar
from calendar_rules.vietnamese import local_instant
from dondoc.story.days import DayCounts, Replay, replay_days, working_days

CAL = load_calendar()


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (dt.date(2023, 1, 6), dt.date(2023, 1, 9), [dt.date(2023, 1, 6), dt.date(2023, 1, 9)]),  # a weekend
        (dt.date(2023, 1, 20), dt.date(2023, 1, 27), [dt.date(2023, 1, 27)]),  # Tết Quý Mão: 20/01 to 26/01
        (dt.date(2023, 5, 2), dt.date(2023, 5, 3), []),  # in lieu of 29/4 and 30/4, a Saturday and a Sunday
        (dt.date(2023, 3, 1), dt.date(2023, 3, 1), [dt.date(2023, 3, 1)]),
        (dt.date(2023, 3, 2), dt.date(2023, 3, 1), []),
    ],
)
def test_working_days(start: dt.date, end: dt.date, expected: list[dt.date]) -> None:
    assert working_days(start, end, CAL) == expected


def test_each_day_runs_its_phases_at_their_instants_in_order() -> None:
    calls: list[tuple[str, dt.date, dt.datetime]] = []
    seen: list[dt.date] = []

    def phase(name: str, count: str):
        def run(counts: DayCounts, at: dt.datetime) -> None:
            calls.append((name, counts.day, at))
            setattr(counts, count, getattr(counts, count) + 1)

        return run

    replay = Replay[DayCounts]()
    days = [dt.date(2023, 3, 1), dt.date(2023, 3, 2)]
    replay_days(
        days,
        DayCounts,
        chase=phase("chase", "queued"),
        send=phase("send", "sent"),
        report=phase("report", "submitted"),
        into=replay,
        on_day=lambda counts: seen.append(counts.day),
    )
    assert calls == [
        (name, day, local_instant(day, hour, minute))
        for day in days
        for name, hour, minute in (("chase", 7, 30), ("send", 7, 35), ("report", 10, 0))
    ]
    assert local_instant(days[0], 7, 30) == dt.datetime(2023, 3, 1, 0, 30, tzinfo=dt.UTC)  # 07:30 in Vietnam
    assert seen == days and [d.day for d in replay.days] == days
    assert (replay.total("queued"), replay.total("sent"), replay.total("submitted"), replay.total("failed")) == (
        2,
        2,
        2,
        0,
    )
