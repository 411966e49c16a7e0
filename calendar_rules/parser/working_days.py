"""A count of working days that no other reader took: "báo cáo UBND tỉnh trong 30 ngày làm việc.", "Thời gian hoàn
thành: 03 ngày làm việc.", "Trong 01 ngày làm việc từ ngày nhận hồ sơ hợp lệ", a procedure list's cell glued to the
procedure's name ("1Cấp giấy xác nhận nội dung quảng cáo thuốc thú y15 ngày làm việc").

Working days are counted only for delays: a task answered, a file handled, a procedure's processing time. A plain
"trong" (not "trong thời hạn"), a label ("Thời gian hoàn thành:") or no word at all before the count leaves it to
no reader of ``relative``; read last, before the duties without a time, such a count is a delay after the event named
after it ("từ ngày nhận hồ sơ hợp lệ") or, when none is named, after the event the document is about (a person sets
it: ``unsure`` either way). Not a minimum ("Ít nhất 03 ngày làm việc nếu ...": before or after what, the list's head
says), not a rate ("02 ngày làm việc/năm"), not the next or last working day of a rule, and not beside a date.
"""

from __future__ import annotations

import datetime as dt
import re

from calendar_rules.parser.dates import find_date
from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.reader import Match, on_match
from calendar_rules.parser.result import Conventions, Found
from calendar_rules.rules import Relative, Rule

# the count (maybe glued to the word before it in extracted tables), "ngày làm việc", then maybe the event it runs from
# (groups: count, event)
WORKING_COUNT_RE = re.compile(
    r"(?:\b|(?<=[a-z]))(?<![\d/.])(\d{1,3})\s*ngay\s*lam\s*viec\b(?!\s*(?:/|tiep|cuoi|dau|thu)\b)"
    r"(?:\s*[,(]?\s*(?:ke\s*|tinh\s*)?tu\s*((?:ngay|khi)\s*(?!\d)[a-z][^,;.()]{2,120}))?"
)
# a minimum before the count: "Ít nhất 03 ngày làm việc", "tối thiểu 02 ngày làm việc"
MINIMUM_RE = re.compile(r"\b(?:it\s*nhat|toi\s*thieu)\s*(?:la\s*)?$")


@on_match(WORKING_COUNT_RE)
def working_days(
    match: Match, phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions
) -> Rule | None:
    """ "báo cáo UBND tỉnh trong 30 ngày làm việc": 30 working days after an event a person names."""
    t = phrase.text
    if find_date(t) or MINIMUM_RE.search(t, max(0, match.start() - 16), match.start()):
        return None
    found.spans.append(match.span())
    event = ""
    if match.group(2):
        event = phrase.words(*match.span(2))
    found.doubt("số ngày làm việc không ghi rõ là thời hạn tính từ sự kiện nào: cần người xác định")
    return Relative(event or "sự kiện", int(match.group(1)), working=True)
