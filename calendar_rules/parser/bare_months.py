"""A month written as "M/YYYY" without the word "tháng", as a stage's or a plan's time in brackets or after a colon.

"Giai đoạn 2: Xét chọn (3/2018 - 4/2018)", "Giai đoạn 3: ... trao giải (5/2018).", "hoàn thành sớm hơn kế hoạch đề ra
(12/2017)", "đại hội ... tháng trong 11/2025": each is the month "tháng M/YYYY" (a range of two, its second), read by the
ordinary readers once "tháng" is put before it. Only a month that stands where a time stands is spelled: in brackets,
after a colon, a dash that opens the text, or a time word ("trong", "vào", "đến", "trước", "từ", "hết"); a document's
number ("số 12/2017", "Nghị quyết 05/2017/NQ-CP"), a batch ("đợt 1/2026") or a day ("15/3/2018") is not a month. Reading
"M/YYYY" as a month is a convention, said in a warning.
"""

from __future__ import annotations

import re

from calendar_rules.parser.citations import DOC_WORDS
from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.patterns import YEAR

# the month and its four-digit year, not part of a day's date ("15/3/2018") nor of a code ("05/2017/NQ-CP", "3/2018-KH")
_MONTH = rf"(?:0?[1-9]|1[0-2])\s*/\s*{YEAR}(?![\d/]|\s*-\s*[a-z])"
# where a time stands: an opening bracket, a colon, the start of the text, or a time word
_BEFORE = r"(?:^|[(:]|\b(?:trong|vao|den|het|truoc|tu)\b)\s*"
# a document's word right before: "Nghị quyết (05/2017)", "Kế hoạch số: 3/2018" are numbers, not months
_DOCUMENT_BEFORE = re.compile(rf"\b(?:{DOC_WORDS})\s*(?:so\s*)?[(:]?\s*$")
BARE_MONTH_RE = re.compile(rf"{_BEFORE}({_MONTH})")
# the second month of a range written the same way: "(3/2018 - 4/2018)"
SECOND_RE = re.compile(rf"\s*[-–]\s*({_MONTH})")

WARNING = "tháng viết dạng 'M/YYYY' không có chữ 'tháng': đọc là tháng đó"


def spell_bare_months(phrase: Folded) -> Folded | None:
    """The phrase with "thang " put before each bare month, or None when it has none."""
    starts: list[int] = []
    for match in BARE_MONTH_RE.finditer(phrase.text):
        if _DOCUMENT_BEFORE.search(phrase.text, max(0, match.start(1) - 30), match.start(1)):
            continue
        starts.append(match.start(1))
        second = SECOND_RE.match(phrase.text, match.end(1))
        if second:
            starts.append(second.start(1))
    if not starts:
        return None
    text: list[str] = []
    origin: list[int] = []
    last = 0
    for start in starts:
        text.append(phrase.text[last:start] + "thang ")
        origin.extend(phrase.origin[last:start])
        origin.extend([phrase.origin[start]] * len("thang "))
        last = start
    text.append(phrase.text[last:])
    origin.extend(phrase.origin[last:])
    return Folded("".join(text), tuple(origin), phrase.original)
