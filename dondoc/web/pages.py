"""Pages behind the login: a committee's status, an occurrence's timeline, the audit history.

All text is Vietnamese; dates dd/mm/yyyy; times in Asia/Ho_Chi_Minh. Every
handler takes ``today`` from ``get_today`` (the one clock read of a request).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse
from psycopg.errors import NumericValueOutOfRange
from sqlalchemy.exc import DataError
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar
from starlette.exceptions import HTTPException as StarletteHTTPException

from dondoc.chase.dates import parse_user_date
from dondoc.db.models import Committee, HistoryEvent, Plan, User, UserRole
from dondoc.errors import DondocError
from dondoc.history.queries import EXPORT_FIELDS, KIND_LABELS, csv_row, history_query
from dondoc.history.report import DETECTED, NOT_DETECTED, verify_all
from dondoc.org.queries import kind_label
from dondoc.settings import get_settings
from dondoc.status.categories import CATEGORY_LABELS, CATEGORY_ORDER, Category
from dondoc.web.auth import SignedIn, current_user, require_auditor, signed_in
from dondoc.web.deps import get_session
from dondoc.web.phrasing import phrase
from dondoc.web.queries import CATEGORY_CSS, committee_page, occurrence_detail, occurrence_submissions, tracked_units
from dondoc.web.scope import can_act_for_unit, can_decide, can_see_occurrence, can_see_unit
from dondoc.web.templating import page
from dondoc.web.timeline import extension_requests, message_rows, timeline_rows

router = APIRouter()
AUDIT_PAGE_ROWS = 300


def _not_found(request: Request, message: str) -> Response:
    return page(request, "error.html", {"title": "Không tìm thấy", "message": message}, status_code=404)


@router.get("/", include_in_schema=False)
def home(user: User = Depends(current_user)) -> Response:
    if user.role == UserRole.committee and user.committee_id:
        return RedirectResponse(f"/committees/{user.committee_id}", status_code=303)
    return RedirectResponse("/committees", status_code=303)


@router.get("/committees", response_class=HTMLResponse, include_in_schema=False)
def committees(
    request: Request, user: User = Depends(current_user), session: Session = Depends(get_session)
) -> Response:
    """The tree a user may read: everything for admins and auditors, one subtree otherwise."""
    query = select(Committee).where(col(Committee.active)).order_by(col(Committee.path))
    if user.role == UserRole.committee:
        own = session.get(Committee, user.committee_id) if user.committee_id else None
        if own is None:
            return page(
                request,
                "error.html",
                {
                    "title": "Chưa gán đơn vị",
                    "message": "Tài khoản chưa được gán đơn vị; đề nghị quản trị viên kiểm tra.",
                },
                status_code=403,
            )
        query = query.where(col(Committee.path).startswith(own.path, autoescape=True))
    units = session.exec(query.limit(2000)).all()
    base_depth = min((u.depth for u in units), default=0)
    return page(request, "committees.html", {"units": units, "base_depth": base_depth, "kind_label": kind_label})


@router.get("/committees/{committee_id}", response_class=HTMLResponse, include_in_schema=False)
def committee(committee_id: str, me: SignedIn = Depends(signed_in)) -> Response:
    request, session, user = me.request, me.session, me.user
    unit = session.get(Committee, committee_id)
    if unit is None or not can_see_unit(session, user, committee_id):
        return _not_found(request, f"Không có đơn vị '{committee_id}'.")
    today = _page_day(request, me.today)
    pages = {c: _page_number(request, PAGE_PARAM.format(c.value)) for c in CATEGORY_ORDER}
    data = committee_page(session, unit, today, pages)
    tracked = tracked_units(session, unit.id, today, page=_page_number(request, TRACKED_PAGE_PARAM))
    more = {c: _page_link(request, PAGE_PARAM.format(c.value), data.lists[c].page + 1) for c in CATEGORY_ORDER}
    context = {
        "p": data,
        "today": today,
        "counts": data.counts,
        "order": CATEGORY_ORDER,
        "labels": CATEGORY_LABELS,
        "css": CATEGORY_CSS,
        "Category": Category,
        "rate": data.on_time_rate(),
        "tracked": tracked,
        "more": more,
        "more_tracked": _page_link(request, TRACKED_PAGE_PARAM, tracked.page + 1),
        "can_go_up": data.parent is not None and can_see_unit(session, user, data.parent.id),
    }
    return page(request, "committee.html", context)


@router.get("/occurrences/{occurrence_id}", response_class=HTMLResponse, include_in_schema=False)
def occurrence(occurrence_id: int, me: SignedIn = Depends(signed_in)) -> Response:
    return render_occurrence(me, occurrence_id)


def render_occurrence(
    me: SignedIn, occurrence_id: int, *, error: str | None = None, notice: str | None = None, status_code: int = 200
) -> Response:
    """The timeline page with the actions this user may take; the actions router re-renders it on errors."""
    request, session, user = me.request, me.session, me.user
    detail = occurrence_detail(session, occurrence_id)
    if detail is None or not can_see_occurrence(session, user, occurrence_id):
        return _not_found(request, f"Không có kỳ báo cáo #{occurrence_id}.")
    notice = notice or request.session.pop("notice", None)
    on = _page_day(request, me.today)
    category = detail.category(on)
    context = {
        "o": detail,
        "today": on,
        "category": category,
        "category_label": CATEGORY_LABELS[category] if category else None,
        "css": CATEGORY_CSS,
        "timeline": timeline_rows(session, occurrence_id),
        "messages": message_rows(session, occurrence_id),
        "submissions": occurrence_submissions(session, occurrence_id),
        "requests": extension_requests(session, occurrence_id),
        "may_act": detail.status == "open" and can_act_for_unit(session, user, detail.assignee_id),
        "may_decide": detail.status == "open" and can_decide(session, user, detail.assignee_id, detail.report_to_id),
        "error": error,
        "notice": notice,
    }
    return page(request, "occurrence.html", context, status_code=status_code)


PAGE_PARAM = "trang_{}"  # ?trang_qua_han_chua_hoan_thanh=2: the second page of that list
TRACKED_PAGE_PARAM = "trang_theo_doi"


def _page_number(request: Request, name: str) -> int:
    """A page number from the query string; 1 for anything that is not a positive number."""
    text = (request.query_params.get(name) or "").strip()
    return int(text) if text.isdigit() and 0 < int(text) < 100_000 else 1


def _page_link(request: Request, name: str, number: int) -> str:
    """This page's address with ``name`` set to ``number`` (the other lists and the day kept)."""
    params = dict(request.query_params)
    params[name] = str(number)
    return f"{request.url.path}?{urlencode(params)}"


