"""Materialising 1,000,000 occurrences into PostgreSQL and SQLite: goal ≥ 100,000 rows/s on PostgreSQL.

    .venv/bin/python bench/bench_materialise.py [--occurrences 1000000] [--pg-url URL] [--skip-sqlite] [--keep]

Why: ``dondoc.plans.materialise`` is what turns a national plan (tasks × units
× periods) into occurrence rows; it has to stay close to what the database can
ingest, so its throughput is printed next to a plain COPY of the same rows into
the same table (the floor no materialiser can beat on that server).

Setup (not timed): a throwaway PostgreSQL database (``--pg-url`` is the admin
URL, default ``DONDOC_TEST_PG_URL`` or the local ``postgres`` server) and a
temporary SQLite file, both migrated, each seeded with the same tree: a root,
provinces of 50 grassroots units, 20 tasks with real canonical rules (10
monthly, 8 quarterly, 2 yearly, different offsets) assigned to every unit. The
number of units is chosen so that the window 2023-01-01..2025-12-31 yields
about ``--occurrences`` rows. PostgreSQL is seeded with COPY, SQLite with
executemany.

Timed:
- ``materialise(start=2023-01-01, end=2025-12-31, today=2023-01-01)`` on each
  store: nothing exists yet, so every wanted row is inserted (a task expanded
  for the first time gets its whole window);
- a second run on each store, which must insert nothing (idempotence);
- on PostgreSQL, after ``TRUNCATE occurrence``, a COPY of the same rows (the
  text is rendered beforehand, untimed) into the same indexed table; the table
  must then hold exactly the rows materialise wrote (an md5 of them, untimed).

Rows are counted with ``SELECT count(*)`` after each load.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text
from sqlalchemy.engine import Engine

from bench.support import create_database, drop_database, finish_copy_seed
from calendar_rules import Expander, WorkingCalendar, load_calendar, parse_canonical
from dondoc.db import migrate
from dondoc.db.engine import make_engine
from dondoc.plans.materialise import materialise

DEFAULT_PG = os.environ.get("DONDOC_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
START, END = dt.date(2023, 1, 1), dt.date(2025, 12, 31)
TODAY = START  # "never touches the past": with today = start and no existing rows, the whole window is created
AT = dt.datetime(2023, 1, 1, tzinfo=dt.UTC)
NOW = "2023-01-01 00:00:00+00"
UNITS_PER_PROVINCE = 50
GOAL = 100_000  # rows/s on PostgreSQL

# Canonical rules as plans write them ("hằng tháng", "ngày 10 tháng sau", "hằng quý", "15 ngày sau quý", ...).
RULES: list[str] = (
    ["every month at end"]
    + [f"every month at end offset +{d}d" for d in (5, 10, 15, 20)]
    + ["every month at workday:-1", "every month at workday:5"]
    + [f"every month at end offset +{d}d" for d in (3, 7, 12)]
    + ["every quarter at end", "every quarter at workday:-1"]
    + [f"every quarter at end offset +{d}d" for d in (5, 10, 15, 20, 25, 30)]
    + ["every year at date:04-30", "every year at end"]
)


def per_unit_rows(calendar: WorkingCalendar) -> int:
    """Occurrences one unit gets in the window when it is assigned every task."""
    expander = Expander(calendar)
    return sum(len(expander(parse_canonical(rule), START, END)) for rule in RULES)


def tree(units: int) -> tuple[list[tuple[str, str, str, str | None, str, int]], list[str]]:
    """(id, name, kind, parent, path, depth) of every committee, and the ids of the grassroots units."""
    committees: list[tuple[str, str, str, str | None, str, int]] = [("tw", "Trung ương", "tinh_uy", None, "/tw/", 0)]
    leaves: list[str] = []
    for p in range((units + UNITS_PER_PROVINCE - 1) // UNITS_PER_PROVINCE):
        province = f"tinh-{p:03d}"
        committees.append((province, f"Tỉnh ủy {p:03d}", "tinh_uy", "tw", f"/tw/{province}/", 1))
        for u in range(min(UNITS_PER_PROVINCE, units - p * UNITS_PER_PROVINCE)):
            unit = f"{province}-dv-{u:02d}"
            leaves.append(unit)
            committees.append(
                (unit, f"Đảng ủy {p:03d}-{u:02d}", "dang_uy_co_so", province, f"/tw/{province}/{unit}/", 2)
            )
    return committees, leaves


def seed_pg(engine: Engine, units: int) -> None:
    committees, leaves = tree(units)
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        with cur.copy(
            "COPY committee (id, name, kind, parent_id, path, depth, aliases, active, updated_at) FROM STDIN"
        ) as copy:
            for c in committees:
                copy.write_row((*c, "", True, NOW))
        with cur.copy("COPY plan (id, number, title, issuer_id, issued, content_hash, imported_at) FROM STDIN") as copy:
            copy.write_row(("kh-1", "1-KH/TW", "Kế hoạch 1", "tw", "2023-01-01", "0" * 64, NOW))
        with cur.copy(
            "COPY task (id, plan_id, code, title, rule, report_to_id, policy, lead_working_days, active) FROM STDIN"
        ) as copy:
            for t, rule in enumerate(RULES, start=1):
                copy.write_row((t, "kh-1", str(t), f"Nhiệm vụ {t}", rule, "tw", "default", 0, True))
        with cur.copy("COPY task_assignee (task_id, committee_id) FROM STDIN") as copy:
            copy.write("".join(f"{t}\t{unit}\n" for t in range(1, len(RULES) + 1) for unit in leaves))
        finish_copy_seed(raw, cur)
    finally:
        raw.close()


def seed_sqlite(engine: Engine, units: int) -> None:
    committees, leaves = tree(units)
    now = "2023-01-01 00:00:00.000000"
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.executemany(
            "INSERT INTO committee (id, name, kind, parent_id, path, depth, aliases, active, updated_at) VALUES (?, ?, ?, ?, ?, ?, '', 1, ?)",
            [(*c, now) for c in committees],
        )
        cur.execute(
            "INSERT INTO plan (id, number, title, issuer_id, issued, content_hash, imported_at) VALUES ('kh-1', '1-KH/TW', 'Kế hoạch 1', 'tw', '2023-01-01', ?, ?)",
            ("0" * 64, now),
        )
        cur.executemany(
            "INSERT INTO task (id, plan_id, code, title, rule, report_to_id, policy, lead_working_days, active) VALUES (?, 'kh-1', ?, ?, ?, 'tw', 'default', 0, 1)",
            [(t, str(t), f"Nhiệm vụ {t}", rule) for t, rule in enumerate(RULES, start=1)],
        )
        cur.executemany(
            "INSERT INTO task_assignee (task_id, committee_id) VALUES (?, ?)",
            [(t, u) for t in range(1, len(RULES) + 1) for u in leaves],
        )
        raw.commit()
        cur.execute("ANALYZE")
        raw.commit()
    finally:
        raw.close()


def count(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM occurrence")).scalar_one())


def digest(engine: Engine) -> str:
    """md5 of every occurrence's key, dates, status and sequence, in key order (PostgreSQL)."""
    with engine.connect() as conn:
        return str(
            conn.execute(
                text(
                    "SELECT md5(string_agg(concat_ws('|', task_id, assignee_id, period, due, adjusted_due, current_due, status, sequence), "
                    "',' ORDER BY task_id, assignee_id, period)) FROM occurrence"
                )
            ).scalar_one()
        )


