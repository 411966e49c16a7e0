"""From due steps to queued messages and history, one transaction per batch.

For each candidate (occurrence + due step) the target committee is resolved
(see ``dondoc.chase.policy`` for what each target means), then every active
contact of it and every active, unflagged channel of those contacts (limited
to the step's channel kinds, if any). Each (occurrence, step instance,
recipient committee, channel) is one message, keyed
``message_key(occurrence_id, "step#repeat", recipient_id, channel_id)``.

An escalation is therefore one message per late occurrence, naming that one
unit: the key stays per occurrence as the spec says, so a unit that reports
late never changes the key of another unit's escalation. The grouped view
("these units under you are late") is the weekly digest's job.

Only messages the outbox actually inserted get a history event (``step_due``
for steps to the assignee, ``escalation`` above it), so deciding twice for one
day adds nothing. A step that reaches nobody (no such ancestor or board, no
usable channel) is recorded once as ``step_skipped`` with the reason.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlmodel import Session

from dondoc.chase.candidates import Candidate
from dondoc.chase.links import overview_link, submission_link
from dondoc.chase.policy import Target
from dondoc.db.engine import session_scope
from dondoc.db.models import Committee, Contact, ContactChannel, HistoryEvent, Plan, Task
from dondoc.history import Event, append_events
from dondoc.outbox.queue import NewMessage, message_key, queue_messages
from notifications import Deadline, EscalationContext, ReminderContext, render

BOARD_KINDS = ("ban", "uy_ban_kiem_tra", "van_phong")
RENDER_KINDS = {"email": "email", "telegram": "telegram", "zalo": "zalo", "outbox": "outbox"}
DOCUMENT_KINDS = {
    "KH": "Kế hoạch",
    "HD": "Hướng dẫn",
    "CV": "Công văn",
    "CT": "Chỉ thị",
    "TB": "Thông báo",
    "NQ": "Nghị quyết",
}


@dataclass(frozen=True)
class _Unit:
    id: str
    name: str
    parent_id: str | None
    path: str
    kind: str
    aliases: tuple[str, ...]

    def ancestor_ids(self) -> list[str]:
        """Parent first, root last."""
        return list(reversed(self.path.strip("/").split("/")[:-1]))


@dataclass(frozen=True)
class _Channel:
    id: int
    kind: str
    url_redacted: str


@dataclass(frozen=True)
class Skipped:
    occurrence_id: int
    step_key: str
    target: str
    reason: str


@dataclass
class PlanReport:
    """What one call did: counts for progress lines and the flow's result."""

    candidates: int = 0
    planned: int = 0
    queued: int = 0
    already_queued: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    batches: int = 0


def document_kind(plan_number: str) -> str:
    """ "91-KH/TU" → "Kế hoạch": the kind of document from its number's code."""
    code = plan_number.split("-", 1)[1].split("/", 1)[0] if "-" in plan_number else ""
    return DOCUMENT_KINDS.get(code.upper(), "Kế hoạch")


