"""The store behaves the same on SQLite and PostgreSQL: migrations, time zones, dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import StatementError
from sqlmodel import Session

from dondoc.db import migrate
from dondoc.db.engine import make_engine
from dondoc.db.models import Committee, Occurrence, Task
from dondoc.db.types import NaiveDatetimeError
from tests.support.rows import occurrence_row, plan_row
from tests.support.stores import Store, create_pg_database, downgrade, drop_pg_database

UTC = dt.UTC
HCM = dt.timezone(dt.timedelta(hours=7))


def _committee(updated_at: dt.datetime, cid: str = "thi-uy-duc-pho") -> Committee:
    return Committee(id=cid, name="Thị ủy Đức Phổ", kind="thi_uy", path=f"/{cid}/", updated_at=updated_at)


def test_naive_datetime_is_refused(store: Store) -> None:
    with Session(store.engine) as session:
        session.add(_committee(dt.datetime(2023, 1, 9, 7, 30)))
        with pytest.raises(StatementError) as info:
            session.commit()
    assert isinstance(info.value.orig, NaiveDatetimeError)


def test_aware_datetime_comes_back_as_the_same_instant_in_utc(store: Store) -> None:
    local = dt.datetime(2023, 1, 9, 7, 30, tzinfo=HCM)
    with Session(store.engine) as session:
        session.add(_committee(local))
        session.commit()
    with Session(store.engine) as session:
        row = session.get(Committee, "thi-uy-duc-pho")
        assert row is not None
        assert row.updated_at.tzinfo is not None
        assert row.updated_at.utcoffset() == dt.timedelta(0)
        assert row.updated_at == local
        assert row.updated_at.hour == 0


def _task(session: Session, at: dt.datetime, plan_id: str, number: str, title: str, code: str, task_title: str) -> Task:
    """The committee, a plan and one task of it, flushed so that the task has its id."""
    session.add(_committee(at))
    session.add(plan_row(plan_id, at, number=number, title=title))
    session.flush()
    task = Task(plan_id=plan_id, code=code, title=task_title, rule="due 2023-06-30")
    session.add(task)
    session.flush()
    return task


def test_due_dates_stay_dates(store: Store) -> None:
    at = dt.datetime(2023, 1, 9, tzinfo=UTC)
    with Session(store.engine) as session:
        task = _task(session, at, "91-kh-tu", "91-KH/TU", "Kế hoạch", "II.1", "Báo cáo")
        session.add(occurrence_row(task.id, "thi-uy-duc-pho", dt.date(2023, 6, 30), at))
        session.commit()
    with Session(store.engine) as session:
        occ = session.exec(text("SELECT due FROM occurrence")).one()  # type: ignore[call-overload]
        row = session.get(Occurrence, 1)
        assert row is not None and row.due == dt.date(2023, 6, 30)
        assert type(row.due) is dt.date
        assert str(occ[0]).startswith("2023-06-30")


def test_occurrence_key_is_unique(store: Store) -> None:
    at = dt.datetime(2023, 1, 9, tzinfo=UTC)
    with Session(store.engine) as session:
        task = _task(session, at, "p", "1", "t", "1", "t")
        for _ in range(2):
            session.add(occurrence_row(task.id, "thi-uy-duc-pho", dt.date(2023, 6, 30), at))
        with pytest.raises(Exception, match=r"(?i)unique"):
            session.commit()


def test_foreign_keys_are_enforced(store: Store) -> None:
    with Session(store.engine) as session:
        session.add(
            Committee(
                id="orphan",
                name="x",
                kind="chi_bo",
                parent_id="nobody",
                path="/nobody/orphan/",
                updated_at=dt.datetime(2023, 1, 1, tzinfo=UTC),
            )
        )
        with pytest.raises(Exception, match=r"(?i)foreign key"):
            session.commit()


def test_the_start_up_check_reads_the_same_head_as_alembic(sqlite_store: Store) -> None:
    """open_store's check reads the scripts' revision lines instead of importing them through alembic."""
    assert migrate.script_heads() == {migrate.head_revision(sqlite_store.engine)}


def test_sqlite_runs_in_wal_mode(sqlite_store: Store) -> None:
    with sqlite_store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def _migrates_from_empty_to_head(engine: Engine) -> None:
    assert migrate.current_revision(engine) is None
    assert not migrate.is_up_to_date(engine)
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision(engine)
    assert migrate.is_up_to_date(engine)
    assert migrate.stored_revisions(engine) == {migrate.head_revision(engine)}
    assert migrate.schema_drift(engine) == []
    engine.dispose()


def test_migrations_upgrade_an_empty_sqlite_to_head_and_match_the_models(tmp_path: Path) -> None:
    _migrates_from_empty_to_head(make_engine(f"sqlite:///{tmp_path / 'empty.sqlite3'}"))


@pytest.mark.postgres
def test_migrations_upgrade_an_empty_postgresql_to_head_and_match_the_models(postgres_server: str) -> None:
    url = create_pg_database(postgres_server)
    try:
        _migrates_from_empty_to_head(make_engine(url))
    finally:
        drop_pg_database(postgres_server, url)


def _downgrades_to_empty_and_back(engine: Engine) -> None:
    """Every migration can be undone: down to base leaves no table and no index of ours, and
    upgrading again gives the models' schema."""
    from sqlalchemy import inspect

    migrate.upgrade(engine)
    downgrade(engine, "base")
    left = set(inspect(engine).get_table_names()) - {"alembic_version"}
    assert left == set()
    assert migrate.current_revision(engine) is None
    migrate.upgrade(engine)
    assert migrate.schema_drift(engine) == []
    engine.dispose()


def test_migrations_downgrade_sqlite_to_empty_and_upgrade_again(tmp_path: Path) -> None:
    _downgrades_to_empty_and_back(make_engine(f"sqlite:///{tmp_path / 'round.sqlite3'}"))


@pytest.mark.postgres
def test_migrations_downgrade_postgresql_to_empty_and_upgrade_again(postgres_server: str) -> None:
    url = create_pg_database(postgres_server)
    try:
        _downgrades_to_empty_and_back(make_engine(url))
    finally:
        drop_pg_database(postgres_server, url)


def test_the_embedded_database_and_its_wal_and_shm_files_are_private(tmp_path: Path) -> None:
    """The file holds channel secrets: 0600 from creation, even under a permissive umask."""
    import os
    import stat

    old = os.umask(0o022)
    try:
        path = tmp_path / "dondoc.sqlite3"
        engine = make_engine(f"sqlite:///{path}")
        migrate.upgrade(engine)
        with engine.begin() as conn:  # a write keeps the WAL and the shared-memory file in place
            conn.execute(
                text("INSERT INTO key_value (key, value, updated_at) VALUES ('k', 'v', '2023-01-09 00:00:00')")
            )
            for suffix in ("", "-wal", "-shm"):
                assert stat.S_IMODE(os.stat(f"{path}{suffix}").st_mode) == 0o600, suffix
        engine.dispose()
        legacy = tmp_path / "cu.sqlite3"
        legacy.write_bytes(b"")
        legacy.chmod(0o644)
        make_engine(f"sqlite:///{legacy}").dispose()
        assert stat.S_IMODE(legacy.stat().st_mode) == 0o600  # an older, readable file is tightened
    finally:
        os.umask(old)
