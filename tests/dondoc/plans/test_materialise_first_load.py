"""The first-load fast path of materialise (a plain COPY on PostgreSQL) and its fallback when
another run got there first: nothing duplicated, nothing lost, no error."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import Session, col, func, select

from calendar_rules import load_calendar
from dondoc.db.models import Occurrence, Task, TaskAssignee
from dondoc.plans import materialise as materialise_module
from dondoc.plans.materialise import materialise
from tests.support.scenario import AT, seed_plan, seed_tree
from tests.support.stores import Store

UNITS = ["dang-uy-phuong-pho-hoa", "dang-uy-xa-pho-an", "dang-uy-phuong-nguyen-nghiem"]
START, END = dt.date(2023, 1, 1), dt.date(2023, 12, 31)


def _seed(store: Store) -> int:
    seed_tree(store.engine)
    task_id = seed_plan(store.engine)
    with Session(store.engine) as session:
        task = session.get(Task, task_id)
        assert task is not None
        task.rule = "every quarter at end"
        session.add(task)
        for unit in UNITS:
            session.add(TaskAssignee(task_id=task_id, committee_id=unit))
        session.commit()
    return task_id


def _count(store: Store) -> int:
    with Session(store.engine) as session:
        return int(session.exec(select(func.count()).select_from(Occurrence)).one())


def test_first_load_inserts_every_row(store: Store) -> None:
    _seed(store)
    report = materialise(store.engine, today=START, calendar=load_calendar(), at=AT, actor="test", start=START, end=END)
    assert report.inserted == _count(store) == 4 * len(UNITS)


def test_a_load_that_loses_a_race_falls_back_without_duplicates(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    task_id = _seed(store)
    # another run already wrote one of the rows, but this run believes the task is new
    with Session(store.engine) as session:
        session.add(
            Occurrence(
                task_id=task_id,
                assignee_id=UNITS[0],
                period="2023-Q2",
                due=dt.date(2023, 6, 30),
                adjusted_due=dt.date(2023, 6, 30),
                current_due=dt.date(2023, 6, 30),
                updated_at=AT,
            )
        )
        session.commit()
    monkeypatch.setattr(materialise_module, "_tasks_with_occurrences", lambda conn, scope: set())
    report = materialise(store.engine, today=START, calendar=load_calendar(), at=AT, actor="test", start=START, end=END)
    assert report.inserted == 4 * len(UNITS) - 1
    assert _count(store) == 4 * len(UNITS)
    with Session(store.engine) as session:
        keys = session.exec(
            select(Occurrence.assignee_id, Occurrence.period).where(col(Occurrence.task_id) == task_id)
        ).all()
    assert len(set(keys)) == len(keys)


def _analysis_mark(store: Store) -> object:
    """When ``occurrence`` was last analysed (PostgreSQL), or its statistics row (SQLite); None if never."""
    with store.engine.connect() as conn:
        if store.backend == "postgres":
            row = conn.exec_driver_sql(
                "SELECT last_analyze FROM pg_stat_user_tables WHERE relname = 'occurrence'"
            ).first()
            return None if row is None else row[0]
        if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first() is None:
            return None
        row = conn.exec_driver_sql("SELECT stat FROM sqlite_stat1 WHERE tbl = 'occurrence' LIMIT 1").first()
        return None if row is None else row[0]


def test_a_bulk_expand_refreshes_the_planner_statistics_and_a_small_one_does_not(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _seed(store)
    before = _analysis_mark(store)
    monkeypatch.setattr(materialise_module, "ANALYZE_AFTER_ROWS", 4 * len(UNITS) + 1)
    materialise(store.engine, today=START, calendar=load_calendar(), at=AT, actor="test", start=START, end=END)
    assert _analysis_mark(store) == before
    monkeypatch.setattr(materialise_module, "ANALYZE_AFTER_ROWS", 4)
    materialise(
        store.engine, today=START, calendar=load_calendar(), at=AT, actor="test", start=START, end=dt.date(2024, 12, 31)
    )
    after = _analysis_mark(store)
    assert after is not None and after != before