class _Directory:
    """Committees, tasks, plans and channels a batch needs, each loaded by one query."""

    def __init__(self, session: Session, candidates: Sequence[Candidate]):
        self.session = session
        self.units: dict[str, _Unit] = {}
        task_ids = {c.task_id for c in candidates}
        self.tasks = {
            row.id: row
            for row in session.execute(
                select(Task.id, Task.code, Task.title, Task.plan_id).where(Task.id.in_(task_ids))
            ).all()  # type: ignore[union-attr]
        }
        plan_ids = {row.plan_id for row in self.tasks.values()}
        self.plans = {
            row.id: row
            for row in session.execute(select(Plan.id, Plan.number, Plan.title).where(Plan.id.in_(plan_ids))).all()
        }  # type: ignore[attr-defined]
        first = (
            {c.assignee_id for c in candidates}
            | {c.report_to_id for c in candidates if c.report_to_id}
            | {c.via_id for c in candidates if c.via_id}
        )
        self._load(first)
        self._load({a for unit_id in first if unit_id in self.units for a in self.units[unit_id].ancestor_ids()})
        self.boards: dict[str, list[_Unit]] = {}
        if any(c.step.target.kind == "board" for c in candidates):
            parents = {
                c.report_to_id or (self.units[c.assignee_id].parent_id if c.assignee_id in self.units else None)
                for c in candidates
            }
            parents.discard(None)
            rows = session.execute(
                select(
                    Committee.id, Committee.name, Committee.parent_id, Committee.path, Committee.kind, Committee.aliases
                ).where(
                    Committee.parent_id.in_(parents),
                    Committee.kind.in_(BOARD_KINDS),
                    Committee.active == True,  # type: ignore[union-attr,attr-defined]
                )
            ).all()
            for row in rows:
                unit = self._unit(row)
                self.units[unit.id] = unit
                self.boards.setdefault(unit.parent_id or "", []).append(unit)
        self.channels: dict[str, list[_Channel]] = {}

    @staticmethod
    def _unit(row) -> _Unit:  # type: ignore[no-untyped-def]
        aliases = tuple(a.strip() for a in (row.aliases or "").splitlines() if a.strip())
        return _Unit(
            row.id,
            row.name,
            row.parent_id,
            row.path,
            str(row.kind.value if hasattr(row.kind, "value") else row.kind),
            aliases,
        )

    def _load(self, ids: Iterable[str]) -> None:
        missing = {i for i in ids if i not in self.units}
        if not missing:
            return
        rows = self.session.execute(
            select(
                Committee.id, Committee.name, Committee.parent_id, Committee.path, Committee.kind, Committee.aliases
            ).where(Committee.id.in_(missing))  # type: ignore[attr-defined]
        ).all()
        for row in rows:
            self.units[row.id] = self._unit(row)

    def load_channels(self, committee_ids: set[str]) -> None:
        rows = self.session.execute(
            select(Contact.committee_id, ContactChannel.id, ContactChannel.kind, ContactChannel.url_redacted)
            .join(Contact, Contact.id == ContactChannel.contact_id)  # type: ignore[arg-type]
            .where(
                Contact.committee_id.in_(committee_ids),  # type: ignore[attr-defined]
                Contact.active == True,
                ContactChannel.active == True,
                ContactChannel.flagged_at.is_(None),  # type: ignore[union-attr]
            )
            .order_by(ContactChannel.id)
        ).all()
        for committee_id, channel_id, kind, redacted in rows:
            self.channels.setdefault(committee_id, []).append(
                _Channel(channel_id, str(kind.value if hasattr(kind, "value") else kind), redacted)
            )

    def resolve(self, candidate: Candidate, target: Target) -> tuple[_Unit | None, str]:
        """The committee a step addresses, or None and why not (in Vietnamese)."""
        assignee = self.units.get(candidate.assignee_id)
        if assignee is None:
            return None, f"không có đơn vị '{candidate.assignee_id}'"
        report_to_id = candidate.report_to_id or assignee.parent_id
        if target.kind == "assignee":
            return assignee, ""
        if target.kind == "report_to":
            unit_id = candidate.via_id or report_to_id
            if unit_id is None:
                return None, "nhiệm vụ không có nơi nhận báo cáo và đơn vị không có cấp trên"
            return self.units.get(unit_id), f"không có đơn vị '{unit_id}'"
        if target.kind == "ancestor":
            ancestors = assignee.ancestor_ids()
            if len(ancestors) < target.n:
                return None, f"{assignee.name} không có cấp trên thứ {target.n}"
            return self.units.get(ancestors[target.n - 1]), "không có đơn vị cấp trên"
        if target.kind == "above_report_to":
            base = self.units.get(report_to_id) if report_to_id else None
            if base is None:
                return None, "nhiệm vụ không có nơi nhận báo cáo"
            ancestors = base.ancestor_ids()
            if len(ancestors) < target.n:
                return None, f"{base.name} không có cấp trên thứ {target.n}"
            return self.units.get(ancestors[target.n - 1]), "không có đơn vị cấp trên"
        if target.kind == "board":
            wanted = (target.board or "").casefold()
            boards = self.boards.get(report_to_id or "", [])
            for board in boards:
                if wanted in (board.id.casefold(), board.name.casefold(), *(a.casefold() for a in board.aliases)):
                    return board, ""
            for board in boards:
                if board.name.casefold().startswith(wanted + " "):
                    return board, ""
            return None, f"không có ban '{target.board}' thuộc nơi nhận báo cáo '{report_to_id}'"
        return None, f"đích '{target.describe()}' không hợp lệ"

    def report_to_label(self, candidate: Candidate) -> str:
        assignee = self.units.get(candidate.assignee_id)
        report_to_id = candidate.report_to_id or (assignee.parent_id if assignee else None)
        report_to = self.units.get(report_to_id) if report_to_id else None
        via = self.units.get(candidate.via_id) if candidate.via_id else None
        label = report_to.name if report_to else "cấp trên trực tiếp"
        return f"{label} (qua {via.name})" if via else label


