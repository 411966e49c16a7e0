"""Vietnamese message texts, rendered from Jinja2 files in ``notifications/templates/``.

Six kinds: ``upcoming`` (reminder before the due date), ``due_today``,
``overdue``, ``escalation`` (to the higher committee, listing the late units),
``digest`` (weekly summary) and ``submission_confirmation``. Each kind has four
files: ``{kind}.subject.j2``, ``{kind}.txt.j2`` (email text part),
``{kind}.html.j2`` (email HTML part, autoescaped) and ``{kind}.short.j2`` (chat
channels, last line = the link).

Every message names the plan (number and title), the task, the period
("Quý II/2023"), the due date ("Thứ Sáu, 30/06/2023"), the days left or late,
to whom the report goes and the link to record the submission. Dates and
periods come from ``calendar_rules.vietnamese``; the "today" a message counts
from is always passed in, never read from the clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from calendar_rules.vietnamese import days_phrase_vi, format_date_vi, format_short_date_vi, period_label_vi
from notifications.message import OutgoingMessage
from notifications.text import TELEGRAM_TEXT_LIMIT, ZALO_TEXT_LIMIT, fit_text, nfc, single_line

if TYPE_CHECKING:
    import jinja2

TEMPLATE_DIR = Path(__file__).parent / "templates"
KINDS = (
    "upcoming",
    "due_today",
    "overdue",
    "escalation",
    "reminder_list",
    "overdue_list",
    "digest",
    "submission_confirmation",
)
LIST_KINDS = ("reminder_list", "overdue_list")
MAX_LISTED = 30  # a grouped message lists at most this many deadlines; the rest are behind its link
DIGEST_LISTED = 40  # the weekly digest lists at most this many; its link opens the committee's page
CHANNEL_KINDS = ("email", "telegram", "zalo", "folder")

# Chat length limits per channel kind; email and folder get the strictest so
# their stored short text could be forwarded to any chat channel.
SHORT_LIMITS = {
    "telegram": TELEGRAM_TEXT_LIMIT,
    "zalo": ZALO_TEXT_LIMIT,
    "email": ZALO_TEXT_LIMIT,
    "folder": ZALO_TEXT_LIMIT,
}
SUBJECT_LIMIT = 200


@dataclass(frozen=True)
class Deadline:
    """One deadline occurrence: (task, assignee, period) with its due date."""

    plan_number: str  # "91-KH/TU"
    plan_title: str
    task: str
    period: str  # stable period key: "2023-Q2", "2023-H1", "2023-03", "2023"
    due_date: dt.date
    assignee: str  # the unit that must report
    report_to: str  # "Ban Thường vụ Thị ủy (qua Ban Tuyên giáo Thị ủy)"
    submit_url: str  # where the submission is recorded (one-click link)
    document_kind: str = "Kế hoạch"  # Kế hoạch, Hướng dẫn, Công văn

    def days_left(self, today: dt.date) -> int:
        """Due date minus today: positive before, 0 on, negative after the due date."""
        return (self.due_date - today).days


@dataclass(frozen=True)
class ReminderContext:
    """For ``upcoming`` (days left > 0), ``due_today`` (0) and ``overdue`` (< 0)."""

    recipient: str
    deadline: Deadline
    today: dt.date


@dataclass(frozen=True)
class EscalationContext:
    """To a higher committee: the units under it that have not reported in time."""

    recipient: str
    today: dt.date
    late: Sequence[Deadline]
    overview_url: str
    level: int = 1  # 1: the committee the report goes to; 2: the level above it


@dataclass(frozen=True)
class ListContext:
    """Several of one unit's own deadlines in one message: ``reminder_list`` or ``overdue_list``."""

    recipient: str
    today: dt.date
    items: Sequence[Deadline]
    overview_url: str  # where the deadlines beyond ``MAX_LISTED`` are listed


@dataclass(frozen=True)
class DigestContext:
    """Weekly summary of a committee's open deadlines (the week starts on ``week_start``)."""

    recipient: str
    week_start: dt.date
    today: dt.date
    items: Sequence[Deadline]
    overview_url: str
    total: int | None = None  # how many deadlines there are in all, when ``items`` holds only the first ones
    note: str | None = None  # a closing line the sender adds (the top committee's gets the audit anchor)


