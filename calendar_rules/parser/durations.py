"""Lengths of time beside a start: "là 25 ngày, bắt đầu từ ngày 1/4/2019", "từ 15 đến 20 ngày".

A length written with its start fixes the end: the start day is the first day of the length
("25 ngày, bắt đầu từ ngày 1/4" ends on 25/4), a stated convention (``inferred``). A length
given as a span of counts ("từ 15 đến 20 ngày", "2 - 3 ngày") is no date and no range of dates:
it is blanked before reading, so that "diễn ra từ 15 đến 20 ngày, bắt đầu từ ngày 06/04/2023"
reads as the start it is. Each pattern is anchored on a literal word and bounded.
"""

from __future__ import annotations

import datetime as dt
import re

from calendar_rules.parser.dates import DateMatch, date_of, find_date
from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.patterns import BEGINS, COUNTED_FROM, DELAY_LIMIT, YEAR_SEP
from calendar_rules.parser.result import Conventions, Found
from calendar_rules.periods import month_end
from calendar_rules.rules import Range, Rule
from calendar_rules.vietnamese import format_day

# "từ 15 đến 20 ngày", "2-3 ngày", "từ 3 - 6 tháng": a span of counts (not "từ 15 đến 20 tháng 10", a span of days)
COUNT_SPAN_RE = re.compile(r"\b(?:tu\s*)?\d{1,3}\s*(?:den|-)\s*\d{1,3}\s*(?:ngay|thang|tuan|nam)\b(?!\s*[/.\-]?\s*\d)")
_LENGTH = r"(\d{1,3})\s*(ngay|thang)\b(?!\s*(?:lam\s*viec|\d))"
# "là 25 ngày, bắt đầu từ ngày 1/4/2019"; "bắt đầu từ ngày 1/4/2019, kéo dài 25 ngày"
LENGTH_THEN_START_RE = re.compile(rf"\b{_LENGTH}\s*[,;]?\s*(?:va\s*)?{BEGINS}(?=\d)")
# a length in months from a start month with its year: "Thực hiện trong 4 tháng, bắt đầu từ tháng 9/2024" (not the end
# of September: the months run to the end of December)
MONTHS_FROM_MONTH_RE = re.compile(
    rf"\b(\d{{1,2}})\s*thang\b\s*[,;]?\s*(?:va\s*)?bat\s*dau\s*(?:tu\s*|vao\s*)?thang\s*(\d{{1,2}}){YEAR_SEP}(\d{{4}})\b"
)
START_THEN_LENGTH_RE = re.compile(
    rf"\b{BEGINS}(\d[\d/.\-\s]{{2,12}}\d)\s*[,;]?\s*(?:va\s*)?(?:keo\s*dai|dien\s*ra\s*trong|trong)\s*"
    rf"(?:thoi\s*gian\s*)?(?:la\s*)?{_LENGTH}"
)


# a delay before the span: "niêm yết sau 07 đến 10 ngày", "trong vòng 3 - 5 ngày" (due by the longer count);
# not "diễn ra trong 2-3 ngày", a length
DELAY_BEFORE_RE = re.compile(rf"\b(?:sau|cham\s*nhat\s*la|{DELAY_LIMIT})\s*$")
# ... or an event it is counted from, after the span: "cấp văn bằng trong khoảng thời gian từ 2-3 tháng kể từ ngày đóng lệ
# phí", "Thời gian xử lý: từ 3 đến 5 ngày sau khi sinh viên thực hiện đăng ký" (a delay, due by the longer count)
COUNTED_AFTER_RE = re.compile(rf"\s*(?:lam\s*viec\s*)?[,(]?\s*(?:{COUNTED_FROM}|sau\s*khi)\b")
UPPER_COUNT_RE = re.compile(r"(?:den|-)\s*(?=\d)")


# round the clock, not a day and month: "túc trực 24/24", "giám sát 24/24", "trực 24/7" (a duty's hours; "ngày 24/7"
# stays a date)
ROUND_THE_CLOCK_RE = re.compile(
    r"\b24\s*/\s*24\b(?!\s*[/.\-]\s*\d)|(?:(?<=truc )|(?<=sat ))24\s*/\s*7\b(?!\s*[/.\-]\s*\d)"
)