@dataclass(frozen=True)
class _Planned:
    message: NewMessage
    candidate: Candidate
    recipient_name: str


def plan_messages(
    session: Session, candidates: Sequence[Candidate], *, day: dt.date, at: dt.datetime, base_url: str
) -> tuple[list[_Planned], list[Skipped]]:
    """Resolve, render and key the messages for ``candidates`` (nothing is written)."""
    if not candidates:
        return [], []
    directory = _Directory(session, candidates)
    targets: list[tuple[Candidate, _Unit | None, str]] = []
    for candidate in candidates:
        unit, why = directory.resolve(candidate, candidate.step.target)
        targets.append((candidate, unit, why))
    directory.load_channels({unit.id for _, unit, _ in targets if unit is not None})

    planned: list[_Planned] = []
    skipped: list[Skipped] = []
    for candidate, unit, why in targets:
        step_key = candidate.step_key
        if unit is None:
            skipped.append(Skipped(candidate.occurrence_id, step_key, candidate.step.target.describe(), why))
            continue
        channels = [
            c
            for c in directory.channels.get(unit.id, [])
            if candidate.step.channels is None or c.kind in candidate.step.channels
        ]
        if not channels:
            skipped.append(
                Skipped(
                    candidate.occurrence_id, step_key, unit.id, f"{unit.name} không có kênh liên lạc đang dùng được"
                )
            )
            continue
        task = directory.tasks[candidate.task_id]
        plan = directory.plans[task.plan_id]
        assignee = directory.units[candidate.assignee_id]
        deadline = Deadline(
            plan_number=plan.number,
            plan_title=plan.title,
            task=task.title,
            period=candidate.period,
            due_date=candidate.current_due,
            assignee=assignee.name,
            report_to=directory.report_to_label(candidate),
            submit_url=submission_link(base_url, candidate.occurrence_id, candidate.assignee_id, at),
            document_kind=document_kind(plan.number),
        )
        template = candidate.step.template
        if template == "escalation":
            context: EscalationContext | ReminderContext = EscalationContext(
                recipient=unit.name,
                today=day,
                late=[deadline],
                overview_url=overview_link(base_url, unit.id),
                level=max(candidate.step.target.level, 1),
            )
        else:
            context = ReminderContext(recipient=unit.name, deadline=deadline, today=day)
        for channel in channels:
            rendered = render(template, context, RENDER_KINDS.get(channel.kind, "outbox"))
            message = NewMessage(
                key=message_key(candidate.occurrence_id, step_key, unit.id, channel.id),
                step=step_key,
                template=template,
                channel_kind=channel.kind,
                url_redacted=channel.url_redacted,
                subject=rendered.subject,
                body_text=rendered.text,
                body_html=rendered.html,
                short_text=rendered.short_text,
                occurrence_id=candidate.occurrence_id,
                channel_id=channel.id,
                recipient_id=unit.id,
            )
            planned.append(_Planned(message, candidate, unit.name))
    return planned, skipped


def _skip_key(item: Skipped) -> str:
    return message_key(item.occurrence_id, item.step_key, item.target, "none")


