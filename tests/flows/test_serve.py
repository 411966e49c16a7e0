"""`dondoc serve` registers its deployments on the Prefect server it is pointed at, or on the one it finds."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tests.support.paths import REPO


def _serve_until_registered(env: dict[str, str], *options: str) -> tuple[dict[str, Any], str]:
    """Run `dondoc serve --no-web` until every deployment is registered (updated since it started) on the
    session's Prefect server; the deployments found and what serve printed, once it is stopped."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.sorting import DeploymentSort

    from dondoc.schedules import SPECS

    # The session's Prefect server may already hold deployments of these names (the two-worker test
    # registers them on a work pool, with other parameters): only those serve updated count.
    started = dt.datetime.now(dt.UTC)
    serve = subprocess.Popen(
        [sys.executable, "-m", "dondoc", "serve", "--no-web", *options],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    wanted = {spec.name for spec in SPECS}
    found: dict[str, Any] = {}
    try:
        deadline = time.monotonic() + 120
        with get_client(sync_client=True) as client:
            while time.monotonic() < deadline and set(found) != wanted and serve.poll() is None:
                found = {
                    d.name: d
                    for d in client.read_deployments(limit=200, sort=DeploymentSort.NAME_ASC)
                    if d.name in wanted and d.updated is not None and d.updated >= started
                }
                time.sleep(1)
    finally:
        os.killpg(serve.pid, signal.SIGTERM)
        try:
            serve.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(serve.pid, signal.SIGKILL)
            serve.wait(10)
    assert serve.stdout is not None
    said = serve.stdout.read().decode(errors="replace")
    assert set(found) == wanted, f"deployments not registered; serve said: {said}"
    return found, said


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DONDOC_", "PREFECT_API_URL"))}
    env.update(DONDOC_HOME=str(tmp_path / "home"), PREFECT_SERVER_ANALYTICS_ENABLED="false", **extra)
    return env


def test_serve_registers_deployments_with_cron_in_ho_chi_minh_time(prefect_server: None, tmp_path: Path) -> None:
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL

    from dondoc.schedules import SEND_LIMITS, SPECS

    found, _said = _serve_until_registered(_env(tmp_path, PREFECT_API_URL=PREFECT_API_URL.value()))
    wanted = {spec.name: spec for spec in SPECS}
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


def test_serve_without_an_api_url_uses_the_prefect_server_already_on_its_port(
    prefect_server: None, tmp_path: Path
) -> None:
    """A serve killed with SIGKILL leaves its local Prefect server running (in a session of its own); the
    next serve finds it answering on the port and uses it, instead of starting a second one that could
    only fail on the port in use."""
    from prefect.settings import PREFECT_API_URL

    api = urlsplit(PREFECT_API_URL.value())
    assert api.hostname == "127.0.0.1" and api.port is not None, api
    _found, said = _serve_until_registered(_env(tmp_path), "--prefect-port", str(api.port))
    assert f"đã có máy chủ Prefect trả lời tại http://127.0.0.1:{api.port}/api, dùng máy chủ đó" in said, said
    assert "khởi động máy chủ Prefect cục bộ" not in said, said
    assert not (tmp_path / "home" / "logs" / "prefect-server.log").exists()
