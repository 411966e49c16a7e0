"""Recording what happened to each claimed message: sent, retry later, or failed.

One transaction records a whole chunk (with a history event each). Nothing a
provider says may stop that: a ``retry_after`` of inf, nan or a date in year
9999 is clamped, and if the chunk's transaction still fails, each message is
recorded on its own, the one that cannot be recorded ending ``failed`` with
the error, so no message stays ``sending`` and none blocks the others.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import and_, bindparam, update
from sqlalchemy.engine import Engine
from sqlmodel import Session

from dondoc.db.models import ContactChannel, Message, MessageStatus
from dondoc.history import Event, append_events
from dondoc.history.events import message_event
from dondoc.outbox.claims import ClaimedMessage
from dondoc.outbox.report import DeliveryReport

MAX_RETRY_AFTER = dt.timedelta(days=1)
"""The longest a provider's Retry-After may push a message back; beyond that it is not believed."""


def finite_seconds(value: object) -> float | None:
    """``value`` as a usable number of seconds, or None (absent, negative, inf, nan, not a number)."""
    if value is None or isinstance(value, bool):
        return None
    try:
        seconds = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


@dataclass(frozen=True)
class RetryPolicy:
    """Transient failures retry with exponential backoff up to ``max_attempts``.

    A provider's ``retry_after`` is honoured up to ``max_retry_after``; one that
    is not a finite number falls back to the backoff.
    """

    max_attempts: int = 5
    base_delay: dt.timedelta = dt.timedelta(minutes=1)
    max_delay: dt.timedelta = dt.timedelta(hours=1)
    max_retry_after: dt.timedelta = MAX_RETRY_AFTER

    def delay(self, attempts: int, retry_after: float | None) -> dt.timedelta:
        exponent = min(max(attempts - 1, 0), 30)  # 2**30 minutes already exceeds any max_delay
        backoff = min(self.base_delay * (2**exponent), self.max_delay)
        seconds = finite_seconds(retry_after)
        if seconds is None:
            return backoff
        return max(backoff, min(dt.timedelta(seconds=min(seconds, 1e9)), self.max_retry_after))


@dataclass(frozen=True)
class Outcome:
    message: ClaimedMessage
    ok: bool
    permanent: bool = False
    retry_after: float | None = None
    answer: str = ""
    possibly_delivered: bool = False
    unexpected: bool = False
    provider_id: str | None = None


def classify(message: ClaimedMessage, result: object) -> Outcome:
    """A receipt is success; a delivery error says itself whether it is permanent.

    Any other exception is a fault of the channel code, not of the provider:
    an ``OSError`` (network) is worth retrying, anything else fails the
    message at once, without blaming the contact channel.
    """
    if isinstance(result, BaseException):
        from notifications.errors import DeliveryError

        unexpected = not isinstance(result, (DeliveryError, OSError))
        answer = str(getattr(result, "provider_answer", "") or f"{type(result).__name__}: {result}")
        return Outcome(
            message,
            ok=False,
            permanent=bool(getattr(result, "permanent", False)),
            retry_after=finite_seconds(getattr(result, "retry_after", None)),
            answer=answer,
            possibly_delivered=bool(getattr(result, "possibly_delivered", False)),
            unexpected=unexpected,
        )
    answer = getattr(result, "provider_answer", None) or getattr(result, "answer", None) or "accepted"
    provider_id = getattr(result, "provider_id", None)
    return Outcome(message, ok=True, answer=str(answer), provider_id=str(provider_id) if provider_id else None)


@dataclass
class _Row:
    """One message's planned update and its history event."""

    status: str
    values: dict[str, object]
    event: Event
    flag: dict[str, object] | None = None
    duplicate_event: Event | None = None


def _event(outcome: Outcome, at: dt.datetime, actor: str, kind: str, text: str) -> Event:
    m = outcome.message
    details = {
        "answer": outcome.answer[:500],
        "attempt": m.attempts,
        "possibly_duplicate": m.possibly_duplicate or outcome.possibly_delivered,
    }
    return message_event(m, kind, at=at, actor=actor, outcome=text, details=details)