@dataclass(frozen=True)
class SubmissionContext:
    """Confirmation that a unit's report was recorded."""

    recipient: str
    deadline: Deadline
    submitted_on: dt.date
    report_number: str | None = None
    recorded_by: str | None = None


Context = ReminderContext | EscalationContext | ListContext | DigestContext | SubmissionContext


@dataclass(frozen=True)
class RenderedMessage:
    subject: str
    text: str
    html: str | None
    short_text: str

    def to_message(self, key: str, url: str) -> OutgoingMessage:
        return OutgoingMessage(
            key=key, url=url, subject=self.subject, text=self.text, html=self.html, short_text=self.short_text
        )


@dataclass(frozen=True)
class _Item:
    """What templates read about a deadline: every label already in Vietnamese."""

    plan_number: str
    plan_title: str
    document_kind: str
    task: str
    period_label: str
    due_label: str
    due_short: str
    days: int
    days_phrase: str
    assignee: str
    report_to: str
    submit_url: str


@dataclass(frozen=True)
class _Group:
    """Late units of one (plan, task, period, due date): an escalation lists them together."""

    head: _Item
    units: list[_Item] = field(default_factory=list)


def _item(deadline: Deadline, today: dt.date) -> _Item:
    days = deadline.days_left(today)
    return _Item(
        plan_number=deadline.plan_number,
        plan_title=deadline.plan_title,
        document_kind=deadline.document_kind,
        task=deadline.task,
        period_label=period_label_vi(deadline.period),
        due_label=format_date_vi(deadline.due_date),
        due_short=format_short_date_vi(deadline.due_date),
        days=days,
        days_phrase=days_phrase_vi(days),
        assignee=deadline.assignee,
        report_to=deadline.report_to,
        submit_url=deadline.submit_url,
    )


def _variables(kind: str, context: Context) -> dict[str, Any]:
    if kind in ("upcoming", "due_today", "overdue"):
        if not isinstance(context, ReminderContext):
            raise TypeError(f"{kind} needs a ReminderContext")
        item = _item(context.deadline, context.today)
        expected = {"upcoming": item.days > 0, "due_today": item.days == 0, "overdue": item.days < 0}[kind]
        if not expected:
            raise ValueError(f"{kind} does not fit a deadline with {item.days} days left")
        return {"recipient": context.recipient, "d": item, "today": format_date_vi(context.today)}
    if kind == "escalation":
        if not isinstance(context, EscalationContext):
            raise TypeError("escalation needs an EscalationContext")
        if not context.late:
            raise ValueError("an escalation lists at least one late unit")
        groups: dict[tuple, _Group] = {}
        ordered = sorted(context.late, key=lambda d: (d.due_date, d.plan_number, d.task, d.assignee))
        for deadline in ordered[:MAX_LISTED]:
            item = _item(deadline, context.today)
            group_key = (deadline.plan_number, deadline.task, deadline.period, deadline.due_date, deadline.report_to)
            groups.setdefault(group_key, _Group(head=item)).units.append(item)
        return {
            "recipient": context.recipient,
            "today": format_date_vi(context.today),
            "groups": list(groups.values()),
            "unit_count": len({d.assignee for d in context.late}),
            "late_count": len(context.late),
            "more": max(len(ordered) - MAX_LISTED, 0),
            "overview_url": context.overview_url,
            "level": context.level,
        }
    if kind in LIST_KINDS:
        if not isinstance(context, ListContext):
            raise TypeError(f"{kind} needs a ListContext")
        if not context.items:
            raise ValueError(f"{kind} lists at least one deadline")
        items = sorted((_item(d, context.today) for d in context.items), key=lambda i: (i.days, i.plan_number, i.task))
        return {
            "recipient": context.recipient,
            "today": format_date_vi(context.today),
            "overdue": kind == "overdue_list",
            "items": items[:MAX_LISTED],
            "total": len(items),
            "more": max(len(items) - MAX_LISTED, 0),
            "overview_url": context.overview_url,
        }
    if kind == "digest":
        if not isinstance(context, DigestContext):
            raise TypeError("digest needs a DigestContext")
        return _digest_variables(context)
    if kind == "submission_confirmation":
        if not isinstance(context, SubmissionContext):
            raise TypeError("submission_confirmation needs a SubmissionContext")
        item = _item(context.deadline, context.submitted_on)
        late_days = -item.days if item.days < 0 else 0
        return {
            "recipient": context.recipient,
            "d": item,
            "submitted_label": format_date_vi(context.submitted_on),
            "report_number": context.report_number,
            "recorded_by": context.recorded_by,
            "late_days": late_days,
            "timeliness": f"nộp chậm {late_days} ngày so với hạn" if late_days else "nộp đúng hạn",
        }
    raise ValueError(f"unknown message kind {kind!r} (one of {', '.join(KINDS)})")


