"""Login, logout, and the dependencies that guard pages.

Sessions are Starlette's signed cookie (itsdangerous, key derived from the app
secret): it holds only the user id, the user's session version and the CSRF
token. Every request re-reads the user and compares the version, so logout and
``user disable`` (which increment it) end every session of that user at once,
even a cookie copied before. Wrong passwords are throttled per user name and
per address (``dondoc.web.throttle``): 429 with Retry-After, recorded in the history.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from dataclasses import dataclass

from fastapi import APIRouter, Depends, FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlmodel import Session
from starlette.middleware.sessions import SessionMiddleware

from dondoc.db.models import User, UserRole
from dondoc.history import append_event
from dondoc.history.events import user_event
from dondoc.web.csrf import csrf_valid
from dondoc.web.deps import RequestContext, get_now, get_session, request_context
from dondoc.web.templating import page
from dondoc.web.throttle import Block, LoginThrottle
from dondoc.web.users import authenticate, can_read_unit, end_sessions

router = APIRouter()
SESSION_COOKIE = "dondoc_session"
SESSION_HOURS = 12


class LoginRequired(Exception):
    """A page needs a signed-in user; the handler sends the browser to the login page."""

    def __init__(self, next_url: str):
        self.next_url = next_url


class Forbidden(Exception):
    """The signed-in user may not read this page; ``message`` says why, in Vietnamese."""

    def __init__(self, message: str):
        self.message = message


def _session_key(secret: str) -> str:
    return hmac.new(secret.encode("utf-8"), b"dondoc web session v1", hashlib.sha256).hexdigest()


def _safe_next(target: str | None) -> str:
    """Only a path on this site: an open redirect would make the login page a phishing tool."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


def current_user(request: Request, session: Session = Depends(get_session)) -> User:
    """The signed-in, active user; otherwise ``LoginRequired`` (a redirect to /login)."""
    user_id = request.session.get("user_id")
    user = session.get(User, user_id) if isinstance(user_id, int) else None
    if user is None or not user.active or request.session.get("sv") != user.session_version:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise LoginRequired(target)
    request.state.user = user
    return user


@dataclass(frozen=True)
class SignedIn(RequestContext):
    """A signed-in user's request (``current_user``), with the session, today and now."""

    user: User

    @property
    def actor(self) -> str:
        """The history's actor for what this user does (``web:<username>``)."""
        return f"web:{self.user.username}"


def signed_in(context: RequestContext = Depends(request_context), user: User = Depends(current_user)) -> SignedIn:
    return SignedIn(**vars(context), user=user)


def require_unit(session: Session, user: User, committee_id: str) -> None:
    if not can_read_unit(session, user, committee_id):
        raise Forbidden("Tài khoản của đồng chí không được xem thông tin của đơn vị này.")


def require_auditor(user: User = Depends(current_user)) -> User:
    if user.role not in (UserRole.auditor, UserRole.admin):
        raise Forbidden("Chỉ cán bộ kiểm toán hoặc quản trị được xem lịch sử kiểm toán.")
    return user


@router.get("/login", response_class=HTMLResponse, include_in_schema=False)
def login_form(request: Request, next: str = "/") -> Response:
    return page(request, "login.html", {"next": _safe_next(next), "error": None})


@router.post("/login", include_in_schema=False)
def login(
    request: Request,
    username: str = Form(""),
    password: str = Form(""),
    csrf: str = Form(""),
    next: str = Form("/"),
    session: Session = Depends(get_session),
    now: dt.datetime = Depends(get_now),
) -> Response:
    if not csrf_valid(request, csrf):
        return page(
            request,
            "login.html",
            {"next": _safe_next(next), "error": "Phiên làm việc đã hết hạn, mời đăng nhập lại."},
            status_code=400,
        )
    throttle: LoginThrottle = request.app.state.login_throttle
    name = "".join(ch for ch in username.strip().lower()[:64] if ch.isprintable())  # safe in the history
    address = request.client.host if request.client else "?"
    block = throttle.blocked(name, address, now)
    if block is not None:
        return _throttled(request, session, block, name, address, now, _safe_next(next))
    user = authenticate(session, username, password)
    if user is None:
        throttle.failed(name, address, now)
        return page(
            request,
            "login.html",
            {"next": _safe_next(next), "error": "Sai tên đăng nhập hoặc mật khẩu."},
            status_code=401,
        )
    throttle.succeeded(name)
    request.session.clear()  # a new session on login: no fixation of an earlier one
    request.session["user_id"] = user.id
    request.session["sv"] = user.session_version
    return RedirectResponse(_safe_next(next), status_code=303)


def _throttled(
    request: Request, session: Session, block: Block, name: str, address: str, now: dt.datetime, next_url: str
) -> Response:
    """429 with Retry-After; the first refusal of a block goes into the history."""
    if block.first:
        who = f"tên đăng nhập '{name}'" if block.scope == "user" else f"địa chỉ {address}"
        append_event(
            session,
            user_event(
                "login_throttled",
                username=name,
                committee_id=None,  # the name as typed: maybe no user's, and the block may be the address's
                at=now,
                actor="web",
                outcome=f"tạm chặn đăng nhập của {who} sau nhiều lần sai mật khẩu",
                details={"address": address, "scope": block.scope, "seconds": block.seconds},
            ),
        )
        session.commit()
    minutes = max(1, -(-block.seconds // 60))
    response = page(
        request,
        "login.html",
        {"next": next_url, "error": f"Đăng nhập sai quá nhiều lần. Mời đồng chí thử lại sau {minutes} phút."},
        status_code=429,
    )
    response.headers["Retry-After"] = str(block.seconds)
    return response


@router.post("/logout", include_in_schema=False)
def logout(request: Request, csrf: str = Form(""), session: Session = Depends(get_session)) -> Response:
    """End this session and every other session of the same user."""
    if csrf_valid(request, csrf):
        user_id = request.session.get("user_id")
        user = session.get(User, user_id) if isinstance(user_id, int) else None
        if user is not None and request.session.get("sv") == user.session_version:
            end_sessions(session, user)
            session.commit()
        request.session.clear()
    return RedirectResponse("/login", status_code=303)


def install(app: FastAPI) -> None:
    """Session cookie and the two exceptions above turned into a redirect and a 403 page."""
    settings = app.state.settings
    app.state.login_throttle = LoginThrottle()
    app.add_middleware(
        SessionMiddleware,
        secret_key=_session_key(settings.web_secret()),
        session_cookie=SESSION_COOKIE,
        max_age=SESSION_HOURS * 3600,
        same_site="lax",
        https_only=settings.base_url.startswith("https://"),
    )

    @app.exception_handler(LoginRequired)
    async def _login_required(request: Request, exc: LoginRequired) -> Response:
        from urllib.parse import quote

        return RedirectResponse(f"/login?next={quote(exc.next_url, safe='/')}", status_code=303)

    @app.exception_handler(Forbidden)
    async def _forbidden(request: Request, exc: Forbidden) -> Response:
        return page(
            request, "error.html", {"title": "Không có quyền truy cập", "message": exc.message}, status_code=403
        )