def timed_materialise(engine: Engine, calendar: WorkingCalendar) -> tuple[float, int]:
    """Seconds of one full materialise call and the rows it reported inserting."""
    t0 = time.perf_counter()
    report = materialise(engine, today=TODAY, calendar=calendar, at=AT, actor="bench", start=START, end=END)
    return time.perf_counter() - t0, report.inserted


def materialise_twice(
    store: str, engine: Engine, calendar: WorkingCalendar, results: list[tuple[str, int, float]]
) -> float:
    """The timed first materialise and the no-op second one, printed and added to ``results``;
    returns the first run's rows per second."""
    seconds, inserted = timed_materialise(engine, calendar)
    rows = count(engine)
    print(
        f"{store} materialise: {rows:,} rows (reported inserted {inserted:,}) in {seconds:.2f} s — {rows / seconds:,.0f} rows/s"
    )
    results.append((f"{store} materialise", rows, seconds))
    again, inserted_again = timed_materialise(engine, calendar)
    print(f"{store} second run: {inserted_again:,} rows added, {count(engine) - rows:+,} in the table, {again:.2f} s")
    results.append((f"{store} materialise again (no-op)", inserted_again, again))
    return rows / seconds


def copy_lines(units: int, calendar: WorkingCalendar) -> list[str]:
    """The COPY text of the same rows materialise writes (same columns, same values), one string per task."""
    _, leaves = tree(units)
    expander = Expander(calendar)
    chunks: list[str] = []
    for t, rule in enumerate(RULES, start=1):
        occurrences = expander(parse_canonical(rule), START, END)
        tails = [
            f"\t{o.period}\t{o.due.isoformat()}\t{o.adjusted_due.isoformat()}\t{o.adjusted_due.isoformat()}\topen\t0\t{NOW}\n"
            for o in occurrences
        ]
        chunks.append("".join(f"{t}\t{unit}{tail}" for unit in leaves for tail in tails))
    return chunks


