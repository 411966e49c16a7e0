"""``dondoc web``: serve the web app (iCal feeds, pages) in the foreground."""

from __future__ import annotations

from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    app.command("web", help="Chạy ứng dụng web (lịch iCal, trang tình hình) cho đến khi nhấn Ctrl+C.")(web)


def web(
    host: Annotated[
        str, typer.Option("--host", help="Địa chỉ lắng nghe (0.0.0.0 để mở cho mạng ngoài).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Cổng lắng nghe.")] = 8080,
) -> None:
    from dondoc.settings import get_settings
    from dondoc.web.server import run

    settings = get_settings()
    typer.echo(f"Ứng dụng web: http://{host}:{port}  (địa chỉ công khai trong liên kết: {settings.base_url})")
    run(host, port, settings)
