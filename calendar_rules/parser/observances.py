"""The day that names an observance: "các hoạt động hưởng ứng Ngày sách Việt Nam 21/4", "Cuộc thi được tổ chức nhằm
hưởng ứng ngày Quốc tế Trẻ em gái 11/10", "chào mừng ngày thành lập Đoàn 26-3". Written after the observance's name,
without a year, the day and month are part of the name (the same each year), not when a task is due: blanked (same
length). A day written as a time of its own ("(ngày 26 tháng 6)", "vào ngày 21/4/2022") is left to be read.
"""

from __future__ import annotations

import re

from calendar_rules.parser.normalize import blank_matches

# a verb of honouring, "ngày" and a name in words, then the day and month with no year
OBSERVANCE_DAY_RE = re.compile(
    r"\b(?:huong\s*ung|chao\s*mung|ky\s*niem|nhan\s*dip)\s*ngay\s+(?!\d|le\b|hoi\b)[a-z][a-z\s]{2,50}?"
    r"(?<=[a-z])\s+(\d{1,2}\s*[/\-]\s*\d{1,2})\b(?!\s*[/\-.]\s*\d)"
)


def mask_observance_days(folded: str) -> str:
    """Blank the day and month that follow an observance's name ("hưởng ứng Ngày sách Việt Nam 21/4")."""
    return blank_matches(folded, OBSERVANCE_DAY_RE, 1, most=10)
