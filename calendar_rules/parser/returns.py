"""Returns due after the period they report on: tax, statistics and insurance returns.

| phrase | rule |
|---|---|
| "chậm nhất là ngày thứ 20 của tháng tiếp theo tháng phát sinh", "Ngày 12 tháng sau tháng báo cáo" | every month at after:1:day:20 |
| "ngày 10 của tháng kế tiếp 1 quý", "trước ngày 15 tháng đầu quý sau" | every quarter at after:1:day:10 (offset −1d) |
| "ngày cuối cùng của tháng đầu quý tiếp theo" | every quarter at after:1 |
| "Trước ngày 10 tháng đầu tiên các quý" | every quarter at month:1:day:10 offset −1d |
| "ngày cuối cùng của tháng thứ 3 kể từ ngày kết thúc năm dương lịch" | every year at after:3 |
| "ngày thứ 10 kể từ ngày kết thúc quý" | every quarter at end offset +10d (``unsure``: "N ngày kể từ ngày kết thúc quý" is a delay) |
| "Báo cáo năm gửi chậm nhất ngày 15 tháng 01 năm sau" | every year at after:1:day:15 |
| "trước ngày 10 tháng 01 của năm sau" (no period named) | every year at after:1:day:10 offset −1d (``unsure``) |
| "ngày thứ 30 của quý tiếp theo quý phát sinh" | every quarter at end offset +30d |
| "trong vòng 5 ngày đầu của tháng kế tiếp" | every month at after:1:day:5 |
| "ngày thứ 30 của tháng đầu tiên của năm dương lịch" | every year at after:1:day:30 |

The period comes from the words after "tháng sau" ("tháng báo cáo", "1 quý", "quý phát sinh"),
or else from the phrase's frequency ("Tờ khai quý:", "báo cáo tháng", "hằng tháng"); without
either it is read as monthly, for review. Each pattern is anchored on "ngày" and bounded.
"""

from __future__ import annotations

import datetime as dt
import re

from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.patterns import (
    BEFORE_RE,
    COUNTED_FROM,
    FREQUENCIES,
    NEXT,
    PERIOD_WORD,
    RETURN_NAME,
    ROMAN_QUARTER,
    TERM_WORD,
)
from calendar_rules.parser.result import Conventions, Found
from calendar_rules.parser.set_apart import outside_set_apart
from calendar_rules.rules import Recurring, Rule

