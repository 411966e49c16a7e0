"""A deadline the text works out itself and restates after "tức (là)": that day is the due date.

"... phải công bố báo cáo tài chính quý trong thời hạn 20 ngày kể từ ngày kết thúc quý tức là chậm nhất vào ngày
20/4/2025" counts a delay and then names its day; "Do ngày 20/4/2025 rơi vào ngày nghỉ nên hạn nộp ... sẽ được dời
sang ngày làm việc tiếp theo ..., tức ngày 21/4/2025" moves a day that falls on a holiday and names the day it moves
to. Read without this, the delay's event swallows the restated day, or the first day (the one moved away from) is
taken. The restated day counts only with its year, after a delay or a shift, and never as a lunar date ("ngày
18/03/2018 (tức ngày 2/2 âm lịch)" is the same day in the other calendar, not a deadline).
"""

from __future__ import annotations

import datetime as dt
import re

from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.patterns import NUM_DATE
from calendar_rules.parser.reader import Match, on_match
from calendar_rules.parser.result import Conventions, Found
from calendar_rules.parser.single import single
from calendar_rules.rules import FixedDate, Rule

# "tức là chậm nhất vào ngày 20/4/2025", "tức ngày 21/4/2025", "tức là hạn chót ngày ..." (the day with its year)
RESTATED_RE = re.compile(
    r"\btuc\s*(?:la\s*)?(?:(?:cham\s*nhat|han\s*chot|han\s*cuoi)\s*)?(?:la\s*)?(?:vao\s*)?(?:ngay\s*)?"
    rf"(?={NUM_DATE}\b)"
)
# what the restated day is worked out from: a counted delay, or a day moved off a holiday
WORKED_OUT_RE = re.compile(
    r"\b\d{1,3}\s*(?:ngay|tuan|thang)\b[^;]{0,120}?\b(?:ke|tinh)\s*tu\b"
    r"|\b(?:doi|lui|chuyen)\s*(?:sang|den|toi)\b|\bngay\s*lam\s*viec\s*tiep\s*theo\b|\broi\s*vao\s*ngay\s*nghi\b"
)
_LUNAR_RE = re.compile(r"\bam\s*lich\b|\bthang\s*(?:chap|gieng)\b|\bmung\b")


@on_match(RESTATED_RE)
def restated_day(
    match: Match, phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions
) -> Rule | None:
    """The day written after "tức (là)" once a delay or a move to a working day has been stated, or None."""
    text = phrase.text
    if not WORKED_OUT_RE.search(text, 0, match.start()) or _LUNAR_RE.search(text):
        return None
    rest = Folded(text[match.start() :], phrase.origin[match.start() :], phrase.original)
    rule = single(rest, issued, found, conventions)
    if not isinstance(rule, FixedDate):
        return None
    found.spans[:] = [(a + match.start(), b + match.start()) for a, b in found.spans]
    found.accounted.append((0, match.start()))
    found.warnings.append("ngày được tính sẵn sau 'tức (là)': lấy ngày đó làm hạn")
    return rule
