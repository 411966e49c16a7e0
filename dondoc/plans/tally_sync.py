"""The tally (``occurrence_tally``) during a bulk expand: recounted once per unit touched.

The triggers of migration 0003_tally keep the tally statement by statement on PostgreSQL and row
by row on SQLite; in an expand of a whole tree that doubled the time on PostgreSQL (an upsert per
COPY of a task's rows, most of them updating the same (unit, due day) rows again: 35 s → 66 s at
6,000 units, 1.2 M rows) and made SQLite 2.8× slower (an upsert per inserted row). ``defer``
turns them off for the expand's transaction only, and ``recount`` then counts again, from
``occurrence``, the rows of every unit the expand wrote to, in the same transaction, and turns
them back on.

On PostgreSQL ``defer`` is ``SET LOCAL dondoc.tally_deferred`` (other sessions keep their
triggers). The recount first takes the tally in SHARE ROW EXCLUSIVE mode: it waits for every
transaction that has written to the tally (a submission's trigger) to end, and holds new ones
back until the expand commits, so each change is counted once, by the recount or by its own
trigger after it (tests/dondoc/status/test_tally_concurrent.py; row locks alone let a
submission's new tally row, invisible to the DELETE, be counted twice). Other writers of
occurrences thus wait from the recount to the commit, not through the whole expand; two expands
of different subtrees recount one after the other. Holding that lock, the recount's rows are the
only ones of their units: a plain INSERT, not an upsert (the upsert's speculative insertion cost
1.5 s of the 4.5 s the recount took at 660,000 tally rows).

On SQLite ``defer`` drops the row triggers inside the expand's transaction, and ``recount``
creates them again from their text in ``sqlite_master`` before it counts. SQLite has one writer
at a time and DDL is transactional: readers (WAL) keep the schema of their snapshot, no other
writer runs meanwhile, and a failed expand's rollback brings the triggers back with the rows it
takes away. A flag row checked by the triggers (``WHEN NOT EXISTS (SELECT 1 FROM flag)``) kept
them as they were but cost 9 s of the 17 s an expand took to insert 1,000,000 rows: each row
still entered the trigger program. ``defer`` opens the transaction (BEGIN IMMEDIATE) when it is
not open yet, so that the DROP is not committed on its own. The expand calls it before its first
write (dondoc.plans.stream.Writer.writing), not before: a run that changes nothing takes no
write lock. A transaction that calls ``defer`` must call ``recount`` before it commits.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy.engine import Connection

_STATE = (
    "CASE WHEN o.status = 'open' THEN 'open' "
    "WHEN coalesce(o.submitted_on, o.current_due) > o.current_due THEN 'late' ELSE 'on_time' END"
)


_TRIGGERS = "dondoc.tally_triggers"  # conn.info: the SQLite triggers' text between defer and recount


def defer(conn: Connection) -> None:
    """Turn the tally's triggers off for the rest of ``conn``'s transaction (``recount`` before commit)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET LOCAL dondoc.tally_deferred = 'on'")
        return
    raw = conn.connection.driver_connection
    if not raw.in_transaction:  # type: ignore[union-attr]
        raw.execute("BEGIN IMMEDIATE")  # type: ignore[union-attr]
    if not raw.in_transaction:  # type: ignore[union-attr]
        raise RuntimeError("the tally's triggers are dropped only inside a transaction")
    triggers = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'occurrence' "
        "AND name LIKE 'occurrence_tally_%' ORDER BY name"
    ).all()
    conn.info[_TRIGGERS] = [(str(name), str(sql)) for name, sql in triggers]
    for name, _sql in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')


def recount(conn: Connection, units: Iterable[str]) -> None:
    """Count the tally rows of ``units`` again from their occurrences, and turn the triggers back on."""
    postgres = conn.dialect.name == "postgresql"
    if postgres:
        conn.exec_driver_sql("SET LOCAL dondoc.tally_deferred = 'off'")
    else:
        there = set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars())
        for name, sql in conn.info.pop(_TRIGGERS, []):
            if name not in there:  # a rolled-back transaction's defer left its list behind: they are there
                conn.exec_driver_sql(sql)
    names = sorted(set(units))
    if not names:
        return
    table = f"tmp_tally_units_{uuid.uuid4().hex[:10]}"
    if postgres:
        _units_postgres(conn, table, names)
        conn.exec_driver_sql("LOCK TABLE occurrence_tally IN SHARE ROW EXCLUSIVE MODE")
        conn.exec_driver_sql(f"DELETE FROM occurrence_tally t USING {table} u WHERE t.assignee_id = u.id")
    else:
        _units_sqlite(conn, table, names)
        conn.exec_driver_sql(f"DELETE FROM occurrence_tally WHERE assignee_id IN (SELECT id FROM temp.{table})")
    # in key order: the tally's index is filled from left to right
    conn.exec_driver_sql(
        "INSERT INTO occurrence_tally (assignee_id, current_due, state, n) "
        f"SELECT o.assignee_id, o.current_due, {_STATE}, count(*) FROM occurrence o JOIN {table} u ON u.id = o.assignee_id "
        "WHERE o.status IN ('open', 'submitted') GROUP BY o.assignee_id, o.current_due, 3 ORDER BY 1, 2, 3"
    )
    conn.exec_driver_sql(f"DROP TABLE {table}")


def _units_postgres(conn: Connection, table: str, names: list[str]) -> None:
    conn.exec_driver_sql(f"CREATE TEMPORARY TABLE {table} (id VARCHAR(120) PRIMARY KEY) ON COMMIT DROP")
    raw = conn.connection.driver_connection
    with raw.cursor() as cursor:  # type: ignore[union-attr]
        with cursor.copy(f"COPY {table} (id) FROM STDIN") as copy:
            for name in names:
                copy.write_row((name,))
    conn.exec_driver_sql(f"ANALYZE {table}")  # else the join's estimate is a guess


def _units_sqlite(conn: Connection, table: str, names: list[str]) -> None:
    conn.exec_driver_sql(f"CREATE TEMP TABLE {table} (id TEXT PRIMARY KEY)")
    conn.exec_driver_sql(f"INSERT INTO temp.{table} (id) VALUES (?)", [(name,) for name in names])
