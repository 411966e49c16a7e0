"""One real Prefect test server for the flow tests, shared by the session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from dondoc.settings import reset_settings_cache
from tests.support.prefect_servers import prefect_test_server
from tests.support.stores import PG_ADMIN_URL, Store, create_pg_database, drop_pg_database, postgres_reason

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


@pytest.fixture(scope="session")
def prefect_server() -> Iterator[None]:
    """Prefect's test server with its state in a throwaway PostgreSQL database, as in production
    (docs/deploy.md), when one answers; else Prefect's own SQLite test harness.

    On SQLite, Prefect's concurrent writes fail with "database is locked" and its client retries
    each about 2 s later: a second or more on every flow run that uses a concurrency limit. The
    in-process flow runs of the tests send no heartbeats: the heartbeat thread ends only on its
    next one-second tick, up to a second at the end of every flow run, and no test watches them.
    """
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        if postgres_reason() is not None:
            with prefect_test_harness(server_startup_timeout=120):
                yield
            return
        url = create_pg_database(PG_ADMIN_URL)
        try:
            with prefect_test_server(url.replace("+psycopg", "+asyncpg")):
                yield
        finally:
            drop_pg_database(PG_ADMIN_URL, url)


@pytest.fixture
def flow_env(prefect_server: None, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Flows run in-process on the test's store, with DONDOC_HOME (returned) under ``tmp_path``."""
    home = tmp_path / "home"
    monkeypatch.setenv("DONDOC_HOME", str(home))
    monkeypatch.setenv("DONDOC_DATABASE_URL", store.url)
    reset_settings_cache()
    return home
