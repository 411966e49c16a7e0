"""Real stores for tests: throwaway PostgreSQL databases and migrated SQLite files.

PostgreSQL tests run against ``DONDOC_TEST_PG_URL`` (default: the local server, database ``test``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine, make_url

from dondoc.db.engine import make_engine
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


def create_pg_database(admin_url: str) -> str:
    """A fresh, empty database on the server; returns its URL."""
    return create_database(admin_url, f"dondoc_t_{os.getpid()}")


def drop_pg_database(admin_url: str, url: str) -> None:
    drop_database(admin_url, url)


def truncate_all(url: str) -> None:
    """Empty every table of a migrated PostgreSQL database (identities restarted)."""
    engine = make_engine(url)
    with engine.begin() as conn:
        rows = conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'")
        )
        tables = [r[0] for r in rows]
        if tables:
            conn.execute(text("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"))
    engine.dispose()


@dataclass
class Store:
    """A migrated, empty database for one test."""

    backend: str
    url: str
    engine: Engine
