"""Three tasks of plan 91-KH/TU for the materialise and tally tests: an upper one for the thị ủy, its
cascade for three wards and a monthly one; their expand over 2023 as seen on a given day, and an edit
that makes a re-expand reschedule, reopen, cancel, insert and link."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, col, select

from calendar_rules import load_calendar
from dondoc.db.models import Occurrence, Task, TaskAssignee
from dondoc.plans.materialise import materialise
from dondoc.plans.wanted import ExpandReport
from tests.support.scenario import AT, BTG, THI_UY, WARDS, seed_plan, seed_tree
from tests.support.stores import Store

START, END = dt.date(2023, 1, 1), dt.date(2023, 12, 31)
LATER = dt.date(2023, 5, 15)
NEW_WARD = "dang-uy-phuong-pho-minh"


def expand_2023(store: Store, today: dt.date, **kwargs: object) -> ExpandReport:
    """Materialise 2023 as seen on ``today`` (``kwargs``: a subtree, a progress callback)."""
    return materialise(
        store.engine, today=today, calendar=load_calendar(), at=AT, actor="test", start=START, end=END, **kwargs
    )  # type: ignore[arg-type]


def seed_cascade(store: Store) -> tuple[int, int, int]:
    """An upper task for the thị ủy, its cascade for three wards (5 working days earlier), a monthly task."""
    seed_tree(store.engine)
    upper = seed_plan(store.engine, code="1")
    lower = seed_plan(store.engine, code="2")
    monthly = seed_plan(store.engine, code="3")
    with Session(store.engine) as session:
        for task_id, rule in ((upper, "every quarter at end"), (monthly, "every month at end")):
            task = session.get(Task, task_id)
            assert task is not None
            task.rule = rule
            session.add(task)
        cascade = session.get(Task, lower)
        assert cascade is not None
        cascade.parent_task_id, cascade.lead_working_days, cascade.rule = upper, 5, "every quarter at end"
        session.add(cascade)
        session.add(TaskAssignee(task_id=upper, committee_id=THI_UY))
        for ward in WARDS:
            session.add(TaskAssignee(task_id=lower, committee_id=ward))
        for unit in (THI_UY, BTG):
            session.add(TaskAssignee(task_id=monthly, committee_id=unit))
        session.commit()
    return upper, lower, monthly


def edit_plans(store: Store, upper: int, lower: int, monthly: int) -> None:
    """Rule change, extensions (future and past), a cancelled row wanted again, a ward removed and one
    added, a cleared upper link, a task deactivated."""
    with Session(store.engine) as session:

        def one(task_id: int, unit: str, period: str) -> Occurrence:
            return session.exec(
                select(Occurrence).where(
                    col(Occurrence.task_id) == task_id,
                    col(Occurrence.assignee_id) == unit,
                    col(Occurrence.period) == period,
                )
            ).one()

        task = session.get(Task, upper)
        assert task is not None
        task.rule = "every quarter at end offset +10d"
        session.add(task)
        extended = one(upper, THI_UY, "2023-Q3")
        extended.current_due = dt.date(2023, 11, 30)
        # extended past its adjusted due, which is before today: no longer among the wanted rows of a
        # started task, so it is cancelled (what the set-based version did; kept as it was)
        past_extended = one(lower, WARDS[0], "2023-Q1")
        past_extended.current_due = dt.date(2023, 6, 1)
        cancelled = one(lower, WARDS[1], "2023-Q3")
        cancelled.status = "cancelled"  # type: ignore[assignment]
        unlinked = one(lower, WARDS[1], "2023-Q2")
        unlinked.parent_id = None
        session.add_all([extended, past_extended, cancelled, unlinked])
        removed = session.get(TaskAssignee, (lower, WARDS[2]))
        assert removed is not None
        session.delete(removed)
        session.add(TaskAssignee(task_id=lower, committee_id=NEW_WARD))
        deactivated = session.get(Task, monthly)
        assert deactivated is not None
        deactivated.active = False
        session.add(deactivated)
        session.commit()
