"""Fault injection against real local servers: no provider answer and no hanging server can jam the sender."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections import Counter

from sqlalchemy import select
from sqlmodel import Session

from dondoc.db.models import HistoryEvent, Message
from dondoc.outbox.claims import ClaimedMessage
from dondoc.outbox.sending import to_outgoing
from dondoc.settings import Settings
from tests.support.outbox import T0, add_channel, deliver, make_settings, queue
from tests.support.servers import DROP_AFTER_DATA, Answer, FakeTelegramApi, HangingServer, SmtpSink
from tests.support.stores import Store


def _deliver(store: Store, settings: Settings, at: dt.datetime = T0, build=to_outgoing, **kwargs):  # type: ignore[no-untyped-def]
    """A delivery whose sends give up after the settings' timeout (the faults tests hang servers)."""
    return deliver(store, settings, at, build, send_timeout=settings.send_timeout_seconds, **kwargs)


def _rows(store: Store) -> list[Message]:
    with Session(store.engine) as session:
        return list(session.execute(select(Message).order_by(Message.id)).scalars())  # type: ignore[arg-type]


def _too_many(retry_after: object = None, headers: dict[str, str] | None = None) -> Answer:
    parameters = {} if retry_after is None else {"parameters": {"retry_after": retry_after}}
    body = {"ok": False, "error_code": 429, "description": "Too Many Requests", **parameters}
    return Answer(429, body, headers=headers or {})


