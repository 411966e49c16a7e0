"""Recording what people do about an occurrence: a report sent, an extension, a waiver,
an acknowledgement.

Each action is one conditional UPDATE of the occurrence (``WHERE status =
'open'``), so two people recording at once cannot both win; it bumps
``sequence`` and ``updated_at`` (calendar feeds must see the change), adds its
Submission/Adjustment row and appends a history event, all in the caller's
transaction. The web app's one-click page and ``dondoc submit`` are meant to
call the same ``record_submission``.

Effects on the chase ladder (``dondoc.chase.decide``):
- submission and waiver close the occurrence: nothing more is chased;
- an extension moves ``current_due``, so the ladder restarts from the new date
  (and clears any acknowledgement: the new date replaces the promise);
- an acknowledgement sets ``ack_until``: escalations pause until that day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy import update
from sqlmodel import Session, col, select

from calendar_rules.periods import period_bounds
from dondoc.chase.dates import format_day
from dondoc.db.models import Adjustment, AdjustmentKind, Committee, Occurrence, OccurrenceStatus, Plan, Submission, Task
from dondoc.errors import BadValue, DondocError, FieldError, NotFound
from dondoc.history import Event, append_events

STATUS_LABELS = {
    "open": "đang chờ báo cáo",
    "submitted": "đã nộp báo cáo",
    "waived": "đã được miễn",
    "cancelled": "đã hủy",
}


class SelectionError(DondocError):
    """The selectors match no occurrence or more than one."""

    exit_code = 4


class ImplausibleDate(BadValue):
    """A date no report can have (before its period, before its plan, after today)."""


def check_submission_date(session: Session, view: OccurrenceView, on: dt.date, today: dt.date) -> None:
    """Refuse a submission date that cannot be true; the one check every surface uses.

    A reporting period (quarter, month, half, year) must have begun: a Q4 report
    cannot be sent in Q3. A single-day period is a deadline, not a period, and a
    period due early in it ("the plan for 2024, due in January 2024") may come
    ahead: the bound is the earlier of the period's start and a month before
    the due date. No report answers a plan before it was issued.
    """
    if on > today:
        raise ImplausibleDate("submitted_on", f"ngày nộp {format_day(on)} ở sau hôm nay ({format_day(today)})")
    plan = session.get(Plan, view.plan_id)
    issued = plan.issued if plan is not None else None
    if issued is not None and on < issued:
        raise ImplausibleDate(
            "submitted_on",
            f"ngày nộp {format_day(on)} ở trước ngày ban hành kế hoạch {view.plan_number} ({format_day(issued)})",
        )
    start, end = period_bounds(view.period)
    if start != end and on < min(start, view.current_due - dt.timedelta(days=31)):
        from calendar_rules.vietnamese import period_label_vi

        raise ImplausibleDate(
            "submitted_on",
            f"ngày nộp {format_day(on)} ở trước khi kỳ báo cáo {period_label_vi(view.period)} bắt đầu ({format_day(start)})",
        )


def parse_occurrence_id(text: str) -> int:
    """``#1234`` or ``1234`` → 1234."""
    cleaned = text.strip().lstrip("#")
    if not cleaned.isdigit():
        raise DondocError(f"mã kỳ báo cáo '{text}' không hợp lệ (dạng #1234 hoặc 1234)")
    return int(cleaned)


@dataclass(frozen=True)
class OccurrenceView:
    """An occurrence with the names a person needs to recognise it."""

    id: int
    assignee_id: str
    assignee: str
    plan_id: str
    plan_number: str
    task_code: str
    task_title: str
    period: str
    current_due: dt.date
    status: str

    def label(self) -> str:
        from calendar_rules.vietnamese import period_label_vi

        title = self.task_title if len(self.task_title) <= 60 else self.task_title[:59].rstrip() + "…"
        return f"#{self.id} {self.assignee} — {self.plan_number} mục {self.task_code} ({title}) — {period_label_vi(self.period)}, hạn {format_day(self.current_due)}"


def _view_query() -> sa.Select[Occurrence, str, str, str, str, str]:
    """SQLAlchemy's ``select``: sqlmodel's is typed for at most four columns."""
    return (
        sa.select(Occurrence, col(Committee.name), col(Plan.id), col(Plan.number), col(Task.code), col(Task.title))
        .join(Task, col(Task.id) == col(Occurrence.task_id))
        .join(Plan, col(Plan.id) == col(Task.plan_id))
        .join(Committee, col(Committee.id) == col(Occurrence.assignee_id))
    )