def _page_day(request: Request, today: dt.date) -> dt.date:
    """``?on=dd/mm/yyyy`` (or the date picker's yyyy-mm-dd): the day a page shows; today otherwise."""
    text = (request.query_params.get("on") or "").strip()
    if not text:
        return today
    try:
        return parse_user_date(text, "on")
    except DondocError:
        return today


def _audit_filters(request: Request) -> dict[str, object]:
    q = request.query_params
    values: dict[str, object] = {}
    for name in ("org", "recipient", "plan", "kind"):
        if q.get(name):
            values[name] = q[name].strip()
    for name in ("from", "to"):
        if q.get(name):
            values[name] = parse_user_date(q[name].strip(), "start" if name == "from" else "end")
    return values


def _audit_query(session: Session, filters: dict[str, object]) -> SelectOfScalar[HistoryEvent]:
    kind = filters.get("kind")
    return history_query(
        session,
        org=filters.get("org"),  # type: ignore[arg-type]
        recipient=filters.get("recipient"),  # type: ignore[arg-type]
        plan=filters.get("plan"),  # type: ignore[arg-type]
        start=filters.get("from"),  # type: ignore[arg-type]
        end=filters.get("to"),  # type: ignore[arg-type]
        kinds=[kind] if kind else None,  # type: ignore[list-item]
    )


