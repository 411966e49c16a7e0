"""A practice that ends from a day on: when something stops being done, not a day anyone acts by.

"Như vậy, sẽ tiến hành kết thúc việc sử dụng người hoạt động không chuyên trách ở cấp xã hiện nay kể từ ngày
01/8/2025." tells from when a practice is no more, as an effective date tells from when a rule holds: no task is due
then (read as that day, certain, its "kết thúc" taken for a deadline word). "kết thúc hoạt động của đơn vị hành chính
cấp huyện từ ngày 01/7/2025" is the same.

The end ("kết thúc", "chấm dứt", "dừng", "ngừng", "thôi") of an activity ("việc", "hoạt động", "sử dụng", "thu",
"áp dụng") comes before "(kể) từ ngày D". What ends by a day is a deadline and stays one ("Kết thúc hoạt động ... trước
ngày 31 tháng 5 năm 2026", "Ngày 27/5/2017: Kết thúc việc kiểm tra ..."); so does a span ("từ ... đến ..."), a limit
("chậm nhất", "trước", "phải") or another day after the start.
"""

from __future__ import annotations

import re

from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.patterns import TIME_TOKEN_RE

_END = r"(?:ket\s*thuc|cham\s*dut|(?<!su )dung|ngung|thoi)"  # (not "sử dụng")
_ACTIVITY = r"(?:viec|hoat\s*dong|su\s*dung|thu|ap\s*dung|thuc\s*hien|to\s*chuc)"
# the end, then within the clause "(kể) từ (ngày) D"
ENDS_FROM_RE = re.compile(rf"\b{_END}\s*{_ACTIVITY}\b[^.;:]{{0,160}}?\b(?:ke\s*)?tu\s*(?:ngay\s*)?\d")
_LIMIT_RE = re.compile(
    r"\b(?:truoc|cham\s*nhat|muon\s*nhat|han\s*(?:chot|cuoi)|thoi\s*han|phai|hoan\s*thanh|xong)\b"
    r"|\b(?:den|toi)\s*(?:het\s*)?(?:ngay|thang|nam|quy)\b|\d\s*(?:-|–|den)\s*\d"
)


def practice_ended(phrase: Folded) -> str | None:
    """Why the phrase tells from when a practice ends (no deadline), or None."""
    text = phrase.text
    end = ENDS_FROM_RE.search(text)
    if not end or _LIMIT_RE.search(text):
        return None
    if sum(1 for _ in TIME_TOKEN_RE.finditer(text, end.end() - 1)) > 1:
        return None  # another day after the start
    return "thời điểm chấm dứt một việc, một hoạt động (kết thúc ... kể từ ngày ...): không phải hạn chót"
