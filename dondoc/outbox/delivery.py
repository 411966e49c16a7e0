"""Sending what the outbox holds, each logical message once.

The protocol, per chunk of at most ``inflight`` messages:

1. **claim** (``claims.claim_batch``) — a conditional update moves queued rows
   to ``sending`` for this worker; two senders never claim the same row.
2. **send** — outside any transaction, one message at a time through one
   channel per URL scheme, which keeps its connections open across the chunk.
   A message whose send raises only fails itself. No new send starts once the
   claim's lease would run out before it ends (``send_timeout`` is the longest
   one send may take); the messages not started are given back to the queue
   without burning an attempt, so a hanging provider cannot make a chunk
   outlive its lease and be sent twice by another sender.
3. **sync** (``settle``) — each channel used makes the chunk durable once
   (``flush``: one directory fsync for the folder channel, nothing for the
   others). A message whose channel could not sync is not sent: it is
   retried like any transient failure.
4. **mark** (``marking.mark_outcomes``) — one transaction records every
   outcome (sent / retry later / failed) with the provider's secret-free
   answer and a history event each.

The remaining at-least-once window is between a provider accepting a message
and step 4 committing. A sender killed inside it leaves rows in ``sending``;
``recover_stale_claims`` puts them back in the queue flagged
``possibly_duplicate`` (and says so in the history), so nothing is lost and
at most ``inflight`` messages per killed sender can arrive twice. A message
whose acceptance reply was lost after its content was sent is flagged the
same way.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from typing import Protocol

from sqlalchemy.engine import Engine

from dondoc.outbox.claims import (
    ClaimedMessage,
    claim_batch,
    new_worker_id,
    recover_stale_claims,
    release_claims,
)
from dondoc.outbox.marking import Outcome, RetryPolicy, classify, mark_outcomes
from dondoc.outbox.report import DeliveryReport

__all__ = [
    "BatchSender",
    "ChannelFactory",
    "ClaimedMessage",
    "DeliveryReport",
    "MessageBuilder",
    "Outcome",
    "RetryPolicy",
    "SenderPool",
    "claim_batch",
    "deliver_pending",
    "mark_outcomes",
    "new_worker_id",
    "recover_stale_claims",
    "send_claimed",
    "settle",
]

LEASE_SHARE_FOR_SENDING = 0.9
"""Sends must end within this share of the lease; the rest is left for recording the outcomes."""


class BatchSender(Protocol):
    """What delivery needs of a channel: send a batch, make it durable, then be closed."""

    def send_batch(self, messages: list) -> list:  # list[DeliveryReceipt | DeliveryError]
        ...

    def flush(self) -> None: ...

    def close(self) -> None: ...


ChannelFactory = Callable[[str], BatchSender]
"""Builds a sender for one apprise URL (the real one: ``notifications.channel_for``)."""

MessageBuilder = Callable[[ClaimedMessage], object]
"""Turns a claimed row into the channel's message object (``OutgoingMessage``)."""


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

    def flush(self) -> dict[str, Exception]:
        """Flush every sender once; the schemes whose flush failed, with why."""
        failures: dict[str, Exception] = {}
        for scheme, sender in self._senders.items():
            try:
                sender.flush()
            except Exception as exc:
                failures[scheme] = exc
        return failures

    def close(self) -> None:
        for sender in self._senders.values():
            try:
                sender.close()
            except Exception:  # closing must not hide the run's real outcome
                pass
        self._senders.clear()


def _send_one(message: ClaimedMessage, pool: SenderPool, build: MessageBuilder) -> Outcome:
    """Send one message; whatever it raises is its own outcome, never the chunk's."""
    try:
        results = pool.get(message.url).send_batch([build(message)])
        result: object = results[0] if results else RuntimeError("the channel returned no result")
    except Exception as exc:
        result = exc
    return classify(message, result)


def send_claimed(
    claimed: Sequence[ClaimedMessage],
    pool: SenderPool,
    build: MessageBuilder,
    *,
    may_start: Callable[[], bool] = lambda: True,
) -> tuple[list[Outcome], list[ClaimedMessage]]:
    """Send a chunk in order while ``may_start()``; return the outcomes and the messages not started."""
    outcomes: list[Outcome] = []
    for position, message in enumerate(claimed):
        if position and not may_start():  # the first always goes: its own timeout bounds it
            return outcomes, list(claimed[position:])
        outcomes.append(_send_one(message, pool, build))
    return outcomes, []


def settle(outcomes: Sequence[Outcome], pool: SenderPool) -> list[Outcome]:
    """Sync the chunk at each channel once; a message whose channel failed to sync is not sent.

    It takes the sync's error as its outcome (retried when transient), so it
    is never recorded as sent and never lost.
    """
    failures = pool.flush()
    return [
        classify(o.message, failures[_scheme(o.message.url)]) if o.ok and _scheme(o.message.url) in failures else o
        for o in outcomes
    ]


def _within(budget: float, monotonic: Callable[[], float]) -> Callable[[], bool]:
    """True while less than ``budget`` seconds have passed since this call (the claim)."""
    started = monotonic()
    return lambda: monotonic() - started <= budget


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
    send_timeout: float = 10.0,
    retry: RetryPolicy = RetryPolicy(),
    channel_kinds: Sequence[str] | None = None,
    clock: Callable[[], dt.datetime] | None = None,
    monotonic: Callable[[], float] = time.monotonic,
    on_chunk: Callable[[DeliveryReport], None] | None = None,
) -> DeliveryReport:
    """Send every due message: recover stale claims, then claim/send/mark chunk by chunk.

    ``at`` is the instant of the run; ``clock`` (optional) refreshes it between
    chunks so long runs record real send times. ``inflight`` bounds how many
    messages can be delivered-but-unrecorded if this process is killed. A
    chunk that had to give messages back (its lease ran short) ends the run:
    the provider is slow now, and the next run will find them queued.
    """
    if inflight < 1:
        raise ValueError("inflight must be at least 1")
    worker_id = worker_id or new_worker_id()
    report = DeliveryReport()
    report.recovered = recover_stale_claims(engine, at=at, lease=lease, actor=actor)
    pool = SenderPool(channel_factory)
    budget = lease.total_seconds() * LEASE_SHARE_FOR_SENDING - send_timeout
    try:
        while limit is None or report.claimed < limit:
            now = clock() if clock else at
            size = inflight if limit is None else min(inflight, limit - report.claimed)
            claimed = claim_batch(engine, worker_id=worker_id, at=now, limit=size, channel_kinds=channel_kinds)
            if not claimed:
                break
            outcomes, unsent = send_claimed(claimed, pool, build, may_start=_within(budget, monotonic))
            chunk = mark_outcomes(
                engine,
                settle(outcomes, pool),
                worker_id=worker_id,
                at=clock() if clock else now,
                retry=retry,
                actor=actor,
            )
            chunk.claimed = len(claimed) - len(unsent)
            chunk.released = release_claims(engine, unsent, worker_id=worker_id)
            report.merge(chunk)
            if on_chunk:
                on_chunk(report)
            if unsent:
                break
    finally:
        pool.close()
    return report
