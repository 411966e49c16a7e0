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

from calendar_rules.parser.normalize import fold
from calendar_rules.parser.phrase import ParseResult, parse_phrase

CLAUSE_END = re.compile(r";|\.\s|\.$|\n\s*[-+•]|:\s(?=[A-ZĐ])")
TIME_EXPR = re.compile(
    r"\bqu[yi]\s*(?:iv|iii|ii|i|0?[1-4])\b|\bthang\s*\d{1,2}\s*(?:/|-|nam)\s*\d{4}|\b\d{1,2}\s*[/.\-]\s*\d{1,2}\b"
    r"|\bngay\s*\d{1,2}\s*thang\s*\d{1,2}|\bhang\s*(?:nam|quy|thang)\b|\bdinh\s*ky\b|\bthuong\s*xuyen\b|\b6\s*thang\s*(?:dau|cuoi)\s*nam"
    r"|\bnam\s*\d{4}\b|\bthang\s*\d{1,2}\s*(?:cua\s*)?nam\s*truoc|\bsau\s*khi\s*co\b|\bke\s*tu\s*ngay\b|\bdot\s*xuat\b|\bgiua\s*nam|\bcuoi\s*nam|\bhang\s*6\s*thang"
)
CUE = re.compile(
    r"\bthoi\s*gian\b|\bthoi\s*han\b|\btien\s*do\b|\bhoan\s*thanh\b|\bbao\s*cao\b|\btruoc\b|\bcham\s*nhat\b|\btrong\s*(?:thang|quy|nam|6)"
    r"|\bhang\s*(?:nam|quy|thang)\b|\bdinh\s*ky\b|\bthuong\s*xuyen\b|\bden\s*ngay\b|\bvao\s*(?:thang|quy|dip)\b|\bxong\b|\bso\s*ket\b|\btong\s*ket\b"
    r"|\bsau\s*khi\s*co\b|\bnam\s*truoc\b|\bto\s*chuc\b.*\b(?:qu[yi]|thang)\b|\bbat\s*dau\b|\bdot\s*xuat\b|^\s*(?:qu[yi]|thang)\b"
)
DOC_REFERENCE = re.compile(
    # "số 01-KL/TW ngày 18/5/2021", "159-KH/TU ngày 19/12/2022", "số 05 ngày ...": citations of other documents
    r"(?:\bso\s*\d{1,5}\b|\b\d{1,5}\s*-\s*[a-z]{1,6}\s*/\s*[a-z]{1,10}\b)[^;]{0,40}?\bngay\s*\d{1,2}\s*"
    r"(?:[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|thang\s*\d{1,2}\s*nam\s*\d{4})"
)
# a quarter or month with its year is a deadline even without a cue word (table cells, "Tiến độ" lists)
STRONG = re.compile(r"\bqu[yi]\s*(?:iv|iii|ii|i|0?[1-4])\s*(?:/|-|nam)\s*\d{4}|\bthang\s*\d{1,2}\s*(?:/|-|nam)\s*\d{4}")
YEAR_LABEL = re.compile(r"^\s*nam\s*\d{4}\s*:?\s*$")
ISSUE_LINE = re.compile(r"^[^,]{2,40},\s*ngay\s*\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*\d{4}\s*$")


YEAR_CUE_BEFORE = re.compile(
    r"(?:trong|den|thoi\s*gian(?:\s*thuc\s*hien)?|hoan\s*thanh|cuoi|truoc|vao|xong|tien\s*do|han)\s*[:,]?\s*$"
)


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


def _mask_references(folded: str) -> str:
    """Blank out citations of other documents so their dates are not taken as deadlines."""
    return DOC_REFERENCE.sub(lambda m: " " * len(m.group(0)), folded)


def scan_deadlines(text: str, issued: dt.date | None = None) -> list[ParseResult]:
    """Every deadline expression in ``text``; spans refer to ``text``. Never raises."""
    try:
        return _scan(text, issued)
    except Exception:  # a scanner must never break an import; report nothing rather than crash
        return []


def _scan(text: str, issued: dt.date | None, clauses: list[tuple[int, int]] | None = None) -> list[ParseResult]:
    results: list[ParseResult] = []
    for start, end in clauses if clauses is not None else _clauses(text):
        clause = text[start:end]
        folded = fold(clause)
        if ISSUE_LINE.match(folded.text):
            continue
        visible = _mask_references(folded.text)
        expressions = [m for m in TIME_EXPR.finditer(visible) if _is_deadline_expression(visible, m)]
        if not expressions or not (CUE.search(visible) or YEAR_LABEL.match(visible) or STRONG.search(visible)):
            continue
        first = expressions[0].start()
        cue = CUE.search(visible)
        begin = min(first, cue.start()) if cue and cue.start() < first else first
        # read from the cue (or expression) to the end of the clause
        o_start, o_end = folded.span(begin, len(folded.text))
        phrase = clause[o_start:o_end]
        masked_phrase = phrase
        if visible != folded.text:  # drop cited dates from what is parsed
            keep = [ch if visible[i] != " " or folded.text[i] == " " else " " for i, ch in enumerate(folded.text)]
            masked_phrase = "".join(keep)[begin:]
        result = parse_phrase(masked_phrase if visible != folded.text else phrase, issued)
        if result.rule is None:
            results.append(
                ParseResult(
                    phrase, None, "unparsed", "unsure", (start + o_start, start + o_end), result.warnings, result.reason
                )
            )
            continue
        a, b = result.span if masked_phrase is phrase else (0, len(phrase))
        results.append(
            ParseResult(
                phrase,
                result.rule,
                result.kind,
                result.confidence,
                (start + o_start + a, start + o_start + b),
                result.warnings,
                None,
            )
        )
        # A second deadline later in the same clause, after a comma ("..., tổ chức sơ kết vào quý II năm 2023"):
        # read the rest of the clause from the next comma after what was used.
        used_end = start + o_start + b
        rest = text[used_end:end]
        comma = rest.find(",")
        if masked_phrase is phrase and comma >= 0 and STRONG.search(_mask_references(fold(rest[comma + 1 :]).text)):
            results.extend(_scan(text, issued, [(used_end + comma + 1, end)]))
    return results
