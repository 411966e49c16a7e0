"""Telegram replies: the bots dondoc sends with, their webhook secrets, polling, answering.

The bots are those of the committees' ``tgram://`` contact channels, so no
extra setting names them. Each bot's webhook secret is derived from its token
(HMAC-SHA256): it is both the path segment of ``POST /chat/telegram/{secret}``
and the ``secret_token`` given to ``setWebhook``, which Telegram sends back in
``X-Telegram-Bot-Api-Secret-Token``. Polling (``getUpdates``) starts after the
highest update id already handled (the ``chat_update`` table), so an update is
never handled twice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from dataclasses import dataclass, field
from typing import Any

import httpx
import pendulum
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from calendar_rules.vietnamese import TIMEZONE
from dondoc.chat.handling import Answer, Reply, handle_reply
from dondoc.db.models import ChannelKind, ChatUpdate, ContactChannel
from dondoc.settings import Settings
from notifications.channels._http import json_or_none, network_error, status_error
from notifications.channels.telegram import TelegramChannel, parse_telegram_url
from notifications.errors import DeliveryError, scrub
from notifications.message import OutgoingMessage


def bot_tokens(session: Session) -> list[str]:
    """Every distinct bot token of the Telegram contact channels."""
    tokens: set[str] = set()
    urls = session.exec(select(ContactChannel.url).where(col(ContactChannel.kind) == ChannelKind.telegram.value))
    for url in urls:
        try:
            tokens.add(parse_telegram_url(url).bot_token)
        except Exception:  # a broken URL is the importer's and doctor's concern, not the chat's
            continue
    return sorted(tokens)


def bot_id(token: str) -> str:
    return token.split(":", 1)[0]


def webhook_secret(token: str) -> str:
    """The bot's webhook secret (``A-Za-z0-9``, as Telegram's ``secret_token`` allows)."""
    return hmac.new(token.encode(), b"dondoc-chat-webhook", hashlib.sha256).hexdigest()[:48]


def token_for_secret(session: Session, secret: str) -> str | None:
    for token in bot_tokens(session):
        if hmac.compare_digest(webhook_secret(token), secret):
            return token
    return None


def reply_of(token: str, update: dict[str, Any]) -> Reply | None:
    """The reply in an update, or None (an edit, a join, a channel post: nothing to answer)."""
    message = update.get("message")
    if not isinstance(message, dict) or "update_id" not in update:
        return None
    chat = message.get("chat") or {}
    quoted = message.get("reply_to_message") or {}
    sent = pendulum.from_timestamp(int(message.get("date") or 0), tz=TIMEZONE)
    return Reply(
        channel="telegram",
        source=bot_id(token),
        update_id=str(update["update_id"]),
        chat_id=str(chat.get("id", "")),
        quoted_id=str(quoted["message_id"]) if "message_id" in quoted else None,
        text=str(message.get("text") or ""),
        sent_on=dt.date(sent.year, sent.month, sent.day),
    )


def say(settings: Settings, token: str, chat_id: str, answer: Answer, key: str) -> None:
    """Send the answer to the chat, through the same channel code as the reminders."""
    if not answer.text:
        return
    with TelegramChannel(api_base=settings.telegram_api_base, timeout=settings.send_timeout_seconds) as channel:
        try:
            channel.send(OutgoingMessage(key=key, url=f"tgram://{token}/{chat_id}/", subject="", text=answer.text))
        except DeliveryError:
            pass  # the reply is recorded either way; a lost confirmation must not make Telegram resend it


def handle_update(
    settings: Settings, engine: Engine, token: str, update: dict[str, Any], *, today: dt.date, at: dt.datetime
) -> Answer | None:
    """Record one update (its own transaction), then answer it in the chat."""
    reply = reply_of(token, update)
    if reply is None:
        return None
    with Session(engine) as session:
        answer = handle_reply(session, reply, today=today, at=at)
        session.commit()
    say(settings, token, reply.chat_id, answer, key=f"chat:telegram:{reply.source}:{reply.update_id}")
    return answer


def _offset(engine: Engine, token: str) -> int | None:
    with Session(engine) as session:
        ids = session.exec(
            select(ChatUpdate.update_id).where(
                col(ChatUpdate.channel) == "telegram", col(ChatUpdate.source) == bot_id(token)
            )
        ).all()
    numbers = [int(i) for i in ids if i.lstrip("-").isdigit()]
    return max(numbers) + 1 if numbers else None


@dataclass
class PollReport:
    """What one polling round did, and the bots it could not ask (token-free text)."""

    answers: list[Answer] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _updates(client: httpx.Client, settings: Settings, engine: Engine, token: str) -> list[dict[str, Any]]:
    payload: dict[str, Any] = {"timeout": 0, "allowed_updates": ["message"]}
    offset = _offset(engine, token)
    if offset is not None:
        payload["offset"] = offset
    url = f"{settings.telegram_api_base.rstrip('/')}/bot{token}/getUpdates"
    try:
        response = client.post(url, json=payload)
    except httpx.HTTPError as exc:
        raise network_error(exc, "Telegram", (token,)) from None
    body = json_or_none(response)
    if response.status_code != 200 or not isinstance(body, dict) or body.get("ok") is not True:
        answer = str(body.get("description") if isinstance(body, dict) else "") or response.reason_phrase
        raise status_error(response.status_code, "Telegram getUpdates", scrub(answer, (token,)))
    return [u for u in body.get("result") or [] if isinstance(u, dict)]


def poll(settings: Settings, engine: Engine, *, today: dt.date, at: dt.datetime) -> PollReport:
    """One ``getUpdates`` round per bot (no long polling: a flow or cron calls it again).

    A bot that cannot be asked (webhook set: HTTP 409; token revoked; network)
    is reported and the other bots still polled."""
    with Session(engine) as session:
        tokens = bot_tokens(session)
    report = PollReport()
    with httpx.Client(timeout=settings.send_timeout_seconds) as client:
        for token in tokens:
            try:
                updates = _updates(client, settings, engine, token)
            except DeliveryError as error:
                report.problems.append(f"bot {bot_id(token)}: {error}")
                continue
            for update in updates:
                answer = handle_update(settings, engine, token, update, today=today, at=at)
                if answer is not None:
                    report.answers.append(answer)
    return report
