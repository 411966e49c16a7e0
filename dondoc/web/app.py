"""The FastAPI application factory.

Routers are included in ``_ROUTERS`` by module path; a module that does not
exist yet is skipped (the same convention as the CLI's ``main.py``), so the
feeds, pages, login and link routers can land independently.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from fastapi import FastAPI
from fastapi.responses import PlainTextResponse
from sqlalchemy.engine import Engine
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dondoc.settings import Settings, get_settings

# Modules that define ``router: fastapi.APIRouter``. Order matters only for
# overlapping paths. Other engineers: add your router module here.
_ROUTERS: list[str] = [
    "dondoc.web.feeds",  # GET /feeds/{token}.ics
    "dondoc.web.auth",  # login / logout
    "dondoc.web.links",  # one-click submission links
    "dondoc.web.pages",  # status pages
]

# Modules that define ``install(app: FastAPI) -> None`` for anything beyond a
# router: exception handlers (Vietnamese 404/500 pages), middleware, static files.
_INSTALLERS: list[str] = [
    "dondoc.web.auth",  # session cookie, login redirect, 403 page
    "dondoc.web.pages",  # Vietnamese 404/405 pages
]


def _optional_module(name: str) -> ModuleType | None:
    """Import a web module; a missing one is skipped, any other import error is raised."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        return None


# Sent on every response. The pages use no script and inline styles only; no
# page may be framed (clickjacking of the one-click links); links to other sites
# carry no path (occurrence ids and feed tokens stay here).
SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (
        b"content-security-policy",
        b"default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        b"form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    ),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-content-type-options", b"nosniff"),
]


class SecurityHeaders:
    """Pure ASGI middleware (no per-request task, unlike BaseHTTPMiddleware): the
    feeds are served at volume, and this costs one list extension per response."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(name, value) for name, value in SECURITY_HEADERS if name not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> FastAPI:
    """Build the app on ``engine`` (default: ``open_store(settings)``).

    Both are kept on ``app.state`` so dependencies (``dondoc.web.deps``) read the
    app's own store instead of a global one.
    """
    settings = settings or get_settings()
    if engine is None:
        from dondoc.db.store import open_store

        engine = open_store(settings)
    app = FastAPI(title="dondoc", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.settings = settings
    app.state.engine = engine

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> PlainTextResponse:
        """Liveness for load balancers and ``dondoc serve``; no database round trip."""
        return PlainTextResponse("ok")

    for name in _ROUTERS:
        module = _optional_module(name)
        if module is not None and hasattr(module, "router"):
            app.include_router(module.router)
    for name in _INSTALLERS:
        module = _optional_module(name)
        if module is not None and hasattr(module, "install"):
            module.install(app)
    app.add_middleware(SecurityHeaders)  # outermost: also on error pages and redirects
    return app
