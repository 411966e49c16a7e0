"""What the pages show, read with set-based queries; ``today`` is always a parameter."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Generic, TypeVar

from sqlalchemy import and_, case, func
from sqlalchemy import select as sa_select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from dondoc.db.models import Committee, HistoryEvent, Message, Occurrence, Plan, Submission, Task
from dondoc.occurrence.labels import STATUS_TITLES
from dondoc.occurrence.queries import joined
from dondoc.status.categories import CATEGORY_ORDER, Category, categorise
from dondoc.status.lists import category_conditions, counted, list_order
from dondoc.status.report import DEFAULT_HORIZON_DAYS, StatusRow, cascade_progress, status_query, status_row
from dondoc.status.tally import counter_of, counts_by_unit, done_by_due_day


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


Row = TypeVar("Row")
PAGE_ROWS = 50  # rows of one list on one page of the committee page


@dataclass(frozen=True)
class ListPage(Generic[Row]):
    """One page of a list (a category's occurrences, the tracked units): ``rows`` start at row ``offset`` of ``total``."""

    rows: list[Row]
    page: int
    offset: int
    total: int

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.rows) < self.total


@dataclass
class CommitteePage:
    committee: Committee
    parent: Committee | None
    horizon_days: int
    counts: dict[Category, int]
    lists: dict[Category, ListPage[StatusRow]]
    units: list[UnitLine]
    quarters: list[tuple[str, float | None, int]]  # (label, on-time rate, reports done)

    def on_time_rate(self) -> float | None:
        done = self.counts[Category.on_time] + self.counts[Category.late]
        return self.counts[Category.on_time] / done if done else None


def _category_sums(today: dt.date) -> list[Any]:
    """One count column per category (in CATEGORY_ORDER), for a grouped query."""
    conditions = category_conditions(today)
    return [func.sum(case((conditions[c], 1), else_=0)) for c in CATEGORY_ORDER]


def _counter(sums: Sequence[Any]) -> Counter[Category]:
    return Counter({c: int(n or 0) for c, n in zip(CATEGORY_ORDER, sums, strict=True)})


def category_page(
    session: Session,
    path: str,
    category: Category,
    today: dt.date,
    *,
    page: int = 1,
    total: int,
    horizon_days: int = DEFAULT_HORIZON_DAYS,
    per_page: int = PAGE_ROWS,
) -> ListPage[StatusRow]:
    """One page of a category's list, earliest due first (the most overdue at the top), by LIMIT/OFFSET."""
    page = max(1, page)
    offset = (page - 1) * per_page
    query = (
        status_query(Committee)
        .where(*counted(path, today, horizon_days, live=False), category_conditions(today)[category])
        .order_by(*list_order())
        .offset(offset)
        .limit(per_page)
    )
    found = session.execute(query).all()
    progress = cascade_progress(session, [r[0] for r in found])
    rows = [_with_lower(status_row(r, category), progress.get(r[0])) for r in found]
    return ListPage(rows, page, offset, total)


def _with_lower(row: StatusRow, progress: tuple[int, int] | None) -> StatusRow:
    """A cascade's upper occurrence with how many of its lower units' reports are in."""
    return replace(row, lower_submitted=progress[0], lower_total=progress[1]) if progress else row


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
    # counted per due day from the tally: at most ~1,100 rows whatever the size of the subtree
    rows = done_by_due_day(session, path, last - dt.timedelta(days=3 * 366) + dt.timedelta(days=1), last)
    done: Counter[tuple[int, int]] = Counter()
    on_time: Counter[tuple[int, int]] = Counter()
    for day, n, n_on_time in rows:
        key = _quarter(day)
        done[key] += n
        on_time[key] += n_on_time
    keys = sorted(done)[-quarters:] or [(year, quarter)]
    roman = {1: "I", 2: "II", 3: "III", 4: "IV"}
    return [
        (f"Q{roman[q]}/{y}", (on_time[(y, q)] / done[(y, q)]) if done[(y, q)] else None, done[(y, q)]) for y, q in keys
    ]


def committee_page(
    session: Session,
    committee: Committee,
    today: dt.date,
    pages: Mapping[Category, int] | None = None,
    horizon_days: int = DEFAULT_HORIZON_DAYS,
) -> CommitteePage:
    """The page's numbers from the tally (dondoc.status.tally), and one page of each category's list (``pages``: which page)."""
    children = session.exec(
        select(Committee)
        .where(col(Committee.parent_id) == committee.id, col(Committee.active))
        .order_by(col(Committee.path))
    ).all()
    lines = {child.id: UnitLine(child.id, child.name) for child in children}
    depth = committee.path.count("/") - 1  # segments of the committee's own path
    # summed as plain lists (a Counter per unit cost 0.4-0.6 s for the 60,000 units under the root)
    total = [0] * len(CATEGORY_ORDER)
    below: dict[str, list[int]] = {child_id: [0] * len(CATEGORY_ORDER) for child_id in lines}
    for path, sums in counts_by_unit(session, committee.path, today, horizon_days):  # from the tally
        total = [a + b for a, b in zip(total, sums, strict=True)]
        segments = path.strip("/").split("/")
        if len(segments) > depth and segments[depth] in below:
            child = below[segments[depth]]
            below[segments[depth]] = [a + b for a, b in zip(child, sums, strict=True)]
    for child_id, sums in below.items():
        lines[child_id].counts.update(counter_of(sums))
    totals = dict(zip(CATEGORY_ORDER, total, strict=True))
    wanted = pages or {}
    lists = {
        c: category_page(
            session, committee.path, c, today, page=wanted.get(c, 1), total=totals[c], horizon_days=horizon_days
        )
        for c in CATEGORY_ORDER
    }
    parent = session.get(Committee, committee.parent_id) if committee.parent_id else None
    quarters = quarter_rates(session, committee.path, today)
    return CommitteePage(committee, parent, horizon_days, totals, lists, list(lines.values()), quarters)


def tracked_units(
    session: Session,
    office_id: str,
    today: dt.date,
    horizon_days: int = 30,
    *,
    page: int = 1,
    per_page: int = PAGE_ROWS,
) -> ListPage[UnitLine]:
    """One page of the units an office (a plan's ``via``) follows, the most overdue first, each with
    its occurrences of those tasks counted."""
    page = max(1, page)
    offset = (page - 1) * per_page
    where = and_(col(Task.via_id) == office_id, col(Occurrence.current_due) <= today + dt.timedelta(days=horizon_days))
    base = (
        sa_select(col(Committee.id))
        .select_from(Occurrence)
        .join(Task, col(Task.id) == col(Occurrence.task_id))
        .join(Committee, col(Committee.id) == col(Occurrence.assignee_id))
        .where(where)
    )
    total = session.execute(sa_select(func.count()).select_from(base.distinct().subquery())).scalar_one()
    sums = _category_sums(today)
    rows = session.execute(
        base.add_columns(col(Committee.name), *sums)
        .group_by(col(Committee.id), col(Committee.name), col(Committee.path))
        .order_by(sums[0].desc(), col(Committee.path))
        .offset(offset)
        .limit(per_page)
    ).all()
    units = [UnitLine(unit_id, name, _counter(counted)) for unit_id, name, *counted in rows]
    return ListPage(units, page, offset, int(total))


CATEGORY_CSS = {
    Category.overdue: "overdue",
    Category.in_time: "in_time",
    Category.late: "late",
    Category.on_time: "on_time",
}
