"""PostgreSQL: an expand's recount (dondoc.plans.tally_sync) and a submission by another session at
the same time, in either order of locking; the tally is the scan afterwards. Two real connections,
the second one's statement run in a thread while the first holds its locks."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text
from sqlmodel import Session

from dondoc.plans import tally_sync
from dondoc.status.tally import scanned_tally, stored_tally
from tests.support.cascade import START, expand_2023, seed_cascade
from tests.support.scenario import THI_UY
from tests.support.stores import Store

pytestmark = pytest.mark.postgres

SUBMIT = "UPDATE occurrence SET status = 'submitted', submitted_on = current_due WHERE id = :id"
CANCEL = "UPDATE occurrence SET status = 'cancelled' WHERE id = :id"


def _ids(store: Store) -> list[int]:
    with store.engine.connect() as conn:
        return list(
            conn.execute(
                text("SELECT id FROM occurrence WHERE assignee_id = :u AND status = 'open' ORDER BY id"), {"u": THI_UY}
            ).scalars()
        )


def _in_thread(work) -> threading.Thread:  # type: ignore[no-untyped-def]
    thread = threading.Thread(target=work)
    thread.start()
    thread.join(0.5)  # long enough to reach the lock it waits for
    return thread


@pytest.mark.parametrize("first", ["submission", "recount"])
def test_a_submission_during_an_expand_recount_is_counted_once(store: Store, first: str) -> None:
    if store.backend != "postgres":
        pytest.skip("the deferred recount is PostgreSQL's")
    seed_cascade(store)
    expand_2023(store, START)
    submitted, cancelled = _ids(store)[:2]
    submitter, expander = store.engine.connect(), store.engine.connect()
    try:
        tally_sync.defer(expander)
        # the expand's own change, not seen by any trigger: the recount counts it
        expander.execute(text(CANCEL), {"id": cancelled})
        if first == "submission":
            submitter.execute(text(SUBMIT), {"id": submitted})  # its trigger holds THI_UY's rows
            thread = _in_thread(lambda: tally_sync.recount(expander, [THI_UY]))
            assert thread.is_alive(), "the recount waits for the submission's rows"
            submitter.commit()
            thread.join(30)
            expander.commit()
        else:
            tally_sync.recount(expander, [THI_UY])  # holds THI_UY's rows until it commits
            thread = _in_thread(lambda: (submitter.execute(text(SUBMIT), {"id": submitted}), submitter.commit()))
            assert thread.is_alive(), "the submission's trigger waits for the recount's rows"
            expander.commit()
            thread.join(30)
        assert not thread.is_alive()
    finally:
        submitter.close()
        expander.close()
    with Session(store.engine) as session:
        assert stored_tally(session) == scanned_tally(session)
        states = {s for (unit, _day, s) in scanned_tally(session) if unit == THI_UY}
    assert "on_time" in states
