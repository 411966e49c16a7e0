"""Sending what the outbox holds, each logical message once.

The protocol, per chunk of at most ``inflight`` messages:

1. **claim** — one conditional ``UPDATE message SET status='sending' ... WHERE
   id IN (...) AND status='queued' RETURNING ...``. Two senders (threads,
   processes, Prefect workers) can never claim the same row: the second one's
   ``status='queued'`` test fails. PostgreSQL adds ``FOR UPDATE SKIP LOCKED``
   so concurrent senders take different rows instead of waiting.
2. **send** — outside any transaction, grouped by channel kind so a channel can
   reuse its connections across the whole chunk.
3. **mark** — one transaction records every outcome (sent / retry later /
   failed) with the provider's secret-free answer and a history event each.

The remaining at-least-once window is between a provider accepting a message
and step 3 committing. A sender killed inside it leaves rows in ``sending``;
``recover_stale_claims`` puts them back in the queue flagged
``possibly_duplicate`` (and says so in the history), so nothing is lost and
at most ``inflight`` messages per killed sender can arrive twice.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy import and_, bindparam, or_, select, update
from sqlalchemy.engine import Engine
from sqlmodel import Session

from dondoc.db.models import ContactChannel, Message, MessageStatus
from dondoc.history import Event, append_events


class OutgoingLike(Protocol):
    key: str


class BatchSender(Protocol):
    """What delivery needs of a channel: send a batch, then be closed."""

    def send_batch(self, messages: list) -> list:  # list[DeliveryReceipt | DeliveryError]
        ...

    def close(self) -> None: ...


ChannelFactory = Callable[[str], BatchSender]
"""Builds a sender for one apprise URL (the real one: ``notifications.channel_for``)."""

MessageBuilder = Callable[["ClaimedMessage"], object]
"""Turns a claimed row into the channel's message object (``OutgoingMessage``)."""


@dataclass(frozen=True)
class RetryPolicy:
    """Transient failures retry with exponential backoff up to ``max_attempts``."""

    max_attempts: int = 5
    base_delay: dt.timedelta = dt.timedelta(minutes=1)
    max_delay: dt.timedelta = dt.timedelta(hours=1)

    def delay(self, attempts: int, retry_after: float | None) -> dt.timedelta:
        backoff = min(self.base_delay * (2 ** max(attempts - 1, 0)), self.max_delay)
        if retry_after is not None:
            return max(backoff, dt.timedelta(seconds=retry_after))
        return backoff


@dataclass(frozen=True)
class ClaimedMessage:
    id: int
    key: str
    url: str
    url_redacted: str
    channel_kind: str
    channel_id: int | None
    recipient_id: str | None
    occurrence_id: int | None
    subject: str
    body_text: str
    body_html: str | None
    short_text: str | None
    attempts: int
    possibly_duplicate: bool


@dataclass
class DeliveryReport:
    claimed: int = 0
    sent: int = 0
    retried: int = 0
    failed: int = 0
    recovered: int = 0
    by_channel: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    failures: list[tuple[str, str]] = field(default_factory=list)

    def merge(self, other: DeliveryReport) -> None:
        self.claimed += other.claimed
        self.sent += other.sent
        self.retried += other.retried
        self.failed += other.failed
        self.recovered += other.recovered
        for kind, n in other.by_channel.items():
            self.by_channel[kind] += n
        self.failures.extend(other.failures)


