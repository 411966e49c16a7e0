"""Expansion at national size: 60,000 units × 40 rules over 3 years, with working-day adjustment.

    .venv/bin/python bench/bench_expand.py [--units 60000] [--rules 40] [--sample 300]

dondoc expands each distinct rule once per window (calendar_rules.Expander) and
fans the result out to the units into columns (unit id, period index, due and
adjusted due as day ordinals: ``array`` columns of one row per occurrence, the
shape the materialiser bulk-loads), so the per-occurrence cost is a C-level copy. The comparison builds one dateutil.rrule per
(unit, rule) and adjusts every date, as a per-row implementation would; it is
timed on ``--sample`` units and extrapolated linearly (said in the output).
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import time
from array import array

from dateutil.rrule import MONTHLY, YEARLY, rrule

from calendar_rules import Expander, load_calendar, parse_canonical

# A mix like the seed plans: mostly yearly and half-yearly duties, some quarterly, some one-off.
RULES = [
    "every year at month:3",
    "every year at month:9 override 2024=2024-12-31",
    "every year at prevyear-month:12",
    "every year at end",
    "every half at end",
    "every quarter at end",
    "every year at date:04-30",
    "every year at month:6 from 2025-01-01",
    "on 2025-04-29",
    "end 2025-Q2",
    "before 2024-11-30",
    "range 2024-03-01..2024-04-30",
    "continuous review every half at end",
    "every year at date:11-15",
    "every quarter at workday:-1",
    "every year at month:12",
    "end 2026",
    "every half at month:5",
    "every year at workday:5",
    "end 2024-H1",
]


def distinct_rules(n: int) -> list[str]:
    """n distinct canonical rules, cycling the base set with different offsets."""
    out = []
    for i in range(n):
        base = RULES[i % len(RULES)]
        if i >= len(RULES) and base.startswith("every") and "offset" not in base and "override" not in base:
            base += f" offset +{i // len(RULES)}d"
        out.append(base)
    return out


def dondoc_run(units: int, rules: list[str], start: dt.date, end: dt.date) -> tuple[int, float]:
    calendar = load_calendar()
    calendar.add_working_days(start, 1)  # build the working-day index outside the timed part (a process does it once)
    parsed = [parse_canonical(r) for r in rules]
    unit_column = array("q", range(units))
    t0 = time.perf_counter()
    expander = Expander(calendar)
    periods: list[str] = []
    columns = {"unit": array("q"), "period": array("q"), "due": array("q"), "adjusted": array("q")}
    for rule in parsed:
        for occurrence in expander(rule, start, end):
            periods.append(occurrence.period)
            columns["unit"].extend(unit_column)
            columns["period"].extend(array("q", [len(periods) - 1]) * units)
            columns["due"].extend(array("q", [occurrence.due.toordinal()]) * units)
            columns["adjusted"].extend(array("q", [occurrence.adjusted_due.toordinal()]) * units)
    elapsed = time.perf_counter() - t0
    count = len(columns["unit"])
    assert all(len(c) == count for c in columns.values())
    return count, elapsed


def rrule_run(units: int, rules: list[str], start: dt.date, end: dt.date) -> tuple[int, float]:
    """Per-(unit, rule) rrule expansion with adjustment: month-end rules only (rrule's strength)."""
    calendar = load_calendar()
    freq_of = {"month": (MONTHLY, 1), "quarter": (MONTHLY, 3), "half": (MONTHLY, 6), "year": (YEARLY, 1)}
    specs = []
    for text in rules:
        words = text.split()
        specs.append(freq_of.get(words[1], (MONTHLY, 1)) if words[0] == "every" else (YEARLY, 1))
    t0 = time.perf_counter()
    count = 0
    s, e = dt.datetime.combine(start, dt.time()), dt.datetime.combine(end, dt.time())
    for _ in range(units):
        for freq, interval in specs:
            for moment in rrule(freq, interval=interval, bymonthday=-1, dtstart=s, until=e):
                calendar.adjust(moment.date())
                count += 1
    return count, time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--units", type=int, default=60_000)
    parser.add_argument("--rules", type=int, default=40)
    parser.add_argument("--sample", type=int, default=300, help="units timed for the dateutil.rrule comparison")
    args = parser.parse_args()
    start, end = dt.date(2024, 1, 1), dt.date(2026, 12, 31)
    rules = distinct_rules(args.rules)

    count, elapsed = dondoc_run(args.units, rules, start, end)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # whole process, bytes
    rate = count / elapsed
    sample_count, sample_elapsed = rrule_run(args.sample, rules, start, end)
    rrule_rate = sample_count / sample_elapsed
    print(f"window {start.isoformat()}..{end.isoformat()}, {args.units} units × {args.rules} rules")
    print(
        f"dondoc   : {count:,} occurrences in {elapsed:.3f} s = {rate:,.0f} occ/s, peak RSS of the process {peak / 2**20:.0f} MiB"
    )
    print(
        f"rrule    : {sample_count:,} occurrences for {args.sample} units in {sample_elapsed:.3f} s = {rrule_rate:,.0f} occ/s (extrapolated to all units: {count / rrule_rate:.1f} s)"
    )
    print(
        f"speed-up : {rate / rrule_rate:.0f}× (goal ≥ 50×); goal ≥ 5,000,000 occ/s: {'met' if rate >= 5e6 else 'NOT met'}"
    )
    print(
        f"| expand {args.units} units × {args.rules} rules × 3 years | {count:,} occ | {rate:,.0f} occ/s | {peak / 2**20:.0f} MiB | rrule {rrule_rate:,.0f} occ/s | {rate / rrule_rate:.0f}× |"
    )


if __name__ == "__main__":
    main()
