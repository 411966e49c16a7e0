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
from dataclasses import dataclass

from fastapi import APIRouter, Depends, File, Form, UploadFile
from fastapi.responses import RedirectResponse, Response

from calendar_rules.vietnamese import format_day
from dondoc.chase.dates import parse_user_date
from dondoc.errors import DondocError, FieldError
from dondoc.occurrence import actions
from dondoc.occurrence.extension_requests import decide_extension, request_extension
from dondoc.occurrence.lookup import OccurrenceView, find_occurrence
from dondoc.web.auth import SignedIn, signed_in
from dondoc.web.csrf import csrf_valid
from dondoc.web.evidence import read_upload, store_evidence
from dondoc.web.pages import render_occurrence
from dondoc.web.phrasing import phrase
from dondoc.web.queries import occurrence_detail
from dondoc.web.scope import can_act_for_unit, can_decide, can_see_occurrence

router = APIRouter()
_CSRF_ERROR = "Phiên làm việc đã hết hạn hoặc biểu mẫu không đến từ trang này; mời thử lại."
_FORBIDDEN = "Tài khoản của đồng chí không có quyền thực hiện thao tác này."


@dataclass(frozen=True)
class OccurrenceForm(SignedIn):
    """A form posted about one occurrence by a signed-in user, with the form's CSRF token."""

    occurrence_id: int
    csrf: str


def posted(occurrence_id: int, csrf: str = Form(""), me: SignedIn = Depends(signed_in)) -> OccurrenceForm:
    return OccurrenceForm(**vars(me), occurrence_id=occurrence_id, csrf=csrf)


# Who may take an action: the assignee's side, or whoever decides for it (its report-to unit).
Allowed = Callable[[OccurrenceForm, OccurrenceView, str | None], bool]


def _for_unit(form: OccurrenceForm, view: OccurrenceView, report_to_id: str | None) -> bool:
    return can_act_for_unit(form.session, form.user, view.assignee_id)


def _deciding(form: OccurrenceForm, view: OccurrenceView, report_to_id: str | None) -> bool:
    return can_decide(form.session, form.user, view.assignee_id, report_to_id)


def _act(form: OccurrenceForm, allowed: Allowed, work: Callable[[OccurrenceView], str]) -> Response:
    """The shared shape: visible, CSRF, allowed, then the action in one transaction."""
    request, session, occurrence_id = form.request, form.session, form.occurrence_id
    detail = occurrence_detail(session, occurrence_id)
    if detail is None or not can_see_occurrence(session, form.user, occurrence_id):
        return render_occurrence(form, occurrence_id)  # the 404 page
    if not csrf_valid(request, form.csrf):
        return render_occurrence(form, occurrence_id, error=_CSRF_ERROR, status_code=400)
    view = find_occurrence(session, occurrence_id)
    if not allowed(form, view, detail.report_to_id):
        return render_occurrence(form, occurrence_id, error=_FORBIDDEN, status_code=403)
    try:
        notice = work(view)
        session.commit()
    except DondocError as exc:
        session.rollback()
        return render_occurrence(form, occurrence_id, error=phrase(exc), status_code=400)
    request.session["notice"] = notice
    return RedirectResponse(f"/occurrences/{occurrence_id}", status_code=303)


def _day(text: str, field: str, default: dt.date | None = None) -> dt.date:
    if not text.strip():
        if default is None:
            raise FieldError(field, "cần ngày dạng dd/mm/yyyy")
        return default
    return parse_user_date(text.strip(), field)


@router.post("/occurrences/{occurrence_id}/submission", include_in_schema=False)
def submit(
    ref: str = Form(""),
    on: str = Form(""),
    evidence: UploadFile | None = File(None),
    form: OccurrenceForm = Depends(posted),
) -> Response:
    session, today, now = form.session, form.today, form.now

    def work(view: OccurrenceView) -> str:
        day = _day(on, "submitted_on", today)
        upload = read_upload(evidence.filename or "", evidence.file) if evidence and evidence.filename else None
        submission = actions.record_submission(session, view, ref=ref, on=day, today=today, actor=form.actor, at=now)
        if upload is not None:
            home = form.request.app.state.settings.home
            store_evidence(session, home, view, submission, upload, actor=form.actor, at=now)
        return f"Đã ghi nhận {submission.ref} ngày {format_day(day)}."

    return _act(form, _for_unit, work)


@router.post("/occurrences/{occurrence_id}/extension-request", include_in_schema=False)
def ask_extension(to: str = Form(""), reason: str = Form(""), form: OccurrenceForm = Depends(posted)) -> Response:
    def work(view: OccurrenceView) -> str:
        new_due = _day(to, "to")
        request_extension(form.session, view, to=new_due, reason=reason, actor=form.actor, at=form.now)
        return f"Đã gửi đề nghị gia hạn đến {format_day(new_due)}; chờ cấp trên quyết định."

    return _act(form, _for_unit, work)


@router.post("/occurrences/{occurrence_id}/extension-requests/{request_id}", include_in_schema=False)
def decide(
    request_id: int, decision: str = Form(""), note: str = Form(""), form: OccurrenceForm = Depends(posted)
) -> Response:
    def work(view: OccurrenceView) -> str:
        approve = decision == "approve"
        decided = decide_extension(
            form.session, view, request_id, approve=approve, note=note, actor=form.actor, at=form.now
        )
        day = format_day(decided.requested_due)
        return f"Đã chấp thuận gia hạn đến {day}." if approve else f"Đã không chấp thuận gia hạn đến {day}."

    return _act(form, _deciding, work)


@router.post("/occurrences/{occurrence_id}/waiver", include_in_schema=False)
def waive(reason: str = Form(""), form: OccurrenceForm = Depends(posted)) -> Response:
    def work(view: OccurrenceView) -> str:
        actions.waive(form.session, view, reason=reason, actor=form.actor, at=form.now)
        return "Đã miễn báo cáo kỳ này."

    return _act(form, _deciding, work)


@router.post("/occurrences/{occurrence_id}/acknowledgement", include_in_schema=False)
def acknowledge(until: str = Form(""), reason: str = Form(""), form: OccurrenceForm = Depends(posted)) -> Response:
    def work(view: OccurrenceView) -> str:
        promised = _day(until, "until")
        actions.acknowledge(
            form.session, view, until=promised, today=form.today, reason=reason, actor=form.actor, at=form.now
        )
        return f"Đã ghi nhận hẹn nộp đến {format_day(promised)}."

    return _act(form, _for_unit, work)