def _view(row: sa.Row[Occurrence, str, str, str, str, str]) -> OccurrenceView:
    occ, assignee, plan_id, plan_number, code, title = row
    assert occ.id is not None  # a row read back from the table
    return OccurrenceView(
        occ.id,
        occ.assignee_id,
        assignee,
        plan_id,
        plan_number,
        code,
        title,
        occ.period,
        occ.current_due,
        str(occ.status.value if hasattr(occ.status, "value") else occ.status),
    )


MAX_ID = 2**63 - 1  # the largest id a BIGINT (PostgreSQL) or INTEGER (SQLite) column holds


def find_occurrence(
    session: Session,
    ref: str | None = None,
    *,
    org: str | None = None,
    task: str | None = None,
    period: str | None = None,
    plan: str | None = None,
) -> OccurrenceView:
    """One occurrence by id (``#1234``) or by selectors; none or several is a SelectionError."""
    if ref is not None:
        if any(v is not None for v in (org, task, period, plan)):
            raise DondocError(
                "chỉ dùng mã kỳ báo cáo (#1234) hoặc bộ chọn --org/--task/--period/--plan, không dùng cả hai"
            )
        occ_id = parse_occurrence_id(ref)
        if not 0 < occ_id <= MAX_ID:  # beyond what the id column holds: it names nothing
            raise NotFound(f"không có kỳ báo cáo #{occ_id}")
        row = session.execute(_view_query().where(col(Occurrence.id) == occ_id)).first()
        if row is None:
            raise NotFound(f"không có kỳ báo cáo #{occ_id}")
        return _view(row)
    if all(v is None for v in (org, task, period, plan)):
        raise DondocError("cần mã kỳ báo cáo (#1234) hoặc bộ chọn --org ĐƠN_VỊ --task MÃ --period KỲ [--plan KẾ_HOẠCH]")
    query = _view_query()
    if org is not None:
        query = query.where(col(Occurrence.assignee_id) == org)
    if task is not None:
        query = query.where(col(Task.code) == task)
    if period is not None:
        query = query.where(col(Occurrence.period) == period)
    if plan is not None:
        query = query.where(col(Plan.id) == plan)
    rows = session.execute(query.order_by(col(Occurrence.id)).limit(6)).all()
    chosen = ", ".join(
        f"{name} {value}"
        for name, value in (("--org", org), ("--task", task), ("--period", period), ("--plan", plan))
        if value is not None
    )
    if not rows:
        raise SelectionError(f"không có kỳ báo cáo nào khớp {chosen}")
    if len(rows) > 1:
        listed = "; ".join(_view(r).label() for r in rows[:5])
        more = " …" if len(rows) > 5 else ""
        raise SelectionError(
            f"có nhiều kỳ báo cáo khớp {chosen}: {listed}{more} — hãy chọn bằng mã (#…) hoặc thêm bộ chọn"
        )
    return _view(rows[0])


