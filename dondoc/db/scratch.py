"""Throwaway PostgreSQL databases on the server of an admin URL: the test suite and the
benchmarks each work in a fresh database and drop it afterwards."""

from __future__ import annotations

import uuid

from sqlalchemy import text
from sqlalchemy.engine import make_url

from dondoc.db.engine import make_engine


def create_database(admin_url: str, prefix: str) -> str:
    """A fresh, empty database named ``prefix_<random>`` on the server; returns its URL."""
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    admin = make_engine(admin_url).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop_database(admin_url: str, url: str) -> None:
    """Drop the database of ``url``, closing whatever is still connected to it."""
    admin = make_engine(admin_url).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
    admin.dispose()
