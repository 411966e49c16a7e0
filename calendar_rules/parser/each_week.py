"""A duty done on one weekday each week: its first such weekday from the issue date, for a person to confirm.

"d) Định kỳ báo cáo Thủ tướng Chính phủ ... vào thứ Sáu hàng tuần theo đề cương ...", "đ) Định kỳ thứ Hai hàng tuần
tổng hợp tình hình, kết quả thực hiện trình Đảng ủy Chính phủ ...", "Văn phòng Chính phủ xây dựng và ban hành chương trình
công tác tuần chậm nhất vào thứ Năm của tuần trước": one weekday, every week. The rules have no weekly frequency, so a
task repeated each week was read as a standing duty (``weekly``, ``duties``); the corpus readers, as for every
recurring duty, give its first occurrence on or after the issue date (a directive of Wednesday 20/5/2026: Friday 22/5,
Monday 25/5). That day is the reading, ``unsure``, with a warning that it repeats each week.

Two weekdays ("vào sáng Thứ Ba và sáng Thứ Sáu hàng tuần", "Thứ Hai và Thứ Năm hàng tuần"), an office's days ("từ thứ
hai đến thứ sáu hàng tuần"), a written date, and a sentence without a task word stay with the other readers.
"""

from __future__ import annotations

import datetime as dt
import re

from calendar_rules.parser.dates import weekday_number
from calendar_rules.parser.normalize import Folded, fold
from calendar_rules.parser.patterns import WEEKDAY, WRITTEN_DATE_RE
from calendar_rules.parser.reader import Match, on_match
from calendar_rules.parser.result import Conventions, Found
from calendar_rules.rules import FixedDate, Rule
from calendar_rules.vietnamese import WEEKDAYS_VI, format_day

WEEKDAY_RE = re.compile(rf"\b{WEEKDAY}\b")
# the weekday, then "hàng tuần" / "hằng tuần" / "mỗi tuần", or "(của) tuần trước" for what is due the week before
EACH_WEEK_RE = re.compile(rf"\b(?:ngay\s*)?({WEEKDAY})\s*(?:(?:hang|moi)\s*tuan|(?:cua\s*)?tuan\s*(?:lien\s*)?truoc)\b")
_TASK_RE = re.compile(r"\b(?:bao\s*cao|gui|nop|trinh|tong\s*hop|cap\s*nhat|ban\s*hanh|cong\s*bo|cham\s*nhat|phai)\b")
_SPAN_RE = re.compile(rf"\btu\s*{WEEKDAY}\s*(?:den|-|–)\s*{WEEKDAY}")
_DATE_RE = re.compile(rf"{WRITTEN_DATE_RE.pattern}|\bngay\s*\d{{1,2}}\b")


def _weekday(name: str) -> int:
    """The weekday a ``WEEKDAY`` match names, Monday 0, with or without a space after "thứ" ("thứ sáu", "thứsáu")."""
    return 6 if name.startswith("chu") else weekday_number(name.removeprefix("thu").strip())


@on_match(EACH_WEEK_RE)
def each_week(
    match: Match, phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions
) -> Rule | None:
    """One weekday every week, with a task: its first occurrence on or after the issue date, ``unsure``."""
    text = phrase.text
    if issued is None or _SPAN_RE.search(text) or not _TASK_RE.search(text):
        return None
    if _DATE_RE.search(fold(phrase.original).text):
        return None
    days = {_weekday(m.group(0)) for m in WEEKDAY_RE.finditer(text)}
    if len(days) != 1:
        return None
    day = days.pop()
    due = issued + dt.timedelta(days=(day - issued.weekday()) % 7)
    found.spans.append(match.span())
    found.doubt(
        f"việc lặp lại vào {WEEKDAYS_VI[day]} hằng tuần (quy tắc không có tần suất hằng tuần): hạn đọc là "
        f"{WEEKDAYS_VI[day]} đầu tiên từ ngày ban hành, {format_day(due)}; cần người xác nhận"
    )
    return FixedDate(due)
