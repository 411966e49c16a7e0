"""Feed events and iCal bodies as the tests build and read them: a sample event to vary, and bodies
parsed both by ``icalendar`` and by the independent strict ``ical`` parser."""

from __future__ import annotations

import datetime as dt

import icalendar
from ical.calendar_stream import IcsCalendarStream

from calendar_rules.ical import FeedEvent, FeedState, occurrence_uid

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


def events_of(body: bytes) -> dict[str, icalendar.cal.Component]:
    """VEVENTs by UID, after checking the body also satisfies the strict ``ical`` parser."""
    strict = IcsCalendarStream.calendar_from_ics(body.decode("utf-8"))
    calendar = icalendar.Calendar.from_ical(body)
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert len(events) == len(strict.events) == len(list(calendar.walk("VEVENT")))
    assert {e.uid for e in strict.events} == set(events)
    return events
