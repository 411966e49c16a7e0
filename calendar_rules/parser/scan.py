"""Finding deadline expressions inside a longer sentence or paragraph.

A clause is read as a deadline when it carries a time expression *and* a cue
(thời gian, thời hạn, tiến độ, hoàn thành, báo cáo, trước, chậm nhất, trong,
hằng quý/năm/tháng, định kỳ, thường xuyên ...). Dates that cite another
document ("Kết luận số 01-KL/TW ngày 18/5/2021") and the issue line
("Đức Phổ, ngày 09 tháng 01 năm 2023") are not deadlines.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise

from calendar_rules.parser.citations import mask_citations
from calendar_rules.parser.normalize import Folded, fold
from calendar_rules.parser.patterns import (
    COUNTED_FROM,
    DATED_RE,
    DAY_MONTH,
    ISSUE_LINE_RE,
    LONG_DAY,
    MONTH_NO,
    PERIOD_WITH_YEAR,
    QUARTER_WORD,
    YEAR_CUE_BEFORE,
    YEAR_SEP,
)
from calendar_rules.parser.phrase import ParseResult, parse_phrase

CLAUSE_END = re.compile(r";|\.\s|\.$|\n\s*[-+•]|:\s(?=[A-ZĐ])")
_EVERY = r"\bhang\s*(?:nam|quy|thang)\b|\bdinh\s*ky\b|\bthuong\s*xuyen\b|\bdot\s*xuat\b|\bsau\s*khi\s*co\b"
TIME_EXPR = re.compile(
    rf"\b{QUARTER_WORD}|\b{MONTH_NO}{YEAR_SEP}\d{{4}}|\b{DAY_MONTH}|\b{LONG_DAY}|{_EVERY}|\b6\s*thang\s*(?:dau|cuoi)\s*nam"
    r"|\bnam\s*\d{4}\b|\bthang\s*\d{1,2}\s*(?:cua\s*)?nam\s*truoc|\bke\s*tu\s*ngay\b|\bgiua\s*nam|\bcuoi\s*nam|\bhang\s*6\s*thang"
)
CUE = re.compile(
    r"\bthoi\s*gian\b|\bthoi\s*han\b|\btien\s*do\b|\bhoan\s*thanh\b|\bbao\s*cao\b|\btruoc\b|\bcham\s*nhat\b|\btrong\s*(?:thang|quy|nam|6)"
    rf"|{_EVERY}|\bden\s*ngay\b|\bvao\s*(?:thang|quy|dip)\b|\bxong\b|\bso\s*ket\b|\btong\s*ket\b"
    r"|\bnam\s*truoc\b|\bto\s*chuc\b.{0,80}?\b(?:qu[yi]|thang)\b|\bbat\s*dau\b|^\s*(?:qu[yi]|thang)\b"
)
# a quarter or month with its year is a deadline even without a cue word (table cells, "Tiến độ" lists)
STRONG = re.compile(PERIOD_WITH_YEAR)
YEAR_LABEL = re.compile(r"^\s*nam\s*\d{4}\s*:?\s*$")
COMMA = re.compile(r",")
CONTINUES = re.compile(rf"\s*(?:{COUNTED_FROM}|den\b|nam\s*\d|\(?\s*cham\s*nhat|hoac)")


def _is_deadline_expression(visible: str, match: re.Match[str]) -> bool:
    """A bare "năm 2023" names a deadline only right after a time cue ("trong năm 2023");
    elsewhere it is part of a name ("chuyên đề năm 2023", "Kế hoạch ... năm 2023")."""
    if not match.group(0).startswith("nam") or YEAR_LABEL.match(visible):
        return True
    return bool(YEAR_CUE_BEFORE.search(visible[max(0, match.start() - 30) : match.start()]))


def _clauses(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in CLAUSE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _segments(visible: str) -> list[tuple[int, int]]:
    """A clause cut at each comma where a new dated expression starts after one already read
    ("..., sơ kết vào quý II/2023"), so each segment is read once: the scan stays linear however
    many deadlines a clause lists."""
    bounds = [0] + [m.end() for m in COMMA.finditer(visible)] + [len(visible) + 1]
    cuts, dated = [0], False
    for a, b in pairwise(bounds):
        piece = visible[a : b - 1]
        has_date = bool(DATED_RE.search(piece))
        if has_date and dated and a > cuts[-1] and not CONTINUES.match(piece):
            cuts.append(a)
        dated = dated or has_date
    cuts.append(len(visible))
    return [(a, b) for a, b in pairwise(cuts) if visible[a:b].strip()]


def scan_deadlines(text: str, issued: dt.date | None = None) -> list[ParseResult]:
    """Every deadline expression in ``text``; spans refer to ``text``. Never raises and never drops:
    a clause that cannot be read is returned as ``unparsed`` with its reason."""
    results: list[ParseResult] = []
    for start, end in _clauses(text):
        try:
            results.extend(_scan_clause(text, start, end, issued))
        except Exception as exc:  # one bad clause must not hide the others
            clause = text[start:end]
            results.append(ParseResult(clause, None, "unparsed", "unsure", (start, end), (), f"không đọc được: {exc}"))
    return results


def _scan_clause(text: str, start: int, end: int, issued: dt.date | None) -> list[ParseResult]:
    clause = text[start:end]
    folded = fold(clause)
    if ISSUE_LINE_RE.match(folded.text):
        return []
    visible = mask_citations(folded.text)
    if not (CUE.search(visible) or YEAR_LABEL.match(visible) or STRONG.search(visible)):
        return []
    results: list[ParseResult] = []
    for a, b in _segments(visible):
        segment = visible[a:b]
        expressions = [m for m in TIME_EXPR.finditer(segment) if _is_deadline_expression(segment, m)]
        if not expressions:
            continue
        first = expressions[0].start()
        cue = CUE.search(segment)
        begin = a + (cue.start() if cue and cue.start() < first else first)
        o_start, o_end = folded.span(begin, b)
        phrase = clause[o_start:o_end]
        result = parse_phrase(_blank(phrase, folded, visible, begin), issued)
        if result.rule is None:
            span = (start + o_start, start + o_end)
            results.append(ParseResult(phrase, None, "unparsed", "unsure", span, result.warnings, result.reason))
            continue
        x, y = result.span
        span = (start + o_start + x, start + o_start + y)
        results.append(ParseResult(phrase, result.rule, result.kind, result.confidence, span, result.warnings, None))
    return results


def _blank(phrase: str, folded: Folded, visible: str, begin: int) -> str:
    """The phrase with cited documents blanked out (same length, so spans still fit)."""
    if visible == folded.text:
        return phrase
    chars = list(phrase)
    base = folded.origin[begin]
    for i in range(begin, len(visible)):
        if visible[i] == " " and folded.text[i] != " ":
            offset = folded.origin[i] - base
            if 0 <= offset < len(chars):
                chars[offset] = " "
    return "".join(chars)
