"""Recording what people do about an occurrence: a report sent, an extension, a waiver,
an acknowledgement.

Each action is one conditional UPDATE of the occurrence (``WHERE status =
'open'``), so two people recording at once cannot both win; it bumps
``sequence`` and ``updated_at`` (calendar feeds must see the change), adds its
Submission/Adjustment row and appends a history event, all in the caller's
transaction. The web app's one-click page, the API, chat replies and
``dondoc submit`` call the same ``record_submission``.

Effects on the chase ladder (``dondoc.chase.decide``):
- submission and waiver close the occurrence: nothing more is chased;
- an extension moves ``current_due``, so the ladder restarts from the new date
  (and clears any acknowledgement: the new date replaces the promise);
- an acknowledgement sets ``ack_until``: escalations pause until that day.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, col, select

from calendar_rules.periods import period_bounds
from calendar_rules.vietnamese import format_day, period_label_vi
from dondoc.db.models import Adjustment, AdjustmentKind, Occurrence, OccurrenceStatus, Plan, Submission
from dondoc.errors import BadValue, DondocError, FieldError
from dondoc.history import append_events
from dondoc.history.events import Event, OccurrenceNamed, occurrence_event
from dondoc.occurrence.labels import STATUS_LABELS
from dondoc.occurrence.lookup import OccurrenceView


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
        raise ImplausibleDate(
            "submitted_on",
            f"ngày nộp {format_day(on)} ở trước khi kỳ báo cáo {period_label_vi(view.period)} bắt đầu ({format_day(start)})",
        )


def required_text(text: str, field: str, problem: str) -> str:
    """``text`` without its surrounding blanks; nothing left is a FieldError on ``field`` saying ``problem``."""
    cleaned = text.strip()
    if not cleaned:
        raise FieldError(field, problem)
    return cleaned


def check_extension(view: OccurrenceView, to: dt.date, reason: str, *, action: str, what: str) -> str:
    """An extension, or a request for one, needs a reason, an open occurrence and a later due date; the reason.

    The errors name the fields (``reason``, ``to``); each surface phrases them its own way.
    """
    reason = required_text(reason, "reason", f"{action} cần nêu lý do")
    require_open(view, action)
    if to <= view.current_due:
        raise FieldError("to", f"{what} {format_day(to)} phải sau hạn hiện tại {format_day(view.current_due)}")
    return reason


def _closed(view: OccurrenceView, action: str, status: str) -> DondocError:
    return DondocError(f"không thể {action} cho #{view.id}: kỳ báo cáo {STATUS_LABELS.get(status, status)}")


def require_open(view: OccurrenceView, action: str) -> None:
    """Nothing can be recorded about an occurrence that is no longer open."""
    if view.status != OccurrenceStatus.open.value:
        raise _closed(view, action, view.status)


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
        raise _closed(view, action, str(getattr(current, "value", current)))


def _keep(
    session: Session, view: OccurrenceView, adjustment: Adjustment, outcome: str, details: dict[str, Any]
) -> Adjustment:
    """Store the adjustment with its history event (named after its kind), once the occurrence row has moved."""
    session.add(adjustment)
    session.flush()
    kind, actor, at = AdjustmentKind(adjustment.kind).value, adjustment.actor, adjustment.recorded_at
    append_events(session, [occurrence_event(view, kind, at=at, actor=actor, outcome=outcome, details=details)])
    return adjustment


def record_submission(
    session: Session, view: OccurrenceView, *, ref: str, on: dt.date, today: dt.date, actor: str, at: dt.datetime
) -> Submission:
    """The assignee's report was sent on ``on`` (kept as late when after the current due date)."""
    ref = required_text(ref, "ref", "cần số, ký hiệu của báo cáo (ví dụ 'Báo cáo số 12-BC/ĐU')")
    check_submission_date(session, view, on, today)
    require_open(view, "ghi nhận báo cáo")
    late = on > view.current_due
    _transition(session, view, {"status": OccurrenceStatus.submitted.value, "submitted_on": on}, at, "ghi nhận báo cáo")
    submission = Submission(occurrence_id=view.id, ref=ref, submitted_on=on, late=late, actor=actor, recorded_at=at)
    session.add(submission)
    session.flush()
    event = submission_event(
        view, ref=ref, on=on, due=view.current_due, submission_id=submission.id, actor=actor, at=at
    )
    append_events(session, [event])
    return submission


