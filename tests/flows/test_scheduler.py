"""The schedules fire: ``dondoc serve``, started as an operator starts it (no PREFECT_API_URL,
so it runs its own Prefect server), makes Prefect's scheduler create runs, on Prefect's
SQLite and on PostgreSQL; a deployment due every minute gets a run that the scheduler
created and a serving process completes. ``doctor`` reads the same server."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from typer.testing import CliRunner

from calendar_rules.vietnamese import TIMEZONE
from dondoc.schedules import SPECS
from tests.support.cli import Cli
from tests.support.paths import EXAMPLES, REPO
from tests.support.prefect_servers import (
    child_env,
    deployments,
    dondoc_serve,
    flow_runs,
    post,
    run_logs,
    stop,
    wait_for,
)
from tests.support.stores import create_pg_database, drop_pg_database

pytestmark = pytest.mark.slow

# A second serving process, as an operator would add one: the chase flow due every minute.
EVERY_MINUTE = """
from prefect.schedules import Cron
from flows.chase import chase
chase.serve(
    name="chase-every-minute",
    schedules=[Cron("* * * * *", timezone="Asia/Ho_Chi_Minh")],
    parameters={"respect_quiet_hours": False},
)
"""


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def prefect_db(request: pytest.FixtureRequest) -> Iterator[str | None]:
    """Prefect's own store: None (its SQLite under PREFECT_HOME) or a throwaway PostgreSQL database."""
    if request.param == "sqlite":
        yield None
        return
    admin = request.getfixturevalue("postgres_server")
    url = create_pg_database(admin)
    yield url.replace("+psycopg", "+asyncpg")
    drop_pg_database(admin, url)


def _doctor(api: str, home: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from dondoc.cli.main import app
    from dondoc.settings import reset_settings_cache

    monkeypatch.setenv("DONDOC_HOME", str(home / "dondoc"))
    monkeypatch.setenv("PREFECT_API_URL", api)
    reset_settings_cache()
    with temporary_settings(updates={PREFECT_API_URL: api}):
        result = CliRunner().invoke(app, ["doctor"])
    return result.exit_code, result.output


def test_serve_makes_the_scheduler_create_runs_and_a_minute_schedule_completes(
    prefect_db: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    imported = Cli(tmp_path / "dondoc", None)("org", "import", str(EXAMPLES / "org_tree.yaml"))  # serve's DONDOC_HOME
    assert imported.code == 0, imported.stderr
    with dondoc_serve(tmp_path, prefect_db) as (api, _serve):
        # The second serving process starts at once: it registers its deployment while serve
        # registers the four (the scheduler creates the runs of both in the same way).
        minute = subprocess.Popen(
            [sys.executable, "-c", EVERY_MINUTE],
            cwd=REPO,
            env=child_env(tmp_path, PREFECT_API_URL=api),
            stdout=(tmp_path / "minute.out").open("wb"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            log = tmp_path / "dondoc" / "logs" / "prefect-server.log"
            assert f"Nhật ký máy chủ Prefect: {log}" in (tmp_path / "serve.out").read_text()
            names = [spec.full_name for spec in SPECS]

            def registered() -> dict[str, dict[str, object]] | None:
                found = deployments(api)
                return found if all(n in found for n in names) else None

            found = wait_for("the four deployments", registered, 120)

            def scheduled() -> dict[str, list[dict[str, object]]] | None:
                runs = {n: flow_runs(api, found[n]["id"], ["SCHEDULED"]) for n in names}
                return runs if all(runs.values()) else None

            upcoming = wait_for("SCHEDULED runs for every deployment", scheduled, 150)
            assert all(run["auto_scheduled"] for runs in upcoming.values() for run in runs)
            assert "Can't evaluate bulk DML" not in log.read_text()
            assert f"PREFECT_API_URL={api}" in log.read_text()  # the server's own banner, in the printed file

            every = wait_for(
                "the every-minute deployment", lambda: deployments(api).get("chase/chase-every-minute"), 90
            )
            [run, *_] = wait_for(
                "a scheduled run completed", lambda: flow_runs(api, every["id"], ["COMPLETED"]), 240, 3
            )
            # Pause the schedule and let a run that started meanwhile finish. The process that serves
            # the deployment stops only after doctor has looked: its shutdown cancels the runs it
            # still tracks, which would (rightly) fail doctor.
            post(api, f"/deployments/{every['id']}/pause_deployment", {})
            wait_for(
                "no every-minute run still going",
                lambda: not flow_runs(api, every["id"], ["PENDING", "RUNNING"]),
                120,
                3,
            )
            assert run["auto_scheduled"] is True, "the run was created by the scheduler, not by the test"
            scheduled_at = dt.datetime.fromisoformat(run["expected_start_time"]).astimezone(ZoneInfo(TIMEZONE))
            assert run["name"] == f"chase-{scheduled_at.date().isoformat()}"

            # A run's log lines reach the API shortly after its final state (they are shipped in
            # batches): wait for dondoc's closing line rather than read the log once.
            def closing_lines() -> list[str] | None:
                lines = run_logs(api, run["id"])
                return lines if any("Hộp thư đi:" in line or "ngày nghỉ" in line for line in lines) else None

            lines = wait_for("the run's closing log line (Hộp thư đi: / ngày nghỉ)", closing_lines, 60)
            assert not [line for line in lines if "concurrency limit" in line.lower()], lines

            code, out = _doctor(api, tmp_path, monkeypatch)
            assert "OK  Lịch chạy: lần chạy tới: " in out, out
            assert f"chase: lần hoàn thành gần nhất {scheduled_at.strftime('%d/%m/%Y')}" in out, out
            assert "expand-calendars: chưa chạy lần nào" in out
            assert code == 0, out
        finally:
            stop(minute)
