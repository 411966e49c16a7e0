"""Settings, read from the environment (prefix ``DONDOC_``) when asked for, never at import.

``DONDOC_HOME`` holds everything dondoc writes locally (the embedded SQLite
database, the folder channel's files, the web secret); ``DONDOC_DATABASE_URL`` overrides
the database, e.g. ``postgresql+psycopg://user@host/dondoc`` in production.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import time
from functools import lru_cache
from pathlib import Path

import platformdirs
from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from calendar_rules.vietnamese import TIMEZONE
from dondoc.errors import ConfigError
from notifications.endpoints import TELEGRAM_API_BASE, ZALO_API_BASE, ZALO_OAUTH_BASE


def _default_home() -> Path:
    return Path(platformdirs.user_data_dir("dondoc", appauthor=False))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DONDOC_", extra="ignore")

    home: Path = Field(default_factory=_default_home)
    database_url: str | None = None
    timezone: str = TIMEZONE
    base_url: str = "http://127.0.0.1:8080"
    secret_key: str | None = None
    link_ttl_days: int = 45  # one-click submission links expire this long after the message
    working_hours_start: dt.time = dt.time(7, 30)
    working_hours_end: dt.time = dt.time(17, 0)
    days_off_file: Path | None = None
    policies_dir: Path | None = None  # extra escalation policies (YAML), next to the built-in "default"
    chase_catch_up_days: int = 30  # a chase decides over at most this many days since the last completed one
    # Provider API bases: real services by default; tests and demos point them at localhost.
    telegram_api_base: str = TELEGRAM_API_BASE
    zalo_api_base: str = ZALO_API_BASE
    zalo_oauth_base: str = ZALO_OAUTH_BASE
    send_timeout_seconds: float = 10.0
    # Zalo OA quota as a send rate (Telegram is held to its documented ~30 messages/s by the channel).
    zalo_messages_per_second: float = 5.0
    # The Official Account's secret key (not the app secret): Zalo signs each webhook event with it.
    zalo_oa_secret_key: str | None = None

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        if not value.startswith(("sqlite", "postgresql")):
            raise ValueError("chỉ hỗ trợ sqlite:// hoặc postgresql+psycopg:// (only SQLite or PostgreSQL URLs)")
        return value

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.home / 'dondoc.sqlite3'}"

    @property
    def is_embedded(self) -> bool:
        """True when running on the zero-setup SQLite default."""
        return self.database_url is None

    @property
    def folder_dir(self) -> Path:
        """Where the folder channel (``folder://name``) writes: ``DONDOC_HOME/folder/name/``.

        Not ``outbox/``: the outbox is the database queue (docs/glossary.md). Installs from before
        this name kept their files in ``DONDOC_HOME/outbox/``; nothing reads them from there.
        """
        return self.home / "folder"

    def ensure_home(self) -> Path:
        self.home.mkdir(parents=True, exist_ok=True)
        return self.home

    def web_secret(self) -> str:
        """The HMAC secret: from settings, else created once and kept in DONDOC_HOME.

        Read once per file and process (a feed signs hundreds of links per render).
        Created with O_EXCL so two processes starting at once agree on one secret.
        """
        if self.secret_key:
            return self.secret_key
        path = self.ensure_home() / "secret.key"
        return _secret_from_file(str(path))


@lru_cache(maxsize=16)
def _secret_from_file(path: str) -> str:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_urlsafe(48))
    for _ in range(50):  # another process may have created it and not yet written it
        value = Path(path).read_text().strip()
        if value:
            return value
        time.sleep(0.02)
    raise ConfigError(f"tệp khóa bí mật {path} rỗng; xóa tệp để tạo lại hoặc đặt DONDOC_SECRET_KEY")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Validate the environment once, on first use; raise ConfigError in plain words."""
    try:
        return Settings()
    except ValidationError as exc:
        problems = "; ".join(f"DONDOC_{'_'.join(map(str, e['loc'])).upper()}: {e['msg']}" for e in exc.errors())
        raise ConfigError(f"cấu hình không hợp lệ: {problems}") from exc


def reset_settings_cache() -> None:
    """Tests and the CLI change the environment; forget the cached settings."""
    get_settings.cache_clear()
