"""iCal rendering: stable UIDs, state markers, the properties calendar apps read,
checked with ``icalendar`` and with the independent strict ``ical`` parser."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest
from ical.calendar_stream import IcsCalendarStream

from calendar_rules.ical import STATE_MARKERS, FeedEvent, FeedState, occurrence_state, occurrence_uid, render_calendar

MODIFIED = dt.datetime(2023, 6, 1, 3, 4, 5, tzinfo=dt.UTC)


def event(**changes: object) -> FeedEvent:
    values: dict[str, object] = dict(
        uid=occurrence_uid("91-kh-tu-duc-pho-2023", "II.2.2-3/cấp dưới", "chi-bo-tdp-1", "2023-Q2"),
        due=dt.date(2023, 6, 30),
        title="Báo cáo kết quả thực hiện Kế hoạch",
        state=FeedState.due_soon,
        sequence=2,
        last_modified=MODIFIED,
        assignee_name="Chi bộ Tổ dân phố 1",
        plan_number="91-KH/TU",
        task_code="II.2.2-3",
        period_label="Quý II/2023",
        report_to_name="Thị ủy Đức Phổ (qua Ban Tuyên giáo Thị ủy Đức Phổ)",
        evidence="Định kỳ hằng quý (trước ngày 30 của tháng cuối quý) báo cáo kết quả",
        evidence_line=87,
        link="https://lich.dondoc.test/s/abc",
        categories=("91-KH/TU",),
    )
    values.update(changes)
    return FeedEvent(**values)  # type: ignore[arg-type]


def parse_both(body: bytes) -> icalendar.Calendar:
    strict = IcsCalendarStream.calendar_from_ics(body.decode("utf-8"))
    calendar = icalendar.Calendar.from_ical(body)
    assert len(strict.events) == len(calendar.walk("VEVENT"))
    return calendar


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
        assert str(vevent["SUMMARY"]).startswith(STATE_MARKERS[state])
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
