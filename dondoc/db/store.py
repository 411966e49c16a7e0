"""Opening the store the settings point at, migrated and ready."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from dondoc.db import migrate
from dondoc.db.engine import get_engine
from dondoc.errors import ConfigError
from dondoc.settings import Settings, get_settings


def open_store(settings: Settings | None = None) -> Engine:
    """The engine for the configured database.

    The embedded default is created and upgraded on first use (zero set-up);
    an external database must already be at the head revision, because
    upgrading production is an operator's decision (``dondoc db upgrade``).
    """
    settings = settings or get_settings()
    if settings.is_embedded:
        settings.ensure_home()
    engine = get_engine(settings.effective_database_url)
    try:
        up_to_date = migrate.is_up_to_date(engine)
    except OperationalError as exc:
        raise ConfigError(
            f"không kết nối được cơ sở dữ liệu {engine.url.render_as_string(hide_password=True)}: {exc.orig}"
        ) from exc
    if not up_to_date:
        if settings.is_embedded:
            migrate.upgrade(engine)
        else:
            raise ConfigError(
                "cơ sở dữ liệu chưa ở phiên bản mới nhất: hãy chạy `dondoc db upgrade` "
                f"(hiện tại {migrate.current_revision(engine) or 'trống'}, cần {migrate.head_revision(engine)})"
            )
    return engine