def mask_round_the_clock(folded: str) -> str:
    """Blank (same length) "24/24", "trực 24/7": hours of duty, which would otherwise read as a date (or keep a
    duty with no time written from being read as the ongoing duty it is)."""
    return ROUND_THE_CLOCK_RE.sub(lambda m: " " * len(m.group(0)), folded)


def mask_count_spans(folded: str) -> str:
    """Blank (same length) every span of counts ("từ 15 đến 20 ngày"); after a delay word ("sau 07 đến 10 ngày") or
    before the event it is counted from ("02-03 tháng kể từ ngày nộp lệ phí") only its lower count, so that the delay
    reads as its longer count."""

    def blank(match: re.Match[str]) -> str:
        upper = UPPER_COUNT_RE.search(match.group(0))
        if upper and (
            DELAY_BEFORE_RE.search(folded, max(0, match.start() - 30), match.start())
            or COUNTED_AFTER_RE.match(folded, match.end())
        ):
            return " " * upper.end() + match.group(0)[upper.end() :]
        return " " * len(match.group(0))

    return COUNT_SPAN_RE.sub(blank, folded)


def _after(start: dt.date, count: int, months: bool) -> dt.date:
    """The last day of ``count`` days (months) that begin on ``start``."""
    if not months:
        return start + dt.timedelta(days=count - 1)
    index = start.month - 1 + count
    year, month = start.year + index // 12, index % 12 + 1
    last = month_end(year, month)
    return min(last, dt.date(year, month, min(start.day, last.day))) - dt.timedelta(days=1)


def _length_and_start(text: str) -> tuple[re.Match[str], int, str, DateMatch] | None:
    """The length, its unit and its start's date, when the phrase writes no other date."""
    match = LENGTH_THEN_START_RE.search(text)
    if match:
        count, unit, date = int(match.group(1)), match.group(2), find_date(text, match.end(), match.end() + 16)
        if date is not None and date.start() != match.end():
            date = None
    else:
        match = START_THEN_LENGTH_RE.search(text)
        if not match:
            return None
        count, unit, date = int(match.group(2)), match.group(3), find_date(text, match.start(1), match.end(1))
    first = find_date(text)
    if date is None or count < 1 or first is None or first.start() != date.start() or find_date(text, date.end()):
        return None
    return match, count, unit, date


def length_with_start(text: str) -> bool:
    """A length written beside its start ("25 ngày, bắt đầu từ ngày 1/4/2019"): the start is not all there is."""
    return _length_and_start(text) is not None


def length_from_start(phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions) -> Rule | None:
    """ "Thời gian thu thập ... là 25 ngày, bắt đầu từ ngày 1/4/2019": the range the length and its start make,
    when the phrase writes no other date (an end written beside them is read as a range first); and months from a
    start month ("trong 4 tháng, bắt đầu từ tháng 9/2024": to the end of the fourth month)."""
    read = _length_and_start(phrase.text)
    if read is None:
        return _months_from_month(phrase, found)
    match, count, unit, date = read
    start = date_of(date, issued, found)
    if start is None:
        return None
    found.spans.append(match.span())
    found.spans.append(date.span())
    end = _after(start, count, unit == "thang")
    found.convention(
        f"{count} {'tháng' if unit == 'thang' else 'ngày'} tính cả ngày bắt đầu: kết thúc {format_day(end)}"
    )
    return Range(start, end)


def _months_from_month(phrase: Folded, found: Found) -> Rule | None:
    """ "Thực hiện trong 4 tháng, bắt đầu từ tháng 9/2024", when no other time is written: September to December."""
    match = MONTHS_FROM_MONTH_RE.search(phrase.text)
    if not match or find_date(phrase.text):
        return None
    count, month, year = (int(group) for group in match.groups())
    if not (1 <= count <= 60 and 1 <= month <= 12):
        return None
    index = month - 1 + count - 1
    end = month_end(year + index // 12, index % 12 + 1)
    found.spans.append(match.span())
    found.convention(f"{count} tháng tính cả tháng bắt đầu: kết thúc {format_day(end)}")
    return Range(dt.date(year, month, 1), end)
