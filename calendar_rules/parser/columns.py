"""A plan's table row ending with its date columns: a start and an end, due at the end.

"1.3 Đăng ký thực hiện LVThS/ĐATN HV đăng ký thực hiện LVThS/ĐATN 15/01/2026 20/01/2026", "2.1 Thực hiện ĐATN (03
tháng kể từ ngày ban hành QĐ giao đề tài) ... 23/02/2026 27/05/2026": the page's text layer puts a row's cells on
one line, the task first and its "Từ ngày" and "Đến ngày" cells last. Two full dates with only spaces between them,
closing a row that names a task, are those two cells: the row is due on the second (the rule a row may name beside
them, "03 tháng kể từ ...", is how the end was set). A convention, so ``inferred``.
"""

from __future__ import annotations

import datetime as dt
import re

from calendar_rules.parser.dates import safe_date
from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.patterns import SEP
from calendar_rules.parser.reader import Match, on_match
from calendar_rules.parser.result import Conventions, Found
from calendar_rules.rules import Range, Rule

_FULL = rf"(\d{{1,2}}){SEP}(\d{{1,2}}){SEP}(\d{{4}})"
# two full dates apart by spaces only, at the row's end
END_COLUMNS_RE = re.compile(rf"\s{_FULL}[ \t]+{_FULL}\s*[.;]?\s*$")
TASK_WORD_RE = re.compile(r"[a-z)]")


@on_match(END_COLUMNS_RE)
def end_columns(
    match: Match, phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions
) -> Rule | None:
    """A row's "from" and "to" cells at its end: a range due at the second."""
    if not TASK_WORD_RE.search(phrase.text, _after_last_digit(phrase.text, match.start()), match.start()):
        return None  # a task's words right before the cells, not another figure
    day, month, year, end_day, end_month, end_year = (int(value) for value in match.groups())
    start, end = safe_date(year, month, day), safe_date(end_year, end_month, end_day)
    if start is None or end is None or not start <= end <= start + dt.timedelta(days=2 * 366):
        return None
    found.spans.append((match.start(1), match.end(6)))
    found.convention("dòng bảng kết thúc bằng hai cột ngày (bắt đầu, kết thúc): hạn là ngày kết thúc")
    return Range(start, end)


def _after_last_digit(text: str, end: int) -> int:
    return max(text.rfind(digit, 0, end) for digit in "0123456789") + 1
