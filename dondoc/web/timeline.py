"""The timeline of an occurrence as a person reads it: Vietnamese labels for steps,
statuses and channels, who acted, and the reason given for each decision.

Codes (``remind-7#0``, ``sent``, ``web:vp.thiuy``) stay in the database and the
audit export; only the page translates them.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

from sqlmodel import Session, col, select

from calendar_rules.vietnamese import format_day
from dondoc.db.models import ExtensionRequest, HistoryEvent, Message
from dondoc.history.queries import KIND_LABELS

MESSAGE_STATUS = {
    "queued": "Đang chờ gửi",
    "sending": "Đang gửi",
    "sent": "Đã gửi",
    "failed": "Gửi không được",
    "skipped": "Không gửi",
}
CHANNELS = {
    "email": "Thư điện tử",
    "telegram": "Telegram",
    "zalo": "Zalo OA",
    "folder": "Hộp thư nội bộ",
    "outbox": "Hộp thư nội bộ",  # the folder channel in history events written before migration 0004_folder_kind
}
REQUEST_STATUS = {"pending": "Đang chờ quyết định", "approved": "Đã chấp thuận", "refused": "Không chấp thuận"}
_STEP = re.compile(r"^(?P<name>[a-z]+)-(?P<n>\d+)(?:#(?P<repeat>\d+))?(?:@(?P<due>\d{4}-\d{2}-\d{2}))?$")
_STEP_NAMES = {
    "remind": "Nhắc trước hạn {n} ngày",
    "overdue": "Báo quá hạn ({n} ngày làm việc sau hạn)",
    "escalate": "Báo cấp trên ({n} ngày làm việc sau hạn)",
}


def step_label(step: str | None) -> str:
    """``remind-7#0`` → "Nhắc trước hạn 7 ngày"; a repeat and a moved due date are said too."""
    if not step:
        return ""
    match = _STEP.match(step)
    if match is None or match["name"] not in _STEP_NAMES:
        return {"digest": "Bản tin tuần", "confirmation": "Xác nhận đã nộp"}.get(step.split("-")[0], step)
    text = _STEP_NAMES[match["name"]].format(n=match["n"])
    if match["repeat"] and int(match["repeat"]) > 0:
        text += f", nhắc lại lần {match['repeat']}"
    if match["due"]:
        text += f" (theo hạn mới {format_day(dt.date.fromisoformat(match['due']))})"
    return text


def actor_label(actor: str) -> str:
    """Who acted, in words: a web user, a one-click link, the e-office API, a chat reply, the system."""
    prefix, _, name = actor.partition(":")
    labels = {
        "web": "{} (trên trang web)",
        "link": "Liên kết một lần gửi {}",
        "api": "Hệ thống văn phòng điện tử ({})",
        "chat": "Trả lời qua tin nhắn ({})",
        "demo": "Kịch bản minh họa ({})",
    }
    if name and prefix in labels:
        return labels[prefix].format(name)
    return {"chase": "Hệ thống đôn đốc", "outbox": "Hệ thống gửi tin", "system": "Hệ thống"}.get(actor, actor)


@dataclass(frozen=True)
class TimelineRow:
    id: int
    at: dt.datetime
    kind: str
    label: str
    step: str
    actor: str
    recipient: str
    channel: str
    outcome: str
    reason: str


def _details(event: HistoryEvent) -> dict[str, object]:
    try:
        value = json.loads(event.details or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def timeline_rows(session: Session, occurrence_id: int) -> list[TimelineRow]:
    events = session.exec(
        select(HistoryEvent).where(col(HistoryEvent.occurrence_id) == occurrence_id).order_by(col(HistoryEvent.id))
    ).all()
    rows = []
    for event in events:
        details = _details(event)
        reason = details.get("reason") or details.get("note") or ""
        ref = details.get("ref")
        if event.kind == "evidence":
            reason = f"SHA-256 {details.get('sha256', '')}"
        rows.append(
            TimelineRow(
                id=event.id or 0,
                at=event.at,
                kind=event.kind,
                label=KIND_LABELS.get(event.kind, event.kind),
                step=step_label(str(details.get("step_key") or details.get("step") or "")),
                actor=actor_label(event.actor),
                recipient=event.recipient or "",
                channel=CHANNELS.get(event.channel or "", event.channel or ""),
                outcome=(event.outcome or "") + (f" — {ref}" if ref else ""),
                reason=str(reason),
            )
        )
    return rows


@dataclass(frozen=True)
class MessageRow:
    step: str
    channel: str
    subject: str
    status: str
    attempts: int
    sent_at: dt.datetime | None
    error: str


def message_rows(session: Session, occurrence_id: int) -> list[MessageRow]:
    messages = session.exec(
        select(Message).where(col(Message.occurrence_id) == occurrence_id).order_by(col(Message.id))
    ).all()
    return [
        MessageRow(
            step=step_label(m.step),
            channel=CHANNELS.get(str(getattr(m.channel_kind, "value", m.channel_kind)), str(m.channel_kind)),
            subject=m.subject,
            status=MESSAGE_STATUS.get(str(getattr(m.status, "value", m.status)), str(m.status)),
            attempts=m.attempts,
            sent_at=m.sent_at,
            error=m.error or "",
        )
        for m in messages
    ]


def extension_requests(session: Session, occurrence_id: int) -> list[ExtensionRequest]:
    return list(
        session.exec(
            select(ExtensionRequest)
            .where(col(ExtensionRequest.occurrence_id) == occurrence_id)
            .order_by(col(ExtensionRequest.id))
        ).all()
    )
