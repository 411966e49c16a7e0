"""Numbers that write no time of a duty: the year inside a legal document's number or a law's name, and a section's
number opening an item ("1.1. Tiếp tục tổ chức quán triệt ...", not the day and month 1/1). For example: "... phải tuân theo quy định về nguồn tin được quy
định tại khoản 18 Điều 3, khoản 2 Điều 20 Nghị định số 72/2013/NĐ-CP; ...", "... thực hiện đúng yêu cầu, tiến độ tại
Kế hoạch, bảo đảm ... theo quy định tại Nghị định số 61/2018/NĐ-CP."

Vietnamese legal documents are numbered "number/year/code" ("72/2013/NĐ-CP", "25/2019/TT-BTNMT") and laws are named by
their year ("Luật Phòng, chống tham nhũng 2018"); the year says when the cited document was passed, not when the duty
beside it is due. ``duties`` reads a duty only when no time is written
(a year alone is a time to it, and "1.1" a day and month): the number's year and the section's number are blanked
(same length) for that test only, so that a duty citing its legal basis, or numbered as a plan's section, is still read
(continuous, unsure). A year of its own ("trong năm 2024", "năm 2018") and a date ("ngày 1.1.2024") still count.
"""

from __future__ import annotations

import re

from calendar_rules.parser.patterns import YEAR

# "72/2013/NĐ-CP" folded: "72/2013/nd-cp"; a law named by its year, "Luật Phòng, chống tham nhũng 2018", "Bộ luật Lao
# động 2019" (group: the year)
NUMBER_YEAR_RE = re.compile(
    rf"\b\d{{1,5}}\s*/\s*({YEAR})\s*/\s*(?=[a-z])"
    rf"|\b(?:bo\s*)?luat\s+(?!so\b)[a-z][a-z ,]{{2,50}}?\s(?:nam\s*)?({YEAR})\b(?!\s*[/\-.]\s*\d)"
)


def blank_number_years(text: str) -> str:
    """Blank (same length) the year of each document number or law: "số 72/2013/nd-cp" → "số 72/    /nd-cp"."""

    def blank(match: re.Match[str]) -> str:
        at = 1 if match.group(1) else 2
        start, end = match.start(at) - match.start(), match.end(at) - match.start()
        return match.group(0)[:start] + " " * (end - start) + match.group(0)[end:]

    return NUMBER_YEAR_RE.sub(blank, text)


# "1.1. Tiếp tục ...", "4.3. Tần suất ...": a section's number opening the item (then a word, not a year: "1.1.2024")
SECTION_NUMBER_RE = re.compile(r"^[\s\-+•*]*\d{1,2}\.\d{1,2}\.?(?=\s+[^\W\d])")


def blank_section_number(text: str) -> str:
    """Blank (same length) the section's number that opens an item: "1.1. Tiếp tục ..." → "    . Tiếp tục ..."."""
    return SECTION_NUMBER_RE.sub(lambda m: " " * len(m.group(0)), text)
