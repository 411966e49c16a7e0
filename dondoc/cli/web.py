"""``dondoc web``: serve the web app (iCal feeds, pages, the API) in the foreground."""

from __future__ import annotations

from typing import Annotated

import typer

from calendar_rules.vietnamese import format_day


def register(app: typer.Typer) -> None:
    app.command("web", help="Chạy ứng dụng web (lịch iCal, trang tình hình, API) cho đến khi nhấn Ctrl+C.")(web)


def web(
    host: Annotated[
        str, typer.Option("--host", help="Địa chỉ lắng nghe (0.0.0.0 để mở cho mạng ngoài).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Cổng lắng nghe.")] = 8080,
    today: Annotated[
        str | None,
        typer.Option(
            "--today",
            help="Xem như hôm nay là ngày này (dd/mm/yyyy). Mặc định: ngày cuối của bản minh họa nếu cơ sở dữ liệu chứa nó, nếu không thì hôm nay.",
        ),
    ] = None,
) -> None:
    from dondoc.chase.dates import parse_user_date
    from dondoc.clock import local_today
    from dondoc.db.store import open_store
    from dondoc.settings import get_settings
    from dondoc.web.app import create_app
    from dondoc.web.replay import demo_day, pin_day
    from dondoc.web.server import run

    settings = get_settings()
    engine = open_store(settings)
    app = create_app(settings, engine=engine)
    day = parse_user_date(today, "today") if today else demo_day(engine)
    if day is not None:
        pin_day(app, day, real_today=local_today(settings.timezone))
        why = "theo --today" if today else "ngày cuối của bản minh họa; đổi bằng --today"
        typer.echo(f"Trang và lịch tính theo ngày {format_day(day)} ({why}).")
    typer.echo(f"Ứng dụng web: http://{host}:{port}  (địa chỉ công khai trong liên kết: {settings.base_url})")
    run(host, port, settings, app=app)
