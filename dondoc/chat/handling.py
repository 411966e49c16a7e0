"""One chat reply: is it a replay, which reminder does it answer, may this chat answer it.

The outbox stored, for every message sent, the provider's ids in the URL's
order (``Message.provider_id``: one Telegram ``message_id`` per chat, one Zalo
``message_id`` per follower). A reply is accepted only when the message it
quotes was sent to the very chat (Telegram) or follower (Zalo) that answers:
that chat is the one the committee registered for the unit. Everything else is
refused and written to the history as ``chat_refused``; an accepted reply goes
through ``record_submission`` like the CLI and the web, with the chat as actor.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from calendar_rules.vietnamese import format_day
from dondoc.chat.replies import HELP_TEXT, submitted_ref
from dondoc.db.models import ChatUpdate, ContactChannel, Message, MessageStatus
from dondoc.history import append_event
from dondoc.history.events import chat_event, occurrence_subject
from dondoc.occurrence import actions
from dondoc.occurrence.labels import STATUS_LABELS
from dondoc.occurrence.lookup import find_occurrence

REFUSED_TEXT = "Tin này không trả lời một tin nhắc việc đã gửi đến cuộc trò chuyện này nên không được ghi nhận."


@dataclass(frozen=True)
class Reply:
    """A reply as both providers give it: who wrote, what it quotes, what it says."""

    channel: str  # "telegram" | "zalo"
    source: str  # the bot's id, or the Official Account's id
    update_id: str  # the provider's id of this update or event (replays repeat it)
    chat_id: str  # Telegram chat id, or Zalo follower id
    quoted_id: str | None  # the provider id of the message replied to
    text: str
    sent_on: dt.date  # the day of the reply in Asia/Ho_Chi_Minh


@dataclass(frozen=True)
class Answer:
    """What happened, and what to say back (None: say nothing) through ``url``."""

    outcome: str  # recorded | duplicate | help | refused | replayed | invalid
    text: str | None
    url: str | None = None  # the contact channel URL the reminder went through
    occurrence_id: int | None = None


@dataclass(frozen=True)
class _Match:
    message: Message
    url: str


def is_replay(session: Session, reply: Reply) -> bool:
    return (
        session.exec(
            select(ChatUpdate.id).where(
                col(ChatUpdate.channel) == reply.channel,
                col(ChatUpdate.source) == reply.source,
                col(ChatUpdate.update_id) == reply.update_id,
            )
        ).first()
        is not None
    )


def refuse(session: Session, *, channel: str, chat: str, reason: str, at: dt.datetime, details: dict[str, Any]) -> None:
    """A refused reply or webhook call, kept in the history (no text is sent back for it here)."""
    append_event(
        session, chat_event("chat_refused", channel=channel, chat=chat, at=at, outcome=reason, details=details)
    )


def _targets(channel: str, url: str) -> list[str]:
    """The chats (Telegram) or followers (Zalo) of a contact URL, in the URL's order."""
    if channel == "telegram":
        from notifications.channels.telegram import parse_telegram_url

        return [str(chat) for chat, _topic in parse_telegram_url(url).chats]
    from notifications.channels.zalo_plugin import parse_zalo_url

    return [str(user) for user in parse_zalo_url(url).user_ids]


def _owner(channel: str, url: str) -> str:
    """The bot id (the part of the token before ``:``) or the OA id the URL sends as."""
    if channel == "telegram":
        from notifications.channels.telegram import parse_telegram_url

        return parse_telegram_url(url).bot_token.split(":", 1)[0]
    from notifications.channels.zalo_plugin import parse_zalo_url

    return str(parse_zalo_url(url).oa_id)


def _candidates(session: Session, reply: Reply) -> list[tuple[Message, str]]:
    query = (
        select(Message, ContactChannel.url)
        .join(ContactChannel, col(ContactChannel.id) == col(Message.channel_id))
        .where(col(Message.channel_kind) == reply.channel, col(Message.status) == MessageStatus.sent.value)
    )
    if reply.quoted_id is None and reply.channel == "telegram":
        return []  # a Telegram message that replies to nothing answers no reminder
    if reply.quoted_id is not None:
        query = query.where(col(Message.provider_id).contains(reply.quoted_id, autoescape=True))
    else:  # Zalo without a quote: the latest reminders come first
        query = query.where(col(Message.provider_id).is_not(None)).order_by(col(Message.sent_at).desc()).limit(200)
    return [(m, u) for m, u in session.exec(query).all()]


