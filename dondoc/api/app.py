"""``/api/v1``: what an e-office system needs to tell dondoc about incoming reports.

Mounted inside the web app as its own FastAPI application, so it has its own
OpenAPI document (``/api/v1/openapi.json``) and docs page (``/api/v1/docs``).
Bearer tokens (``dondoc api token ORG``) scope every call to the committee's
subtree; an occurrence outside it is a 404, like one that does not exist.
The rules are ``dondoc.occurrence.actions``: the same events as the CLI, with
``api:<committee>`` as the actor. Posting the same body twice records nothing
new (200); a different second one is a conflict (409).
"""

from __future__ import annotations

import datetime as dt

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from dondoc.api.ratelimit import RateLimiter
from dondoc.api.schemas import AckIn, ExtensionIn, OccurrenceOut, Recorded, SubmissionIn
from dondoc.api.tokens import token_hash, token_owner
from dondoc.db.models import Committee, ExtensionRequest, Occurrence, Plan, Submission, Task
from dondoc.errors import DondocError
from dondoc.occurrence import actions
from dondoc.occurrence.extension_requests import pending_request, request_extension
from dondoc.occurrence.lookup import OccurrenceView, find_occurrence
from dondoc.occurrence.queries import joined
from dondoc.settings import Settings
from dondoc.web.deps import get_now, get_session, get_today

_bearer = HTTPBearer(auto_error=False)


def caller(
    request: Request,
    credentials: HTTPAuthorizationCredentials | None = Depends(_bearer),
    session: Session = Depends(get_session),
) -> Committee:
    """The committee of a live token; 401 otherwise; 429 past the rate limit."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise HTTPException(401, "cần mã API (Authorization: Bearer …)", headers={"WWW-Authenticate": "Bearer"})
    wait = request.app.state.limiter.allow(token_hash(credentials.credentials))
    if wait is not None:
        raise HTTPException(429, "quá nhiều yêu cầu; thử lại sau", headers={"Retry-After": str(int(wait))})
    owner = token_owner(session, credentials.credentials)
    if owner is None:
        raise HTTPException(401, "mã API không hợp lệ hoặc đã bị thu hồi", headers={"WWW-Authenticate": "Bearer"})
    return owner


def _in_scope(session: Session, owner: Committee, occurrence_id: int) -> OccurrenceView:
    view = None
    try:
        view = find_occurrence(session, occurrence_id)
    except DondocError:
        pass
    assignee = session.get(Committee, view.assignee_id) if view else None
    if view is None or assignee is None or not assignee.path.startswith(owner.path):
        raise HTTPException(404, f"không có kỳ báo cáo #{occurrence_id}")
    return view


def _invalid(exc: DondocError) -> JSONResponse:
    field = exc.field if isinstance(exc, actions.ImplausibleDate) else None
    message = exc.message if isinstance(exc, actions.ImplausibleDate) else str(exc)
    return JSONResponse({"detail": message, "field": field}, status_code=422)


def list_occurrences(
    org: str | None = None,
    status: str | None = Query(None, pattern="^(open|submitted|waived|cancelled)$"),
    from_: dt.date | None = Query(None, alias="from"),
    to: dt.date | None = None,
    owner: Committee = Depends(caller),
    session: Session = Depends(get_session),
) -> list[OccurrenceOut]:
    """Occurrences of the token's subtree (or of ``org`` inside it), by due date."""
    root = owner
    if org is not None:
        unit = session.get(Committee, org)
        if unit is None or not unit.path.startswith(owner.path):
            raise HTTPException(404, f"không có đơn vị '{org}'")
        root = unit
    query = joined(select(Occurrence, Task.code, Plan.id, Committee.id)).where(
        col(Committee.path).startswith(root.path, autoescape=True)
    )
    if status:
        query = query.where(col(Occurrence.status) == status)
    if from_:
        query = query.where(col(Occurrence.current_due) >= from_)
    if to:
        query = query.where(col(Occurrence.current_due) <= to)
    rows = session.exec(query.order_by(col(Occurrence.current_due), col(Occurrence.id)).limit(5000)).all()
    return [
        OccurrenceOut(
            id=occ.id,
            task=code,
            plan=plan,
            unit=unit,
            period=occ.period,
            due=occ.current_due,
            status=str(getattr(occ.status, "value", occ.status)),
        )
        for occ, code, plan, unit in rows
    ]


