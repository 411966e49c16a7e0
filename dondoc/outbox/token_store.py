"""Refreshed Zalo tokens kept in the database, for several workers on several machines.

A Zalo refresh token is single-use, so two workers must never refresh the same
OA at once: the refresh runs under a PostgreSQL advisory lock held on its own
connection. (The embedded SQLite default uses ``notifications.tokens.FileTokenStore``
under DONDOC_HOME instead: one machine, file locks suffice.)
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Iterator

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from dondoc.db.models import KeyValue
from notifications.tokens import ZaloTokens


def _kv_key(key: str) -> str:
    return "zalo-token:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


class DatabaseTokenStore:
    def __init__(self, engine: Engine):
        self.engine = engine

    def load(self, key: str) -> ZaloTokens | None:
        with Session(self.engine) as session:
            row = session.get(KeyValue, _kv_key(key))
            if row is None:
                return None
            try:
                return ZaloTokens(**json.loads(row.value))
            except (TypeError, ValueError):
                return None

    def save(self, key: str, tokens: ZaloTokens) -> None:
        with Session(self.engine) as session:
            row = session.get(KeyValue, _kv_key(key)) or KeyValue(
                key=_kv_key(key), value="", updated_at=dt.datetime.now(dt.UTC)
            )
            row.value = json.dumps(dataclasses.asdict(tokens))
            # the instant of a token write is bookkeeping, not domain time
            row.updated_at = dt.datetime.now(dt.UTC)
            session.add(row)
            session.commit()

    @contextlib.contextmanager
    def lock(self, key: str) -> Iterator[None]:
        if self.engine.dialect.name != "postgresql":
            yield
            return
        lock_id = int(hashlib.sha256(key.encode()).hexdigest()[:15], 16)
        with self.engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": lock_id})
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": lock_id})
                conn.commit()