_DAY = r"\bngay\s*(?:thu\s*)?(\d{1,2}|cuoi\s*cung)\s*(?:cua\s*)?"
# "kể từ (ngày) kết thúc quý": from the end of the period (group: its word)
_FROM_END = rf"{COUNTED_FROM}\s*(?:ngay\s*)?ket\s*thuc\s*({PERIOD_WORD})\b"
# "ngày 20 của tháng tiếp theo (tháng phát sinh)", "ngày 10 của tháng kế tiếp 1 quý"
NEXT_MONTH_RE = re.compile(rf"{_DAY}thang\s*{NEXT}\b(?:\s*(?:cua\s*)?(?:\d\s*|mot\s*|moi\s*)?({TERM_WORD})\b)?")
# "ngày cuối cùng của tháng đầu (của) quý tiếp theo", "ngày 15 tháng thứ hai của quý sau"
MONTH_OF_NEXT_RE = re.compile(
    rf"{_DAY}thang\s*(?:dau\s*(?:tien\s*)?|thu\s*(\d{{1,2}}|hai|ba)\s*)(?:cua\s*)?(quy|nam)\s*"
    rf"(?:{NEXT}|duong\s*lich|tai\s*chinh)\b"
)
# "Trước ngày 10 tháng đầu tiên các quý, báo cáo ... quý trước": a day of a month of each quarter (groups: day, nth)
MONTH_OF_EACH_RE = re.compile(
    rf"{_DAY}thang\s*(?:dau\s*(?:tien\s*)?|thu\s*(\d{{1,2}}|hai|ba)\s*)(?:cua\s*)?(?:cac|moi|hang)\s*quy\b"
)
# "nộp cho bên A trong vòng 5 ngày đầu của tháng kế tiếp": by the N-th day of the next period
FIRST_DAYS_OF_NEXT_RE = re.compile(rf"\b(\d{{1,2}})\s*ngay\s*dau\s*(?:tien\s*)?(?:cua\s*)?({PERIOD_WORD})\s*{NEXT}\b")
# "ngày thứ 30 của quý tiếp theo quý phát sinh": the N-th day of the next period, N days after the period's end
DAY_OF_NEXT_RE = re.compile(rf"\bngay\s*thu\s*(\d{{1,3}})\s*(?:cua\s*)?(quy|nam)\s*{NEXT}\b")
# "ngày cuối cùng của tháng thứ 3 kể từ ngày kết thúc năm dương lịch (năm tài chính)"
MONTH_AFTER_END_RE = re.compile(rf"{_DAY}thang\s*thu\s*(\d{{1,2}}|hai|ba|tu)\s*{_FROM_END}")
# "ngày thứ 10 kể từ ngày kết thúc quý": N days after the period's end
DAY_AFTER_END_RE = re.compile(rf"\bngay\s*thu\s*(\d{{1,3}})\s*{_FROM_END}")
# "Báo cáo năm gửi chậm nhất ngày 15 tháng 01 năm sau": a day of the year after, for a yearly return
NEXT_YEAR_DAY_RE = re.compile(rf"\bngay\s*(\d{{1,2}})\s*(?:thang\s*|[/.\-]\s*)(\d{{1,2}})\s*(?:cua\s*)?nam\s*{NEXT}\b")
YEARLY_RE = re.compile(rf"\b(?:(?:{RETURN_NAME}|quyet\s*toan)\s*nam|(?:hang|moi)\s*nam)\b(?!\s*\d)")
FREQ_OF_WORD = {"thang": "monthly", "quy": "quarterly", "nam": "annual"}
ORDINALS = {"hai": 2, "ba": 3, "tu": 4}
# the phrase's own frequency: "Tờ khai quý:", "báo cáo tháng", "hằng quý"
RETURN_FREQ = (
    (re.compile(rf"\b{RETURN_NAME}\s*quy\b(?!\s*(?:{ROMAN_QUARTER}|\d))"), "quarterly"),
    (re.compile(rf"\b{RETURN_NAME}\s*thang\b(?!\s*\d)"), "monthly"),
    (re.compile(rf"\b{RETURN_NAME}\s*nam\b(?!\s*\d)"), "annual"),
    *FREQUENCIES,
)


def _context_freq(text: str, found: Found) -> str | None:
    for regex, freq in RETURN_FREQ:
        match = regex.search(text)
        if match:
            found.spans.append(match.span())
            return freq
    return None


def _anchor(after: int, day: str) -> str:
    return f"after:{after}" if day.startswith("cuoi") else f"after:{after}:day:{int(day)}"


def _offset(text: str, match: re.Match[str], day: str, conventions: Conventions, found: Found) -> int:
    """ "trước ngày 15 tháng sau": the day before, as in one-off rules. "trước ngày cuối cùng của tháng ..." is read as
    that last day, but a reader may take it as the day before: a person confirms."""
    if conventions.before_is_inclusive:
        return 0
    if day.startswith("cuoi"):
        if BEFORE_RE.search(text, max(0, match.start() - 12), match.start()):
            found.doubt("'trước ngày cuối cùng': hạn là ngày cuối cùng hay ngày liền trước, cần người xác nhận")
        return 0
    if not BEFORE_RE.search(text, max(0, match.start() - 12), match.start()):
        return 0
    found.warnings.append(f"'trước ngày {int(day)}': hạn là ngày liền trước")
    return -1


