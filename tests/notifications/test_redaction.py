"""No secret (password, token, app secret, refresh token) in redact(), errors, receipts or reprs."""

from __future__ import annotations

import pytest

from notifications import OutgoingMessage, redact
from notifications.errors import DeliveryError, PermanentDeliveryError, TransientDeliveryError, scrub

SECRETS = [
    "mat-khau-Bi-Mat-42",
    "AAHfake-Token_value-777",
    "app-secret-s3cr3t",
    "RT-refresh-xyz-123",
    "AT-access-abc-987",
]


@pytest.mark.parametrize(
    "url",
    [
        "mailto://vanphong:mat-khau-Bi-Mat-42@mail.thiuy.vn?to=vp@thiuy.vn",
        "mailtos://vanphong:mat-khau-Bi-Mat-42@mail.thiuy.vn:465?to=vp@thiuy.vn&mode=ssl",
        "tgram://123456789:AAHfake-Token_value-777/1001/",
        "zalo://4321987654321/8000000000000000001?token=AT-access-abc-987&app=271828&secret=app-secret-s3cr3t&refresh=RT-refresh-xyz-123",
    ],
)
def test_redact_hides_every_secret(url: str) -> None:
    private = redact(url)
    assert private.split("://")[0] == url.split("://")[0]
    for secret in SECRETS:
        assert secret not in private


def test_redact_never_echoes_an_unparseable_url() -> None:
    assert redact("zalo://only-host?token=AT-access-abc-987") == "zalo://<invalid>"
    assert redact("gopher://user:mat-khau-Bi-Mat-42@x") == "gopher://<invalid>"
    assert redact("not a url") == "<invalid channel URL>"
    assert redact("folder://thi-uy") == "folder://thi-uy"
    assert redact("outbox://thi-uy") == "outbox://thi-uy"


def test_outgoing_message_repr_hides_the_url() -> None:
    message = OutgoingMessage(key="k", url="tgram://123456789:AAHfake-Token_value-777/1001/", subject="A", text="B")
    assert "AAHfake-Token_value-777" not in repr(message)


def test_scrub_replaces_plain_and_url_quoted_forms() -> None:
    text = "GET /bot123:AAHfake-Token_value-777/x and pw=mat-khau%2FBi/ and mat-khau/Bi"
    out = scrub(text, ["123:AAHfake-Token_value-777", "mat-khau/Bi", None, ""])
    assert "AAHfake" not in out and "mat-khau" not in out and out.count("****") == 3


def test_errors_carry_their_kind() -> None:
    permanent = PermanentDeliveryError("bad token", provider_answer="HTTP 401 Unauthorized", key="k")
    transient = TransientDeliveryError("slow", retry_after=5, key="k")
    assert permanent.permanent and not permanent.transient and permanent.retry_after is None
    assert not transient.permanent and transient.retry_after == 5 and transient.provider_answer == "slow"
    assert isinstance(permanent, DeliveryError) and isinstance(transient, DeliveryError)
    copy = transient.for_key("other")
    assert (
        copy.key == "other" and transient.key == "k" and copy.retry_after == 5 and type(copy) is TransientDeliveryError
    )
    assert "transient" in repr(transient) and "retry_after=5" in repr(transient)


def test_channel_for_picks_by_scheme_and_refuses_unknown(tmp_path) -> None:
    from notifications import channel_for
    from notifications.channels.email import EmailChannel
    from notifications.channels.folder import FolderChannel
    from notifications.channels.telegram import TelegramChannel
    from notifications.channels.zalo import ZaloChannel

    assert isinstance(channel_for("mailtos://u:p@mail.thiuy.vn?to=a@b.vn"), EmailChannel)
    assert isinstance(channel_for("tgram://123456789:AAHfake/1"), TelegramChannel)
    assert isinstance(channel_for("zalo://1/2?token=t"), ZaloChannel)
    assert isinstance(channel_for("folder://x", folder_dir=tmp_path), FolderChannel)
    with pytest.raises(PermanentDeliveryError):
        channel_for("sms://0912345678")


def test_batch_of_a_chat_channel_returns_one_result_per_message(telegram_api) -> None:
    from notifications.channels.telegram import TelegramChannel

    messages = [
        OutgoingMessage(key="ok", url=telegram_api.url(1001), subject="A", text="B"),
        OutgoingMessage(key="no-chat", url=telegram_api.url(5), subject="A", text="B"),
        OutgoingMessage(key="wrong-scheme", url="mailto://a@b.vn", subject="A", text="B"),
    ]
    with TelegramChannel(api_base=telegram_api.base_url) as channel:
        results = channel.send_batch(messages)
    assert [r.key for r in results] == ["ok", "no-chat", "wrong-scheme"]
    assert not isinstance(results[0], DeliveryError)
    assert isinstance(results[1], PermanentDeliveryError) and isinstance(results[2], PermanentDeliveryError)
    for result in results:
        assert telegram_api.token not in repr(result)
