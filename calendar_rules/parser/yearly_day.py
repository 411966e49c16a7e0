"""A yearly day written without "ngày": "công bố bằng văn bản trước 15 tháng 01 hàng năm".

Legal texts drop "ngày" before a day and month of each year now and then; the date finder wants "ngày" (or a year, "15
tháng 01 năm 2027") to take "15 tháng 01" as a date, so a yearly rule read only the month ("tháng 01 hàng năm": the end
of January, said as certain) and lost its day. After a deadline word ("trước", "chậm nhất", "vào", "đến") and before
"hằng năm" ("mỗi năm"), the day and month are the rule's day; "trong 15 tháng" (a count) is no such day.
"""

from __future__ import annotations

import re

from calendar_rules.parser.dates import DateMatch

YEARLY_DAY_RE = re.compile(
    r"\b(?:truoc|cham\s*nhat|muon\s*nhat|vao|den(?:\s*het)?)\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*"
    r"(?=(?:cua\s*)?(?:hang|moi)\s*nam\b)"
)


def yearly_day(text: str) -> DateMatch | None:
    """The day and month of "trước 15 tháng 01 hàng năm" as a date without its year, or None."""
    match = YEARLY_DAY_RE.search(text)
    if match is None or not (1 <= int(match.group(1)) <= 31 and 1 <= int(match.group(2)) <= 12):
        return None
    return DateMatch(int(match.group(1)), int(match.group(2)), None, match.start(1), match.end(2), match.group(0))