def returns(phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions) -> Rule | None:
    """A return due in a month after its period (see the table above), or None."""
    phrase = outside_set_apart(phrase, found)  # "(riêng quý IV là vào ngày 10 tháng 02 năm sau)"
    text = phrase.text
    end = DAY_AFTER_END_RE.search(text)
    if end:
        found.spans.append(end.span())
        # "90 ngày kể từ ngày kết thúc quý" is read as a delay after an event; "ngày thứ 10 ..." may be either
        found.doubt("hạn tính từ ngày kết thúc mỗi kỳ: đọc là định kỳ, cần người xác nhận")
        return Recurring(FREQ_OF_WORD[end.group(2)], "end", offset_days=int(end.group(1)))
    after_end = MONTH_AFTER_END_RE.search(text)
    if after_end:
        found.spans.append(after_end.span())
        months = ORDINALS.get(after_end.group(2)) or int(after_end.group(2))
        if not 1 <= months <= 12:
            return None
        return Recurring(FREQ_OF_WORD[after_end.group(3)], _anchor(months, after_end.group(1)))
    first_days = FIRST_DAYS_OF_NEXT_RE.search(text)
    if first_days and _valid_day(first_days.group(1)):
        found.spans.append(first_days.span())
        return Recurring(FREQ_OF_WORD[first_days.group(2)], f"after:1:day:{int(first_days.group(1))}")
    of_next_day = DAY_OF_NEXT_RE.search(text)
    if of_next_day:
        found.spans.append(of_next_day.span())
        return Recurring(FREQ_OF_WORD[of_next_day.group(2)], "end", offset_days=int(of_next_day.group(1)))
    next_year = NEXT_YEAR_DAY_RE.search(text)
    yearly = YEARLY_RE.search(text) if next_year else None
    if next_year and 1 <= int(next_year.group(2)) <= 12 and _valid_day(next_year.group(1)):
        found.spans.append(next_year.span())
        if yearly:
            found.spans.append(yearly.span())
        else:  # "Báo cáo phải gửi trước ngày 10 tháng 01 của năm sau": a standing rule, or once for the next year
            found.doubt("'ngày ... của năm sau' không nói kỳ báo cáo: đọc là hằng năm, cần người xác nhận")
        offset = _offset(text, next_year, next_year.group(1), conventions, found)
        return Recurring("annual", f"after:{int(next_year.group(2))}:day:{int(next_year.group(1))}", offset_days=offset)
    of_next = MONTH_OF_NEXT_RE.search(text)
    if of_next:
        found.spans.append(of_next.span())
        nth = of_next.group(2)
        months = 1 if nth is None else ORDINALS.get(nth) or int(nth)
        freq = FREQ_OF_WORD[of_next.group(3)]
        if not 1 <= months <= (3 if freq == "quarterly" else 12) or not _valid_day(of_next.group(1)):
            return None
        offset = _offset(text, of_next, of_next.group(1), conventions, found)
        return Recurring(freq, _anchor(months, of_next.group(1)), offset_days=offset)
    each = MONTH_OF_EACH_RE.search(text)
    if each:
        months = 1 if each.group(2) is None else ORDINALS.get(each.group(2)) or int(each.group(2))
        if not 1 <= months <= 3 or not _valid_day(each.group(1)):
            return None
        found.spans.append(each.span())
        day = each.group(1)
        anchor = f"month:{months}" if day.startswith("cuoi") else f"month:{months}:day:{int(day)}"
        return Recurring("quarterly", anchor, offset_days=_offset(text, each, day, conventions, found))
    following = NEXT_MONTH_RE.search(text)
    if not following or not _valid_day(following.group(1)):
        return None
    found.spans.append(following.span())
    word = following.group(2)
    period = FREQ_OF_WORD.get(word or "") or _context_freq(text, found)
    if period is None:
        period = "monthly"
        found.doubt("'tháng sau' không nói kỳ nào (tháng, quý, năm): đọc là hằng tháng, cần người xác định")
    offset = _offset(text, following, following.group(1), conventions, found)
    return Recurring(period, _anchor(1, following.group(1)), offset_days=offset)


def _valid_day(day: str) -> bool:
    return day.startswith("cuoi") or 1 <= int(day) <= 31
