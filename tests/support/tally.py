"""The tally (occurrence_tally, kept by triggers) checked against the occurrences, and the actions
that change it, on the cascade of ``tests.support.cascade``."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func
from sqlmodel import Session, col, select

from dondoc.db.models import Occurrence, OccurrenceTally
from dondoc.occurrence.actions import acknowledge, extend, record_submission, waive
from dondoc.occurrence.lookup import find_occurrence
from dondoc.status.tally import scanned_tally, stored_tally
from tests.support.cascade import END, START
from tests.support.scenario import AT, THI_UY, WARDS
from tests.support.stores import Store


def assert_tally_is_the_scan(store: Store) -> None:
    """The stored tally is the one counted from the occurrences, with no row at zero or below."""
    with Session(store.engine) as session:
        scanned = scanned_tally(session)
        assert stored_tally(session) == scanned
        # no row is left at zero or below
        assert session.exec(select(func.count()).where(col(OccurrenceTally.n) <= 0)).one() == 0
    assert scanned, "the scenario has occurrences"


def _open_view(store: Store, unit: str, index: int):  # type: ignore[no-untyped-def]
    with Session(store.engine) as session:
        ids = session.exec(
            select(Occurrence.id)
            .where(
                col(Occurrence.assignee_id) == unit,
                col(Occurrence.status) == "open",
                col(Occurrence.current_due) >= dt.date(2023, 3, 1),  # after the plan was issued
            )
            .order_by(col(Occurrence.current_due), col(Occurrence.id))
        ).all()
        return find_occurrence(session, ids[index])


def record_actions(store: Store) -> None:
    """On the expanded cascade: a submission on time and one late, a waiver, an extension and an
    acknowledgement."""
    today = dt.date(2023, 12, 31)
    with Session(store.engine) as session:
        on_time = _open_view(store, THI_UY, 0)
        record_submission(session, on_time, ref="1-BC", on=on_time.current_due, today=today, actor="t", at=AT)
        late = _open_view(store, WARDS[1], 0)  # not one the plan edit moves (WARDS[0]'s first is)
        record_submission(
            session, late, ref="2-BC", on=late.current_due + dt.timedelta(days=3), today=today, actor="t", at=AT
        )
        session.commit()
    with Session(store.engine) as session:
        waive(session, _open_view(store, WARDS[0], 0), reason="sáp nhập", actor="t", at=AT)
        extended = _open_view(store, THI_UY, 1)
        extend(session, extended, to=extended.current_due + dt.timedelta(days=20), reason="bận", actor="t", at=AT)
        acknowledge(session, _open_view(store, WARDS[0], 1), until=END, today=START, reason="hẹn", actor="t", at=AT)
        session.commit()
