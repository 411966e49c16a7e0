"""Real stores for tests: throwaway PostgreSQL databases and migrated SQLite files.

PostgreSQL tests run against ``DONDOC_TEST_PG_URL`` (default: the local server, database ``test``).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine, make_url

from dondoc.db import migrate
from dondoc.db.engine import dispose_engines, make_engine
from dondoc.db.scratch import create_database, drop_database

PG_ADMIN_URL = os.environ.get("DONDOC_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
IN_CI = os.environ.get("CI", "").lower() == "true"


def postgres_reason(admin_url: str = PG_ADMIN_URL) -> str | None:
    """None when PostgreSQL answers, else why not."""
    try:
        engine = make_engine(admin_url)
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
        return None
    except Exception as exc:  # any failure to reach it is a reason to skip
        where = make_url(admin_url).render_as_string(hide_password=True)
        first_line = str(exc).splitlines()[0] if str(exc) else ""
        return f"PostgreSQL unreachable at {where}: {exc.__class__.__name__}: {first_line}"


def downgrade(engine: Engine, revision: str) -> None:
    """Undo migrations down to ``revision`` ("base": all), the twin of ``migrate.upgrade`` that only tests need."""
    from alembic import command

    config = migrate.alembic_config(engine)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)


def create_pg_database(admin_url: str) -> str:
    """A fresh, empty database on the server; returns its URL."""
    return create_database(admin_url, f"dondoc_t_{os.getpid()}")


def drop_pg_database(admin_url: str, url: str) -> None:
    drop_database(admin_url, url)


@contextlib.contextmanager
def migrated_pg_database(admin_url: str) -> Iterator[str]:
    """A fresh database migrated to head, dropped afterwards (its engines disposed first)."""
    url = create_pg_database(admin_url)
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    try:
        yield url
    finally:
        dispose_engines()
        drop_pg_database(admin_url, url)


def empty_tables(url: str) -> None:
    """Empty every table of a migrated PostgreSQL database and restart its sequences.

    DELETE with the foreign-key triggers off (``session_replication_role = replica``), not TRUNCATE:
    a test leaves a few rows, and one TRUNCATE of every table took 0.4-0.5 s against 0.05-0.1 s
    for these DELETEs on the 2-core test machine, before each of the PostgreSQL tests.
    """
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        tables = conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'")
        ).scalars()
        for table in list(tables):
            conn.execute(text(f'DELETE FROM "{table}"'))
        sequences = conn.execute(
            text("SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = 'public'")
        ).scalars()
        for sequence in list(sequences):
            conn.execute(text(f'ALTER SEQUENCE "{sequence}" RESTART'))
    engine.dispose()


@dataclass
class Store:
    """A migrated, empty database for one test."""

    backend: str
    url: str
    engine: Engine
