"""Expansion at national size, against dateutil.rrule doing exactly the same work.

    .venv/bin/python bench/bench_expand.py [--units 60000] [--rules 40] [--sample 200]

The rule mix is the 40 rules of ``CASES``, the kinds plans use: month ends, fixed dates, offsets,
an override, a ``from``, one-off dates, a continuous duty with a periodic review and working-day
anchors. Each is written twice: as dondoc's canonical rule and as the same rule in dateutil (an
RFC 5545 RRULE, with its EXDATE/RDATE for an override, its offset added to each date). Working-day
anchors ("the 5th working day of the year") have no RRULE: there the baseline is a dateutil
rruleset of the weekdays plus the swapped working Saturdays minus the days off, from which it
takes the n-th day of each period.

Before anything is timed the bench asserts, rule by rule, that both give the same (nominal due,
working-day adjusted due) pairs over the window; the adjustment is the same function for both
(``WorkingCalendar.adjust``), so both are measured at the same stage. Then:

1. **Like for like**: each engine expands every (unit, rule) on its own, as a per-row implementation
   would; timed on ``--sample`` units and extrapolated linearly (the output says so). Also with
   both expanding each distinct rule once and copying it to every unit as columns (best of 3 runs:
   the copying dominates, and the first run pays for growing the columns' memory).
2. **The design**: dondoc as it is used (each distinct rule once, copied out to the units as columns:
   the shape the materialiser bulk-loads) against the naive baseline (rrule per (unit, rule)).
   The gain is that choice, not the engine: rrule used the same way gains as much.

Rules and rrule objects are built once, outside the timed part, for both engines. Times are the
CPU time of this process (single-threaded work; on a shared machine wall time mostly measures the
neighbours), and the output says so.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import time
from array import array
from collections.abc import Callable
from dataclasses import dataclass

from dateutil.rrule import DAILY, FR, MO, TH, TU, WE, rrule, rruleset, rrulestr

from calendar_rules import Expander, WorkingCalendar, expand, load_calendar, parse_canonical
from calendar_rules.rules import Rule

YEAR_ENDS = "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1"
HALF_ENDS = "FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1"
QUARTER_ENDS = "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1"


@dataclass(frozen=True)
class Case:
    """One rule as dondoc writes it and as dateutil does."""

    text: str  # dondoc's canonical rule
    rrule: str = ""  # the RRULE giving its nominal dates (before ``offset``)
    offset: int = 0  # days added to each RRULE date (the rule's ``offset +Nd``)
    since: str = ""  # the rule's ``from``: no RRULE date before it
    exdate: str = ""  # an override: the nominal date it replaces ...
    rdate: str = ""  # ... and its replacement; alone: a one-off rule's date
    workday: tuple[int, int] | None = None  # (months per period, n): the n-th working day of each period


# fmt: off
CASES = [
    Case("every year at month:3", "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1"),
    Case("every year at month:9 override 2024=2024-12-31", "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=-1", exdate="2024-09-30", rdate="2024-12-31"),
    Case("every year at prevyear-month:12", YEAR_ENDS),  # 31/12 of the year before the period: the same dates
    Case("every year at end", YEAR_ENDS),
    Case("every half at end", HALF_ENDS),
    Case("every quarter at end", QUARTER_ENDS),
    Case("every year at date:04-30", "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=30"),
    Case("every year at month:6 from 2025-01-01", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=-1", since="2025-01-01"),
    Case("on 2025-04-29", rdate="2025-04-29"),
    Case("end 2025-Q2", rdate="2025-06-30"),
    Case("before 2024-11-30", rdate="2024-11-29"),
    Case("range 2024-03-01..2024-04-30", rdate="2024-04-30"),
    Case("continuous review every half at end", HALF_ENDS),
    Case("every year at date:11-15", "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=15"),
    Case("every quarter at workday:-1", workday=(3, -1)),
    Case("every year at month:12", YEAR_ENDS),
    Case("end 2026", rdate="2026-12-31"),
    Case("every half at month:5", "FREQ=YEARLY;BYMONTH=5,11;BYMONTHDAY=-1"),
    Case("every year at workday:5", workday=(12, 5)),
    Case("end 2024-H1", rdate="2024-06-30"),
    Case("every year at month:3 offset +1d", "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1", offset=1),
    Case("every year at month:9 override 2025=2025-12-31", "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=-1", exdate="2025-09-30", rdate="2025-12-31"),
    Case("every year at prevyear-month:12 offset +1d", YEAR_ENDS, offset=1),
    Case("every year at end offset +1d", YEAR_ENDS, offset=1),
    Case("every half at end offset +1d", HALF_ENDS, offset=1),
    Case("every quarter at end offset +1d", QUARTER_ENDS, offset=1),
    Case("every year at date:04-30 offset +1d", "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=30", offset=1),
    Case("every year at month:6 from 2025-01-01 offset +1d", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=-1", offset=1, since="2025-01-01"),
    Case("on 2025-04-30", rdate="2025-04-30"),
    Case("end 2025-Q3", rdate="2025-09-30"),
    Case("before 2024-12-01", rdate="2024-11-30"),
    Case("range 2024-05-01..2024-06-30", rdate="2024-06-30"),
    Case("continuous review every half at end offset +1d", HALF_ENDS, offset=1),
    Case("every year at date:11-15 offset +1d", "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=15", offset=1),
    Case("every quarter at workday:-1 offset +1d", workday=(3, -1), offset=1),
    Case("every year at month:12 offset +1d", YEAR_ENDS, offset=1),
    Case("end 2025", rdate="2025-12-31"),
    Case("every half at month:5 offset +1d", "FREQ=YEARLY;BYMONTH=5,11;BYMONTHDAY=-1", offset=1),
    Case("every year at workday:5 offset +1d", workday=(12, 5), offset=1),
    Case("end 2024-H2", rdate="2024-12-31"),
]
# fmt: on

Pairs = list[tuple[int, int]]  # (due, adjusted due) as day ordinals
Dates = Callable[[], list[dt.date]]


def _moment(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def _working_days(calendar: WorkingCalendar, first: dt.date, last: dt.date) -> rruleset:
    """The working days of [first, last] in dateutil: weekdays, plus swapped working Saturdays, minus days off."""
    days = rruleset()
    days.rrule(rrule(DAILY, byweekday=(MO, TU, WE, TH, FR), dtstart=_moment(first), until=_moment(last)))
    for day in calendar.extra_work:
        if first <= day <= last:
            days.rdate(_moment(day))
    for day in calendar.names:
        if first <= day <= last:
            days.exdate(_moment(day))
    return days


def rrule_dates(case: Case, calendar: WorkingCalendar, start: dt.date, end: dt.date) -> Dates:
    """The nominal dates of ``case`` in [start, end] with dateutil; every object is built here, once."""
    shift = dt.timedelta(days=case.offset)
    low, high = start - shift, end - shift  # the window of the dates before their offset
    if case.workday:
        months, n = case.workday
        days = _working_days(calendar, dt.date(low.year, 1, 1), dt.date(high.year, 12, 31))

        def nth_of_each_period() -> list[dt.date]:
            periods: dict[tuple[int, int], list[dt.date]] = {}
            for moment in days:
                day = moment.date()
                periods.setdefault((day.year, (day.month - 1) // months), []).append(day)
            picked = (of_period[n - 1] if n > 0 else of_period[n] for of_period in periods.values())
            return [day + shift for day in picked if low <= day <= high]

        return nth_of_each_period
    dates = rruleset()
    if case.rrule:
        first = max(low, dt.date.fromisoformat(case.since)) if case.since else low
        dates.rrule(rrulestr(case.rrule, dtstart=_moment(first)))  # type: ignore[arg-type]
    if case.exdate:
        dates.exdate(_moment(dt.date.fromisoformat(case.exdate)))
    if case.rdate:
        dates.rdate(_moment(dt.date.fromisoformat(case.rdate)))
    low_moment, high_moment = _moment(low), _moment(high)
    return lambda: [moment.date() + shift for moment in dates.between(low_moment, high_moment, inc=True)]


def rrule_pairs(calendar: WorkingCalendar, dates: Dates) -> Pairs:
    return [(day.toordinal(), calendar.adjust(day).toordinal()) for day in dates()]


def dondoc_pairs(calendar: WorkingCalendar, rule: Rule, start: dt.date, end: dt.date) -> Pairs:
    return [(o.due.toordinal(), o.adjusted_due.toordinal()) for o in expand(rule, start, end, calendar)]


def fan_out(units: int, per_rule: list[Pairs]) -> int:
    """Copy each rule's pairs to every unit as columns; returns the row count."""
    unit_column = array("q", range(units))
    columns = {"unit": array("q"), "due": array("q"), "adjusted": array("q")}
    for pairs in per_rule:
        for due, adjusted in pairs:
            columns["unit"].extend(unit_column)
            columns["due"].extend(array("q", [due]) * units)
            columns["adjusted"].extend(array("q", [adjusted]) * units)
    count = len(columns["unit"])
    assert all(len(c) == count for c in columns.values())
    return count


