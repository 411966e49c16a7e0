"""Reading the history the way auditors ask for it, shared by ``dondoc audit`` and the web's
audit page so both filter, label and export rows identically."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from calendar_rules.vietnamese import TIMEZONE, format_local_time
from dondoc.db.models import Committee, HistoryEvent, Occurrence
from dondoc.errors import FieldError
from dondoc.history.chain import HISTORY_COLUMNS
from dondoc.org.queries import get_committee

LOCAL = ZoneInfo(TIMEZONE)

KIND_LABELS: dict[str, str] = {
    "step_due": "Đến bước nhắc",
    "escalation": "Báo cấp trên",
    "step_skipped": "Bỏ qua bước",
    "message_sent": "Đã gửi tin",
    "message_retry": "Gửi lại sau",
    "message_failed": "Gửi lỗi",
    "message_requeued": "Xếp lại tin",
    "message_possibly_duplicate": "Có thể gửi trùng",
    "digest_queued": "Xếp bản tin tuần",
    "submission": "Ghi nhận báo cáo",
    "extension": "Gia hạn",
    "waiver": "Miễn báo cáo",
    "acknowledgement": "Hẹn nộp",
    "extension_requested": "Đề nghị gia hạn",
    "extension_refused": "Không chấp thuận gia hạn",
    "evidence": "Đính kèm minh chứng",
    "api_token_issued": "Cấp mã API",
    "api_token_revoked": "Thu hồi mã API",
    "chat_refused": "Từ chối tin trả lời",
    "chat_submission": "Ghi nhận qua tin trả lời",
    "org_import": "Nhập cây tổ chức",
    "plan_import": "Nhập kế hoạch",
    "expand": "Lập lịch các kỳ",
    "feed_token_issued": "Cấp liên kết lịch",
    "feed_token_revoked": "Thu hồi liên kết lịch",
    "user_added": "Thêm người dùng",
    "user_disabled": "Khóa người dùng",
    "login_throttled": "Tạm khóa đăng nhập",
    "channel_unflagged": "Bỏ cờ lỗi kênh",
}

# the stored columns, each followed by the forms a person reads (local time, Vietnamese label)
_READABLE = {"at": ("at_local",), "kind": ("kind_label",)}
EXPORT_FIELDS = [name for column in HISTORY_COLUMNS for name in (column, *_READABLE.get(column, ()))]


def rows_in_order(session: Session, batch: int = 5000, after: int = 0) -> Iterator[HistoryEvent]:
    """Every history row with an id above ``after``, in id order, ``batch`` rows at a time (keyset pagination)."""
    last_id = after
    while True:
        chunk = session.exec(
            select(HistoryEvent).where(col(HistoryEvent.id) > last_id).order_by(col(HistoryEvent.id)).limit(batch)
        ).all()
        if not chunk:
            return
        yield from chunk
        last_id = chunk[-1].id  # type: ignore[assignment]


def day_start_utc(day: dt.date) -> dt.datetime:
    """The first instant of a local day, in UTC (the history stores UTC)."""
    return dt.datetime.combine(day, dt.time(0, 0), tzinfo=LOCAL).astimezone(dt.UTC)


def resolve_kind(text: str) -> str:
    """A kind from its code (``escalation``) or its Vietnamese label (``Báo cấp trên``, any case)."""
    wanted = " ".join(text.split()).casefold()
    for code, label in KIND_LABELS.items():
        if wanted in (code, label.casefold()):
            return code
    choices = ", ".join(f"{code} ({label})" for code, label in KIND_LABELS.items())
    raise FieldError("kind", f"loại '{text}' không có (chọn: {choices})")


def _subtree(session: Session, unit: str) -> Any:
    root = get_committee(session, unit)
    return select(Committee.id).where(col(Committee.path).startswith(root.path, autoescape=True))


def history_query(
    session: Session,
    *,
    org: str | None = None,
    recipient: str | None = None,
    plan: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    kinds: list[str] | None = None,
    occurrence_id: int | None = None,
) -> Any:
    """A SELECT of history rows; days are local and inclusive.

    ``org`` is the unit the event is about, with every unit under it: the
    assignee of the event's occurrence, or the event's unit when it concerns no
    occurrence. ``recipient`` is the unit that was sent the message (chased,
    or escalated to), exactly that unit.
    """
    query = select(HistoryEvent)
    if org:
        inside = _subtree(session, org)
        about = select(Occurrence.id).where(col(Occurrence.assignee_id).in_(inside))
        query = query.where(
            col(HistoryEvent.occurrence_id).in_(about)
            | (col(HistoryEvent.occurrence_id).is_(None) & col(HistoryEvent.committee_id).in_(inside))
        )
    if recipient:
        query = query.where(col(HistoryEvent.committee_id) == get_committee(session, recipient).id)
    if plan:
        query = query.where(col(HistoryEvent.plan_id) == plan)
    if start is not None:
        query = query.where(col(HistoryEvent.at) >= day_start_utc(start))
    if end is not None:
        query = query.where(col(HistoryEvent.at) < day_start_utc(end + dt.timedelta(days=1)))
    if kinds:
        query = query.where(col(HistoryEvent.kind).in_([resolve_kind(k) for k in kinds]))
    if occurrence_id is not None:
        query = query.where(col(HistoryEvent.occurrence_id) == occurrence_id)
    return query


def row_json(row: HistoryEvent) -> dict[str, Any]:
    """Every stored field (``EXPORT_FIELDS`` order), plus the local time and the kind's label;
    ``details`` parsed."""
    readable = {
        "at": row.at.isoformat(),
        "at_local": format_local_time(row.at),
        "kind_label": KIND_LABELS.get(row.kind, row.kind),
        "details": json.loads(row.details or "{}"),
    }
    return {name: readable[name] if name in readable else getattr(row, name) for name in EXPORT_FIELDS}


def csv_row(row: HistoryEvent) -> dict[str, Any]:
    """The export row: ``details`` kept exactly as stored, so the hash can be re-checked outside dondoc."""
    data = row_json(row)
    data["details"] = row.details
    return data
