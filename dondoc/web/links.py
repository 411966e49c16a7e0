"""One-click submission: the signed link in every reminder opens a page that shows the
occurrence and records the report (number, date) on POST, without a login.

The link is the credential (see ``dondoc.links``). POST also needs the
session's CSRF token, so another site cannot submit through a visitor's link.
Recording the submission and remembering the link as used happen in one
transaction: a replay, even a concurrent one, finds the ``used_link`` row.
"""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from dondoc.chase.dates import parse_user_date
from dondoc.db.models import UsedLink
from dondoc.errors import DondocError
from dondoc.history.queries import local_time
from dondoc.links import LinkClaims, LinkRefused, verify_link
from dondoc.occurrence.actions import record_submission
from dondoc.occurrence.lookup import find_occurrence
from dondoc.settings import Settings
from dondoc.web.csrf import csrf_valid
from dondoc.web.deps import get_now, get_session, get_today
from dondoc.web.queries import occurrence_detail
from dondoc.web.templating import page

router = APIRouter()

_REFUSED_STATUS = {"tampered": 403, "expired": 410, "used": 409}
_REFUSED_TITLE = {
    "tampered": "Liên kết không hợp lệ",
    "expired": "Liên kết đã hết hạn",
    "used": "Liên kết đã được sử dụng",
}


def _claims(request: Request, token: str, now: dt.datetime, session: Session) -> LinkClaims:
    settings: Settings = request.app.state.settings
    claims = verify_link(token, secret=settings.web_secret(), now=now, ttl=dt.timedelta(days=settings.link_ttl_days))
    used = session.get(UsedLink, claims.nonce)
    if used is not None:
        raise LinkRefused(
            "used",
            f"Liên kết này đã được dùng để ghi nhận báo cáo lúc {local_time(used.used_at)}. Mỗi liên kết chỉ dùng được một lần.",
        )
    return claims


def _refused(request: Request, exc: LinkRefused) -> Response:
    return page(
        request,
        "error.html",
        {"title": _REFUSED_TITLE[exc.reason], "message": str(exc)},
        status_code=_REFUSED_STATUS[exc.reason],
    )


def _form(
    request: Request,
    token: str,
    claims: LinkClaims,
    session: Session,
    today: dt.date,
    *,
    error: str | None = None,
    ref: str = "",
    on: str | None = None,
    status_code: int = 200,
) -> Response:
    detail = occurrence_detail(session, claims.occurrence_id)
    if detail is None:
        return page(
            request,
            "error.html",
            {"title": "Không tìm thấy", "message": "Kỳ báo cáo của liên kết này không còn trong hệ thống."},
            status_code=404,
        )
    context = {
        "token": token,
        "o": detail,
        "today": today,
        "error": error,
        "ref": ref,
        "on": on or today.strftime("%d/%m/%Y"),
        "done": detail.status != "open",
    }
    return page(request, "submit.html", context, status_code=status_code)


@router.get("/s/{token}", response_class=HTMLResponse, include_in_schema=False)
def submission_page(
    token: str,
    request: Request,
    session: Session = Depends(get_session),
    now: dt.datetime = Depends(get_now),
    today: dt.date = Depends(get_today),
) -> Response:
    try:
        claims = _claims(request, token, now, session)
    except LinkRefused as exc:
        return _refused(request, exc)
    return _form(request, token, claims, session, today)


@router.post("/s/{token}", response_class=HTMLResponse, include_in_schema=False)
def submit(
    token: str,
    request: Request,
    ref: str = Form(""),
    on: str = Form(""),
    csrf: str = Form(""),
    session: Session = Depends(get_session),
    now: dt.datetime = Depends(get_now),
    today: dt.date = Depends(get_today),
) -> Response:
    try:
        claims = _claims(request, token, now, session)
    except LinkRefused as exc:
        return _refused(request, exc)
    if not csrf_valid(request, csrf):
        return _form(
            request,
            token,
            claims,
            session,
            today,
            error="Phiên làm việc đã hết hạn hoặc biểu mẫu không đến từ trang này; mời bấm Ghi nhận lại.",
            ref=ref,
            on=on,
            status_code=400,
        )
    try:
        submitted_on = parse_user_date(on.strip(), "ngày nộp") if on.strip() else today
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
        message = str(exc).replace("--ref: ", "").replace("--on: ", "")
        return _form(
            request,
            token,
            claims,
            session,
            today,
            error=message[:1].upper() + message[1:] + ".",
            ref=ref,
            on=on,
            status_code=400,
        )
    detail = occurrence_detail(session, claims.occurrence_id)
    return page(request, "submitted.html", {"o": detail, "ref": ref.strip()})
