"""From due steps to queued messages and history: one message per recipient and kind.

For each candidate (occurrence + due step) the target committee is resolved
(``dondoc.chase.directory``), then every active, unflagged channel of its
active contacts (limited to the step's channel kinds, if any). The items of one
run are then grouped by (recipient, kind), the kinds being:

- ``reminder``: the recipient's own reports coming due (``upcoming``, ``due_today``);
- ``overdue``: the recipient's own reports past their due date;
- ``escalation``: late reports of the units under it.

Each group is one message per channel listing all its items (the rendered
text lists at most ``notifications.render.MAX_LISTED`` and links to the rest).
Its key is derived from the sorted stable keys of its items
(``occurrence|step#repeat``), so running the same day again queues nothing.

The history keeps one row per (occurrence, step, recipient): ``step_due`` for
steps to the assignee, ``escalation`` above it, with ``occurrence_id`` and
``details.step``. An item that already has such a row (an escalation released
again when an acknowledgement ends, a day decided twice after a crash) is not
sent again. A step that reaches nobody is recorded once as ``step_skipped``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col

from dondoc.chase.candidates import Candidate
from dondoc.chase.directory import Channel, Directory, Unit, document_kind
from dondoc.counts import Counts
from dondoc.db.engine import session_scope
from dondoc.db.models import HistoryEvent
from dondoc.history import Event, append_events
from dondoc.history.events import Subject, event_about
from dondoc.links import make_overview_link, make_submission_link
from dondoc.outbox.queue import NewMessage, message_key, queue_messages, rendered_message
from notifications import Deadline, EscalationContext, ListContext, ReminderContext

__all__ = ["PlanReport", "PlannedMessage", "Skipped", "document_kind", "plan_and_queue", "plan_messages"]

KIND_OF_TEMPLATE = {"upcoming": "reminder", "due_today": "reminder", "overdue": "overdue", "escalation": "escalation"}
LIST_TEMPLATE = {"reminder": "reminder_list", "overdue": "overdue_list"}
CHASE_EVENT_KINDS = ("step_due", "escalation")


@dataclass(frozen=True)
class Skipped:
    occurrence_id: int
    step_key: str
    target: str
    reason: str


@dataclass
class PlanReport(Counts):
    """What one call did: counts for progress lines and the flow's result."""

    candidates: int = 0
    planned: int = 0
    queued: int = 0
    already_queued: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    batches: int = 0


@dataclass(frozen=True)
class Item:
    """One step instance for one recipient: a line of a grouped message and a history row."""

    candidate: Candidate
    unit: Unit
    channels: tuple[Channel, ...]
    deadline: Deadline

    @property
    def kind(self) -> str:
        return KIND_OF_TEMPLATE.get(self.candidate.step.template, "reminder")

    @property
    def stable_key(self) -> str:
        return f"{self.candidate.occurrence_id}|{self.candidate.step_key}"


def group_step(kind: str, items: Sequence[Item]) -> str:
    """The ``step`` of a grouped message: its kind and a digest of its items' sorted stable keys."""
    keys = "\n".join(sorted({item.stable_key for item in items}))
    return f"{kind}:{hashlib.sha256(keys.encode('utf-8')).hexdigest()[:24]}"


@dataclass(frozen=True)
class PlannedMessage:
    """One message to one channel of a recipient, and the items it lists."""

    message: NewMessage
    kind: str
    recipient_name: str
    items: tuple[Item, ...]


def _already_chased(session: Session, candidates: Sequence[Candidate]) -> set[tuple[int, str, str]]:
    """(occurrence, step key, recipient) already in the history as a chase message."""
    ids = sorted({c.occurrence_id for c in candidates})
    seen: set[tuple[int, str, str]] = set()
    for start in range(0, len(ids), 5000):
        rows = session.execute(
            select(col(HistoryEvent.occurrence_id), col(HistoryEvent.committee_id), col(HistoryEvent.details)).where(
                col(HistoryEvent.kind).in_(CHASE_EVENT_KINDS),
                col(HistoryEvent.occurrence_id).in_(ids[start : start + 5000]),
            )
        ).all()
        for occ_id, committee_id, details in rows:
            step_key = json.loads(details).get("step_key", "")
            seen.add((occ_id, step_key, committee_id or ""))
    return seen