def new_worker_id() -> str:
    """``host:pid:random``: lets a sender on the same host see that a claimer died."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _claimer_is_dead(claimed_by: str | None) -> bool:
    """True when the claimer ran on this host and its process no longer exists."""
    if not claimed_by:
        return True
    parts = claimed_by.split(":")
    if len(parts) != 3 or parts[0] != socket.gethostname():
        return False
    try:
        pid = int(parts[1])
    except ValueError:
        return False
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def recover_stale_claims(engine: Engine, *, at: dt.datetime, lease: dt.timedelta, actor: str) -> int:
    """Requeue messages left in ``sending`` by a sender that died or outlived its lease.

    They may have reached the provider before the crash, so they are flagged
    ``possibly_duplicate`` and the history says so: auditors see exactly which
    messages a receiver might have got twice.
    """
    with Session(engine) as session:
        rows = session.execute(
            select(
                Message.id,
                Message.key,
                Message.claimed_by,
                Message.claimed_at,
                Message.occurrence_id,
                Message.recipient_id,
                Message.channel_kind,
                Message.url_redacted,
            ).where(Message.status == MessageStatus.sending.value)
        ).all()
        stale = [
            r for r in rows if r.claimed_at is None or r.claimed_at <= at - lease or _claimer_is_dead(r.claimed_by)
        ]
        if not stale:
            return 0
        ids = [r.id for r in stale]
        session.execute(
            update(Message)
            .where(Message.id.in_(ids), Message.status == MessageStatus.sending.value)  # type: ignore[attr-defined]
            .values(status=MessageStatus.queued.value, possibly_duplicate=True, claimed_by=None, next_attempt_at=None)
        )
        append_events(
            session,
            [
                Event(
                    at=at,
                    kind="message_possibly_duplicate",
                    actor=actor,
                    occurrence_id=r.occurrence_id,
                    committee_id=r.recipient_id,
                    recipient=r.url_redacted,
                    channel=str(r.channel_kind),
                    outcome="gửi lại: tiến trình gửi trước đã dừng giữa chừng, người nhận có thể nhận hai lần",
                    details={"message_key": r.key, "claimed_by": r.claimed_by},
                )
                for r in stale
            ],
        )
        session.commit()
        return len(stale)


def claim_batch(
    engine: Engine, *, worker_id: str, at: dt.datetime, limit: int, channel_kinds: Sequence[str] | None = None
) -> list[ClaimedMessage]:
    """Atomically move up to ``limit`` due messages from queued to sending for this worker."""
    due = and_(
        Message.status == MessageStatus.queued.value,
        or_(Message.next_attempt_at.is_(None), Message.next_attempt_at <= at),  # type: ignore[union-attr]
    )
    candidates = select(Message.id).where(due).order_by(Message.id).limit(limit)
    if channel_kinds:
        candidates = candidates.where(Message.channel_kind.in_(list(channel_kinds)))  # type: ignore[attr-defined]
    if engine.dialect.name == "postgresql":
        # A CTE is evaluated once. (``IN (SELECT ... LIMIT n FOR UPDATE SKIP LOCKED)``
        # can be rescanned by the planner and then claims far more than n rows.)
        claimable = candidates.with_for_update(skip_locked=True).cte("claimable")
        chosen = Message.id == claimable.c.id
    else:
        chosen = Message.id.in_(candidates.scalar_subquery())  # type: ignore[attr-defined]
    statement = (
        update(Message)
        .where(chosen, Message.status == MessageStatus.queued.value)
        .values(status=MessageStatus.sending.value, claimed_by=worker_id, claimed_at=at, attempts=Message.attempts + 1)
        .returning(Message.id)
    )
    with Session(engine) as session:
        ids = list(session.execute(statement).scalars().all())
        session.commit()
        if not ids:
            return []
        rows = session.execute(
            select(Message, ContactChannel.url)
            .join(ContactChannel, ContactChannel.id == Message.channel_id, isouter=True)  # type: ignore[arg-type]
            .where(Message.id.in_(ids))  # type: ignore[attr-defined]
            .order_by(Message.id)
        ).all()
    return [
        ClaimedMessage(
            id=m.id,
            key=m.key,
            url=url or m.url_redacted,
            url_redacted=m.url_redacted,
            channel_kind=str(m.channel_kind),
            channel_id=m.channel_id,
            recipient_id=m.recipient_id,
            occurrence_id=m.occurrence_id,
            subject=m.subject,
            body_text=m.body_text,
            body_html=m.body_html,
            short_text=m.short_text,
            attempts=m.attempts,
            possibly_duplicate=m.possibly_duplicate,
        )
        for m, url in rows
    ]


@dataclass(frozen=True)
class Outcome:
    message: ClaimedMessage
    ok: bool
    permanent: bool = False
    retry_after: float | None = None
    answer: str = ""


def _classify(message: ClaimedMessage, result: object) -> Outcome:
    """A receipt is success; an exception is a failure, permanent only when it says so
    (an unexpected error such as a refused connection is worth retrying)."""
    if isinstance(result, BaseException):
        return Outcome(
            message,
            ok=False,
            permanent=bool(getattr(result, "permanent", False)),
            retry_after=getattr(result, "retry_after", None),
            answer=str(getattr(result, "provider_answer", "") or f"{type(result).__name__}: {result}"),
        )
    answer = getattr(result, "provider_answer", None) or getattr(result, "answer", None) or "accepted"
    return Outcome(message, ok=True, answer=str(answer))


def _scheme(url: str) -> str:
    return url.split("://", 1)[0].lower()


class SenderPool:
    """One sender per channel scheme for a delivery run: a channel sends any URL of its
    kind and reuses connections across contacts (one SMTP session per server, one
    rate limiter per bot)."""

    def __init__(self, factory: ChannelFactory):
        self._factory = factory
        self._senders: dict[str, BatchSender] = {}

    def get(self, url: str) -> BatchSender:
        scheme = _scheme(url)
        sender = self._senders.get(scheme)
        if sender is None:
            sender = self._senders[scheme] = self._factory(url)
        return sender

    def close(self) -> None:
        for sender in self._senders.values():
            try:
                sender.close()
            except Exception:  # closing must not hide the run's real outcome
                pass
        self._senders.clear()


def send_claimed(claimed: Sequence[ClaimedMessage], pool: SenderPool, build: MessageBuilder) -> list[Outcome]:
    """Send one chunk, grouped by channel scheme; a channel that cannot even be built fails its messages."""
    by_scheme: dict[str, list[ClaimedMessage]] = defaultdict(list)
    for message in claimed:
        by_scheme[_scheme(message.url)].append(message)
    outcomes: list[Outcome] = []
    for group in by_scheme.values():
        try:
            sender = pool.get(group[0].url)
            results = sender.send_batch([build(m) for m in group])
        except Exception as exc:  # a broken channel must not lose the chunk's bookkeeping
            results = [exc] * len(group)
        outcomes.extend(_classify(m, r) for m, r in zip(group, results))
    return outcomes


def mark_outcomes(
    engine: Engine, outcomes: Iterable[Outcome], *, worker_id: str, at: dt.datetime, retry: RetryPolicy, actor: str
) -> DeliveryReport:
    """Record every outcome of a chunk, and its history, in one transaction."""
    report = DeliveryReport()
    sent_rows: list[dict[str, object]] = []
    requeue_rows: list[dict[str, object]] = []
    failed_rows: list[dict[str, object]] = []
    flag_rows: list[dict[str, object]] = []
    events: list[Event] = []
    for outcome in outcomes:
        m = outcome.message
        report.by_channel[m.channel_kind] += 1
        if outcome.ok:
            report.sent += 1
            sent_rows.append({"mid": m.id, "answer": outcome.answer})
            kind, text = "message_sent", "đã gửi"
        elif not outcome.permanent and m.attempts < retry.max_attempts:
            report.retried += 1
            requeue_rows.append(
                {"mid": m.id, "answer": outcome.answer, "next_at": at + retry.delay(m.attempts, outcome.retry_after)}
            )
            kind, text = "message_retry", f"lỗi tạm thời, sẽ gửi lại (lần {m.attempts}/{retry.max_attempts})"
        else:
            report.failed += 1
            failed_rows.append({"mid": m.id, "answer": outcome.answer})
            report.failures.append((m.key, outcome.answer))
            if outcome.permanent and m.channel_id is not None:
                flag_rows.append({"cid": m.channel_id, "reason": outcome.answer[:500]})
            kind = "message_failed"
            text = "lỗi vĩnh viễn, không gửi lại" if outcome.permanent else f"thất bại sau {m.attempts} lần thử"
        events.append(
            Event(
                at=at,
                kind=kind,
                actor=actor,
                occurrence_id=m.occurrence_id,
                committee_id=m.recipient_id,
                recipient=m.url_redacted,
                channel=m.channel_kind,
                outcome=text,
                details={
                    "message_key": m.key,
                    "answer": outcome.answer[:500],
                    "attempt": m.attempts,
                    "possibly_duplicate": m.possibly_duplicate,
                },
            )
        )
    # Core statements (executemany); the ORM cannot bulk-update with extra WHERE criteria.
    msg = Message.__table__  # type: ignore[attr-defined]
    chan = ContactChannel.__table__  # type: ignore[attr-defined]
    mine = and_(
        msg.c.id == bindparam("mid"), msg.c.status == MessageStatus.sending.value, msg.c.claimed_by == worker_id
    )
    with Session(engine) as session:
        conn = session.connection()
        if sent_rows:
            conn.execute(
                update(msg)
                .where(mine)
                .values(status=MessageStatus.sent.value, sent_at=at, provider_answer=bindparam("answer"), error=None),
                sent_rows,
            )
        if requeue_rows:
            conn.execute(
                update(msg)
                .where(mine)
                .values(
                    status=MessageStatus.queued.value,
                    next_attempt_at=bindparam("next_at"),
                    error=bindparam("answer"),
                    claimed_by=None,
                ),
                requeue_rows,
            )
        if failed_rows:
            conn.execute(
                update(msg).where(mine).values(status=MessageStatus.failed.value, error=bindparam("answer")),
                failed_rows,
            )
        if flag_rows:
            conn.execute(
                update(chan)
                .where(chan.c.id == bindparam("cid"), chan.c.flagged_at.is_(None))
                .values(flagged_at=at, flag_reason=bindparam("reason")),
                flag_rows,
            )
        append_events(session, events)
        session.commit()
    return report


def deliver_pending(
    engine: Engine,
    *,
    channel_factory: ChannelFactory,
    build: MessageBuilder,
    at: dt.datetime,
    actor: str,
    worker_id: str | None = None,
    inflight: int = 20,
    limit: int | None = None,
    lease: dt.timedelta = dt.timedelta(minutes=10),
    retry: RetryPolicy = RetryPolicy(),
    channel_kinds: Sequence[str] | None = None,
    clock: Callable[[], dt.datetime] | None = None,
    on_chunk: Callable[[DeliveryReport], None] | None = None,
) -> DeliveryReport:
    """Send every due message: recover stale claims, then claim/send/mark chunk by chunk.

    ``at`` is the instant of the run; ``clock`` (optional) refreshes it between
    chunks so long runs record real send times. ``inflight`` bounds how many
    messages can be delivered-but-unrecorded if this process is killed.
    """
    worker_id = worker_id or new_worker_id()
    report = DeliveryReport()
    report.recovered = recover_stale_claims(engine, at=at, lease=lease, actor=actor)
    pool = SenderPool(channel_factory)
    try:
        while limit is None or report.claimed < limit:
            now = clock() if clock else at
            size = inflight if limit is None else min(inflight, limit - report.claimed)
            claimed = claim_batch(engine, worker_id=worker_id, at=now, limit=size, channel_kinds=channel_kinds)
            if not claimed:
                break
            outcomes = send_claimed(claimed, pool, build)
            chunk = mark_outcomes(
                engine, outcomes, worker_id=worker_id, at=clock() if clock else now, retry=retry, actor=actor
            )
            chunk.claimed = len(claimed)
            report.merge(chunk)
            if on_chunk:
                on_chunk(report)
    finally:
        pool.close()
    return report
