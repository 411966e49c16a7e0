"""``dondoc db``: the schema of the configured database."""

from __future__ import annotations

import typer

from dondoc.db import migrate
from dondoc.db.engine import get_engine
from dondoc.settings import get_settings

app = typer.Typer(help="Cơ sở dữ liệu: nâng cấp lược đồ, xem phiên bản.", no_args_is_help=True)


@app.command()
def upgrade() -> None:
    """Apply every migration up to head (SQLite or the PostgreSQL in DONDOC_DATABASE_URL)."""
    settings = get_settings()
    if settings.is_embedded:
        settings.ensure_home()
    engine = get_engine(settings.effective_database_url)
    migrate.upgrade(engine)
    typer.echo(
        f"Đã nâng cấp {engine.url.render_as_string(hide_password=True)} lên phiên bản {migrate.current_revision(engine)}."
    )


@app.command()
def current() -> None:
    """Show the database URL (password hidden) and its schema revision."""
    settings = get_settings()
    engine = get_engine(settings.effective_database_url)
    rev = migrate.current_revision(engine)
    head = migrate.head_revision(engine)
    state = "mới nhất" if rev == head else f"cần nâng cấp lên {head}"
    typer.echo(f"{engine.url.render_as_string(hide_password=True)}: phiên bản {rev or 'trống'} ({state})")
