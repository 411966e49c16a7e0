"""A grade written with a decimal point, not a day and month: "... với điểm trung bình từ 7.5 trở lên theo thang điểm 10
hoặc từ 3 trở lên theo thang điểm 4", "điểm trung bình >=7.0". "7.5" reads like the 7th of May; after a grade's name
("điểm trung bình", "điểm tích lũy", "GPA") and before what bounds a grade ("trở lên", "điểm", "/10", "theo thang điểm")
it is a score, blanked (same length). A place called "điểm" ("các điểm tiếp nhận ... trước 15.3") is no grade's name.
"""

from __future__ import annotations

import re

from calendar_rules.parser.normalize import blank_matches

# the grade's name, a comparison, the score (group 1), then what bounds a grade
SCORE_RE = re.compile(
    r"\b(?:diem\s*(?:trung\s*binh|tb|tich\s*luy|hoc\s*tap|xet\s*tuyen)|gpa)\b\s*(?:chung\s*)?(?:hoc\s*tap\s*)?"
    r"(?:tu|dat|la|>=|≥|>|tren|toi\s*thieu)?\s*(\d{1,2}[.,]\d{1,2})\b(?!\s*[/.\-]\s*\d)"
    r"(?=\s*(?:tro\s*len|diem\b|/\s*(?:10|4)\b|theo\s*thang|tren\s*thang|\(|,|;|\.|$))"
)


def mask_scores(folded: str) -> str:
    """Blank (same length) a decimal grade after its name ("điểm trung bình từ 7.5 trở lên")."""
    return blank_matches(folded, SCORE_RE, 1, most=10)
