"""FastAPI dependencies shared by every router.

The engine and settings live on ``app.state`` (set by ``create_app``) rather than
in module globals, so a test can build an app on its own database and several
apps can live in one process.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from fastapi import Depends, Request
from sqlalchemy.engine import Engine
from sqlmodel import Session

from dondoc.settings import Settings


def get_engine(request: Request) -> Engine:
    """The app's engine (``app.state.engine``)."""
    return request.app.state.engine


def get_settings(request: Request) -> Settings:
    """The app's settings (``app.state.settings``), not the process-wide cache."""
    return request.app.state.settings


def get_session(request: Request) -> Iterator[Session]:
    """One session per request; the handler commits what it changes, the rest is rolled back."""
    with Session(request.app.state.engine, expire_on_commit=False) as session:
        yield session


async def get_today(request: Request) -> dt.date:
    """Today in the app's timezone: the one clock read of a request, at its boundary.

    Handlers take it as a dependency and pass it down; a test or a replay sets
    the day with ``app.dependency_overrides[get_today]``. ``async`` only because it
    does no I/O: FastAPI then calls it on the event loop instead of a threadpool hop.
    """
    from dondoc.clock import local_today

    return local_today(request.app.state.settings.timezone)


async def get_now(request: Request) -> dt.datetime:
    """The request's instant (aware, UTC): for link expiry and the history's timestamps.

    Overridable like ``get_today``, so a test can replay a day.
    """
    from dondoc.clock import utc_now

    return utc_now()


@dataclass(frozen=True)
class RequestContext:
    """A request with what its handler reads at the boundary: the store session, today, the instant.

    Routers subclass it with what their handlers need besides (the user, the link's token,
    the API caller) and build the subclass in one dependency from ``request_context``.
    """

    request: Request
    session: Session
    today: dt.date
    now: dt.datetime


def request_context(
    request: Request,
    session: Session = Depends(get_session),
    today: dt.date = Depends(get_today),
    now: dt.datetime = Depends(get_now),
) -> RequestContext:
    return RequestContext(request, session, today, now)
