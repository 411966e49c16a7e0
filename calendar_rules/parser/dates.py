"""Dates inside folded text: d/m/y in its spellings, "ngày d tháng m năm y", lunar dates."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from calendar_rules.parser.patterns import DATE_RE, LONG_DATE_RE, LUNAR_MONTHS, ROMAN
from calendar_rules.parser.result import Found

# the word after "thứ" that names a weekday, as ``date.weekday`` (Monday is 0)
_WEEKDAY_WORDS = {"hai": 0, "ba": 1, "tu": 2, "nam": 3, "sau": 4, "bay": 5}


def weekday_number(word: str) -> int:
    """The weekday the word after "thứ" names, Monday 0 as ``date.weekday``: "hai" or "2" is Monday, "bay" or "7"
    Saturday (Sunday is "chủ nhật", not a "thứ")."""
    return int(word) - 2 if word.isdigit() else _WEEKDAY_WORDS[word]


def roman(token: str) -> int:
    return ROMAN[token.lower()]


def year_of(raw: str | None, issued: dt.date | None, found: Found, what: str) -> int | None:
    """The year written, or the document's year as a stated convention, or None (and why)."""
    if raw:
        return int(raw)
    if issued is None:
        found.warnings.append(f"không rõ năm của '{what}' và không có ngày ban hành")
        return None
    found.convention(f"năm {issued.year} lấy theo ngày ban hành văn bản ({what})")
    return issued.year


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def solar_of_lunar(year: int, month: int, day: int) -> dt.date | None:
    """The solar date of a lunar day of ``year``, or None where the lunar calendar has no such day."""
    from lunardate import LunarDate

    try:
        return LunarDate(year, month, day).toSolarDate()
    except (ValueError, KeyError):
        return None


def lunar(match: re.Match[str], year: int) -> dt.date | None:
    if match.group(3):  # "10/3 âm lịch"
        day, month = int(match.group(3)), int(match.group(4))
    else:
        day = int(match.group(1))
        month_word = match.group(2)
        month = 1 if month_word is None else LUNAR_MONTHS.get(month_word, 0) or int(month_word)
    return solar_of_lunar(year, month, day)


@dataclass(frozen=True)
class DateMatch:
    """A date found in text, whichever pattern found it."""

    day: int
    month: int
    year: str | None
    start_: int
    end_: int
    text: str

    def start(self) -> int:
        return self.start_

    def end(self) -> int:
        return self.end_

    def span(self) -> tuple[int, int]:
        return self.start_, self.end_


def find_date(text: str, start: int = 0, end: int | None = None) -> DateMatch | None:
    """The first date in text[start:end]; searches are bounded so callers stay linear."""
    stop = len(text) if end is None else end
    long = LONG_DATE_RE.search(text, start, stop)
    short = DATE_RE.search(text, start, stop)
    found: list[DateMatch] = []
    if long:
        # (d, m, y?) after "ngày", after a weekday, or before "tháng M năm Y" with no "ngày"
        g = next(long.groups()[i : i + 3] for i in (0, 3, 6) if long.group(i + 1))
        found.append(DateMatch(int(g[0]), int(g[1]), g[2], long.start(), long.end(), long.group(0)))
    if short:
        g = short.groups()  # (d, m, y?) for d/m[/y]; (d, m, y) for d.m.y; (d, m) after ngày/trước
        if g[0] is not None:
            day, month, year = g[0], g[1], g[2]
        elif g[3] is not None:
            day, month, year = g[3], g[4], g[5]
        else:
            day, month, year = g[6], g[7], None
        found.append(DateMatch(int(day), int(month), year, short.start(), short.end(), short.group(0)))
    return min(found, key=lambda m: m.start()) if found else None


def date_of(match: DateMatch, issued: dt.date | None, found: Found) -> dt.date | None:
    year = year_of(match.year, issued, found, match.text)
    if year is None:
        return None
    date = safe_date(year, match.month, match.day)
    if date and not match.year and issued and date < issued:
        later = safe_date(year + 1, match.month, match.day)
        found.rolled = True
        found.doubt(
            f"ngày {date.strftime('%d/%m')} không ghi năm và đã qua ngày ban hành: đọc là năm sau, cần xác nhận"
        )
        return later
    return date
