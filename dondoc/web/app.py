"""The FastAPI application factory: every router and installer, imported explicitly."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.responses import PlainTextResponse
from sqlalchemy.engine import Engine
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dondoc.api.app import create_api
from dondoc.chat import routes as chat_routes
from dondoc.settings import Settings, get_settings
from dondoc.web import auth, desk, feeds, links, pages

# Order matters only for overlapping paths.
_ROUTERS = [feeds.router, auth.router, links.router, pages.router, desk.router, chat_routes.router]
# ``install(app)`` for what is beyond a router: session cookie, exception pages.
_INSTALLERS = [auth.install, pages.install]


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

    api = create_api(settings, engine)
    app.state.api = api
    app.mount("/api/v1", api)
    for router in _ROUTERS:
        app.include_router(router)
    for install in _INSTALLERS:
        install(app)
    app.add_middleware(SecurityHeaders)  # outermost: also on error pages and redirects
    return app
