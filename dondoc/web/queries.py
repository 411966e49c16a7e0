"""What the pages show, read with set-based queries; ``today`` is always a parameter."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select as sa_select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from dondoc.db.models import Committee, HistoryEvent, Message, Occurrence, Plan, Submission, Task
from dondoc.occurrence.labels import STATUS_TITLES
from dondoc.occurrence.queries import joined
from dondoc.status.categories import Category, categorise
from dondoc.status.report import StatusReport, build_status


@dataclass(frozen=True)
class OccurrenceDetail:
    id: int
    assignee_id: str
    assignee_name: str
    plan_id: str
    plan_number: str
    plan_title: str
    task_code: str
    task_title: str
    period: str
    due: dt.date
    current_due: dt.date
    status: str
    submitted_on: dt.date | None
    ack_until: dt.date | None
    report_to: str | None
    evidence: str | None
    evidence_line: int | None
    report_to_id: str | None = None

    @property
    def status_label(self) -> str:
        return STATUS_TITLES.get(self.status, self.status)

    def category(self, today: dt.date) -> Category | None:
        return categorise(self.status, self.current_due, self.submitted_on, today)


def occurrence_detail(session: Session, occurrence_id: int) -> OccurrenceDetail | None:
    assignee = aliased(Committee)
    report_to = aliased(Committee)
    row = session.execute(
        joined(
            sa_select(
                col(Occurrence.id),
                col(Occurrence.assignee_id),
                col(assignee.name),
                col(Plan.id),
                col(Plan.number),
                col(Plan.title),
                col(Task.code),
                col(Task.title),
                col(Occurrence.period),
                col(Occurrence.due),
                col(Occurrence.current_due),
                col(Occurrence.status),
                col(Occurrence.submitted_on),
                col(Occurrence.ack_until),
                col(report_to.name),
                col(Task.evidence),
                col(Task.evidence_line),
                col(Task.report_to_id),
            ),
            assignee,
        )
        .outerjoin(report_to, col(report_to.id) == col(Task.report_to_id))
        .where(col(Occurrence.id) == occurrence_id)
    ).first()
    if row is None:
        return None
    values: list[Any] = list(row)
    values[11] = str(getattr(values[11], "value", values[11]))
    return OccurrenceDetail(*values)


def occurrence_timeline(session: Session, occurrence_id: int) -> list[HistoryEvent]:
    """Every history row of the occurrence, oldest first."""
    return list(
        session.exec(
            select(HistoryEvent).where(col(HistoryEvent.occurrence_id) == occurrence_id).order_by(col(HistoryEvent.id))
        ).all()
    )


def occurrence_messages(session: Session, occurrence_id: int) -> list[Message]:
    return list(
        session.exec(select(Message).where(col(Message.occurrence_id) == occurrence_id).order_by(col(Message.id))).all()
    )


def occurrence_submissions(session: Session, occurrence_id: int) -> list[Submission]:
    return list(
        session.exec(
            select(Submission).where(col(Submission.occurrence_id) == occurrence_id).order_by(col(Submission.id))
        ).all()
    )


@dataclass
class UnitLine:
    """One unit directly under the page's committee, with its whole subtree counted."""

    id: str
    name: str
    counts: Counter[Category] = field(default_factory=Counter)

    @property
    def on_time_rate(self) -> float | None:
        done = self.counts[Category.on_time] + self.counts[Category.late]
        return self.counts[Category.on_time] / done if done else None


@dataclass
class CommitteePage:
    committee: Committee
    parent: Committee | None
    report: StatusReport
    units: list[UnitLine]
    quarters: list[tuple[str, float | None, int]]  # (label, on-time rate, reports done)

    def rows(self, category: Category, limit: int = 50) -> list[Any]:
        return self.report.by_category(category)[:limit]