@router.get("/audit", response_class=HTMLResponse, include_in_schema=False)
def audit(request: Request, user: User = Depends(require_auditor), session: Session = Depends(get_session)) -> Response:
    request.state.user = user
    error = None
    rows: list[HistoryEvent] = []
    try:
        filters = _audit_filters(request)
        query = _audit_query(session, filters)
        rows = list(reversed(session.exec(query.order_by(col(HistoryEvent.id).desc()).limit(AUDIT_PAGE_ROWS)).all()))
    except DondocError as exc:
        error = phrase(exc)
        filters = {}
    # verified on demand, not on every page view: ?verify=1 from the newest checkpoint that holds, ?verify=full
    # the whole chain; the key and checkpoints are the process's (DONDOC_HOME), as append_events writes them
    depth = request.query_params.get("verify")
    report = verify_all(session, get_settings(), full=depth == "full") if depth in ("1", "full") else None
    verify = report.chain if report is not None else None
    broken = verify.first_break if verify is not None else None
    broken_row = session.get(HistoryEvent, broken.row_id) if broken and broken.kind != "missing" else None
    plans = session.exec(select(Plan.id, Plan.number).order_by(col(Plan.id))).all()
    context = {
        "rows": rows,
        "limit": AUDIT_PAGE_ROWS,
        "q": request.query_params,
        "error": error,
        "verify": verify,
        "report": report,
        "detected": DETECTED,
        "not_detected": NOT_DETECTED,
        "broken_row": broken_row,
        "kind_labels": KIND_LABELS,
        "plans": plans,
        "csv_query": request.url.query,
    }
    return page(request, "audit.html", context, status_code=400 if error else 200)


@router.get("/audit.csv", include_in_schema=False)
def audit_csv(
    request: Request, user: User = Depends(require_auditor), session: Session = Depends(get_session)
) -> Response:
    """The filtered history with every stored field and both hashes, streamed in id order."""
    try:
        filters = _audit_filters(request)
        query = _audit_query(session, filters)
    except DondocError as exc:
        return page(request, "error.html", {"title": "Bộ lọc không hợp lệ", "message": phrase(exc)}, status_code=400)
    engine = request.app.state.engine

    def lines() -> Iterator[str]:
        # its own session: the request's one is closed once the handler has returned
        with Session(engine) as stream_session:
            yield from _csv_chunks(stream_session, query)

    return StreamingResponse(
        lines(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="lich-su-kiem-toan.csv"'},
    )


def _csv_chunks(session: Session, query: SelectOfScalar[HistoryEvent]) -> Iterator[str]:
    """The CSV text in chunks of 2,000 rows, keyset-paginated by id."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EXPORT_FIELDS)
    buffer.write("\ufeff")  # Excel opens UTF-8 with Vietnamese text correctly only with a BOM
    writer.writeheader()
    last_id = 0
    while True:
        chunk = session.exec(
            query.where(col(HistoryEvent.id) > last_id).order_by(col(HistoryEvent.id)).limit(2000)
        ).all()
        for row in chunk:
            writer.writerow(csv_row(row))
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        if len(chunk) < 2000:
            return
        next_id = chunk[-1].id
        assert next_id is not None  # a row read back from the table has its id
        last_id = next_id


def install(app: FastAPI) -> None:
    """Vietnamese pages for 404 and 405 instead of FastAPI's JSON."""

    def _not_found(request: Request) -> Response:
        return page(
            request,
            "error.html",
            {"title": "Không tìm thấy", "message": "Không có trang này. Kiểm tra lại địa chỉ."},
            status_code=404,
        )

    @app.exception_handler(OverflowError)
    async def _id_too_large_sqlite(request: Request, exc: OverflowError) -> Response:
        """An id beyond 64 bits in the address (``/occurrences/99999999999999999999999``) names nothing."""
        return _not_found(request)

    @app.exception_handler(DataError)
    async def _id_too_large_postgres(request: Request, exc: DataError) -> Response:
        if isinstance(exc.orig, NumericValueOutOfRange):  # the same on PostgreSQL; any other data error is a bug
            return _not_found(request)
        raise exc

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404:
            return _not_found(request)
        title = {405: "Thao tác không được hỗ trợ", 401: "Cần đăng nhập", 403: "Không có quyền truy cập"}.get(
            exc.status_code, "Có lỗi"
        )
        return page(
            request,
            "error.html",
            {"title": title, "message": f"Mã lỗi {exc.status_code}."},
            status_code=exc.status_code,
        )
