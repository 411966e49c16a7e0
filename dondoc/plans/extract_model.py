"""What the extractor proposes: the draft plan, its tasks and the review checklist."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dondoc.plans.extract_bodies import Assignee
from dondoc.plans.extract_deadlines import Deadline
from dondoc.plans.structure import Node, Paragraph
from dondoc.text import slugify, squash

if TYPE_CHECKING:
    from dondoc.org.registry import OrgTree
    from dondoc.plans.readers import SourceDocument

__all__ = ["Assignee", "DraftHead", "DraftTask", "PlanDraft", "ReviewItem", "draft_plan_id", "draft_task", "plan_draft"]


@dataclass
class ReviewItem:
    line: int
    text: str
    reason: str
    last_line: int | None = None  # where the expression ends, when it runs over several lines

    @property
    def lines(self) -> range:
        return range(self.line, (self.last_line or self.line) + 1)


@dataclass
class DraftTask:
    id: str
    title: str
    deadline: str  # the phrase as written
    kind: str
    canonical: str | None
    due: dt.date | None
    assignees: list[Assignee]
    report_to: str | None
    via: str | None
    evidence: str
    line: int
    deadline_lines: list[int]
    notes: list[str] = field(default_factory=list)


def draft_task(
    task_id: str,
    title: str,
    deadline: Deadline,
    who: tuple[list[Assignee], list[str]],
    to: tuple[str | None, str | None],
    evidence: str,
    lines: tuple[int, list[int]],
    review: list[ReviewItem],
) -> DraftTask:
    """The task for one deadline, plans and letters alike; every note on it goes to ``review`` too.

    ``who`` is the assignees and the notes about them, ``to`` the report_to and via, ``lines`` the
    task's line and the lines its deadline spans. A parse that is not certain adds a note with the
    parser's warnings (the conventions it applied, or why a person must decide), so whoever reviews a
    letter's task sees why, as for a plan's."""
    assignees, notes = who[0], list(who[1])
    line, deadline_lines = lines
    if deadline.confidence in ("inferred", "unsure"):
        warnings = f": {'; '.join(deadline.warnings)}" if deadline.warnings else ""
        notes.append(f"thời hạn '{deadline.phrase}' được hiểu với độ tin cậy '{deadline.confidence}'{warnings}")
    task = DraftTask(
        id=task_id,
        title=title,
        deadline=squash(deadline.phrase),
        kind=deadline.kind,
        canonical=deadline.canonical,
        due=deadline.due,
        assignees=assignees,
        report_to=to[0],
        via=to[1],
        evidence=evidence,
        line=line,
        deadline_lines=deadline_lines,
        notes=notes,
    )
    review.extend(ReviewItem(line, f"{task_id}: {title[:80]}", note) for note in notes)
    return task


@dataclass
class DraftHead:
    """What a document's head proposes for its plan: the id, number, title, issuer and issue date
    (read from a plan's header or a letter's)."""

    plan_id: str
    number: str | None
    title: str
    issuer: str | None
    issuer_name: str | None
    issued: dt.date
    issued_inferred: bool


@dataclass
class PlanDraft:
    head: DraftHead
    source: str
    defaults: dict[str, str]
    tasks: list[DraftTask]
    review: list[ReviewItem]
    resolved_with_tree: bool


def plan_draft(
    head: DraftHead,
    document: SourceDocument,
    tree: OrgTree | None,
    tasks: list[DraftTask],
    defaults: dict[str, str],
    review: list[ReviewItem],
) -> PlanDraft:
    """The draft of ``document``, plans and letters alike: a task names its report_to and via only
    where they differ from the plan's ``defaults``; the review is in line order."""
    drop_defaults(tasks, defaults)
    return PlanDraft(
        head,
        source=document.path,
        defaults=defaults,
        tasks=tasks,
        review=sorted(review, key=lambda r: r.line),
        resolved_with_tree=tree is not None,
    )


def draft_plan_id(number: str | None, place: str | None, issuer: str | None, year: int, *, unnumbered: str) -> str:
    """The proposed plan id: the number's slug (``unnumbered`` without one), the place's (else the
    issuer, else "don-vi") and the year."""
    owner = slugify(place) if place else (issuer or "don-vi")
    return f"{slugify(number) if number else unnumbered}-{owner}-{year}"


def drop_defaults(tasks: list[DraftTask], defaults: dict[str, str]) -> None:
    """A task names its report_to and via only where they differ from the plan's defaults."""
    for task in tasks:
        if task.via == defaults.get("via"):
            task.via = None
        if task.report_to == defaults.get("report_to"):
            task.report_to = None


@dataclass
class FoundDeadline:
    node: Node
    paragraph: Paragraph
    deadline: Deadline
    line: int
    last_line: int
    weak: bool = False  # a recurring phrase taken as a deadline only because its sentence reports