def submission_event(
    occurrence: OccurrenceNamed,
    *,
    ref: str,
    on: dt.date,
    due: dt.date,
    submission_id: int | None,
    actor: str,
    at: dt.datetime,
) -> Event:
    """The history event of a report ``ref`` sent on ``on`` for an occurrence due ``due``: on time or
    late by how many days (``dondoc.scale.reports`` records its simulated reports with it too)."""
    late = on > due
    days_late = (on - due).days if late else 0
    details = {
        "ref": ref,
        "submitted_on": on.isoformat(),
        "late": late,
        "days_late": days_late,
        "due": due.isoformat(),
        "submission_id": submission_id,
    }
    outcome = f"đã nộp ngày {format_day(on)}" + (f", chậm {days_late} ngày" if late else ", đúng hạn")
    return occurrence_event(occurrence, "submission", at=at, actor=actor, outcome=outcome, details=details)


def extend(
    session: Session, view: OccurrenceView, *, to: dt.date, reason: str, actor: str, at: dt.datetime
) -> Adjustment:
    """Gia hạn: the due date moves to ``to`` and the ladder restarts from it."""
    reason = check_extension(view, to, reason, action="gia hạn", what="hạn mới")
    _transition(session, view, {"current_due": to, "ack_until": None}, at, "gia hạn")
    kind = AdjustmentKind.extension
    row = Adjustment(occurrence_id=view.id, kind=kind, new_due=to, reason=reason, actor=actor, recorded_at=at)
    details = {"from": view.current_due.isoformat(), "to": to.isoformat(), "reason": reason}
    return _keep(session, view, row, f"gia hạn đến {format_day(to)}", details)


def waive(session: Session, view: OccurrenceView, *, reason: str, actor: str, at: dt.datetime) -> Adjustment:
    """Miễn báo cáo: the occurrence is closed without a report; chasing stops."""
    reason = required_text(reason, "reason", "miễn báo cáo cần nêu lý do")
    require_open(view, "miễn báo cáo")
    _transition(session, view, {"status": OccurrenceStatus.waived.value}, at, "miễn báo cáo")
    row = Adjustment(occurrence_id=view.id, kind=AdjustmentKind.waiver, reason=reason, actor=actor, recorded_at=at)
    return _keep(session, view, row, "miễn báo cáo", {"reason": reason, "due": view.current_due.isoformat()})


def acknowledge(
    session: Session, view: OccurrenceView, *, until: dt.date, today: dt.date, reason: str, actor: str, at: dt.datetime
) -> Adjustment:
    """The assignee promises the report by ``until``: escalations pause until that day."""
    require_open(view, "ghi nhận hẹn nộp")
    if until < today:
        raise FieldError("until", f"ngày hẹn {format_day(until)} đã qua (hôm nay {format_day(today)})")
    reason = reason.strip() or "đơn vị hẹn nộp báo cáo"
    _transition(session, view, {"ack_until": until}, at, "ghi nhận hẹn nộp")
    kind = AdjustmentKind.acknowledgement
    row = Adjustment(occurrence_id=view.id, kind=kind, new_due=until, reason=reason, actor=actor, recorded_at=at)
    details = {"until": until.isoformat(), "reason": reason, "due": view.current_due.isoformat()}
    return _keep(session, view, row, f"hẹn nộp đến {format_day(until)}; tạm dừng báo cấp trên", details)