def post_submission(
    occurrence_id: int,
    body: SubmissionIn,
    owner: Committee = Depends(caller),
    session: Session = Depends(get_session),
    today: dt.date = Depends(get_today),
    now: dt.datetime = Depends(get_now),
) -> JSONResponse:
    view = _in_scope(session, owner, occurrence_id)
    existing = session.exec(select(Submission).where(col(Submission.occurrence_id) == view.id)).first()
    if existing is not None:
        if existing.ref == body.reference.strip() and existing.submitted_on == body.submitted_on:
            return JSONResponse(Recorded(id=existing.id or 0, created=False).model_dump(), status_code=200)
        raise HTTPException(409, f"kỳ báo cáo #{view.id} đã ghi nhận báo cáo khác ({existing.ref})")
    try:
        row = actions.record_submission(
            session, view, ref=body.reference, on=body.submitted_on, today=today, actor=f"api:{owner.id}", at=now
        )
        session.commit()
    except DondocError as exc:
        session.rollback()
        if view.status != "open":
            raise HTTPException(409, str(exc)) from None
        return _invalid(exc)
    return JSONResponse(Recorded(id=row.id or 0, created=True).model_dump(), status_code=201)


def post_extension_request(
    occurrence_id: int,
    body: ExtensionIn,
    owner: Committee = Depends(caller),
    session: Session = Depends(get_session),
    now: dt.datetime = Depends(get_now),
) -> JSONResponse:
    view = _in_scope(session, owner, occurrence_id)
    pending = pending_request(session, view.id)
    if pending is not None:
        if pending.requested_due == body.to and pending.reason == body.reason.strip():
            return JSONResponse(Recorded(id=pending.id or 0, created=False).model_dump(), status_code=200)
        raise HTTPException(409, f"kỳ báo cáo #{view.id} đã có đề nghị gia hạn khác đang chờ quyết định")
    try:
        row: ExtensionRequest = request_extension(
            session, view, to=body.to, reason=body.reason, actor=f"api:{owner.id}", at=now
        )
        session.commit()
    except DondocError as exc:
        session.rollback()
        return _invalid(exc)
    return JSONResponse(Recorded(id=row.id or 0, created=True).model_dump(), status_code=201)


def post_acknowledgement(
    occurrence_id: int,
    body: AckIn,
    owner: Committee = Depends(caller),
    session: Session = Depends(get_session),
    today: dt.date = Depends(get_today),
    now: dt.datetime = Depends(get_now),
) -> JSONResponse:
    view = _in_scope(session, owner, occurrence_id)
    occ = session.get(Occurrence, view.id)
    if occ is not None and occ.ack_until is not None:
        if occ.ack_until == body.until:
            return JSONResponse(Recorded(id=view.id, created=False).model_dump(), status_code=200)
        raise HTTPException(409, f"kỳ báo cáo #{view.id} đã có ngày hẹn nộp khác")
    try:
        actions.acknowledge(
            session, view, until=body.until, today=today, reason=body.reason, actor=f"api:{owner.id}", at=now
        )
        session.commit()
    except DondocError as exc:
        session.rollback()
        return _invalid(exc)
    return JSONResponse(Recorded(id=view.id, created=True).model_dump(), status_code=201)


def create_api(settings: Settings, engine: Engine, *, per_minute: int = 120) -> FastAPI:
    """The API application; ``dondoc.web.app`` mounts it at ``/api/v1``."""
    api = FastAPI(
        title="dondoc API",
        version="1",
        description="Đồng bộ văn bản đến (báo cáo) từ hệ thống văn phòng điện tử vào dondoc.",
        docs_url="/docs",
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    api.state.settings, api.state.engine = settings, engine
    api.state.limiter = RateLimiter(per_minute)
    api.get("/occurrences", response_model=list[OccurrenceOut], summary="Các kỳ báo cáo")(list_occurrences)
    for path, handler, summary in (
        ("/occurrences/{occurrence_id}/submission", post_submission, "Ghi nhận đã nộp báo cáo"),
        ("/occurrences/{occurrence_id}/extension-request", post_extension_request, "Đề nghị gia hạn"),
        ("/occurrences/{occurrence_id}/acknowledgement", post_acknowledgement, "Hẹn ngày nộp"),
    ):
        api.post(path, response_model=Recorded, status_code=201, summary=summary)(handler)
    return api
