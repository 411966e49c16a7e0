"""Writing a synthetic national tree in bulk: COPY on PostgreSQL, Core executemany on SQLite,
one transaction with one ``org_import`` and one ``plan_import`` history event."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, SQLModel

from dondoc.counts import Counts
from dondoc.db.models import Committee, Contact, ContactChannel, Plan, Task, TaskAssignee
from dondoc.history import append_events
from dondoc.history.events import org_import_event, plan_import_event
from dondoc.scale.national import National
from dondoc.scale.unit import Unit


def _tables() -> list[str]:
    return [t.name for t in SQLModel.metadata.sorted_tables]


def database_is_empty(engine: Engine) -> bool:
    """True when no dondoc table holds a row (the schema itself may exist)."""
    with engine.connect() as conn:
        for table in _tables():
            if conn.execute(text(f'SELECT 1 FROM "{table}" LIMIT 1')).first() is not None:
                return False
    return True


def clear_database(engine: Engine) -> None:
    """Delete every row of every dondoc table (``--replace``), keeping the schema and its revision."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("TRUNCATE " + ", ".join(f'"{t}"' for t in _tables()) + " RESTART IDENTITY CASCADE"))
            return
        for table in reversed(_tables()):
            conn.execute(text(f'DELETE FROM "{table}"'))
        if conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'")).first():
            conn.execute(text("DELETE FROM sqlite_sequence"))


@dataclass
class WriteReport(Counts):
    units: int = 0
    contacts: int = 0
    plans: int = 0
    tasks: int = 0
    assignments: int = 0


def _contact_name(unit: Unit) -> tuple[str, str]:
    if unit.depth <= 2:
        return f"Văn phòng {unit.name.removeprefix('Ban Chấp hành ')}", "van_phong"
    return f"Đồng chí Bí thư {unit.name}", "bi_thu"


def _rows(national: National, at: dt.datetime) -> dict[str, tuple[list[str], Iterator[tuple]]]:
    """Column lists and row iterators per table, in foreign-key order."""
    plans = national.plans

    def committees() -> Iterator[tuple]:
        for u in national.units:
            yield (u.id, u.name, u.kind, u.parent_id, u.path, u.depth, "", True, None, at)

    def contacts() -> Iterator[tuple]:
        for i, u in enumerate(national.units, start=1):
            name, role = _contact_name(u)
            yield (i, u.id, name, role, True)

    def channels() -> Iterator[tuple]:
        for i, u in enumerate(national.units, start=1):
            url = f"folder://{u.id}"
            yield (i, i, "folder", url, url, True)

    def plan_rows() -> Iterator[tuple]:
        for p in plans:
            digest = hashlib.sha256(f"{p.id}|{national.seed}|{national.tasks_per_unit}".encode()).hexdigest()
            yield (
                p.id,
                p.number,
                p.title,
                p.issuer_id,
                dt.date(national.year, 1, 5),
                f"dondoc generate-national --seed {national.seed}",
                digest,
                at,
            )

    def task_rows() -> Iterator[tuple]:
        for t in national.tasks:
            yield (t.id, t.plan_id, t.code, t.title, t.rule, t.phrase, None, None, "default", None, None, None, 0, True)

    return {
        "committee": (
            ["id", "name", "kind", "parent_id", "path", "depth", "aliases", "active", "source_line", "updated_at"],
            committees(),
        ),
        "contact": (["id", "committee_id", "name", "role", "active"], contacts()),
        "contact_channel": (["id", "contact_id", "kind", "url", "url_redacted", "active"], channels()),
        "plan": (
            ["id", "number", "title", "issuer_id", "issued", "source_file", "content_hash", "imported_at"],
            plan_rows(),
        ),
        "task": (
            [
                "id",
                "plan_id",
                "code",
                "title",
                "rule",
                "phrase",
                "report_to_id",
                "via_id",
                "policy",
                "evidence",
                "evidence_line",
                "parent_task_id",
                "lead_working_days",
                "active",
            ],
            task_rows(),
        ),
        "task_assignee": (["task_id", "committee_id"], national.assignments()),
    }


_MODELS = {
    "committee": Committee,
    "contact": Contact,
    "contact_channel": ContactChannel,
    "plan": Plan,
    "task": Task,
    "task_assignee": TaskAssignee,
}


def _copy(conn: Connection, table: str, columns: list[str], rows: Iterator[tuple]) -> int:
    raw = conn.connection.driver_connection
    count = 0
    with raw.cursor() as cursor:  # type: ignore[union-attr]
        with cursor.copy(f'COPY "{table}" ({", ".join(columns)}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)
                count += 1
    return count


def _executemany(conn: Connection, table: str, columns: list[str], rows: Iterator[tuple], batch: int = 5000) -> int:
    """Core executemany in batches: the column types (UTC instants) still apply, no ORM object is built."""
    statement = _MODELS[table].__table__.insert()  # type: ignore[attr-defined]
    count = 0
    chunk: list[dict[str, object]] = []
    for row in rows:
        chunk.append(dict(zip(columns, row, strict=True)))
        if len(chunk) >= batch:
            conn.execute(statement, chunk)
            count += len(chunk)
            chunk = []
    if chunk:
        conn.execute(statement, chunk)
        count += len(chunk)
    return count


def write_national(engine: Engine, national: National, *, at: dt.datetime, actor: str) -> WriteReport:
    """Write the tree, its contacts (one ``folder://<id>`` channel each) and the plans, in one transaction."""
    report = WriteReport()
    postgres = engine.dialect.name == "postgresql"
    with engine.begin() as conn:
        for table, (columns, rows) in _rows(national, at).items():
            written = _copy(conn, table, columns, rows) if postgres else _executemany(conn, table, columns, rows)
            if table == "committee":
                report.units = written
            elif table == "contact":
                report.contacts = written
            elif table == "plan":
                report.plans = written
            elif table == "task":
                report.tasks = written
            elif table == "task_assignee":
                report.assignments = written
        if postgres:  # explicit ids were written: move the sequences past them
            for table in ("contact", "contact_channel", "task"):
                conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT COALESCE(max(id), 0) + 1 FROM {table}), false)"
                    )
                )
        with Session(bind=conn, join_transaction_mode="rollback_only") as session:
            source = f"dondoc generate-national --units {len(national.units)} --tasks {national.tasks_per_unit} --seed {national.seed} --year {national.year}"
            append_events(
                session,
                [
                    org_import_event(
                        at=at,
                        actor=actor,
                        source=source,
                        added=report.units,
                        updated=0,
                        pruned=[],
                        contacts_changed=report.contacts,
                    ),
                    plan_import_event(
                        at=at,
                        actor=actor,
                        source=source,
                        changes=report.counts("plans", "tasks", "assignments"),
                    ),
                ],
            )
            session.flush()
    if postgres:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE"))
    return report
