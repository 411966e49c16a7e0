"""Email through a real aiosmtpd server on localhost."""

from __future__ import annotations

import datetime as dt
import email.policy
import socket

import pytest

from notifications import OutgoingMessage, channel_for, message_id, render
from notifications.channels.email import EmailChannel
from notifications.errors import DeliveryError, PermanentDeliveryError, TransientDeliveryError
from notifications.render import ReminderContext
from tests.support.servers import SmtpSink, free_port

FIXED_CLOCK = dt.datetime(2023, 6, 23, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=7))).timestamp


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def test_vietnamese_subject_text_and_html_arrive_intact(smtp_sink: SmtpSink, deadline) -> None:
    rendered = render("upcoming", ReminderContext("Đảng ủy xã Phổ An", deadline, dt.date(2023, 6, 23)), "email")
    url = smtp_sink.url(to="dangy-pho-an@thiuy.vn", extra="&name=Văn phòng Thị ủy")
    message = rendered.to_message("occ-1:pho-an:upcoming-7", url)

    with EmailChannel(wall_clock=FIXED_CLOCK) as channel:
        receipt = channel.send(message)

    assert len(smtp_sink.messages) == 1
    received = smtp_sink.messages[0]
    assert received.rcpt_tos == ["dangy-pho-an@thiuy.vn"]
    mail = received.message
    assert mail["Subject"] == rendered.subject
    assert "Nhắc hạn" in mail["Subject"] and "còn 7 ngày" in mail["Subject"]
    assert mail["Message-ID"] == message_id("occ-1:pho-an:upcoming-7") == receipt.provider_id
    assert mail["From"].addresses[0].display_name == "Văn phòng Thị ủy"
    assert mail["Date"].datetime == dt.datetime(2023, 6, 23, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    assert mail.get_content_type() == "multipart/alternative"
    plain = mail.get_body(("plain",))
    html = mail.get_body(("html",))
    assert plain.get_content_charset() == "utf-8" and html.get_content_charset() == "utf-8"
    assert _lf(plain.get_content()) == _lf(rendered.text)
    assert _lf(html.get_content()) == _lf(rendered.html)
    assert "Thứ Sáu, 30/06/2023" in plain.get_content()
    assert not mail.defects and all(not part.defects for part in mail.walk())
    assert receipt.channel == "email" and receipt.provider_answer.startswith("250")


def test_text_only_message_has_no_html_part(smtp_sink: SmtpSink) -> None:
    message = OutgoingMessage(key="k-text", url=smtp_sink.url(), subject="Thông báo", text="Nội dung có dấu: ắ ằ ẳ ẵ ặ")
    with EmailChannel() as channel:
        channel.send(message)
    mail = smtp_sink.messages[0].message
    assert mail.get_content_type() == "text/plain"
    assert _lf(mail.get_content()) == "Nội dung có dấu: ắ ằ ẳ ẵ ặ"


def test_batch_travels_over_one_connection(smtp_sink: SmtpSink) -> None:
    messages = [
        OutgoingMessage(
            key=f"batch:{i}",
            url=smtp_sink.url(to=f"don-vi-{i % 7}@thiuy.vn"),
            subject=f"Nhắc việc số {i}",
            text=f"Báo cáo {i}",
        )
        for i in range(40)
    ]
    channel = channel_for(messages[0].url)
    results = channel.send_batch(messages)
    channel.close()

    assert [r.key for r in results] == [m.key for m in messages]
    assert all(not isinstance(r, DeliveryError) for r in results)
    assert smtp_sink.connections == 1
    assert len(smtp_sink.messages) == 40
    ids = sorted(m.message["Message-ID"] for m in smtp_sink.messages)
    assert ids == sorted(message_id(m.key) for m in messages)


def test_session_is_reused_across_sends_and_reopened_after_close(smtp_sink: SmtpSink) -> None:
    channel = EmailChannel()
    for i in range(3):
        channel.send(OutgoingMessage(key=f"s{i}", url=smtp_sink.url(), subject="A", text="B"))
    assert smtp_sink.connections == 1
    channel.close()
    channel.send(OutgoingMessage(key="s3", url=smtp_sink.url(), subject="A", text="B"))
    channel.close()
    assert smtp_sink.connections == 2
    assert len(smtp_sink.messages) == 4


def test_unknown_recipient_is_permanent_and_the_session_goes_on() -> None:
    with SmtpSink(rcpt_answers={"khong-ton-tai@thiuy.vn": "550 5.1.1 Người nhận không tồn tại"}) as sink:
        messages = [
            OutgoingMessage(key="ok-1", url=sink.url(to="vp@thiuy.vn"), subject="A", text="B"),
            OutgoingMessage(key="bad", url=sink.url(to="khong-ton-tai@thiuy.vn"), subject="A", text="B"),
            OutgoingMessage(key="ok-2", url=sink.url(to="vp@thiuy.vn"), subject="A", text="B"),
        ]
        with EmailChannel() as channel:
            results = channel.send_batch(messages)
        assert isinstance(results[1], PermanentDeliveryError)
        assert results[1].key == "bad" and "550" in results[1].provider_answer
        assert not isinstance(results[0], DeliveryError) and not isinstance(results[2], DeliveryError)
        assert len(sink.messages) == 2 and sink.connections == 1


def test_4xx_answer_is_transient(smtp_sink: SmtpSink) -> None:
    smtp_sink.data_answers.append("451 4.3.0 Hệ thống tạm bận, thử lại sau")
    with EmailChannel() as channel:
        with pytest.raises(TransientDeliveryError) as caught:
            channel.send(OutgoingMessage(key="busy", url=smtp_sink.url(), subject="A", text="B"))
        assert "451" in caught.value.provider_answer
        # the same session still works for the next message
        channel.send(OutgoingMessage(key="after", url=smtp_sink.url(), subject="A", text="B"))
    assert len(smtp_sink.messages) == 1 and smtp_sink.connections == 1


def test_5xx_data_answer_is_permanent(smtp_sink: SmtpSink) -> None:
    smtp_sink.data_answers.append("554 5.6.0 Message rejected")
    with EmailChannel() as channel, pytest.raises(PermanentDeliveryError):
        channel.send(OutgoingMessage(key="rejected", url=smtp_sink.url(), subject="A", text="B"))


def test_login_ok_and_bad_password_is_permanent_without_leaking_it() -> None:
    with SmtpSink(users={"vanphong": "dung-mat-khau-9"}) as sink:
        with EmailChannel() as channel:
            channel.send(
                OutgoingMessage(
                    key="auth-ok", url=sink.url(user="vanphong", password="dung-mat-khau-9"), subject="A", text="B"
                )
            )
        assert len(sink.messages) == 1

        wrong = sink.url(user="vanphong", password="sai-mat-khau-7")
        with EmailChannel() as channel:
            results = channel.send_batch(
                [OutgoingMessage(key=f"auth-bad-{i}", url=wrong, subject="A", text="B") for i in range(2)]
            )
        assert all(isinstance(r, PermanentDeliveryError) for r in results)
        assert [r.key for r in results] == ["auth-bad-0", "auth-bad-1"]
        for error in results:
            assert "535" in error.provider_answer
            for text in (str(error), error.provider_answer, repr(error)):
                assert "sai-mat-khau-7" not in text


def test_unreachable_server_is_transient_for_the_whole_batch() -> None:
    port = free_port()  # nothing listens there
    url = f"mailto://127.0.0.1:{port}?from=a@dondoc.test&to=b@thiuy.vn&mode=insecure"
    with EmailChannel(timeout=2) as channel:
        results = channel.send_batch(
            [OutgoingMessage(key=f"down-{i}", url=url, subject="A", text="B") for i in range(3)]
        )
    assert all(isinstance(r, TransientDeliveryError) for r in results)
    assert [r.key for r in results] == ["down-0", "down-1", "down-2"]
    assert "ConnectionRefused" in results[0].provider_answer


def test_a_session_found_dead_before_sending_is_replaced_at_once(smtp_sink: SmtpSink) -> None:
    channel = EmailChannel()
    channel.send(OutgoingMessage(key="before", url=smtp_sink.url(), subject="A", text="B"))
    # kill the client side socket under the session: nothing of the next message went out,
    # so the channel opens a fresh session and the message costs no attempt...
    session = next(iter(channel._sessions.values()))
    session.client.sock.shutdown(socket.SHUT_RDWR)
    channel.send(OutgoingMessage(key="during", url=smtp_sink.url(), subject="A", text="B"))
    channel.send(OutgoingMessage(key="after", url=smtp_sink.url(), subject="A", text="B"))
    channel.close()
    assert [m.message["X-Dondoc-Key"] for m in smtp_sink.messages] == ["before", "during", "after"]
    assert smtp_sink.connections == 2


def test_a_server_that_cannot_be_reached_is_transient(smtp_sink: SmtpSink) -> None:
    url = smtp_sink.url().replace(f":{smtp_sink.port}", f":{free_port()}")
    with EmailChannel(timeout=1.0) as channel, pytest.raises(TransientDeliveryError):
        channel.send(OutgoingMessage(key="nowhere", url=url, subject="A", text="B"))


def test_subject_newlines_cannot_inject_headers(smtp_sink: SmtpSink) -> None:
    message = OutgoingMessage(
        key="inject", url=smtp_sink.url(), subject="Nhắc việc\r\nBcc: ke-xau@example.com", text="B"
    )
    with EmailChannel() as channel:
        channel.send(message)
    received = smtp_sink.messages[0]
    assert received.rcpt_tos == ["vp@thiuy.vn"]
    assert received.message["Bcc"] is None
    assert received.message["Subject"] == "Nhắc việc Bcc: ke-xau@example.com"


def test_invalid_url_is_permanent() -> None:
    with EmailChannel() as channel, pytest.raises(PermanentDeliveryError):
        channel.send(OutgoingMessage(key="x", url="mailto://", subject="A", text="B"))


def test_email_parses_through_stdlib_policy_default(smtp_sink: SmtpSink) -> None:
    """The hand-written MIME is what Python's strict parser expects (no defects, header decoding)."""
    long_subject = "Báo cáo " + "đôn đốc " * 30
    with EmailChannel() as channel:
        channel.send(OutgoingMessage(key="long", url=smtp_sink.url(), subject=long_subject, text="x", html="<p>ý</p>"))
    parsed = email.message_from_bytes(smtp_sink.messages[0].raw, policy=email.policy.strict)
    assert parsed["Subject"] == long_subject.strip()
    assert all(len(line) <= 998 for line in smtp_sink.messages[0].raw.split(b"\r\n"))