def _already_skipped(session: Session, skipped: Sequence[Skipped]) -> set[str]:
    if not skipped:
        return set()
    rows = session.execute(
        select(HistoryEvent.details).where(
            HistoryEvent.kind == "step_skipped",
            HistoryEvent.occurrence_id.in_({s.occurrence_id for s in skipped}),  # type: ignore[union-attr]
        )
    ).scalars()
    return {json.loads(details).get("key", "") for details in rows}


def queue_planned(
    session: Session, candidates: Sequence[Candidate], *, day: dt.date, at: dt.datetime, actor: str, base_url: str
) -> PlanReport:
    """Plan, queue and record one batch inside the caller's transaction."""
    report = PlanReport(candidates=len(candidates))
    planned, skipped = plan_messages(session, candidates, day=day, at=at, base_url=base_url)
    report.planned = len(planned)
    inserted = set(queue_messages(session, [p.message for p in planned], at=at))
    report.queued = len(inserted)
    report.already_queued = report.planned - report.queued
    events: list[Event] = []
    for item in planned:
        if item.message.key not in inserted:
            continue
        step = item.candidate.step
        events.append(
            Event(
                at=at,
                kind="escalation" if step.escalates else "step_due",
                actor=actor,
                occurrence_id=item.candidate.occurrence_id,
                plan_id=item.candidate.plan_id,
                committee_id=item.message.recipient_id,
                recipient=f"{item.recipient_name} <{item.message.url_redacted}>",
                channel=item.message.channel_kind,
                outcome="đã đưa vào hộp thư đi",
                details={
                    "key": item.message.key,
                    "step_key": item.candidate.step_key,
                    "step": step.step,
                    "repeat": step.repeat,
                    "day": day.isoformat(),
                    "template": item.message.template,
                    "due": item.candidate.current_due.isoformat(),
                    "catch_up": step.catch_up,
                },
            )
        )
    known = _already_skipped(session, skipped)
    by_step = {(c.occurrence_id, c.step_key): c for c in candidates}
    for item in skipped:
        key = _skip_key(item)
        if key in known:
            continue
        known.add(key)
        candidate = by_step[(item.occurrence_id, item.step_key)]
        events.append(
            Event(
                at=at,
                kind="step_skipped",
                actor=actor,
                occurrence_id=item.occurrence_id,
                plan_id=candidate.plan_id,
                committee_id=item.target
                if item.target in (candidate.assignee_id, candidate.report_to_id, candidate.via_id)
                else None,
                outcome=item.reason,
                details={
                    "key": key,
                    "step": candidate.step.step,
                    "repeat": candidate.step.repeat,
                    "day": day.isoformat(),
                    "target": item.target,
                },
            )
        )
    report.skipped = list(skipped)
    append_events(session, events)
    return report


def plan_and_queue(
    engine: Engine,
    candidates: Sequence[Candidate],
    *,
    day: dt.date,
    at: dt.datetime,
    actor: str,
    base_url: str,
    batch_size: int = 500,
    progress=None,  # type: ignore[no-untyped-def]
) -> PlanReport:
    """Queue the messages of ``candidates`` in batches, each its own transaction.

    A batch groups whole occurrences (never splits one occurrence's steps), so a
    crash leaves every occurrence either fully queued or not at all for the day;
    running again completes the rest without duplicates.
    """
    total = PlanReport(candidates=len(candidates))
    ordered = sorted(candidates, key=lambda c: (c.occurrence_id, c.step_key))
    start = 0
    while start < len(ordered):
        end = min(start + batch_size, len(ordered))
        while end < len(ordered) and ordered[end].occurrence_id == ordered[end - 1].occurrence_id:
            end += 1
        with session_scope(engine) as session:
            part = queue_planned(session, ordered[start:end], day=day, at=at, actor=actor, base_url=base_url)
        total.planned += part.planned
        total.queued += part.queued
        total.already_queued += part.already_queued
        total.skipped.extend(part.skipped)
        total.batches += 1
        if progress is not None:
            progress(end, len(ordered))
        start = end
    return total
