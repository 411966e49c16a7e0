"""Quarters listed as one time: "Thời gian hoàn thành: Quý IV/2025 và Quý I/2026;", "trong Quý 1 và Quý 2 năm 2024".

As months listed are ("trong tháng 11, tháng 12 năm 2025", the range readers), two quarters joined by "và", a comma or
"&", the second with its year, are one span: from the first quarter's first day to the last day of the second, the
first taking the second's year when it has none. A person confirms it (the first quarter may be a duty of its own, as
"Thời gian: Quý II, III/2024" may be two reports). A list that goes back in time, quarters that name tax or report
periods (masked before) and a list beside a written day are not spans.
"""

from __future__ import annotations

import datetime as dt
import re

from calendar_rules.parser.dates import find_date, roman
from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.patterns import ROMAN_QUARTER
from calendar_rules.parser.result import Conventions, Found
from calendar_rules.rules import Range, Rule

_QUARTER = rf"({ROMAN_QUARTER}|[1-4])\b"
QUARTER_LIST_RE = re.compile(
    rf"\bqu[yi]\s*{_QUARTER}(?:\s*(?:/|-|nam)\s*(\d{{4}}))?\s*(?:,|va|&)\s*(?:qu[yi]\s*)?{_QUARTER}"
    r"\s*(?:/|-|nam)\s*(\d{4})\b"
)
WARNING = "các quý liệt kê: hạn là cuối quý sau cùng, cần người xác nhận"


def _number(token: str) -> int:
    return int(token) if token.isdigit() else roman(token)


def quarter_list(phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions) -> Rule | None:
    """ "Quý IV/2025 và Quý I/2026": from 1/10/2025 to 31/3/2026."""
    if find_date(phrase.text):
        return None  # "... năm 2025 và năm 2026 trước ngày 15/12/2026": the day written is the deadline
    match = QUARTER_LIST_RE.search(phrase.text)
    if match is None:
        return None
    last_year, last = int(match.group(4)), _number(match.group(3))
    first_year, first = int(match.group(2) or last_year), _number(match.group(1))
    if (first_year, first) >= (last_year, last) or last_year - first_year > 1:
        return None
    found.spans.append(match.span())
    found.doubt(WARNING)
    end = dt.date(last_year, 12, 31) if last == 4 else dt.date(last_year, 3 * last + 1, 1) - dt.timedelta(days=1)
    return Range(dt.date(first_year, 3 * first - 2, 1), end)
