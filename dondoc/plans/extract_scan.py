"""Which deadline expressions of a plan's body are deadlines, and which are mentions.

See the rules in the docstring of dondoc/plans/extract.py; every expression found ends
up on a task or in the review list.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from calendar_rules.vietnamese import format_day
from dondoc.plans.extract_bodies import fold_same_length
from dondoc.plans.extract_deadlines import Deadline, PhraseParser, Scanner
from dondoc.plans.extract_model import DraftTask, FoundDeadline, ReviewItem
from dondoc.plans.extract_sentences import REPORT, sentence_at, sentence_end
from dondoc.plans.readers import SourceDocument
from dondoc.plans.structure import Node, Outline, Paragraph
from dondoc.text import fold

_CUES = re.compile(
    r"(thoi\s+gian|thoi\s+han|han\s+chot|hoan\s+thanh|hoan\s+thien|xong|cham\s+nhat|truoc|den\s+ngay|tien\s+do|ket\s+thuc|trong\s+thoi\s+han)\W*(?:\w+\W+){0,3}$"
)
_NEAR_CUES = re.compile(r"(?:vao|trong|den|tu|nay|cuoi|dau)\s*(?:dip\s+)?$")
_CITATION_BEFORE = re.compile(r"(?:so\s+)?\d+\s*[-/]?\s*[a-z]+(?:\s*/\s*[a-z0-9-]+)+\s*,?\s*(?:ngay\s*)?$")


@dataclass(eq=False)
class BodyScanner:
    """Scans the body of one plan; review entries go to the shared list."""

    document: SourceDocument
    outline: Outline
    scanner: Scanner
    phrase_parser: PhraseParser
    plan_year: int | None
    issued: dt.date
    review: list[ReviewItem]

    def scan_body(self, issued: dt.date) -> tuple[list[FoundDeadline], list[ReviewItem]]:
        found: list[FoundDeadline] = []
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
                        found.append(FoundDeadline(node, paragraph, deadline, line, last, weak=verdict == "weak"))
                    else:
                        mentions.append(
                            ReviewItem(
                                line,
                                sentence_at(paragraph.text, deadline.start),
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
        sentence_stop = sentence_end(folded, deadline.end)
        sentence = folded[sentence_start:sentence_stop]
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
            return f"mốc {format_day(deadline.due)} đã qua trước ngày ban hành, không phải thời hạn"
        cue = (
            bool(_CUES.search(clause_before))
            or bool(_NEAR_CUES.search(clause_before[-12:]))
            or bool(re.match(r"(?:truoc|cham\s+nhat|han|den|trong|vao|cuoi|trong\s+thoi\s+han|sau\s+khi)\b", phrase))
        )
        if deadline.kind == "relative":
            return None
        if deadline.kind in ("fixed",) and re.search(r"(?:bat\s+dau|ke)\s+tu\s*$|\bbat\s+dau\s*$", clause_before):
            return "ngày bắt đầu, không phải thời hạn"
        # a standing duty with its review cycle ("hằng năm ... báo cáo", no day: continuous by the parser's convention)
        # is a task that recurs, read as a recurring rule is; a bare "thường xuyên", "đột xuất" in the content is not
        reviewed = deadline.kind == "continuous" and (deadline.canonical or "").startswith("continuous review ")
        if deadline.kind in ("continuous", "adhoc") and not reviewed:
            if time_context or re.search(r"thoi\s+gian[^.;]{0,40}$", clause_before):
                return None
            return "trạng từ chỉ tần suất trong nội dung, không phải thời hạn"
        if time_context or cue:
            return None
        if REPORT.search(sentence) and (deadline.kind == "recurring" or reviewed):
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

    def account_outside_body(self, issued: dt.date) -> None:
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

    def review_unaccounted_lines(self, tasks: list[DraftTask], issued: dt.date) -> None:
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
