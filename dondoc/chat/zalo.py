"""Zalo OA replies: the signed webhook event, and the answer sent back as a consultation message.

Zalo signs each event: ``X-ZEvent-Signature`` is SHA-256 (hex) of the app id,
the raw JSON body, the event's ``timestamp`` and the OA secret key (the key
of the linked Official Account, not the app secret), concatenated in that
order; some integrations prefix it with ``mac=``. An event whose signature
does not match is refused before its content is believed.

A follower's text arrives as ``user_send_text`` with ``message.msg_id`` (the
replay key). When the event names the quoted message (``message.quote_msg_id``)
the reply answers that reminder; otherwise it answers the latest reminder sent
to this follower (an OA conversation is one to one).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from contextlib import suppress
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pendulum
from sqlalchemy.engine import Engine

from calendar_rules.vietnamese import TIMEZONE
from dondoc.chat.handling import Answer, Reply
from dondoc.settings import Settings
from notifications.channels.zalo import ZaloChannel
from notifications.errors import DeliveryError
from notifications.message import OutgoingMessage


def signature(app_id: str, raw_body: bytes, timestamp: str, oa_secret_key: str) -> str:
    data = app_id.encode() + raw_body + timestamp.encode() + oa_secret_key.encode()
    return hashlib.sha256(data).hexdigest()


def signed(raw_body: bytes, event: dict[str, Any], header: str | None, oa_secret_key: str | None) -> bool:
    """True when the header is the event's signature under our OA secret key."""
    if not header or not oa_secret_key:
        return False
    given = header.strip()
    given = given[4:] if given.lower().startswith("mac=") else given
    expected = signature(str(event.get("app_id", "")), raw_body, str(event.get("timestamp", "")), oa_secret_key)
    return hmac.compare_digest(given.lower(), expected)


def reply_of(event: dict[str, Any]) -> Reply | None:
    """The follower's text in an event, or None (a follow, a sticker, the OA's own message)."""
    if event.get("event_name") != "user_send_text":
        return None
    message = event.get("message") or {}
    msg_id = message.get("msg_id")
    if not msg_id:
        return None
    millis = int(str(event.get("timestamp") or "0"))
    sent = pendulum.from_timestamp(millis / 1000, tz=TIMEZONE)
    quoted = message.get("quote_msg_id")
    return Reply(
        channel="zalo",
        source=str((event.get("recipient") or {}).get("id", "")),
        update_id=str(msg_id),
        chat_id=str((event.get("sender") or {}).get("id", "")),
        quoted_id=str(quoted) if quoted else None,
        text=str(message.get("text") or ""),
        sent_on=dt.date(sent.year, sent.month, sent.day),
    )


def follower_url(url: str, user_id: str) -> str:
    """The contact URL (with its tokens) narrowed to one follower: the one who wrote."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{user_id}", parts.query, ""))


def say(settings: Settings, engine: Engine, answer: Answer, reply: Reply) -> None:
    """Answer through the same Zalo channel code as the reminders (token refresh included)."""
    if not answer.text or not answer.url:
        return
    from dondoc.outbox.sending import channel_factory

    channel = channel_factory(settings, engine)(answer.url)
    assert isinstance(channel, ZaloChannel)
    with channel, suppress(DeliveryError):  # recorded either way; Zalo must not resend the event for it
        channel.send(
            OutgoingMessage(
                key=f"chat:zalo:{reply.source}:{reply.update_id}",
                url=follower_url(answer.url, reply.chat_id),
                subject="",
                text=answer.text,
            )
        )