def _deadline(directory: Directory, candidate: Candidate, at: dt.datetime, base_url: str) -> Deadline:
    task = directory.tasks[candidate.task_id]
    plan = directory.plans[task.plan_id]
    return Deadline(
        plan_number=plan.number,
        plan_title=plan.title,
        document_kind=document_kind(plan.number),
        task=task.title,
        period=candidate.period,
        due_date=candidate.current_due,
        assignee=directory.units[candidate.assignee_id].name,
        report_to=directory.report_to_label(candidate),
        submit_url=make_submission_link(
            occurrence_id=candidate.occurrence_id, recipient_id=candidate.assignee_id, at=at, base_url=base_url
        ),
    )


def _items(
    session: Session, candidates: Sequence[Candidate], at: dt.datetime, base_url: str
) -> tuple[list[Item], list[Skipped]]:
    """Resolve every candidate to a recipient with usable channels, dropping what was already sent."""
    directory = Directory(session, candidates)
    targets = [(c, *directory.resolve(c, c.step.target)) for c in candidates]
    directory.load_channels({unit.id for _, unit, _ in targets if unit is not None})
    done = _already_chased(session, candidates)
    items: list[Item] = []
    skipped: list[Skipped] = []
    for candidate, unit, why in targets:
        step_key = candidate.step_key
        if unit is None:
            skipped.append(Skipped(candidate.occurrence_id, step_key, candidate.step.target.describe(), why))
            continue
        allowed = candidate.step.channels
        channels = tuple(c for c in directory.channels.get(unit.id, []) if allowed is None or c.kind in allowed)
        if not channels:
            reason = f"{unit.name} không có kênh liên lạc đang dùng được"
            skipped.append(Skipped(candidate.occurrence_id, step_key, unit.id, reason))
            continue
        if (candidate.occurrence_id, step_key, unit.id) in done:
            continue
        items.append(Item(candidate, unit, channels, _deadline(directory, candidate, at, base_url)))
    return items, skipped


def _content(
    kind: str, unit: Unit, items: Sequence[Item], day: dt.date, base_url: str
) -> tuple[str, EscalationContext | ListContext | ReminderContext]:
    """The template name and context of one grouped message."""
    overview = make_overview_link(committee_id=unit.id, base_url=base_url)
    deadlines = list({item.candidate.occurrence_id: item.deadline for item in items}.values())
    if kind == "escalation":
        level = max(max(item.candidate.step.target.level, 1) for item in items)
        context: EscalationContext | ListContext | ReminderContext = EscalationContext(
            recipient=unit.name, today=day, late=deadlines, overview_url=overview, level=level
        )
        template = "escalation"
    elif len(deadlines) == 1:
        template = items[-1].candidate.step.template
        context = ReminderContext(recipient=unit.name, deadline=deadlines[0], today=day)
    else:
        template = LIST_TEMPLATE[kind]
        context = ListContext(recipient=unit.name, today=day, items=deadlines, overview_url=overview)
    return template, context


def plan_messages(
    session: Session, candidates: Sequence[Candidate], *, day: dt.date, at: dt.datetime, base_url: str
) -> tuple[list[PlannedMessage], list[Skipped]]:
    """Resolve, group, render and key the messages for ``candidates`` (nothing is written)."""
    if not candidates:
        return [], []
    items, skipped = _items(session, candidates, at, base_url)
    groups: dict[tuple[str, str], list[Item]] = {}
    for item in items:
        groups.setdefault((item.unit.id, item.kind), []).append(item)
    planned: list[PlannedMessage] = []
    for (unit_id, kind), members in sorted(groups.items()):
        unit = members[0].unit
        channels = {c.id: c for item in members for c in item.channels}
        for channel in sorted(channels.values(), key=lambda c: c.id):
            listed = tuple(item for item in members if channel in item.channels)
            step = group_step(kind, listed)
            template, context = _content(kind, unit, listed, day, base_url)
            occurrence_ids = {item.candidate.occurrence_id for item in listed}
            message = rendered_message(
                template,
                context,
                step=step,
                recipient_id=unit_id,
                channel_id=channel.id,
                channel_kind=channel.kind,
                url_redacted=channel.url_redacted,
                occurrence_id=next(iter(occurrence_ids)) if len(occurrence_ids) == 1 else None,
            )
            planned.append(PlannedMessage(message, kind, unit.name, listed))
    return planned, skipped


@dataclass(frozen=True)
class Stamp:
    """What every history row of one run carries: the day decided, the instant recorded and who ran it."""

    day: dt.date
    at: dt.datetime
    actor: str


