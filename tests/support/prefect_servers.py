"""Real Prefect servers: the flow tests' test server on a database of their choice, and for the
scheduler tests ``dondoc serve`` starting its own, as an operator runs it, and a plain
``prefect server start``; read through the REST API."""

from __future__ import annotations

import inspect
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import httpx

from dondoc.cli.serve import wait_for_api
from tests.support.paths import REPO
from tests.support.servers import free_port


def child_env(home: Path, prefect_db_url: str | None = None, **extra: str) -> dict[str, str]:
    """The environment of a fresh operator: no PREFECT_API_URL, its own PREFECT_HOME and DONDOC_HOME."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DONDOC_", "PREFECT_"))}
    env.update(
        DONDOC_HOME=str(home / "dondoc"),
        PREFECT_HOME=str(home / "prefect"),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        **extra,
    )
    if prefect_db_url:
        env["PREFECT_API_DATABASE_CONNECTION_URL"] = prefect_db_url
    return env


def drain_prefect_workers() -> None:
    """Send the logs and events this process still holds to the Prefect server it points at now.

    Call it before that server stops: the log worker otherwise flushes later, fails, and writes
    "--- Error logging to API ---" into whatever stderr a later test has redirected.
    """
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker
    from prefect.utilities.asyncutils import run_coro_as_sync

    async def drain() -> None:
        try:
            logs = APILogWorker.instance().drain()
            if inspect.isawaitable(logs):
                await logs
        except RuntimeError:  # the log worker never started
            pass
        events = EventsWorker.drain_all()
        if inspect.isawaitable(events):
            await events

    run_coro_as_sync(drain())


@contextmanager
def prefect_test_server(database_url: str) -> Iterator[None]:
    """``prefect_test_harness`` with the server's state in ``database_url`` instead of a new SQLite file.

    The same steps as the harness of Prefect 3: a server subprocess on a free port, registered as the
    process's default server, PREFECT_API_URL pointing at it, logs and events drained before it stops.
    """
    import prefect
    from prefect.server.api.server import SubprocessASGIServer
    from prefect.server.database.dependencies import temporary_database_interface
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_DATABASE_CONNECTION_URL, temporary_settings

    with ExitStack() as stack:
        stack.enter_context(temporary_database_interface())
        stack.enter_context(temporary_settings(updates={PREFECT_SERVER_DATABASE_CONNECTION_URL: database_url}))
        server = SubprocessASGIServer(port=free_port())
        prior_default = SubprocessASGIServer._instances.get(None)
        SubprocessASGIServer._instances[None] = server
        server.start(timeout=120)
        try:
            stack.enter_context(temporary_settings(updates={PREFECT_API_URL: server.api_url}))
            stack.enter_context(
                prefect.context._temporary_global_settings_context(prefect.context.get_settings_context())
            )
            yield
            drain_prefect_workers()
        finally:
            server.stop()
            if prior_default is not None:
                SubprocessASGIServer._instances[None] = prior_default
            else:
                SubprocessASGIServer._instances.pop(None, None)


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a process started in its own session, then everything it started and left behind.

    SIGTERM goes to the process alone first, as ``kill PID`` or a container's stop sends it: ``dondoc
    serve`` then pauses its deployments on its local Prefect server and stops that server itself.
    Signalled together, the server went down first and serve's runner retried the pause against it
    until the 30-second SIGKILL, in every test that stops serve.
    """
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(10)
    try:
        os.killpg(process.pid, signal.SIGKILL)  # whatever it started and did not stop
    except ProcessLookupError:
        pass


@contextmanager
def dondoc_serve(home: Path, prefect_db_url: str | None = None) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """``dondoc serve --no-web`` with PREFECT_API_URL unset: it starts its own Prefect server."""
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    out = (home / "serve.out").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "dondoc", "serve", "--no-web", "--prefect-port", str(port)],
        cwd=REPO,
        env=child_env(home, prefect_db_url),
        stdout=out,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        wait_for_api(api, 120, process)
        yield api, process
    finally:
        stop(process)
        out.close()


@contextmanager
def plain_prefect_server(home: Path, **extra: str) -> Iterator[str]:
    """``prefect server start`` alone (e.g. with its scheduler switched off)."""
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    out = (home / "prefect-server.out").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=child_env(home, **extra),
        stdout=out,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        wait_for_api(api, 120, process)
        yield api
    finally:
        stop(process)
        out.close()


def post(api: str, path: str, body: dict[str, Any]) -> Any:
    response = httpx.post(f"{api}{path}", json=body, timeout=30)
    response.raise_for_status()
    return response.json()


def deployments(api: str) -> dict[str, dict[str, Any]]:
    """``flow/deployment`` → the deployment, as the API returns it.

    Deployments are listed before flows: a deployment registered between the two calls then
    still finds its flow (the other order raced with serve's registration under load).
    """
    found = post(api, "/deployments/filter", {"limit": 200})
    flows = {f["id"]: f["name"] for f in post(api, "/flows/filter", {"limit": 200})}
    return {f"{flows[d['flow_id']]}/{d['name']}": d for d in found if d["flow_id"] in flows}


def flow_runs(api: str, deployment_id: str, states: list[str] | None = None) -> list[dict[str, Any]]:
    runs: dict[str, Any] = {"deployment_id": {"any_": [deployment_id]}}
    if states:
        runs["state"] = {"type": {"any_": states}}
    return post(api, "/flow_runs/filter", {"flow_runs": runs, "limit": 200, "sort": "EXPECTED_START_TIME_ASC"})


def run_logs(api: str, flow_run_id: str) -> list[str]:
    logs = post(api, "/logs/filter", {"logs": {"flow_run_id": {"any_": [flow_run_id]}}, "limit": 200})
    return [f"{entry['name']}: {entry['message']}" for entry in logs]


def wait_for(what: str, check: Any, timeout: float, every: float = 2) -> Any:
    """Poll ``check()`` until it returns something truthy."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(every)
    raise AssertionError(f"{what}: not after {timeout:.0f} s")
