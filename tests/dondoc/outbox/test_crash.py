"""A sender killed with SIGKILL mid-batch loses nothing; duplicates stay inside the documented window."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import select
from sqlmodel import Session

from dondoc.db.models import HistoryEvent, Message
from notifications.message import message_id
from tests.support.cli import Cli
from tests.support.outbox import add_channel, kill_midway_unreaped, queue
from tests.support.servers import SmtpSink
from tests.support.stores import Store

INFLIGHT = 20


@pytest.mark.parametrize(
    ("total", "kill_at", "reaped"),
    [
        pytest.param(1000, 300, True, id="reaped"),
        # a zombie still answers kill(pid, 0), as an orphan does for good under a PID 1 that never
        # reaps: its claims must not wait out the lease (minutes)
        pytest.param(300, 60, False, id="zombie"),
    ],
)
def test_sigkill_mid_batch_then_restart_delivers_every_message(
    cli: Cli, store: Store, total: int, kill_at: int, reaped: bool
) -> None:
    with SmtpSink() as sink:
        channel = add_channel(store.engine, sink.url())
        keys = queue(store.engine, channel, total)
        store.engine.dispose()

        send = ["outbox", "send", "--force", "--inflight", str(INFLIGHT)]
        received_at_kill, killed = kill_midway_unreaped(send, cli.env(), sink, kill_at, 120)
        try:
            if reaped:
                killed.wait()
            assert kill_at <= received_at_kill < total
            with Session(store.engine) as session:
                claimed = session.execute(select(Message.claimed_by).where(Message.status == "sending")).scalars()
                assert any(c and f":{killed.pid}:" in c for c in claimed), "the killed sender held no claim"

            restart = cli("outbox", "send", "--force", "--inflight", str(INFLIGHT))
            assert restart.code == 0, restart.stderr
            assert "phục hồi" in restart.stdout
        finally:
            killed.wait()
        counts = Counter(m.message["Message-ID"] for m in sink.messages)

    expected = {message_id(k): k for k in keys}
    assert set(counts) == set(expected), "a message is missing"
    duplicated = {expected[mid] for mid, n in counts.items() if n > 1}
    assert all(n <= 2 for n in counts.values())
    assert len(duplicated) <= INFLIGHT

    with Session(store.engine) as session:
        rows = session.execute(select(Message.key, Message.status, Message.possibly_duplicate)).all()
        assert {str(r.status) for r in rows} == {"sent"}
        flagged = {r.key for r in rows if r.possibly_duplicate}
        assert duplicated <= flagged, "a duplicate was not marked as possibly duplicated"
        assert len(flagged) <= INFLIGHT
        history = (
            session.execute(select(HistoryEvent.details).where(HistoryEvent.kind == "message_possibly_duplicate"))
            .scalars()
            .all()
        )
        assert len(history) == len(flagged)
