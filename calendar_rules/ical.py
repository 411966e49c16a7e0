"""iCal rendering of occurrences: the bytes calendar apps subscribe to.

Pure: the caller passes ``today`` (for the state markers) and every value an event
shows; nothing here reads a database or a clock.

Choices that calendar apps force on us:

* One all-day VEVENT per occurrence, on the last day that is still on time. VTODO
  would be the textbook type, but Google Calendar, Outlook and iOS ignore it.
* The UID is derived from the occurrence's stable key (plan, task code, assignee,
  period), never random: a re-render, another server or a rebuilt database gives
  the same UID, so clients update the event instead of duplicating it.
* SEQUENCE and LAST-MODIFIED come from the occurrence row, which bumps them on every
  change; DTSTAMP is LAST-MODIFIED too, so the same data renders the same bytes
  (and the same ETag) on every request of the day.
* The state is a marker in SUMMARY ("[Quá hạn] ..."), since no client shows STATUS.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from urllib.parse import quote

import icalendar

from calendar_rules.vietnamese import TIMEZONE, LabelledEnum

from .ical_text import content_line, escape_text, format_date, format_duration, format_integer, format_uri, format_utc
from .vietnamese import format_day

PRODID = "-//dondoc//Lich han bao cao//VI"
UID_DOMAIN = "dondoc"
DUE_SOON_DAYS = 7
ALARM_DAYS_BEFORE = 3


class FeedState(LabelledEnum):
    """Where an occurrence stands on ``today``, as the calendar shows it; its ``label`` (a marker) starts the
    event's SUMMARY ("[Quá hạn] ...") since no client shows STATUS."""

    upcoming = "upcoming", ""
    due_soon = "due_soon", "[Sắp đến hạn]"
    due_today = "due_today", "[Hôm nay đến hạn]"
    overdue = "overdue", "[Quá hạn]"
    submitted = "submitted", "[Đã nộp]"
    submitted_late = "submitted_late", "[Đã nộp muộn]"
    waived = "waived", "[Được miễn]"


# No alarm on what needs nothing more from anyone.
_SETTLED = frozenset({FeedState.submitted, FeedState.submitted_late, FeedState.waived})


def occurrence_uid(plan_id: str, task_code: str, assignee_id: str, period: str) -> str:
    """The UID of an occurrence forever: its key (task = plan + code, assignee, period).

    Percent-encoded so task codes such as "II.2.2-3/cấp dưới" stay ASCII, which every
    client accepts; ``|`` separates the parts unambiguously (it is encoded inside them).
    """
    parts = (plan_id, task_code, assignee_id, period)
    return "|".join(quote(part, safe="-._~") for part in parts) + "@" + UID_DOMAIN


def unit_day_uid(unit_id: str, day: dt.date) -> str:
    """The UID of a summary event (a unit's lower units, one day): from the unit and the day, never random."""
    return f"tong-hop|{quote(unit_id, safe='-._~')}|{day.isoformat()}@{UID_DOMAIN}"


def occurrence_state(
    status: str, due: dt.date, submitted_on: dt.date | None, today: dt.date, *, due_soon_days: int = DUE_SOON_DAYS
) -> FeedState:
    """The state marker of an occurrence whose (moved) due date is ``due``."""
    if status == "waived":
        return FeedState.waived
    if status == "submitted":
        late = submitted_on is not None and submitted_on > due
        return FeedState.submitted_late if late else FeedState.submitted
    if today > due:
        return FeedState.overdue
    if today == due:
        return FeedState.due_today
    if (due - today).days <= due_soon_days:
        return FeedState.due_soon
    return FeedState.upcoming


