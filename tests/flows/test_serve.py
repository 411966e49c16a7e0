"""`dondoc serve` registers its deployments on the Prefect server it is pointed at."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.support.paths import REPO


def test_serve_registers_deployments_with_cron_in_ho_chi_minh_time(prefect_server: None, tmp_path: Path) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.sorting import DeploymentSort
    from prefect.settings import PREFECT_API_URL

    from dondoc.schedules import SEND_LIMITS, SPECS

    api_url = PREFECT_API_URL.value()
    # The session's Prefect server may already hold deployments of these names (the two-worker test
    # registers them on a work pool, with other parameters): only those serve updated count.
    started = dt.datetime.now(dt.UTC)
    env = {k: v for k, v in os.environ.items() if not k.startswith("DONDOC_")}
    env.update(PREFECT_API_URL=api_url, DONDOC_HOME=str(tmp_path / "home"), PREFECT_SERVER_ANALYTICS_ENABLED="false")
    serve = subprocess.Popen(
        [sys.executable, "-m", "dondoc", "serve", "--no-web"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        wanted = {spec.name: spec for spec in SPECS}
        found = {}
        deadline = time.monotonic() + 120
        with get_client(sync_client=True) as client:
            while time.monotonic() < deadline and set(found) != set(wanted):
                found = {
                    d.name: d
                    for d in client.read_deployments(limit=200, sort=DeploymentSort.NAME_ASC)
                    if d.name in wanted and d.updated is not None and d.updated >= started
                }
                time.sleep(1)
        assert set(found) == set(wanted), (
            f"deployments not registered; serve said: {serve.stdout.read1().decode(errors='replace') if serve.poll() is not None else '(running)'}"
        )
        for name, deployment in found.items():
            spec = wanted[name]
            [schedule] = deployment.schedules
            assert schedule.schedule.cron == spec.cron
            assert schedule.schedule.timezone == "Asia/Ho_Chi_Minh"
            assert deployment.parameters == spec.parameters
            assert "dondoc" in deployment.tags
        # the senders' global concurrency limits exist once the deployments are registered
        with get_client(sync_client=True) as client:
            limits = {name: client.read_global_concurrency_limit_by_name(name) for name in SEND_LIMITS}
        assert all(limit.limit >= 1 and limit.active for limit in limits.values())
    finally:
        os.killpg(serve.pid, signal.SIGTERM)
        try:
            serve.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(serve.pid, signal.SIGKILL)