def timed(work: Callable[[], int], runs: int = 1) -> tuple[int, float]:
    """The count and the best CPU time of ``runs`` runs (CPU time: the machine's cores are shared)."""
    best = float("inf")
    for _ in range(runs):
        t0 = time.process_time()
        count = work()
        best = min(best, time.process_time() - t0)
    return count, best


def bench(cases: list[Case], units: int, sample: int, start: dt.date, end: dt.date) -> dict[str, tuple[int, float]]:
    """Asserts the same pairs rule by rule, then times both engines per (unit, rule) and once per rule."""
    calendar = load_calendar()
    calendar.add_working_days(start, 1)  # build the working-day index outside the timed part
    rules = [parse_canonical(case.text) for case in cases]
    dates = [rrule_dates(case, calendar, start, end) for case in cases]
    for case, rule, rule_dates in zip(cases, rules, dates, strict=True):  # the same work, asserted before timing
        ours, theirs = dondoc_pairs(calendar, rule, start, end), rrule_pairs(calendar, rule_dates)
        assert ours and ours == theirs, f"{case.text}: dondoc {ours[:3]}… != rrule {theirs[:3]}…"

    def dondoc_once() -> int:
        expander = Expander(calendar)
        return fan_out(
            units, [[(o.due.toordinal(), o.adjusted_due.toordinal()) for o in expander(r, start, end)] for r in rules]
        )

    def rrule_once() -> int:
        return fan_out(units, [rrule_pairs(calendar, d) for d in dates])

    def dondoc_per_row() -> int:
        return sum(len(dondoc_pairs(calendar, rule, start, end)) for _ in range(sample) for rule in rules)

    def rrule_per_row() -> int:
        return sum(len(rrule_pairs(calendar, d)) for _ in range(sample) for d in dates)

    results = {
        "dondoc_per_row": timed(dondoc_per_row),
        "rrule_per_row": timed(rrule_per_row),
        "dondoc_once": timed(dondoc_once, runs=3),  # best of 3: the first pays for growing the columns' memory
        "rrule_once": timed(rrule_once, runs=3),
    }
    assert results["dondoc_once"][0] == results["rrule_once"][0] == results["dondoc_per_row"][0] * units // sample
    assert results["dondoc_per_row"][0] == results["rrule_per_row"][0]
    return results


