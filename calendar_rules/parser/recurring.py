"""Recurring deadlines: "hằng quý", "trước ngày 20 hằng tháng", "quý I hằng năm (riêng năm 2021 ...)".

A day of the month is kept as an anchor (``day:N``, the N-th day of the
period's last month; ``month:M:day:N`` for another month of the period), and
"trước ngày N" reads as in one-off rules: the day before (an offset of −1 day),
or that day under the lenient convention.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import islice

from calendar_rules.parser.dates import find_date, roman
from calendar_rules.parser.normalize import fold
from calendar_rules.parser.patterns import (
    BEFORE_RE,
    EXCEPTION_RE,
    FREQUENCIES,
    HALF_RE,
    LAST_MONTH_RE,
    MONTH_RE,
    NEXT,
    PREV_YEAR_RE,
    QUARTER_OFFSET_RE,
    QUARTER_RE,
    RECUR_DAY_RANGE_RE,
    RECUR_DAY_RE,
    START_RE,
    TERM_WORD,
)
from calendar_rules.parser.result import Conventions, Found
from calendar_rules.parser.single import month_part, single
from calendar_rules.parser.yearly_day import yearly_day
from calendar_rules.periods import FREQ_MONTHS, month_end, period_key
from calendar_rules.rules import Recurring

NO_DAY_DOUBT = "quy định lặp lại không ghi ngày: hạn cuối kỳ chỉ là suy đoán, cần xác nhận"

# another day of the period after the one read: "ngày 10 và 25 hằng tháng", "ngày 5, 20 hằng tháng"
LISTED_DAY_RE = re.compile(r"\s*(?:,|va|&)\s*(?:ngay\s*)?\d{1,2}\b(?!\s*[/.\-]\s*\d)")

# "ngày làm việc cuối cùng của tháng", "ngày làm việc đầu tiên của quý", "ngày làm việc thứ 5 hằng tháng"
# (not of the next period: "ngày làm việc đầu tiên của quý sau" has no anchor)
WORKDAY_RE = re.compile(
    r"\bngay\s*lam\s*viec\s*(cuoi\s*cung|dau\s*tien|thu\s*(\d{1,2}))\b"
    rf"(?!\s*(?:cua\s*)?{TERM_WORD}\s*{NEXT}\b)"
)


# "phải trình trước ngày 20 của tháng": a day "of the month" that names no month, so of each month (not "của tháng
# này", "tháng sau", "tháng 5", "tháng cuối quý")
OF_THE_MONTH_RE = re.compile(
    r"\bngay\s*\d{1,2}\s*cua\s*thang\b(?!\s*(?:\d|nay|toi|sau|truoc|do|ke|tiep|dau|cuoi|thu|[ivx]+\b))"
)
OF_THE_MONTH = "'ngày N của tháng' không nói tháng nào: đọc là ngày N hằng tháng"


def _frequency(text: str, found: Found) -> str | None:
    for index, (regex, name) in enumerate(FREQUENCIES):
        match = regex.search(text)
        if match:
            found.spans.append(match.span())
            for other, _ in FREQUENCIES[index + 1 :]:
                more = other.search(text)
                if more and (more.end() <= match.start() or more.start() >= match.end()):
                    # "Định kỳ hằng tháng, hằng quý báo cáo về Sở": two rules in one phrase
                    found.doubt("nhiều tần suất trong một cụm từ: cần người tách thành từng quy định")
                    break
            return name
    return None


def _annual_anchor(text: str, found: Found, conventions: Conventions) -> tuple[str, int]:
    """The anchor of a yearly rule and its offset: a written date wins over the period it reports on
    ("Báo cáo 6 tháng đầu năm gửi trước ngày 10/07": 9 July), "trước" as in one-off rules."""
    prev = PREV_YEAR_RE.search(text)
    if prev:
        found.spans.append(prev.span())
        return f"prevyear-month:{int(prev.group(1)) if prev.group(1) else roman(prev.group(2)) * 3}", 0
    body = text[: m.start()] if (m := EXCEPTION_RE.search(text)) else text
    date = find_date(body) or yearly_day(body)  # ("trước 15 tháng 01 hàng năm": no "ngày")
    if date and 1 <= date.month <= 12 and 1 <= date.day <= 31:
        found.spans.append(date.span())
        if date.year:  # "Ngày 08/05/2012, UBND tỉnh ban hành ... hàng năm": the day something happened
            found.doubt(f"ngày '{date.text.strip()}' có ghi năm trong một quy định hằng năm: cần người xác định")
        before = BEFORE_RE.search(body, max(0, date.start() - 12), date.start())
        offset = -1 if before and not conventions.before_is_inclusive else 0
        if offset:
            found.warnings.append(f"'trước ngày {date.day:02d}/{date.month:02d}': hạn là ngày liền trước")
        return f"date:{date.month:02d}-{date.day:02d}", offset
    half, quarter, month = HALF_RE.search(body), QUARTER_RE.search(body), MONTH_RE.search(body)
    if half:
        found.spans.append(half.span())
        return f"month:{6 if half.group(1) == 'dau' else 12}", 0
    if quarter:
        found.spans.append(quarter.span())
        return f"month:{roman(quarter.group(1)) * 3}", 0
    if month and 1 <= int(month.group(1)) <= 12:
        found.spans.append(month.span())
        index = int(month.group(1))
        # "mười ngày đầu tháng một hàng năm", "cuối tháng 6 hằng năm": a part of the month, by its convention
        # (read in a year that is not a leap year; the end of the month stays the month's end)
        part = month_part(body, "M", index, 2023, month.span(), found)
        due = getattr(part, "due", None)
        if isinstance(due, dt.date) and due != month_end(2023, index):
            return f"date:{due.month:02d}-{due.day:02d}", 0
        return f"month:{index}", 0
    return "end", 0


def _day_anchor(text: str, freq: str, found: Found, conventions: Conventions) -> tuple[str, int] | None:
    """ "(trước) ngày N" in a monthly/quarterly/half-yearly rule: (anchor, offset days)."""
    window = RECUR_DAY_RANGE_RE.search(text)
    match = RECUR_DAY_RE.search(text)
    if window:
        day, before = int(window.group(1)), False
        found.spans.append(window.span())
    elif match:
        day, before = int(match.group(2)), bool(match.group(1))
        found.spans.append(match.span())
    else:
        return None
    if not 1 <= day <= 31:
        return None
    if match and not window and LISTED_DAY_RE.match(text, match.end()):
        found.doubt("nhiều ngày trong một kỳ ('ngày 10 và 25 hằng tháng'): cần người xác định hạn")
    months = FREQ_MONTHS[freq]
    if months > 1 and not LAST_MONTH_RE.search(text):
        found.convention(f"'ngày {day}' của kỳ đọc là ngày {day} của tháng cuối kỳ")
    if day > 28:
        found.convention(f"tháng ít hơn {day} ngày: lấy ngày cuối tháng")
    offset = -1 if before and not conventions.before_is_inclusive else 0
    if offset:
        found.warnings.append(f"'trước ngày {day}': hạn là ngày liền trước")
    return f"day:{day}", offset


def _one_day_of_year(text: str) -> bool:
    """Exactly one day and month without a year: the yearly due day of a half-yearly report."""
    date = find_date(text)
    return date is not None and not date.year and find_date(text, date.end()) is None


def _start(text: str, found: Found) -> dt.date | None:
    started = START_RE.search(text)
    if not started:
        return None
    found.spans.append(started.span())
    if started.group(1):
        return dt.date(int(started.group(1)), 1, 1)
    if started.group(2):
        return dt.date(int(started.group(3)), int(started.group(2)), 1)
    return dt.date(int(started.group(5)), roman(started.group(4)) * 3 - 2, 1)


def recurring(
    text: str, issued: dt.date | None, found: Found, conventions: Conventions = Conventions()
) -> Recurring | None:
    freq = _frequency(text, found)
    if freq is None and (of_month := OF_THE_MONTH_RE.search(text)):
        found.spans.append(of_month.span())
        found.convention(OF_THE_MONTH)
        freq = "monthly"
    if freq is None:
        return None
    if freq == "semiannual" and _one_day_of_year(text):
        freq = "annual"  # "Chậm nhất ngày 06 tháng 06 đối với báo cáo định kỳ 06 tháng": one day a year
    anchor, offset = "end", 0
    if freq == "annual":
        anchor, offset = _annual_anchor(text, found, conventions)
    else:
        quarter_offset = QUARTER_OFFSET_RE.search(text) if freq == "quarterly" else None
        if quarter_offset:
            found.spans.append(quarter_offset.span())
            return Recurring("quarterly", "end", offset_days=int(quarter_offset.group(1)))
        workday = WORKDAY_RE.search(text)
        day = None if workday else _day_anchor(text, freq, found, conventions)
        if workday:  # "vào ngày làm việc cuối cùng của tháng": the working calendar decides the day
            found.spans.append(workday.span())
            nth = -1 if workday.group(1).startswith("cuoi") else int(workday.group(2) or 1)
            anchor = f"workday:{nth}"
        elif day:
            anchor, offset = day
    if anchor == "end":
        # "UBND tỉnh giao Sở Công thương hàng năm phối hợp ...", "tổ chức sơ kết hằng năm": no day is written, so the
        # end of the period is a guess (the duty may be continuous, or due on a day another text sets)
        found.doubt(NO_DAY_DOUBT)
    start = _start(text, found)
    overrides: list[tuple[str, dt.date]] = []
    for exception in list(islice(EXCEPTION_RE.finditer(text), 20)):
        year = int(exception.group(1))
        found.spans.append(exception.span())
        inner = single(fold(exception.group(2)), dt.date(year, 1, 1), Found())  # an exception is a one-off deadline
        due = getattr(inner, "due", None) if inner else None
        if due is None:
            found.doubt(f"không hiểu ngoại lệ '{exception.group(0)}'")
            continue
        overrides.append((str(year) if freq == "annual" else _period_of(freq, due), due))
        start = start or dt.date(year, 1, 1)
    return Recurring(freq, anchor, start=start, overrides=tuple(overrides), offset_days=offset)


def _period_of(freq: str, day: dt.date) -> str:
    """The period of ``freq`` that contains ``day``."""
    return period_key(freq, day.year, (day.month - 1) // FREQ_MONTHS[freq] + 1)
