"""One task's wanted occurrences against what ``occurrence`` holds for it, the difference written in batches.

``dondoc.plans.materialise`` drives it task by task. The stored rows of a task
are read in pages of its key (task, assignee, period), each page compared with
the task's units × periods and dropped; what no page had is inserted at the
end of the task. Memory is one task's units and one page, whatever the plan's
size; an unchanged task costs its reads and no write.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Date, Integer, String, TextClause, bindparam, column, text
from sqlalchemy.engine import Connection
from sqlalchemy.types import TypeEngine

from dondoc.db.types import UTCDateTime
from dondoc.plans import tally_sync
from dondoc.plans.wanted import ExpandReport, TaskWanted

Progress = Callable[[int, int], None]
NewRow = tuple[str, str, dt.date, dt.date, int | None]  # assignee, period, due, adjusted due, upper occurrence
PAGE = 20_000  # stored rows read at a time
BATCH = 5_000  # updates (or SQLite inserts) sent at a time
COPY_LINES = 10_000  # COPY lines sent at a time

_COLUMNS = "task_id, assignee_id, period, due, adjusted_due, current_due, status, sequence, updated_at, parent_id"
_KEY = "o.task_id = w.task_id AND o.assignee_id = w.assignee_id AND o.period = w.period"
_UPDATES = {
    # an extension (current_due moved away from adjusted_due) survives a rule change
    "rescheduled": "UPDATE occurrence SET due = :due, adjusted_due = :adjusted_due, "
    "current_due = CASE WHEN current_due = adjusted_due THEN :adjusted_due ELSE current_due END, "
    "sequence = sequence + 1, updated_at = :at WHERE id = :id",
    "reopened": "UPDATE occurrence SET status = 'open', due = :due, adjusted_due = :adjusted_due, "
    "current_due = :adjusted_due, sequence = sequence + 1, updated_at = :at WHERE id = :id",
    "cancelled": "UPDATE occurrence SET status = 'cancelled', sequence = sequence + 1, updated_at = :at WHERE id = :id",
    "linked": "UPDATE occurrence SET parent_id = :parent_id WHERE id = :id",
}
_STORED = (
    column("id", Integer),
    column("assignee_id", String),
    column("period", String),
    column("due", Date),
    column("adjusted_due", Date),
    column("current_due", Date),
    column("status", String),
    column("parent_id", Integer),
)


def _copy_text(value: str) -> str:
    """A string as COPY's text format writes it."""
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


