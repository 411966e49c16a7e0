"""The committees, tasks, plans and channels one chase batch needs, each loaded by one query.

``Directory.resolve`` turns a step's target (see ``dondoc.chase.policy``) into
the committee it addresses, or says in Vietnamese why there is none
(``dondoc.org.tree.resolve_target`` over the committees loaded here).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlmodel import Session, col

from dondoc.chase.candidates import Candidate
from dondoc.chase.policy import Target
from dondoc.db.models import Committee, Contact, ContactChannel, Plan, Task
from dondoc.org.tree import BOARD_KINDS, Tree, node_of, resolve_target
from dondoc.org.tree import Node as Unit

DOCUMENT_KINDS = {
    "KH": "Kế hoạch",
    "HD": "Hướng dẫn",
    "CV": "Công văn",
    "CT": "Chỉ thị",
    "TB": "Thông báo",
    "NQ": "Nghị quyết",
}


@dataclass(frozen=True)
class Channel:
    id: int
    kind: str
    url_redacted: str


def document_kind(plan_number: str) -> str:
    """ "91-KH/TU" → "Kế hoạch": the kind of document from its number's code."""
    code = plan_number.split("-", 1)[1].split("/", 1)[0] if "-" in plan_number else ""
    return DOCUMENT_KINDS.get(code.upper(), "Kế hoạch")


class Directory:
    """Committees, tasks, plans and channels a batch needs, each loaded by one query."""

    def __init__(self, session: Session, candidates: Sequence[Candidate]):
        self.session = session
        self.units: dict[str, Unit] = {}
        task_ids = {c.task_id for c in candidates}
        self.tasks = {
            row.id: row
            for row in session.execute(
                select(col(Task.id), col(Task.code), col(Task.title), col(Task.plan_id)).where(
                    col(Task.id).in_(task_ids)
                )
            ).all()
        }
        plan_ids = {row.plan_id for row in self.tasks.values()}
        self.plans = {
            row.id: row
            for row in session.execute(
                select(col(Plan.id), col(Plan.number), col(Plan.title)).where(col(Plan.id).in_(plan_ids))
            ).all()
        }
        first = (
            {c.assignee_id for c in candidates}
            | {c.report_to_id for c in candidates if c.report_to_id}
            | {c.via_id for c in candidates if c.via_id}
        )
        self._load(first)
        self._load({a for unit_id in first if unit_id in self.units for a in self.units[unit_id].ancestor_ids()})
        if any(c.step.target.kind == "board" for c in candidates):
            parents = {
                c.report_to_id or (self.units[c.assignee_id].parent_id if c.assignee_id in self.units else None)
                for c in candidates
            }
            parents.discard(None)
            for unit in self._read(
                col(Committee.parent_id).in_(parents),
                col(Committee.kind).in_(BOARD_KINDS),
                col(Committee.active) == True,
            ):
                self.units[unit.id] = unit
        self.tree = Tree(self.units.values())
        self.channels: dict[str, list[Channel]] = {}

    @staticmethod
    def _unit(row) -> Unit:
        return node_of(row.id, row.name, row.kind, row.parent_id, row.path, row.aliases)

    def _read(self, *where: ColumnElement[bool]) -> list[Unit]:
        """The committees matching ``where``, with the columns a unit needs."""
        rows = self.session.execute(
            select(
                col(Committee.id),
                col(Committee.name),
                col(Committee.parent_id),
                col(Committee.path),
                col(Committee.kind),
                col(Committee.aliases),
            ).where(*where)
        ).all()
        return [self._unit(row) for row in rows]

    def _load(self, ids: Iterable[str]) -> None:
        missing = {i for i in ids if i not in self.units}
        if not missing:
            return
        for unit in self._read(col(Committee.id).in_(missing)):
            self.units[unit.id] = unit

    def load_channels(self, committee_ids: set[str]) -> None:
        rows = self.session.execute(
            select(
                col(Contact.committee_id),
                col(ContactChannel.id),
                col(ContactChannel.kind),
                col(ContactChannel.url_redacted),
            )
            .join(Contact, col(Contact.id) == col(ContactChannel.contact_id))
            .where(
                col(Contact.committee_id).in_(committee_ids),
                col(Contact.active) == True,
                col(ContactChannel.active) == True,
                col(ContactChannel.flagged_at).is_(None),
            )
            .order_by(col(ContactChannel.id))
        ).all()
        for committee_id, channel_id, kind, redacted in rows:
            self.channels.setdefault(committee_id, []).append(
                Channel(channel_id, str(kind.value if hasattr(kind, "value") else kind), redacted)
            )

    def resolve(self, candidate: Candidate, target: Target) -> tuple[Unit | None, str]:
        """The committee a step addresses, or None and why not (in Vietnamese)."""
        return resolve_target(
            self.tree,
            target,
            assignee_id=candidate.assignee_id,
            report_to_id=candidate.report_to_id,
            via_id=candidate.via_id,
        )

    def report_to_label(self, candidate: Candidate) -> str:
        assignee = self.units.get(candidate.assignee_id)
        report_to_id = candidate.report_to_id or (assignee.parent_id if assignee else None)
        report_to = self.units.get(report_to_id) if report_to_id else None
        via = self.units.get(candidate.via_id) if candidate.via_id else None
        label = report_to.name if report_to else "cấp trên trực tiếp"
        return f"{label} (qua {via.name})" if via else label
