"""A time counted in weeks (or months) into a school term: "Thời gian nộp đơn tạm dừng: trong 4 tuần đầu của học kỳ",
"Học phí các HK dự thính: trong tuần đầu tiên của HK dự thính", "chậm nhất là tuần thứ 04 tính từ đầu học kỳ", "Kết
thúc ở tuần 5 của học kỳ", "vào tháng thứ 3 của học kỳ 1". The term's start is the event (its date is in the school's
calendar, not in the phrase): due that many weeks (7 days each, to the week's end) or months after it, for a person to
confirm.
"""

from __future__ import annotations

import datetime as dt
import re

from calendar_rules.parser.dates import find_date
from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.reader import Match, on_match
from calendar_rules.parser.result import Conventions, Found
from calendar_rules.rules import Relative, Rule

# the term: "học kỳ", "HK", "kỳ học", "năm học" (with the words that name it: "HK dự thính hè", "học kỳ 1")
_TERM = r"((?:hoc\s*ky|hk|ky\s*hoc|nam\s*hoc)(?:\s*(?:\d{1,2}|[ivx]{1,3}|he|phu|chinh|du\s*thinh|cuoi(?:\s*cung)?)\b)*)"
WEEKS_INTO_TERM_RE = re.compile(
    # "trong 4 tuần đầu của học kỳ", "trong tuần đầu tiên của HK hè", "trong 02 tuần đầu học kỳ"
    rf"\btrong\s*(?:(\d{{1,2}})\s*)?tuan\s*dau(?:\s*tien)?\s*(?:cua\s*)?{_TERM}"
    # "tuần thứ 04 tính từ đầu học kỳ", "ở tuần 5 của học kỳ"; "tháng thứ 3 của học kỳ 1"
    rf"|\b(tuan|thang)\s*(?:thu\s*)?(\d{{1,2}})\s*(?:(?:tinh|ke)\s*tu\s*dau|cua)\s*{_TERM}"
)


@on_match(WEEKS_INTO_TERM_RE)
def weeks_into_term(
    match: Match, phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions
) -> Rule | None:
    """ "trong 4 tuần đầu của học kỳ": 28 days after the term's start; "tháng thứ 3 của học kỳ 1": 3 months."""
    if find_date(phrase.text):
        return None
    if match.group(2) is not None:
        count, months, term = int(match.group(1) or 1), False, 2
    else:
        count, months, term = int(match.group(4)), match.group(3) == "thang", 5
    if count == 0:
        return None
    found.spans.append(match.span())
    name = "đầu " + phrase.words(*match.span(term))
    unit = "tháng" if months else "tuần"
    found.doubt(f"hạn tính theo {unit} thứ {count} của học kỳ: ngày bắt đầu học kỳ không ghi, cần người xác định")
    return Relative(name, count if months else 7 * count, months=months)