def copy_baseline(engine: Engine, chunks: list[str]) -> float:
    """Seconds to COPY the pre-rendered rows into the emptied, indexed occurrence table and commit."""
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("TRUNCATE occurrence CASCADE")  # submission/adjustment/message reference it (all empty)
        raw.commit()
        t0 = time.perf_counter()
        with cur.copy(
            "COPY occurrence (task_id, assignee_id, period, due, adjusted_due, current_due, status, sequence, updated_at) FROM STDIN"
        ) as copy:
            for chunk in chunks:
                copy.write(chunk)
        raw.commit()
        return time.perf_counter() - t0
    finally:
        raw.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--occurrences", type=int, default=1_000_000)
    parser.add_argument(
        "--pg-url", default=DEFAULT_PG, help="admin URL of the PostgreSQL server (a throwaway database is created)"
    )
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument(
        "--keep", action="store_true", help="keep the PostgreSQL database and the SQLite file (prints where)"
    )
    args = parser.parse_args()

    calendar = load_calendar()
    calendar.add_working_days(START, 1)  # build the working-day index once, outside the timers (a process does it once)
    per_unit = per_unit_rows(calendar)
    units = max(1, round(args.occurrences / per_unit))
    print(
        f"setup: {units:,} units × {len(RULES)} tasks ({per_unit} occurrences per unit) ≈ {units * per_unit:,} occurrences, window {START}..{END}"
    )

    results: list[tuple[str, int, float]] = []  # (store, rows, seconds)

    url = create_database(args.pg_url)
    try:
        engine = make_engine(url)
        migrate.upgrade(engine)
        t0 = time.perf_counter()
        seed_pg(engine, units)
        print(f"PostgreSQL seeded with COPY in {time.perf_counter() - t0:.1f} s (not timed)")

        pg_rate = materialise_twice("PostgreSQL", engine, calendar, results)

        materialised = digest(engine)
        chunks = copy_lines(units, calendar)
        copy_seconds = copy_baseline(engine, chunks)
        copied = count(engine)
        assert digest(engine) == materialised, "materialise and the COPY baseline wrote different rows"
        del chunks
        print(
            f"PostgreSQL COPY baseline: {copied:,} rows in {copy_seconds:.2f} s — {copied / copy_seconds:,.0f} rows/s"
        )
        results.append(("PostgreSQL COPY baseline", copied, copy_seconds))
        engine.dispose()
    finally:
        if args.keep:
            print(f"kept: {url}")
        else:
            drop_database(args.pg_url, url)

    if not args.skip_sqlite:
        folder = tempfile.mkdtemp(prefix="dondoc_bench_")
        path = Path(folder) / "dondoc.sqlite3"
        engine = make_engine(f"sqlite:///{path}")
        try:
            migrate.upgrade(engine)
            t0 = time.perf_counter()
            seed_sqlite(engine, units)
            print(f"SQLite seeded with executemany in {time.perf_counter() - t0:.1f} s (not timed)")
            materialise_twice("SQLite", engine, calendar, results)
        finally:
            engine.dispose()
            if args.keep:
                print(f"kept: {path}")
            else:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
                os.rmdir(folder)

    print()
    print("| store | rows | seconds | rows/s |")
    print("|---|---:|---:|---:|")
    for store, rows, seconds in results:
        rate = f"{rows / seconds:,.0f}" if rows else "—"
        print(f"| {store} | {rows:,} | {seconds:.2f} | {rate} |")
    print()
    verdict = "met" if pg_rate >= GOAL else "NOT met"
    print(f"goal ≥ {GOAL:,} rows/s on PostgreSQL: {pg_rate:,.0f} rows/s — {verdict}")
    # ru_maxrss is in kilobytes on Linux
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MiB")


if __name__ == "__main__":
    main()
