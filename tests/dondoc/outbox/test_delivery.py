"""Claim, send, mark: every queued message reaches a real server once, outcomes recorded."""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter

from sqlalchemy import func, select
from sqlmodel import Session

from dondoc.db.models import ContactChannel, HistoryEvent, Message
from dondoc.history import verify_chain
from dondoc.outbox.delivery import RetryPolicy
from notifications.message import message_id
from tests.support.outbox import T0, add_channel, deliver, make_settings, queue
from tests.support.servers import Answer, FakeTelegramApi, SmtpSink
from tests.support.stores import Store


def _statuses(store: Store) -> Counter:
    with Session(store.engine) as session:
        return Counter(
            {str(s): n for s, n in session.execute(select(Message.status, func.count()).group_by(Message.status)).all()}
        )


def test_every_queued_email_arrives_once_with_its_key_as_message_id(store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with SmtpSink() as sink:
        channel = add_channel(store.engine, sink.url())
        keys = queue(store.engine, channel, 30)
        report = deliver(store, make_settings(tmp_path), inflight=10)
        assert report.sent == 30 and report.failed == 0
        received = Counter(m.message["Message-ID"] for m in sink.messages)
        assert received == Counter({message_id(k): 1 for k in keys})
        assert sink.messages[0].message["Subject"].startswith("Nhắc việc: báo cáo quý II/2023")

        again = deliver(store, make_settings(tmp_path))
        assert again.claimed == 0 and sink.received == 30
    assert _statuses(store) == Counter({"sent": 30})
    with Session(store.engine) as session:
        assert session.execute(select(func.count()).where(HistoryEvent.kind == "message_sent")).scalar() == 30
        assert verify_chain(session).ok


def test_two_senders_at_once_never_send_the_same_message(store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with SmtpSink() as sink:
        channel = add_channel(store.engine, sink.url())
        keys = queue(store.engine, channel, 200)
        settings = make_settings(tmp_path)
        reports = []

        def run() -> None:
            reports.append(deliver(store, settings, inflight=7))

        threads = [threading.Thread(target=run) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        received = Counter(m.message["Message-ID"] for m in sink.messages)
    assert sum(r.sent for r in reports) == 200
    assert received == Counter({message_id(k): 1 for k in keys})
    assert _statuses(store) == Counter({"sent": 200})


def test_transient_failures_retry_with_backoff_then_are_recorded_failed(store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with FakeTelegramApi() as api:
        api.script(*[Answer(500, {"ok": False, "error_code": 500, "description": "Internal Server Error"})] * 3)
        channel = add_channel(store.engine, api.url(1001))
        queue(store.engine, channel, 1, kind="telegram")
        retry = RetryPolicy(max_attempts=3, base_delay=dt.timedelta(minutes=1))
        first = deliver(store, make_settings(tmp_path, api), retry=retry)
        assert first.retried == 1 and first.sent == 0
        assert (
            deliver(store, make_settings(tmp_path, api), at=T0 + dt.timedelta(seconds=30), retry=retry).claimed == 0
        )  # backoff not over
        second = deliver(store, make_settings(tmp_path, api), at=T0 + dt.timedelta(minutes=1), retry=retry)
        assert second.retried == 1
        third = deliver(store, make_settings(tmp_path, api), at=T0 + dt.timedelta(minutes=3), retry=retry)
        assert third.failed == 1
        assert len(api.requests) == 3
    with Session(store.engine) as session:
        message = session.execute(select(Message)).scalar_one()
        assert str(message.status) == "failed" and message.attempts == 3
        kinds = [k for (k,) in session.execute(select(HistoryEvent.kind).order_by(HistoryEvent.id))]
        assert kinds == ["message_retry", "message_retry", "message_failed"]
        assert session.get(ContactChannel, channel).flagged_at is None  # transient: channel not blamed


def test_retry_after_of_a_429_is_honoured(store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with FakeTelegramApi() as api:
        api.script(
            Answer(
                429,
                {
                    "ok": False,
                    "error_code": 429,
                    "description": "Too Many Requests: retry after 600",
                    "parameters": {"retry_after": 600},
                },
            )
        )
        channel = add_channel(store.engine, api.url(1001))
        queue(store.engine, channel, 1, kind="telegram")
        deliver(store, make_settings(tmp_path, api))
        with Session(store.engine) as session:
            message = session.execute(select(Message)).scalar_one()
            assert message.next_attempt_at is not None
            assert message.next_attempt_at >= T0 + dt.timedelta(seconds=600)
        assert deliver(store, make_settings(tmp_path, api), at=T0 + dt.timedelta(seconds=599)).claimed == 0
        assert deliver(store, make_settings(tmp_path, api), at=T0 + dt.timedelta(seconds=600)).sent == 1


def test_a_permanent_failure_is_recorded_at_once_and_flags_the_channel(store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with FakeTelegramApi() as api:
        channel = add_channel(store.engine, api.url(4242))  # unknown chat
        queue(store.engine, channel, 2, kind="telegram")
        report = deliver(store, make_settings(tmp_path, api))
        assert report.failed == 2 and report.retried == 0
        assert len(api.requests) == 2
    with Session(store.engine) as session:
        flagged = session.get(ContactChannel, channel)
        assert flagged is not None and flagged.flagged_at is not None
        assert "chat not found" in (flagged.flag_reason or "")
        assert api.token not in (flagged.flag_reason or "")
        errors = [m.error for m in session.execute(select(Message)).scalars()]
        assert all(e and api.token not in e for e in errors)


def test_a_claim_takes_no_more_than_its_limit(store: Store) -> None:
    from dondoc.outbox.delivery import claim_batch

    channel = add_channel(store.engine, "folder://thu-nghiem")
    queue(store.engine, channel, 50, kind="folder")
    claimed = claim_batch(store.engine, worker_id="w1", at=T0, limit=7)
    assert len(claimed) == 7
    assert _statuses(store) == Counter({"queued": 43, "sending": 7})
