"""Vietnamese templates: every kind, every channel kind, the required fields, limits and escaping."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata

import pytest

from notifications.render import (
    CHANNEL_KINDS,
    Deadline,
    DigestContext,
    EscalationContext,
    ReminderContext,
    SubmissionContext,
    render,
)
from notifications.text import TELEGRAM_TEXT_LIMIT, ZALO_TEXT_LIMIT, fit_text

OVERVIEW = "http://127.0.0.1:8080/tong-hop/thi-uy"
DUE = "Thứ Sáu, 30/06/2023"


def _contexts(deadline: Deadline) -> dict:
    other = dataclasses.replace(
        deadline, assignee="Đảng ủy phường Nguyễn Nghiêm", submit_url="http://127.0.0.1:8080/ghi-nhan/tok-456"
    )
    return {
        "upcoming": (ReminderContext("Đảng ủy xã Phổ An", deadline, dt.date(2023, 6, 27)), "còn 3 ngày"),
        "due_today": (ReminderContext("Đảng ủy xã Phổ An", deadline, dt.date(2023, 6, 30)), "hạn hôm nay"),
        "overdue": (ReminderContext("Đảng ủy xã Phổ An", deadline, dt.date(2023, 7, 4)), "quá hạn 4 ngày"),
        "escalation": (
            EscalationContext("Ban Thường vụ Thị ủy Đức Phổ", dt.date(2023, 7, 5), [deadline, other], OVERVIEW),
            "quá hạn 5 ngày",
        ),
        "digest": (
            DigestContext("Văn phòng Thị ủy", dt.date(2023, 6, 26), dt.date(2023, 6, 26), [deadline, other], OVERVIEW),
            "còn 4 ngày",
        ),
        "submission_confirmation": (
            SubmissionContext("Văn phòng Thị ủy", deadline, dt.date(2023, 7, 2), "45-BC/ĐU", "Nguyễn Văn A"),
            "nộp chậm 2 ngày",
        ),
    }


KINDS = ["upcoming", "due_today", "overdue", "escalation", "digest", "submission_confirmation"]


@pytest.mark.parametrize("channel_kind", CHANNEL_KINDS)
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_shows_the_required_fields(kind: str, channel_kind: str, deadline: Deadline) -> None:
    context, days = _contexts(deadline)[kind]
    rendered = render(kind, context, channel_kind)
    required = [
        "91-KH/TU",
        deadline.plan_title,
        deadline.task,
        "Quý II/2023",
        DUE,
        days,
        deadline.report_to,
        deadline.submit_url,
    ]
    parts = {"text": rendered.text, "short_text": rendered.short_text}
    if channel_kind in ("email", "outbox"):
        assert rendered.html is not None
        parts["html"] = rendered.html.replace("&amp;", "&")
    else:
        assert rendered.html is None
    for name, part in parts.items():
        for value in required:
            assert value in part, f"{kind}/{channel_kind}/{name}: {value!r} missing"
    assert rendered.subject and "\n" not in rendered.subject
    if kind not in ("escalation", "digest"):  # those name several plans; the subject counts them
        assert "91-KH/TU" in rendered.subject


@pytest.mark.parametrize("kind", KINDS)
def test_vietnamese_with_composed_diacritics(kind: str, deadline: Deadline) -> None:
    context, _ = _contexts(deadline)[kind]
    rendered = render(kind, context, "email")
    for part in (rendered.subject, rendered.text, rendered.html, rendered.short_text):
        assert part == unicodedata.normalize("NFC", part)
        assert any(ch in part for ch in "ạảãắằẳẵặấầẩẫậếềểễệịọỏốồổỗộớờởỡợụủứừửữựỳỷỹđ")
    assert "Kính gửi" in rendered.text and "báo cáo" in rendered.text


@pytest.mark.parametrize("kind", KINDS)
def test_short_text_ends_with_the_link(kind: str, deadline: Deadline) -> None:
    context, _ = _contexts(deadline)[kind]
    rendered = render(kind, context, "zalo")
    last = rendered.short_text.splitlines()[-1]
    assert last.endswith(OVERVIEW if kind in ("escalation", "digest") else deadline.submit_url)


def test_subject_of_each_kind(deadline: Deadline) -> None:
    contexts = _contexts(deadline)
    subjects = {kind: render(kind, contexts[kind][0], "email").subject for kind in KINDS}
    assert subjects["upcoming"].startswith("[Nhắc hạn] 91-KH/TU")
    assert subjects["due_today"].startswith("[Hạn hôm nay]")
    assert subjects["overdue"].startswith("[Quá hạn]") and "quá hạn 4 ngày" in subjects["overdue"]
    assert subjects["escalation"].startswith("[Chậm báo cáo] 2 đơn vị")
    assert subjects["digest"].startswith("[Tổng hợp tuần 26/06/2023 – 02/07/2023]")
    assert subjects["submission_confirmation"].startswith("[Đã ghi nhận]")


def test_escalation_lists_every_late_unit(deadline: Deadline) -> None:
    context, _ = _contexts(deadline)["escalation"]
    rendered = render("escalation", context, "email")
    for part in (rendered.text, rendered.html, rendered.short_text):
        assert "Đảng ủy xã Phổ An" in part and "Đảng ủy phường Nguyễn Nghiêm" in part
    assert "http://127.0.0.1:8080/ghi-nhan/tok-456" in rendered.text


def test_huge_escalation_fits_chat_limits_and_keeps_the_link(deadline: Deadline) -> None:
    late = [
        dataclasses.replace(deadline, assignee=f"Chi bộ thôn số {i}", submit_url=f"http://127.0.0.1:8080/ghi-nhan/t{i}")
        for i in range(300)
    ]
    context = EscalationContext("Ban Thường vụ Thị ủy", dt.date(2023, 7, 10), late, OVERVIEW)
    for channel_kind, limit in (("telegram", TELEGRAM_TEXT_LIMIT), ("zalo", ZALO_TEXT_LIMIT)):
        short = render("escalation", context, channel_kind).short_text
        assert len(short) <= limit
        assert short.endswith(f"Xem toàn bộ: {OVERVIEW}")
        assert "dòng, xem đầy đủ tại liên kết" in short
        assert short.startswith("300 đơn vị chưa báo cáo đúng hạn")


def test_html_escapes_user_content_text_keeps_it(deadline: Deadline) -> None:
    evil = dataclasses.replace(
        deadline, task='Báo cáo <script>alert("x")</script> & tổng kết', assignee="Chi bộ <b>A</b>"
    )
    rendered = render("overdue", ReminderContext("Chi bộ <b>A</b>", evil, dt.date(2023, 7, 1)), "email")
    assert "<script>" not in rendered.html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; tổng kết" in rendered.html
    assert "Chi bộ &lt;b&gt;A&lt;/b&gt;" in rendered.html
    assert '<script>alert("x")</script> & tổng kết' in rendered.text


def test_decomposed_input_is_normalised(deadline: Deadline) -> None:
    decomposed = dataclasses.replace(deadline, task=unicodedata.normalize("NFD", "Báo cáo tổng kết"))
    rendered = render("upcoming", ReminderContext("Chi bộ", decomposed, dt.date(2023, 6, 1)), "telegram")
    assert "Báo cáo tổng kết" in rendered.short_text


def test_reminder_kind_must_match_the_days_left(deadline: Deadline) -> None:
    with pytest.raises(ValueError):
        render("upcoming", ReminderContext("X", deadline, dt.date(2023, 7, 1)), "email")
    with pytest.raises(ValueError):
        render("overdue", ReminderContext("X", deadline, dt.date(2023, 6, 1)), "email")
    with pytest.raises(TypeError):
        render("escalation", ReminderContext("X", deadline, dt.date(2023, 7, 1)), "email")
    with pytest.raises(ValueError):
        render("unknown", ReminderContext("X", deadline, dt.date(2023, 7, 1)), "email")
    with pytest.raises(ValueError):
        render("upcoming", ReminderContext("X", deadline, dt.date(2023, 6, 1)), "sms")


def test_submission_on_time(deadline: Deadline) -> None:
    rendered = render("submission_confirmation", SubmissionContext("VP", deadline, dt.date(2023, 6, 29)), "telegram")
    assert "nộp đúng hạn" in rendered.short_text and "số" not in rendered.short_text.splitlines()[0]


def test_digest_sorts_into_sections(deadline: Deadline) -> None:
    late = dataclasses.replace(deadline, due_date=dt.date(2023, 6, 20), assignee="Chi bộ trễ")
    later = dataclasses.replace(deadline, due_date=dt.date(2023, 7, 20), assignee="Chi bộ sau")
    rendered = render(
        "digest",
        DigestContext("VP", dt.date(2023, 6, 26), dt.date(2023, 6, 26), [later, deadline, late], OVERVIEW),
        "email",
    )
    text = rendered.text
    assert text.index("QUÁ HẠN (1)") < text.index("Chi bộ trễ") < text.index("ĐẾN HẠN TRONG TUẦN (1)")
    assert (
        text.index("ĐẾN HẠN TRONG TUẦN (1)")
        < text.index("Đảng ủy xã Phổ An")
        < text.index("SẮP ĐẾN HẠN (1)")
        < text.index("Chi bộ sau")
    )


# ------------------------------------------------------------------ fit_text


def test_fit_text_keeps_short_text_unchanged() -> None:
    assert fit_text("a\nb\nlink", 100) == "a\nb\nlink"


def test_fit_text_drops_lines_then_words_keeping_the_tail() -> None:
    text = "\n".join(f"dòng {i}" for i in range(50)) + "\nhttp://x/y"
    out = fit_text(text, 60)
    assert len(out) <= 60 and out.endswith("http://x/y") and out.startswith("dòng 0")
    single = "từ " * 100 + "\nhttp://x/y"
    out = fit_text(single, 50)
    assert len(out) <= 50 and out.endswith("http://x/y") and "…" in out
    assert fit_text("x" * 30, 10) == "x" * 9 + "…"
