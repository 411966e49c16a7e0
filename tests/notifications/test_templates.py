"""Vietnamese templates: every kind, every channel kind, the required fields, limits and escaping."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata

import pytest

from notifications.render import (
    CHANNEL_KINDS,
    KINDS,
    MAX_LISTED,
    Deadline,
    DigestContext,
    EscalationContext,
    ListContext,
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
    second = dataclasses.replace(
        deadline, task="Báo cáo công tác phát triển đảng viên", submit_url="http://127.0.0.1:8080/ghi-nhan/tok-789"
    )
    return {
        "upcoming": (ReminderContext("Đảng ủy xã Phổ An", deadline, dt.date(2023, 6, 27)), "còn 3 ngày"),
        "due_today": (ReminderContext("Đảng ủy xã Phổ An", deadline, dt.date(2023, 6, 30)), "hạn hôm nay"),
        "overdue": (ReminderContext("Đảng ủy xã Phổ An", deadline, dt.date(2023, 7, 4)), "quá hạn 4 ngày"),
        "escalation": (
            EscalationContext("Ban Thường vụ Thị ủy Đức Phổ", dt.date(2023, 7, 5), [deadline, other], OVERVIEW),
            "quá hạn 5 ngày",
        ),
        "reminder_list": (
            ListContext("Đảng ủy xã Phổ An", dt.date(2023, 6, 27), [deadline, second], OVERVIEW),
            "còn 3 ngày",
        ),
        "overdue_list": (
            ListContext("Đảng ủy xã Phổ An", dt.date(2023, 7, 4), [deadline, second], OVERVIEW),
            "quá hạn 4 ngày",
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


SEVERAL = ("escalation", "reminder_list", "overdue_list", "digest")  # messages that list several deadlines


def test_every_kind_has_a_sample_here(deadline: Deadline) -> None:
    assert set(_contexts(deadline)) == set(KINDS) and len(KINDS) == 8


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
    if channel_kind in ("email", "folder"):
        assert rendered.html is not None
        parts["html"] = rendered.html.replace("&amp;", "&")
    else:
        assert rendered.html is None
    for name, part in parts.items():
        for value in required:
            assert value in part, f"{kind}/{channel_kind}/{name}: {value!r} missing"
    assert rendered.subject and "\n" not in rendered.subject
    if kind not in SEVERAL:  # those name several plans; the subject counts them
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
    expected = OVERVIEW if kind in ("escalation", "digest") else deadline.submit_url
    if kind in ("reminder_list", "overdue_list"):  # the last listed deadline's link
        expected = "http://127.0.0.1:8080/ghi-nhan/tok-789" if kind == "reminder_list" else expected
        assert "Ghi nhận: http://127.0.0.1:8080/ghi-nhan/" in last
    else:
        assert last.endswith(expected)


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
        # the message lists the first MAX_LISTED and says how many more; a chat's limit may cut further
        assert "Còn 270 báo cáo chậm khác" in short or "dòng, xem đầy đủ tại liên kết" in short
        assert short.startswith("300 đơn vị chưa báo cáo đúng hạn")
    assert "Còn 270 báo cáo chậm khác" in render("escalation", context, "email").text


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


def test_digest_counts_sections_and_groups_by_plan_then_unit(deadline: Deadline) -> None:
    late = dataclasses.replace(deadline, due_date=dt.date(2023, 6, 20), assignee="Chi bộ trễ")
    later = dataclasses.replace(deadline, due_date=dt.date(2023, 7, 20), assignee="Chi bộ sau")
    other_plan = dataclasses.replace(
        deadline, plan_number="12-HD/BTGTU", plan_title="Hướng dẫn khác", assignee="Chi bộ trễ"
    )
    rendered = render(
        "digest",
        DigestContext("VP", dt.date(2023, 6, 26), dt.date(2023, 6, 26), [later, deadline, late, other_plan], OVERVIEW),
        "email",
    )
    text = rendered.text
    assert "QUÁ HẠN (1), ĐẾN HẠN TRONG TUẦN (2), SẮP ĐẾN HẠN (1)" in text
    assert text.count(deadline.plan_title) == 1  # the plan's title once, its units under it
    assert text.index("Chi bộ trễ:") < text.index("Đảng ủy xã Phổ An:") < text.index("Chi bộ sau:")
    assert text.index("91-KH/TU") < text.index("12-HD/BTGTU")


def test_digest_of_a_top_committee_stays_short_and_links_to_the_rest(deadline: Deadline) -> None:
    """125 deadlines of three plans (the Tỉnh ủy's week in the example data): bounded, the rest behind the link."""
    plans = [("91-KH/TU", deadline.plan_title), ("05-HD/BTGTU", "Hướng dẫn đánh giá"), ("12-KH/ĐUK", "Kế hoạch khối")]
    items = [
        dataclasses.replace(
            deadline,
            plan_number=plans[i % 3][0],
            plan_title=plans[i % 3][1] + " — " + "nội dung dài " * 8,
            assignee=f"Chi bộ số {i % 40}",
            due_date=dt.date(2023, 6, 20) + dt.timedelta(days=i % 20),
            submit_url=f"http://127.0.0.1:8080/s/{'x' * 60}{i}",
        )
        for i in range(125)
    ]
    context = DigestContext("Ban Thường vụ Tỉnh ủy", dt.date(2023, 6, 26), dt.date(2023, 6, 26), items, OVERVIEW)
    for channel_kind in CHANNEL_KINDS:
        rendered = render("digest", context, channel_kind)
        assert len(rendered.text.encode("utf-8")) < 20_000, channel_kind
        assert rendered.html is None or len(rendered.html.encode("utf-8")) < 40_000
        assert "Còn 85 kỳ báo cáo khác" in rendered.text and OVERVIEW in rendered.text
        assert rendered.text.count(plans[0][1]) == 1


def test_grouped_reminders_list_every_item_up_to_the_bound(deadline: Deadline) -> None:
    items = [
        dataclasses.replace(deadline, task=f"Báo cáo chuyên đề số {i}", submit_url=f"http://127.0.0.1:8080/s/t{i}")
        for i in range(MAX_LISTED + 5)
    ]
    rendered = render("overdue_list", ListContext("Đảng ủy xã Phổ An", dt.date(2023, 7, 4), items, OVERVIEW), "email")
    assert rendered.subject.startswith(f"[Quá hạn] {MAX_LISTED + 5} báo cáo")
    assert sum(f"http://127.0.0.1:8080/s/t{i}\n" in rendered.text for i in range(MAX_LISTED + 5)) == MAX_LISTED
    assert "Còn 5 báo cáo khác" in rendered.text and OVERVIEW in rendered.text


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
