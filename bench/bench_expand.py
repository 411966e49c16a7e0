"""Expansion at national size, against dateutil.rrule doing exactly the same work.

    .venv/bin/python bench/bench_expand.py [--units 60000] [--rules 40] [--sample 300]

Two questions, answered separately because they have different answers:

1. **Like for like.** On the rules rrule can express (month ends, fixed dates: yearly, half-yearly,
   quarterly), both produce the same (due, adjusted due) pairs for the same units. The bench asserts
   it rule by rule before timing anything. Then it times each engine both ways: once per
   (unit, rule), as a per-row implementation would, and once per distinct rule copied out to every
   unit. The ratio of the two engines is given for each way.
2. **The design.** dondoc expands each distinct rule once and copies it out to the units as
   columns (the shape the materialiser bulk-loads). Against a per-(unit, rule) rrule loop, the gain
   is mostly that choice, and rrule gains as much from it: the design ratio is shown apart.

The full mix of ``--rules`` rules (the rule kinds plans use, many rrule cannot express) is also
timed for dondoc alone. Per-(unit, rule) runs are timed on ``--sample`` units and extrapolated
linearly (the output says so).
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import time
from array import array
from collections.abc import Callable

from dateutil.rrule import YEARLY, rrule

from calendar_rules import Expander, WorkingCalendar, load_calendar, parse_canonical

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

# The rules both engines can express, with the rrule that gives the same due dates.
COMMON: dict[str, dict[str, object]] = {
    "every year at month:3": {"bymonth": 3, "bymonthday": -1},
    "every year at month:12": {"bymonth": 12, "bymonthday": -1},
    "every year at end": {"bymonth": 12, "bymonthday": -1},
    "every half at end": {"bymonth": (6, 12), "bymonthday": -1},
    "every quarter at end": {"bymonth": (3, 6, 9, 12), "bymonthday": -1},
    "every year at date:04-30": {"bymonth": 4, "bymonthday": 30},
    "every year at date:11-15": {"bymonth": 11, "bymonthday": 15},
}

Pairs = list[tuple[int, int]]  # (due, adjusted due) as day ordinals


def distinct_rules(n: int) -> list[str]:
    """n distinct canonical rules, cycling the base set with different offsets."""
    out = []
    for i in range(n):
        base = RULES[i % len(RULES)]
        if i >= len(RULES) and base.startswith("every") and "offset" not in base and "override" not in base:
            base += f" offset +{i // len(RULES)}d"
        out.append(base)
    return out


def dondoc_pairs(expander: Expander, rule: object, start: dt.date, end: dt.date) -> Pairs:
    return [(o.due.toordinal(), o.adjusted_due.toordinal()) for o in expander(rule, start, end)]  # type: ignore[arg-type]


def rrule_pairs(calendar: WorkingCalendar, spec: dict[str, object], start: dt.date, end: dt.date) -> Pairs:
    s, e = dt.datetime.combine(start, dt.time()), dt.datetime.combine(end, dt.time())
    out = []
    for moment in rrule(YEARLY, dtstart=s, until=e, **spec):  # type: ignore[arg-type]
        day = moment.date()
        out.append((day.toordinal(), calendar.adjust(day).toordinal()))
    return out


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


def timed(work: Callable[[], int]) -> tuple[int, float]:
    t0 = time.perf_counter()
    count = work()
    return count, time.perf_counter() - t0


def like_for_like(units: int, sample: int, start: dt.date, end: dt.date) -> dict[str, tuple[int, float]]:
    calendar = load_calendar()
    calendar.add_working_days(start, 1)  # build the working-day index outside the timed part
    parsed = {text: parse_canonical(text) for text in COMMON}
    expander = Expander(calendar)
    for text, rule in parsed.items():  # the same work, asserted before it is timed
        ours, theirs = dondoc_pairs(expander, rule, start, end), rrule_pairs(calendar, COMMON[text], start, end)
        assert ours == theirs, f"{text}: dondoc {ours[:3]}… != rrule {theirs[:3]}…"

    def dondoc_once() -> int:
        fresh = Expander(calendar)
        return fan_out(units, [dondoc_pairs(fresh, rule, start, end) for rule in parsed.values()])

    def rrule_once() -> int:
        return fan_out(units, [rrule_pairs(calendar, COMMON[text], start, end) for text in parsed])

    def dondoc_per_row() -> int:
        return sum(
            len(dondoc_pairs(Expander(calendar), rule, start, end)) for _ in range(sample) for rule in parsed.values()
        )

    def rrule_per_row() -> int:
        return sum(len(rrule_pairs(calendar, COMMON[text], start, end)) for _ in range(sample) for text in parsed)

    results = {
        "dondoc_once": timed(dondoc_once),
        "rrule_once": timed(rrule_once),
        "dondoc_per_row": timed(dondoc_per_row),
        "rrule_per_row": timed(rrule_per_row),
    }
    assert results["dondoc_once"][0] == results["rrule_once"][0]
    assert results["dondoc_per_row"][0] == results["rrule_per_row"][0]
    return results


def full_mix(units: int, rules: list[str], start: dt.date, end: dt.date) -> tuple[int, float]:
    calendar = load_calendar()
    calendar.add_working_days(start, 1)
    parsed = [parse_canonical(r) for r in rules]
    return timed(lambda: fan_out(units, [dondoc_pairs(Expander(calendar), rule, start, end) for rule in parsed]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--units", type=int, default=60_000)
    parser.add_argument("--rules", type=int, default=40)
    parser.add_argument("--sample", type=int, default=300, help="units timed per (unit, rule), then extrapolated")
    args = parser.parse_args()
    start, end = dt.date(2024, 1, 1), dt.date(2026, 12, 31)
    print(f"window {start.isoformat()}..{end.isoformat()}, {args.units:,} units")

    r = like_for_like(args.units, args.sample, start, end)
    rate = {name: count / seconds for name, (count, seconds) in r.items()}
    print(f"like for like: {len(COMMON)} rules both engines express, same (due, adjusted) pairs asserted per rule")
    print(
        f"  once per rule, copied to {args.units:,} units: dondoc {rate['dondoc_once']:,.0f} occ/s, rrule {rate['rrule_once']:,.0f} occ/s: {rate['dondoc_once'] / rate['rrule_once']:.2f}×"
    )
    print(
        f"  per (unit, rule), {args.sample} units:     dondoc {rate['dondoc_per_row']:,.0f} occ/s, rrule {rate['rrule_per_row']:,.0f} occ/s: {rate['dondoc_per_row'] / rate['rrule_per_row']:.2f}×"
    )
    print(
        f"design (dondoc once per rule vs rrule per (unit, rule)): {rate['dondoc_once'] / rate['rrule_per_row']:.0f}×"
    )

    count, seconds = full_mix(args.units, distinct_rules(args.rules), start, end)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"full mix of {args.rules} rules (dondoc only): {count:,} occurrences in {seconds:.3f} s = {count / seconds:,.0f} occ/s, peak RSS {peak:.0f} MiB"
    )


if __name__ == "__main__":
    main()
