"""``dondoc outbox send`` refuses numbers that would claim the whole queue, in one Vietnamese line."""

from __future__ import annotations

import json
import sys

import pytest
from sqlalchemy import func, select, update
from sqlmodel import Session

from dondoc.cli.main import run
from dondoc.db.models import HistoryEvent, Message, MessageStatus
from tests.support.cli import Cli
from tests.support.outbox import add_channel, queue
from tests.support.stores import Store


def _run(monkeypatch: pytest.MonkeyPatch, cli: Cli, *args: str) -> int:
    """The real entry point, in process, as a shell would call it."""
    for name, value in cli.env().items():
        if name.startswith("DONDOC_"):
            monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "argv", ["dondoc", *args])
    with pytest.raises(SystemExit) as ended:
        run()
    return int(ended.value.code or 0)


@pytest.mark.parametrize(
    ("option", "value"), [("--inflight", "-5"), ("--inflight", "0"), ("--limit", "0"), ("--limit", "-1")]
)
def test_a_count_below_one_is_refused_before_anything_is_claimed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], cli: Cli, store: Store, option: str, value: str
) -> None:
    channel = add_channel(store.engine, "folder://thu-nghiem")
    queue(store.engine, channel, 30, kind="folder")
    code = _run(monkeypatch, cli, "outbox", "send", "--force", option, value)
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert err == f"Lỗi: {option} phải là số nguyên từ 1 trở lên (nhận được {value})"
    with Session(store.engine) as session:
        statuses = session.execute(select(Message.status, func.count()).group_by(Message.status)).all()
    assert [(str(s), n) for s, n in statuses] == [("queued", 30)]


def test_retry_requeues_a_failed_message_and_files_the_event_under_its_recipient(
    monkeypatch: pytest.MonkeyPatch, cli: Cli, store: Store
) -> None:
    channel = add_channel(store.engine, "folder://thu-nghiem")
    (key,) = queue(store.engine, channel, 1, kind="folder")
    with Session(store.engine) as session:
        session.execute(update(Message).values(status=MessageStatus.failed.value, attempts=3, error="lỗi"))
        session.commit()
    assert _run(monkeypatch, cli, "outbox", "retry") == 0
    with Session(store.engine) as session:
        message = session.execute(select(Message)).scalar_one()
        event = session.execute(select(HistoryEvent).where(HistoryEvent.kind == "message_requeued")).scalar_one()
    assert (str(message.status), message.attempts, message.error) == ("queued", 0, None)
    assert (event.occurrence_id, event.committee_id, event.recipient, event.channel) == (
        message.occurrence_id,
        message.recipient_id,
        message.url_redacted,
        "folder",  # the channel's kind, as the message stores it
    )
    assert json.loads(event.details) == {"message_key": key}
