"""One-off deadlines: a day, the day before a day, the end (or a part) of a period, a range.

Conventions for the fuzzy parts of a period (each answer is ``inferred`` and
its warning names the convention):

| phrase | due |
|---|---|
| "đầu tháng M" | day 10 of M (the first ten days, thượng tuần) |
| "giữa tháng M" | day 20 of M (the middle ten days, trung tuần) |
| "nửa đầu tháng M" | day 15 of M |
| "cuối tháng M", "nửa cuối tháng M" | the last day of M |
| "thượng tuần / trung tuần / hạ tuần tháng M" | day 10 / day 20 / the last day of M |
| "N ngày đầu tháng M", "N ngày cuối tháng M" | day N of M / the last day of M |
| "đầu năm Y" | 31/3/Y (the first quarter) |
| "giữa năm Y" | 30/6/Y |

A part of a quarter or a half-year ("đầu quý II") has no convention: its end, ``unsure``.
A date or period without its year that has passed by the issue date is read in the next
year, ``unsure``.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import islice

from calendar_rules.parser.dates import date_of, find_date, lunar, roman, safe_date, year_of
from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.patterns import (
    BEFORE_PERIOD_RE,
    BEFORE_RE,
    CLOCK_TIME,
    HALF_RE,
    LUNAR_RE,
    MONTH_LIST_RE,
    MONTH_PART_RE,
    MONTH_RE,
    PERIOD_PART_RE,
    QUARTER_RE,
    RANGE_FROM_RE,
    RANGE_TO_RE,
    START_CUE_RE,
    TIME_TOKEN_RE,
    WEEKDAY,
    YEAR_CUE_BEFORE,
    YEAR_PARTS,
    YEAR_RE,
)
from calendar_rules.parser.result import Conventions, Found
from calendar_rules.periods import month_end, period_bounds
from calendar_rules.rules import Before, EndOfPeriod, FixedDate, Range, Rule

from ..vietnamese import format_day

MONTH_PARTS = {
    "dau": (10, "'đầu tháng' đọc là ngày 10 của tháng (hết thượng tuần)"),
    "giua": (20, "'giữa tháng' đọc là ngày 20 của tháng (hết trung tuần)"),
    "nua dau": (15, "'nửa đầu tháng' đọc là ngày 15 của tháng"),
    "nua cuoi": (0, "'nửa cuối tháng' đọc là ngày cuối cùng của tháng"),
    "thuong tuan": (10, "'thượng tuần tháng' đọc là ngày 10 của tháng"),
    "trung tuan": (20, "'trung tuần tháng' đọc là ngày 20 của tháng"),
    "ha tuan": (0, "'hạ tuần tháng' đọc là ngày cuối cùng của tháng"),
    "cuoi": (0, "'cuối tháng' đọc là ngày cuối cùng của tháng"),
}
PERIOD_PATTERNS = ((HALF_RE, "H"), (QUARTER_RE, "Q"), (MONTH_RE, "M"))


def period_anchor(text: str, found: Found) -> tuple[str | None, int | None, str | None, tuple[int, int]]:
    """The single-period expression of a phrase: ('Q', q, yearRaw) / ('M', m, y) / ('H', h, y) / ('Y', None, y)."""
    candidates: list[tuple[re.Match[str], str]] = []
    for regex, kind in PERIOD_PATTERNS:
        match = regex.search(text)
        if match and (kind != "M" or 1 <= int(match.group(1)) <= 12):
            candidates.append((match, kind))
    if candidates:
        # an expression that names its year wins over one that leaves it to the document date
        with_year = [c for c in candidates if c[0].group(2)]
        match, kind = min(with_year or candidates, key=lambda c: c[0].start())
        found.spans.append(match.span())
        word = match.group(1)
        index = (1 if word == "dau" else 2) if kind == "H" else (roman(word) if kind == "Q" else int(word))
        return kind, index, match.group(2), match.span()
    for regex, kind in (*YEAR_PARTS, (YEAR_RE, "Y")):
        match = regex.search(text)
        if match:
            found.spans.append(match.span())
            return kind, None, match.group(1), match.span()
    return None, None, None, (0, 0)


# what makes a day lunar: its own month's name or "Tết" ("mùng 5 Tết", "10 tháng Giêng"), or "âm lịch" in the phrase; not
# "chấp" in "được chấp nhận" ("... được chấp nhận trước ngày 30 tháng 07 năm 2015" is a solar day), nor a festival
# named elsewhere ("Chương trình ĐÓN TẾT TRUNG THU ngày 14 tháng 9 năm 2013": the programme's solar day)
LUNAR_CUE_RE = re.compile(r"\btet\b|\bthang\s*(?:gieng|chap)\b")
AM_LICH_RE = re.compile(r"\bam\s*lich\b")


def _lunar_rule(text: str, issued: dt.date | None, found: Found) -> Rule | None:
    match = LUNAR_RE.search(text)
    if not match or not (LUNAR_CUE_RE.search(match.group(0)) or AM_LICH_RE.search(text)):
        return None
    year_match = YEAR_RE.search(text, match.end())
    year = year_of(year_match.group(1) if year_match else None, issued, found, match.group(0))
    if year is None:
        return None
    day = lunar(match, year)
    found.spans.append(match.span())
    if day is None:
        return None
    found.convention(f"ngày âm lịch đổi sang dương lịch: {format_day(day)}")
    return FixedDate(day)


def month_part(
    text: str, kind: str | None, index: int | None, year: int, span: tuple[int, int], found: Found
) -> Rule | None:
    """ "đầu/giữa/cuối tháng M": a stated convention, never certain."""
    if kind != "M" or index is None:
        return None
    part = MONTH_PART_RE.search(text, max(0, span[0] - 20), span[1])
    if not part:
        return None
    found.spans.append(part.span())
    if part.group(1):  # "15 ngày đầu tháng 01/2024": by the 15th; "10 ngày cuối tháng": by its last day
        days = int(part.group(1))
        last, end = month_end(year, index), part.group(2) == "cuoi"
        found.convention(
            f"'{days} ngày {'cuối' if end else 'đầu'} tháng' đọc là {'ngày cuối tháng' if end else f'ngày {days}'}"
        )
        return FixedDate(last if end or days > last.day else dt.date(year, index, days))
    word = " ".join(part.group(2).split())
    day, warning = MONTH_PARTS[word]
    found.convention(warning)
    return FixedDate(month_end(year, index) if day == 0 else dt.date(year, index, day))


def single(
    phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions = Conventions()
) -> Rule | None:
    """A one-off deadline: a day, before a day, or the end of a period."""
    text = _without_starts(phrase.text, found)
    date = find_date(text)
    lunar_date = LUNAR_RE.search(text)
    if lunar_date and not (date and date.start() < lunar_date.start()):  # "18/2/2024 (tức mùng 9 tháng Giêng)"
        lunar_rule = _lunar_rule(text, issued, found)
        if lunar_rule is not None or "am lich" in text:
            return lunar_rule
    if date:
        day = date_of(date, issued, found)
        if day is None:
            return None
        found.spans.append(date.span())
        before = BEFORE_RE.search(text, max(0, date.start() - 28), date.start()) or NAMED_DAY_BEFORE_RE.search(
            text, max(0, date.start() - 48), date.start()
        )
        if before:
            found.spans.append(before.span())
            return Before(day, lenient=conventions.before_is_inclusive)
        return FixedDate(day)
    return _period_rule(text, issued, found, phrase)


# "trước ngày Sinh nhật Bác (19/5)": before a named day, its date in brackets right after its name
NAMED_DAY_BEFORE_RE = re.compile(r"\btruoc\s*ngay\s*[a-z][a-z\s]{0,36}\(\s*$")


def _without_starts(text: str, found: Found) -> str:
    """The text with its starts blanked ("bắt đầu từ tháng 11, dự kiến hoàn thành vào cuối tháng
    6/2012": the deadline is the second), when some other time expression remains."""
    tokens = list(islice(TIME_TOKEN_RE.finditer(text), 20))
    starts = [t.span() for t in tokens if START_CUE_RE.search(text, max(0, t.start() - 16), t.start())]
    if not starts or len(starts) == len(tokens):
        return text
    found.accounted.extend(starts)
    chars = list(text)
    for a, b in starts:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


# a plan's cell for a task that runs all year: "Cả năm", "Trong năm", "Cả năm 2024"
WHOLE_YEAR_CELL_RE = re.compile(r"^\s*((?:ca|trong)\s*nam(?:\s*(\d{4}))?)\s*[.;]?\s*$")


def _period_rule(text: str, issued: dt.date | None, found: Found, phrase: Folded) -> Rule | None:
    whole = WHOLE_YEAR_CELL_RE.match(text)
    if whole:
        year = year_of(whole.group(2), issued, found, phrase.original[slice(*phrase.span(*whole.span(1)))])
        found.spans.append(whole.span(1))
        found.convention("việc làm cả năm: hạn là ngày cuối năm")
        return EndOfPeriod(f"{year}") if year else None
    kind, index, year_raw, span = period_anchor(text, found)
    if kind is None:
        return None
    year = year_of(year_raw, issued, found, phrase.original[slice(*phrase.span(*span))])
    if year is None:
        return None
    # "Tháng Thanh niên năm 2024 với chủ đề ...": a bare year inside a name; alone ("Năm 2022:") it is a heading
    bare_year = kind == "Y" and not text.startswith("cuoi", span[0]) and not YEAR_CUE_BEFORE.search(text[: span[0]])
    if bare_year and (text[: span[0]].strip(" -:.,") or text[span[1] :].strip(" -:.,")):
        if not _year_goal(text, year, issued):
            return None
        found.doubt(f"mục tiêu, chỉ tiêu của năm {year}: đọc hạn là cuối năm, cần xác nhận")
    if kind in ("Q", "H") and PERIOD_PART_RE.search(text, max(0, span[0] - 10), span[0]):
        found.doubt("phần đầu hoặc giữa của một quý (nửa năm) không có quy ước: cần người xác định")
    rule = _period_of(text, kind, index, year, span, found)
    due = getattr(rule, "due", None)
    if year_raw is None and issued is not None and isinstance(due, dt.date) and due < issued:
        found.rolled = True
        found.doubt(f"kỳ không ghi năm và đã qua ngày ban hành: đọc là năm {year + 1}, cần xác nhận")
        rule = _period_of(text, kind, index, year + 1, span, Found())
    return rule


# a goal set for a year: "phấn đấu hoàn thành ... các chỉ tiêu năm 2020", "quyết tâm ... hoàn thành các mục tiêu, nhiệm
# vụ năm 2021", "hiện thực hóa mục tiêu: năm 2019, toàn tỉnh xây dựng ..."
GOAL_RE = re.compile(r"\b(?:phan\s*dau|quyet\s*tam|muc\s*tieu|chi\s*tieu)\b")


def _year_goal(text: str, year: int, issued: dt.date | None) -> bool:
    """A bare year is the end of a goal when the phrase sets a goal, names no other year, and the year is not over
    when the text is issued (the goals of a year gone by are a report of what was reached)."""
    years = {int(y.group(1)) for y in islice(YEAR_RE.finditer(text), 10)}
    return bool(GOAL_RE.search(text)) and years == {year} and (issued is None or year >= issued.year)


def _period_of(text: str, kind: str, index: int | None, year: int, span: tuple[int, int], found: Found) -> Rule:
    part = month_part(text, kind, index, year, span, found)
    if part is not None:
        return part
    before = bool(BEFORE_PERIOD_RE.search(text, max(0, span[0] - 8), span[0]))
    if kind == "H":
        rule: Rule = EndOfPeriod(f"{year}-H{index}")
    elif kind == "Q":
        rule = EndOfPeriod(f"{year}-Q{index}")
    elif kind == "M":
        rule = EndOfPeriod(f"{year}-{index:02d}")
    elif kind == "MID":
        found.convention("'giữa năm' đọc là ngày 30/6")
        rule = FixedDate(dt.date(year, 6, 30))
    elif kind == "START":
        found.convention("'đầu năm' đọc là ngày cuối quý I (31/3)")
        rule = FixedDate(dt.date(year, 3, 31))
    else:
        rule = EndOfPeriod(f"{year}")
    if before and isinstance(rule, EndOfPeriod):
        found.warnings.append("'trước' một kỳ: hạn là ngày cuối của kỳ liền trước")
        return Before(period_bounds(rule.period)[0], lenient=False)
    return rule


def _start_of(rule: Rule) -> dt.date | None:
    if isinstance(rule, EndOfPeriod):
        return period_bounds(rule.period)[0]
    if isinstance(rule, (FixedDate, Before)):
        return rule.due
    return None


BARE_DAY_MONTH = re.compile(r"(\d{1,2})\s*[.\-]\s*(\d{1,2})\s*$")  # "15.8-31.12.2016"
BARE_DAY = re.compile(r"(?:^|\bngay\s*|\s)(\d{1,2})\s*$")  # "từ ngày 15 đến 21-4"
BARE_MONTH_END = re.compile(r"\s*(\d{1,2})\b(?!\s*[/.\-]\s*\d{1,2}\b)")  # "từ tháng 4 - 6", "tháng 4 đến 6/2020"


def _plain(text: str) -> Folded:
    """A piece of folded text as a phrase of its own."""
    return Folded(text, tuple(range(len(text))), text)


def _bare_start(left: str, end_day: dt.date) -> Rule | None:
    """A start that leaves out what the end says: its month and year, or its year."""
    day_month = BARE_DAY_MONTH.search(left)
    if day_month:
        start = safe_date(end_day.year, int(day_month.group(2)), int(day_month.group(1)))
        return FixedDate(start) if start else None
    day = BARE_DAY.search(left)
    if day:
        start = safe_date(end_day.year, end_day.month, int(day.group(1)))
        return FixedDate(start) if start else None
    return None


# "để (kịp)", "nhằm" right before a time: a purpose (with diacritics: "chuyên đề" is no "để")
PURPOSE_RE = re.compile(r"(?i)(?<!\w)(?:để|nhằm)\s+(?:kịp\s+)?(?:(?:đến|tới|vào|trước)\s+)?(?:hết\s+)?(?:ngày\s+)?$")


def purpose_before(phrase: Folded, position: int) -> bool:
    """Whether "để", "nhằm" comes right before folded ``position`` (read in the original text)."""
    start = phrase.span(position, position)[0] if position < len(phrase.text) else len(phrase.original)
    return bool(PURPOSE_RE.search(phrase.original, max(0, start - 24), start))


DAY_OF_MONTH_RE = re.compile(r"\s*(?:ngay\s*)?(\d{1,2})\s*thang\s*\d{1,2}\b")
# a day, or a dotted day and month after "ngày" ("từ ngày 10.3 - 10.4": the end "10.4" has no day cue of its own)
DAY_BEFORE_DASH_RE = re.compile(r"\bngay\s*\d{1,2}(?:\s*\.\s*\d{1,2})?\s*$")


def _next_to(left: str, start_found: Found, start_rule: Rule) -> bool:
    """A start written without "từ" is one only right before "đến" (or the dash), and not "trước" a day."""
    if isinstance(start_rule, Before) or not start_found.spans:
        return False
    gap = left[max(end for _, end in start_found.spans) :]
    return not re.search(r"[a-z]", gap)


# what may stand between "đến" and the end's date: a time of day, a weekday, "hết", "ngày" ("đến 17h00 thứ 6, ngày 17/3")
END_GAP_RE = re.compile(
    r"(?:[\s,]|het\b|ngay\b|vao\b|la\b|truoc\b|(?:cham|muon)\s*nhat\b|(?:sang|chieu|toi|trua|dem)\b"
    rf"|{CLOCK_TIME}|{WEEKDAY}\b){{0,10}}"
)


def _right_after(text: str, to: re.Match[str], shift: int, end_found: Found) -> bool:
    """The end of a range is the time written right after "đến" (or the dash): in "diễn ra từ 15 đến 20
    ngày, bắt đầu từ ngày 06/04/2023" the date after the count of days is a start, not the end."""
    first = shift + min((start for start, _ in end_found.spans), default=0)
    if first <= to.end():
        return True
    gap = END_GAP_RE.match(text[to.end() : first][:60])
    return gap is not None and gap.end() == min(first - to.end(), 60)


def range_rule(phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions) -> Rule | None:
    """ "từ A đến B", "A đến B", "15/8-31/12/2016": due at the end of B, starting at A.

    The end is read first; a start without its year takes the end's year (the year before
    when that would put the start after the end)."""
    text = phrase.text
    listed = MONTH_LIST_RE.search(text)
    if listed and 1 <= int(listed.group(1)) < int(listed.group(2)) <= 12:  # "tháng 11, tháng 12 năm 2025"
        year = int(listed.group(3))
        found.spans.append(listed.span())
        found.warnings.append("các tháng liệt kê: hạn là cuối tháng sau cùng")
        return Range(dt.date(year, int(listed.group(1)), 1), month_end(year, int(listed.group(2))))
    for to in list(islice(RANGE_TO_RE.finditer(text), 4)):
        froms = list(RANGE_FROM_RE.finditer(text, max(0, to.start() - 60), to.start()))
        frm = froms[-1] if froms else None
        left = text[frm.end() if frm else max(0, to.start() - 40) : to.start()]
        right = text[to.start() : to.end() + 80]  # with "đến (hết)": "đến hết 14-4" is a date
        end_found, shift = Found(), to.start()  # shift: where the piece read as the end starts in ``text``
        end_rule = single(_plain(right), issued, end_found, conventions)
        if end_rule is None and to.group(0).strip() == "-" and DAY_BEFORE_DASH_RE.search(left):
            # "từ ngày 12 - 16.6.", "từ ngày 10.3 - 10.4": after a day, the dash reads as "đến" ("16.6" is then a day
            # and month)
            end_found, shift = Found(), to.end() - 4
            end_rule = single(_plain("den " + text[to.end() : to.end() + 80]), issued, end_found, conventions)
        spelled = DAY_OF_MONTH_RE.match(text, to.end())
        if spelled and not isinstance(end_rule, (FixedDate, Before)):
            # "từ 12 - 16 tháng 6 năm 2023": the end is a day of that month, not the month's end
            end_found, shift = Found(), spelled.start(1) - 5
            end_rule = single(_plain("ngay " + text[spelled.start(1) : to.end() + 80]), issued, end_found, conventions)
        bare_month = BARE_MONTH_END.match(text, to.end())
        if end_rule is None and bare_month and MONTH_RE.search(left):  # "từ tháng 4 - 6"
            end_found, shift = Found(), bare_month.start(1) - 6
            end_rule = single(_plain("thang " + text[bare_month.start(1) : to.end() + 80]), issued, end_found)
        if end_rule is None or getattr(end_rule, "due", None) is None or not _right_after(text, to, shift, end_found):
            continue
        end_day: dt.date = end_rule.due  # type: ignore[union-attr]
        start_found = Found()
        start_rule = single(_plain(left), end_day, start_found, conventions)
        if purpose_before(phrase, to.start()):
            continue  # "Nộp hồ sơ từ ngày 1/4/2024 để đến ngày 15/5/2024 xét duyệt": a purpose, not the end
        if start_rule is not None and frm is None and not _next_to(left, start_found, start_rule):
            continue  # "hoàn thành trước ngày 30/6 để đến ngày 1/7, ...": a deadline, then a purpose clause
        if start_rule is None:
            start_rule = _bare_start(left, end_day)
        if start_rule is None:
            continue
        first = _start_of(start_rule)
        if first is None:
            continue
        if first > end_day and first.replace(year=first.year - 1) <= end_day:
            first = first.replace(year=first.year - 1)
        if first > end_day:
            continue
        if to.group(0).strip() == "a":  # "từ 07/12 à 19/12/2020": a dash or an arrow damaged in extraction
            found.doubt("'à' giữa hai ngày đọc là 'đến' (ký tự bị lỗi khi trích văn bản): cần xác nhận")
        found.warnings.extend(w for w in end_found.warnings)
        found.inferred = found.inferred or end_found.inferred
        found.unsure = found.unsure or end_found.unsure
        found.rolled = found.rolled or end_found.rolled
        # the range ends where its end date does: a later date ("... gửi về trước ngày 20/3") stays unused
        last = shift + max((end for _, end in end_found.spans), default=len(right))
        found.spans.append(
            (frm.start() if frm else max(0, to.start() - len(left)), min(len(text), max(last, to.end())))
        )
        return Range(first, end_day)
    return None
