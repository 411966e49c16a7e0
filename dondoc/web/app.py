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
    return app
