"""``dondoc outbox send`` refuses numbers that would claim the whole queue, in one Vietnamese line."""

from __future__ import annotations

import sys

import pytest
from sqlalchemy import func, select
from sqlmodel import Session

from dondoc.cli.main import run
from dondoc.db.models import Message
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
    queue(store.engine, channel, 30, kind="outbox")
    code = _run(monkeypatch, cli, "outbox", "send", "--force", option, value)
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert err == f"Lỗi: {option} phải là số nguyên từ 1 trở lên (nhận được {value})"
    with Session(store.engine) as session:
        statuses = session.execute(select(Message.status, func.count()).group_by(Message.status)).all()
    assert [(str(s), n) for s, n in statuses] == [("queued", 30)]
