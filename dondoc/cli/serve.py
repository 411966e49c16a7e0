"""``dondoc serve``: register and serve the scheduled flows (and the web app).

Against the Prefect server in ``PREFECT_API_URL`` when set; otherwise it starts
a local one (``prefect server start`` on 127.0.0.1) and stops it on exit.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from typing import Annotated

import typer

from dondoc.errors import DondocError


def register(app: typer.Typer) -> None:
    app.command("serve", help="Đăng ký và chạy các flow theo lịch (giờ Asia/Ho_Chi_Minh) cùng ứng dụng web.")(serve)


def _wait_for_api(url: str, timeout: float) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise DondocError(f"máy chủ Prefect ở {url} không trả lời sau {timeout:.0f} giây")


def _start_local_prefect(port: int) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false")
    return subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


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
    local = None
    api_url = os.environ.get("PREFECT_API_URL")
    if not api_url:
        api_url = f"http://127.0.0.1:{prefect_port}/api"
        typer.echo(f"Chưa đặt PREFECT_API_URL: khởi động máy chủ Prefect cục bộ tại {api_url} ...")
        local = _start_local_prefect(prefect_port)
        os.environ["PREFECT_API_URL"] = api_url
    try:
        _wait_for_api(api_url, 90)
        if pool:
            from flows.deployments import deploy_to_pool

            ids = deploy_to_pool(pool)
            typer.echo(
                f"Đã đăng ký {len(ids)} deployment vào work pool '{pool}'. Khởi động worker: prefect worker start --pool {pool}"
            )
            return
        if web:
            _start_web(web_port)
        from prefect import serve as prefect_serve

        from flows.deployments import runner_deployments

        typer.echo(f"Giao diện Prefect: {api_url.removesuffix('/api')}  (Deployments, Flow runs, Artifacts)")
        prefect_serve(*runner_deployments(), print_starting_message=True)
    finally:
        if local is not None:
            local.terminate()
            local.wait(30)


def _start_web(port: int) -> None:
    try:
        from dondoc.web.server import run_in_thread  # type: ignore[import-not-found]
    except ImportError:
        typer.echo("Ứng dụng web chưa có trong bản này; chỉ chạy các flow.")
        return
    thread = threading.Thread(target=run_in_thread, args=("127.0.0.1", port), daemon=True)
    thread.start()
    typer.echo(f"Ứng dụng web: http://127.0.0.1:{port}")
