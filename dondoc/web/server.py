"""Running the web app under uvicorn: in the foreground (``dondoc web``) or in a
background thread next to the Prefect runner (``dondoc serve``)."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

import uvicorn
from fastapi import FastAPI

from dondoc.settings import Settings, get_settings


def _config(
    host: str, port: int, settings: Settings | None, log_level: str, app: FastAPI | None = None
) -> uvicorn.Config:
    from dondoc.web.app import create_app

    app = app or create_app(settings or get_settings())
    # proxy_headers: behind nginx/Caddy the client address and scheme come from X-Forwarded-*.
    return uvicorn.Config(app, host=host, port=port, log_level=log_level, proxy_headers=True, access_log=False)


def run(
    host: str = "127.0.0.1",
    port: int = 8000,
    settings: Settings | None = None,
    *,
    log_level: str = "info",
    app: FastAPI | None = None,
) -> None:
    """Serve until interrupted (Ctrl+C); uvicorn handles the signals in the main thread."""
    uvicorn.Server(_config(host, port, settings, log_level, app)).run()


@dataclass
class ServerHandle:
    """A uvicorn server running in a daemon thread; ``stop()`` shuts it down cleanly."""

    server: uvicorn.Server
    thread: threading.Thread
    host: str
    port: int

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def stop(self, timeout: float = 10.0) -> None:
        """Ask uvicorn to finish in-flight requests and exit, then join its thread."""
        self.server.should_exit = True
        self.thread.join(timeout)


def run_in_thread(
    host: str,
    port: int,
    settings: Settings | None = None,
    *,
    log_level: str = "warning",
    start_timeout: float = 30.0,
    app: FastAPI | None = None,
) -> ServerHandle:
    """Start the app in a daemon thread and return once it listens (or raise).

    uvicorn installs signal handlers only in the main thread, so the caller
    (``dondoc serve``) keeps Ctrl+C for itself and stops this server via the handle.
    """
    server = uvicorn.Server(_config(host, port, settings, log_level, app))
    thread = threading.Thread(target=server.run, name=f"dondoc-web-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError(f"ứng dụng web không khởi động được tại {host}:{port}")
        if time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"ứng dụng web chưa sẵn sàng tại {host}:{port} sau {start_timeout:.0f} giây")
        time.sleep(0.02)
    return ServerHandle(server, thread, host, port)
