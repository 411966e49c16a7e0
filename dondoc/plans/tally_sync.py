"""The tally (``occurrence_tally``) during a bulk expand on PostgreSQL: recounted once per unit touched.

The triggers of migration 0003_tally keep the tally statement by statement; in an expand of a
whole tree that doubled the time (an upsert per COPY of a task's rows, most of them updating the
same (unit, due day) rows again: 35 s → 66 s at 6,000 units, 1.2 M rows). ``defer`` turns them
off for the expand's transaction only (``SET LOCAL dondoc.tally_deferred``: other sessions keep
theirs), and ``recount`` then counts again, from ``occurrence``, the rows of every unit the expand
wrote to, in the same transaction. The recount first takes the tally in SHARE ROW EXCLUSIVE mode:
it waits for every transaction that has written to the tally (a submission's trigger) to end, and
holds new ones back until the expand commits, so each change is counted once, by the recount or
by its own trigger after it (tests/dondoc/status/test_tally_concurrent.py; row locks alone let
a submission's new tally row, invisible to the DELETE, be counted twice). Other writers of
occurrences thus wait from the recount to the commit, not through the whole expand; two expands
of different subtrees recount one after the other.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy.engine import Connection

_STATE = (
    "CASE WHEN o.status = 'open' THEN 'open' "
    "WHEN coalesce(o.submitted_on, o.current_due) > o.current_due THEN 'late' ELSE 'on_time' END"
)


def defer(conn: Connection) -> None:
    conn.exec_driver_sql("SET LOCAL dondoc.tally_deferred = 'on'")


def recount(conn: Connection, units: Iterable[str]) -> None:
    """Count the tally rows of ``units`` again from their occurrences, and turn the triggers back on."""
    conn.exec_driver_sql("SET LOCAL dondoc.tally_deferred = 'off'")
    names = sorted(set(units))
    if not names:
        return
    table = f"tmp_tally_units_{uuid.uuid4().hex[:10]}"
    conn.exec_driver_sql(f"CREATE TEMPORARY TABLE {table} (id VARCHAR(120) PRIMARY KEY) ON COMMIT DROP")
    raw = conn.connection.driver_connection
    with raw.cursor() as cursor:  # type: ignore[union-attr]
        with cursor.copy(f"COPY {table} (id) FROM STDIN") as copy:
            for name in names:
                copy.write_row((name,))
    conn.exec_driver_sql(f"ANALYZE {table}")
    conn.exec_driver_sql("LOCK TABLE occurrence_tally IN SHARE ROW EXCLUSIVE MODE")
    conn.exec_driver_sql(f"DELETE FROM occurrence_tally t USING {table} u WHERE t.assignee_id = u.id")
    conn.exec_driver_sql(
        "INSERT INTO occurrence_tally AS t (assignee_id, current_due, state, n) "
        f"SELECT o.assignee_id, o.current_due, {_STATE}, count(*) FROM occurrence o JOIN {table} u ON u.id = o.assignee_id "
        "WHERE o.status IN ('open', 'submitted') GROUP BY o.assignee_id, o.current_due, 3 "
        "ORDER BY 1, 2, 3 "
        "ON CONFLICT (assignee_id, current_due, state) DO UPDATE SET n = t.n + excluded.n"
    )
    conn.exec_driver_sql(f"DROP TABLE {table}")
