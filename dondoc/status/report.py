"""Where the occurrences of a committee (and the units under it) stand on a given day.

What counts on ``on`` is every occurrence due up to ``on + horizon``, open or done
(waived and cancelled ones are left out). ``build_status`` reads them all and
categorises them in Python with ``dondoc.status.categories`` (the JSON lists every
one); ``build_status_summary``, what the terminal view needs, counts them from the
tally (dondoc.status.tally) and reads only the first rows of each list.
``today`` is always a parameter.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from calendar_rules.vietnamese import days_phrase_vi, format_short_date_vi, period_label_vi
from dondoc.db.models import Committee, Occurrence, Plan, Task
from dondoc.errors import NotFound
from dondoc.occurrence.queries import joined
from dondoc.status.categories import CATEGORY_LABELS, CATEGORY_ORDER, Category, categorise
from dondoc.status.lists import category_conditions, counted, done_order, list_order
from dondoc.status.tally import counter_of, subtree_counts

DEFAULT_HORIZON_DAYS = 30


@dataclass(frozen=True)
class StatusRow:
    occurrence_id: int
    plan_id: str
    plan_number: str
    task_code: str
    task_title: str
    assignee_id: str
    assignee_name: str
    period: str
    current_due: dt.date
    status: str
    submitted_on: dt.date | None
    category: Category
    parent_id: int | None
    lower_submitted: int = 0  # a cascade's upper occurrence: how many of the lower units' reports are in
    lower_total: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.occurrence_id,
            "plan": self.plan_id,
            "plan_number": self.plan_number,
            "task": self.task_code,
            "title": self.task_title,
            "assignee": self.assignee_id,
            "assignee_name": self.assignee_name,
            "period": self.period,
            "due": self.current_due.isoformat(),
            "status": self.status,
            "submitted_on": self.submitted_on.isoformat() if self.submitted_on else None,
            "category": self.category.value,
            "category_label": CATEGORY_LABELS[self.category],
            "lower": {"submitted": self.lower_submitted, "total": self.lower_total} if self.lower_total else None,
        }


@dataclass
class StatusReport:
    on: dt.date
    org_id: str | None
    org_name: str | None
    plan_id: str | None
    horizon_days: int
    rows: list[StatusRow]
    # counted apart from ``rows`` (build_status_summary: the rows are only the first of each list)
    totals: dict[Category, int] | None = None

    def counts(self) -> dict[Category, int]:
        if self.totals is not None:
            return {category: self.totals.get(category, 0) for category in CATEGORY_ORDER}
        counter = Counter(row.category for row in self.rows)
        return {category: counter.get(category, 0) for category in CATEGORY_ORDER}

    def by_category(self, category: Category) -> list[StatusRow]:
        return [row for row in self.rows if row.category == category]

    def on_time_rate(self) -> float | None:
        """Share of the reports done by now that were done on time (None when nothing is done)."""
        counts = self.counts()
        done = counts[Category.on_time] + counts[Category.late]
        return counts[Category.on_time] / done if done else None

    def to_json(self) -> dict[str, Any]:
        rate = self.on_time_rate()
        return {
            "on": self.on.isoformat(),
            "org": self.org_id,
            "plan": self.plan_id,
            "horizon_days": self.horizon_days,
            "counts": {category.value: n for category, n in self.counts().items()},
            "on_time_rate": round(rate, 4) if rate is not None else None,
            "occurrences": [row.to_json() for row in self.rows],
            # false when the lists were cut to their first rows (``--limit``): the counts are still whole
            "complete": len(self.rows) == sum(self.counts().values()),
        }


def status_query(assignee: Any) -> Any:
    """The columns a StatusRow is made of (``status_row``), read from the occurrence, its task, plan and ``assignee``."""
    return joined(
        select(
            col(Occurrence.id),
            col(Plan.id),
            col(Plan.number),
            col(Task.code),
            col(Task.title),
            col(Occurrence.assignee_id),
            col(assignee.name),
            col(Occurrence.period),
            col(Occurrence.current_due),
            col(Occurrence.status),
            col(Occurrence.submitted_on),
            col(Occurrence.parent_id),
        ),
        assignee,
    )


def status_row(r: Any, category: Category) -> StatusRow:
    """A row of ``status_query`` in its ``category``."""
    status = str(getattr(r[9], "value", r[9]))
    return StatusRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], status, r[10], category, r[11])


def build_status(
    session: Session,
    *,
    on: dt.date,
    org_id: str | None = None,
    plan_id: str | None = None,
    horizon_days: int = DEFAULT_HORIZON_DAYS,
) -> StatusReport:
    org_name = None
    assignee = aliased(Committee)
    query = (
        status_query(assignee)
        .where(
            col(Occurrence.status).in_(("open", "submitted")),
            col(Occurrence.current_due) <= on + dt.timedelta(days=horizon_days),
        )
        .order_by(*list_order(assignee))
    )
    org = _org(session, org_id)
    if org is not None:
        org_name = org.name
        query = query.where(col(assignee.path).like(org.path + "%"))
    if plan_id is not None:
        _check_plan(session, plan_id)
        query = query.where(col(Plan.id) == plan_id)
    rows: list[StatusRow] = []
    for r in session.execute(query):
        status = str(getattr(r[9], "value", r[9]))
        category = categorise(status, r[8], r[10], on)
        if category is None:
            continue
        rows.append(status_row(r, category))
    rows = with_cascade(session, rows)
    return StatusReport(on, org_id, org_name, plan_id, horizon_days, rows)


def _org(session: Session, org_id: str | None) -> Committee | None:
    if org_id is None:
        return None
    org = session.get(Committee, org_id)
    if org is None:
        raise NotFound(f"không có đơn vị '{org_id}' trong cây tổ chức")
    return org


def _check_plan(session: Session, plan_id: str) -> None:
    if session.get(Plan, plan_id) is None:
        raise NotFound(f"không có kế hoạch '{plan_id}' (xem dondoc plan list)")


def build_status_summary(
    session: Session,
    *,
    on: dt.date,
    org_id: str | None = None,
    plan_id: str | None = None,
    horizon_days: int = DEFAULT_HORIZON_DAYS,
    limit: int = 15,
) -> StatusReport:
    """What ``render_status`` shows, without loading every occurrence: the counts from the tally (one
    grouped COUNT over the plan's occurrences with ``plan_id``, the tally having no plan), and the
    first ``limit`` rows of the overdue, upcoming and done lists."""
    org = _org(session, org_id)
    path = org.path if org is not None else None
    conditions = category_conditions(on)
    if plan_id is None:
        totals = subtree_counts(session, path, on, horizon_days)
    else:
        _check_plan(session, plan_id)
        sums = [func.sum(case((conditions[c], 1), else_=0)) for c in CATEGORY_ORDER]
        found = session.execute(joined(select(*sums)).where(*counted(path, on, horizon_days, plan_id))).one()
        totals = dict(counter_of(found))
    done = or_(conditions[Category.late], conditions[Category.on_time])
    rows: list[StatusRow] = []
    for category, condition, order in (
        (Category.overdue, conditions[Category.overdue], list_order()),
        (Category.in_time, conditions[Category.in_time], list_order()),
        (None, done, done_order()),
    ):
        wanted = totals[category] if category is not None else totals[Category.late] + totals[Category.on_time]
        if not wanted:
            continue
        query = status_query(Committee).where(*counted(path, on, horizon_days, plan_id, live=False), condition)
        for r in session.execute(query.order_by(*order).limit(limit)):
            found_category = categorise(str(getattr(r[9], "value", r[9])), r[8], r[10], on)
            assert found_category is not None  # the conditions select live occurrences only
            rows.append(status_row(r, found_category))
    rows = with_cascade(session, rows)
    return StatusReport(on, org_id, org.name if org else None, plan_id, horizon_days, rows, totals)


def with_cascade(session: Session, rows: list[StatusRow]) -> list[StatusRow]:
    """The rows, each upper occurrence with its lower reports submitted and counted (``cascade_progress``)."""
    progress = cascade_progress(session, [row.occurrence_id for row in rows])
    return [
        replace(row, lower_submitted=progress[row.occurrence_id][0], lower_total=progress[row.occurrence_id][1])
        if row.occurrence_id in progress
        else row
        for row in rows
    ]


def cascade_progress(session: Session, occurrence_ids: list[int]) -> dict[int, tuple[int, int]]:
    """Upper occurrence id → (lower reports submitted, lower occurrences that count), one grouped query per 5,000 ids."""
    result: dict[int, tuple[int, int]] = {}
    for start in range(0, len(occurrence_ids), 5000):
        chunk = occurrence_ids[start : start + 5000]
        query = (
            select(
                col(Occurrence.parent_id),
                func.sum(case((col(Occurrence.status) == "submitted", 1), else_=0)),
                func.count(),
            )
            .where(col(Occurrence.parent_id).in_(chunk), col(Occurrence.status).in_(("open", "submitted")))
            .group_by(col(Occurrence.parent_id))
        )
        for parent_id, submitted, total in session.execute(query):
            result[parent_id] = (int(submitted or 0), int(total))
    return result


def render_status(report: StatusReport, limit: int = 15) -> str:
    """The terminal view: counts in the four VPCP categories, then what to act on first."""
    where = f"{report.org_name} [{report.org_id}] và các đơn vị trực thuộc" if report.org_id else "toàn bộ đơn vị"
    lines = [
        f"Tình hình thực hiện ngày {format_short_date_vi(report.on)} — {where}"
        + (f", kế hoạch {report.plan_id}" if report.plan_id else "")
    ]
    lines.append(
        f"(các kỳ báo cáo có hạn đến {format_short_date_vi(report.on + dt.timedelta(days=report.horizon_days))}; đã bỏ các kỳ được miễn hoặc đã hủy)"
    )
    counts = report.counts()
    for category in CATEGORY_ORDER:
        lines.append(f"  {CATEGORY_LABELS[category]:<26} {counts[category]:>6}")
    rate = report.on_time_rate()
    if rate is not None:
        lines.append(f"  Tỷ lệ nộp đúng hạn: {rate * 100:.1f}%")

    def block(title: str, rows: list[StatusRow], total: int, note) -> None:
        if not total:
            return
        lines.append("")
        lines.append(f"{title} ({total}):")
        for row in rows[:limit]:
            lower = f"; cấp dưới đã nộp {row.lower_submitted}/{row.lower_total}" if row.lower_total else ""
            lines.append(
                f"  #{row.occurrence_id:<6} {format_short_date_vi(row.current_due)}  {row.assignee_name} — {row.plan_number} mục {row.task_code}, {period_label_vi(row.period)} ({note(row)}{lower})"
            )
        if total > limit:
            lines.append(f"  … và {total - limit} kỳ khác (dùng --json để xem đủ)")

    overdue = report.by_category(Category.overdue)
    upcoming = report.by_category(Category.in_time)
    done = sorted(
        report.by_category(Category.late) + report.by_category(Category.on_time),
        key=lambda r: r.submitted_on or r.current_due,
        reverse=True,
    )
    block(
        "Quá hạn chưa hoàn thành",
        overdue,
        counts[Category.overdue],
        lambda r: days_phrase_vi((r.current_due - report.on).days),
    )
    block("Sắp đến hạn", upcoming, counts[Category.in_time], lambda r: days_phrase_vi((r.current_due - report.on).days))
    block(
        "Đã nộp gần đây",
        done,
        counts[Category.late] + counts[Category.on_time],
        lambda r: (
            f"nộp {format_short_date_vi(r.submitted_on)}" + (", muộn" if r.category == Category.late else "")
            if r.submitted_on
            else "đã nộp"
        ),
    )
    if not any(counts.values()):
        lines.append("")
        lines.append("Không có kỳ báo cáo nào trong khoảng này. Đã nhập kế hoạch và chạy `dondoc expand` chưa?")
    return "\n".join(lines)
