"""A channel flagged after a permanent error can be put back: by a command, or by fixing its URL in the tree."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import select
from sqlmodel import Session

from dondoc.db.models import Contact, ContactChannel, HistoryEvent
from dondoc.doctor import check_flagged_channels
from dondoc.org.importer import import_tree
from dondoc.org.registry import load_org_file
from dondoc.settings import Settings
from tests.support.cli import Cli
from tests.support.paths import REPO, written
from tests.support.stores import Store

SMALL = REPO / "tests" / "fixtures" / "org" / "small_tree.yaml"
T0 = dt.datetime(2023, 6, 26, 1, 0, tzinfo=dt.UTC)
MAIL = "mailto://vanphong:matkhau-bi-mat@example.com?smtp=127.0.0.1"


def _import(store: Store, path: Path) -> None:
    with Session(store.engine) as session:
        import_tree(session, load_org_file(path), at=T0, actor="test")
        session.commit()


def _flag_mail_channel(store: Store) -> int:
    """What delivery does after a permanent error (e.g. 550 no such user)."""
    with Session(store.engine) as session:
        channel = session.execute(select(ContactChannel).where(ContactChannel.url == MAIL)).scalar_one()
        channel.flagged_at, channel.flag_reason = T0, "550 5.1.1 no such user"
        session.add(channel)
        session.commit()
        return channel.id  # type: ignore[return-value]


def _channels_of_office(store: Store) -> list[ContactChannel]:
    with Session(store.engine) as session:
        return list(
            session.execute(
                select(ContactChannel)
                .join(Contact, Contact.id == ContactChannel.contact_id)  # type: ignore[arg-type]
                .where(Contact.name == "Văn phòng Thị ủy", ContactChannel.active == True)
                .order_by(ContactChannel.id)
            ).scalars()
        )


def _invoke(monkeypatch: pytest.MonkeyPatch, cli: Cli, *args: str) -> SimpleNamespace:
    """The CLI in-process on the test's home and store (``tests.support.Cli``), as CliRunner shapes it."""
    result = cli(*args)
    return SimpleNamespace(exit_code=result.code, output=result.stdout + result.stderr)


def test_channel_reset_unflags_and_org_show_and_doctor_say_so(
    monkeypatch: pytest.MonkeyPatch, cli: Cli, store: Store
) -> None:
    _import(store, SMALL)
    channel_id = _flag_mail_channel(store)
    settings = Settings(home=cli.home, database_url=cli.database_url)

    shown = _invoke(monkeypatch, cli, "org", "show", "thi-uy-duc-pho")
    assert shown.exit_code == 0, shown.output
    assert f"#{channel_id} email" in shown.output
    assert "ĐÃ GẮN CỜ từ 26/06/2023 08:00: 550 5.1.1 no such user" in shown.output
    assert f"dondoc org channel-reset thi-uy-duc-pho {channel_id}" in shown.output
    finding = check_flagged_channels(settings)
    assert finding.warning and "Thị ủy Đức Phổ" in finding.detail and "550 5.1.1" in finding.detail
    assert "matkhau-bi-mat" not in shown.output + finding.detail

    reset = _invoke(monkeypatch, cli, "org", "channel-reset", "thi-uy-duc-pho", f"#{channel_id}")
    assert reset.exit_code == 0, reset.output
    assert "Đã gỡ cờ 1 kênh của Thị ủy Đức Phổ" in reset.output
    assert all(c.flagged_at is None and c.flag_reason is None for c in _channels_of_office(store))
    assert not check_flagged_channels(settings).warning
    again = _invoke(monkeypatch, cli, "org", "channel-reset", "thi-uy-duc-pho")
    assert "không có kênh nào bị gắn cờ" in again.output
    with Session(store.engine) as session:
        events = session.execute(select(HistoryEvent).where(HistoryEvent.kind == "channel_unflagged")).scalars().all()
        assert [(e.committee_id, e.actor != "") for e in events] == [("thi-uy-duc-pho", True)]


def test_reimport_with_a_changed_url_leaves_no_flagged_channel_and_the_same_url_keeps_the_flag(
    store: Store, tmp_path: Path
) -> None:
    _import(store, SMALL)
    _flag_mail_channel(store)
    _import(store, SMALL)  # nothing changed: whatever broke the address is still there
    assert [c.flag_reason for c in _channels_of_office(store) if c.kind == "email"] == ["550 5.1.1 no such user"]

    fixed = written(tmp_path / "fixed.yaml", SMALL.read_text(encoding="utf-8").replace("vanphong:", "vanphong-moi:"))
    _import(store, fixed)
    mail = [c for c in _channels_of_office(store) if c.kind == "email"]
    assert len(mail) == 1 and "vanphong-moi" in mail[0].url and mail[0].flagged_at is None

    _import(store, SMALL)  # the old address comes back: it is tried again, not left flagged
    mail = [c for c in _channels_of_office(store) if c.kind == "email"]
    assert [(c.url, c.flagged_at) for c in mail] == [(MAIL, None)]


@pytest.mark.parametrize("word", ["folder", "outbox"])  # "outbox": the folder channel's older name, still read
def test_channel_reset_by_kind_reads_the_folder_channel_by_its_name_and_its_older_one(
    monkeypatch: pytest.MonkeyPatch, cli: Cli, store: Store, word: str
) -> None:
    _import(store, SMALL)  # the tree writes the folder channel as outbox://, stored as the kind "folder"
    with Session(store.engine) as session:
        folder = session.execute(
            select(ContactChannel).where(ContactChannel.url == "outbox://thi-uy-duc-pho")
        ).scalar_one()
        assert folder.kind == "folder"
        folder.flagged_at, folder.flag_reason = T0, "thư mục không ghi được"
        session.add(folder)
        session.commit()
        folder_id = folder.id
    reset = _invoke(monkeypatch, cli, "org", "channel-reset", "thi-uy-duc-pho", word)
    assert reset.exit_code == 0, reset.output
    assert f"#{folder_id} folder: outbox://thi-uy-duc-pho" in reset.output
    assert all(c.flagged_at is None for c in _channels_of_office(store))