def report(label: str, units: int, sample: int, r: dict[str, tuple[int, float]]) -> None:
    rate = {name: count / seconds for name, (count, seconds) in r.items()}
    per_unit = r["dondoc_once"][0] // units
    print(f"{label}: {per_unit} occurrences per unit, the same (due, adjusted) pairs asserted rule by rule")
    print(
        f"  like for like, per (unit, rule) ({sample} units timed, extrapolated to {units:,}):"
        f" dondoc {rate['dondoc_per_row']:,.0f} occ/s ({units * per_unit / rate['dondoc_per_row']:.1f} s),"
        f" rrule {rate['rrule_per_row']:,.0f} occ/s ({units * per_unit / rate['rrule_per_row']:.1f} s):"
        f" {rate['dondoc_per_row'] / rate['rrule_per_row']:.2f}×"
    )
    print(
        f"  like for like, once per rule copied to {units:,} units:"
        f" dondoc {rate['dondoc_once']:,.0f} occ/s ({r['dondoc_once'][1]:.2f} s),"
        f" rrule {rate['rrule_once']:,.0f} occ/s ({r['rrule_once'][1]:.2f} s):"
        f" {rate['dondoc_once'] / rate['rrule_once']:.2f}×"
    )
    print(
        f"  design (dondoc once per rule vs rrule per (unit, rule)): {rate['dondoc_once'] / rate['rrule_per_row']:,.0f}×"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--units", type=int, default=60_000)
    parser.add_argument("--rules", type=int, default=len(CASES), choices=range(1, len(CASES) + 1), metavar="N")
    parser.add_argument("--sample", type=int, default=200, help="units timed per (unit, rule), then extrapolated")
    args = parser.parse_args()
    start, end = dt.date(2024, 1, 1), dt.date(2026, 12, 31)
    print(
        f"window {start.isoformat()}..{end.isoformat()}, {args.units:,} units, working-day adjusted (next); CPU times"
    )
    cases = CASES[: args.rules]
    report(f"all {len(cases)} rules", args.units, args.sample, bench(cases, args.units, args.sample, start, end))
    plain = [case for case in cases if not case.workday]
    if len(plain) < len(cases):
        label = f"the {len(plain)} without working-day anchors (those have no RRULE)"
        report(label, args.units, args.sample, bench(plain, args.units, args.sample, start, end))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MiB")


if __name__ == "__main__":
    main()
