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
import re
from collections import Counter

from dondoc.errors import ValidationFailed
from dondoc.org.registry import OrgTree
from dondoc.plans.extract_bodies import Body, BodyResolver, fold_same_length, issuer_guess_id
from dondoc.plans.extract_deadlines import Deadline, PhraseParser, Scanner
from dondoc.plans.extract_letters import extract_letter, is_letter
from dondoc.plans.extract_model import Assignee, DraftTask, PlanDraft, ReviewItem, _Found
from dondoc.plans.extract_text import fold, repair, slugify, squash
from dondoc.plans.readers import SourceDocument
from dondoc.plans.structure import Node, Outline, Paragraph, build_outline, roles_of

_CUES = re.compile(
    r"(thoi\s+gian|thoi\s+han|han\s+chot|hoan\s+thanh|hoan\s+thien|xong|cham\s+nhat|truoc|den\s+ngay|tien\s+do|ket\s+thuc|trong\s+thoi\s+han)\W*(?:\w+\W+){0,3}$"
)
_NEAR_CUES = re.compile(r"(?:vao|trong|den|tu|nay|cuoi|dau)\s*(?:dip\s+)?$")
_REPORT = re.compile(r"\b(bao\s+cao|gui)\b")
_CITATION_BEFORE = re.compile(r"(?:so\s+)?\d+\s*[-/]?\s*[a-z]+(?:\s*/\s*[a-z0-9-]+)+\s*,?\s*(?:ngay\s*)?$")
_ISSUE_LINE = re.compile(
    r"(?P<place>[^\d,]{2,40}?)\s*,\s*ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})", re.IGNORECASE
)
_NUMBER = re.compile(r"\bS[ốỐo]\s*[:.]?\s*(?P<n>\d+\s*-\s*[A-ZĐ]+(?:\s*/\s*[A-ZĐ0-9-]+)+)")
_DATE = re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\b")
_PLAN_YEAR = re.compile(r"năm\s+(\d{4})\s*$", re.IGNORECASE)
_LABEL = re.compile(r"^(?P<label>[^:]{2,60}):\s*")


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
    if is_letter(document, {node.kind for node in outline.root.walk()}):
        draft = extract_letter(document, scanner, tree, issued, issuer)
    else:
        draft = _Extractor(document, scanner, phrase_parser, tree, issued, issuer).run()
    draft.review.extend(ReviewItem(line, "", reason) for line, reason in document.warnings)
    draft.review.sort(key=lambda r: r.line)
    return draft


