"""A feed's rows turned into iCal events and the calendar body."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Connection
from sqlmodel import Session

from calendar_rules.ical import FeedEvent, occurrence_state, render_calendar, unit_day_uid
from calendar_rules.vietnamese import format_short_date_vi, period_label_vi
from dondoc.links import make_submission_link
from dondoc.occurrence.identity import occurrence_uid
from dondoc.settings import Settings
from dondoc.web.feed_query import (
    FeedScope,
    UnitDay,
    feed_rows,
    feed_window,
    subtree_window,
    summary_rows,
)

REFRESH_MINUTES = 60  # how often calendar apps are asked to poll

# --------------------------------------------------------------------------- events and calendar


def _status_value(status: Any) -> str:
    return str(status.value if hasattr(status, "value") else status)


def _report_to(report_to: str | None, via: str | None) -> str | None:
    """ "Thị ủy Đức Phổ (qua Ban Tuyên giáo Thị ủy Đức Phổ)", as plans write it."""
    if report_to and via:
        return f"{report_to} (qua {via})"
    return report_to or via


def link_instant(today: dt.date, timezone: str) -> dt.datetime:
    """The instant one-click links are issued at: local midnight of ``today``.

    Pinned to the day (not the request time) so a feed renders the same bytes all
    day long and its links age with the day like the rest of the feed.
    """
    return dt.datetime.combine(today, dt.time(0, 0), tzinfo=ZoneInfo(timezone)).astimezone(dt.UTC)


def build_events(
    rows: Sequence[Any], *, today: dt.date, link_at: dt.datetime, subtree: bool, settings: Settings
) -> list[FeedEvent]:
    """One FeedEvent per row; in a subtree feed the title names the unit, since many units share a task.

    Links are signed with the app's own ``settings`` (its secret and base URL).
    """
    events: list[FeedEvent] = []
    labels: dict[str, str] = {}
    for (
        occ_id,
        assignee_id,
        assignee_name,
        period,
        current_due,
        status,
        submitted_on,
        sequence,
        updated_at,
        plan_id,
        code,
        title,
        evidence,
        evidence_line,
        plan_number,
        report_to,
        via,
    ) in rows:
        label = labels.get(period)
        if label is None:
            label = labels[period] = period_label_vi(period)
        events.append(
            FeedEvent(
                uid=occurrence_uid(plan_id, code, assignee_id, period),
                due=current_due,
                title=f"{assignee_name}: {title}" if subtree else title,
                state=occurrence_state(_status_value(status), current_due, submitted_on, today),
                sequence=sequence,
                last_modified=updated_at,
                assignee_name=assignee_name,
                plan_number=plan_number,
                task_code=code,
                period_label=label,
                report_to_name=_report_to(report_to, via),
                evidence=evidence,
                evidence_line=evidence_line,
                link=make_submission_link(
                    occurrence_id=occ_id, recipient_id=assignee_id, at=link_at, settings=settings
                ),
                categories=(plan_number,),
            )
        )
    return events


def summary_events(summaries: Sequence[UnitDay], *, today: dt.date, settings: Settings) -> list[FeedEvent]:
    """One event per (unit, day) for the units deep in a subtree, saying how many reports are due and where they stand."""
    events: list[FeedEvent] = []
    for s in summaries:
        status = "open" if s.open else ("submitted" if s.submitted else "waived")
        notes = [f"Chưa nộp: {s.open}", f"Đã nộp: {s.submitted}"]
        if s.waived:
            notes.append(f"Được miễn: {s.waived}")
        notes.append(f"Xem chi tiết: {settings.base_url.rstrip('/')}/committees/{s.unit_id}")
        events.append(
            FeedEvent(
                uid=unit_day_uid(s.unit_id, s.due),
                due=s.due,
                title=f"Các đơn vị trực thuộc {s.unit_name}: {s.total} kỳ báo cáo",
                state=occurrence_state(status, s.due, None, today),
                sequence=s.sequence,
                last_modified=s.last_modified,
                assignee_name=f"{s.units} đơn vị trực thuộc {s.unit_name}",
                notes=tuple(notes),
            )
        )
    return events


def calendar_name(scope: FeedScope) -> str:
    suffix = " và các đơn vị trực thuộc" if scope.subtree else ""
    return f"Hạn báo cáo — {scope.committee_name}{suffix}"


@dataclass(frozen=True)
class FeedCalendar:
    """What a feed's calendar holds, before it is written: its events, name and description."""

    events: list[FeedEvent]
    name: str
    description: str


def feed_calendar(conn: Connection | Session, scope: FeedScope, *, today: dt.date, settings: Settings) -> FeedCalendar:
    """The events, name and description of a feed, for ``today``."""
    rows = feed_rows(conn, scope, today)
    events = build_events(
        rows, today=today, link_at=link_instant(today, settings.timezone), subtree=scope.subtree, settings=settings
    )
    if scope.subtree:
        events += summary_events(summary_rows(conn, scope, today), today=today, settings=settings)
        first, last = subtree_window(today)
        description = (
            f"Các kỳ báo cáo của {scope.committee_name} và các đơn vị trực thuộc: hạn từ {format_short_date_vi(today)}"
            f" đến {format_short_date_vi(last)}, và các kỳ quá hạn chưa nộp từ {format_short_date_vi(first)}."
            " Các kỳ của đơn vị cấp dưới của từng đơn vị trực thuộc được gộp: mỗi đơn vị trực thuộc"
            " một sự kiện mỗi ngày."
            " Tạo bởi dondoc."
        )
    else:
        start, end = feed_window(today)
        description = f"Các kỳ báo cáo của {scope.committee_name}, hạn từ {format_short_date_vi(start)} đến {format_short_date_vi(end)}. Tạo bởi dondoc."
    return FeedCalendar(events, calendar_name(scope), description)


def render_feed(conn: Connection | Session, scope: FeedScope, *, today: dt.date, settings: Settings) -> bytes:
    """The whole .ics body of a feed, for ``today``."""
    feed = feed_calendar(conn, scope, today=today, settings=settings)
    return render_calendar(feed.events, name=feed.name, description=feed.description, refresh_minutes=REFRESH_MINUTES)
