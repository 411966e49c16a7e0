"""occurrence_tally: live occurrences counted per (unit, due day, state), kept by triggers

Revision ID: 0003_tally
Revises: 0002_chat

A committee's page and ``dondoc status`` read these counts instead of the occurrences
(dondoc.status.tally). ``state`` is 'open', 'on_time' or 'late' (a submitted one, by its
submission date against ``current_due``); waived and cancelled occurrences are not counted.
Which of the open ones are overdue depends on the day, so they are kept per due day.

Triggers on ``occurrence`` keep the table in the transaction that changes a row, whoever
writes it (the expand's COPY and UPDATEs, the actions, the ORM): on PostgreSQL one trigger per
statement over its transition tables, on SQLite one per row. A transaction may turn them off for
itself, and must then recount the units it wrote to before it commits: the expand does
(dondoc.plans.tally_sync). On PostgreSQL it sets ``SET LOCAL dondoc.tally_deferred = 'on'``; on
SQLite (one writer at a time) it drops the triggers inside its transaction and creates them again,
from their text in ``sqlite_master``, before it commits. A later migration that rebuilds ``occurrence`` on SQLite
(``batch_alter_table`` with ``recreate``) drops its triggers and must create them again.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0003_tally"
down_revision: str | Sequence[str] | None = "0002_chat"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = "status IN ('open', 'submitted')"


def state(row: str = "") -> str:
    """The tally state of an occurrence row (``row`` a prefix such as ``NEW.``) as SQL."""
    return (
        f"CASE WHEN {row}status = 'open' THEN 'open' "
        f"WHEN coalesce({row}submitted_on, {row}current_due) > {row}current_due THEN 'late' ELSE 'on_time' END"
    )


def _counted(rows: str, sign: str) -> str:
    return f"SELECT assignee_id, current_due, {state()} AS state, {sign}1 AS d FROM {rows} WHERE {LIVE}"


def _apply(delta: str, emptied: str | None) -> str:
    """Add a grouped delta ``(assignee_id, current_due, state, d)`` to the tally in key order (two
    transactions touching the same keys lock them in the same order); then drop the keys of
    ``emptied`` (the rows that left a key) that fell to zero."""
    upsert = f"""
    INSERT INTO occurrence_tally AS t (assignee_id, current_due, state, n)
    SELECT assignee_id, current_due, state, sum(d) FROM ({delta}) AS x
    GROUP BY assignee_id, current_due, state HAVING sum(d) <> 0 ORDER BY assignee_id, current_due, state
    ON CONFLICT (assignee_id, current_due, state) DO UPDATE SET n = t.n + excluded.n;
    """
    if emptied is None:
        return upsert
    return upsert + (
        f"DELETE FROM occurrence_tally AS t USING (SELECT DISTINCT assignee_id, current_due FROM {emptied}) AS e "
        "WHERE t.n = 0 AND t.assignee_id = e.assignee_id AND t.current_due = e.current_due;"
    )


_CHANGED = (
    "SELECT o.* FROM old_rows o JOIN new_rows n ON n.id = o.id "
    "WHERE (o.status, o.current_due, o.submitted_on, o.assignee_id) "
    "IS DISTINCT FROM (n.status, n.current_due, n.submitted_on, n.assignee_id)"
)
_CHANGED_NEW = _CHANGED.replace("SELECT o.*", "SELECT n.*")

POSTGRES_FUNCTIONS = {
    "insert": _apply(_counted("new_rows", ""), None),
    "update": _apply(
        f"{_counted(f'({_CHANGED}) AS o', '-')} UNION ALL {_counted(f'({_CHANGED_NEW}) AS n', '')}", f"({_CHANGED}) AS o"
    ),
    "delete": _apply(_counted("old_rows", "-"), "old_rows"),
}
POSTGRES_REFERENCING = {
    "insert": "REFERENCING NEW TABLE AS new_rows",
    "update": "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows",
    "delete": "REFERENCING OLD TABLE AS old_rows",
}


def _sqlite_add(row: str) -> str:
    return (
        "INSERT INTO occurrence_tally (assignee_id, current_due, state, n) "
        f"SELECT {row}.assignee_id, {row}.current_due, {state(row + '.')}, 1 WHERE {row}.{LIVE} "
        "ON CONFLICT (assignee_id, current_due, state) DO UPDATE SET n = n + 1;"
    )


def _sqlite_remove(row: str) -> str:
    key = (
        f"assignee_id = {row}.assignee_id AND current_due = {row}.current_due AND state = {state(row + '.')} "
        f"AND {row}.{LIVE}"
    )
    return f"UPDATE occurrence_tally SET n = n - 1 WHERE {key}; DELETE FROM occurrence_tally WHERE {key} AND n <= 0;"


SQLITE_TRIGGERS = {
    "insert": ("AFTER INSERT ON occurrence", _sqlite_add("NEW")),
    "update": (
        "AFTER UPDATE OF status, current_due, submitted_on, assignee_id ON occurrence",
        _sqlite_remove("OLD") + " " + _sqlite_add("NEW"),
    ),
    "delete": ("AFTER DELETE ON occurrence", _sqlite_remove("OLD")),
}

FILL = (
    f"INSERT INTO occurrence_tally (assignee_id, current_due, state, n) "
    f"SELECT assignee_id, current_due, {state()}, count(*) FROM occurrence WHERE {LIVE} "
    f"GROUP BY assignee_id, current_due, {state()}"
)


def upgrade() -> None:
    op.create_table(
        "occurrence_tally",
        sa.Column("assignee_id", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("current_due", sa.Date(), nullable=False),
        sa.Column("state", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("assignee_id", "current_due", "state"),
    )
    # the quarters' chart reads the done reports of a subtree by due day: a few rows in a big table
    op.create_index(
        "ix_occurrence_tally_done",
        "occurrence_tally",
        ["current_due"],
        postgresql_where=sa.text("state <> 'open'"),
        sqlite_where=sa.text("state <> 'open'"),
    )
    op.execute(FILL)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ANALYZE occurrence_tally")
        for event, body in POSTGRES_FUNCTIONS.items():
            op.execute(
                f"CREATE FUNCTION occurrence_tally_{event}() RETURNS trigger LANGUAGE plpgsql AS $$ "
                # an expand defers its tally to one recount per unit (dondoc.plans.tally_sync)
                "BEGIN IF current_setting('dondoc.tally_deferred', true) = 'on' THEN RETURN NULL; END IF; "
                f"{body} RETURN NULL; END $$"
            )
            op.execute(
                f"CREATE TRIGGER occurrence_tally_{event} AFTER {event.upper()} ON occurrence "
                f"{POSTGRES_REFERENCING[event]} FOR EACH STATEMENT EXECUTE FUNCTION occurrence_tally_{event}()"
            )
        op.execute(
            "CREATE FUNCTION occurrence_tally_truncate() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN DELETE FROM occurrence_tally; RETURN NULL; END $$"
        )
        op.execute(
            "CREATE TRIGGER occurrence_tally_truncate AFTER TRUNCATE ON occurrence "
            "FOR EACH STATEMENT EXECUTE FUNCTION occurrence_tally_truncate()"
        )
    else:
        for event, (when, body) in SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER occurrence_tally_{event} {when} FOR EACH ROW BEGIN {body} END")


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for event in ("insert", "update", "delete", *(("truncate",) if postgres else ())):
        op.execute(f"DROP TRIGGER IF EXISTS occurrence_tally_{event}" + (" ON occurrence" if postgres else ""))
        if postgres:
            op.execute(f"DROP FUNCTION IF EXISTS occurrence_tally_{event}()")
    op.drop_index("ix_occurrence_tally_done", table_name="occurrence_tally")
    op.drop_table("occurrence_tally")