class _Extractor:
    def __init__(
        self,
        document: SourceDocument,
        scanner: Scanner,
        phrase_parser: PhraseParser,
        tree: OrgTree | None,
        issued: dt.date | None,
        issuer: str | None,
    ) -> None:
        self.document = document
        self.scanner = scanner
        self.phrase_parser = phrase_parser
        self.tree = tree
        self.outline: Outline = build_outline(document)
        self.review: list[ReviewItem] = []
        self.forced_issued = issued
        self.forced_issuer = issuer

    # ------------------------------------------------------------------ run
    def run(self) -> PlanDraft:
        header = self._header()
        self.resolver = BodyResolver(self.tree, header["issuer"], header["issuer_name"])
        issued: dt.date = header["issued"]
        self.issued = issued
        self.plan_year = header["plan_year"]
        found, mentions = self._scan_body(issued)
        self._account_outside_body(issued)
        tasks = self._tasks(found)
        for item in mentions:
            self.review.append(item)
        self._review_unaccounted_lines(tasks, issued)
        defaults = self._defaults(header["issuer"], tasks)
        for task in tasks:
            if task.via == defaults.get("via"):
                task.via = None
            if task.report_to == defaults.get("report_to"):
                task.report_to = None
        self.review.sort(key=lambda r: r.line)
        return PlanDraft(
            plan_id=header["plan_id"],
            number=header["number"],
            title=header["title"],
            issuer=header["issuer"],
            issuer_name=header["issuer_name"],
            issued=issued,
            issued_inferred=header["issued_inferred"],
            source=self.document.path,
            defaults=defaults,
            tasks=tasks,
            review=_dedupe_review(self.review),
            resolved_with_tree=self.tree is not None,
        )

    def _review_unaccounted_lines(self, tasks: list[DraftTask], issued: dt.date) -> None:
        """Safety net for "never drop a deadline silently": a line in which the scanner,
        read on its own, sees a deadline, but that no task or review item covers, goes
        to review (paragraph-level reading can attach an expression to a neighbour line)."""
        accounted = {line for task in tasks for line in task.deadline_lines}
        accounted |= {line for item in self.review for line in item.lines}
        for line in self.document.lines:
            if line.noise or not line.text or line.number in accounted:
                continue
            found = self.scanner(line.text, issued)
            if found:
                phrases = "; ".join(d.phrase for d in found)
                self.review.append(
                    ReviewItem(
                        line.number,
                        line.text.strip(),
                        f"dòng có thể chứa thời hạn ({phrases}) chưa gắn vào nhiệm vụ nào: kiểm tra lại",
                    )
                )

    # --------------------------------------------------------------- header
    def _header(self) -> dict[str, object]:
        body_first = self.outline.root.children[0].line if self.outline.root.children else len(self.document.lines) + 1
        top = [line for line in self.document.lines if line.number < body_first]
        issued: dt.date | None = None
        place: str | None = None
        number: str | None = None
        issuer_name: str | None = None
        issuer_line = 1
        title_parts: list[str] = []
        caps_segments: list[tuple[int, str]] = []
        in_title = False
        for line in top:
            raw = repair(line.raw)
            if issued is None:
                match = _ISSUE_LINE.search(raw)
                if match:
                    place_raw = re.split(r"\s{2,}", match.group("place").strip())[-1]
                    place = squash(place_raw)
                    try:
                        issued = dt.date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
                    except ValueError:
                        self.review.append(ReviewItem(line.number, line.text, "ngày ban hành không hợp lệ"))
            if number is None:
                match = _NUMBER.search(raw)
                if match:
                    number = re.sub(r"\s+", "", match.group("n"))
            folded = fold(line.text)
            if folded.startswith("ke hoach") and len(folded.split()) <= 3 and not in_title and not title_parts:
                in_title = True
                rest = line.text.split(" ", 2)[2:] if len(line.text.split()) > 2 else []
                title_parts.extend(rest)
                continue
            if in_title:
                if re.fullmatch(r"[-_*=.\s]{3,}", line.text) or (
                    folded.startswith(
                        ("thuc hien ket luan so", "can cu", "thuc hien nghi quyet so", "thuc hien chi thi so")
                    )
                    and title_parts
                ):
                    in_title = False
                elif line.text:
                    title_parts.append(line.text)
                elif title_parts and re.fullmatch(r"[-_*=.\s]{3,}", line.text):
                    in_title = False
                continue
            for segment in re.split(r"\s{2,}", raw.strip()):
                segment = squash(re.sub(r"ĐẢNG CỘNG SẢN VIỆT NAM", " ", segment))
                caps = _caps_prefix(segment)
                if caps and fold(caps) not in ("ke hoach",):
                    caps_segments.append((line.number, caps))
        # Title: what follows "KẾ HOẠCH" up to the separator or the preamble.
        title_text = squash(" ".join(title_parts))
        preamble_text = " ".join(p.text for p in self.outline.preamble)
        if title_text.endswith(tuple("-_")):
            title_text = title_text.rstrip("-_ ")
        if not title_text:
            self.review.append(ReviewItem(1, "", "không tìm thấy tiêu đề sau chữ 'KẾ HOẠCH'"))
        title = ("Kế hoạch " + title_text[:1].lower() + title_text[1:]) if title_text else "Kế hoạch"
        if len(title) > 300:
            title = title[:300].rsplit(" ", 1)[0] + "…"
        if caps_segments:
            issuer_line, issuer_name = caps_segments[-1]
        issuer_id: str | None = None
        resolver = BodyResolver(self.tree, None, None)
        if self.forced_issuer:
            issuer_id = self.forced_issuer
            if self.tree is not None and issuer_id not in self.tree.by_id:
                raise ValidationFailed([f"--issuer: không có đơn vị '{issuer_id}' trong cây tổ chức"])
            if self.tree is not None:
                issuer_name = self.tree.by_id[issuer_id].name
        else:
            if issuer_name is None:
                issuer_name, issuer_line = self._issuer_from_preamble()
            if issuer_name is not None:
                if self.tree is not None:
                    unit, note = resolver.resolve_name(issuer_name)
                    if isinstance(unit, str):
                        issuer_id = unit
                        issuer_name = self.tree.by_id[unit].name
                        if note:
                            self.review.append(ReviewItem(issuer_line, issuer_name, f"đơn vị ban hành: {note}"))
                    else:
                        self.review.append(
                            ReviewItem(
                                issuer_line,
                                issuer_name,
                                f"đơn vị ban hành: {note or 'không xác định được'}; hãy sửa plan.issuer",
                            )
                        )
                else:
                    issuer_name = _title_case(issuer_name) if _is_caps(issuer_name) else issuer_name
                    issuer_id = issuer_guess_id(issuer_name)
                    self.review.append(
                        ReviewItem(
                            issuer_line,
                            issuer_name,
                            f"mã đơn vị ban hành '{issuer_id}' được đặt theo tên, chưa đối chiếu cây tổ chức (dùng --tree)",
                        )
                    )
            else:
                self.review.append(
                    ReviewItem(1, "", "không tìm thấy đơn vị ban hành; hãy điền plan.issuer (hoặc dùng --issuer)")
                )
        issued_inferred = False
        if self.forced_issued is not None:
            issued = self.forced_issued
        elif issued is None:
            dates = []
            for paragraph in self.outline.preamble:
                for match in _DATE.finditer(paragraph.text):
                    try:
                        dates.append(
                            (
                                dt.date(int(match.group(3)), int(match.group(2)), int(match.group(1))),
                                paragraph.line_at(match.start()),
                            )
                        )
                    except ValueError:
                        continue
            if not dates:
                raise ValidationFailed(
                    [
                        f"{self.document.path}:1: không tìm thấy ngày ban hành (dòng như 'Đức Phổ, ngày 09 tháng 01 năm 2023'); hãy dùng --issued YYYY-MM-DD"
                    ]
                )
            issued, line_no = max(dates)
            issued_inferred = True
            self.review.append(
                ReviewItem(
                    line_no,
                    self.document.line(line_no).text,
                    f"văn bản không ghi ngày ban hành; tạm lấy ngày {issued:%d/%m/%Y} (ngày muộn nhất của văn bản được dẫn ở phần mở đầu) — hãy sửa plan.issued",
                )
            )
        plan_year = None
        match = _PLAN_YEAR.search(title_text)
        if match:
            plan_year = int(match.group(1))
        number_slug = slugify(number) if number else "ke-hoach"
        owner_slug = slugify(place) if place else (issuer_id or "don-vi")
        plan_id = f"{number_slug}-{owner_slug}-{issued.year}"
        del preamble_text
        return {
            "issued": issued,
            "issued_inferred": issued_inferred,
            "number": number,
            "issuer": issuer_id,
            "issuer_name": issuer_name,
            "title": title,
            "plan_id": plan_id,
            "plan_year": plan_year,
        }

    def _issuer_from_preamble(self) -> tuple[str | None, int]:
        """ "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh ban hành Kế hoạch ..." → the committee."""
        for paragraph in self.outline.preamble:
            match = re.search(
                r"(?:ban\s+thuong\s+vu|ban\s+chap\s+hanh|thuong\s+truc)\s+(.{4,80}?)\s+ban\s+hanh",
                fold_same_length(paragraph.text),
            )
            if match:
                name = squash(paragraph.text[match.start(1) : match.end(1)])
                return name, paragraph.line_at(match.start(1))
        return None, 1

    # ------------------------------------------------------------- scanning
    def _scan_body(self, issued: dt.date) -> tuple[list[_Found], list[ReviewItem]]:
        found: list[_Found] = []
        mentions: list[ReviewItem] = []
        for node in self.outline.root.walk():
            if node.kind == "root":
                continue
            purpose = any("purpose" in a.roles for a in [node, *node.ancestors()])
            for paragraph in node.paragraphs:
                for deadline in self.scanner(paragraph.text, issued):
                    line = paragraph.line_at(deadline.start)
                    last = paragraph.line_at(max(deadline.start, deadline.end - 1))
                    deadline = self._year_from_title(deadline, paragraph, line)
                    if deadline.kind == "unparsed":
                        mentions.append(
                            ReviewItem(
                                line, deadline.phrase, f"không hiểu cụm thời hạn: {deadline.reason or 'không rõ'}", last
                            )
                        )
                        continue
                    if purpose:
                        mentions.append(
                            ReviewItem(
                                line,
                                deadline.phrase,
                                "mốc thời gian trong phần Mục đích, yêu cầu: không tạo nhiệm vụ",
                                last,
                            )
                        )
                        continue
                    verdict = self._classify(node, paragraph, deadline, issued)
                    if verdict is None or verdict == "weak":
                        found.append(_Found(node, paragraph, deadline, line, last, weak=verdict == "weak"))
                    else:
                        mentions.append(
                            ReviewItem(
                                line,
                                _sentence_at(paragraph.text, deadline.start),
                                f"'{deadline.phrase}': {verdict}",
                                last,
                            )
                        )
        return found, mentions

    def _year_from_title(self, deadline: Deadline, paragraph: Paragraph, line: int) -> Deadline:
        """A phrase without a year ("Quý IV") in a plan titled "... năm 2022" belongs to 2022."""
        if (
            self.plan_year is None
            or self.plan_year == self.issued.year
            or re.search(r"\d{4}|/\d{2}\b", deadline.phrase)
        ):
            return deadline
        if deadline.kind not in ("fixed", "range"):
            return deadline
        reparsed = self.phrase_parser(deadline.phrase, dt.date(self.plan_year, 1, 1))
        if reparsed.kind == "unparsed" or reparsed.due == deadline.due:
            return deadline
        self.review.append(
            ReviewItem(
                line,
                deadline.phrase,
                f"'{deadline.phrase}' không ghi năm; lấy năm {self.plan_year} theo tiêu đề kế hoạch",
            )
        )
        return Deadline(
            deadline.start,
            deadline.end,
            deadline.phrase,
            reparsed.kind,
            reparsed.canonical,
            reparsed.due,
            "inferred",
            None,
            reparsed.warnings,
        )

    def _classify(self, node: Node, paragraph: Paragraph, deadline: Deadline, issued: dt.date) -> str | None:
        """None when the expression is a deadline, else why it is only a mention (Vietnamese)."""
        folded = fold_same_length(paragraph.text)
        before = folded[: deadline.start]
        sentence_start = max(before.rfind(". "), before.rfind("; "), 0)
        clause_before = before[sentence_start:]
        sentence_end = _sentence_end(folded, deadline.end)
        sentence = folded[sentence_start:sentence_end]
        phrase = folded[deadline.start : deadline.end]
        time_context = self._time_context(node)
        if (
            node.kind == "label"
            and paragraph is node.paragraphs[0]
            and len(deadline.phrase) >= 0.6 * len(paragraph.text.rstrip(": "))
        ):
            return None  # "Năm 2023:" heads the items under it
        if deadline.kind == "fixed" and _CITATION_BEFORE.search(before[-40:]):
            return "ngày của văn bản được dẫn, không phải thời hạn"
        if (
            deadline.due is not None
            and deadline.due < issued - dt.timedelta(days=31)
            and deadline.kind in ("fixed", "range")
        ):
            return f"mốc {deadline.due:%d/%m/%Y} đã qua trước ngày ban hành, không phải thời hạn"
        cue = (
            bool(_CUES.search(clause_before))
            or bool(_NEAR_CUES.search(clause_before[-12:]))
            or bool(re.match(r"(?:truoc|cham\s+nhat|han|den|trong|vao|cuoi|trong\s+thoi\s+han|sau\s+khi)\b", phrase))
        )
        if deadline.kind == "relative":
            return None
        if deadline.kind in ("fixed",) and re.search(r"(?:bat\s+dau|ke)\s+tu\s*$|\bbat\s+dau\s*$", clause_before):
            return "ngày bắt đầu, không phải thời hạn"
        if deadline.kind in ("continuous", "adhoc"):
            if time_context or re.search(r"thoi\s+gian[^.;]{0,40}$", clause_before):
                return None
            return "trạng từ chỉ tần suất trong nội dung, không phải thời hạn"
        if time_context or cue:
            return None
        if _REPORT.search(sentence) and deadline.kind == "recurring":
            return "weak"
        return "mốc thời gian trong nội dung, không có từ chỉ thời hạn (thời gian, hoàn thành, trước, chậm nhất...)"

    def _time_context(self, node: Node) -> bool:
        """Inside a pure time header ("Thời gian thực hiện", "Phân công, thời gian thực hiện")
        or under a date label; a mixed "Phương thức và thời gian thực hiện" needs cue words."""
        if node.kind == "row" and node.parent is not None:
            header = next((c for c in node.parent.children if c.kind == "row"), None)
            if header is not None and header is not node:
                cells = [fold(cell) for cell in header.head_text.split(" | ")]
                if any(
                    cell.startswith(words) for cell in cells for words in ("thoi gian", "thoi han", "tien do", "han")
                ):
                    return True
        for candidate in [node, *node.ancestors()]:
            if "time" in candidate.roles and candidate.roles <= {"time", "actors"}:
                return True
            if candidate.kind in ("roman",):
                break
        return False

    def _account_outside_body(self, issued: dt.date) -> None:
        """Deadline-looking expressions in the header, preamble and trailer: reported, never tasks."""
        for paragraph in self.outline.preamble:
            for deadline in self.scanner(paragraph.text, issued):
                self.review.append(
                    ReviewItem(
                        paragraph.line_at(deadline.start),
                        deadline.phrase,
                        "mốc thời gian ở phần đầu văn bản (căn cứ, ngày ban hành): không tạo nhiệm vụ",
                        paragraph.line_at(max(deadline.start, deadline.end - 1)),
                    )
                )
        if self.outline.trailer:
            text = "\n".join(line.text for line in self.outline.trailer)
            offsets = []
            position = 0
            for line in self.outline.trailer:
                offsets.append((position, line.number))
                position += len(line.text) + 1
            for deadline in self.scanner(text, issued):
                number = next(n for start, n in reversed(offsets) if start <= deadline.start)
                last = next(n for start, n in reversed(offsets) if start <= max(deadline.start, deadline.end - 1))
                self.review.append(
                    ReviewItem(
                        number, deadline.phrase, "mốc thời gian ở phần Nơi nhận/chữ ký: không tạo nhiệm vụ", last
                    )
                )

    # ---------------------------------------------------------------- tasks
    def _tasks(self, found: list[_Found]) -> list[DraftTask]:
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
                            _sentence_at(item.paragraph.text, item.deadline.start),
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

    def _subjects_of(self, item: _Found) -> list[Node]:
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

    def _task(self, task_id: str, subject: Node, item: _Found, extra: bool) -> DraftTask:
        deadline = item.deadline
        notes: list[str] = []
        evidence = _sentence_at(item.paragraph.text, deadline.start)
        title = self._title(subject, item, extra)
        assignees, assignee_notes = self._assignees(subject, item)
        notes.extend(assignee_notes)
        report_to, via = self._report_to(item)
        if deadline.confidence in ("inferred", "unsure"):
            notes.append(
                f"thời hạn '{deadline.phrase}' được hiểu với độ tin cậy '{deadline.confidence}'"
                + (f": {'; '.join(deadline.warnings)}" if deadline.warnings else "")
            )
        task = DraftTask(
            id=task_id,
            title=title,
            deadline=squash(deadline.phrase),
            kind=deadline.kind,
            canonical=deadline.canonical,
            due=deadline.due,
            assignees=assignees,
            report_to=report_to,
            via=via,
            evidence=evidence,
            line=item.line,
            deadline_lines=list(range(item.line, item.last_line + 1)),
            notes=notes,
        )
        for note in notes:
            self.review.append(ReviewItem(item.line, f"{task_id}: {title[:80]}", note))
        return task

    def _title(self, subject: Node, item: _Found, extra: bool) -> str:
        if extra and subject is item.node:
            return _clip(_strip_deadline(_clause_at(item.paragraph.text, item.deadline.start), item.deadline))
        head = subject.head_text
        if subject.kind == "label":
            head = subject.head_text
        if (subject.roles and subject.heading) or (subject.kind == "bullet" and subject.is_heading):
            parent = subject.parent
            base = _first_sentence(parent.head_text) if parent is not None and parent.kind != "root" else ""
            label = subject.heading or subject.head_text
            return _clip(f"{base}: {label}" if base else label)
        if subject is item.node:
            return _clip(
                _strip_deadline(
                    _first_sentence(head) if item.paragraph is subject.paragraphs[0] else head, item.deadline
                )
            )
        return _clip(_first_sentence(head))

    # ------------------------------------------------------------ assignees
    def _assignees(self, subject: Node, item: _Found) -> tuple[list[Assignee], list[str]]:
        notes: list[str] = []
        node = item.node
        stated: list[Body] = []

        def usable(bodies: list[Body]) -> list[Body]:
            return [b for b in bodies if b.assignee is not None]

        # 0. a table row names its unit in a column
        if node.kind == "row":
            cells = node.head_text.split(" | ")
            header = next((c for c in node.parent.children if c.kind == "row"), None) if node.parent else None
            columns = (
                [fold(cell) for cell in header.head_text.split(" | ")]
                if header is not None and header is not node
                else []
            )
            unit_columns = [
                i
                for i, cell in enumerate(columns)
                if any(w in cell for w in ("don vi", "chu tri", "co quan", "thuc hien", "phu trach"))
            ]
            text = " | ".join(cells[i] for i in unit_columns if i < len(cells)) if unit_columns else node.head_text
            bodies = self.resolver.find(text)
            if usable(bodies):
                notes.extend(b.note for b in bodies if b.note)
                return _unique([b.assignee for b in usable(bodies)]), notes
        # 1. the bodies opening the item's own sentence (after a "label:" such as "Đối với tập thể:")
        candidates = [node] if node is subject else [node, subject]
        for candidate in candidates:
            text = _after_label(candidate.head_text if candidate is not node else self._own_text(node, item))
            bodies = self._sentence_subjects(text)
            if not bodies:
                # "Đối với các tổ chức cơ sở đảng ...: Thường xuyên nghiên cứu ..." names them in the label
                full = candidate.head_text if candidate is not node else self._own_text(node, item)
                label = re.match(r"^\s*(?:đối với|doi voi)\s+([^:]{3,120}):", full, flags=re.IGNORECASE)
                if label:
                    bodies = self.resolver.subjects(label.group(1))
            if bodies:
                stated = bodies
                break
        resolved = usable(stated)
        for body in stated:
            if body.note:
                notes.append(body.note)
        if resolved:
            return _unique([b.assignee for b in resolved]), notes
        # 2. a heading above that is only names ("b. Các chi, đảng bộ trực thuộc Thị ủy")
        for ancestor in node.ancestors():
            if ancestor.kind in ("root", "roman"):
                break
            if ancestor.kind in ("letter", "bullet", "label") or (ancestor.kind == "number" and not ancestor.roles):
                head = ancestor.head_text
                bodies = self.resolver.subjects(_after_label(head.split(":")[0] if ":" in head else head))
                if bodies and sum(b.end - b.start for b in bodies) >= 0.6 * len(head.split(":")[0].strip()):
                    good = usable(bodies)
                    if good:
                        notes.extend(b.note for b in bodies if b.note)
                        return _unique([b.assignee for b in good]), notes
        # 3. the section's "Cơ quan thực hiện" / "Phân công"
        for section in [subject, *subject.ancestors()]:
            if section.kind in ("root", "roman"):
                break
            actors = [c for c in section.children if "actors" in c.roles] + (
                [section] if "actors" in section.roles and section.kind != "roman" else []
            )
            bodies: list[Body] = []
            for actor_node in actors:
                text = actor_node.text
                if ":" in actor_node.head_text:
                    text = text.split(":", 1)[1]
                elif actor_node.heading:
                    text = text[len(actor_node.heading) :]
                bodies.extend(self.resolver.find(text))
                for child in actor_node.children:
                    bodies.extend(self.resolver.subjects(_after_label(child.head_text)))
            good = usable(bodies)
            if good:
                if stated:
                    notes.append(
                        f"văn bản ghi '{stated[0].text}'; đơn vị thực hiện lấy theo mục '{_clip(actors[0].head_text, 60)}'"
                    )
                for body in bodies:
                    if body.note and body.assignee is None and not body.vague and not body.people:
                        notes.append(body.note)
                return _unique([b.assignee for b in good]), notes
        # 4. the subjects of the section's content items
        bodies = []
        for descendant in subject.walk():
            if descendant is subject or "time" in descendant.roles:
                continue
            bodies.extend(self.resolver.subjects(_after_label(descendant.head_text)))
        good = usable(bodies)
        if good:
            notes.append("đơn vị thực hiện suy ra từ các nội dung của mục, cần kiểm tra")
            return _unique([b.assignee for b in good]), notes
        notes.append("chưa xác định được đơn vị thực hiện" + (f" (văn bản ghi '{stated[0].text}')" if stated else ""))
        return [], notes

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

    def _own_text(self, node: Node, item: _Found) -> str:
        """The node's text for subject detection: a time header's value ("Thời gian thực hiện: X")
        or the paragraph holding the deadline."""
        text = item.paragraph.text
        if "time" in node.roles and node.heading and text.startswith(node.heading):
            text = text[len(node.heading) :].lstrip(" :")
        return text

    # ------------------------------------------------------------ reporting
    def _report_to(self, item: _Found) -> tuple[str | None, str | None]:
        text = item.paragraph.text
        folded = fold_same_length(text)
        start = _sentence_start(folded, item.deadline.start)
        end = _sentence_end(folded, item.deadline.end)
        match = None
        for candidate in _REPORT.finditer(folded, start, end):
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

    def _defaults(self, issuer: str | None, tasks: list[DraftTask]) -> dict[str, str]:
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


