""" "Mùng" (or "mồng") before a day of a solar date: the colloquial word for days 1 to 10, not a lunar day.

"vào ngày mùng 2 hằng tháng" (the pension's transfer day), "Từ ngày mùng 10-12/7": the day of each month, the days of
July; only "mùng 10 tháng Giêng", "mùng 5 Tết", "mùng 10 tháng 3 âm lịch" are lunar. The word is blanked (same length)
where a solar month follows the day (a slash and a month, or "hằng tháng", "mỗi tháng", "các tháng") and nothing in the
phrase is lunar, so the day reads as any written day does.
"""

from __future__ import annotations

import re

SOLAR_MUNG_RE = re.compile(r"\b(?:mung|mong)(?=\s*\d{1,2}\b\s*(?:[/\-]\s*\d{1,2}|(?:hang|moi|cac)\s*thang\b))")
LUNAR_RE = re.compile(r"\bam\s*lich\b|\bthang\s*(?:gieng|chap)\b|\btet\b|\bal\b")


def mask_solar_mung(folded: str) -> str:
    """The folded phrase with "mùng" before a solar day blanked."""
    if LUNAR_RE.search(folded):
        return folded
    return SOLAR_MUNG_RE.sub(lambda m: " " * len(m.group(0)), folded)
