"""Real feeds written by the direct iCal writer equal, byte for byte, what the ``icalendar``
package builds from the same events (``render_calendar_reference``), on a generated tree with
every state: each unit's own feed and subtree feed, with their summary events and alarms."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session, select

from calendar_rules.ical import FeedState, render_calendar_reference
from dondoc.db.models import Committee
from dondoc.scale.national import generate_national
from dondoc.scale.write import write_national
from dondoc.settings import Settings
from dondoc.web.feed_query import FeedScope
from dondoc.web.feed_render import REFRESH_MINUTES, feed_calendar, render_feed
from tests.support.ical import parse_both
from tests.support.scenario import AT
from tests.support.stores import Store

TODAY = dt.date(2024, 6, 20)


@pytest.mark.slow
def test_real_feeds_equal_the_icalendar_reference(store: Store, tmp_path: Path) -> None:
    from dondoc.plans.materialise import materialise
    from dondoc.workcal import working_calendar

    write_national(store.engine, generate_national(120, tasks=6, seed=11), at=AT, actor="test")
    settings = Settings(home=tmp_path / "home")
    materialise(store.engine, today=TODAY, calendar=working_calendar(settings), at=AT, actor="test")
    with store.engine.begin() as conn:  # some settled, on time, late and waived, so every state shows
        rows = conn.execute(text("SELECT id, current_due FROM occurrence ORDER BY id")).all()
        for number, (occurrence_id, due) in enumerate(rows):
            if number % 3 == 0:
                submitted_on = dt.date.fromisoformat(str(due)) + dt.timedelta(days=number % 2)
                conn.execute(
                    text("UPDATE occurrence SET status = 'submitted', submitted_on = :on WHERE id = :id"),
                    {"id": occurrence_id, "on": submitted_on},
                )
            elif number % 7 == 1:
                conn.execute(text("UPDATE occurrence SET status = 'waived' WHERE id = :id"), {"id": occurrence_id})
    with Session(store.engine) as session:
        units = session.exec(select(Committee).order_by(Committee.path)).all()
        states: set[FeedState] = set()
        summaries = alarms = 0
        for unit in units[:40]:
            for subtree in (False, True):
                scope = FeedScope(unit.id, unit.name, unit.path, subtree)
                body = render_feed(session, scope, today=TODAY, settings=settings)
                feed = feed_calendar(session, scope, today=TODAY, settings=settings)
                reference = render_calendar_reference(
                    feed.events, name=feed.name, description=feed.description, refresh_minutes=REFRESH_MINUTES
                )
                assert body == reference, (unit.id, subtree)
                assert len(parse_both(body).walk("VEVENT")) == len(feed.events)
                states |= {e.state for e in feed.events}
                summaries += sum(1 for e in feed.events if e.notes)
                alarms += body.count(b"BEGIN:VALARM")
    assert states == set(FeedState) - {FeedState.due_today} or states == set(FeedState)
    assert summaries > 0 and alarms > 0
