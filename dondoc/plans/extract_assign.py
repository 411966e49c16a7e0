"""Who must do a plan's task, and to whom it reports (see the rules in dondoc/plans/extract.py)."""

from __future__ import annotations

import re
from collections import Counter

from dondoc.plans.extract_bodies import Assignee, Body, BodyResolver, fold_same_length
from dondoc.plans.extract_model import DraftTask, FoundDeadline
from dondoc.plans.extract_sentences import REPORT, after_label, clip, sentence_end, sentence_start, unique
from dondoc.plans.structure import Node, Outline
from dondoc.text import fold


class Assigner:
    """Finds the assignees and report-to of one plan's tasks."""

    def __init__(self, resolver: BodyResolver, outline: Outline) -> None:
        self.resolver = resolver
        self.outline = outline

    def assignees(self, subject: Node, item: FoundDeadline) -> tuple[list[Assignee], list[str]]:
        """The steps of the module rules, in order; the first that names a unit wins."""
        notes: list[str] = []
        node = item.node
        if node.kind == "row":
            found = self._from_row(node, notes)
            if found:
                return found, notes
        stated = self._stated(subject, item)
        notes.extend(body.note for body in stated if body.note)
        if _usable(stated):
            return unique([b.assignee for b in _usable(stated)]), notes
        found = self._from_headings(node, notes) or self._from_actors(subject, stated, notes)
        if found:
            return found, notes
        bodies = []
        for descendant in subject.walk():
            if descendant is subject or "time" in descendant.roles:
                continue
            bodies.extend(self.resolver.subjects(after_label(descendant.head_text)))
        if _usable(bodies):
            notes.append("đơn vị thực hiện suy ra từ các nội dung của mục, cần kiểm tra")
            return unique([b.assignee for b in _usable(bodies)]), notes
        notes.append("chưa xác định được đơn vị thực hiện" + (f" (văn bản ghi '{stated[0].text}')" if stated else ""))
        return [], notes

    def _from_row(self, node: Node, notes: list[str]) -> list[Assignee]:
        """0. A table row names its unit in a column ("Đơn vị chủ trì", "Cơ quan thực hiện")."""
        cells = node.head_text.split(" | ")
        header = next((c for c in node.parent.children if c.kind == "row"), None) if node.parent else None
        columns = (
            [fold(cell) for cell in header.head_text.split(" | ")] if header is not None and header is not node else []
        )
        unit_columns = [
            i
            for i, cell in enumerate(columns)
            if any(w in cell for w in ("don vi", "chu tri", "co quan", "thuc hien", "phu trach"))
        ]
        text = " | ".join(cells[i] for i in unit_columns if i < len(cells)) if unit_columns else node.head_text
        bodies = self.resolver.find(text)
        if not _usable(bodies):
            return []
        notes.extend(b.note for b in bodies if b.note)
        return unique([b.assignee for b in _usable(bodies)])

    def _stated(self, subject: Node, item: FoundDeadline) -> list[Body]:
        """1. The bodies opening the item's own sentence (after a "label:" such as "Đối với tập thể:")."""
        node = item.node
        for candidate in [node] if node is subject else [node, subject]:
            full = candidate.head_text if candidate is not node else self._own_text(node, item)
            bodies = self._sentence_subjects(after_label(full))
            if not bodies:
                # "Đối với các tổ chức cơ sở đảng ...: Thường xuyên nghiên cứu ..." names them in the label
                label = re.match(r"^\s*(?:đối với|doi voi)\s+([^:]{3,120}):", full, flags=re.IGNORECASE)
                if label:
                    bodies = self.resolver.subjects(label.group(1))
            if bodies:
                return bodies
        return []

    def _from_headings(self, node: Node, notes: list[str]) -> list[Assignee]:
        """2. A heading above that is only names ("b. Các chi, đảng bộ trực thuộc Thị ủy")."""
        for ancestor in node.ancestors():
            if ancestor.kind in ("root", "roman"):
                break
            if ancestor.kind in ("letter", "bullet", "label") or (ancestor.kind == "number" and not ancestor.roles):
                head = ancestor.head_text
                bodies = self.resolver.subjects(after_label(head.split(":")[0] if ":" in head else head))
                covered = sum(b.end - b.start for b in bodies)
                if _usable(bodies) and covered >= 0.6 * len(head.split(":")[0].strip()):
                    notes.extend(b.note for b in bodies if b.note)
                    return unique([b.assignee for b in _usable(bodies)])
        return []

    def _from_actors(self, subject: Node, stated: list[Body], notes: list[str]) -> list[Assignee]:
        """3. The section's "Cơ quan thực hiện" / "Phân công"."""
        for section in [subject, *subject.ancestors()]:
            if section.kind in ("root", "roman"):
                break
            actors = [c for c in section.children if "actors" in c.roles] + (
                [section] if "actors" in section.roles and section.kind != "roman" else []
            )
            bodies = []
            for actor_node in actors:
                text = actor_node.text
                if ":" in actor_node.head_text:
                    text = text.split(":", 1)[1]
                elif actor_node.heading:
                    text = text[len(actor_node.heading) :]
                bodies.extend(self.resolver.find(text))
                for child in actor_node.children:
                    bodies.extend(self.resolver.subjects(after_label(child.head_text)))
            if _usable(bodies):
                if stated:
                    notes.append(
                        f"văn bản ghi '{stated[0].text}'; đơn vị thực hiện lấy theo mục '{clip(actors[0].head_text, 60)}'"
                    )
                for body in bodies:
                    if body.note and body.assignee is None and not body.vague and not body.people:
                        notes.append(body.note)
                return unique([b.assignee for b in _usable(bodies)])
        return []

    def _sentence_subjects(self, text: str) -> list[Body]:
        """Subjects at the start, or after a leading adverbial clause ("Sau mỗi đợt ..., các
        đảng ủy ... báo cáo", "Hằng năm, các chi bộ ...", "Căn cứ ..., các chi bộ ...")."""
        bodies = self.resolver.subjects(text)
        if bodies:
            return bodies
        folded = fold_same_length(text)
        if re.match(
            r"(?:sau|hang|dinh\s+ky|truoc|trong|vao|quy|thang|nam|can\s+cu|tren\s+co\s+so|de|moi|cuoi|dau)\b", folded
        ):
            position = 0
            for _ in range(3):
                comma = text.find(",", position)
                if comma == -1 or comma > 200:
                    break
                bodies = self.resolver.subjects(text[comma + 1 :])
                if bodies:
                    return bodies
                position = comma + 1
        return []

    def _own_text(self, node: Node, item: FoundDeadline) -> str:
        """The node's text for subject detection: a time header's value ("Thời gian thực hiện: X")
        or the paragraph holding the deadline."""
        text = item.paragraph.text
        if "time" in node.roles and node.heading and text.startswith(node.heading):
            text = text[len(node.heading) :].lstrip(" :")
        return text

    # ------------------------------------------------------------ reporting
    def report_to(self, item: FoundDeadline) -> tuple[str | None, str | None]:
        text = item.paragraph.text
        folded = fold_same_length(text)
        start = sentence_start(folded, item.deadline.start)
        end = sentence_end(folded, item.deadline.end)
        match = None
        for candidate in REPORT.finditer(folded, start, end):
            match = candidate
            break
        if match is None:
            return None, None
        bodies = self.resolver.find(text[match.end() : end])
        report_to = via = None
        offset = match.end()
        targets: list[str] = []
        for body in bodies:
            if not isinstance(body.assignee, str):
                continue
            preceding = folded[max(0, offset + body.start - 5) : offset + body.start]
            if re.search(r"qua\s*$", preceding):
                via = via or body.assignee
            else:
                targets.append(body.assignee)
        if targets:
            report_to = self.resolver.issuer_id if self.resolver.issuer_id in targets else targets[0]
        return report_to, via

    def defaults(self, issuer: str | None, tasks: list[DraftTask]) -> dict[str, str]:
        defaults: dict[str, str] = {}
        if issuer:
            defaults["report_to"] = issuer
        chaser = None
        for node in self.outline.root.walk():
            for paragraph in node.paragraphs:
                folded = fold_same_length(paragraph.text)
                match = re.search(r"(?:^|[.;:]\s*)giao\s+", folded)
                if match and re.search(r"theo\s+doi|don\s+doc", folded[match.end() :]):
                    bodies = self.resolver.subjects(paragraph.text[match.start() :])
                    named = [b.assignee for b in bodies if isinstance(b.assignee, str)]
                    if named:
                        chaser = named[0]
                        break
            if chaser:
                break
        vias = Counter(t.via for t in tasks if t.via)
        if chaser is None and vias:
            chaser = vias.most_common(1)[0][0]
        if chaser and chaser != issuer:
            defaults["via"] = chaser
        defaults["policy"] = "default"
        return defaults


def _usable(bodies: list[Body]) -> list[Body]:
    return [b for b in bodies if b.assignee is not None]
