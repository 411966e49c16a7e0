"""What every flow needs: settings, the store, today in Asia/Ho_Chi_Minh."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.engine import Engine

from dondoc.clock import local_today
from dondoc.db.store import open_store
from dondoc.settings import Settings, get_settings


def store() -> tuple[Settings, Engine]:
    settings = get_settings()
    return settings, open_store(settings)


def resolve_day(day: dt.date | str | None) -> dt.date:
    """The flow's day: the parameter when given (re-runs, tests), else today in Hà Nội time."""
    if day is None or day == "":
        return local_today()
    if isinstance(day, str):
        return dt.date.fromisoformat(day)
    return day
