"""A plan's task table row whose last cell is the year or years the task is to be done in.

"Rà soát xây dựng, điều chỉnh các quy hoạch ngành ... . Các bộ, UBND các tỉnh, thành phố Các bộ, cơ quan, địa phương
Năm 2026 - 2027", "... Bộ Tài chính, Bộ Xây dựng Các bộ, cơ quan, địa phương Giai đoạn 2026 - 2030": an appendix of
tasks (Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành) whose cells the text layer runs together
on one line. The task cell ends with its period; the agencies' cells follow, beginning with a body ("Bộ ...", "Các
bộ", "UBND ..."); the last cell, capitalised with no punctuation before it (a new cell, not a word of the sentence), is
the time: "Năm 2026" is due at that year's end, a span of years ("Năm 2026 - 2027", "Giai đoạn 2026 - 2030") at the end
of its last year, a convention (``inferred``; the audit holds a "giai đoạn" for review). "Năm 2026 và các năm tiếp
theo" sets no end: a standing duty from then on, for a person to confirm. Another layout numbers the row and ends it
with a bare year or span of years after the person in charge ("2 Xây dựng Thông tư ... Bộ Khoa học và Công nghệ Các bộ,
ngành có liên quan Bộ trưởng Bộ Khoa học và Công nghệ 2026"): the same convention.
"""

from __future__ import annotations

import datetime as dt
import re

from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.result import Conventions, Found
from calendar_rules.rules import Continuous, EndOfPeriod, Rule

# the time cell closing the row (groups: its word, first year, last year, "và các năm tiếp theo")
TIME_CELL_RE = re.compile(
    r"(?<=[a-z0-9)&])\s+(nam|giai\s*doan)\s*(20\d\d)(?:\s*[-\u2013\u2014]\s*(?:nam\s*)?(20\d\d))?"
    r"(\s*va\s*(?:cac|nhung)\s*nam\s*tiep\s*theo)?\s*[.;]?\s*$"
)
# the agencies' cells after the task's period: a body first ("Bộ NN&MT", "Các bộ, cơ quan", "UBND các tỉnh")
AGENCIES_RE = re.compile(
    r"\.\s+(?:cac\s*)?(?:bo|so|ubnd|uy\s*ban|ban|cuc|tong\s*cuc|ngan\s*hang|co\s*quan|dia\s*phuong)\b[^.;:]{0,200}$"
)


def year_column(phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions) -> Rule | None:
    """The row's time cell (see the module's docstring), or None."""
    text = phrase.text
    cell = TIME_CELL_RE.search(text)
    if not cell:
        return _bare_year_cell(phrase, found)
    if not AGENCIES_RE.search(text, 0, cell.start(1)):
        return None
    head = phrase.original[phrase.span(*cell.span(1))[0]]
    if not head.isupper():
        return None  # "..., địa phương năm 2026": a word of the sentence, not a cell of its own
    first, last = int(cell.group(2)), int(cell.group(3) or cell.group(2))
    if not first <= last <= first + 10:
        return None
    found.spans.append((cell.start(1), cell.end(4) if cell.group(4) else cell.end(3) if cell.group(3) else cell.end(2)))
    if cell.group(4):
        found.doubt(f"cột thời gian của dòng bảng nhiệm vụ ghi từ năm {first} và các năm tiếp theo: không có hạn chót")
        return Continuous(None)
    found.convention(f"cột thời gian cuối dòng bảng nhiệm vụ: hạn là cuối năm {last}")
    return EndOfPeriod(str(last))


# the other layout: a numbered row ("2 Xây dựng Thông tư ...") whose last cell is a bare year or span of years after the
# agencies and the person in charge ("... Bộ trưởng Bộ Khoa học và Công nghệ 2026", "... Bộ tiêu chí 2026 - 2030")
NUMBERED_ROW_RE = re.compile(r"^\s*(?:[IVX]{1,4}\.\s*)?\d{1,2}\.?\s+[A-ZĐ]")
BARE_YEAR_CELL_RE = re.compile(r"(?<![\d/.\-])\s(20\d\d)(?:\s*-\s*(20\d\d))?\s*[.;]?\s*$")
BODY_RE = re.compile(r"(?:Bộ|UBND|Ủy ban|Sở|Cục|Tổng cục|Ngân hàng|Viện|Văn phòng|Thanh tra|Đài|Hội|Ban)\s+[A-ZĐ]")
# a word that makes the year part of a name, not a cell: "năm học 2025 - 2026", "giai đoạn 2021 - 2025", "Luật ... 2025"
NAMING_WORD_RE = re.compile(r"\b(?:nam|hoc|doan|khoa|ky|so|tu|dinh|luat|den)\s*$")


def _bare_year_cell(phrase: Folded, found: Found) -> Rule | None:
    """The numbered row's bare year cell, due at the end of its last year (a convention), or None."""
    cell = BARE_YEAR_CELL_RE.search(phrase.text)
    if not cell or not NUMBERED_ROW_RE.match(phrase.original) or NAMING_WORD_RE.search(phrase.text, 0, cell.start()):
        return None
    before = phrase.original[max(0, phrase.span(cell.start(), cell.start())[0] - 200) : phrase.span(*cell.span(1))[0]]
    first, last = int(cell.group(1)), int(cell.group(2) or cell.group(1))
    if not BODY_RE.search(before) or not first <= last <= first + 10:
        return None
    found.spans.append((cell.start(1), cell.end(2) if cell.group(2) else cell.end(1)))
    found.convention(f"cột thời gian cuối dòng bảng nhiệm vụ: hạn là cuối năm {last}")
    return EndOfPeriod(str(last))


def year_cell_at(phrase: Folded, start: int) -> bool:
    """ "Năm" capitalised after a lower-case word, at folded ``start``: a table's time cell the text layer ran into the
    row ("... trên phạm vi toàn quốc Năm 2026 1. Bộ Tài chính ..."), not a word of the sentence."""
    at = phrase.span(start, start + 1)[0]
    before = phrase.original[max(0, at - 2) : at]
    return phrase.original[at : at + 1] == "N" and len(before) == 2 and before[1] == " " and before[0].islower()
