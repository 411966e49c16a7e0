"""The FastAPI application factory: every router and installer, imported explicitly."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.responses import PlainTextResponse
from sqlalchemy.engine import Engine

from dondoc.api.app import create_api
from dondoc.chat import routes as chat_routes
from dondoc.settings import Settings, get_settings
from dondoc.web import auth, desk, feeds, links, pages

# Order matters only for overlapping paths.
_ROUTERS = [feeds.router, auth.router, links.router, pages.router, desk.router, chat_routes.router]
# ``install(app)`` for what is beyond a router: session cookie, exception pages.
_INSTALLERS = [auth.install, pages.install]


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
    return app