class Writer:
    """The run's connection, window and counters; updates queued per kind and sent in batches."""

    def __init__(
        self,
        conn: Connection,
        report: ExpandReport,
        *,
        today: dt.date,
        at: dt.datetime,
        path_prefix: str | None,
        path_exact: bool,
        conflict_proof: bool = False,
    ) -> None:
        self.conn, self.report, self.today, self.at = conn, report, today, at
        self.postgres = conn.dialect.name == "postgresql"
        # a plain COPY fails on a row another run inserted meanwhile (materialise then starts over with this)
        self.conflict_proof = conflict_proof
        self.staging: str | None = None
        self.subtree = ""
        self.params: dict[str, object] = {"today": today, "start": report.start, "end": report.end, "at": at}
        if path_prefix:
            self.subtree = " AND o.assignee_id IN (SELECT id FROM committee WHERE path " + (
                "= :prefix)" if path_exact else "LIKE :prefix)"
            )
            self.params["prefix"] = path_prefix if path_exact else path_prefix + "%"
        self.pending: dict[str, list[dict[str, object]]] = {kind: [] for kind in _UPDATES}
        self.touched: set[str] = set()  # units whose live rows changed: their tally is recounted (tally_sync)
        self.deferred = False  # the tally's triggers are off for this transaction (``writing``)
        # the values as SQLAlchemy would bind them, for the statements sent straight to the driver
        at_bind = UTCDateTime().dialect_impl(conn.dialect).bind_processor(conn.dialect)
        self.at_value: object = at_bind(at) if at_bind else at
        day_bind = Date().dialect_impl(conn.dialect).bind_processor(conn.dialect)
        self.day_value: Callable[[dt.date], object] = day_bind or (lambda day: day)

    def statement(self, sql: str) -> TextClause:
        types: dict[str, TypeEngine[Any]] = {"at": UTCDateTime(), "today": Date(), "start": Date(), "end": Date()}
        types |= {"due": Date(), "adjusted_due": Date()}
        return text(sql).bindparams(*(bindparam(k, type_=t) for k, t in types.items() if f":{k}" in sql))

    def writing(self) -> None:
        """Before the run's first write: the tally's triggers off until the recount (dondoc.plans.tally_sync).
        Not before: on SQLite this takes the write lock, which a run that changes nothing never needs."""
        if not self.deferred:
            tally_sync.defer(self.conn)
            self.deferred = True

    def run(self, sql: str, params: dict[str, object]) -> int:
        self.writing()
        used = {k: v for k, v in (self.params | params).items() if f":{k}" in sql}
        return self.conn.execute(self.statement(sql), used).rowcount or 0

    def run_returning(self, sql: str, params: dict[str, object]) -> list[Any]:
        self.writing()
        used = {k: v for k, v in (self.params | params).items() if f":{k}" in sql}
        return list(self.conn.execute(self.statement(sql), used).scalars())

    def update(self, kind: str, unit: str | None = None, **params: object) -> None:
        if unit is not None:
            self.touched.add(unit)
        batch = self.pending[kind]
        batch.append(params)
        setattr(self.report, kind, getattr(self.report, kind) + 1)
        if len(batch) >= BATCH:
            self.send(kind)

    def send(self, kind: str) -> None:
        batch = self.pending[kind]
        if batch:
            self.writing()
            extra = {"at": self.at} if ":at" in _UPDATES[kind] else {}
            self.conn.execute(self.statement(_UPDATES[kind]), [p | extra for p in batch])
            batch.clear()

    def flush(self) -> None:
        for kind in _UPDATES:
            self.send(kind)

    def stored(self, task_id: int) -> Iterator[Sequence[Any]]:
        """The task's stored rows (inside the subtree), a page at a time in key order."""
        sql = (
            "SELECT o.id, o.assignee_id, o.period, o.due, o.adjusted_due, o.current_due, o.status, o.parent_id "
            "FROM occurrence o WHERE o.task_id = :task{after}" + self.subtree + " "
            "ORDER BY o.task_id, o.assignee_id, o.period LIMIT " + str(PAGE)
        )
        after = " AND (o.task_id, o.assignee_id, o.period) > (:task, :unit, :period)"
        params: dict[str, object] = {"task": task_id}
        statement = text(sql.format(after="")).columns(*_STORED)
        while True:
            page = self.conn.execute(statement, params | self._subtree_params()).all()
            if page:
                yield page
            if len(page) < PAGE:
                return
            params = {"task": task_id, "unit": page[-1][1], "period": page[-1][2]}
            statement = text(sql.format(after=after)).columns(*_STORED)

    def _subtree_params(self) -> dict[str, object]:
        return {"prefix": self.params["prefix"]} if self.subtree else {}

    def upper_ids(self, task: TaskWanted, uppers: Iterable[str | None]) -> dict[tuple[str, str], int]:
        """(upper unit, period) → id of the upper task's occurrence, for the units this cascade feeds."""
        periods = {period for period, _due, _adjusted in task.periods}
        names = sorted({unit for unit in uppers if unit is not None})
        statement = text(
            "SELECT assignee_id, period, id FROM occurrence WHERE task_id = :task AND assignee_id IN :units"
        ).bindparams(bindparam("units", expanding=True))
        found: dict[tuple[str, str], int] = {}
        for chunk in range(0, len(names), 1000):
            rows = self.conn.execute(statement, {"task": task.parent_task_id, "units": names[chunk : chunk + 1000]})
            found.update(((unit, period), oid) for unit, period, oid in rows if period in periods)
        return found

    def insert(self, task_id: int, rows: Callable[[], Iterator[NewRow]]) -> None:
        """Insert new rows (none of them stored when the task was read), counting what is linked."""
        if not self.postgres:
            self._insert_sqlite(task_id, rows())
            return
        self.writing()
        if self.conflict_proof:
            self._insert_conflict_proof(task_id, rows())
            return
        inserted, linked = self._copy("occurrence", task_id, rows())
        self.report.inserted += inserted
        self.report.linked += linked

    def _copy(self, table: str, task_id: int, rows: Iterator[NewRow]) -> tuple[int, int]:
        """COPY the rows as text: each unit's and each period's part rendered once (a task's rows
        share them), which costs a fraction of the driver's per-value dumping."""
        inserted = linked = 0
        at = self.at.astimezone(dt.UTC).isoformat()
        heads: dict[str, str] = {}
        tails: dict[tuple[str, dt.date, dt.date], str] = {}
        lines: list[str] = []
        raw = self.conn.connection.driver_connection
        with raw.cursor() as cursor:  # type: ignore[union-attr]
            with cursor.copy(f"COPY {table} ({_COLUMNS}) FROM STDIN") as copy:
                for unit, period, due, adjusted, parent in rows:
                    head = heads.get(unit)
                    if head is None:
                        head = heads[unit] = f"{task_id}\t{_copy_text(unit)}\t"
                        self.touched.add(unit)
                    tail = tails.get((period, due, adjusted))
                    if tail is None:
                        day, adjusted_day = due.isoformat(), adjusted.isoformat()
                        tail = f"{_copy_text(period)}\t{day}\t{adjusted_day}\t{adjusted_day}\topen\t0\t{at}\t"
                        tails[(period, due, adjusted)] = tail
                    if parent is None:
                        lines.append(f"{head}{tail}\\N\n")
                    else:
                        lines.append(f"{head}{tail}{parent}\n")
                        linked += 1
                    if len(lines) >= COPY_LINES:
                        copy.write("".join(lines))
                        inserted += len(lines)
                        lines.clear()
                if lines:
                    copy.write("".join(lines))
                    inserted += len(lines)
        return inserted, linked

    def _insert_conflict_proof(self, task_id: int, rows: Iterator[NewRow]) -> None:
        if self.staging is None:
            self.staging = f"tmp_new_{uuid.uuid4().hex[:10]}"
            self.conn.exec_driver_sql(
                f"CREATE TEMPORARY TABLE {self.staging} (task_id INTEGER, assignee_id VARCHAR(120), period VARCHAR(20), "
                "due DATE, adjusted_due DATE, current_due DATE, status TEXT, sequence INTEGER, "
                "updated_at TIMESTAMPTZ, parent_id INTEGER) ON COMMIT DROP"
            )
        self._copy(self.staging, task_id, rows)
        counts = self.conn.exec_driver_sql(
            f"WITH added AS (INSERT INTO occurrence ({_COLUMNS}) SELECT {_COLUMNS} FROM {self.staging} "
            "ON CONFLICT (task_id, assignee_id, period) DO NOTHING RETURNING parent_id) "
            "SELECT count(*), count(parent_id) FROM added"
        ).one()
        self.report.inserted += counts[0]
        self.report.linked += counts[1]
        # the rows the other run wrote get their upper link here as well
        self.report.linked += self.run(
            f"UPDATE occurrence AS o SET parent_id = w.parent_id FROM {self.staging} w "
            f"WHERE {_KEY} AND w.parent_id IS NOT NULL AND (o.parent_id IS NULL OR o.parent_id <> w.parent_id)",
            {},
        )
        self.conn.exec_driver_sql(f"TRUNCATE {self.staging}")

    def _insert_sqlite(self, task_id: int, rows: Iterator[NewRow]) -> None:
        cursor = self.conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        insert = (
            f"INSERT INTO occurrence ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, 'open', 0, ?, ?) "
            "ON CONFLICT (task_id, assignee_id, period) DO NOTHING"
        )
        link = (
            "UPDATE occurrence SET parent_id = ? WHERE task_id = ? AND assignee_id = ? AND period = ? "
            "AND (parent_id IS NULL OR parent_id <> ?)"
        )
        day, at = self.day_value, self.at_value
        dates: dict[tuple[str, dt.date, dt.date], tuple[object, ...]] = {}  # a task's rows share their periods
        chunk: list[tuple[object, ...]] = []
        last: str | None = None
        for unit, period, due, adjusted, parent in rows:
            middle = dates.get((period, due, adjusted))
            if middle is None:
                middle = dates[(period, due, adjusted)] = (period, day(due), day(adjusted), day(adjusted), at)
            chunk.append((task_id, unit, *middle, parent))
            if unit != last:  # a task's rows come unit by unit
                self.touched.add(unit)
                last = unit
            if len(chunk) >= BATCH:
                self._sqlite_batch(cursor, insert, link, chunk)
                chunk = []
        if chunk:
            self._sqlite_batch(cursor, insert, link, chunk)
        cursor.close()

    def _sqlite_batch(self, cursor: Any, insert: str, link: str, chunk: list[tuple[object, ...]]) -> None:
        self.writing()
        cursor.execute("SAVEPOINT occurrence_batch")
        cursor.executemany(insert, chunk)
        done = cursor.rowcount == len(chunk)
        if done:
            self.report.inserted += len(chunk)
            self.report.linked += sum(row[-1] is not None for row in chunk)
        else:
            cursor.execute("ROLLBACK TO occurrence_batch")
        cursor.execute("RELEASE occurrence_batch")
        if done:
            return
        for row in chunk:  # some were there already (another run): one by one, to count and link exactly
            cursor.execute(insert, row)
            if cursor.rowcount:
                self.report.inserted += 1
                self.report.linked += row[-1] is not None
            elif row[-1] is not None:
                cursor.execute(link, (row[-1], *row[:3], row[-1]))
                self.report.linked += cursor.rowcount