@dataclass(frozen=True)
class FeedEvent:
    """Everything one event shows; built by the caller from an occurrence and its task."""

    uid: str
    due: dt.date
    title: str
    state: FeedState
    sequence: int
    last_modified: dt.datetime
    assignee_name: str
    plan_number: str | None = None
    task_code: str | None = None
    period_label: str | None = None
    report_to_name: str | None = None
    evidence: str | None = None
    evidence_line: int | None = None
    link: str | None = None
    categories: Sequence[str | None] = field(default_factory=tuple)
    alarm_days_before: int = ALARM_DAYS_BEFORE
    notes: Sequence[str] = ()  # more lines of the description (a summary event's counts)

    @property
    def summary(self) -> str:
        marker = self.state.label
        return f"{marker} {self.title}" if marker else self.title


def _format_date(day: dt.date) -> str:
    return format_day(day)


def event_description(event: FeedEvent) -> str:
    """The event's text: what, for which period, to whom, on what authority, and the link."""
    lines: list[str] = []
    if event.plan_number and event.task_code:
        lines.append(f"Kế hoạch {event.plan_number}, nhiệm vụ {event.task_code}")
    elif event.plan_number:
        lines.append(f"Kế hoạch {event.plan_number}")
    lines.append(f"Đơn vị thực hiện: {event.assignee_name}")
    if event.period_label:
        lines.append(f"Kỳ báo cáo: {event.period_label}")
    lines.append(f"Hạn: {_format_date(event.due)}")
    if event.report_to_name:
        lines.append(f"Báo cáo về: {event.report_to_name}")
    marker = event.state.label
    if marker:
        lines.append(f"Tình trạng: {marker.strip('[]')}")
    if event.evidence:
        where = f" (dòng {event.evidence_line})" if event.evidence_line else ""
        lines.append(f"Căn cứ{where}: “{event.evidence}”")
    lines.extend(event.notes)
    if event.link and event.state not in _SETTLED:
        lines.append(f"Ghi nhận đã nộp: {event.link}")
    return "\n".join(lines)


def _utc(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None:
        raise ValueError(f"naive datetime for LAST-MODIFIED: {moment!r}")
    return moment.astimezone(dt.UTC).replace(microsecond=0)


def _vevent(event: FeedEvent) -> icalendar.Event:
    modified = _utc(event.last_modified)
    vevent = icalendar.Event()
    vevent.add("uid", event.uid)
    vevent.add("dtstamp", modified)
    vevent.add("dtstart", event.due)
    vevent.add("dtend", event.due + dt.timedelta(days=1))
    vevent.add("summary", event.summary)
    vevent.add("description", event_description(event))
    vevent.add("sequence", event.sequence)
    vevent.add("last-modified", modified)
    vevent.add("transp", "TRANSPARENT")  # a deadline does not make anyone busy
    vevent.add("class", "PRIVATE")
    categories = [c for c in event.categories if c]
    if categories:
        vevent.add("categories", categories)
    if event.link and event.state not in _SETTLED:
        vevent.add("url", event.link)
    if event.state not in _SETTLED and event.alarm_days_before > 0:
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"Còn {event.alarm_days_before} ngày đến hạn: {event.title}")
        alarm.add("trigger", dt.timedelta(days=-event.alarm_days_before))
        vevent.add_component(alarm)
    return vevent


