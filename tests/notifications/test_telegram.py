"""Telegram through a local HTTP server playing the Bot API."""

from __future__ import annotations

import pytest

from notifications import OutgoingMessage, channel_for
from notifications.channels.telegram import TelegramChannel
from notifications.errors import PermanentDeliveryError, TransientDeliveryError
from notifications.ratelimit import TokenBucket
from tests.support.servers import Answer, FakeTelegramApi

LINK = "http://127.0.0.1:8080/ghi-nhan/tok-123"


def _message(
    api: FakeTelegramApi, key: str = "tg-1", *chats: int, token: str | None = None, short: str | None = None
) -> OutgoingMessage:
    return OutgoingMessage(
        key=key,
        url=api.url(*chats, token=token),
        subject="Nhắc hạn báo cáo",
        text="Văn bản dài cho email",
        short_text=short or f"Nhắc hạn báo cáo Quý II/2023\nHạn: Thứ Sáu, 30/06/2023\nGhi nhận đã nộp: {LINK}",
    )


def _channel(api: FakeTelegramApi, **kwargs) -> TelegramChannel:
    return TelegramChannel(api_base=api.base_url, **kwargs)


def _assert_no_token(api: FakeTelegramApi, *texts: str) -> None:
    secret_part = api.token.split(":", 1)[1]
    for text in texts:
        assert api.token not in text and secret_part not in text


def test_send_shape_and_receipt(telegram_api: FakeTelegramApi) -> None:
    channel = channel_for(telegram_api.url(), telegram_api_base=telegram_api.base_url)
    message = _message(telegram_api)
    receipt = channel.send(message)
    channel.close()

    [request] = telegram_api.requests
    assert request.method == "POST"
    assert request.path == f"/bot{telegram_api.token}/sendMessage"
    assert request.headers["content-type"].startswith("application/json")
    body = request.json
    assert body["chat_id"] == 1001
    assert body["text"] == message.short_text
    assert "parse_mode" not in body  # plain text: user content needs no escaping
    assert receipt.provider_id == "1" and receipt.channel == "telegram"
    _assert_no_token(telegram_api, receipt.target, receipt.provider_answer, repr(receipt))


def test_several_chats_one_request_each(telegram_api: FakeTelegramApi) -> None:
    with _channel(telegram_api) as channel:
        receipt = channel.send(_message(telegram_api, "tg-2", 1001, 1002))
    assert [r.json["chat_id"] for r in telegram_api.requests] == [1001, 1002]
    assert receipt.provider_id == "1,2"


def test_429_is_transient_with_retry_after(telegram_api: FakeTelegramApi) -> None:
    telegram_api.script(
        Answer(
            429,
            {
                "ok": False,
                "error_code": 429,
                "description": "Too Many Requests: retry after 7",
                "parameters": {"retry_after": 7},
            },
        )
    )
    with _channel(telegram_api) as channel, pytest.raises(TransientDeliveryError) as caught:
        channel.send(_message(telegram_api))
    assert caught.value.retry_after == 7.0
    assert caught.value.key == "tg-1"
    assert "429" in caught.value.provider_answer


def test_500_is_transient(telegram_api: FakeTelegramApi) -> None:
    telegram_api.script(Answer(502, {"ok": False, "error_code": 502, "description": "Bad Gateway"}))
    with _channel(telegram_api) as channel, pytest.raises(TransientDeliveryError) as caught:
        channel.send(_message(telegram_api))
    assert caught.value.retry_after is None and not caught.value.permanent


def test_timeout_is_transient(telegram_api: FakeTelegramApi) -> None:
    telegram_api.script(Answer(200, {"ok": True, "result": {"message_id": 9}}, delay=1.5))
    with _channel(telegram_api, timeout=0.3) as channel, pytest.raises(TransientDeliveryError) as caught:
        channel.send(_message(telegram_api))
    assert "timeout" in str(caught.value)
    _assert_no_token(telegram_api, str(caught.value), caught.value.provider_answer)


def test_invalid_token_is_permanent(telegram_api: FakeTelegramApi) -> None:
    wrong = "123456789:WRONGtoken_zzz-999"
    with _channel(telegram_api) as channel, pytest.raises(PermanentDeliveryError) as caught:
        channel.send(_message(telegram_api, token=wrong))
    assert "401" in caught.value.provider_answer
    for text in (str(caught.value), caught.value.provider_answer, repr(caught.value)):
        assert "WRONGtoken_zzz-999" not in text


def test_unknown_chat_is_permanent(telegram_api: FakeTelegramApi) -> None:
    with _channel(telegram_api) as channel, pytest.raises(PermanentDeliveryError) as caught:
        channel.send(_message(telegram_api, "tg-3", 424242))
    assert "chat not found" in caught.value.provider_answer


def test_blocked_by_user_is_permanent(telegram_api: FakeTelegramApi) -> None:
    telegram_api.script(
        Answer(403, {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"})
    )
    with _channel(telegram_api) as channel, pytest.raises(PermanentDeliveryError):
        channel.send(_message(telegram_api))


def test_long_text_is_cut_within_4096_keeping_the_link(telegram_api: FakeTelegramApi) -> None:
    body = "\n".join(f"- Đảng ủy xã số {i}: quá hạn {i} ngày" for i in range(400))
    message = _message(telegram_api, short=f"{body}\nXem toàn bộ: {LINK}")
    assert len(message.short_text) > 4096
    with _channel(telegram_api) as channel:
        channel.send(message)
    sent = telegram_api.sent[0]["text"]
    assert len(sent) <= 4096
    assert sent.endswith(f"Xem toàn bộ: {LINK}")
    assert "dòng, xem đầy đủ tại liên kết" in sent


def test_falls_back_to_subject_and_text_without_short_text(telegram_api: FakeTelegramApi) -> None:
    message = OutgoingMessage(key="tg-f", url=telegram_api.url(), subject="Tiêu đề", text="Nội dung")
    with _channel(telegram_api) as channel:
        channel.send(message)
    assert telegram_api.sent[0]["text"] == "Tiêu đề\n\nNội dung"


def test_rate_limiter_paces_sends(telegram_api: FakeTelegramApi) -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    bucket = TokenBucket(rate=2.0, capacity=2.0, clock=lambda: now[0], sleep=sleep)
    with _channel(telegram_api, limiter=bucket) as channel:
        for i in range(4):
            channel.send(_message(telegram_api, f"rl-{i}"))
    assert len(telegram_api.sent) == 4
    assert slept == [0.5, 0.5]  # two tokens of burst, then one every half second