# ------------------------------------------------------------------ helpers
def _is_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters)


def _caps_prefix(segment: str) -> str:
    """The leading upper-case words of a header segment ("THỊ ỦY ĐỨC PHỔ Đức Phổ, ngày ..." → "THỊ ỦY ĐỨC PHỔ")."""
    words: list[str] = []
    for word in segment.split():
        letters = [ch for ch in word if ch.isalpha()]
        if not letters or not all(ch.isupper() for ch in letters):
            break
        words.append(word)
    return " ".join(words) if len(words) >= 2 else ""


def _title_case(text: str) -> str:
    """ "THỊ ỦY ĐỨC PHỔ" → "Thị ủy Đức Phổ": level words lower-case, place names capitalised."""
    words = text.lower().split()
    if not words:
        return text
    out = [words[0].capitalize()]
    for index, word in enumerate(words[1:], start=1):
        keep_lower = fold(word) in ("uy", "bo", "cac", "co", "quan", "va") and index < 3
        out.append(word if keep_lower else word.capitalize())
    return " ".join(out)


def _sentence_end(folded: str, position: int) -> int:
    match = re.compile(r"\.(?:\s|$)|;").search(folded, position)
    return match.start() if match else len(folded)


def _sentence_start(folded: str, position: int) -> int:
    before = folded[:position]
    return max(before.rfind(". ") + 1, before.rfind("; ") + 1, 0)


