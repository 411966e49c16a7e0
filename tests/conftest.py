"""Shared fixtures: real SQLite and real PostgreSQL stores, and the CLI as a subprocess.

PostgreSQL tests run against ``DONDOC_TEST_PG_URL`` (default: the local server,
database ``test``). Without a server they skip with the reason, except under
``CI=true``, where a missing PostgreSQL fails the run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine, make_url

from dondoc.db import migrate
from dondoc.db.engine import dispose_engines, make_engine
from dondoc.settings import reset_settings_cache

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "tests" / "fixtures" / "seeds"
EXAMPLES = REPO / "examples"
PG_ADMIN_URL = os.environ.get("DONDOC_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
IN_CI = os.environ.get("CI", "").lower() == "true"


def _postgres_reason() -> str | None:
    """None when PostgreSQL answers, else why not."""
    try:
        engine = make_engine(PG_ADMIN_URL)
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
        return None
    except Exception as exc:  # any failure to reach it is a reason to skip
        return f"PostgreSQL unreachable at {make_url(PG_ADMIN_URL).render_as_string(hide_password=True)}: {exc.__class__.__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The admin URL of a reachable PostgreSQL, or skip (fail under CI=true)."""
    reason = _postgres_reason()
    if reason is not None:
        if IN_CI:
            pytest.fail(f"CI=true requires PostgreSQL: {reason}")
        pytest.skip(reason)
    return PG_ADMIN_URL


def create_pg_database(admin_url: str) -> str:
    """A fresh, empty database on the server; returns its URL."""
    name = f"dondoc_t_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    admin = make_engine(admin_url).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop_pg_database(admin_url: str, url: str) -> None:
    name = make_url(url).database
    admin = make_engine(admin_url).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def pg_migrated_url(postgres_server: str) -> Iterator[str]:
    """One migrated PostgreSQL database for the session; tests get it emptied."""
    url = create_pg_database(postgres_server)
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    yield url
    dispose_engines()
    drop_pg_database(postgres_server, url)


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


def _truncate_all(url: str) -> None:
    engine = make_engine(url)
    with engine.begin() as conn:
        tables = [
            r[0]
            for r in conn.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'")
            )
        ]
        if tables:
            conn.execute(text("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"))
    engine.dispose()


@dataclass
class Store:
    """A migrated, empty database for one test."""

    backend: str
    url: str
    engine: Engine


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> Iterator[Store]:
    """Runs the test once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        path = tmp_path / "dondoc.sqlite3"
        shutil.copy(sqlite_template, path)
        url = f"sqlite:///{path}"
    else:
        url = request.getfixturevalue("pg_migrated_url")
        _truncate_all(url)
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


@dataclass
class CliResult:
    code: int
    stdout: str
    stderr: str


class Cli:
    """Runs ``python -m dondoc`` as a user would, with its own DONDOC_HOME and database."""

    def __init__(self, home: Path, database_url: str | None):
        self.home = home
        self.database_url = database_url

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("DONDOC_")}
        env["DONDOC_HOME"] = str(self.home)
        if self.database_url:
            env["DONDOC_DATABASE_URL"] = self.database_url
        env["PYTHONIOENCODING"] = "utf-8"
        return env

    def __call__(self, *args: str, input: str | None = None, timeout: float = 300) -> CliResult:
        proc = subprocess.run(
            [sys.executable, "-m", "dondoc", *args],
            cwd=REPO,
            env=self.env(),
            capture_output=True,
            text=True,
            input=input,
            timeout=timeout,
        )
        return CliResult(proc.returncode, proc.stdout, proc.stderr)


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
