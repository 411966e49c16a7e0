"""An hour of the document's own day: "trước 15h hôm nay", "trước 20h tối nay", "chậm nhất 17 giờ chiều nay"; the day
itself named as the last: "hôm nay là hạn cuối xác nhận nhập học", "Hạn chót nộp hồ sơ là hôm nay".

Urgent telegrams (a storm, a flood) give their duties hours, not dates: "Các tàu thuyền ... phải về bờ neo đậu ...
trước 20h tối nay", "Thủ tướng yêu cầu trước 15h hôm nay phải hoàn thành sơ tán dân cư". "Hôm nay" is the day the
text was issued, so the duty is due that day. The issue date of a news page may be approximate and "hôm nay" may be
the reporter's day rather than the telegram's, so the reading is ``unsure`` (a person confirms the day). "cùng ngày"
(the same day) names a day written in another sentence, unknown here: not read. Without an issue date, nothing is read.
"""

from __future__ import annotations

import datetime as dt
import re

from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.patterns import CLOCK_TIME
from calendar_rules.parser.result import Conventions, Found
from calendar_rules.rules import FixedDate, Rule
from calendar_rules.vietnamese import format_day

_PART = r"(?:sang|chieu|toi|trua|dem)"
TODAY_HOUR_RE = re.compile(
    rf"\b(?:truoc|cham\s*nhat|den|toi\s*da|xong\s*truoc)\s*(?:la\s*)?(?:luc\s*)?{CLOCK_TIME}\s*"
    rf"(?:{_PART}\s*)?(?:ngay\s*)?(?:hom\s*nay|{_PART}\s*nay)\b"
)
# the day itself named as the last: "hôm nay là hạn cuối xác nhận nhập học", "Hạn chót nộp hồ sơ là hôm nay" (group 1:
# "hôm nay", the day read; the page-date check then sees the deadline words around it)
TODAY_IS_LAST_RE = re.compile(
    r"\b(hom\s*nay)\s*(?:la\s*)?(?:ngay\s*)?(?:han\s*(?:cuoi|chot)|ngay\s*cuoi|cuoi\s*cung)\b"
    r"|\b(?:han\s*(?:cuoi|chot)|ngay\s*cuoi(?:\s*cung)?)\b[^.;]{0,80}?\bla\s*(?:ngay\s*)?(hom\s*nay)\b"
)


def today_hour(phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions) -> Rule | None:
    """The issue day, for a deadline at an hour of "hôm nay" ("today") or "hôm nay" named as the last day; None
    otherwise."""
    match = TODAY_HOUR_RE.search(phrase.text)
    last = None if match else TODAY_IS_LAST_RE.search(phrase.text)
    match = match or last
    if not match or issued is None:
        return None
    found.spans.append(last.span(last.lastindex or 0) if last else match.span())
    a, b = phrase.span(*match.span())
    words = " ".join(phrase.original[a:b].split())
    found.doubt(f"'{words}': hạn trong ngày ban hành văn bản ({format_day(issued)}), cần xác nhận ngày")
    return FixedDate(issued)