def reconcile_task(writer: Writer, task: TaskWanted, *, started: bool) -> None:
    """Bring one task's stored rows to what it wants: a task seen for the first time is only inserted."""
    uppers = [task.upper_of(path) for _unit, path in task.units] if task.parent_task_id is not None else None
    links = writer.upper_ids(task, uppers) if uppers is not None else {}
    width = len(task.periods)
    seen = bytearray(task.size) if started else None
    if seen is not None:
        _compare(writer, task, seen, uppers, links)
        if seen.count(1) == len(seen):
            return  # nothing missing: no insert at all

    def new_rows() -> Iterator[NewRow]:
        for i, (unit, _path) in enumerate(task.units):
            upper = uppers[i] if uppers is not None else None
            for j, (period, due, adjusted) in enumerate(task.periods):
                if seen is None or not seen[i * width + j]:
                    yield unit, period, due, adjusted, links.get((upper, period)) if upper is not None else None

    writer.insert(task.task_id, new_rows)


def _compare(
    writer: Writer,
    task: TaskWanted,
    seen: bytearray,
    uppers: list[str | None] | None,
    links: dict[tuple[str, str], int],
) -> None:
    """Reschedule, reopen, cancel and link the stored rows of one task, marking the wanted ones found."""
    today, start, end = writer.today, writer.report.start, writer.report.end
    unit_index = {unit: i for i, (unit, _path) in enumerate(task.units)}
    period_index = {period: j for j, (period, _due, _adjusted) in enumerate(task.periods)}
    width = len(task.periods)
    for page in writer.stored(task.task_id):
        for oid, unit, period, due, adjusted, current, status, parent_id in page:
            i, j = unit_index.get(unit), period_index.get(period)
            if i is None or j is None:
                if status == "open" and current >= today and start <= due <= end:
                    writer.update("cancelled", unit, id=oid)
                continue
            seen[i * width + j] = 1
            _period, want_due, want_adjusted = task.periods[j]
            if status == "open":
                if (due != want_due or adjusted != want_adjusted) and adjusted >= today and want_adjusted >= today:
                    writer.update("rescheduled", unit, id=oid, due=want_due, adjusted_due=want_adjusted)
            elif status == "cancelled" and want_adjusted >= today:
                writer.update("reopened", unit, id=oid, due=want_due, adjusted_due=want_adjusted)
            upper = uppers[i] if uppers is not None else None
            if upper is not None:
                link = links.get((upper, period))
                if link is not None and parent_id != link:
                    writer.update("linked", id=oid, parent_id=link)


def cancel_unwanted(writer: Writer, task_ids: list[int]) -> None:
    """Cancel the open future rows of tasks that had occurrences and want none now."""
    if task_ids:
        known = ", ".join(str(int(task_id)) for task_id in task_ids)
        units = writer.run_returning(
            "UPDATE occurrence AS o SET status = 'cancelled', sequence = o.sequence + 1, updated_at = :at "
            "WHERE o.status = 'open' AND o.current_due >= :today AND o.due BETWEEN :start AND :end "
            f"AND o.task_id IN ({known}){writer.subtree} RETURNING assignee_id",
            {},
        )
        writer.report.cancelled += len(units)
        writer.touched.update(units)