def _transition(
    session: Session, view: OccurrenceView, values: dict[str, object], at: dt.datetime, action: str
) -> None:
    """The conditional update every action makes; losing a race is a clear error."""
    result = session.execute(
        update(Occurrence)
        .where(col(Occurrence.id) == view.id, col(Occurrence.status) == OccurrenceStatus.open.value)
        .values(**values, sequence=col(Occurrence.sequence) + 1, updated_at=at)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        current = session.exec(select(Occurrence.status).where(col(Occurrence.id) == view.id)).first()
        status = str(getattr(current, "value", current))
        raise DondocError(f"không thể {action} cho #{view.id}: kỳ báo cáo {STATUS_LABELS.get(status, status)}")


def _require_open(view: OccurrenceView, action: str) -> None:
    if view.status != OccurrenceStatus.open.value:
        raise DondocError(
            f"không thể {action} cho #{view.id}: kỳ báo cáo {STATUS_LABELS.get(view.status, view.status)}"
        )


def _event(
    view: OccurrenceView, kind: str, actor: str, at: dt.datetime, outcome: str, details: dict[str, object]
) -> Event:
    return Event(
        at=at,
        kind=kind,
        actor=actor,
        occurrence_id=view.id,
        plan_id=view.plan_id,
        committee_id=view.assignee_id,
        outcome=outcome,
        details=details,
    )


def record_submission(
    session: Session, view: OccurrenceView, *, ref: str, on: dt.date, today: dt.date, actor: str, at: dt.datetime
) -> Submission:
    """The assignee's report was sent on ``on`` (kept as late when after the current due date)."""
    ref = ref.strip()
    if not ref:
        raise FieldError("ref", "cần số, ký hiệu của báo cáo (ví dụ 'Báo cáo số 12-BC/ĐU')")
    check_submission_date(session, view, on, today)
    _require_open(view, "ghi nhận báo cáo")
    late = on > view.current_due
    _transition(session, view, {"status": OccurrenceStatus.submitted.value, "submitted_on": on}, at, "ghi nhận báo cáo")
    submission = Submission(occurrence_id=view.id, ref=ref, submitted_on=on, late=late, actor=actor, recorded_at=at)
    session.add(submission)
    session.flush()
    days_late = (on - view.current_due).days if late else 0
    outcome = f"đã nộp ngày {format_day(on)}" + (f", chậm {days_late} ngày" if late else ", đúng hạn")
    append_events(
        session,
        [
            _event(
                view,
                "submission",
                actor,
                at,
                outcome,
                {
                    "ref": ref,
                    "submitted_on": on.isoformat(),
                    "late": late,
                    "days_late": days_late,
                    "due": view.current_due.isoformat(),
                    "submission_id": submission.id,
                },
            )
        ],
    )
    return submission


def extend(
    session: Session, view: OccurrenceView, *, to: dt.date, reason: str, actor: str, at: dt.datetime
) -> Adjustment:
    """Gia hạn: the due date moves to ``to`` and the ladder restarts from it."""
    reason = reason.strip()
    if not reason:
        raise FieldError("reason", "gia hạn cần nêu lý do")
    _require_open(view, "gia hạn")
    if to <= view.current_due:
        raise FieldError("to", f"hạn mới {format_day(to)} phải sau hạn hiện tại {format_day(view.current_due)}")
    _transition(session, view, {"current_due": to, "ack_until": None}, at, "gia hạn")
    adjustment = Adjustment(
        occurrence_id=view.id, kind=AdjustmentKind.extension, new_due=to, reason=reason, actor=actor, recorded_at=at
    )
    session.add(adjustment)
    session.flush()
    append_events(
        session,
        [
            _event(
                view,
                "extension",
                actor,
                at,
                f"gia hạn đến {format_day(to)}",
                {"from": view.current_due.isoformat(), "to": to.isoformat(), "reason": reason},
            )
        ],
    )
    return adjustment


def waive(session: Session, view: OccurrenceView, *, reason: str, actor: str, at: dt.datetime) -> Adjustment:
    """Miễn báo cáo: the occurrence is closed without a report; chasing stops."""
    reason = reason.strip()
    if not reason:
        raise FieldError("reason", "miễn báo cáo cần nêu lý do")
    _require_open(view, "miễn báo cáo")
    _transition(session, view, {"status": OccurrenceStatus.waived.value}, at, "miễn báo cáo")
    adjustment = Adjustment(
        occurrence_id=view.id, kind=AdjustmentKind.waiver, reason=reason, actor=actor, recorded_at=at
    )
    session.add(adjustment)
    session.flush()
    append_events(
        session,
        [_event(view, "waiver", actor, at, "miễn báo cáo", {"reason": reason, "due": view.current_due.isoformat()})],
    )
    return adjustment


def acknowledge(
    session: Session, view: OccurrenceView, *, until: dt.date, today: dt.date, reason: str, actor: str, at: dt.datetime
) -> Adjustment:
    """The assignee promises the report by ``until``: escalations pause until that day."""
    _require_open(view, "ghi nhận hẹn nộp")
    if until < today:
        raise FieldError("until", f"ngày hẹn {format_day(until)} đã qua (hôm nay {format_day(today)})")
    reason = reason.strip() or "đơn vị hẹn nộp báo cáo"
    _transition(session, view, {"ack_until": until}, at, "ghi nhận hẹn nộp")
    adjustment = Adjustment(
        occurrence_id=view.id,
        kind=AdjustmentKind.acknowledgement,
        new_due=until,
        reason=reason,
        actor=actor,
        recorded_at=at,
    )
    session.add(adjustment)
    session.flush()
    append_events(
        session,
        [
            _event(
                view,
                "acknowledgement",
                actor,
                at,
                f"hẹn nộp đến {format_day(until)}; tạm dừng báo cấp trên",
                {"until": until.isoformat(), "reason": reason, "due": view.current_due.isoformat()},
            )
        ],
    )
    return adjustment
