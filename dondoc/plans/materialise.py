"""Tasks × assignees × periods → occurrence rows, set-based and idempotent.

Every distinct rule is expanded once for the window (calendar_rules.Expander)
and fanned out to its assignees in Python as plain tuples; the wanted rows go
into a temporary table (COPY on PostgreSQL, one executemany on SQLite) and a
handful of SQL statements reconcile it with ``occurrence``:

1. insert what is missing (``ON CONFLICT (task, assignee, period) DO NOTHING``),
2. move the due date of open occurrences whose rule changed, from ``today`` on,
3. reopen cancelled ones that are wanted again, from ``today`` on,
4. cancel open ones no longer wanted (assignee removed, task removed, period gone),
   from ``today`` on,
5. link cascade occurrences to the upper occurrence they feed.

Past occurrences (due before ``today``) are never touched, and none are added
to a task that already has occurrences: an edited plan changes the future and
keeps the history. Running it twice changes nothing.
No ORM object is built per occurrence.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import BindParameter, Date, bindparam, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from calendar_rules import RulesError, WorkingCalendar
from calendar_rules.vietnamese import format_day
from dondoc.db.types import UTCDateTime
from dondoc.history import Event, append_events
from dondoc.plans.wanted import ExpandReport, estimate_rows, load_assignees, load_tasks, wanted_rows

Progress = Callable[[int, int], None]


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


_COLUMNS = "task_id, assignee_id, period, due, adjusted_due, parent_task_id, parent_assignee"


def _create_temp(conn: Connection, name: str) -> None:
    suffix = " ON COMMIT DROP" if conn.dialect.name == "postgresql" else ""
    conn.exec_driver_sql(
        f"CREATE TEMPORARY TABLE {name} (task_id INTEGER NOT NULL, assignee_id VARCHAR(120) NOT NULL, period VARCHAR(20) NOT NULL, "
        f"due DATE NOT NULL, adjusted_due DATE NOT NULL, parent_task_id INTEGER, parent_assignee VARCHAR(120)){suffix}"
    )


def _load_temp(
    conn: Connection,
    name: str,
    rows: Iterator[tuple],
    progress: Progress | None,
    total_hint: int,
    batch: int = 50_000,
    *,
    index: bool = True,
) -> int:
    """Stream the wanted rows into the temporary table; returns how many."""
    count = 0
    if conn.dialect.name == "postgresql":
        raw = conn.connection.driver_connection
        with raw.cursor() as cursor:  # type: ignore[union-attr]
            with cursor.copy(f"COPY {name} ({_COLUMNS}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
                    count += 1
                    if progress and count % batch == 0:
                        progress(count, total_hint)
    else:
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        sql = f"INSERT INTO {name} ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)"
        chunk: list[tuple] = []
        for row in rows:
            chunk.append((row[0], row[1], row[2], row[3].isoformat(), row[4].isoformat(), row[5], row[6]))
            if len(chunk) >= batch:
                cursor.executemany(sql, chunk)
                count += len(chunk)
                chunk.clear()
                if progress:
                    progress(count, total_hint)
        if chunk:
            cursor.executemany(sql, chunk)
            count += len(chunk)
        cursor.close()
    if index:
        conn.exec_driver_sql(f"CREATE INDEX ix_{name} ON {name} (task_id, assignee_id, period)")
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"ANALYZE {name}")
    return count


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
    report = ExpandReport(start, end)
    temp = f"tmp_wanted_{uuid.uuid4().hex[:10]}"
    with engine.begin() as conn:
        tasks = load_tasks(conn, plan_ids)
        task_ids = sorted(tasks)
        assignees = load_assignees(conn, task_ids, path_prefix, path_exact)
        # upper units of cascades are looked up over the whole tree (a partition may hold only the lower ones)
        parent_ids = sorted({t.parent_task_id for t in tasks.values() if t.parent_task_id is not None})
        uppers_full = load_assignees(conn, parent_ids, None) if parent_ids else {}
        upper_assignees = {task_id: {unit for unit, _ in units} for task_id, units in uppers_full.items()}
        total = estimate_rows(tasks, assignees, start, end, calendar) if progress else 0
        _create_temp(conn, temp)
        existing = _tasks_with_occurrences(conn, _scope_task_ids(conn, plan_ids))
        started = existing & set(task_ids)
        rows = wanted_rows(tasks, assignees, upper_assignees, start, end, calendar, report, today, started)
        # the temp table's index serves only the joins against existing occurrences
        report.wanted = _load_temp(conn, temp, rows, progress, total, index=bool(existing))
        _reconcile(
            conn,
            temp,
            report,
            today=today,
            at=at,
            existing=sorted(existing),
            path_prefix=path_prefix,
            path_exact=path_exact,
        )
        if progress:
            progress(report.wanted, max(total, report.wanted))
        if conn.dialect.name != "postgresql":
            conn.exec_driver_sql(f"DROP TABLE {temp}")
        if report.changed:
            from sqlmodel import Session

            # joins the bulk transaction: the summary event commits (or rolls back) with the rows
            with Session(bind=conn, join_transaction_mode="rollback_only") as session:
                append_events(
                    session,
                    [
                        Event(
                            at=at,
                            kind="expand",
                            actor=actor,
                            plan_id=plan_ids[0] if plan_ids and len(plan_ids) == 1 else None,
                            details={
                                "from": start.isoformat(),
                                "to": end.isoformat(),
                                "today": today.isoformat(),
                                "plans": plan_ids or "all",
                                "subtree": path_prefix,
                                "exact": path_exact,
                                "inserted": report.inserted,
                                "rescheduled": report.rescheduled,
                                "reopened": report.reopened,
                                "cancelled": report.cancelled,
                            },
                        )
                    ],
                )
                session.flush()
    _refresh_statistics(engine, report)
    return report


# A bulk change of this many rows makes the planner's row estimates for ``occurrence`` stale enough
# to pick sequential scans for the committee pages (measured: 77.9 s before ANALYZE, 22.7 s after).
ANALYZE_AFTER_ROWS = 10_000


def _refresh_statistics(engine: Engine, report: ExpandReport) -> None:
    """ANALYZE ``occurrence`` after a bulk expand, outside its transaction (autovacuum is too late)."""
    changed = report.inserted + report.rescheduled + report.reopened + report.cancelled
    if changed < ANALYZE_AFTER_ROWS:
        return
    with engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE occurrence")
        conn.commit()


def _scope_task_ids(conn: Connection, plan_ids: list[str] | None) -> str:
    """SQL naming the tasks whose occurrences this run owns (active or not: removed tasks get cancelled)."""
    if plan_ids:
        quoted = ", ".join("'" + p.replace("'", "''") + "'" for p in plan_ids)
        return f"SELECT id FROM task WHERE plan_id IN ({quoted})"
    return "SELECT id FROM task"


def _reconcile(
    conn: Connection,
    temp: str,
    report: ExpandReport,
    *,
    today: dt.date,
    at: dt.datetime,
    existing: list[int],
    path_prefix: str | None,
    path_exact: bool = False,
) -> None:
    """Insert what is missing; then, only for tasks that had occurrences before this run,
    reschedule, reopen and cancel (a first load skips those three statements)."""
    dates: list[BindParameter[Any]] = [
        bindparam("today", type_=Date),
        bindparam("start", type_=Date),
        bindparam("end", type_=Date),
        bindparam("at", type_=UTCDateTime),
    ]
    params: dict[str, object] = {"today": today, "start": report.start, "end": report.end, "at": at}
    key = "o.task_id = w.task_id AND o.assignee_id = w.assignee_id AND o.period = w.period"
    subtree = ""
    if path_prefix:
        subtree = " AND o.assignee_id IN (SELECT id FROM committee WHERE path " + (
            "= :prefix)" if path_exact else "LIKE :prefix)"
        )
        params["prefix"] = path_prefix if path_exact else path_prefix + "%"
        dates.append(bindparam("prefix"))

    def run(sql: str) -> int:
        used = [p for p in dates if f":{p.key}" in sql]
        statement = text(sql).bindparams(*used)
        return conn.execute(statement, {k: v for k, v in params.items() if f":{k}" in sql}).rowcount or 0

    insert = (
        f"INSERT INTO occurrence (task_id, assignee_id, period, due, adjusted_due, current_due, status, sequence, updated_at) "
        f"SELECT w.task_id, w.assignee_id, w.period, w.due, w.adjusted_due, w.adjusted_due, 'open', 0, :at FROM {temp} w WHERE true"
    )
    report.inserted = -1
    if not existing and conn.dialect.name == "postgresql":
        # A first load cannot conflict, unless another run loads the same rows right now:
        # try the plain INSERT (ON CONFLICT's speculative insertion costs ~20% of a bulk
        # load) in a savepoint, and fall back to the conflict-proof statement if it loses.
        try:
            with conn.begin_nested():
                report.inserted = run(insert)
        except IntegrityError:
            report.inserted = -1
    if report.inserted < 0:
        report.inserted = run(insert + " ON CONFLICT (task_id, assignee_id, period) DO NOTHING")
    if existing:
        known = ", ".join(str(int(task_id)) for task_id in existing)
        # an extension (current_due moved away from adjusted_due) survives a rule change
        report.rescheduled = run(
            f"UPDATE occurrence AS o SET due = w.due, adjusted_due = w.adjusted_due, "
            f"current_due = CASE WHEN o.current_due = o.adjusted_due THEN w.adjusted_due ELSE o.current_due END, "
            f"sequence = o.sequence + 1, updated_at = :at FROM {temp} w "
            f"WHERE {key} AND o.status = 'open' AND (o.due <> w.due OR o.adjusted_due <> w.adjusted_due) "
            f"AND o.adjusted_due >= :today AND w.adjusted_due >= :today AND w.task_id IN ({known})"
        )
        report.reopened = run(
            f"UPDATE occurrence AS o SET status = 'open', due = w.due, adjusted_due = w.adjusted_due, current_due = w.adjusted_due, "
            f"sequence = o.sequence + 1, updated_at = :at FROM {temp} w "
            f"WHERE {key} AND o.status = 'cancelled' AND w.adjusted_due >= :today AND w.task_id IN ({known})"
        )
        report.cancelled = run(
            f"UPDATE occurrence AS o SET status = 'cancelled', sequence = o.sequence + 1, updated_at = :at "
            f"WHERE o.status = 'open' AND o.current_due >= :today AND o.due BETWEEN :start AND :end "
            f"AND o.task_id IN ({known}){subtree} "
            f"AND NOT EXISTS (SELECT 1 FROM {temp} w WHERE {key})"
        )
    report.linked = run(
        f"UPDATE occurrence AS o SET parent_id = p.id FROM {temp} w, occurrence p "
        f"WHERE {key} AND w.parent_task_id IS NOT NULL AND p.task_id = w.parent_task_id "
        f"AND p.assignee_id = w.parent_assignee AND p.period = w.period AND (o.parent_id IS NULL OR o.parent_id <> p.id)"
    )