def _quarter(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def quarter_rates(
    session: Session, path: str, today: dt.date, quarters: int = 6
) -> list[tuple[str, float | None, int]]:
    """On-time rate of the reports submitted, by the quarter they were due in: the last
    ``quarters`` quarters up to ``today``'s that have reports (a year told in the past
    shows its own quarters, not empty ones around the real today)."""
    year, quarter = _quarter(today)
    # the current quarter counts what is already in, including reports due later in it
    last = dt.date(year + (1 if quarter == 4 else 0), (quarter * 3) % 12 + 1, 1) - dt.timedelta(days=1)
    rows = session.execute(
        select(col(Occurrence.current_due), col(Occurrence.submitted_on))
        .join(Committee, col(Committee.id) == Occurrence.assignee_id)
        .where(
            col(Committee.path).startswith(path, autoescape=True),
            col(Occurrence.status) == "submitted",
            col(Occurrence.current_due) <= last,
            col(Occurrence.current_due) > last - dt.timedelta(days=3 * 366),
        )
    ).all()
    done: Counter[tuple[int, int]] = Counter()
    on_time: Counter[tuple[int, int]] = Counter()
    for due, submitted_on in rows:
        key = _quarter(due)
        done[key] += 1
        if submitted_on is None or submitted_on <= due:
            on_time[key] += 1
    keys = sorted(done)[-quarters:] or [(year, quarter)]
    roman = {1: "I", 2: "II", 3: "III", 4: "IV"}
    return [
        (f"Q{roman[q]}/{y}", (on_time[(y, q)] / done[(y, q)]) if done[(y, q)] else None, done[(y, q)]) for y, q in keys
    ]


def committee_page(session: Session, committee: Committee, today: dt.date) -> CommitteePage:
    report = build_status(session, on=today, org_id=committee.id)
    children = session.exec(
        select(Committee)
        .where(col(Committee.parent_id) == committee.id, col(Committee.active))
        .order_by(col(Committee.path))
    ).all()
    lines = {child.id: UnitLine(child.id, child.name) for child in children}
    depth = committee.path.count("/") - 1  # segments of the committee's own path
    paths = dict(
        session.execute(
            select(Committee.id, Committee.path).where(col(Committee.path).startswith(committee.path, autoescape=True))
        ).all()
    )
    for row in report.rows:
        segments = paths.get(row.assignee_id, "").strip("/").split("/")
        if len(segments) > depth:
            child_id = segments[depth]
            if child_id in lines:
                lines[child_id].counts[row.category] += 1
    parent = session.get(Committee, committee.parent_id) if committee.parent_id else None
    return CommitteePage(committee, parent, report, list(lines.values()), quarter_rates(session, committee.path, today))


def tracked_units(session: Session, office_id: str, today: dt.date, horizon_days: int = 30) -> list[UnitLine]:
    """The units an office (a plan's ``via``) follows, each with its occurrences of those tasks counted."""
    rows = session.execute(
        sa_select(
            col(Committee.id),
            col(Committee.name),
            col(Occurrence.status),
            col(Occurrence.current_due),
            col(Occurrence.submitted_on),
        )
        .join(Task, col(Task.id) == col(Occurrence.task_id))
        .join(Committee, col(Committee.id) == col(Occurrence.assignee_id))
        .where(col(Task.via_id) == office_id, col(Occurrence.current_due) <= today + dt.timedelta(days=horizon_days))
        .order_by(col(Committee.path))
    ).all()
    lines: dict[str, UnitLine] = {}
    for unit_id, name, status, due, submitted_on in rows:
        category = categorise(str(getattr(status, "value", status)), due, submitted_on, today)
        line = lines.setdefault(unit_id, UnitLine(unit_id, name))
        if category is not None:
            line.counts[category] += 1
    return list(lines.values())


CATEGORY_CSS = {
    Category.overdue: "overdue",
    Category.in_time: "in_time",
    Category.late: "late",
    Category.on_time: "on_time",
}
