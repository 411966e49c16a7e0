"""A recurring day written in the lunar calendar: "vào ngày 10 tháng 3 âm lịch hằng năm", "mùng 10 tháng Giêng hằng năm".

A recurring rule counts solar days: read from these words it gives the solar 10 March (or the end of March) every year,
while the lunar day falls on another solar day each year (10/3 âm lịch was 29/4 in 2023, 18/4 in 2024). A one-off lunar
date is converted by the date readers; a yearly lunar day is not, so a person gives its days.
"""

from __future__ import annotations

import re

from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.result import Found
from calendar_rules.rules import Recurring, Rule

LUNAR_RE = re.compile(r"\bam\s*lich\b|\bthang\s*(?:gieng|chap)\b")
WARNING = "ngày âm lịch lặp lại hằng năm: quy định tính theo dương lịch, cần người xác định ngày của từng năm"


def lunar_recurring(phrase: Folded, rule: Rule, found: Found) -> None:
    """Doubt a recurring rule read from a lunar day (its anchor a solar day or month)."""
    if isinstance(rule, Recurring) and rule.anchor != "end" and LUNAR_RE.search(phrase.text):
        found.doubt(WARNING)