def _step_event(
    candidate: Candidate,
    kind: str,
    stamp: Stamp,
    *,
    committee_id: str | None,
    outcome: str,
    details: dict[str, object],
    recipient: str | None = None,
    channel: str | None = None,
) -> Event:
    """A history row about one step of one occurrence on ``day``: its occurrence, plan, step and repeat."""
    subject: Subject = {
        "occurrence_id": candidate.occurrence_id,
        "plan_id": candidate.plan_id,
        "committee_id": committee_id,
        "recipient": recipient,
        "channel": channel,
    }
    step = {"step": candidate.step.step, "repeat": candidate.step.repeat, "day": stamp.day.isoformat()}
    return event_about(subject, kind, at=stamp.at, actor=stamp.actor, outcome=outcome, details={**step, **details})


def _item_event(item: Item, message: NewMessage, stamp: Stamp) -> Event:
    candidate = item.candidate
    details: dict[str, object] = {
        "key": message.key,
        "step_key": candidate.step_key,
        "template": message.template,
        "due": candidate.current_due.isoformat(),
        "catch_up": candidate.step.catch_up,
    }
    return _step_event(
        candidate,
        "escalation" if candidate.step.escalates else "step_due",
        stamp,
        committee_id=item.unit.id,
        recipient=f"{item.unit.name} <{message.url_redacted}>",
        channel=message.channel_kind,
        outcome="đã đưa vào hộp thư đi",
        details=details,
    )


def _skip_events(
    session: Session,
    skipped: Sequence[Skipped],
    candidates: Sequence[Candidate],
    stamp: Stamp,
) -> list[Event]:
    """One ``step_skipped`` row per (occurrence, step, target), ever."""
    if not skipped:
        return []
    known = {
        json.loads(details).get("key", "")
        for details in session.execute(
            select(col(HistoryEvent.details)).where(
                col(HistoryEvent.kind) == "step_skipped",
                col(HistoryEvent.occurrence_id).in_({s.occurrence_id for s in skipped}),
            )
        ).scalars()
    }
    by_step = {(c.occurrence_id, c.step_key): c for c in candidates}
    events: list[Event] = []
    for item in skipped:
        key = message_key(item.occurrence_id, item.step_key, item.target, "none")
        if key in known:
            continue
        known.add(key)
        candidate = by_step[(item.occurrence_id, item.step_key)]
        own = item.target in (candidate.assignee_id, candidate.report_to_id, candidate.via_id)
        details: dict[str, object] = {"key": key, "target": item.target}
        committee_id = item.target if own else None
        events.append(
            _step_event(
                candidate, "step_skipped", stamp, committee_id=committee_id, outcome=item.reason, details=details
            )
        )
    return events


def queue_planned(
    session: Session,
    planned: Sequence[PlannedMessage],
    *,
    day: dt.date,
    at: dt.datetime,
    actor: str,
) -> int:
    """Queue planned messages and record their items inside the caller's transaction; how many were new."""
    inserted = set(queue_messages(session, [p.message for p in planned], at=at))
    stamp = Stamp(day, at, actor)
    events: list[Event] = []
    recorded: set[tuple[int, str, str]] = set()
    for item_message in planned:
        if item_message.message.key not in inserted:
            continue
        for item in item_message.items:
            mark = (item.candidate.occurrence_id, item.candidate.step_key, item.unit.id)
            if mark not in recorded:  # one row per (occurrence, step, recipient), whatever the channels
                recorded.add(mark)
                events.append(_item_event(item, item_message.message, stamp))
    append_events(session, events)
    return len(inserted)


def plan_and_queue(
    engine: Engine,
    candidates: Sequence[Candidate],
    *,
    day: dt.date,
    at: dt.datetime,
    actor: str,
    base_url: str,
    batch_size: int = 500,
    progress: Callable[[int, int], None] | None = None,
) -> PlanReport:
    """Plan every message of the run, then queue them in batches, each its own transaction.

    The plan needs the whole run (a recipient's message lists all its items);
    a batch holds whole recipients, so a crash leaves each recipient's messages
    either queued with their history or not at all, and running again for the
    same day finds the same keys and queues only the rest.
    """
    with Session(engine) as session:
        planned, skipped = plan_messages(session, candidates, day=day, at=at, base_url=base_url)
    report = PlanReport(candidates=len(candidates), planned=len(planned), skipped=list(skipped))
    start = 0
    while start < len(planned):
        end = min(start + batch_size, len(planned))
        while end < len(planned) and planned[end].message.recipient_id == planned[end - 1].message.recipient_id:
            end += 1
        with session_scope(engine) as session:
            report.queued += queue_planned(session, planned[start:end], day=day, at=at, actor=actor)
        report.batches += 1
        if progress is not None:
            progress(end, len(planned))
        start = end
    with session_scope(engine) as session:
        append_events(session, _skip_events(session, skipped, candidates, Stamp(day, at, actor)))
    report.already_queued = report.planned - report.queued
    return report
