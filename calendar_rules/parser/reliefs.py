"""The span a relief is in force: a reduced or waived contribution, fee or tax, counted over months, no deadline.

"Thời gian thực hiện giảm mức đóng: 12 tháng, kể từ ngày 01 tháng 10 năm 2021 đến hết ngày 30 tháng 9 năm 2022" says
when employers pay less into a fund; nobody must do anything by its end (one was read as a certain range). A time label
over a task ("Thời gian thực hiện: từ ... đến ...") stays a task: only a label naming a relief is doubted.
"""

from __future__ import annotations

import re

from calendar_rules.parser.result import Found
from calendar_rules.rules import Range, Rule

RELIEF_SPAN_RE = re.compile(
    r"\bthoi\s*(?:gian|han)\s*(?:thuc\s*hien\s*|ap\s*dung\s*)?(?:viec\s*)?(?:giam|mien|gian|tam\s*dung\s*dong)\s*"
    r"(?:muc\s*dong|dong|thue|phi|le\s*phi|tien)\b"
)


def relief_span(text: str, rule: Rule, found: Found) -> None:
    """Send a span of a relief in force to review: the end of a rate's term, not a day to act by."""
    if isinstance(rule, Range) and RELIEF_SPAN_RE.search(text):
        found.doubt(
            "khoảng thời gian áp dụng mức giảm, miễn (mức đóng, thuế, phí): không phải hạn chót, cần người xác định"
        )
