"""The national simulation's figures: a 60,000-unit tree on PostgreSQL, a year expanded, chase days run.

    .venv/bin/python bench/bench_national.py [--units 60000] [--tasks 40] [--days 10 | --all-days]
                                             [--workers 2] [--seed 2024] [--year 2024] [--pg-url URL] [--keep]

A throwaway database is created on the server (``--pg-url``, default
``DONDOC_TEST_PG_URL`` or the local ``postgres`` server) and migrated; the
folder channel's directory is a temporary one. Then, each step timed:

1. generate: ``dondoc.scale.national`` builds the tree (one Trung ương, 63
   provinces and 4 central blocs, ~705 districts, grassroots units, chi bộ; one
   ``folder://`` contact each) and its plans (40 tasks per unit, a mix of rule
   kinds) and writes them with COPY — what ``dondoc generate-national`` does;
2. expand: ``materialise`` for the year (1 January to 31 December) — what
   ``dondoc expand`` / the ``expand`` flow does; the table must then hold
   exactly the rows it reports; then the same expand again, which must change
   nothing, with the statements it sent, the rows the server wrote for it
   (``pg_stat_database``, where a temporary table dropped at commit does not
   count; no WAL figure: it would count every database of the server)
   (``--days 0`` stops here);
3. chase days: ``dondoc.scale.simulate.simulate_days`` — what ``dondoc simulate``
   does — on ``--days`` working days spread evenly over the year (default 10,
   about 22 minutes at full size on a 2-CPU server; ``--all-days`` for the whole
   year takes hours there, the outbox alone being ~1,000 messages/s and the
   year ~11 million messages): reports sent on skipped days are
   recorded first, then the decision (``find_due_steps`` over the whole tree),
   queueing (render + outbox insert + history), delivery to the folder channel
   (one JSON file per message) and the day's reports.

Figures: expand time, decision time per day, messages per second (queueing,
delivery, and end to end), peak RSS of the main process (after each step) and
of each worker (``VmHWM``, falling back to ``resource.getrusage``, whose
``ru_maxrss`` a spawned worker inherits from its parent on Linux), and the
database size (``pg_database_size``). A
markdown table is printed with the command line that produced it. The database
and the folder channel's files are dropped unless ``--keep``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import event, text
from sqlalchemy.engine import Engine

from bench.support import create_database, keep_or_drop
from calendar_rules import load_calendar
from dondoc.chase.policy import load_policies
from dondoc.db import migrate
from dondoc.db.engine import make_engine
from dondoc.plans.materialise import materialise
from dondoc.scale.figures import DayFigures, peak_rss_kb, percentile, spread, working_days
from dondoc.scale.national import generate_national
from dondoc.scale.simulate import simulate_days
from dondoc.scale.write import write_national
from dondoc.settings import Settings

DEFAULT_PG = os.environ.get("DONDOC_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def n(value: float) -> str:
    return f"{value:,.0f}"


def folder_size(path: Path) -> tuple[int, int]:
    """(files, bytes) under ``path``."""
    files = size = 0
    for root, _dirs, names in os.walk(path):
        for name in names:
            files += 1
            size += os.path.getsize(os.path.join(root, name))
    return files, size


def server_writes(engine: Engine) -> int:
    """Rows inserted + updated + deleted in this database, as the server counts them so far.

    The pool is emptied first: a backend's pending statistics are flushed when it exits.
    """
    engine.dispose()
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT pg_stat_clear_snapshot()")
        rows = conn.exec_driver_sql(
            "SELECT tup_inserted + tup_updated + tup_deleted FROM pg_stat_database WHERE datname = current_database()"
        ).scalar_one()
    return int(rows)


class StatementCount:
    """Counts the SQL statements the engine sends (COPY data excepted) until removed."""

    def __init__(self, engine: Engine) -> None:
        self.seen = 0
        event.listen(engine, "before_cursor_execute", self.count)

    def count(self, *_args: object) -> None:
        self.seen += 1


def day_line(d: DayFigures) -> str:
    t = d.phase_seconds
    return (
        f"| {d.day.strftime('%d/%m/%Y')} | {n(d.rows_read)} | {n(d.due_steps)} | {n(d.queued)} | {n(d.sent)} | {n(d.submitted)} "
        f"| {t['decide']:.3f} | {t['queue']:.1f} | {t['send']:.1f} | {t['submit']:.1f} | {d.seconds:.1f} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--units", type=int, default=60_000)
    parser.add_argument("--tasks", type=int, default=40)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--year", type=int, default=2024)
    parser.add_argument(
        "--days",
        type=int,
        default=10,
        help="working days of the year to simulate, spread evenly (default 10; 0: stop after the expand and re-expand)",
    )
    parser.add_argument("--all-days", action="store_true", help="simulate every working day of the year")
    parser.add_argument(
        "--workers", type=int, default=2, help="processes queueing and delivering in parallel (default 2)"
    )
    parser.add_argument("--pg-url", default=DEFAULT_PG)
    parser.add_argument(
        "--keep", action="store_true", help="keep the database and the folder channel's files (prints where)"
    )
    args = parser.parse_args()
    command = "    .venv/bin/python " + " ".join(["bench/bench_national.py", *sys.argv[1:]])

    url = create_database(args.pg_url)
    home = Path(tempfile.mkdtemp(prefix="dondoc_national_"))
    engine = make_engine(url)
    settings = Settings(home=home, database_url=url)
    calendar = load_calendar()
    policies = load_policies()
    figures: list[tuple[str, str]] = []
    try:
        migrate.upgrade(engine)
        at = dt.datetime.now(dt.UTC)

        t0 = time.perf_counter()
        national = generate_national(units=args.units, tasks=args.tasks, seed=args.seed, year=args.year)
        built = time.perf_counter() - t0
        written = write_national(engine, national, at=at, actor="bench:national")
        generate_s = time.perf_counter() - t0
        rss_generate = peak_rss_kb()
        print(
            f"generated {written.units:,} units, {written.tasks:,} tasks, {written.assignments:,} assignments in {generate_s:.1f} s (build {built:.1f} s)",
            flush=True,
        )

        start, end = dt.date(args.year, 1, 1), dt.date(args.year, 12, 31)
        t0 = time.perf_counter()
        expanded = materialise(
            engine, today=start, calendar=calendar, at=at, actor="bench:national", start=start, end=end
        )
        expand_s = time.perf_counter() - t0
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE"))
        rss_expand = peak_rss_kb()
        print(f"expanded {expanded.wanted:,} occurrences in {expand_s:.1f} s", flush=True)
        with engine.connect() as conn:
            stored = conn.execute(text("SELECT count(*) FROM occurrence")).scalar_one()
        assert stored == expanded.wanted == expanded.inserted, (stored, expanded.wanted, expanded.inserted)

        # a re-expand of an unchanged tree must change nothing; its writes are read from the server's counters
        before = server_writes(engine)
        statements = StatementCount(engine)
        t0 = time.perf_counter()
        again = materialise(engine, today=start, calendar=calendar, at=at, actor="bench:national", start=start, end=end)
        again_s = time.perf_counter() - t0
        event.remove(engine, "before_cursor_execute", statements.count)
        again_rows = server_writes(engine) - before
        assert not again.changed and again.wanted == expanded.wanted, again
        rss_again = peak_rss_kb()
        print(
            f"re-expanded in {again_s:.1f} s: {statements.seen:,} statements, {again_rows:,} rows written",
            flush=True,
        )
        if args.days == 0 and not args.all_days:
            print(
                f"peak RSS {rss_generate / 1024:,.0f} MB after generate, {rss_expand / 1024:,.0f} MB after expand, "
                f"{rss_again / 1024:,.0f} MB after the re-expand"
            )
            return

        year_days = working_days(start, end, calendar)
        days = year_days if args.all_days else spread(year_days, args.days)

        def progress(d: DayFigures) -> None:
            t = d.phase_seconds
            print(
                f"  {d.day.strftime('%d/%m/%Y')}: {d.due_steps:,} steps, {d.queued:,} queued, {d.sent:,} sent, {d.submitted:,} reports — "
                f"decide {t['decide']:.3f} s, queue {t['queue']:.1f} s, send {t['send']:.1f} s, day {d.seconds:.1f} s",
                flush=True,
            )

        t0 = time.perf_counter()
        report = simulate_days(
            engine, settings, days=days, calendar=calendar, policies=policies, workers=args.workers, on_day=progress
        )
        simulate_s = time.perf_counter() - t0

        with engine.connect() as conn:
            db_bytes = conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
            occurrences = conn.execute(text("SELECT count(*) FROM occurrence")).scalar_one()
            messages = conn.execute(text("SELECT count(*) FROM message")).scalar_one()
            history = conn.execute(text("SELECT count(*) FROM history_event")).scalar_one()
        files, folder_bytes = folder_size(settings.folder_dir) if settings.folder_dir.exists() else (0, 0)

        ds = report.days
        decide = [d.phase_seconds["decide"] for d in ds]
        totals = [d.seconds for d in ds]
        queued, sent = report.total("queued"), report.total("sent")
        queue_s, send_s, day_s = report.seconds("queue"), report.seconds("send"), sum(totals)
        busiest = max(ds, key=lambda d: d.queued)
        slowest = max(ds, key=lambda d: d.seconds)
        figures = [
            (
                "Tree",
                f"{written.units:,} units (depth {max(u.depth for u in national.units)}), {written.plans:,} plans, {written.tasks:,} tasks, {written.assignments:,} assignments ({args.tasks} per unit)",
            ),
            ("Generate (build + COPY + ANALYZE)", f"{generate_s:.1f} s"),
            (
                "Expand, one-year window",
                f"{expanded.wanted:,} occurrences in {expand_s:.1f} s ({expanded.wanted / expand_s:,.0f} rows/s)",
            ),
            (
                "Re-expand, nothing changed",
                f"{again_s:.1f} s, {statements.seen:,} statements, {again_rows:,} rows written",
            ),
            (
                "Chase days simulated",
                f"{len(ds)} of {len(year_days)} working days of {args.year} ({'all' if args.all_days else 'spread evenly'}), {args.workers} worker(s), {simulate_s:.0f} s in all",
            ),
            (
                "Decision time per day (find_due_steps)",
                f"median {statistics.median(decide):.3f} s, p95 {percentile(decide, 0.95):.3f} s, max {max(decide):.3f} s",
            ),
            (
                "Candidate rows / due steps per day",
                f"median {statistics.median(d.rows_read for d in ds):,.0f} / {statistics.median(d.due_steps for d in ds):,.0f}, max {max(d.rows_read for d in ds):,} / {max(d.due_steps for d in ds):,}",
            ),
            (
                "Messages queued (render + insert + history)",
                f"{queued:,} at {queued / queue_s:,.0f} msg/s" if queue_s else "0",
            ),
            ("Messages sent (folder files)", f"{sent:,} at {sent / send_s:,.0f} msg/s" if send_s else "0"),
            ("End to end (queue + send + reports)", f"{sent / day_s:,.0f} msg/s" if day_s else "—"),
            (
                "Day wall time",
                f"median {statistics.median(totals):.1f} s, p95 {percentile(totals, 0.95):.1f} s, max {slowest.seconds:.1f} s ({slowest.day.strftime('%d/%m/%Y')}: {slowest.queued:,} messages); busiest day {busiest.day.strftime('%d/%m/%Y')}: {busiest.queued:,} messages in {busiest.seconds:.1f} s",
            ),
            ("Reports recorded (simulated units)", f"{report.total('submitted'):,}"),
            (
                "Peak RSS, main process",
                f"{rss_generate / 1024:,.0f} MB after generate, {rss_expand / 1024:,.0f} MB after expand, {rss_again / 1024:,.0f} MB after the re-expand, {report.main_rss_kb / 1024:,.0f} MB after the days (decisions, reports)",
            ),
            (
                "Peak RSS per worker (queue + send)",
                f"{report.worker_rss_kb / 1024:,.0f} MB (largest of {args.workers})",
            ),
            (
                "Database size (pg_database_size)",
                f"{db_bytes / 2**30:,.2f} GiB ({occurrences:,} occurrences, {messages:,} messages, {history:,} history rows)",
            ),
            ("Folder channel", f"{files:,} files, {folder_bytes / 2**30:,.2f} GiB"),
        ]
        print()
        print("| Figure | Value |")
        print("|---|---|")
        for label, value in figures:
            print(f"| {label} | {value} |")
        print()
        print(
            "| Day | candidate rows | due steps | queued | sent | reports | decide (s) | queue (s) | send (s) | reports (s) | day (s) |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for d in ds:
            print(day_line(d))
        print()
        print(
            f"PostgreSQL {engine.dialect.server_version_info}, {os.cpu_count()} CPUs; bench process peak RSS {peak_rss_kb() / 1024:,.0f} MB. Reproduce with:"
        )
        print()
        print(command)
    finally:
        engine.dispose()
        keep_or_drop(args.keep, args.pg_url, url, home)


if __name__ == "__main__":
    main()
