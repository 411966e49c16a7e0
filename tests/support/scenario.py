"""The rows chase tests need: the example committee tree, one plan, one task, occurrences.

Plan 91-KH/TU of Thị ủy Đức Phổ: task "1" reports to the Thị ủy through its
Ban Tuyên giáo (the plan's "báo cáo về Ban Thường vụ Thị ủy (qua Ban Tuyên giáo
Thị ủy)"); wards and communes are the assignees; every unit of the example tree
has one contact on ``folder://<unit id>``.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from calendar_rules import WorkingCalendar, load_calendar
from dondoc.chase.policy import Policy, load_policies
from dondoc.chase.run import ChaseRun, run_chase
from dondoc.db.models import HistoryEvent, Message, Plan, Task, TaskAssignee
from dondoc.org.importer import import_tree
from dondoc.org.registry import load_org_file
from tests.support.paths import EXAMPLES
from tests.support.rows import occurrence_row, plan_row

AT = dt.datetime(2023, 6, 1, 1, 0, tzinfo=dt.UTC)
Q2_DUE = dt.date(2023, 6, 30)  # a Friday
PLAN = "91-kh-tu-2023"
THI_UY = "thi-uy-duc-pho"
BTG = "btg-thi-uy-duc-pho"
TINH_UY = "tinh-uy-quang-ngai"
WARDS = ["dang-uy-phuong-pho-hoa", "dang-uy-xa-pho-an", "dang-uy-phuong-nguyen-nghiem"]
BASE = "https://dondoc.example.vn"


@lru_cache(maxsize=1)
def calendar() -> WorkingCalendar:
    return load_calendar()


@lru_cache(maxsize=1)
def policies() -> dict[str, Policy]:
    return load_policies()


def seed_tree(engine: Engine) -> None:
    tree = load_org_file(EXAMPLES / "org_tree.yaml")
    with Session(engine) as session:
        import_tree(session, tree, at=AT, actor="test")
        session.commit()


def seed_plan(
    engine: Engine, *, via: str | None = BTG, report_to: str | None = THI_UY, policy: str = "default", code: str = "1"
) -> int:
    """Plan 91-KH/TU with one task; returns the task id."""
    with Session(engine) as session:
        if session.get(Plan, PLAN) is None:
            title = "Thực hiện công tác tuyên giáo năm 2023"
            issued = dt.date(2023, 2, 10)
            session.add(plan_row(PLAN, AT, content_hash="0" * 64, title=title, issuer_id=THI_UY, issued=issued))
            session.flush()
        task = Task(
            plan_id=PLAN,
            code=code,
            title="Báo cáo kết quả học tập, quán triệt Nghị quyết",
            rule="quarterly",
            report_to_id=report_to,
            via_id=via,
            policy=policy,
        )
        session.add(task)
        session.flush()
        assert task.id is not None
        session.commit()
        return task.id


def add_occurrence(
    engine: Engine,
    task_id: int,
    assignee: str,
    due: dt.date,
    *,
    period: str = "2023-Q2",
    status: str = "open",
    ack_until: dt.date | None = None,
) -> int:
    with Session(engine) as session:
        if session.get(TaskAssignee, (task_id, assignee)) is None:
            session.add(TaskAssignee(task_id=task_id, committee_id=assignee))
        occ = occurrence_row(task_id, assignee, due, AT, period=period, status=status, ack_until=ack_until)
        session.add(occ)
        session.commit()
        assert occ.id is not None
        return occ.id


def messages(engine: Engine) -> list[Message]:
    with Session(engine) as session:
        return list(session.exec(select(Message).order_by(Message.id)).all())  # type: ignore[arg-type]


def events(engine: Engine, *kinds: str) -> list[HistoryEvent]:
    with Session(engine) as session:
        query = select(HistoryEvent).order_by(HistoryEvent.id)  # type: ignore[arg-type]
        if kinds:
            query = query.where(HistoryEvent.kind.in_(kinds))  # type: ignore[attr-defined]
        return list(session.exec(query).all())


def at_on(day: dt.date) -> dt.datetime:
    """07:30 in Hà Nội time on ``day`` (the chase flow's schedule), as UTC."""
    return dt.datetime.combine(day, dt.time(0, 30), tzinfo=dt.UTC)


def chase_day(engine: Engine, day: dt.date, **options: Any) -> ChaseRun:
    """The chase of ``day`` as the flow runs it, with the default ladder and the working calendar."""
    return run_chase(
        engine,
        day=day,
        at=at_on(day),
        policies=policies(),
        calendar=calendar(),
        actor="flow:chase",
        base_url=BASE,
        **options,
    )
