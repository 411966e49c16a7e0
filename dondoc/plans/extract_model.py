"""What the extractor proposes: the draft plan, its tasks and the review checklist."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from dondoc.plans.extract_bodies import Assignee
from dondoc.plans.extract_deadlines import Deadline
from dondoc.plans.structure import Node, Paragraph

__all__ = ["Assignee", "DraftTask", "PlanDraft", "ReviewItem"]


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


@dataclass
class PlanDraft:
    plan_id: str
    number: str | None
    title: str
    issuer: str | None
    issuer_name: str | None
    issued: dt.date
    issued_inferred: bool
    source: str
    defaults: dict[str, str]
    tasks: list[DraftTask]
    review: list[ReviewItem]
    resolved_with_tree: bool


@dataclass
class FoundDeadline:
    node: Node
    paragraph: Paragraph
    deadline: Deadline
    line: int
    last_line: int
    weak: bool = False  # a recurring phrase taken as a deadline only because its sentence reports
