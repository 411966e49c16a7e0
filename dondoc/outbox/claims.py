"""Taking messages out of the queue and giving back the ones a sender could not finish.

A claim is one conditional ``UPDATE message SET status='sending' ... WHERE id IN
(...) AND status='queued' RETURNING ...``: two senders (threads, processes,
Prefect workers) can never claim the same row, because the second one's
``status='queued'`` test fails. PostgreSQL adds ``FOR UPDATE SKIP LOCKED`` so
concurrent senders take different rows instead of waiting. The RETURNING clause
carries everything sending needs (the content and the channel's URL), so a claim
is one statement and its commit.

A claim carries a lease: a sender that dies, or outlives the lease, leaves rows
in ``sending`` that ``recover_stale_claims`` puts back (flagged
``possibly_duplicate``); a sender that stops early on purpose gives its unsent
rows back with ``release_claims``, which burns no attempt.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.engine import Engine, Row
from sqlmodel import Session, col

from dondoc.db.models import ContactChannel, Message, MessageStatus
from dondoc.history import append_events
from dondoc.history.events import message_event


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

    @classmethod
    def from_row(cls, row: Message | Row[Any], url: str | None) -> ClaimedMessage:
        """A claimed ``message`` row (or the claim's RETURNING row), every field copied by name; ``url``
        is its channel's real URL (the redacted one when the channel row is gone), the kind is its
        plain string."""
        copied = {f.name: getattr(row, f.name) for f in fields(cls) if f.name not in ("url", "channel_kind")}
        return cls(**copied, url=url or row.url_redacted, channel_kind=str(row.channel_kind))


_CLAIMED_COLUMNS = tuple(getattr(Message, f.name) for f in fields(ClaimedMessage) if f.name != "url")
"""The columns a claimed message is sent from (with its channel's URL)."""


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
    return _is_zombie(pid)


def _is_zombie(pid: int) -> bool:
    """A killed process whose parent has not reaped it still answers ``kill(pid, 0)``.

    In a container whose PID 1 does not reap orphans, a killed sender stays a zombie for good:
    its claims would wait out the whole lease. Linux shows the state in /proc; elsewhere
    (no /proc) the lease is the only test.
    """
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    # "pid (comm) S …": comm may hold spaces or parentheses, so the state follows the last ")"
    state = stat[stat.rfind(")") + 2 :][:1]
    return state in ("Z", "X")


def recover_stale_claims(engine: Engine, *, at: dt.datetime, lease: dt.timedelta, actor: str) -> int:
    """Requeue messages left in ``sending`` by a sender that died or outlived its lease.

    They may have reached the provider before the crash, so they are flagged
    ``possibly_duplicate`` and the history says so: auditors see exactly which
    messages a receiver might have got twice.
    """
    with Session(engine) as session:
        rows = session.execute(
            select(
                col(Message.id),
                col(Message.key),
                col(Message.claimed_by),
                col(Message.claimed_at),
                col(Message.occurrence_id),
                col(Message.recipient_id),
                col(Message.channel_kind),
                col(Message.url_redacted),
            ).where(col(Message.status) == MessageStatus.sending.value)
        ).all()
        stale = [
            r for r in rows if r.claimed_at is None or r.claimed_at <= at - lease or _claimer_is_dead(r.claimed_by)
        ]
        if not stale:
            return 0
        ids = [r.id for r in stale]
        session.execute(
            update(Message)
            .where(col(Message.id).in_(ids), col(Message.status) == MessageStatus.sending.value)
            .values(status=MessageStatus.queued.value, possibly_duplicate=True, claimed_by=None, next_attempt_at=None)
        )
        append_events(
            session,
            [
                message_event(
                    r,
                    "message_possibly_duplicate",
                    at=at,
                    actor=actor,
                    outcome="gửi lại: tiến trình gửi trước đã dừng giữa chừng, người nhận có thể nhận hai lần",
                    details={"claimed_by": r.claimed_by},
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
    if limit < 1:  # a LIMIT of zero or less would claim the whole queue on some databases
        return []
    due = and_(
        col(Message.status) == MessageStatus.queued.value,
        or_(col(Message.next_attempt_at).is_(None), col(Message.next_attempt_at) <= at),
    )
    candidates = select(col(Message.id)).where(due).order_by(col(Message.id)).limit(limit)
    if channel_kinds:
        candidates = candidates.where(col(Message.channel_kind).in_(list(channel_kinds)))
    if engine.dialect.name == "postgresql":
        # A CTE is evaluated once. (``IN (SELECT ... LIMIT n FOR UPDATE SKIP LOCKED)``
        # can be rescanned by the planner and then claims far more than n rows.)
        claimable = candidates.with_for_update(skip_locked=True).cte("claimable")
        chosen = col(Message.id) == claimable.c.id
    else:
        chosen = col(Message.id).in_(candidates.scalar_subquery())
    channel_url = select(col(ContactChannel.url)).where(col(ContactChannel.id) == col(Message.channel_id))
    statement = (
        update(Message)
        .where(chosen, col(Message.status) == MessageStatus.queued.value)
        .values(
            status=MessageStatus.sending.value, claimed_by=worker_id, claimed_at=at, attempts=col(Message.attempts) + 1
        )
        # what sending needs comes back with the claim itself: one statement, no second read
        .returning(*_CLAIMED_COLUMNS, channel_url.scalar_subquery().label("url"))
        .execution_options(synchronize_session=False)
    )
    with Session(engine) as session:
        rows = session.execute(statement).all()
        session.commit()
    # RETURNING has no order; sending goes by id
    return [ClaimedMessage.from_row(m, m.url) for m in sorted(rows, key=lambda row: row.id)]


def release_claims(engine: Engine, messages: Sequence[ClaimedMessage], *, worker_id: str) -> int:
    """Give back claimed messages that were never handed to a provider.

    Nothing was attempted, so the attempt the claim counted is undone and no
    flag is set: the next run sends them as if this one had not claimed them.
    """
    if not messages:
        return 0
    with Session(engine) as session:
        result = session.execute(
            update(Message)
            .where(
                col(Message.id).in_([m.id for m in messages]),
                col(Message.status) == MessageStatus.sending.value,
                col(Message.claimed_by) == worker_id,
            )
            .values(status=MessageStatus.queued.value, claimed_by=None, attempts=col(Message.attempts) - 1)
        )
        session.commit()
        return int(result.rowcount or 0)  # type: ignore[attr-defined]  # an UPDATE gives a CursorResult; Session types it as Result