def find_message(session: Session, reply: Reply) -> tuple[_Match | None, bool]:
    """The reminder this reply answers, and whether the quoted id exists at all (sent elsewhere)."""
    seen = False
    for message, url in _candidates(session, reply):
        try:
            if _owner(reply.channel, url) != reply.source:
                continue
            targets = _targets(reply.channel, url)
        except Exception:  # a contact URL that no longer parses cannot vouch for anyone
            continue
        ids = (message.provider_id or "").split(",")
        for target, provider_id in zip(targets, ids, strict=False):
            if reply.quoted_id is not None and provider_id != reply.quoted_id:
                continue
            seen = True
            if target == reply.chat_id:
                return _Match(message, url), True
    return None, seen


def _record(session: Session, reply: Reply, match: _Match, ref: str, today: dt.date, at: dt.datetime) -> Answer:
    occ_id = match.message.occurrence_id
    assert occ_id is not None
    view = find_occurrence(session, occ_id)
    if view.status != "open":
        label = STATUS_LABELS.get(view.status, view.status)
        return Answer("duplicate", f"Kỳ báo cáo #{view.id} {label}; không ghi nhận thêm.", match.url, occ_id)
    try:
        submission = actions.record_submission(
            session, view, ref=ref, on=reply.sent_on, today=today, actor=f"{reply.channel}:{reply.chat_id}", at=at
        )
    except actions.ImplausibleDate as exc:
        return Answer("invalid", f"Chưa ghi nhận: {exc.problem}.", match.url, occ_id)
    append_event(
        session,
        chat_event(
            "chat_submission",
            channel=reply.channel,
            chat=reply.chat_id,
            subject=occurrence_subject(view),
            at=at,
            outcome=f"ghi nhận qua tin trả lời: {submission.ref}",
            details={"update_id": reply.update_id, "message_key": match.message.key, "submission_id": submission.id},
        ),
    )
    timeliness = f"nộp chậm {(reply.sent_on - view.current_due).days} ngày" if submission.late else "đúng hạn"
    text = f"Đã ghi nhận báo cáo '{submission.ref}' ngày {format_day(reply.sent_on)} ({timeliness}) cho {view.label()}."
    return Answer("recorded", text, match.url, occ_id)


def handle_reply(session: Session, reply: Reply, *, today: dt.date, at: dt.datetime) -> Answer:
    """Decide and record one reply in the caller's transaction; the caller sends ``Answer.text``."""
    details: dict[str, Any] = {"update_id": reply.update_id, "quoted_id": reply.quoted_id, "text": reply.text[:200]}
    common = {"channel": reply.channel, "chat": reply.chat_id, "at": at, "details": details}
    if is_replay(session, reply):
        refuse(session, reason="tin đã xử lý (gửi lại)", **common)  # type: ignore[arg-type]
        return Answer("replayed", None)
    match, seen = find_message(session, reply)
    if match is None or match.message.occurrence_id is None:
        reason = "cuộc trò chuyện không được nhận tin nhắc này" if seen else "không trả lời một tin nhắc việc đã gửi"
        answer = Answer("refused", REFUSED_TEXT if seen or reply.quoted_id else HELP_TEXT)
        refuse(session, reason=reason, **common)  # type: ignore[arg-type]
    else:
        ref = submitted_ref(reply.text)
        if ref is None:
            answer = Answer("help", HELP_TEXT, match.url, match.message.occurrence_id)
        else:
            answer = _record(session, reply, match, ref, today, at)
    session.add(
        ChatUpdate(
            channel=reply.channel,
            source=reply.source,
            update_id=reply.update_id,
            received_at=at,
            outcome=answer.outcome,
        )
    )
    session.flush()
    return answer