def _plan(outcome: Outcome, *, at: dt.datetime, retry: RetryPolicy, actor: str, report: DeliveryReport) -> _Row:
    m = outcome.message
    duplicate = m.possibly_duplicate or outcome.possibly_delivered
    base: dict[str, object] = {"mid": m.id, "answer": outcome.answer, "dup": duplicate}
    dup_event = None
    if outcome.possibly_delivered and not m.possibly_duplicate:
        dup_event = _event(
            outcome,
            at,
            actor,
            "message_possibly_duplicate",
            "máy chủ đã nhận nội dung nhưng mất trả lời: tin có thể đã đến, gửi lại có thể trùng",
        )
    if outcome.ok:
        row = _Row("sent", {**base, "pid": outcome.provider_id}, _event(outcome, at, actor, "message_sent", "đã gửi"))
        report.sent += 1
    elif not outcome.permanent and not outcome.unexpected and m.attempts < retry.max_attempts:
        next_at = at + retry.delay(m.attempts, outcome.retry_after)
        text = f"lỗi tạm thời, sẽ gửi lại (lần {m.attempts}/{retry.max_attempts})"
        row = _Row("queued", {**base, "next_at": next_at}, _event(outcome, at, actor, "message_retry", text))
        report.retried += 1
    else:
        if outcome.unexpected:
            text = "lỗi không lường trước, không gửi lại"
        elif outcome.permanent:
            text = "lỗi vĩnh viễn, không gửi lại"
        else:
            text = f"thất bại sau {m.attempts} lần thử"
        flag = None
        if outcome.permanent and not outcome.unexpected and m.channel_id is not None:
            flag = {"cid": m.channel_id, "reason": outcome.answer[:500]}
        row = _Row("failed", base, _event(outcome, at, actor, "message_failed", text), flag)
        report.failed += 1
        report.failures.append((m.key, outcome.answer))
    row.duplicate_event = dup_event
    report.by_channel[m.channel_kind] += 1
    return row


def _unrecordable(outcome: Outcome, exc: BaseException, *, at: dt.datetime, actor: str) -> _Row:
    """The row for a message whose outcome could not be recorded as planned: failed, with why."""
    answer = f"không ghi được kết quả: {type(exc).__name__}: {exc}"[:500]
    failed = Outcome(outcome.message, ok=False, answer=answer, unexpected=True)
    values: dict[str, object] = {"mid": outcome.message.id, "answer": answer, "dup": outcome.message.possibly_duplicate}
    return _Row("failed", values, _event(failed, at, actor, "message_failed", "lỗi không lường trước, không gửi lại"))


def _write(session: Session, rows: Sequence[_Row], *, worker_id: str, at: dt.datetime) -> None:
    """Core executemany statements; the ORM cannot bulk-update with extra WHERE criteria."""
    msg = Message.__table__  # type: ignore[attr-defined]
    chan = ContactChannel.__table__  # type: ignore[attr-defined]
    mine = and_(
        msg.c.id == bindparam("mid"), msg.c.status == MessageStatus.sending.value, msg.c.claimed_by == worker_id
    )
    conn = session.connection()
    common: dict[str, object] = {"error": bindparam("answer"), "possibly_duplicate": bindparam("dup")}
    shapes: dict[str, dict[str, object]] = {
        "sent": {
            "status": MessageStatus.sent.value,
            "sent_at": at,
            "provider_answer": bindparam("answer"),
            "provider_id": bindparam("pid"),
            "error": None,
            "possibly_duplicate": bindparam("dup"),
        },
        "queued": {
            **common,
            "status": MessageStatus.queued.value,
            "next_attempt_at": bindparam("next_at"),
            "claimed_by": None,
        },
        "failed": {**common, "status": MessageStatus.failed.value},
    }
    for status, values in shapes.items():
        params = [r.values for r in rows if r.status == status]
        if params:
            conn.execute(update(msg).where(mine).values(**values), params)
    flags = [r.flag for r in rows if r.flag is not None]
    if flags:
        conn.execute(
            update(chan)
            .where(chan.c.id == bindparam("cid"), chan.c.flagged_at.is_(None))
            .values(flagged_at=at, flag_reason=bindparam("reason")),
            flags,
        )
    events = [e for r in rows for e in (r.duplicate_event, r.event) if e is not None]
    append_events(session, events)


def mark_outcomes(
    engine: Engine, outcomes: Iterable[Outcome], *, worker_id: str, at: dt.datetime, retry: RetryPolicy, actor: str
) -> DeliveryReport:
    """Record every outcome of a chunk, and its history, in one transaction (or one each if that fails)."""
    report = DeliveryReport()
    planned: list[tuple[Outcome, _Row]] = []
    for outcome in outcomes:
        try:
            planned.append((outcome, _plan(outcome, at=at, retry=retry, actor=actor, report=report)))
        except Exception as exc:  # one bad provider answer must not block the chunk
            report.failed += 1
            report.failures.append((outcome.message.key, str(exc)))
            planned.append((outcome, _unrecordable(outcome, exc, at=at, actor=actor)))
    try:
        with Session(engine) as session:
            _write(session, [row for _, row in planned], worker_id=worker_id, at=at)
            session.commit()
        return report
    except Exception:
        pass  # record one by one below, so only the message that cannot be recorded is affected
    for outcome, row in planned:
        try:
            with Session(engine) as session:
                _write(session, [row], worker_id=worker_id, at=at)
                session.commit()
        except Exception as exc:
            report.failures.append((outcome.message.key, f"{type(exc).__name__}: {exc}"))
            with Session(engine) as session:
                _write(session, [_unrecordable(outcome, exc, at=at, actor=actor)], worker_id=worker_id, at=at)
                session.commit()
    return report
