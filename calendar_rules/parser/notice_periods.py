"""A notice period: at least so many days' warning before an act the phrase does not date.

The Labour Code's lists ("phải báo trước cho người sử dụng lao động: a) Ít nhất 45 ngày nếu làm việc theo hợp đồng lao
động không xác định thời hạn; b) Ít nhất 30 ngày nếu ...; c) Ít nhất 03 ngày làm việc nếu ...") give each case its
minimum notice as a list item that opens with the count and goes on with the case ("nếu", "đối với"); the sentence that
says it whole writes "báo trước ... ít nhất 45 ngày". Either is counted back from the act given notice of (leaving, ending
the contract), whose day is not written: negative days, for a person to confirm. A count before a named event ("ít nhất
30 ngày trước khai mạc") or after one ("kể từ ngày ...") is for the other readers, and a written date wins.
"""

from __future__ import annotations

import datetime as dt
import re

from calendar_rules.parser.dates import find_date
from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.result import Conventions, Found
from calendar_rules.rules import Relative, Rule

_MINIMUM = r"(?:it\s*nhat|toi\s*thieu)\s*(?:la\s*)?(\d{1,3})\s*(ngay|thang)\b(\s*lam\s*viec\b)?"
# the count opening a list item, then the case it is for: "a) Ít nhất 45 ngày nếu ...", "Ít nhất 120 ngày đối với ..."
LIST_ITEM_RE = re.compile(rf"^[\s\-+•*]*(?:[a-z]\s*\)\s*|\d{{1,2}}\s*[.)]\s*)?{_MINIMUM}\s*,?\s*(?:neu|doi\s*voi)\b")
# "phải báo trước (cho người sử dụng lao động) ít nhất 45 ngày": a few words between, no number
NOTICE_RE = re.compile(rf"\bbao\s*truoc\b(?:\s*(?!(?:it|toi)\b)[a-z]+){{0,8}}?\s*{_MINIMUM}")
# the count's own event, for the readers of counts before or after one
_EVENT_AFTER = re.compile(r"\s*(?:truoc|sau|ke\s*tu|tinh\s*tu)\b")

WARNING = "thời hạn báo trước tối thiểu, không ghi mốc: tính lùi trước việc được báo, cần người xác định ngày"


def notice_period(phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions) -> Rule | None:
    """ "Ít nhất 45 ngày nếu làm việc theo HĐLĐ không xác định thời hạn;": 45 days before the act, for a person."""
    text = phrase.text
    match = LIST_ITEM_RE.search(text) or NOTICE_RE.search(text)
    if match is None or _EVENT_AFTER.match(text, match.end(3) if match.group(3) else match.end(2)) or find_date(text):
        return None
    found.spans.append(match.span())
    found.doubt(WARNING)
    months = match.group(2) == "thang"
    return Relative(
        "việc được báo trước", -int(match.group(1)), working=bool(match.group(3)) and not months, months=months
    )
