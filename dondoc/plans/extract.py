"""Outline → PlanDraft: the tasks a secretary would enter, and what they must check.

How a deadline becomes a task (general rules, no document-specific ones):

* Every deadline expression calendar_rules finds in the body is classified as a
  deadline or a mere mention. It is a deadline when it sits in a time context
  (an item headed "Thời gian ...", "Tiến độ ...", "Thời hạn ...", or under one, or
  under a label that is itself a date like "Năm 2023:"), or a cue word stands
  before it in its sentence ("thời gian hoàn thành", "chậm nhất", "trước", "vào",
  "hoàn thành", ...), or the sentence reports ("báo cáo", "gửi"). Dates of cited
  documents ("Kết luận số 01-KL/TW ngày 18/5/2021") and dates long before the
  issue date are mentions. "thường xuyên" counts only in a time context.
* The task of a deadline is the item holding it; when that item is only the time
  header ("2.4. Thời gian thực hiện: Hằng quý."), the task is the topic it belongs
  to (the nearest heading above that is not a time/actors header).
* Who: the bodies opening the item's sentence; else those a heading above names
  ("b. Các chi, đảng bộ trực thuộc Thị ủy"); else the section's "Cơ quan thực
  hiện" / "Phân công"; else the subjects of the section's content items (noted
  for review); else nobody (review).
* To whom: "báo cáo ... về/cho X (qua Y)" in the item; the plan defaults are the
  issuer and the body the plan charges with "theo dõi, đôn đốc".

Never drop a deadline silently: each expression found ends up on a task or in
``review`` with its line and the reason.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from dondoc.org.registry import OrgTree
from dondoc.plans.extract_assign import Assigner
from dondoc.plans.extract_bodies import BodyResolver
from dondoc.plans.extract_deadlines import PhraseParser, Scanner
from dondoc.plans.extract_header import HeaderReader
from dondoc.plans.extract_letters import extract_letter, is_letter
from dondoc.plans.extract_model import DraftTask, FoundDeadline, PlanDraft, ReviewItem, draft_task, plan_draft
from dondoc.plans.extract_scan import BodyScanner
from dondoc.plans.extract_sentences import (
    clause_at,
    clip,
    dedupe_review,
    first_sentence,
    sentence_at,
    strip_deadline,
)
from dondoc.plans.readers import SourceDocument
from dondoc.plans.structure import Node, Outline, build_outline


def extract_plan(
    document: SourceDocument,
    scanner: Scanner,
    phrase_parser: PhraseParser,
    tree: OrgTree | None = None,
    issued: dt.date | None = None,
    issuer: str | None = None,
) -> PlanDraft:
    """Propose the plan file for ``document``; ``issued``/``issuer`` override what the document says.

    A document without roman or numbered sections is a letter (see extract_letters)."""
    outline = build_outline(document)
    if is_letter({node.kind for node in outline.root.walk()}):
        draft = extract_letter(document, scanner, tree, issued, issuer)
    else:
        draft = _Extractor(document, outline, scanner, phrase_parser, tree, issued, issuer).run()
    draft.review.extend(ReviewItem(line, "", reason) for line, reason in document.warnings)
    draft.review.sort(key=lambda r: r.line)
    return draft


@dataclass(eq=False)
class _Extractor:
    document: SourceDocument
    outline: Outline
    scanner: Scanner
    phrase_parser: PhraseParser
    tree: OrgTree | None
    forced_issued: dt.date | None
    forced_issuer: str | None
    review: list[ReviewItem] = field(default_factory=list, init=False)

    # ------------------------------------------------------------------ run
    def run(self) -> PlanDraft:
        header = HeaderReader(
            self.document, self.outline, self.tree, self.forced_issued, self.forced_issuer, self.review
        ).read()
        self.resolver = BodyResolver(self.tree, header.issuer, header.issuer_name)
        self.assigner = Assigner(self.resolver, self.outline)
        issued: dt.date = header.issued
        body = BodyScanner(
            self.document,
            self.outline,
            self.scanner,
            self.phrase_parser,
            header.plan_year,
            issued,
            self.review,
        )
        found, mentions = body.scan_body(issued)
        body.account_outside_body(issued)
        tasks = self._tasks(found)
        self.review.extend(mentions)
        body.review_unaccounted_lines(tasks, issued)
        defaults = self.assigner.defaults(header.issuer, tasks)
        return plan_draft(header, self.document, self.tree, tasks, defaults, dedupe_review(self.review))

    # ---------------------------------------------------------------- tasks
    def _tasks(self, found: list[FoundDeadline]) -> list[DraftTask]:
        tasks: list[DraftTask] = []
        by_id: dict[str, DraftTask] = {}
        counts: Counter[str] = Counter()
        strong_subjects = {s.id for item in found if not item.weak for s in self._subjects_of(item)}
        for item in found:
            for subject in self._subjects_of(item):
                if item.weak and subject.id in strong_subjects:
                    self.review.append(
                        ReviewItem(
                            item.line,
                            sentence_at(item.paragraph.text, item.deadline.start),
                            f"'{item.deadline.phrase}': mục {subject.id} đã có thời hạn rõ hơn; cụm này chỉ nêu tần suất",
                            item.last_line,
                        )
                    )
                    continue
                same = [t for t in tasks if t.id.split("(")[0] == subject.id and t.canonical == item.deadline.canonical]
                if same:
                    same[0].deadline_lines.extend(
                        n for n in range(item.line, item.last_line + 1) if n not in same[0].deadline_lines
                    )
                    continue
                counts[subject.id] += 1
                task_id = subject.id if counts[subject.id] == 1 else f"{subject.id}({counts[subject.id]})"
                task = self._task(task_id, subject, item, counts[subject.id] > 1)
                tasks.append(task)
                by_id[task_id] = task
        return tasks

    def _subjects_of(self, item: FoundDeadline) -> list[Node]:
        node = item.node
        if node.kind == "label" and node.children:
            return list(node.children)
        if "time" in node.roles:
            for ancestor in node.ancestors():
                if ancestor.kind == "root":
                    break
                if ancestor.is_heading and not (ancestor.roles & {"time", "actors"}):
                    return [ancestor]
        return [node]

    def _task(self, task_id: str, subject: Node, item: FoundDeadline, extra: bool) -> DraftTask:
        evidence = sentence_at(item.paragraph.text, item.deadline.start)
        title = self._title(subject, item, extra)
        who = self.assigner.assignees(subject, item)
        to = self.assigner.report_to(item)
        lines = (item.line, list(range(item.line, item.last_line + 1)))
        return draft_task(task_id, title, item.deadline, who, to, evidence, lines, self.review)

    def _title(self, subject: Node, item: FoundDeadline, extra: bool) -> str:
        if extra and subject is item.node:
            return clip(strip_deadline(clause_at(item.paragraph.text, item.deadline.start), item.deadline))
        head = subject.head_text
        if subject.kind == "label":
            head = subject.head_text
        if (subject.roles and subject.heading) or (subject.kind == "bullet" and subject.is_heading):
            parent = subject.parent
            base = first_sentence(parent.head_text) if parent is not None and parent.kind != "root" else ""
            label = subject.heading or subject.head_text
            return clip(f"{base}: {label}" if base else label)
        if subject is item.node:
            return clip(
                strip_deadline(first_sentence(head) if item.paragraph is subject.paragraphs[0] else head, item.deadline)
            )
        return clip(first_sentence(head))

    # ------------------------------------------------------------ assignees
