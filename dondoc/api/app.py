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
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from dondoc.api import docs
from dondoc.api.ratelimit import RateLimiter
from dondoc.api.schemas import AckIn, ExtensionIn, OccurrenceOut, Recorded, SubmissionIn
from dondoc.api.tokens import token_owner
from dondoc.db.models import Committee, Occurrence, Plan, Submission, Task
from dondoc.errors import DondocError, FieldError
from dondoc.occurrence import actions
from dondoc.occurrence.extension_requests import pending_request, request_extension
from dondoc.occurrence.lookup import OccurrenceView, find_occurrence
from dondoc.occurrence.queries import joined
from dondoc.settings import Settings
from dondoc.web.deps import RequestContext, get_session, request_context
from dondoc.web.token_store import token_hash

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


# the body keys whose name is not the domain's field name
_KEYS = {"ref": "reference"}


def _invalid(exc: DondocError) -> JSONResponse:
    """422 with the refused body key (``field``, null when the error names none) and the problem."""
    if isinstance(exc, FieldError):
        return JSONResponse({"detail": exc.problem, "field": _KEYS.get(exc.field, exc.field)}, status_code=422)
    return JSONResponse({"detail": str(exc), "field": None}, status_code=422)


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


@dataclass(frozen=True)
class Call(RequestContext):
    """An authenticated call (``caller``): the token's committee, with the session, today and now."""

    owner: Committee


def api_call(owner: Committee = Depends(caller), context: RequestContext = Depends(request_context)) -> Call:
    return Call(**vars(context), owner=owner)


def _recorded(row_id: int | None, *, created: bool) -> JSONResponse:
    return JSONResponse(Recorded(id=row_id or 0, created=created).model_dump(), status_code=201 if created else 200)


class Earlier(NamedTuple):
    """What a POST finds already recorded: its id, whether the body repeats it, the 409's message if not."""

    id: int | None
    same: bool
    conflict: str


def _record(
    call: Call, earlier: Earlier | None, work: Callable[[], int | None], *, closed_is_conflict: bool = False
) -> JSONResponse:
    """The shared shape of a POST: a repeat of what is ``earlier`` is a 200, a different body a 409;
    otherwise ``work`` records in one transaction (201), and a refusal by the rules is a 422
    (a 409 with ``closed_is_conflict``: the occurrence is no longer open)."""
    if earlier is not None:
        if earlier.same:
            return _recorded(earlier.id, created=False)
        raise HTTPException(409, earlier.conflict)
    try:
        row_id = work()
        call.session.commit()
    except DondocError as exc:
        call.session.rollback()
        if closed_is_conflict:
            raise HTTPException(409, str(exc)) from None
        return _invalid(exc)
    return _recorded(row_id, created=True)


def post_submission(occurrence_id: int, body: SubmissionIn, call: Call = Depends(api_call)) -> JSONResponse:
    session, actor = call.session, f"api:{call.owner.id}"
    view = _in_scope(session, call.owner, occurrence_id)
    existing = session.exec(select(Submission).where(col(Submission.occurrence_id) == view.id)).first()
    earlier = None
    if existing is not None:
        same = existing.ref == body.reference.strip() and existing.submitted_on == body.submitted_on
        earlier = Earlier(existing.id, same, f"kỳ báo cáo #{view.id} đã ghi nhận báo cáo khác ({existing.ref})")

    def work() -> int | None:
        ref, on = body.reference, body.submitted_on
        return actions.record_submission(session, view, ref=ref, on=on, today=call.today, actor=actor, at=call.now).id

    return _record(call, earlier, work, closed_is_conflict=view.status != "open")


def post_extension_request(occurrence_id: int, body: ExtensionIn, call: Call = Depends(api_call)) -> JSONResponse:
    session, actor = call.session, f"api:{call.owner.id}"
    view = _in_scope(session, call.owner, occurrence_id)
    pending = pending_request(session, view.id)
    earlier = None
    if pending is not None:
        same = pending.requested_due == body.to and pending.reason == body.reason.strip()
        earlier = Earlier(pending.id, same, f"kỳ báo cáo #{view.id} đã có đề nghị gia hạn khác đang chờ quyết định")

    def work() -> int | None:
        return request_extension(session, view, to=body.to, reason=body.reason, actor=actor, at=call.now).id

    return _record(call, earlier, work)


def post_acknowledgement(occurrence_id: int, body: AckIn, call: Call = Depends(api_call)) -> JSONResponse:
    session, actor = call.session, f"api:{call.owner.id}"
    view = _in_scope(session, call.owner, occurrence_id)
    occ = session.get(Occurrence, view.id)
    earlier = None
    if occ is not None and occ.ack_until is not None:
        earlier = Earlier(view.id, occ.ack_until == body.until, f"kỳ báo cáo #{view.id} đã có ngày hẹn nộp khác")

    def work() -> int | None:
        until, reason = body.until, body.reason
        actions.acknowledge(session, view, until=until, today=call.today, reason=reason, actor=actor, at=call.now)
        return view.id

    return _record(call, earlier, work)


def create_api(settings: Settings, engine: Engine, *, per_minute: int = 120) -> FastAPI:
    """The API application; ``dondoc.web.app`` mounts it at ``/api/v1``."""
    api = FastAPI(
        title="dondoc API",
        version="1",
        description="Đồng bộ văn bản đến (báo cáo) từ hệ thống văn phòng điện tử vào dondoc.",
        docs_url=None,  # served from local files by dondoc.api.docs: the CDN page is blocked by the CSP
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    docs.install(api, title="dondoc API")
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
