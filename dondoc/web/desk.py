"""What a signed-in user does about an occurrence: record a submission (with an
evidence file), ask for an extension, decide on one, waive, promise a date.

Every form carries the session's CSRF token. Every action goes through
``dondoc.occurrence.actions`` (or ``extension_requests``), so the rules and history
events are the CLI's, with ``web:<username>`` as the actor. An occurrence the
user may not see is a 404, like one that does not exist.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from sqlmodel import Session

from dondoc.chase.dates import parse_user_date
from dondoc.db.models import User
from dondoc.errors import DondocError
from dondoc.occurrence import actions
from dondoc.occurrence.extension_requests import decide_extension, request_extension
from dondoc.occurrence.lookup import OccurrenceView, find_occurrence
from dondoc.web.auth import current_user
from dondoc.web.csrf import csrf_valid
from dondoc.web.deps import get_now, get_session, get_today
from dondoc.web.evidence import read_upload, store_evidence
from dondoc.web.pages import render_occurrence
from dondoc.web.queries import occurrence_detail
from dondoc.web.scope import can_act_for_unit, can_decide, can_see_occurrence

router = APIRouter()
_CSRF_ERROR = "Phiên làm việc đã hết hạn hoặc biểu mẫu không đến từ trang này; mời thử lại."
_FIELDS = {
    "submitted_on": "Ngày nộp",
    "evidence": "Tệp minh chứng",
    "reason": "Lý do",
    "to": "Hạn mới",
    "note": "Ý kiến",
}


def phrase(exc: DondocError) -> str:
    """A domain error as one sentence beside its field (``evidence: …`` → "Tệp minh chứng: …")."""
    if isinstance(exc, actions.ImplausibleDate):
        field, text = exc.field, exc.message
    else:
        field, _, text = str(exc).partition(": ") if ": " in str(exc) else ("", "", str(exc))
        field = field.lstrip("-")
        if field not in _FIELDS and field not in ("on", "ref", "until"):
            field, text = "", str(exc)
    label = _FIELDS.get(field, "")
    text = text[:1].upper() + text[1:]
    return f"{label}: {text}." if label else f"{text}."


def _act(
    request: Request,
    session: Session,
    user: User,
    occurrence_id: int,
    today: dt.date,
    csrf: str,
    allowed: Callable[[OccurrenceView, str | None], bool],
    work: Callable[[OccurrenceView], str],
) -> Response:
    """The shared shape: visible, CSRF, allowed, then the action in one transaction."""
    detail = occurrence_detail(session, occurrence_id)
    if detail is None or not can_see_occurrence(session, user, occurrence_id):
        return render_occurrence(request, session, user, occurrence_id, today)  # the 404 page
    if not csrf_valid(request, csrf):
        return render_occurrence(request, session, user, occurrence_id, today, error=_CSRF_ERROR, status_code=400)
    view = find_occurrence(session, occurrence_id)
    if not allowed(view, detail.report_to_id):
        return render_occurrence(
            request,
            session,
            user,
            occurrence_id,
            today,
            error="Tài khoản của đồng chí không có quyền thực hiện thao tác này.",
            status_code=403,
        )
    try:
        notice = work(view)
        session.commit()
    except DondocError as exc:
        session.rollback()
        return render_occurrence(request, session, user, occurrence_id, today, error=phrase(exc), status_code=400)
    request.session["notice"] = notice
    return RedirectResponse(f"/occurrences/{occurrence_id}", status_code=303)


def _day(text: str, field: str, default: dt.date | None = None) -> dt.date:
    if not text.strip():
        if default is None:
            raise DondocError(f"{field}: cần ngày dạng dd/mm/yyyy")
        return default
    return parse_user_date(text.strip(), field)


@router.post("/occurrences/{occurrence_id}/submission", include_in_schema=False)
def submit(
    occurrence_id: int,
    request: Request,
    ref: str = Form(""),
    on: str = Form(""),
    csrf: str = Form(""),
    evidence: UploadFile | None = File(None),
    user: User = Depends(current_user),
    session: Session = Depends(get_session),
    today: dt.date = Depends(get_today),
    now: dt.datetime = Depends(get_now),
) -> Response:
    actor = f"web:{user.username}"

    def work(view: OccurrenceView) -> str:
        day = _day(on, "submitted_on", today)
        upload = read_upload(evidence.filename or "", evidence.file) if evidence and evidence.filename else None
        submission = actions.record_submission(session, view, ref=ref, on=day, today=today, actor=actor, at=now)
        if upload is not None:
            store_evidence(session, request.app.state.settings.home, view, submission, upload, actor=actor, at=now)
        return f"Đã ghi nhận {submission.ref} ngày {day.strftime('%d/%m/%Y')}."

    return _act(
        request,
        session,
        user,
        occurrence_id,
        today,
        csrf,
        lambda v, _: can_act_for_unit(session, user, v.assignee_id),
        work,
    )


@router.post("/occurrences/{occurrence_id}/extension-request", include_in_schema=False)
def ask_extension(
    occurrence_id: int,
    request: Request,
    to: str = Form(""),
    reason: str = Form(""),
    csrf: str = Form(""),
    user: User = Depends(current_user),
    session: Session = Depends(get_session),
    today: dt.date = Depends(get_today),
    now: dt.datetime = Depends(get_now),
) -> Response:
    def work(view: OccurrenceView) -> str:
        new_due = _day(to, "to")
        request_extension(session, view, to=new_due, reason=reason, actor=f"web:{user.username}", at=now)
        return f"Đã gửi đề nghị gia hạn đến {new_due.strftime('%d/%m/%Y')}; chờ cấp trên quyết định."

    return _act(
        request,
        session,
        user,
        occurrence_id,
        today,
        csrf,
        lambda v, _: can_act_for_unit(session, user, v.assignee_id),
        work,
    )


@router.post("/occurrences/{occurrence_id}/extension-requests/{request_id}", include_in_schema=False)
def decide(
    occurrence_id: int,
    request_id: int,
    request: Request,
    decision: str = Form(""),
    note: str = Form(""),
    csrf: str = Form(""),
    user: User = Depends(current_user),
    session: Session = Depends(get_session),
    today: dt.date = Depends(get_today),
    now: dt.datetime = Depends(get_now),
) -> Response:
    def work(view: OccurrenceView) -> str:
        approve = decision == "approve"
        decided = decide_extension(
            session, view, request_id, approve=approve, note=note, actor=f"web:{user.username}", at=now
        )
        day = decided.requested_due.strftime("%d/%m/%Y")
        return f"Đã chấp thuận gia hạn đến {day}." if approve else f"Đã không chấp thuận gia hạn đến {day}."

    return _act(
        request,
        session,
        user,
        occurrence_id,
        today,
        csrf,
        lambda v, report_to: can_decide(session, user, v.assignee_id, report_to),
        work,
    )


@router.post("/occurrences/{occurrence_id}/waiver", include_in_schema=False)
def waive(
    occurrence_id: int,
    request: Request,
    reason: str = Form(""),
    csrf: str = Form(""),
    user: User = Depends(current_user),
    session: Session = Depends(get_session),
    today: dt.date = Depends(get_today),
    now: dt.datetime = Depends(get_now),
) -> Response:
    def work(view: OccurrenceView) -> str:
        actions.waive(session, view, reason=reason, actor=f"web:{user.username}", at=now)
        return "Đã miễn báo cáo kỳ này."

    return _act(
        request,
        session,
        user,
        occurrence_id,
        today,
        csrf,
        lambda v, report_to: can_decide(session, user, v.assignee_id, report_to),
        work,
    )


@router.post("/occurrences/{occurrence_id}/acknowledgement", include_in_schema=False)
def acknowledge(
    occurrence_id: int,
    request: Request,
    until: str = Form(""),
    reason: str = Form(""),
    csrf: str = Form(""),
    user: User = Depends(current_user),
    session: Session = Depends(get_session),
    today: dt.date = Depends(get_today),
    now: dt.datetime = Depends(get_now),
) -> Response:
    def work(view: OccurrenceView) -> str:
        promised = _day(until, "until")
        actions.acknowledge(
            session, view, until=promised, today=today, reason=reason, actor=f"web:{user.username}", at=now
        )
        return f"Đã ghi nhận hẹn nộp đến {promised.strftime('%d/%m/%Y')}."

    return _act(
        request,
        session,
        user,
        occurrence_id,
        today,
        csrf,
        lambda v, _: can_act_for_unit(session, user, v.assignee_id),
        work,
    )
