"""Calibration: dated phrases that are not deadlines, and readings a person must confirm.

A parse is ``certain`` only when the text fixes the date. Two kinds of check run on the
folded phrase (citations and superseded deadlines already blanked):

- before reading: phrases whose date is not a deadline at all (an effective date, a ban
  on acting before a day, a bare start, figures "tính đến" a day, a legal basis);
- after reading: what makes the reading doubtful, each a warning that turns the answer
  ``unsure`` (a person reviews it): a date or period the reading did not use, a past-tense
  report ("đã"), an earliest date without a latest one, an approximate word ("khoảng",
  "tuần đầu"), a deadline that had passed when the document was issued; and a news lead
  ("Ngày 24/5/2017, UBND tỉnh ban hành ...") that tells the day something happened.
"""

from __future__ import annotations

import datetime as dt
import re

from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.patterns import HARD_RE, TIME_TOKEN_RE
from calendar_rules.parser.result import Found
from calendar_rules.rules import Rule

EFFECTIVE_RE = re.compile(r"\bco\s*hieu\s*luc\b")
NOT_BEFORE_RE = re.compile(r"\bkhong\s*(?:duoc\s*)?[^.;]{0,60}?\btruoc\s*(?:ngay\s*)?\d")
START_ONLY_RE = re.compile(r"\b(?:tu|bat\s*dau\s*tu|bat\s*dau|phat\s*dong\s*tu)\s*(?:ngay\s*)?\d")
RANGE_END_RE = re.compile(r"\bden\s*(?:het\s*)?|\bket\s*thuc\s*(?:vao\s*)?|\s-\s")
DEADLINE_CUE_RE = re.compile(r"\b(?:den|truoc|cham\s*nhat|muon\s*nhat|han|ket\s*thuc|xong|hoan\s*thanh)\b")
# "tính đến ngày 01/3/2024", "Đến ngày 20/3/2024, toàn tỉnh đã có 85% ...": the date of reported figures
STATUS_RE = re.compile(
    r"\btinh\s*(?:den|toi)\s*(?:het\s*)?(?:ngay\s*)?\d|^\s*(?:den|toi)\s*(?:het\s*)?ngay\s*[^,;:]{3,30},(?=[^;]{0,120}\bda\b)"
)
LEGAL_BASIS_RE = re.compile(r"^\s*can\s*cu\b")
# a news lead: "Ngày 24/5/2017, UBND tỉnh ...", "Sáng ngày 4/3, ..."
NEWS_LEAD_RE = re.compile(
    r"^\s*(?:vao\s*)?(?:(?:sang|chieu|toi)\s*)?(?:ngay\s*)?\d{1,2}\s*(?:[/.\-]\s*\d{1,2}|thang\s*\d{1,2})"
    r"(?:\s*(?:[/.\-]|nam)\s*\d{4})?\s*,"
)
# "đã", "vừa" need their diacritics ("tối đa" folds to "toi da"): they are read in the original text
PAST_RE = re.compile(r"(?i)(?<!\w)(?:đã|vừa)(?!\w)")
ISSUING_RE = re.compile(r"\bban\s*hanh\b")
EARLIEST_RE = re.compile(r"\bsom\s*nhat\b")
APPROXIMATE_RE = re.compile(
    r"\b(?:khoang|tuan(?:\s*(?:le|dau|giua|cuoi|thu\s*\d))?|thuong\s*tuan|trung\s*tuan|ha\s*tuan"
    r"|sau\s*(?:ngay|thang|quy|nam)?)\s*$"
)


def not_a_deadline(text: str) -> str | None:
    """Why a dated phrase is not a deadline, or None."""
    if LEGAL_BASIS_RE.search(text):
        return "căn cứ pháp lý (văn bản được dẫn), không phải hạn chót"
    if EFFECTIVE_RE.search(text):
        return "ngày có hiệu lực của văn bản, không phải hạn chót"
    if NOT_BEFORE_RE.search(text):
        return "quy định không được làm trước một ngày, không phải hạn chót"
    if STATUS_RE.search(text):
        return "mốc tính số liệu đã đạt được, không phải hạn chót"
    start = START_ONLY_RE.search(text)
    if start and not (
        DEADLINE_CUE_RE.search(text, start.end())
        or DEADLINE_CUE_RE.search(text, 0, start.start())
        or RANGE_END_RE.search(text, start.end())
    ):
        return "chỉ có thời điểm bắt đầu, không có hạn chót"
    return None


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in spans)


def _quoted(phrase: Folded, start: int, end: int) -> str:
    a, b = phrase.span(start, end)
    return " ".join(phrase.original[a:b].split())


def review(phrase: Folded, rule: Rule, found: Found, issued: dt.date | None) -> str | None:
    """Doubts about a reading (added to ``found``), or why the dated phrase is not a deadline."""
    text = phrase.text
    due = getattr(rule, "due", None)
    lead = NEWS_LEAD_RE.match(text)
    if lead and isinstance(due, dt.date):
        past = PAST_RE.search(phrase.original) or ISSUING_RE.search(text, lead.end())
        if past or (issued is not None and due <= issued):
            return "ngày xảy ra sự việc được thuật lại (câu mở đầu bằng ngày), không phải hạn chót"
        found.doubt("câu mở đầu bằng ngày: có thể là ngày diễn ra sự việc, không phải hạn chót")
    used = found.spans + found.accounted
    for token in list(TIME_TOKEN_RE.finditer(text))[:20]:
        if not _overlaps(token.span(), used):
            found.doubt(f"còn mốc thời gian '{_quoted(phrase, *token.span())}' chưa dùng: cần người xác định")
            break
    if PAST_RE.search(phrase.original):
        found.doubt("câu thuật lại việc đã làm: có thể không phải hạn chót")
    if EARLIEST_RE.search(text) and not HARD_RE.search(text):
        found.doubt("'sớm nhất' là mốc bắt đầu, không phải hạn chót")
    first = min((start for start, _ in found.spans), default=0)
    if APPROXIMATE_RE.search(text, max(0, first - 16), first):
        found.doubt("mốc thời gian ước chừng hoặc 'sau' một mốc: cần người xác định")
    if isinstance(due, dt.date) and issued is not None and due < issued and not DEADLINE_CUE_RE.search(text):
        found.doubt(f"hạn {due.strftime('%d/%m/%Y')} đã qua khi văn bản ban hành: cần người xác định")
    return None
