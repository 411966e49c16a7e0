"""The webhooks: ``POST /chat/telegram/{secret}`` and ``POST /chat/zalo``.

Both answer quickly (Zalo retries for hours what it thinks failed). A call
that cannot prove where it comes from (wrong Telegram secret, bad Zalo
signature) is refused with 403 and kept in the history; a replay answers 200
and records nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from sqlalchemy.engine import Engine
from sqlmodel import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers

from dondoc.chat import telegram, zalo
from dondoc.chat.handling import handle_reply, refuse
from dondoc.settings import Settings
from dondoc.web.deps import get_engine, get_now, get_settings, get_today

router = APIRouter(prefix="/chat", include_in_schema=False)


def _parse(raw: bytes) -> dict[str, Any] | None:
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    return body if isinstance(body, dict) else None


@dataclass(frozen=True)
class Hook:
    """A webhook call: its raw body and header, and what answering it needs."""

    raw: bytes
    headers: Headers
    engine: Engine
    settings: Settings
    today: dt.date
    now: dt.datetime


async def webhook_call(
    request: Request,
    engine: Engine = Depends(get_engine),
    settings: Settings = Depends(get_settings),
    today: dt.date = Depends(get_today),
    now: dt.datetime = Depends(get_now),
) -> Hook:
    return Hook(await request.body(), request.headers, engine, settings, today, now)


def _refused(hook: Hook, channel: str, reason: str, details: dict[str, Any]) -> JSONResponse:
    with Session(hook.engine) as session:
        refuse(session, channel=channel, chat="?", reason=reason, at=hook.now, details=details)
        session.commit()
    return JSONResponse({"ok": False}, status_code=403)


@router.post("/telegram/{secret}")
async def telegram_webhook(secret: str, hook: Hook = Depends(webhook_call)) -> JSONResponse:
    header = hook.headers.get("x-telegram-bot-api-secret-token", "")

    def work() -> JSONResponse:
        with Session(hook.engine) as session:
            token = telegram.token_for_secret(session, secret)
        if token is None or header != secret:
            reason = "sai mã bí mật của webhook Telegram"
            return _refused(hook, "telegram", reason, {"path_secret_known": bool(token)})
        update = _parse(hook.raw)
        if update is None:
            return JSONResponse({"ok": False}, status_code=400)
        answer = telegram.handle_update(hook.settings, hook.engine, token, update, today=hook.today, at=hook.now)
        return JSONResponse({"ok": True, "outcome": answer.outcome if answer else "ignored"})

    return await run_in_threadpool(work)


@router.post("/zalo")
async def zalo_webhook(hook: Hook = Depends(webhook_call)) -> JSONResponse:
    header = hook.headers.get("x-zevent-signature")

    def work() -> JSONResponse:
        event = _parse(hook.raw)
        if event is None or not zalo.signed(hook.raw, event, header, hook.settings.zalo_oa_secret_key):
            return _refused(hook, "zalo", "chữ ký sự kiện Zalo không hợp lệ", {"signature": bool(header)})
        reply = zalo.reply_of(event)
        if reply is None:
            return JSONResponse({"ok": True, "outcome": "ignored"})
        with Session(hook.engine) as session:
            answer = handle_reply(session, reply, today=hook.today, at=hook.now)
            session.commit()
        zalo.say(hook.settings, hook.engine, answer, reply)
        return JSONResponse({"ok": True, "outcome": answer.outcome})

    return await run_in_threadpool(work)