def test_retry_after_of_inf_nan_or_year_9999_is_clamped_and_the_others_are_sent(store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with FakeTelegramApi() as api:
        api.script(
            _too_many(float("inf")),
            _too_many(float("nan")),
            _too_many(headers={"Retry-After": "Fri, 31 Dec 9999 23:59:59 GMT"}),
            _too_many(headers={"Retry-After": "bientôt, vers midi"}),
        )
        channel = add_channel(store.engine, api.url(1001))
        queue(store.engine, channel, 6, kind="telegram")
        report = _deliver(store, make_settings(tmp_path, api))
        assert (report.retried, report.sent, report.failed) == (4, 2, 0)
    rows = _rows(store)
    assert Counter(str(r.status) for r in rows) == Counter({"queued": 4, "sent": 2})
    assert rows[3].next_attempt_at == T0 + dt.timedelta(minutes=1)  # an unreadable Retry-After is ignored
    inf_row, nan_row, far_row = rows[:3]
    assert inf_row.next_attempt_at == T0 + dt.timedelta(minutes=1)  # not a number: the ordinary backoff
    assert nan_row.next_attempt_at == T0 + dt.timedelta(minutes=1)
    assert far_row.next_attempt_at == T0 + dt.timedelta(days=1)  # believed up to one day


def test_an_answer_that_cannot_be_stored_fails_that_message_only(store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A NUL byte in a provider's answer is refused by PostgreSQL: that message fails, the chunk is recorded."""
    with FakeTelegramApi() as api:
        api.script(Answer(500, {"ok": False, "error_code": 500, "description": "Internal\x00Error"}))
        channel = add_channel(store.engine, api.url(1001))
        queue(store.engine, channel, 4, kind="telegram")
        report = _deliver(store, make_settings(tmp_path, api))
        assert report.sent == 3
    rows = _rows(store)
    assert [str(r.status) for r in rows[1:]] == ["sent"] * 3
    assert str(rows[0].status) in {"failed", "queued"}  # failed where the answer cannot be stored
    assert rows[0].error
    assert not any(str(r.status) == "sending" for r in rows)


def test_a_message_whose_send_raises_unexpectedly_fails_alone(store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with SmtpSink() as sink:
        channel = add_channel(store.engine, sink.url())
        keys = queue(store.engine, channel, 5)

        def build(message: ClaimedMessage) -> object:
            if message.key == keys[2]:
                raise UnicodeError("a stored body this sender cannot encode")
            return to_outgoing(message)

        report = _deliver(store, make_settings(tmp_path), build=build)
        assert (report.sent, report.failed) == (4, 1)
        assert sink.received == 4
    failed = [r for r in _rows(store) if str(r.status) == "failed"]
    assert [r.key for r in failed] == [keys[2]]
    assert "UnicodeError" in (failed[0].error or "")


def test_a_lost_reply_to_data_flags_the_message_possibly_duplicate(store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with SmtpSink() as sink:
        sink.data_answers.append(DROP_AFTER_DATA)
        channel = add_channel(store.engine, sink.url())
        keys = queue(store.engine, channel, 3)
        first = _deliver(store, make_settings(tmp_path))
        assert (first.retried, first.sent) == (1, 2)
        second = _deliver(store, make_settings(tmp_path), at=T0 + dt.timedelta(minutes=2))
        assert second.sent == 1
        delivered = Counter(m.message["X-Dondoc-Key"] for m in sink.messages)
    assert delivered[keys[0]] == 2  # it had arrived; the resend is the flagged duplicate
    rows = _rows(store)
    assert [r.possibly_duplicate for r in rows] == [True, False, False]
    assert all(str(r.status) == "sent" for r in rows)
    with Session(store.engine) as session:
        events = session.execute(
            select(HistoryEvent.details).where(HistoryEvent.kind == "message_possibly_duplicate")
        ).scalars()
        assert [json.loads(e)["message_key"] for e in events] == [keys[0]]


def test_a_421_opens_a_new_session_instead_of_failing_the_next_messages(store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with SmtpSink() as sink:
        sink.data_answers.append("421 4.3.2 Service shutting down")
        channel = add_channel(store.engine, sink.url())
        queue(store.engine, channel, 4)
        report = _deliver(store, make_settings(tmp_path))
        assert (report.retried, report.sent, report.failed) == (1, 3, 0)
        assert sink.connections == 2
    rows = _rows(store)
    assert "421" in (rows[0].error or "")
    assert all("connect()" not in (r.error or "") for r in rows)
    assert [r.attempts for r in rows] == [1, 1, 1, 1]


def test_a_hanging_smtp_server_costs_one_timeout_not_one_per_message(store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with HangingServer() as server:
        channel = add_channel(store.engine, server.smtp_url())
        queue(store.engine, channel, 30)
        started = time.monotonic()
        report = _deliver(store, make_settings(tmp_path, timeout=0.5), inflight=30)
        elapsed = time.monotonic() - started
    assert report.retried == 30
    assert elapsed < 5, f"a hanging server held the sender {elapsed:.1f} s"
    assert {str(r.status) for r in _rows(store)} == {"queued"}


def test_a_claim_stops_sending_before_its_lease_runs_out(store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Each send hangs until its 0.3 s timeout; the 2 s lease leaves room for a few, the rest go back."""
    with FakeTelegramApi() as api:
        api.script(*[Answer(200, {"ok": True, "result": {"message_id": 1}}, delay=1.0)] * 20)
        channel = add_channel(store.engine, api.url(1001))
        queue(store.engine, channel, 20, kind="telegram")
        report = _deliver(store, make_settings(tmp_path, api, timeout=0.3), inflight=20, lease=dt.timedelta(seconds=2))
    # No send starts once the lease has less than a send's timeout left, so none reaches the server
    # after the lease ends. The claim comes before the first send, so the lease ends at most 2 s after
    # the first request arrived. (Judged by the server's clock for each request, not by the run's own
    # set-up and recording, which a loaded machine slows down.)
    first = min(r.received_at for r in api.requests)
    late = [round(r.received_at - first, 2) for r in api.requests if r.received_at - first > 2]
    assert not late, f"requests arrived after the lease ended: {late} s after the first"
    assert report.released > 0 and report.retried + report.released == 20
    rows = _rows(store)
    tried = [r for r in rows if r.attempts == 1]
    given_back = [r for r in rows if r.attempts == 0]
    assert len(tried) == report.retried and len(given_back) == report.released
    assert all(str(r.status) == "queued" and r.next_attempt_at is not None for r in tried)
    assert all(str(r.status) == "queued" and r.next_attempt_at is None for r in given_back)
    assert not any(r.possibly_duplicate for r in rows)
