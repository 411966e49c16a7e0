"""A deadline before the Lunar New Year of a year written: "phải hoàn thành trước Tết Nguyên đán 2018", "cố gắng bàn
giao căn hộ cho người mua trước Tết Nguyên đán 2021", "trước Tết Bính Ngọ 2026".

Tết Nguyên đán is the first day of the first lunar month, a solar date that moves each year (16/2/2018, 12/2/2021);
works, payments and handovers are promised before it. "trước Tết ... YYYY" is read as "trước ngày" that day: the day
before it (the lenient convention: that day), with the conversion said in a warning (``inferred``; ``audit`` still
doubts a news item's wording). Without a year ("xét hỗ trợ trước Tết") the Tết meant is not written: left to the
other readers. A lunar day of Tết ("mùng 5 Tết") is ``single``'s.
"""

from __future__ import annotations

import datetime as dt
import re

from calendar_rules.parser.dates import solar_of_lunar
from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.patterns import YEAR
from calendar_rules.parser.reader import Match, on_match
from calendar_rules.parser.result import Conventions, Found
from calendar_rules.rules import Before, Rule
from calendar_rules.vietnamese import format_day

# "trước (dịp) Tết (Nguyên đán) (Canh Tý) (năm) 2020" (group: the year)
BEFORE_TET_RE = re.compile(
    rf"\btruoc\s*(?:dip\s*)?tet\s*(?:nguyen\s*dan\s*)?(?:[a-z]{{2,5}}\s+[a-z]{{2,4}}\s+)?(?:nam\s*)?({YEAR})\b"
    r"(?!\s*[/\-.]\s*\d)"
)


@on_match(BEFORE_TET_RE)
def before_tet(
    match: Match, phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions
) -> Rule | None:
    """ "hoàn thành trước Tết Nguyên đán 2018": before 16/2/2018, the first day of that lunar year."""
    tet = solar_of_lunar(int(match.group(1)), 1, 1)
    if tet is None:
        return None
    found.spans.append(match.span())
    found.convention(f"Tết Nguyên đán {match.group(1)} là ngày {format_day(tet)}")
    return Before(tet, lenient=conventions.before_is_inclusive)