@dataclass(frozen=True)
class _PlanGroup:
    """A digest's deadlines of one plan, by unit: the plan's title is written once."""

    head: _Item
    units: dict[str, list[_Item]] = field(default_factory=dict)


def _digest_variables(context: DigestContext) -> dict[str, Any]:
    """Counts by section for the whole digest; the first ``DIGEST_LISTED`` deadlines by plan, then unit."""
    items = sorted((_item(d, context.today) for d in context.items), key=lambda i: (i.days, i.plan_number, i.task))
    week_end = context.week_start + dt.timedelta(days=6)
    days_to_week_end = (week_end - context.today).days
    total = max(context.total or 0, len(items))
    plans: dict[str, _PlanGroup] = {}
    for item in items[:DIGEST_LISTED]:
        group = plans.setdefault(item.plan_number, _PlanGroup(head=item))
        group.units.setdefault(item.assignee, []).append(item)
    return {
        "recipient": context.recipient,
        "week_label": f"{format_short_date_vi(context.week_start)} – {format_short_date_vi(week_end)}",
        "overdue_count": sum(1 for i in items if i.days < 0),
        "this_week_count": sum(1 for i in items if 0 <= i.days <= days_to_week_end),
        "later_count": sum(1 for i in items if i.days > days_to_week_end),
        "total": total,
        "plans": list(plans.values()),
        "more": total - min(len(items), DIGEST_LISTED),
        "overview_url": context.overview_url,
        "note": context.note,
    }


def _autoescape(name: str | None) -> bool:
    return bool(name and name.endswith(".html.j2"))


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """One Jinja2 environment: StrictUndefined (a missing field fails loudly), HTML autoescaped.

    jinja2 is imported here, on the first render: the package's names (and the settings, which read
    ``notifications.endpoints``) are imported by commands that render nothing."""
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=_autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


def render(kind: str, context: Context, channel_kind: str) -> RenderedMessage:
    """The message of ``kind`` for ``context``, shaped for ``channel_kind``.

    ``email`` and ``folder`` get subject, text, HTML and a short text;
    ``telegram`` and ``zalo`` get subject, text and a short text within their
    limit (no HTML). Text is NFC-normalised Vietnamese.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown message kind {kind!r} (one of {', '.join(KINDS)})")
    if channel_kind not in CHANNEL_KINDS:
        raise ValueError(f"unknown channel kind {channel_kind!r} (one of {', '.join(CHANNEL_KINDS)})")
    variables = _variables(kind, context)
    env = environment()
    subject = single_line(env.get_template(f"{kind}.subject.j2").render(variables))
    if len(subject) > SUBJECT_LIMIT:
        subject = subject[: SUBJECT_LIMIT - 1].rstrip() + "…"
    text = nfc(env.get_template(f"{kind}.txt.j2").render(variables)).strip() + "\n"
    html = None
    if channel_kind in ("email", "folder"):
        html = nfc(env.get_template(f"{kind}.html.j2").render(variables, subject=subject))
    short = nfc(env.get_template(f"{kind}.short.j2").render(variables)).strip()
    return RenderedMessage(
        subject=subject, text=text, html=html, short_text=fit_text(short, SHORT_LIMITS[channel_kind])
    )
