"""Extension requests: a unit asks for a later due date, the committee above decides.

Asking changes nothing in the chase: the ladder keeps its course until the
request is approved, and approval is exactly ``dondoc.occurrence.actions.extend``
(the same history event as ``dondoc extend``), so the web, the API and the CLI
cannot disagree on what an extension does. Refusal is recorded with its note.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, col, select

from calendar_rules.vietnamese import format_day
from dondoc.db.models import ExtensionRequest
from dondoc.errors import DondocError, FieldError, NotFound
from dondoc.history import append_events
from dondoc.history.events import occurrence_event
from dondoc.occurrence.actions import check_extension, extend
from dondoc.occurrence.lookup import OccurrenceView

PENDING = "pending"
STATUS_LABELS = {"pending": "đang chờ quyết định", "approved": "đã chấp thuận", "refused": "không chấp thuận"}


def pending_request(session: Session, occurrence_id: int) -> ExtensionRequest | None:
    """The one open request of an occurrence, if any (a unit asks once at a time)."""
    return session.exec(
        select(ExtensionRequest).where(
            col(ExtensionRequest.occurrence_id) == occurrence_id, col(ExtensionRequest.status) == PENDING
        )
    ).first()


def request_extension(
    session: Session, view: OccurrenceView, *, to: dt.date, reason: str, actor: str, at: dt.datetime
) -> ExtensionRequest:
    """Record the unit's request; the due date moves only when it is approved."""
    reason = check_extension(view, to, reason, action="đề nghị gia hạn", what="hạn đề nghị")
    if pending_request(session, view.id) is not None:
        raise DondocError(f"kỳ báo cáo #{view.id} đã có một đề nghị gia hạn đang chờ quyết định")
    request = ExtensionRequest(
        occurrence_id=view.id, requested_due=to, reason=reason, requested_by=actor, requested_at=at
    )
    session.add(request)
    session.flush()
    details = {"request_id": request.id, "to": to.isoformat(), "reason": reason}
    outcome = f"đề nghị gia hạn đến {format_day(to)}"
    event = occurrence_event(view, "extension_requested", at=at, actor=actor, outcome=outcome, details=details)
    append_events(session, [event])
    return request


def decide_extension(
    session: Session,
    view: OccurrenceView,
    request_id: int,
    *,
    approve: bool,
    note: str,
    actor: str,
    at: dt.datetime,
) -> ExtensionRequest:
    """Approve (the due date moves, as ``dondoc extend`` does) or refuse (with a note)."""
    request = session.get(ExtensionRequest, request_id)
    if request is None or request.occurrence_id != view.id:
        raise NotFound(f"không có đề nghị gia hạn #{request_id} của kỳ báo cáo #{view.id}")
    if request.status != PENDING:
        raise DondocError(f"đề nghị gia hạn #{request_id} {STATUS_LABELS.get(request.status, request.status)}")
    note = note.strip()
    if approve:
        reason = request.reason + (f" (ý kiến: {note})" if note else "")
        extend(session, view, to=request.requested_due, reason=reason, actor=actor, at=at)
    else:
        if not note:
            raise FieldError("note", "không chấp thuận gia hạn cần nêu lý do")
        details = {"request_id": request.id, "to": request.requested_due.isoformat(), "reason": note}
        outcome = f"không chấp thuận gia hạn đến {format_day(request.requested_due)}"
        event = occurrence_event(view, "extension_refused", at=at, actor=actor, outcome=outcome, details=details)
        append_events(session, [event])
    request.status = "approved" if approve else "refused"
    request.decided_by, request.decided_at, request.decision_note = actor, at, note or None
    session.add(request)
    session.flush()
    return request
