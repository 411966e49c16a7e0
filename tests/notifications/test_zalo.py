"""Zalo OA through a local HTTP server playing the OA and OAuth APIs."""

from __future__ import annotations

import json

import apprise
import pytest

from notifications import OutgoingMessage, channel_for, redact
from notifications.channels.zalo import NotifyZalo, ZaloChannel
from notifications.errors import PermanentDeliveryError, TransientDeliveryError
from notifications.tokens import FileTokenStore, MemoryTokenStore
from tests.support.servers import Answer, FakeZaloApi

LINK = "http://127.0.0.1:8080/ghi-nhan/tok-123"
USER = "8000000000000000001"


def _message(
    api: FakeZaloApi, key: str = "z-1", *users: str, refresh: bool = True, short: str | None = None, **url_kwargs
) -> OutgoingMessage:
    return OutgoingMessage(
        key=key,
        url=api.url(*(users or (USER,)), refresh=refresh, **url_kwargs),
        subject="Nhắc hạn báo cáo",
        text="Văn bản dài cho email",
        short_text=short or f"Nhắc hạn báo cáo Quý II/2023\nHạn: Thứ Sáu, 30/06/2023\nGhi nhận đã nộp: {LINK}",
    )


def _channel(api: FakeZaloApi, store=None, **kwargs) -> ZaloChannel:
    return ZaloChannel(
        api_base=api.base_url, oauth_base=api.base_url, token_store=store or MemoryTokenStore(), **kwargs
    )


def _assert_secret_free(api: FakeZaloApi, *texts: str) -> None:
    for text in texts:
        for secret in (api.app_secret, "AT-initial-0001", "RT-initial-0001", api.access_token, api.refresh_token):
            assert secret not in text, f"{secret!r} leaked in {text!r}"


def test_send_shape_and_receipt(zalo_api: FakeZaloApi) -> None:
    channel = channel_for(zalo_api.url(), zalo_base_url=zalo_api.base_url, zalo_oauth_url=zalo_api.base_url)
    message = _message(zalo_api)
    receipt = channel.send(message)
    channel.close()

    [request] = zalo_api.requests
    assert request.method == "POST" and request.path == "/v3.0/oa/message/cs"
    assert request.headers["access_token"] == "AT-initial-0001"  # token in the header, not the URL
    assert "AT-initial-0001" not in request.path and not request.query
    assert request.json == {"recipient": {"user_id": USER}, "message": {"text": message.short_text}}
    assert receipt.provider_id == "mid-1" and receipt.channel == "zalo"
    _assert_secret_free(zalo_api, receipt.target, receipt.provider_answer, repr(receipt))


def test_unknown_user_is_permanent(zalo_api: FakeZaloApi) -> None:
    with _channel(zalo_api) as channel, pytest.raises(PermanentDeliveryError) as caught:
        channel.send(_message(zalo_api, "z-2", "8999999999999999999"))
    assert "-213" in caught.value.provider_answer and caught.value.key == "z-2"


def test_invalid_token_is_permanent_and_not_refreshed(zalo_api: FakeZaloApi) -> None:
    with _channel(zalo_api) as channel, pytest.raises(PermanentDeliveryError) as caught:
        channel.send(_message(zalo_api, token="AT-forged-9999"))
    assert "-216" in caught.value.provider_answer
    assert zalo_api.requests_to("/v4/oa/access_token") == []
    assert "AT-forged-9999" not in str(caught.value) + caught.value.provider_answer


def test_expired_token_is_refreshed_once_stored_and_the_send_retried(zalo_api: FakeZaloApi, tmp_path) -> None:
    store = FileTokenStore(tmp_path / "tokens")
    zalo_api.expire()
    with _channel(zalo_api, store=store) as channel:
        receipt = channel.send(_message(zalo_api))

    refreshes = zalo_api.requests_to("/v4/oa/access_token")
    assert len(refreshes) == 1
    refresh = refreshes[0]
    assert refresh.method == "POST"
    assert refresh.headers["secret_key"] == "app-secret-s3cr3t"
    assert refresh.form == {"app_id": "271828", "refresh_token": "RT-initial-0001", "grant_type": "refresh_token"}
    sends = zalo_api.requests_to("/v3.0/oa/message/cs")
    assert [r.headers["access_token"] for r in sends] == ["AT-initial-0001", "AT-gen0002"]
    assert receipt.provider_id == "mid-1"

    files = list((tmp_path / "tokens").glob("*.json"))
    assert len(files) == 1
    stored = json.loads(files[0].read_text())
    assert stored["access_token"] == "AT-gen0002" and stored["refresh_token"] == "RT-gen0002"
    assert stored["expires_at"] is not None
    assert oct(files[0].stat().st_mode & 0o777) == "0o600"

    # A new channel (another worker, a restart) still has the old tokens in the URL but uses the stored ones.
    with _channel(zalo_api, store=FileTokenStore(tmp_path / "tokens")) as channel:
        channel.send(_message(zalo_api, "z-again"))
    assert zalo_api.requests[-1].headers["access_token"] == "AT-gen0002"
    assert len(zalo_api.requests_to("/v4/oa/access_token")) == 1


