"""A report named by the period it covers: "nộp báo cáo tài chính cuối năm cho năm hoạt động", "báo cáo tài chính năm
2023", "BCTC quý I/2024". The period is the statement's (the books it closes), not when it is due (the law sets that
apart: 90 days after the year's end, 30 days after the quarter's); it is blanked (same length), and a due date written
beside it ("... trước ngày 31/3/2024") stays to be read.
"""

from __future__ import annotations

import re

from calendar_rules.parser.normalize import blank_matches
from calendar_rules.parser.patterns import YEAR

# the statement, then its period: "cuối năm", "năm 2023", "quý I/2024", "6 tháng đầu năm", "bán niên", "giữa niên độ"
STATEMENT_PERIOD_RE = re.compile(
    r"\b(?:bao\s*cao\s*tai\s*chinh|bctc)\s*(?:hop\s*nhat\s*|rieng\s*)?"
    rf"((?:cuoi\s*nam|nam)(?:\s*{YEAR})?|quy\s*(?:[ivx]{{1,3}}|\d)\b(?:\s*(?:/|nam)\s*{YEAR})?"
    rf"|6\s*thang\s*(?:dau|cuoi)\s*nam(?:\s*{YEAR})?)"
)


def mask_statement_periods(folded: str) -> str:
    """Blank the period named after a financial statement ("báo cáo tài chính cuối năm", "BCTC quý I/2024")."""
    return blank_matches(folded, STATEMENT_PERIOD_RE, 1, most=10)
