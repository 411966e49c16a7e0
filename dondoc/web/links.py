"""One-click submission: the signed link in every reminder opens a page that shows the
occurrence and records the report (number, date) on POST, without a login.

The link is the credential (see ``dondoc.links``). POST also needs the
session's CSRF token, so another site cannot submit through a visitor's link.
Recording the submission and remembering the link as used happen in one
transaction: a replay, even a concurrent one, finds the ``used_link`` row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.exc import IntegrityError

from calendar_rules.vietnamese import format_day, format_local_time
from dondoc.chase.dates import parse_user_date
from dondoc.db.models import UsedLink
from dondoc.errors import DondocError
from dondoc.links import LinkClaims, LinkRefused, verify_link
from dondoc.occurrence.actions import record_submission
from dondoc.occurrence.lookup import find_occurrence
from dondoc.settings import Settings
from dondoc.web.csrf import csrf_valid
from dondoc.web.deps import RequestContext, request_context
from dondoc.web.phrasing import phrase
from dondoc.web.queries import occurrence_detail
from dondoc.web.templating import page

router = APIRouter()

_REFUSED_STATUS = {"tampered": 403, "expired": 410, "used": 409}
_REFUSED_TITLE = {
    "tampered": "Liên kết không hợp lệ",
    "expired": "Liên kết đã hết hạn",
    "used": "Liên kết đã được sử dụng",
}


@dataclass(frozen=True)
class Visit(RequestContext):
    """A request on a one-click link: the token in the address, with the session, today and now."""

    token: str


def visit(token: str, context: RequestContext = Depends(request_context)) -> Visit:
    return Visit(**vars(context), token=token)


def _claims(v: Visit) -> LinkClaims:
    settings: Settings = v.request.app.state.settings
    claims = verify_link(
        v.token, secret=settings.web_secret(), now=v.now, ttl=dt.timedelta(days=settings.link_ttl_days)
    )
    used = v.session.get(UsedLink, claims.nonce)
    if used is not None:
        raise LinkRefused(
            "used",
            f"Liên kết này đã được dùng để ghi nhận báo cáo lúc {format_local_time(used.used_at)}. Mỗi liên kết chỉ dùng được một lần.",
        )
    return claims


def _refused(request: Request, exc: LinkRefused) -> Response:
    return page(
        request,
        "error.html",
        {"title": _REFUSED_TITLE[exc.reason], "message": str(exc)},
        status_code=_REFUSED_STATUS[exc.reason],
    )


def _form(v: Visit, claims: LinkClaims, *, error: str | None = None, ref: str = "", on: str | None = None) -> Response:
    """The submission form; with ``error``, again with what was typed (400)."""
    detail = occurrence_detail(v.session, claims.occurrence_id)
    if detail is None:
        return page(
            v.request,
            "error.html",
            {"title": "Không tìm thấy", "message": "Kỳ báo cáo của liên kết này không còn trong hệ thống."},
            status_code=404,
        )
    context = {
        "token": v.token,
        "o": detail,
        "today": v.today,
        "error": error,
        "ref": ref,
        "on": on or format_day(v.today),
        "done": detail.status != "open",
    }
    return page(v.request, "submit.html", context, status_code=400 if error else 200)


@router.get("/s/{token}", response_class=HTMLResponse, include_in_schema=False)
def submission_page(v: Visit = Depends(visit)) -> Response:
    try:
        claims = _claims(v)
    except LinkRefused as exc:
        return _refused(v.request, exc)
    return _form(v, claims)


@router.post("/s/{token}", response_class=HTMLResponse, include_in_schema=False)
def submit(ref: str = Form(""), on: str = Form(""), csrf: str = Form(""), v: Visit = Depends(visit)) -> Response:
    request, session, now, today = v.request, v.session, v.now, v.today
    try:
        claims = _claims(v)
    except LinkRefused as exc:
        return _refused(request, exc)
    if not csrf_valid(request, csrf):
        error = "Phiên làm việc đã hết hạn hoặc biểu mẫu không đến từ trang này; mời bấm Ghi nhận lại."
        return _form(v, claims, error=error, ref=ref, on=on)
    try:
        submitted_on = parse_user_date(on.strip(), "submitted_on") if on.strip() else today
        view = find_occurrence(session, claims.occurrence_id)
        session.add(UsedLink(nonce=claims.nonce, used_at=now))
        session.flush()  # the link is spent in this transaction, or the insert fails for a replay
        record_submission(
            session, view, ref=ref, on=submitted_on, today=today, actor=f"link:{claims.recipient_id}", at=now
        )
        session.commit()
    except IntegrityError:
        session.rollback()
        return _refused(
            request,
            LinkRefused("used", "Liên kết này vừa được dùng để ghi nhận báo cáo. Mỗi liên kết chỉ dùng được một lần."),
        )
    except DondocError as exc:
        session.rollback()
        return _form(v, claims, error=phrase(exc), ref=ref, on=on)
    detail = occurrence_detail(session, claims.occurrence_id)
    return page(request, "submitted.html", {"o": detail, "ref": ref.strip()})
