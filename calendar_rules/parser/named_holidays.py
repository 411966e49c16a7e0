"""A national holiday written with its own day: the day is part of the holiday's name, not a deadline.

"Kỷ niệm 75 năm Cách mạng Tháng 8 và Quốc Khánh 2/9", "nhằm giúp trẻ tìm hiểu về ý nghĩa của ngày quốc tế phụ nữ 8/3",
"ngày Quốc tế lao động 1/5": each holiday falls on the same day every
year, and a text that names it writes that day beside the name (``observances`` reads the form "hưởng ứng / chào mừng
ngày ... D/M"; these are the holidays named without "ngày" or without a verb of honouring before them). Only the
holiday's own day is blanked ("Quốc khánh 2/9", never "Quốc khánh 5/9"), and only when the phrase asks nothing of anyone:
"Thủ tướng giao các bộ ... chuẩn bị lễ khởi công ... chào mừng 80 năm Cách mạng tháng Tám và Quốc khánh 2/9" times a
task by the holiday, and keeps its day.
"""

from __future__ import annotations

import re
from itertools import islice

from calendar_rules.parser.citations import CLAUSE_CUE
from calendar_rules.parser.normalize import blank_spans

# a holiday's name and its day and month ("2/9", "2-9", "2.9"), with the year of an anniversary maybe after
_HOLIDAYS = (
    ("quoc\\s*khanh", 2, 9),
    ("quoc\\s*te\\s*phu\\s*nu", 8, 3),
    ("quoc\\s*te\\s*lao\\s*dong", 1, 5),
    ("quoc\\s*te\\s*thieu\\s*nhi", 1, 6),
    ("phu\\s*nu\\s*viet\\s*nam", 20, 10),
    ("nha\\s*giao\\s*viet\\s*nam", 20, 11),
    ("thuong\\s*binh\\s*(?:-|,)?\\s*liet\\s*si", 27, 7),
    ("(?:giai\\s*phong\\s*mien\\s*nam|mien\\s*nam\\s*hoan\\s*toan\\s*giai\\s*phong)", 30, 4),
    ("cach\\s*mang\\s*thang\\s*(?:8|tam)", 19, 8),
)
HOLIDAY_DAY_RE = re.compile(
    "|".join(
        rf"\b{name}\s*\(?\s*((?:ngay\s*)?0?{day}\s*[/.\-]\s*0?{month})\b(?!\s*[/.\-]\s*\d)"
        for name, day, month in _HOLIDAYS
    )
)
# the August Revolution's month, which is part of its name ("Cách mạng Tháng 8")
# (Hùng Kings' day, "Giỗ Tổ Hùng Vương (mùng 10 tháng 3 âm lịch)", a lunar date alone in its phrase, stays a reading for
# review: ``test_failure_classes`` holds it as the case of a date with no deadline word)
NAMED_MONTH_RE = re.compile(r"\bcach\s*mang\s*(thang\s*(?:8|tam))\b(?!\s*[/.\-]\s*\d)")


def mask_holiday_names(folded: str) -> str:
    """Blank (same length) a national holiday's own day written beside its name, when nothing is asked of anyone."""
    if CLAUSE_CUE.search(folded):
        return folded
    spans = []
    for pattern in (HOLIDAY_DAY_RE, NAMED_MONTH_RE):
        for match in islice(pattern.finditer(folded), 10):
            group = next(i for i in range(1, (pattern.groups or 0) + 1) if match.group(i))
            spans.append(match.span(group))
    return blank_spans(folded, spans) if spans else folded