def _sentence_at(text: str, position: int) -> str:
    folded = fold_same_length(text)
    start = _sentence_start(folded, position)
    end = _sentence_end(folded, position)
    return squash(text[start : end + 1]).lstrip("-+•;:. ")


def _clause_at(text: str, position: int) -> str:
    folded = fold_same_length(text)
    before = folded[:position]
    start = max(before.rfind(". ") + 1, before.rfind("; ") + 1, before.rfind(", ") + 1, 0)
    end = _sentence_end(folded, position)
    return squash(text[start:end])


def _first_sentence(text: str) -> str:
    match = re.search(r"\.\s", text)
    return squash(text[: match.start()] if match else text).rstrip(".;: ")


def _strip_deadline(text: str, deadline: Deadline) -> str:
    """Drop "(thời gian hoàn thành ...)" and a leading "Quý IV/2022:" from a title."""
    phrase = squash(deadline.phrase)
    text = re.sub(r"\s*\((?:[^()]*?)" + re.escape(phrase) + r"[^()]*\)", "", text)
    text = re.sub(r"^\s*" + re.escape(phrase) + r"\s*:\s*", "", text)
    text = re.sub(
        r"\s*(?:thời gian\s+)?(?:thực hiện|hoàn thành)?\s*" + re.escape(phrase) + r"\s*$", "", text, flags=re.IGNORECASE
    )
    return squash(text).rstrip(".;:, ") or phrase


def _after_label(text: str) -> str:
    """Text after a leading "label:" that is a header or "Đối với ..." or a date, else the text."""
    match = _LABEL.match(text)
    if not match:
        return text
    label = fold(match.group("label"))
    roles, _ = roles_of(match.group("label"))
    if (
        roles
        or label.startswith(("doi voi", "rieng", "nam ", "quy ", "thang ", "truoc ", "cham nhat", "tu ", "giai doan"))
        or re.match(r"^(quy|thang|nam)\b", label)
    ):
        return text[match.end() :]
    return text


def _clip(text: str, limit: int = 160) -> str:
    text = squash(text)
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _unique(items: list[Assignee]) -> list[Assignee]:
    out: list[Assignee] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out


def _dedupe_review(items: list[ReviewItem]) -> list[ReviewItem]:
    seen: set[tuple[int, str, str]] = set()
    out = []
    for item in items:
        key = (item.line, item.text, item.reason)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
