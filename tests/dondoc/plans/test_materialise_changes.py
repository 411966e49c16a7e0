"""A re-expand after an edited plan: every kind of change materialise makes, its counters and the rows it
leaves, on both stores (figures recorded from the set-based version, which the streamed one must keep)."""

from __future__ import annotations

import hashlib

from sqlmodel import Session, col, select

from dondoc.db.models import HistoryEvent, Occurrence
from dondoc.plans.wanted import ExpandReport
from tests.support.cascade import LATER, START, edit_plans, expand_2023, seed_cascade
from tests.support.scenario import WARDS
from tests.support.stores import Store


def _counters(report: ExpandReport) -> tuple[int, ...]:
    return (
        report.tasks,
        report.wanted,
        report.inserted,
        report.rescheduled,
        report.reopened,
        report.cancelled,
        report.linked,
    )


def _rows(store: Store) -> list[tuple[object, ...]]:
    with Session(store.engine) as session:
        occurrences = session.exec(select(Occurrence)).all()
        key = {o.id: (o.task_id, o.assignee_id, o.period) for o in occurrences}
        return sorted(
            (
                o.task_id,
                o.assignee_id,
                o.period,
                o.due.isoformat(),
                o.adjusted_due.isoformat(),
                o.current_due.isoformat(),
                str(o.status.value if hasattr(o.status, "value") else o.status),
                o.sequence,
                key.get(o.parent_id) if o.parent_id else None,
            )
            for o in occurrences
        )


def _digest(rows: list[tuple[object, ...]]) -> str:
    return hashlib.sha256(repr(rows).encode()).hexdigest()[:16]


def test_a_re_expand_after_an_edit_reschedules_reopens_cancels_inserts_and_links(store: Store) -> None:
    upper, lower, monthly = seed_cascade(store)
    first = expand_2023(store, START)
    assert _counters(first) == (3, 40, 40, 0, 0, 0, 12)
    assert _digest(_rows(store)) == FIRST_LOAD
    assert _counters(expand_2023(store, START)) == (3, 40, 0, 0, 0, 0, 0)

    edit_plans(store, upper, lower, monthly)
    again = expand_2023(store, LATER)
    assert _counters(again) == EDITED
    rows = _rows(store)
    assert _digest(rows) == AFTER_EDIT, rows
    with Session(store.engine) as session:
        kinds = [e.kind for e in session.exec(select(HistoryEvent).order_by(col(HistoryEvent.id))).all()]
    assert kinds.count("expand") == 2
    assert _counters(expand_2023(store, LATER)) == (2, EDITED[1], 0, 0, 0, 0, 0)


def test_a_subtree_expand_touches_only_its_units(store: Store) -> None:
    upper, lower, monthly = seed_cascade(store)
    expand_2023(store, START)
    edit_plans(store, upper, lower, monthly)
    prefix = _path(store, WARDS[1])
    report = expand_2023(store, LATER, path_prefix=prefix, path_exact=True)
    assert _counters(report) == SUBTREE
    assert _digest(_rows(store)) == AFTER_SUBTREE


def _path(store: Store, unit: str) -> str:
    from dondoc.db.models import Committee

    with Session(store.engine) as session:
        committee = session.get(Committee, unit)
        assert committee is not None
        return committee.path


# (tasks, wanted, inserted, rescheduled, reopened, cancelled, linked) and the digest of every row left,
# as the set-based version (temporary table and five statements) gave them on both stores
FIRST_LOAD = "061311938bbe9cb0"
EDITED = (2, 8, 2, 5, 1, 23, 3)
AFTER_EDIT = "78d2c8bde211b91a"
SUBTREE = (1, 2, 0, 1, 1, 1, 1)
AFTER_SUBTREE = "ea302a0fe61f6857"
