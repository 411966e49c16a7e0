"""The demo's year: units behave like real ones while the chase runs every working day.

Everything is replayed with a simulated clock (the day of ``dondoc.story.days``:
chase at 07:30, delivery at 07:35, submissions at 10:00, Asia/Ho_Chi_Minh) through the same functions the flows
and the CLI use: ``run_chase``, ``send_now`` (to the folder channel, i.e.
files on disk), ``record_submission``, ``extend``, ``acknowledge``. Behaviour
is decided by a hash of the occurrence's stable key, so every run of the demo
tells the same story, and running it again records nothing new.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from calendar_rules import WorkingCalendar
from calendar_rules.vietnamese import format_day, local_instant
from dondoc.chase.policy import Policy
from dondoc.chase.run import run_chase
from dondoc.db.models import Adjustment, AdjustmentKind, Occurrence, OccurrenceStatus, Task
from dondoc.errors import SelectionError
from dondoc.occurrence import actions
from dondoc.occurrence.lookup import find_occurrence, select_occurrence
from dondoc.settings import Settings
from dondoc.story.days import DayCounts, Replay, replay_days, working_days

ON_TIME, LATE = 60, 85  # hash buckets out of 100: on time, late, never


@dataclass(frozen=True)
class Twist:
    """A scripted event of the story: an extension or an acknowledgement."""

    kind: str  # "extension" | "acknowledgement"
    assignee: str
    task_code: str
    period: str
    days_after_due: int  # when it happens, in working days from the due date (negative: before)
    move_days: int  # new due / promised date, in calendar days from the old due date
    reason: str


TWISTS = (
    Twist(
        "extension",
        "dang-uy-xa-pho-an",
        "II.2",
        "2023-Q2",
        -2,
        14,
        "Đảng ủy xã đề nghị gia hạn do tập trung phòng, chống bão",
    ),
    Twist("acknowledgement", "dang-uy-xa-pho-chau", "II.2", "2023-Q3", 2, 10, "Đơn vị hẹn nộp sau khi họp chi ủy"),
)


@dataclass
class YearResult(Replay[DayCounts]):
    twists: list[str] = field(default_factory=list)


def _bucket(occurrence_id_key: str) -> int:
    return int(hashlib.sha256(occurrence_id_key.encode("utf-8")).hexdigest()[:8], 16) % 100


def submission_day(key: str, due: dt.date, calendar: WorkingCalendar) -> dt.date | None:
    """When this unit sends its report: on time (0–4 working days early), late (2–11 working days after), or never."""
    bucket = _bucket(key)
    if bucket < ON_TIME:
        return calendar.add_working_days(due, -(bucket % 5)) if bucket % 5 else calendar.add_working_days(due, 0)
    if bucket < LATE:
        return calendar.add_working_days(due, 2 + bucket % 10)
    return None


def _open_occurrences(session: Session, start: dt.date, end: dt.date) -> list[tuple[int, str, str, str, dt.date]]:
    # SQLAlchemy's select and execute: sqlmodel's select is typed for at most four columns
    rows = session.execute(
        sa.select(
            col(Occurrence.id),
            col(Occurrence.assignee_id),
            col(Task.code),
            col(Occurrence.period),
            col(Occurrence.current_due),
        )
        .join(Task, col(Task.id) == Occurrence.task_id)
        .where(
            col(Occurrence.status) == OccurrenceStatus.open,
            col(Occurrence.current_due) >= start,
            col(Occurrence.current_due) <= end,
        )
    ).all()
    return [tuple(r) for r in rows]


def simulate_year(
    engine: Engine,
    settings: Settings,
    *,
    start: dt.date,
    end: dt.date,
    calendar: WorkingCalendar,
    policies: Mapping[str, Policy],
    send: Callable[[dt.datetime], object],
    on_day: Callable[[DayCounts], None] | None = None,
) -> YearResult:
    """Replay [start, end] working day by working day; ``send(now)`` delivers the outbox at ``now``."""
    result = YearResult()
    with Session(engine) as session:
        plan: dict[dt.date, list[int]] = {}
        for occ_id, assignee, code, period, due in _open_occurrences(session, start, end + dt.timedelta(days=30)):
            day = submission_day(f"{assignee}|{code}|{period}", due, calendar)
            if day is not None and start <= day <= end:
                plan.setdefault(day, []).append(occ_id)
    twists = {(t.assignee, t.task_code, t.period): t for t in TWISTS}

    def chase(outcome: DayCounts, at: dt.datetime) -> None:
        run = run_chase(
            engine,
            day=outcome.day,
            at=at,
            policies=policies,
            calendar=calendar,
            actor="demo:chase",
            base_url=settings.base_url,
        )
        outcome.due_steps, outcome.queued = len(run.found.candidates), run.report.queued

    def deliver(outcome: DayCounts, at: dt.datetime) -> None:
        report = send(at)
        if report is not None:
            outcome.sent, outcome.failed = getattr(report, "sent", 0), getattr(report, "failed", 0)

    def submit(outcome: DayCounts, at: dt.datetime) -> None:
        day = outcome.day
        with Session(engine) as session:
            for twist in twists.values():
                note = _apply_twist(session, twist, day, calendar)
                if note:
                    result.twists.append(note)
                    if twist.kind == "extension":  # the extended unit reports on its new date
                        view = select_occurrence(session, org=twist.assignee, task=twist.task_code, period=twist.period)
                        plan.setdefault(view.current_due, []).append(view.id)
            for occ_id in plan.get(day, []):
                view = find_occurrence(session, occ_id)
                if view.status != "open":
                    continue
                actions.record_submission(
                    session,
                    view,
                    ref=f"Báo cáo số {occ_id % 97 + 1}-BC/ĐU",
                    on=day,
                    today=day,
                    actor=f"demo:{view.assignee_id}",
                    at=at,
                )
                outcome.submitted += 1
            session.commit()

    replay_days(
        working_days(start, end, calendar),
        DayCounts,
        chase=chase,
        send=deliver,
        report=submit,
        into=result,
        on_day=on_day,
    )
    return result


def _apply_twist(session: Session, twist: Twist, day: dt.date, calendar: WorkingCalendar) -> str | None:
    try:
        view = select_occurrence(session, org=twist.assignee, task=twist.task_code, period=twist.period)
    except SelectionError:
        return None
    if view.status != "open":
        return None
    kind = AdjustmentKind.extension if twist.kind == "extension" else AdjustmentKind.acknowledgement
    done = session.exec(
        select(col(Adjustment.id)).where(col(Adjustment.occurrence_id) == view.id, col(Adjustment.kind) == kind)
    ).first()
    if done is not None or day != calendar.add_working_days(view.current_due, twist.days_after_due):
        return None
    target = view.current_due + dt.timedelta(days=twist.move_days)
    if kind == AdjustmentKind.extension:
        actions.extend(
            session, view, to=target, reason=twist.reason, actor="demo:thi-uy-duc-pho", at=local_instant(day, 9)
        )
        return f"{format_day(day)}: gia hạn cho {view.label()} đến {format_day(target)} ({twist.reason})"
    actions.acknowledge(
        session,
        view,
        until=target,
        today=day,
        reason=twist.reason,
        actor=f"demo:{view.assignee_id}",
        at=local_instant(day, 9),
    )
    return f"{format_day(day)}: {view.assignee} hẹn nộp trước {format_day(target)}, tạm dừng báo cấp trên"


def step_counts(session: Session, start: dt.date, end: dt.date) -> Counter[str]:
    """Items chased per ladder step in the story's span, counting those whose message was sent.

    A message lists several items (one per occurrence and step), so the count is taken from the
    history's one row per (occurrence, step, recipient), joined to its message by key.
    """
    import json

    from dondoc.db.models import HistoryEvent, Message

    lo, hi = local_instant(start), local_instant(end + dt.timedelta(days=1))
    sent = set(
        session.exec(
            select(col(Message.key)).where(
                col(Message.status) == "sent", col(Message.created_at) >= lo, col(Message.created_at) < hi
            )
        ).all()
    )
    counts: Counter[str] = Counter()
    events = session.exec(
        select(col(HistoryEvent.details)).where(
            col(HistoryEvent.kind).in_(("step_due", "escalation")),
            col(HistoryEvent.at) >= lo,
            col(HistoryEvent.at) < hi,
        )
    ).all()
    for details in events:
        data = json.loads(details) if isinstance(details, str) else (details or {})
        if data.get("key") in sent:
            counts[str(data.get("step", ""))] += 1
    return counts
