"""The weekly digest: every committee gets the state of the units under it.

The message is grouped by plan, then by unit (a plan's title is written once)
and bounded: it lists the most urgent deadlines (overdue first) and counts the
rest, which the link to the committee's page shows.

One query reads the open occurrences that matter this week (overdue, due this
week, due next week) with their assignee's path; each occurrence is then
counted for every committee above its assignee, in Python, as plain tuples.
A committee with nothing to report gets no message. The message key is
(week, committee, channel), so a second run in the same week queues nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from dondoc.chase.directory import document_kind
from dondoc.db.models import Committee, Contact, ContactChannel, Occurrence, Plan, Task
from dondoc.history import append_events
from dondoc.history.events import channel_subject, event_about
from dondoc.links import make_overview_link, make_submission_link
from dondoc.occurrence.queries import open_listing
from dondoc.outbox.queue import NewMessage, queue_messages, rendered_message
from notifications.render import Deadline, DigestContext

MAX_ITEMS = 200  # a digest lists at most this many deadlines; the overview link shows the rest


@dataclass
class DigestReport:
    week: str
    committees: int = 0
    planned: int = 0
    queued: int = 0
    without_channel: list[str] = field(default_factory=list)


def week_of(day: dt.date) -> tuple[str, dt.date]:
    """ISO week key (``2023-W27``) and its Monday."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}", day - dt.timedelta(days=day.weekday())


def queue_digests(
    engine: Engine,
    *,
    today: dt.date,
    at: dt.datetime,
    actor: str,
    base_url: str,
    org_root: str | None = None,
    anchor: str | None = None,
) -> DigestReport:
    """Queue the week's digest of every committee with open deadlines below it.

    ``anchor`` (``dondoc.history.checkpoints.anchor_line``) closes the digest of each top
    committee, so the audit chain's latest checkpoint also leaves the server by mail.
    """
    week, monday = week_of(today)
    report = DigestReport(week)
    horizon = monday + dt.timedelta(days=13)
    assignee = aliased(Committee)
    report_to = aliased(Committee)
    query = open_listing(
        col(Occurrence.current_due) <= horizon, col(Task.title), col(Plan.title), col(report_to.name), assignee=assignee
    ).outerjoin(report_to, col(report_to.id) == Task.report_to_id)
    if org_root is not None:
        with Session(engine) as session:
            root = session.get(Committee, org_root)
            prefix = root.path if root else f"/{org_root}/"
        query = query.where(col(assignee.path).startswith(prefix, autoescape=True))
    per_committee: dict[str, list[Deadline]] = defaultdict(list)
    totals: dict[str, int] = defaultdict(int)
    with Session(engine) as session:
        names = {}
        for (
            occ_id,
            unit_id,
            unit_name,
            path,
            period,
            due,
            plan_number,
            task_title,
            plan_title,
            report_to_name,
        ) in session.execute(query):
            deadline = Deadline(
                plan_number=plan_number,
                plan_title=plan_title,
                document_kind=document_kind(plan_number),
                task=task_title,
                period=period,
                due_date=due,
                assignee=unit_name,
                report_to=report_to_name or "cấp trên trực tiếp",
                submit_url=make_submission_link(occurrence_id=occ_id, recipient_id=unit_id, at=at, base_url=base_url),
            )
            for ancestor in path.strip("/").split("/")[:-1]:
                totals[ancestor] += 1
                if len(per_committee[ancestor]) < MAX_ITEMS:
                    per_committee[ancestor].append(deadline)
        if not per_committee:
            return report
        tops: set[str] = set()
        for committee_id, name, parent_id in session.execute(
            select(col(Committee.id), col(Committee.name), col(Committee.parent_id)).where(
                col(Committee.id).in_(list(per_committee))
            )
        ):
            names[committee_id] = name
            if parent_id is None:
                tops.add(committee_id)
        channels: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
        for committee_id, channel_id, kind, redacted in session.execute(
            select(
                col(Contact.committee_id),
                col(ContactChannel.id),
                col(ContactChannel.kind),
                col(ContactChannel.url_redacted),
            )
            .join(Contact, col(Contact.id) == ContactChannel.contact_id)
            .where(
                col(Contact.committee_id).in_(list(per_committee)),
                col(Contact.active) == True,
                col(ContactChannel.active) == True,
                col(ContactChannel.flagged_at).is_(None),
            )
            .order_by(col(ContactChannel.id))
        ):
            channels[committee_id].append((channel_id, str(getattr(kind, "value", kind)), redacted))
        messages: list[NewMessage] = []
        recipients: dict[str, str] = {}
        for committee_id, items in sorted(per_committee.items()):
            report.committees += 1
            if not channels.get(committee_id):
                report.without_channel.append(committee_id)
                continue
            context = DigestContext(
                recipient=names.get(committee_id, committee_id),
                week_start=monday,
                today=today,
                items=items,
                total=totals[committee_id],
                overview_url=make_overview_link(committee_id=committee_id, base_url=base_url),
                note=anchor if committee_id in tops else None,
            )
            for channel_id, kind, redacted in channels[committee_id]:
                message = rendered_message(
                    "digest",
                    context,
                    step=f"digest:{week}",
                    recipient_id=committee_id,
                    channel_id=channel_id,
                    channel_kind=kind,
                    url_redacted=redacted,
                )
                recipients[message.key] = committee_id
                messages.append(message)
        report.planned = len(messages)
        inserted = queue_messages(session, messages, at=at)
        report.queued = len(inserted)
        by_key = {m.key: m for m in messages}
        append_events(
            session,
            [
                event_about(
                    channel_subject(
                        recipients[key],
                        f"{names.get(recipients[key], recipients[key])} <{by_key[key].url_redacted}>",
                        by_key[key].channel_kind,
                    ),
                    "digest_queued",
                    at=at,
                    actor=actor,
                    outcome="đã đưa vào hộp thư đi",
                    details={"key": key, "week": week, "items": totals[recipients[key]]},
                )
                for key in inserted
            ],
        )
        session.commit()
    return report
