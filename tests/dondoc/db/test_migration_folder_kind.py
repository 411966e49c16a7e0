"""Migration 0004_folder_kind: the folder channel's stored kind goes from 'outbox' to 'folder' and back."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from dondoc.db import migrate
from dondoc.db.engine import make_engine
from dondoc.db.models import Committee, Contact, ContactChannel
from tests.support.outbox import T0, queue
from tests.support.stores import create_pg_database, downgrade, drop_pg_database

UNIT = "dang-uy-xa-pho-an"
BEFORE = "0003_tally"


def _channel(session: Session, contact_id: int, kind: str, url: str) -> int:
    row = ContactChannel(contact_id=contact_id, kind=kind, url=url, url_redacted=url)  # type: ignore[arg-type]
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id


def _stored_kinds(engine: Engine) -> tuple[list[str], list[str]]:
    with engine.connect() as conn:
        channels = conn.execute(text("SELECT kind FROM contact_channel ORDER BY id")).scalars().all()
        messages = conn.execute(text("SELECT channel_kind FROM message ORDER BY id")).scalars().all()
    return list(channels), list(messages)


def _stored_urls(engine: Engine) -> list[tuple[str, str]]:
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT url, url_redacted FROM contact_channel ORDER BY id")).all()
    return [(url, redacted) for url, redacted in rows]


def _rewrites_the_stored_folder_kind(engine: Engine) -> None:
    migrate.upgrade(engine, BEFORE)
    with Session(engine) as session:  # rows as a database written before the rename holds them
        session.add(Committee(id=UNIT, name="Đảng ủy xã Phổ An", kind="dang_uy_co_so", path=f"/{UNIT}/", updated_at=T0))
        session.flush()
        contact = Contact(committee_id=UNIT, name="Văn phòng")
        session.add(contact)
        session.flush()
        assert contact.id is not None
        folder = _channel(session, contact.id, "outbox", f"outbox://{UNIT}")
        email = _channel(session, contact.id, "email", "mailto://vp@example.org")
        session.commit()
    queue(engine, folder, 2, kind="outbox")
    queue(engine, email, 1, kind="email", step="remind-1")
    assert _stored_kinds(engine) == (["outbox", "email"], ["outbox", "outbox", "email"])

    migrate.upgrade(engine)
    assert migrate.is_up_to_date(engine)
    assert _stored_kinds(engine) == (["folder", "email"], ["folder", "folder", "email"])
    new_urls = [(f"folder://{UNIT}", f"folder://{UNIT}"), ("mailto://vp@example.org", "mailto://vp@example.org")]
    assert _stored_urls(engine) == new_urls  # re-importing the tree (now folder://) finds the same channel
    downgrade(engine, BEFORE)
    assert _stored_kinds(engine) == (["outbox", "email"], ["outbox", "outbox", "email"])
    assert _stored_urls(engine) == new_urls  # folder:// was read before this revision too
    migrate.upgrade(engine)
    assert _stored_kinds(engine) == (["folder", "email"], ["folder", "folder", "email"])
    engine.dispose()


def test_the_folder_kind_is_rewritten_on_sqlite(tmp_path: Path) -> None:
    _rewrites_the_stored_folder_kind(make_engine(f"sqlite:///{tmp_path / 'kind.sqlite3'}"))


@pytest.mark.postgres
def test_the_folder_kind_is_rewritten_on_postgresql(postgres_server: str) -> None:
    url = create_pg_database(postgres_server)
    try:
        _rewrites_the_stored_folder_kind(make_engine(url))
    finally:
        drop_pg_database(postgres_server, url)
