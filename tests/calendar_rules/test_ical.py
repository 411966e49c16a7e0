"""iCal rendering: stable UIDs, state markers, the properties calendar apps read,
checked with ``icalendar`` and with the independent strict ``ical`` parser."""

from __future__ import annotations

import datetime as dt

import pytest

from calendar_rules.ical import FeedState, occurrence_state, occurrence_uid, render_calendar
from tests.support.ical import MODIFIED, event, parse_both


def test_uid_depends_only_on_the_key_and_is_ascii() -> None:
    first = occurrence_uid("plan", "II.2.2-3/cấp dưới", "chi-bo-1", "2023-Q2")
    assert first == occurrence_uid("plan", "II.2.2-3/cấp dưới", "chi-bo-1", "2023-Q2")
    assert first.isascii() and first.endswith("@dondoc")
    assert first != occurrence_uid("plan", "II.2.2-3", "chi-bo-1", "2023-Q2")
    # the separator cannot be forged from inside a part
    assert occurrence_uid("a|b", "c", "d", "e") != occurrence_uid("a", "b|c", "d", "e")


@pytest.mark.parametrize(
    ("status", "submitted_on", "today", "expected"),
    [
        ("open", None, dt.date(2023, 6, 1), FeedState.upcoming),
        ("open", None, dt.date(2023, 6, 23), FeedState.due_soon),
        ("open", None, dt.date(2023, 6, 30), FeedState.due_today),
        ("open", None, dt.date(2023, 7, 1), FeedState.overdue),
        ("submitted", dt.date(2023, 6, 29), dt.date(2023, 7, 5), FeedState.submitted),
        ("submitted", dt.date(2023, 7, 3), dt.date(2023, 7, 5), FeedState.submitted_late),
        ("waived", None, dt.date(2023, 7, 5), FeedState.waived),
    ],
)
def test_state_on_a_day(status: str, submitted_on: dt.date | None, today: dt.date, expected: FeedState) -> None:
    assert occurrence_state(status, dt.date(2023, 6, 30), submitted_on, today) is expected


def test_calendar_has_the_properties_clients_read() -> None:
    body = render_calendar(
        [event()], name="Hạn báo cáo — Thị ủy Đức Phổ", description="Các kỳ báo cáo", refresh_minutes=60
    )
    calendar = parse_both(body)
    assert str(calendar["X-WR-CALNAME"]) == "Hạn báo cáo — Thị ủy Đức Phổ"
    assert str(calendar["NAME"]) == "Hạn báo cáo — Thị ủy Đức Phổ"
    assert str(calendar["X-WR-TIMEZONE"]) == "Asia/Ho_Chi_Minh"
    text = body.decode("utf-8")
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT1H" in text
    assert "X-PUBLISHED-TTL:PT1H" in text
    assert "BEGIN:VTODO" not in text
    (vevent,) = calendar.walk("VEVENT")
    assert vevent.decoded("DTSTART") == dt.date(2023, 6, 30)  # all-day: a DATE, not a DATETIME
    assert vevent.decoded("DTEND") == dt.date(2023, 7, 1)
    assert str(vevent["SUMMARY"]) == "[Sắp đến hạn] Báo cáo kết quả thực hiện Kế hoạch"
    assert int(vevent["SEQUENCE"]) == 2
    assert vevent.decoded("LAST-MODIFIED") == MODIFIED
    description = str(vevent["DESCRIPTION"])
    for part in (
        "Kế hoạch 91-KH/TU, nhiệm vụ II.2.2-3",
        "Quý II/2023",
        "Hạn: 30/06/2023",
        "qua Ban Tuyên giáo",
        "(dòng 87)",
        "https://lich.dondoc.test/s/abc",
    ):
        assert part in description
    assert vevent["CATEGORIES"].cats == ["91-KH/TU"]
    (alarm,) = vevent.walk("VALARM")
    assert alarm.decoded("TRIGGER") == -dt.timedelta(days=3)


def test_settled_occurrences_have_no_alarm_and_no_link() -> None:
    for state in (FeedState.submitted, FeedState.submitted_late, FeedState.waived):
        (vevent,) = parse_both(render_calendar([event(state=state)], name="x")).walk("VEVENT")
        assert str(vevent["SUMMARY"]).startswith(state.label)
        assert vevent.walk("VALARM") == []
        assert "URL" not in vevent
        assert "https://lich.dondoc.test/s/abc" not in str(vevent["DESCRIPTION"])


def test_same_events_render_the_same_bytes() -> None:
    events = [event(), event(uid="other@dondoc", state=FeedState.overdue)]
    assert render_calendar(events, name="x") == render_calendar(list(events), name="x")


def test_naive_modification_time_is_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        render_calendar([event(last_modified=dt.datetime(2023, 6, 1))], name="x")


def test_empty_calendar_is_valid() -> None:
    calendar = parse_both(render_calendar([], name="Trống"))
    assert calendar.walk("VEVENT") == []
