"""Tasks × assignees × periods → occurrence rows, streamed task by task and idempotent.

Every distinct rule is expanded once for the window (calendar_rules.Expander);
then, one task at a time (upper tasks before their cascades), what the task
wants (its units × its periods) is compared with what ``occurrence`` holds for
it, read in pages of its key (task, assignee, period), and only the difference
is written, in batches:

1. insert what is missing (a plain COPY on PostgreSQL: should another run have
   inserted one of the rows meanwhile, the transaction is rolled back and the
   run starts over with ``ON CONFLICT (task, assignee, period) DO NOTHING``;
   executemany on SQLite),
2. move the due date of open occurrences whose rule changed, from ``today`` on,
3. reopen cancelled ones that are wanted again, from ``today`` on,
4. cancel open ones no longer wanted (assignee removed, task removed, period gone),
   from ``today`` on,
5. link cascade occurrences to the upper occurrence they feed.

Memory is one task's units and one page of its rows, not the whole plan's
rows; an expand that changes nothing reads and writes nothing else.
Past occurrences (due before ``today``) are never touched, and none are added
to a task that already has occurrences: an edited plan changes the future and
keeps the history. Running it twice changes nothing.
No ORM object is built per occurrence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from psycopg.errors import UniqueViolation
from sqlalchemy.engine import Connection, Engine

from calendar_rules import RulesError, WorkingCalendar
from calendar_rules.vietnamese import format_day
from dondoc.history import append_event
from dondoc.history.events import expand_event
from dondoc.plans import tally_sync
from dondoc.plans.stream import Progress, Writer, cancel_unwanted, reconcile_task
from dondoc.plans.wanted import (
    ROW_CHANGES,
    ExpandReport,
    TaskWanted,
    count_assignees,
    estimate_rows,
    load_assignees,
    load_tasks,
    upper_units,
    wanted_tasks,
)


def default_window(today: dt.date) -> tuple[dt.date, dt.date]:
    """One year back to two years ahead: what chasing, feeds and status look at."""
    return _shift_years(today, -1), _shift_years(today, 2)


def _shift_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _tasks_with_occurrences(conn: Connection, scope_tasks: str) -> set[int]:
    """Tasks of the scope that already have occurrences: one index probe per task, not a scan.

    Only these can have rows to reschedule, reopen or cancel, and only these are
    kept from growing obligations in the past.
    """
    sql = f"SELECT t.id FROM task t WHERE t.id IN ({scope_tasks}) AND EXISTS (SELECT 1 FROM occurrence o WHERE o.task_id = t.id)"
    return set(conn.exec_driver_sql(sql).scalars())


def materialise(
    engine: Engine,
    *,
    today: dt.date,
    calendar: WorkingCalendar,
    at: dt.datetime,
    actor: str,
    start: dt.date | None = None,
    end: dt.date | None = None,
    plan_ids: list[str] | None = None,
    path_prefix: str | None = None,
    path_exact: bool = False,
    progress: Progress | None = None,
) -> ExpandReport:
    """Make ``occurrence`` hold exactly the wanted rows of the window, changing only the future.

    ``path_prefix`` limits the work to one subtree (``/root/child/``), or to one
    unit with ``path_exact``: partitions of the tree (dondoc.org.partitions) can
    be expanded in parallel by different workers.
    """
    default_start, default_end = default_window(today)
    start, end = start or default_start, end or default_end
    if end < start:
        raise RulesError(f"cửa sổ ngược: từ {format_day(start)} đến {format_day(end)}")
    run = _Run(today, calendar, at, actor, plan_ids, path_prefix, path_exact, progress)
    try:
        report = ExpandReport(start, end)
        with engine.begin() as conn:
            _expand(conn, report, run, conflict_proof=False)
    except UniqueViolation:
        # another run loaded some of the same rows meanwhile: all over again, inserting what is missing
        report = ExpandReport(start, end)
        with engine.begin() as conn:
            _expand(conn, report, run, conflict_proof=True)
    _refresh_statistics(engine, report)
    return report


@dataclass(frozen=True)
class _Run:
    today: dt.date
    calendar: WorkingCalendar
    at: dt.datetime
    actor: str
    plan_ids: list[str] | None
    path_prefix: str | None
    path_exact: bool
    progress: Progress | None


def _expand(conn: Connection, report: ExpandReport, run: _Run, *, conflict_proof: bool) -> None:
    """One transaction of ``materialise``: new rows by plain COPY on PostgreSQL unless ``conflict_proof``."""
    today, calendar, at, plan_ids, progress = run.today, run.calendar, run.at, run.plan_ids, run.progress
    path_prefix, path_exact, start, end = run.path_prefix, run.path_exact, report.start, report.end
    tasks = load_tasks(conn, plan_ids)
    task_ids = sorted(tasks)
    unit_counts = count_assignees(conn, task_ids, path_prefix, path_exact)
    # upper units of cascades are looked up over the whole tree (a partition may hold only the lower ones)
    parent_ids = sorted({t.parent_task_id for t in tasks.values() if t.parent_task_id is not None})
    upper_assignees = upper_units(conn, parent_ids) if parent_ids else {}
    total = estimate_rows(tasks, unit_counts, start, end, calendar) if progress else 0
    existing = _tasks_with_occurrences(conn, _scope_task_ids(conn, plan_ids))
    started = existing & set(task_ids)
    wanted = wanted_tasks(tasks, unit_counts, upper_assignees, start, end, calendar, report, today, started)
    writer = Writer(
        conn, report, today=today, at=at, path_prefix=path_prefix, path_exact=path_exact, conflict_proof=conflict_proof
    )
    for batch in _batches(wanted):
        units = load_assignees(conn, [task.task_id for task in batch], path_prefix, path_exact)
        for task in batch:
            task.units = units.get(task.task_id, [])
            reconcile_task(writer, task, started=task.task_id in started)
            report.wanted += task.size
            if progress and report.wanted // PROGRESS_EVERY > (report.wanted - task.size) // PROGRESS_EVERY:
                progress(report.wanted, total)
            task.units = []
        del units
    # tasks that had occurrences and want none now (removed, no unit left, a rule no longer read)
    cancel_unwanted(writer, sorted(existing - {task.task_id for task in wanted}))
    writer.flush()
    if writer.deferred:  # the tally is recounted once per unit written to, not by the triggers (Writer.writing)
        tally_sync.recount(conn, writer.touched)
    if progress:
        progress(report.wanted, max(total, report.wanted))
    if report.changed:
        from sqlmodel import Session

        # joins the bulk transaction: the summary event commits (or rolls back) with the rows
        with Session(bind=conn, join_transaction_mode="rollback_only") as session:
            details = {
                "from": start.isoformat(),
                "to": end.isoformat(),
                "today": today.isoformat(),
                "subtree": path_prefix,
                "exact": path_exact,
                **report.counts(*ROW_CHANGES),
            }
            append_event(session, expand_event(at=at, actor=run.actor, plan_ids=plan_ids, details=details))
            session.flush()


PROGRESS_EVERY = 50_000  # wanted rows between two progress calls
UNITS_PER_READ = 100_000  # (task, unit) pairs held at a time: the units of a batch of tasks


def _batches(wanted: list[TaskWanted]) -> Iterator[list[TaskWanted]]:
    """Consecutive tasks (so upper tasks still come before their cascades) of about UNITS_PER_READ units."""
    batch: list[TaskWanted] = []
    held = 0
    for task in wanted:
        if batch and held + task.unit_count > UNITS_PER_READ:
            yield batch
            batch, held = [], 0
        batch.append(task)
        held += task.unit_count
    if batch:
        yield batch


# A bulk change of this many rows makes the planner's row estimates for ``occurrence`` stale enough
# to pick sequential scans for the committee pages (measured: 77.9 s before ANALYZE, 22.7 s after).
ANALYZE_AFTER_ROWS = 10_000


def _refresh_statistics(engine: Engine, report: ExpandReport) -> None:
    """ANALYZE ``occurrence`` after a bulk expand, outside its transaction (autovacuum is too late)."""
    if report.rows_changed < ANALYZE_AFTER_ROWS:
        return
    with engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE occurrence")
        conn.exec_driver_sql("ANALYZE occurrence_tally")  # kept by the triggers, as stale as occurrence
        conn.commit()


def _scope_task_ids(conn: Connection, plan_ids: list[str] | None) -> str:
    """SQL naming the tasks whose occurrences this run owns (active or not: removed tasks get cancelled)."""
    if plan_ids:
        quoted = ", ".join("'" + p.replace("'", "''") + "'" for p in plan_ids)
        return f"SELECT id FROM task WHERE plan_id IN ({quoted})"
    return "SELECT id FROM task"
