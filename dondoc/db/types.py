"""Column types that keep time honest across SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.types import TypeDecorator


class NaiveDatetimeError(ValueError):
    """A datetime without a time zone reached the database: its meaning is unknown."""


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores aware datetimes as UTC and hands back aware UTC datetimes.

    SQLite has no time zone type and silently drops ``tzinfo``; PostgreSQL's
    ``timestamptz`` keeps the instant. Refusing naive values at bind time is what
    makes both stores agree: nobody can write "07:30" without saying where.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if not isinstance(value, dt.datetime):
            raise NaiveDatetimeError(f"expected a datetime, got {type(value).__name__}")
        if value.tzinfo is None or value.utcoffset() is None:
            raise NaiveDatetimeError(f"naive datetime {value.isoformat()} refused: give it a time zone")
        utc = value.astimezone(dt.UTC)
        if dialect.name == "sqlite":
            # stored as text without offset; it is UTC by construction
            return utc.replace(tzinfo=None)
        return utc

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


def utc_now_field(**kwargs: Any) -> Any:
    """A UTC instant column; the value is always given by the caller (no hidden clock).

    Returns ``Any``, as ``Field`` does: the attribute's annotation (``dt.datetime``) is its type."""
    from sqlmodel import Field

    return Field(sa_type=UTCDateTime, **kwargs)