def _event_lines(event: FeedEvent, out: list[bytes]) -> None:
    """``_vevent(event)``'s content lines, in icalendar's order: its canonical order, then by name."""
    modified = format_utc(_utc(event.last_modified)).encode()
    open_ = event.state not in _SETTLED
    out.append(b"BEGIN:VEVENT")
    out.append(content_line("SUMMARY:" + escape_text(event.summary)))
    out.append(b"DTSTART;VALUE=DATE:" + format_date(event.due).encode())
    out.append(b"DTEND;VALUE=DATE:" + format_date(event.due + dt.timedelta(days=1)).encode())
    out.append(b"DTSTAMP:" + modified)
    out.append(content_line("UID:" + escape_text(event.uid)))
    out.append(b"SEQUENCE:" + format_integer(event.sequence).encode())
    categories = [escape_text(c) for c in event.categories if c]
    if categories:
        out.append(content_line("CATEGORIES:" + ",".join(categories)))
    out.append(b"CLASS:PRIVATE")
    out.append(content_line("DESCRIPTION:" + escape_text(event_description(event))))
    out.append(b"LAST-MODIFIED:" + modified)
    out.append(b"TRANSP:TRANSPARENT")
    if event.link and open_:
        out.append(content_line("URL:" + format_uri(event.link)))
    if open_ and event.alarm_days_before > 0:
        days = event.alarm_days_before
        out.append(b"BEGIN:VALARM")
        out.append(b"ACTION:DISPLAY")
        out.append(content_line("DESCRIPTION:" + escape_text(f"Còn {days} ngày đến hạn: {event.title}")))
        out.append(b"TRIGGER:" + format_duration(dt.timedelta(days=-days)).encode())
        out.append(b"END:VALARM")
    out.append(b"END:VEVENT")


def render_calendar(
    events: Iterable[FeedEvent], *, name: str, description: str | None = None, refresh_minutes: int = 60
) -> bytes:
    """A whole VCALENDAR, UTF-8, CRLF-folded as RFC 5545 asks.

    NAME and REFRESH-INTERVAL are the RFC 7986 properties; X-WR-CALNAME and
    X-PUBLISHED-TTL are what Outlook, Google and Apple actually read.

    Written line by line (``ical_text``), byte for byte what ``render_calendar_reference``
    builds with ``icalendar`` (the tests compare them), in a fraction of its time. NAME (RFC 7986)
    and the X-WR- names and descriptions are TEXT values (RFC 5545 3.8.8.2: an X- property is TEXT
    unless typed), so their commas, semicolons and newlines are escaped like SUMMARY's: a committee
    named "Đảng ủy xã A, huyện B" would otherwise reach a client as a list of two names.
    """
    ttl = format_duration(dt.timedelta(minutes=refresh_minutes))
    out = [
        b"BEGIN:VCALENDAR",
        b"VERSION:2.0",
        content_line("PRODID:" + escape_text(PRODID)),
        b"CALSCALE:GREGORIAN",
        b"METHOD:PUBLISH",
    ]
    if description:
        out.append(content_line("DESCRIPTION:" + escape_text(description)))
        out.append(content_line("X-WR-CALDESC:" + escape_text(description)))
    out.append(content_line("NAME:" + escape_text(name)))
    out.append(content_line("X-WR-CALNAME:" + escape_text(name)))
    out.append(content_line("REFRESH-INTERVAL;VALUE=DURATION:" + ttl))
    out.append(content_line("X-PUBLISHED-TTL:" + ttl))
    out.append(content_line("X-WR-TIMEZONE:" + TIMEZONE))
    for event in events:
        _event_lines(event, out)
    out.append(b"END:VCALENDAR")
    return b"\r\n".join(out) + b"\r\n"


def render_calendar_reference(
    events: Iterable[FeedEvent], *, name: str, description: str | None = None, refresh_minutes: int = 60
) -> bytes:
    """``render_calendar`` built with the ``icalendar`` package: the reference its bytes must equal.

    Slow on big feeds (generic type conversion and folding); the tests compare both writers.
    """
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # icalendar 7 leaves NAME and X- properties untyped (written verbatim): typed here as the TEXT they are
    calendar.add("name", icalendar.vText(name))
    calendar.add("x-wr-calname", icalendar.vText(name))
    if description:
        calendar.add("description", description)
        calendar.add("x-wr-caldesc", icalendar.vText(description))
    calendar.add("x-wr-timezone", TIMEZONE)
    ttl = dt.timedelta(minutes=refresh_minutes)
    calendar.add("refresh-interval", ttl, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", icalendar.vDuration(ttl))  # X- properties are text unless typed
    for event in events:
        calendar.add_component(_vevent(event))
    return calendar.to_ical()
