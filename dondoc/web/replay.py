"""Serving the web app as of another day: ``dondoc web --today D``, and the demo's year.

The demo tells 2023; pages and feeds read "today" from ``get_today``, so after
the demo they would show a window around the real today, with nothing in it.
Pinning the day (and shifting the request instant by the same number of days,
so one-click links issued "that day" are still valid) shows the story where
it happened. The day is chosen at the command line, never inside a page.
"""

from __future__ import annotations

import datetime as dt

from fastapi import FastAPI
from sqlalchemy.engine import Engine
from sqlmodel import Session

from dondoc.db.models import KeyValue
from dondoc.web.deps import get_now, get_today

DEMO_KEY = "demo:story-2023"  # written by ``dondoc demo`` when it has told its year


def demo_day(engine: Engine) -> dt.date | None:
    """The last day the demo told, if this database holds the demo."""
    with Session(engine) as session:
        done = session.get(KeyValue, DEMO_KEY)
    return dt.date.fromisoformat(done.value) if done is not None else None


def pin_day(app: FastAPI, day: dt.date, *, real_today: dt.date) -> None:
    """Every request sees ``day`` as today; instants move by the same offset from the real clock."""
    offset = dt.timedelta(days=(day - real_today).days)

    async def today() -> dt.date:
        return day

    async def now() -> dt.datetime:
        from dondoc.clock import utc_now

        return utc_now() + offset

    for target in (app, getattr(app.state, "api", None)):
        if target is not None:  # the API is a mounted app with its own overrides
            target.dependency_overrides[get_today] = today
            target.dependency_overrides[get_now] = now
    app.state.pinned_day = day
