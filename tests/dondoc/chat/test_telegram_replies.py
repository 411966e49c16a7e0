"""A secretary answers a Telegram reminder: polled or pushed, recorded once, strangers refused.

Everything runs against the real Telegram stand-in (a local HTTP server) and
the real app on both stores: the reminder is really sent, its message_id kept,
and the reply quoting it is matched back to the occurrence.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from dondoc.chat import telegram
from dondoc.chat.replies import HELP_TEXT
from dondoc.settings import Settings
from dondoc.web.app import create_app
from dondoc.web.deps import get_now, get_today
from tests.support.chat import NOW, REPLY_TS, TODAY, Sent, refusals, send_reminder, settings_for, submissions
from tests.support.scenario import events
from tests.support.servers import Answer, FakeTelegramApi
from tests.support.stores import Store

REF = "Báo cáo số 12-BC/CB"


@dataclass
class Bot:
    store: Store
    api: FakeTelegramApi
    settings: Settings
    sent: Sent


@pytest.fixture
def bot(store: Store, tmp_path: Path) -> Iterator[Bot]:
    with FakeTelegramApi(chats={1001, 1002}) as api:
        settings = settings_for(tmp_path, telegram=api.base_url)
        sent = send_reminder(store, settings, api.url(1001), "telegram")
        yield Bot(store, api, settings, sent)


def _update(update_id: int, text: str, *, chat: int = 1001, quoted: str | int | None = None) -> dict[str, Any]:
    message: dict[str, Any] = {"message_id": 500 + update_id, "date": REPLY_TS, "chat": {"id": chat}, "text": text}
    if quoted is not None:
        message["reply_to_message"] = {"message_id": int(quoted), "chat": {"id": chat}}
    return {"update_id": update_id, "message": message}


def _poll(bot: Bot) -> list[str]:
    report = telegram.poll(bot.settings, bot.store.engine, today=TODAY, at=NOW)
    assert report.problems == []
    return [a.outcome for a in report.answers]


def test_a_polled_reply_records_the_submission_once_and_confirms_it(bot: Bot) -> None:
    bot.api.updates.append(_update(7001, f"/nop {REF}", quoted=bot.sent.provider_id))
    assert _poll(bot) == ["recorded"]
    [submission] = submissions(bot.store)
    assert (submission.occurrence_id, submission.ref, submission.actor) == (
        bot.sent.occurrence_id,
        REF,
        "telegram:1001",
    )
    assert submission.submitted_on == TODAY and not submission.late
    [via_chat] = events(bot.store.engine, "chat_submission")
    assert (via_chat.occurrence_id, via_chat.actor) == (bot.sent.occurrence_id, "telegram:1001")
    assert json.loads(via_chat.details)["update_id"] == "7001"
    confirmation = bot.api.sent[-1]
    assert confirmation["chat_id"] == 1001
    assert confirmation["text"].startswith(f"Đã ghi nhận báo cáo '{REF}' ngày 28/06/2023 (đúng hạn)")

    assert _poll(bot) == []  # the offset is persisted: the same update is not fetched again
    assert bot.api.requests_to("/getUpdates")[-1].json["offset"] == 7002
    replay = telegram.handle_update(
        bot.settings, bot.store.engine, bot.api.token, bot.api.updates[0], today=TODAY, at=NOW
    )
    assert replay is not None and replay.outcome == "replayed"
    assert [e.outcome for e in refusals(bot.store)] == ["tin đã xử lý (gửi lại)"]

    bot.api.updates.append(_update(7002, f"Đã nộp {REF}", quoted=bot.sent.provider_id))
    assert _poll(bot) == ["duplicate"]  # a second identical reply records nothing new
    assert len(submissions(bot.store)) == 1
    assert "không ghi nhận thêm" in bot.api.sent[-1]["text"]


def test_a_reply_from_another_chat_or_to_an_unknown_message_is_refused_and_recorded(bot: Bot) -> None:
    bot.api.updates.append(_update(8001, f"Đã gửi {REF}", chat=1002, quoted=bot.sent.provider_id))
    bot.api.updates.append(_update(8002, f"/nop {REF}", quoted=999))
    bot.api.updates.append(_update(8003, f"/nop {REF}"))  # replies to nothing
    assert _poll(bot) == ["refused", "refused", "refused"]
    assert submissions(bot.store) == []
    reasons = [(e.actor, e.outcome) for e in refusals(bot.store)]
    assert reasons == [
        ("telegram:1002", "cuộc trò chuyện không được nhận tin nhắc này"),
        ("telegram:1001", "không trả lời một tin nhắc việc đã gửi"),
        ("telegram:1001", "không trả lời một tin nhắc việc đã gửi"),
    ]
    assert bot.api.sent[-3]["chat_id"] == 1002 and "không được ghi nhận" in bot.api.sent[-3]["text"]
    assert bot.api.sent[-1]["text"] == HELP_TEXT


def test_an_unclear_reply_gets_the_help_text_and_records_nothing(bot: Bot) -> None:
    bot.api.updates.append(_update(9001, "Dạ, chi bộ sẽ gửi sớm ạ", quoted=bot.sent.provider_id))
    assert _poll(bot) == ["help"]
    assert submissions(bot.store) == []
    assert bot.api.sent[-1] == {**bot.api.sent[-1], "chat_id": 1001, "text": HELP_TEXT}


def _client(bot: Bot) -> TestClient:
    app = create_app(bot.settings, engine=bot.store.engine)
    app.dependency_overrides[get_today] = lambda: TODAY
    app.dependency_overrides[get_now] = lambda: NOW
    return TestClient(app, base_url="https://testserver")


def test_the_webhook_records_with_the_bots_secret_and_refuses_a_wrong_one(bot: Bot) -> None:
    secret = telegram.webhook_secret(bot.api.token)
    update = _update(6001, f"/nop {REF}", quoted=bot.sent.provider_id)
    with _client(bot) as client:
        wrong_path = client.post(
            "/chat/telegram/not-the-secret", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": secret}
        )
        wrong_header = client.post(
            f"/chat/telegram/{secret}", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "x"}
        )
        assert (wrong_path.status_code, wrong_header.status_code) == (403, 403)
        assert submissions(bot.store) == []
        assert [e.outcome for e in refusals(bot.store)] == ["sai mã bí mật của webhook Telegram"] * 2

        headers = {"X-Telegram-Bot-Api-Secret-Token": secret}
        first = client.post(f"/chat/telegram/{secret}", json=update, headers=headers)
        again = client.post(f"/chat/telegram/{secret}", json=update, headers=headers)
    assert (first.status_code, first.json()["outcome"]) == (200, "recorded")
    assert (again.status_code, again.json()["outcome"]) == (200, "replayed")
    assert [s.ref for s in submissions(bot.store)] == [REF]
    assert bot.api.sent[-1]["text"].startswith("Đã ghi nhận báo cáo")


def _cli(bot: Bot, monkeypatch: pytest.MonkeyPatch, *args: str) -> Any:
    from typer.testing import CliRunner

    from dondoc.cli.main import app
    from dondoc.settings import reset_settings_cache

    monkeypatch.setenv("DONDOC_DATABASE_URL", bot.store.url)
    monkeypatch.setenv("DONDOC_TELEGRAM_API_BASE", bot.api.base_url)
    monkeypatch.setenv("DONDOC_BASE_URL", "https://lich.dondoc.test")
    reset_settings_cache()
    return CliRunner().invoke(app, list(args))


def test_dondoc_chat_poll_records_and_chat_webhook_prints_each_bots_address(
    bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    bot.api.updates.append(_update(5001, f"/nop {REF}", quoted=bot.sent.provider_id))
    polled = _cli(bot, monkeypatch, "chat", "poll")
    assert polled.exit_code == 0, polled.output
    assert polled.output.strip() == "Đã xử lý 1 tin trả lời (đã ghi nhận: 1)."
    assert [s.ref for s in submissions(bot.store)] == [REF]
    again = _cli(bot, monkeypatch, "chat", "poll")
    assert again.output.strip() == "Đã xử lý 0 tin trả lời (không có tin mới)."

    shown = _cli(bot, monkeypatch, "chat", "webhook")
    assert shown.exit_code == 0, shown.output
    secret = telegram.webhook_secret(bot.api.token)
    assert (
        f"Bot 123456789: setWebhook url=https://lich.dondoc.test/chat/telegram/{secret} secret_token={secret}"
        in shown.output
    )
    assert bot.api.token not in shown.output  # the bot token itself is never printed


def test_a_bot_that_cannot_be_polled_is_reported_without_its_token(bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    conflict = "Conflict: can't use getUpdates method while webhook is active"
    bot.api.script(Answer(409, {"ok": False, "error_code": 409, "description": conflict}))
    polled = _cli(bot, monkeypatch, "chat", "poll")
    assert polled.exit_code == 1
    assert f"Không nhận được tin từ bot 123456789: Telegram getUpdates: HTTP 409 {conflict}" in polled.output
    assert bot.api.token not in polled.output
