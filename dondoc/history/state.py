"""The state tables checked against the history.

The chain protects the history; the tables the chase reads (occurrence status
and due date, submissions, extensions) are ordinary rows. Every legitimate
change of them is made by ``dondoc.occurrence.actions`` together with its history
event, so a change without the event was made behind dondoc's back:
- an occurrence ``submitted`` with no ``submission`` event, or ``waived`` with no ``waiver``;
- a ``submission`` row, or an extension (``adjustment``), with fewer events than rows;
- a ``current_due`` moved away from ``adjusted_due`` that no ``extension`` event names.

Not covered: ``cancelled`` and reopened occurrences (the plan import changes
them in bulk and records one summary event), and the other columns.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass

from sqlmodel import Session, col, select

from calendar_rules.vietnamese import format_day
from dondoc.db.models import Adjustment, AdjustmentKind, HistoryEvent, Occurrence, Submission


@dataclass(frozen=True)
class StateProblem:
    occurrence_id: int
    reason: str


def _event_counts(session: Session, kind: str) -> Counter[int]:
    rows = session.exec(
        select(HistoryEvent.occurrence_id).where(
            col(HistoryEvent.kind) == kind, col(HistoryEvent.occurrence_id).is_not(None)
        )
    ).all()
    return Counter(int(r) for r in rows if r is not None)


def _extension_targets(session: Session) -> dict[int, str]:
    """The due date the latest extension event of each occurrence set."""
    targets: dict[int, str] = {}
    rows = session.exec(
        select(HistoryEvent.occurrence_id, HistoryEvent.details)
        .where(col(HistoryEvent.kind) == "extension", col(HistoryEvent.occurrence_id).is_not(None))
        .order_by(col(HistoryEvent.id))
    ).all()
    for occurrence_id, details in rows:
        targets[int(occurrence_id or 0)] = str(json.loads(details or "{}").get("to", ""))
    return targets


def check_state(session: Session) -> list[StateProblem]:
    """Every state row whose change has no history event, by occurrence id."""
    problems: list[StateProblem] = []
    submissions = _event_counts(session, "submission")
    waivers = _event_counts(session, "waiver")
    extensions = _event_counts(session, "extension")
    closed = session.exec(
        select(Occurrence.id, Occurrence.status).where(col(Occurrence.status).in_(["submitted", "waived"]))
    ).all()
    for occurrence_id, status in closed:
        events = submissions if status == "submitted" else waivers
        if not events[int(occurrence_id or 0)]:
            label = "đã nộp" if status == "submitted" else "được miễn"
            problems.append(StateProblem(int(occurrence_id or 0), f"trạng thái '{label}' không có sự kiện lịch sử"))
    for table, counts, label in (
        (select(Submission.occurrence_id), submissions, "báo cáo đã nộp"),
        (
            select(Adjustment.occurrence_id).where(col(Adjustment.kind) == AdjustmentKind.extension),
            extensions,
            "gia hạn",
        ),
    ):
        rows = Counter(int(r) for r in session.exec(table).all())
        for occurrence_id, count in sorted(rows.items()):
            if count > counts[occurrence_id]:
                problems.append(
                    StateProblem(occurrence_id, f"{count} dòng {label} nhưng {counts[occurrence_id]} sự kiện lịch sử")
                )
    targets = _extension_targets(session)
    moved = session.exec(
        select(col(Occurrence.id), col(Occurrence.current_due)).where(
            col(Occurrence.current_due) != col(Occurrence.adjusted_due)
        )
    ).all()
    for occurrence_id, current_due in moved:
        if targets.get(int(occurrence_id or 0)) != current_due.isoformat():
            due = format_day(current_due)
            problems.append(StateProblem(int(occurrence_id or 0), f"hạn {due} không do sự kiện gia hạn nào đặt"))
    return sorted(problems, key=lambda p: p.occurrence_id)
