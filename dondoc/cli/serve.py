"""``dondoc serve``: register and serve the scheduled flows (and the web app).

Against the Prefect server in ``PREFECT_API_URL`` when set; otherwise it starts
a local one (``prefect server start`` on 127.0.0.1), writes that server's log
to ``DONDOC_HOME/logs/prefect-server.log`` (an operator reads why a schedule
did not fire there) and stops it on exit. This command is the only place in
``dondoc`` that imports ``flows`` (flows depend on dondoc, not the reverse).
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import time
from functools import partial
from pathlib import Path
from typing import Annotated

import typer

from dondoc.errors import DondocError
from dondoc.settings import get_settings

# dondoc's own loggers are shipped to the Prefect run's log, beside the flows' lines.
EXTRA_LOGGERS = "dondoc"


def register(app: typer.Typer) -> None:
    app.command("serve", help="Đăng ký và chạy các flow theo lịch (giờ Asia/Ho_Chi_Minh) cùng ứng dụng web.")(serve)


def wait_for_api(
    url: str, timeout: float, server: subprocess.Popen[bytes] | None = None, log: Path | None = None
) -> None:
    """Return once the Prefect API at ``url`` answers ``/health``; fail if ``server`` (the process
    that serves it) stops first, or after ``timeout`` seconds."""
    where = f"; xem nhật ký: {log}" if log else ""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server is not None and server.poll() is not None:
            raise DondocError(f"máy chủ Prefect cục bộ đã dừng (mã {server.returncode}){where}")
        if answers(url):
            return
        time.sleep(0.5)
    raise DondocError(f"máy chủ Prefect ở {url} không trả lời sau {timeout:.0f} giây{where}")


def answers(url: str) -> bool:
    """Whether a Prefect API already answers ``/health`` at ``url``."""
    import httpx

    try:
        return httpx.get(f"{url}/health", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def server_log_path() -> Path:
    """Where the local Prefect server's output goes: ``DONDOC_HOME/logs/prefect-server.log``."""
    logs = get_settings().ensure_home() / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    return logs / "prefect-server.log"


_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _dies_with(parent: int) -> None:
    """In the server's child, before exec: the kernel sends it SIGTERM when serve dies, however it dies (a SIGKILL
    runs no ``finally``, and the server's own session keeps it from the signals of serve's group). Linux only; if
    serve died before the request took effect, the child stops at once."""
    if sys.platform == "linux":
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:
        os._exit(1)


def _start_local_prefect(port: int, log: Path) -> subprocess.Popen[bytes]:
    """The local Prefect server, in a session of its own.

    A terminal's Ctrl+C signals the whole foreground process group. Were the server in serve's
    group, it would go down at the same moment as serve, whose runner then retried pausing its
    deployments against the dying server for minutes, with a traceback. Apart, the server keeps
    answering while serve pauses its deployments, and serve stops it afterwards (``_stop_local``); a serve that is
    killed outright takes it along (``_dies_with``).
    """
    env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false")
    with log.open("ab") as out:  # the child keeps its own handle
        return subprocess.Popen(
            [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=partial(_dies_with, os.getpid()),
        )


def _stop_local(server: subprocess.Popen[bytes], grace: float = 30) -> None:
    """Stop the local server and whatever it started (its session): SIGTERM, then SIGKILL after ``grace``."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(server.pid, sig)
        except ProcessLookupError:
            return
        try:
            server.wait(grace)
            return
        except subprocess.TimeoutExpired:
            continue


def serve(
    web: Annotated[
        bool, typer.Option("--web/--no-web", help="Chạy cả ứng dụng web (lịch iCal, trang trạng thái).")
    ] = True,
    web_port: Annotated[int, typer.Option(help="Cổng của ứng dụng web.")] = 8080,
    prefect_port: Annotated[
        int, typer.Option(help="Cổng của máy chủ Prefect cục bộ (khi chưa đặt PREFECT_API_URL).")
    ] = 4200,
    pool: Annotated[
        str | None,
        typer.Option(
            "--pool",
            help="Chỉ đăng ký deployment vào work pool này (các worker `prefect worker start --pool` sẽ chạy), rồi thoát.",
        ),
    ] = None,
) -> None:
    local, log = None, None
    os.environ.setdefault("PREFECT_LOGGING_EXTRA_LOGGERS", EXTRA_LOGGERS)
    api_url = os.environ.get("PREFECT_API_URL")
    if not api_url:
        api_url = f"http://127.0.0.1:{prefect_port}/api"
        if answers(api_url):
            # a server left by a serve that was killed (SIGKILL stops serve, not the server in its own
            # session) or started by hand: starting another would only fail on the port in use
            typer.echo(f"Chưa đặt PREFECT_API_URL: đã có máy chủ Prefect trả lời tại {api_url}, dùng máy chủ đó.")
        else:
            log = server_log_path()
            typer.echo(f"Chưa đặt PREFECT_API_URL: khởi động máy chủ Prefect cục bộ tại {api_url} ...")
            typer.echo(f"Nhật ký máy chủ Prefect: {log}")
            local = _start_local_prefect(prefect_port, log)
        os.environ["PREFECT_API_URL"] = api_url
    web_server = None
    try:
        wait_for_api(api_url, 90, local, log)
        if pool:
            from flows.deployments import deploy_to_pool

            ids = deploy_to_pool(pool)
            typer.echo(
                f"Đã đăng ký {len(ids)} deployment vào work pool '{pool}'. Khởi động worker: prefect worker start --pool {pool}"
            )
            return
        if web:
            from dondoc.web.server import run_in_thread

            web_server = run_in_thread("127.0.0.1", web_port)
            typer.echo(f"Ứng dụng web: {web_server.url}")
        from prefect import serve as prefect_serve

        from flows.deployments import runner_deployments

        typer.echo(f"Giao diện Prefect: {api_url.removesuffix('/api')}  (Deployments, Flow runs, Artifacts)")
        prefect_serve(*runner_deployments(), print_starting_message=True)
    finally:
        if web_server is not None:
            web_server.stop()
        if local is not None:
            _stop_local(local)
