"""Occurrences of a window, as ``dondoc expand`` makes them, for tests that import by hand."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.engine import Engine

from calendar_rules import load_calendar
from dondoc.plans.materialise import materialise
from dondoc.plans.wanted import ExpandReport


def expand_window(
    engine: Engine, start: dt.date, end: dt.date, at: dt.datetime, plan_ids: list[str] | None = None
) -> ExpandReport:
    """Materialise ``start``..``end`` as seen on ``start``, with the built-in working calendar."""
    return materialise(
        engine, today=start, calendar=load_calendar(), at=at, actor="test", start=start, end=end, plan_ids=plan_ids
    )
