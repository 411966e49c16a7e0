"""A day that a state is told at ("đến ngày D, X (vẫn) chưa ..."), inside a duty that has its own time.

"h) Đề xuất phương án xử lý đối với kế hoạch vốn đầu tư nguồn vốn ngân sách trung ương năm 2026 đến ngày 15 tháng 5
năm 2026 các bộ, cơ quan, địa phương chưa phân bổ chi tiết; báo cáo Thủ tướng Chính phủ trong tháng 5 năm 2026." The
capital not yet allocated by 15/5 is what the task is about; the task is due in May (read as 15/5, the first time
written). The day before "chưa" (not yet) is blanked, same length, when another time is written: that one is the
duty's. A sentence that is only the state ("Đến ngày 4.1, Sở ... vẫn chưa nhận được báo cáo") has no other time and is
left to the refusal of figures reached (``states``).
"""

from __future__ import annotations

import re
from itertools import islice

from calendar_rules.parser.normalize import blank_spans
from calendar_rules.parser.patterns import TIME_TOKEN_RE

# "đến (hết) ngày" just before the time, then up to 80 characters (a list of subjects, commas and all), then "chưa"
_UNTIL_RE = re.compile(r"\bden\s*(?:het\s*)?(?:ngay\s*)?$")
_NOT_YET_RE = re.compile(r"^[^;.:]{0,80}?\bchua\b")
# the end of a span ("Thời gian tiêm phòng từ 10/5 đến 10/6 và tiêm bổ sung cho gia súc mới chưa được tiêm"), not a state
_FROM_RE = re.compile(r"\btu\b")
_LIMIT_RE = re.compile(r"\b(?:truoc|cham\s*nhat|han|phai|hoan\s*thanh)\b")


def mask_status_days(folded: str) -> str:
    """Blank a day that a state not yet reached is told at, when another time stays to be read."""
    tokens = list(islice(TIME_TOKEN_RE.finditer(folded), 12))
    spans = []
    for token in tokens:
        until = _UNTIL_RE.search(folded, max(0, token.start() - 14), token.start())
        after = _NOT_YET_RE.match(folded[token.end() :])
        span_end = until and _FROM_RE.search(folded, max(0, until.start() - 40), until.start())
        if until and after and not span_end and not _LIMIT_RE.search(after.group(0)):
            spans.append((until.start(), token.end()))
    if not spans or len(spans) == len(tokens):
        return folded
    return blank_spans(folded, spans)
