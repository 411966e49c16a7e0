"""SQLite: an expand drops the tally's row triggers inside its own transaction and creates them
again before it commits, after recounting the units it wrote to (dondoc.plans.tally_sync). The
triggers are there, as they were, after the expand, whether it committed or failed, and count the
changes made after it; while they are dropped, another connection still sees them, and a change
in the expand's transaction is counted by the recount."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import func
from sqlmodel import Session, col, select

from dondoc.db.models import Occurrence, OccurrenceTally
from dondoc.plans import materialise as materialise_module
from dondoc.plans import tally_sync
from tests.support.cascade import START, expand_2023, seed_cascade
from tests.support.scenario import WARDS
from tests.support.stores import Store
from tests.support.tally import assert_tally_is_the_scan, record_actions

_TRIGGERS = (
    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'occurrence_tally_%' ORDER BY name"
)


def _triggers(store: Store) -> list[tuple[str, str]]:
    with store.engine.connect() as conn:
        return [(name, sql) for name, sql in conn.exec_driver_sql(_TRIGGERS)]


def _counted(store: Store, unit: str, state: str | None = None) -> int:
    query = select(func.coalesce(func.sum(OccurrenceTally.n), 0)).where(col(OccurrenceTally.assignee_id) == unit)
    if state is not None:
        query = query.where(col(OccurrenceTally.state) == state)
    with Session(store.engine) as session:
        return session.exec(query).one()


def _assert_triggers_kept_and_tally_exact(store: Store, triggers: list[tuple[str, str]]) -> None:
    """The tally's triggers are there as they were, and the tally is the scan."""
    assert _triggers(store) == triggers
    assert_tally_is_the_scan(store)


def test_a_bulk_expand_leaves_the_triggers_as_they_were_and_the_tally_exact(sqlite_store: Store) -> None:
    seed_cascade(sqlite_store)
    triggers = _triggers(sqlite_store)
    assert [name for name, _sql in triggers] == [f"occurrence_tally_{e}" for e in ("delete", "insert", "update")]
    report = expand_2023(sqlite_store, START)
    assert report.inserted > 0
    _assert_triggers_kept_and_tally_exact(sqlite_store, triggers)
    assert _counted(sqlite_store, WARDS[1], "late") == 0
    record_actions(sqlite_store)  # the triggers are on again: WARDS[1]'s late submission is counted
    assert _counted(sqlite_store, WARDS[1], "late") == 1
    assert_tally_is_the_scan(sqlite_store)
    assert expand_2023(sqlite_store, START).inserted == 0
    _assert_triggers_kept_and_tally_exact(sqlite_store, triggers)


def test_while_deferred_changes_wait_for_the_recount(sqlite_store: Store) -> None:
    seed_cascade(sqlite_store)
    expand_2023(sqlite_store, START)
    triggers = _triggers(sqlite_store)
    unit = WARDS[0]
    before = _counted(sqlite_store, unit)
    with sqlite_store.engine.begin() as conn:
        tally_sync.defer(conn)
        assert conn.exec_driver_sql(_TRIGGERS).all() == []
        assert _triggers(sqlite_store) == triggers  # another connection still has them
        waived = conn.exec_driver_sql(
            "UPDATE occurrence SET status = 'waived' WHERE assignee_id = ? AND status = 'open'", (unit,)
        ).rowcount
        assert waived > 0
        counted = conn.exec_driver_sql(
            "SELECT coalesce(sum(n), 0) FROM occurrence_tally WHERE assignee_id = ?", (unit,)
        ).scalar_one()
        assert counted == before  # the triggers did not run
        tally_sync.recount(conn, [unit])
        assert [tuple(row) for row in conn.exec_driver_sql(_TRIGGERS)] == triggers
    assert _counted(sqlite_store, unit) == before - waived
    assert_tally_is_the_scan(sqlite_store)


def test_a_failed_expand_leaves_the_triggers_on(sqlite_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    seed_cascade(sqlite_store)
    triggers = _triggers(sqlite_store)
    monkeypatch.setattr(materialise_module, "PROGRESS_EVERY", 1)  # a progress call after the first task's rows
    calls: list[int] = []

    def fail(done: int, _total: int) -> None:
        calls.append(done)
        raise RuntimeError("the worker stopped")

    with pytest.raises(RuntimeError, match="the worker stopped"):
        expand_2023(sqlite_store, START, progress=fail)
    assert calls and calls[0] > 0  # it failed with rows written and the triggers dropped
    assert _triggers(sqlite_store) == triggers
    with Session(sqlite_store.engine) as session:
        assert session.exec(select(func.count()).select_from(Occurrence)).one() == 0
        assert session.exec(select(func.count()).select_from(OccurrenceTally)).one() == 0
    monkeypatch.undo()
    # the triggers count rows written outside an expand
    with sqlite_store.engine.begin() as conn:
        task = conn.exec_driver_sql("SELECT id FROM task ORDER BY id LIMIT 1").scalar_one()
        conn.exec_driver_sql(
            "INSERT INTO occurrence (task_id, assignee_id, period, due, adjusted_due, current_due, status, sequence, "
            "updated_at) VALUES (?, ?, '2023-Q1', ?, ?, ?, 'open', 0, ?)",
            (task, WARDS[0], *([dt.date(2023, 3, 31).isoformat()] * 3), "2023-01-01 00:00:00.000000"),
        )
    assert _counted(sqlite_store, WARDS[0]) == 1
    assert_tally_is_the_scan(sqlite_store)
    expand_2023(sqlite_store, START)
    _assert_triggers_kept_and_tally_exact(sqlite_store, triggers)


def test_an_expand_that_changes_nothing_takes_no_write_lock(sqlite_store: Store) -> None:
    seed_cascade(sqlite_store)
    expand_2023(sqlite_store, START)
    triggers = _triggers(sqlite_store)
    other = sqlite3.connect(str(sqlite_store.engine.url.database), isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another writer holds the lock throughout
        report = expand_2023(sqlite_store, START)
        assert report.wanted > 0 and not report.changed
        other.execute("ROLLBACK")
    finally:
        other.close()
    _assert_triggers_kept_and_tally_exact(sqlite_store, triggers)