def test_stored_token_near_expiry_is_refreshed_before_sending(zalo_api: FakeZaloApi) -> None:
    now = [1_700_000_000.0]
    store = MemoryTokenStore()
    zalo_api.expire()
    with _channel(zalo_api, store=store, wall_clock=lambda: now[0]) as channel:
        channel.send(_message(zalo_api))  # refresh on the expired answer: AT-gen0002, expires in 90000 s
        now[0] += 90_000 - 60  # inside the safety margin
        channel.send(_message(zalo_api, "z-late"))
    assert len(zalo_api.requests_to("/v4/oa/access_token")) == 2
    assert zalo_api.requests[-1].headers["access_token"] == "AT-gen0003"


def test_expired_without_refresh_credentials_is_permanent(zalo_api: FakeZaloApi) -> None:
    zalo_api.expire()
    with _channel(zalo_api) as channel, pytest.raises(PermanentDeliveryError) as caught:
        channel.send(_message(zalo_api, refresh=False))
    assert "-220" in caught.value.provider_answer
    assert zalo_api.requests_to("/v4/oa/access_token") == []


def test_refused_refresh_is_permanent_without_leaking_secrets(zalo_api: FakeZaloApi) -> None:
    zalo_api.expire()
    with _channel(zalo_api) as channel, pytest.raises(PermanentDeliveryError) as caught:
        channel.send(_message(zalo_api, refresh_token="RT-stale-0000"))
    assert "-14014" in caught.value.provider_answer
    _assert_secret_free(zalo_api, str(caught.value), caught.value.provider_answer)
    assert "RT-stale-0000" not in str(caught.value) + caught.value.provider_answer


def test_http_429_is_transient_with_retry_after(zalo_api: FakeZaloApi) -> None:
    zalo_api.script(Answer(429, {"error": -32, "message": "Too many requests"}, headers={"Retry-After": "30"}))
    with _channel(zalo_api) as channel, pytest.raises(TransientDeliveryError) as caught:
        channel.send(_message(zalo_api))
    assert caught.value.retry_after == 30.0


def test_rate_limit_code_is_transient_with_retry_after(zalo_api: FakeZaloApi) -> None:
    zalo_api.script(Answer(200, {"error": -32, "message": "Request exceeded limit per minute"}))
    with _channel(zalo_api) as channel, pytest.raises(TransientDeliveryError) as caught:
        channel.send(_message(zalo_api))
    assert caught.value.retry_after == 60.0


def test_500_is_transient(zalo_api: FakeZaloApi) -> None:
    zalo_api.script(Answer(500, {"error": -1, "message": "internal"}))
    with _channel(zalo_api) as channel, pytest.raises(TransientDeliveryError):
        channel.send(_message(zalo_api))


def test_timeout_is_transient(zalo_api: FakeZaloApi) -> None:
    zalo_api.script(Answer(200, {"error": 0, "data": {"message_id": "late"}}, delay=1.5))
    with _channel(zalo_api, timeout=0.3) as channel, pytest.raises(TransientDeliveryError) as caught:
        channel.send(_message(zalo_api))
    assert "timeout" in str(caught.value)
    _assert_secret_free(zalo_api, str(caught.value), caught.value.provider_answer)


def test_text_is_cut_within_2000_keeping_the_link(zalo_api: FakeZaloApi) -> None:
    body = "\n".join(f"- Chi bộ số {i}: quá hạn {i} ngày, đề nghị khẩn trương báo cáo" for i in range(100))
    with _channel(zalo_api) as channel:
        channel.send(_message(zalo_api, short=f"{body}\nXem toàn bộ: {LINK}"))
    sent = zalo_api.sent[0]["message"]["text"]
    assert len(sent) <= 2000
    assert sent.endswith(f"Xem toàn bộ: {LINK}")


def test_plugin_is_registered_with_apprise_and_redacts(zalo_api: FakeZaloApi) -> None:
    url = zalo_api.url()
    plugin = apprise.Apprise.instantiate(url)
    assert isinstance(plugin, NotifyZalo)
    assert plugin.oa_id == zalo_api.oa_id and plugin.user_ids == [USER]
    assert (
        plugin.url().startswith("zalo://")
        and apprise.Apprise.instantiate(plugin.url()).access_token == "AT-initial-0001"
    )
    private = plugin.url(privacy=True)
    assert private == redact(url)
    _assert_secret_free(zalo_api, private)
    assert zalo_api.oa_id in private and USER in private


def test_apprise_notify_goes_through_the_plugin(zalo_api: FakeZaloApi) -> None:
    """apprise users get a working zalo:// too (True/False, as apprise reports)."""
    plugin = apprise.Apprise.instantiate(zalo_api.url())
    plugin.configure(api_base=zalo_api.base_url, oauth_base=zalo_api.base_url)
    assert plugin.notify(body=f"Nội dung nhắc việc\n{LINK}", title="Nhắc hạn") is True
    # apprise folds the title into the body (title_maxlen = 0) with its own line break
    assert zalo_api.sent[0]["message"]["text"].replace("\r\n", "\n") == f"Nhắc hạn\nNội dung nhắc việc\n{LINK}"
    zalo_api.followers.clear()
    assert plugin.notify(body="x") is False
    plugin.close()


def test_bad_zalo_urls_are_refused() -> None:
    for url in ("zalo://4321/", "zalo://4321/u1", "zalo:///u1?token=x"):
        assert apprise.Apprise.instantiate(url) is None
        with ZaloChannel() as channel, pytest.raises(PermanentDeliveryError):
            channel.send(OutgoingMessage(key="bad", url=url, subject="A", text="B"))
