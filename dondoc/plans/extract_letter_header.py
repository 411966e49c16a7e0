"""The header of a letter (công văn, thông báo) or of a news summary of one.

A letter has no "KẾ HOẠCH" title and no numbered sections; what a secretary needs
from its head is the number ("Số: 1127-CV/HU"), the issue date ("Hà Nội, ngày 24
tháng 2 năm 2021", "Ngày 07-9-2015"), the issuer (the upper-case lines above the
number, never the national motto nor "... đã ký") and the subject line ("V/v ...").
A news page that summarises a công văn says the same in its opening sentence
("Ngày 27 tháng 5 năm 2022, ... Huyện ủy Càng Long đã ký ban hành Công văn số
1127-CV/HU") or puts its own date on a line of its own.

The issue date is never guessed from a deadline: when the header does not give
one, the CLI asks for ``--issued``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from calendar_rules.vietnamese import format_day
from dondoc.plans.extract_sentences import caps_prefix
from dondoc.plans.readers import SourceLine
from dondoc.text import fold, repair, squash

# "Hà Nội, ngày 24 tháng 2 năm 2021", "ngày 07-9-2015", "Ngày 27 tháng 5 năm 2022, ..."
ISSUE_DATE = re.compile(
    r"ngày\s+(?P<d>\d{1,2})\s*(?:tháng\s*(?P<m>\d{1,2})\s*năm\s*|[-/.]\s*(?P<m2>\d{1,2})\s*[-/.]\s*)(?P<y>\d{4})",
    re.IGNORECASE,
)
_PLACE_DATE = re.compile(r"(?P<place>[^\d,|]{2,40}?)\s*,\s*(?=ngày\s+\d)", re.IGNORECASE)
_DATE_LINE = re.compile(r"^\s*(?:[^\d\s]+\s*,\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\b")
NUMBER = re.compile(r"\b[Ss][ốỐo]\s*[:.]?\s*(?P<n>\d+\s*[-/]?\s*[A-ZĐ]+(?:\s*[-/]\s*[A-ZĐ0-9]+)+)")
# Lines that are never the issuer: the national motto, the Party's name line, signatures.
_NOT_ISSUER = re.compile(
    r"cong\s+hoa\s+xa\s+hoi|doc\s+lap\s*-?\s*tu\s+do|hanh\s+phuc|dang\s+cong\s+san\s+viet\s+nam|da\s+ky|"
    r"^(?:v/v|ve\s+viec|kinh\s+gui|so\s+\d|noi\s+nhan)"
)
_BODY_WORDS = (
    r"(?:Ban\s+Thường\s+vụ\s+|Ban\s+Chấp\s+hành\s+)?"
    r"(?:Huyện\s+ủy|Tỉnh\s+ủy|Thị\s+ủy|Thành\s+ủy|Quận\s+ủy|Đảng\s+ủy|Sở|Ủy\s+ban|UBND|Ban|Văn\s+phòng|Phòng|"
    r"Hội\s+đồng|Bộ|Trường|Cục|Chi\s+cục|Công\s+an|Mặt\s+trận|Liên\s+đoàn|Hội)"
)
# "<issuer> (đã ký) ban hành / vừa có / đã có Công văn ..." in a news summary.
_NEWS_ISSUER = re.compile(
    r"(?P<name>" + _BODY_WORDS + r"(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÍÌỈĨỊÚÙỦŨỤÓÒỎÕỌÉÈẺẼẸÝỲỶỸỴ]\w*){0,5}"
    r"(?:\s+\w+){0,3}?)\s*(?:\([^)]{0,80}\)\s*)?(?i:(?:đã\s+|vừa\s+)?(?:ký\s+)?(?:ban\s+hành|có|gửi)\s+"
    r"(?:công\s+văn|văn\s+bản|thông\s+báo|hướng\s+dẫn|kế\s+hoạch)(?:\s+số\s+(?P<n>\S+))?)",
)


@dataclass
class LetterHeader:
    number: str | None
    issued: dt.date | None
    issued_line: int | None
    issued_note: str | None  # why a person should check the date (news page date)
    place: str | None
    issuer_name: str | None
    issuer_line: int
    title: str


def read_letter_header(lines: list[SourceLine], body_first: int) -> LetterHeader:
    """Number, issue date, issuer and subject from the lines above ``body_first`` (and,
    for a news summary, its opening sentences)."""
    top = [line for line in lines if line.number < body_first and line.text]
    opening = [line for line in lines if line.text][:12]
    number = _number(top)
    issued, issued_line, place, note = _issue_date(top, opening)
    issuer_name, issuer_line = _issuer_above_number(top)
    if issuer_name is None:
        issuer_name, issuer_line, news_number = _issuer_from_news(opening)
        number = number or news_number
    return LetterHeader(number, issued, issued_line, note, place, issuer_name, issuer_line, _title(top, opening))


def _number(top: list[SourceLine]) -> str | None:
    for line in top:
        match = NUMBER.search(repair(line.raw))
        if match:
            return re.sub(r"\s+", "", match.group("n"))
    return None


def _date_of(match: re.Match[str]) -> dt.date | None:
    month = match.group("m") or match.group("m2")
    try:
        return dt.date(int(match.group("y")), int(month), int(match.group("d")))
    except ValueError:
        return None


def _issue_date(
    top: list[SourceLine], opening: list[SourceLine]
) -> tuple[dt.date | None, int | None, str | None, str | None]:
    """The header's "Nơi, ngày ..." line; else an opening sentence that starts with
    "Ngày ..."; else a line holding only a date at the top of a news page."""
    for line in [*top, *(line for line in opening if line not in top)]:
        match = ISSUE_DATE.search(line.text)
        place = _PLACE_DATE.search(line.text[: match.end()]) if match else None
        if match and place:
            day = _date_of(match)
            if day is not None:
                return day, line.number, squash(re.split(r"\s{2,}|\|", place.group("place"))[-1]), None
    for line in opening:
        match = ISSUE_DATE.match(line.text)
        if match and _date_of(match) is not None:
            return _date_of(match), line.number, None, None
    for line in opening[:3]:
        match = _DATE_LINE.match(line.text)
        if match and len(line.text) <= 40:
            try:
                day = dt.date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
            except ValueError:
                continue
            note = f"ngày ban hành lấy theo ngày đăng tin ({format_day(day)}); kiểm tra ngày ký công văn"
            return day, line.number, None, note
    return None, None, None, None


def _issuer_above_number(top: list[SourceLine]) -> tuple[str | None, int]:
    """The last upper-case header segment before the "Số:" line, never the motto."""
    found: tuple[str | None, int] = (None, 1)
    for line in top:
        for segment in re.split(r"\s{2,}|\|", repair(line.raw).strip()):
            caps = caps_prefix(squash(segment))
            if caps and not _NOT_ISSUER.search(fold(caps)):
                found = (caps, line.number)
        if NUMBER.search(line.text):
            break
    return found


def _issuer_from_news(opening: list[SourceLine]) -> tuple[str | None, int, str | None]:
    for line in opening:
        match = _NEWS_ISSUER.search(line.text)
        if match and not _NOT_ISSUER.search(fold(match.group("name"))):
            number = match.group("n")
            number = number.rstrip(',.;:”"') if number and re.search(r"\d", number) else None
            return squash(match.group("name")), line.number, number
    return None, 1, None


def _title(top: list[SourceLine], opening: list[SourceLine]) -> str:
    """ "V/v ..." subject line; else the first line that is not a date (a news headline)."""
    for line in top:
        match = re.match(r"^\s*(?:V/v|Về việc)\s*[:.]?\s*(?P<t>.+)$", line.text, flags=re.IGNORECASE)
        if match:
            return "Về việc " + squash(match.group("t"))
    for line in opening:
        if re.match(r"^\s*[-+•]", line.text) or line.text.rstrip().endswith(":"):
            continue
        if len(line.text.split()) <= 30 and not _DATE_LINE.match(line.text) and not is_not_issuer(line.text):
            return squash(line.text)[:300]
    return "Công văn"


def is_not_issuer(text: str) -> bool:
    """The national motto, the Party's name line or a signature: never an issuer."""
    return bool(_NOT_ISSUER.search(fold(text)))
