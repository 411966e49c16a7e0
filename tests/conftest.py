"""Shared fixtures: real SQLite and real PostgreSQL stores, and the CLI.

PostgreSQL tests run against ``DONDOC_TEST_PG_URL`` (default: the local server,
database ``test``). Without a server they skip with the reason, except under
``CI=true``, where a missing PostgreSQL fails the run. Fixtures only: plain helpers live in
``tests/support`` and tests import them from its modules (``tests.support.stores`` ...).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from dondoc.db import migrate
from dondoc.db.engine import dispose_engines, make_engine
from dondoc.settings import reset_settings_cache
from tests.support.cli import Cli
from tests.support.order import long_first
from tests.support.passwords import CHEAP_DUMMY_HASH, CHEAP_HASHER
from tests.support.stores import IN_CI, PG_ADMIN_URL, Store, empty_tables, migrated_pg_database, postgres_reason


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The admin URL of a reachable PostgreSQL, or skip (fail under CI=true)."""
    reason = postgres_reason()
    if reason is not None:
        if IN_CI:
            pytest.fail(f"CI=true requires PostgreSQL: {reason}")
        pytest.skip(reason)
    return PG_ADMIN_URL


@pytest.fixture(scope="session")
def pg_migrated_url(postgres_server: str) -> Iterator[str]:
    """One migrated PostgreSQL database for the session; tests get it emptied."""
    with migrated_pg_database(postgres_server) as url:
        yield url


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test (migrating every time is slow)."""
    path = tmp_path_factory.mktemp("sqlite-template") / "template.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> Iterator[Store]:
    """Runs the test once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        path = tmp_path / "dondoc.sqlite3"
        shutil.copy(sqlite_template, path)
        url = f"sqlite:///{path}"
    else:
        url = request.getfixturevalue("pg_migrated_url")
        empty_tables(url)
    engine = make_engine(url)
    yield Store(request.param, url, engine)
    engine.dispose()


@pytest.fixture
def sqlite_store(tmp_path: Path, sqlite_template: Path) -> Iterator[Store]:
    path = tmp_path / "dondoc.sqlite3"
    shutil.copy(sqlite_template, path)
    engine = make_engine(f"sqlite:///{path}")
    yield Store("sqlite", f"sqlite:///{path}", engine)
    engine.dispose()


@pytest.fixture
def cli(tmp_path: Path, store: Store) -> Cli:
    """The CLI on the parametrised store (SQLite file or PostgreSQL)."""
    database_url = None if store.backend == "sqlite" else store.url
    home = tmp_path / "home"
    if store.backend == "sqlite":
        home.mkdir()
        shutil.copy(Path(store.engine.url.database), home / "dondoc.sqlite3")  # type: ignore[arg-type]
        store.engine.dispose()
        store.engine = make_engine(f"sqlite:///{home / 'dondoc.sqlite3'}")
        store.url = f"sqlite:///{home / 'dondoc.sqlite3'}"
    return Cli(home, database_url)


@pytest.fixture(autouse=True)
def _fresh_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Every test starts with settings read afresh and a private DONDOC_HOME."""
    monkeypatch.setenv("DONDOC_HOME", str(tmp_path / "dondoc-home"))
    monkeypatch.delenv("DONDOC_DATABASE_URL", raising=False)
    reset_settings_cache()
    yield
    reset_settings_cache()
    dispose_engines()


@pytest.fixture(autouse=True)
def _cheap_password_hashing(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2id at its least cost (tests/support/passwords.py), both for new hashes and for the
    unknown-name dummy, so that every login still does the same work; a test marked
    ``production_password_cost`` keeps the app's own parameters."""
    if request.node.get_closest_marker("production_password_cost") is not None:
        return
    from dondoc.web import users

    monkeypatch.setattr(users, "_HASHER", CHEAP_HASHER)
    monkeypatch.setattr(users, "_DUMMY_HASH", CHEAP_DUMMY_HASH)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Long tests (marked ``slow``) first, one share per xdist worker (tests/support/order.py)."""
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    items[:] = long_first(items, [item.get_closest_marker("slow") is not None for item in items], workers)


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # type: ignore[no-untyped-def]
    """Say plainly which stores the storage tests ran on (the [sqlite]/[postgres] ids)."""
    counts: dict[str, dict[str, int]] = {"sqlite": {}, "postgres": {}}
    for outcome in ("passed", "failed", "skipped", "error"):
        for report in terminalreporter.stats.get(outcome, []):
            nodeid = getattr(report, "nodeid", "")
            for backend in counts:
                if f"[{backend}" in nodeid or f"-{backend}]" in nodeid or f"-{backend}-" in nodeid:
                    counts[backend][outcome] = counts[backend].get(outcome, 0) + 1
    terminalreporter.write_sep("-", "store backends exercised")
    for backend, by_outcome in counts.items():
        summary = ", ".join(f"{n} {o}" for o, n in sorted(by_outcome.items())) or "none"
        terminalreporter.write_line(f"{backend}: {summary}")
