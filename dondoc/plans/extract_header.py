"""The head of a plan: number, issue date and place, issuer, title (what precedes section I)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from calendar_rules.vietnamese import format_day
from dondoc.errors import BadValue, ValidationFailed
from dondoc.org.registry import OrgTree
from dondoc.plans.extract_bodies import BodyResolver, fold_same_length, issuer_guess_id
from dondoc.plans.extract_letter_header import is_not_issuer
from dondoc.plans.extract_model import DraftHead, ReviewItem, draft_plan_id
from dondoc.plans.extract_sentences import caps_prefix, is_caps, title_case
from dondoc.plans.readers import SourceDocument, SourceLine
from dondoc.plans.structure import Outline
from dondoc.text import fold, repair, squash

# "Đức Phổ, ngày 09 tháng 01 năm 2023" or "Đức Phổ, ngày 07-9-2015"
# (the place never starts inside a citation such as "01-KL/TW, ngày 18-5-2021")
_ISSUE_LINE = re.compile(
    r"(?P<place>(?<![\w/-])[^\d,/]{2,40}?)\s*,\s*ngày\s+(?P<d>\d{1,2})\s*"
    r"(?:tháng\s+(?P<m>\d{1,2})\s+năm\s+|-\s*(?P<m2>\d{1,2})\s*-\s*)(?P<y>\d{4})",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\bS[ốỐo]\s*[:.]?\s*(?P<n>\d+\s*-\s*[A-ZĐ]+(?:\s*/\s*[A-ZĐ0-9-]+)+)")
_DATE = re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\b")
_PLAN_YEAR = re.compile(r"năm\s+(\d{4})\s*$", re.IGNORECASE)
_PREAMBLE_STARTS = ("thuc hien ket luan so", "can cu", "thuc hien nghi quyet so", "thuc hien chi thi so")


@dataclass
class PlanHeader(DraftHead):
    """A plan's head, and the year its title names (the body's dates without a year are in it)."""

    plan_year: int | None


@dataclass
class _Top:
    """What the header lines gave so far."""

    issued: dt.date | None = None
    place: str | None = None
    number: str | None = None
    in_title: bool = False
    title_parts: list[str] = field(default_factory=list)
    caps_segments: list[tuple[int, str]] = field(default_factory=list)


@dataclass(eq=False)
class HeaderReader:
    """Reads the header of one plan; review entries go to the shared list."""

    document: SourceDocument
    outline: Outline
    tree: OrgTree | None
    forced_issued: dt.date | None
    forced_issuer: str | None
    review: list[ReviewItem]

    def read(self) -> PlanHeader:
        body_first = self.outline.root.children[0].line if self.outline.root.children else len(self.document.lines) + 1
        top = _Top()
        for line in self.document.lines:
            if line.number < body_first:
                self._read_line(top, line)
        title, title_text = self._title(top.title_parts)
        issuer_id, issuer_name = self._issuer(top.caps_segments)
        issued, inferred = self._issued(top.issued)
        match = _PLAN_YEAR.search(title_text)
        return PlanHeader(
            issued=issued,
            issued_inferred=inferred,
            number=top.number,
            issuer=issuer_id,
            issuer_name=issuer_name,
            title=title,
            plan_id=draft_plan_id(top.number, top.place, issuer_id, issued.year, unnumbered="ke-hoach"),
            plan_year=int(match.group(1)) if match else None,
        )

    def _read_line(self, top: _Top, line: SourceLine) -> None:
        """One header line: the place and date, the number, the title after "KẾ HOẠCH", issuer candidates."""
        raw = repair(line.raw)
        if top.issued is None:
            self._issue_line(top, line, raw)
        if top.number is None:
            match = _NUMBER.search(raw)
            if match:
                top.number = re.sub(r"\s+", "", match.group("n"))
        folded = fold(line.text)
        if folded.startswith("ke hoach") and len(folded.split()) <= 3 and not top.in_title and not top.title_parts:
            top.in_title = True
            top.title_parts.extend(line.text.split(" ", 2)[2:] if len(line.text.split()) > 2 else [])
            return
        if top.in_title:
            if re.fullmatch(r"[-_*=.\s]{3,}", line.text) or (folded.startswith(_PREAMBLE_STARTS) and top.title_parts):
                top.in_title = False
            elif line.text:
                top.title_parts.append(line.text)
            return
        for segment in re.split(r"\s{2,}", raw.strip()):
            segment = squash(re.sub(r"ĐẢNG CỘNG SẢN VIỆT NAM", " ", segment))
            caps = caps_prefix(segment)
            if caps and fold(caps) not in ("ke hoach",) and not is_not_issuer(caps):
                top.caps_segments.append((line.number, caps))

    def _issue_line(self, top: _Top, line: SourceLine, raw: str) -> None:
        match = _ISSUE_LINE.search(raw)
        if not match:
            return
        top.place = squash(re.split(r"\s{2,}", match.group("place").strip())[-1])
        try:
            month = match.group("m") or match.group("m2")
            top.issued = dt.date(int(match.group("y")), int(month), int(match.group("d")))
        except ValueError:
            self.review.append(ReviewItem(line.number, line.text, "ngày ban hành không hợp lệ"))

    def _title(self, title_parts: list[str]) -> tuple[str, str]:
        """What follows "KẾ HOẠCH" up to the separator or the preamble."""
        title_text = squash(" ".join(title_parts))
        if title_text.endswith(tuple("-_")):
            title_text = title_text.rstrip("-_ ")
        if not title_text:
            self.review.append(ReviewItem(1, "", "không tìm thấy tiêu đề sau chữ 'KẾ HOẠCH'"))
        title = ("Kế hoạch " + title_text[:1].lower() + title_text[1:]) if title_text else "Kế hoạch"
        if len(title) > 300:
            title = title[:300].rsplit(" ", 1)[0] + "…"
        return title, title_text

    def _issuer(self, caps_segments: list[tuple[int, str]]) -> tuple[str | None, str | None]:
        """The issuer: ``--issuer``; else the last upper-case header segment (never the motto);
        else "Ban Thường vụ X ban hành" in the preamble."""
        if self.forced_issuer:
            if self.tree is not None and self.forced_issuer not in self.tree.by_id:
                raise BadValue("issuer", f"không có đơn vị '{self.forced_issuer}' trong cây tổ chức")
            name = self.tree.by_id[self.forced_issuer].name if self.tree is not None else None
            return self.forced_issuer, name or (caps_segments[-1][1] if caps_segments else None)
        issuer_line, issuer_name = caps_segments[-1] if caps_segments else (1, None)
        if issuer_name is None:
            issuer_name, issuer_line = self._issuer_from_preamble()
        if issuer_name is None:
            self.review.append(
                ReviewItem(1, "", "không tìm thấy đơn vị ban hành; hãy điền plan.issuer (hoặc dùng --issuer)")
            )
            return None, None
        return self._resolve_issuer(issuer_name, issuer_line)

    def _resolve_issuer(self, issuer_name: str, issuer_line: int) -> tuple[str | None, str | None]:
        if self.tree is None:
            issuer_name = title_case(issuer_name) if is_caps(issuer_name) else issuer_name
            issuer_id = issuer_guess_id(issuer_name)
            self.review.append(
                ReviewItem(
                    issuer_line,
                    issuer_name,
                    f"mã đơn vị ban hành '{issuer_id}' được đặt theo tên, chưa đối chiếu cây tổ chức (dùng --tree)",
                )
            )
            return issuer_id, issuer_name
        unit, note = BodyResolver(self.tree, None, None).resolve_name(issuer_name)
        if isinstance(unit, str):
            name = self.tree.by_id[unit].name
            if note:
                self.review.append(ReviewItem(issuer_line, name, f"đơn vị ban hành: {note}"))
            return unit, name
        reason = f"đơn vị ban hành: {note or 'không xác định được'}; hãy sửa plan.issuer"
        self.review.append(ReviewItem(issuer_line, issuer_name, reason))
        return None, issuer_name

    def _issued(self, issued: dt.date | None) -> tuple[dt.date, bool]:
        """``--issued``; else the header's date; else the latest date cited in the preamble, flagged."""
        if self.forced_issued is not None:
            return self.forced_issued, False
        if issued is not None:
            return issued, False
        dates = []
        for paragraph in self.outline.preamble:
            for match in _DATE.finditer(paragraph.text):
                try:
                    day = dt.date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
                except ValueError:
                    continue
                dates.append((day, paragraph.line_at(match.start())))
        if not dates:
            raise ValidationFailed(
                [
                    f"{self.document.path}:1: không tìm thấy ngày ban hành (dòng như 'Đức Phổ, ngày 09 tháng 01 năm 2023'); hãy dùng --issued YYYY-MM-DD"
                ]
            )
        issued, line_no = max(dates)
        self.review.append(
            ReviewItem(
                line_no,
                self.document.line(line_no).text,
                f"văn bản không ghi ngày ban hành; tạm lấy ngày {format_day(issued)} (ngày muộn nhất của văn bản được dẫn ở phần mở đầu) — hãy sửa plan.issued",
            )
        )
        return issued, True

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
