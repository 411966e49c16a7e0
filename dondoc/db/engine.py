"""Engines for the two supported stores.

SQLite (the embedded default) runs in WAL mode with foreign keys on and a busy
timeout, so a CLI command, the web app and a Prefect worker can share one file.
PostgreSQL is the production store, chosen by ``DONDOC_DATABASE_URL``.

The SQLite file holds channel secrets (SMTP passwords, bot tokens), so it and
its ``-wal``/``-shm`` companions are created 0600 and tightened to 0600 if an
older version left them readable to others.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

_ENGINES: dict[str, Engine] = {}


_PRIVATE = 0o600


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _private_sqlite_files(database: str | None) -> None:
    """Create the database file 0600 before SQLite does, and tighten any existing file set.

    SQLite gives ``-wal`` and ``-shm`` the permissions of the main file, so a
    private main file is enough for files created later; existing ones are
    chmod-ed too.
    """
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    if path.parent.is_dir():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, _PRIVATE))
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if candidate.exists() and candidate.stat().st_mode & 0o777 != _PRIVATE:
            candidate.chmod(_PRIVATE)


def make_engine(url: str) -> Engine:
    """A new engine for ``url`` with the per-dialect settings dondoc relies on."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        _private_sqlite_files(engine.url.database)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5)


def get_engine(url: str) -> Engine:
    """One engine per URL per process (engines own connection pools)."""
    engine = _ENGINES.get(url)
    if engine is None:
        engine = _ENGINES[url] = make_engine(url)
    return engine


def dispose_engines() -> None:
    """Close every pool; tests and forked workers call this."""
    for engine in _ENGINES.values():
        engine.dispose()
    _ENGINES.clear()


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session committed on success and rolled back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
