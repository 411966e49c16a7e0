"""Vietnamese deadline phrase → rule, as a careful reader would read it.

Conventions (docs/domain.md; BLDS 2015 Điều 146–148), configurable in ``Conventions``:

| phrase | rule |
|---|---|
| "trong tháng 3 năm 2023", "tháng 3/2023" | end of that month |
| "quý II/2023", "chậm nhất cuối quý I/2023" | end of that quarter |
| "6 tháng đầu năm 2023" / "6 tháng cuối năm" | 30/6 / 31/12 |
| "giữa năm 2023" | 30/6/2023; "cuối năm 2023", "năm 2023" → 31/12/2023 |
| "trước ngày 30/4/2023", "trước 30/11/2021" | the day before (lenient reading: that day) |
| "chậm nhất ngày 15/5/2023", "đến ngày", "hoàn thành ngày", "ngày 15/5/2023" | that day |
| "quý I hằng năm (tính từ năm 2022)" | every year, end of March, from 2022 |
| "hằng quý", "hằng tháng", "định kỳ 6 tháng" | each quarter / month / half-year end |
| "tháng 12 của năm trước đó", "quý IV năm trước" | for year Y: 31/12 of Y−1 |
| "riêng năm 2021 báo cáo vào tháng 12/2021" | an override of that year's occurrence |
| "thường xuyên", "thường xuyên, liên tục" | continuous (with a review when a period is named) |
| "từ ngày ... đến ngày ..." | a range, due at its end |
| "sau khi có hướng dẫn ...", "trong thời hạn 15 ngày kể từ ..." | relative to an event |
| "đột xuất" | ad hoc |
| "ngày 10 tháng Giêng", "mùng 5 Tết", "10/3 âm lịch" | the lunar date in the year known |

A year taken from the document's date makes the result ``inferred`` with a
warning; nothing is guessed silently; anything else is ``unparsed`` with why.
"""

from __future__ import annotations

import calendar as pycalendar
import datetime as dt
import re
from dataclasses import dataclass, field

from calendar_rules.parser.normalize import Folded, fold
from calendar_rules.periods import FREQ_MONTHS, period_key
from calendar_rules.rules import AdHoc, Before, Continuous, EndOfPeriod, FixedDate, Range, Recurring, Relative, Rule

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4, "01": 1, "02": 2, "03": 3, "04": 4}
LUNAR_MONTHS = {"gieng": 1, "chap": 12, "mot": 11}
Y = r"(\d{4})"
SEP = r"\s*[/.\-]\s*"
YEAR_TAIL = rf"(?:\s*(?:/|-|nam)\s*{Y})?"
QUARTER_RE = re.compile(rf"\bqu[yi]\s*(iv|iii|ii|i|0?[1-4])\b{YEAR_TAIL}")
MONTH_RE = re.compile(rf"\bthang\s*(\d{{1,2}})\b(?!\s*[/.\-]\s*\d{{1,2}}\s*[/.\-])(?:\s*(?:/|-|nam)\s*{Y})?")
HALF_RE = re.compile(rf"\b(?:6|sau)\s*thang\s*(dau|cuoi)\s*nam(?:\s*{Y})?")
# d/m[/y]; with "." or "-" the year is required unless "ngày"/"trước" comes first ("2.2." is a section number)
DATE_RE = re.compile(
    rf"\b(\d{{1,2}})\s*/\s*(\d{{1,2}})(?:{SEP}{Y})?\b|\b(\d{{1,2}})\s*[.\-]\s*(\d{{1,2}})\s*[.\-]\s*{Y}\b|(?:(?<=ngay )|(?<=truoc ))(\d{{1,2}})\s*[.\-]\s*(\d{{1,2}})\b"
)
LONG_DATE_RE = re.compile(rf"\bngay\s*(\d{{1,2}})\s*thang\s*(\d{{1,2}})(?:\s*nam\s*{Y})?")
YEAR_RE = re.compile(rf"\bnam\s*{Y}\b")
LUNAR_RE = re.compile(
    r"\b(?:ngay|mung|mong)\s*(\d{1,2})\s*(?:thang\s*(gieng|chap|\d{1,2})|tet)(?:\s*am\s*lich)?|\b(\d{1,2})\s*/\s*(\d{1,2})\s*am\s*lich"
)
MID_YEAR_RE = re.compile(rf"\bgiua\s*nam(?:\s*{Y})?")
END_YEAR_RE = re.compile(rf"\bcuoi\s*nam(?:\s*{Y})?")
RANGE_RE = re.compile(r"\btu\s*(?:ngay\s*)?(.+?)\s*den\s*(?:het\s*)?(?:ngay\s*)?(.+)$")
RELATIVE_DAYS_RE = re.compile(
    r"\b(?:trong\s*(?:thoi\s*han\s*)?|sau\s*|chậm nhất\s*)?(\d{1,3})\s*ngay\s*(lam\s*viec\s*)?(?:ke\s*tu|sau\s*(?:khi|ngay)?)\s*(.+)$"
)
SAU_KHI_RE = re.compile(r"\bsau\s*khi\s*(.+)$")
EXCEPTION_RE = re.compile(
    rf"\brieng\s*(?:nam\s*)?{Y}\s*[,:]?\s*(?:bao\s*cao\s*|thuc\s*hien\s*|hoan\s*thanh\s*)?(?:vao\s*|trong\s*)?(.+?)(?:\)|;|$)"
)
START_RE = re.compile(
    rf"\b(?:tinh\s*tu|bat\s*dau\s*tu|ke\s*tu|tu)\s*(?:nam\s*{Y}|thang\s*(\d{{1,2}})\s*(?:/|-|nam)\s*{Y}|quy\s*(iv|iii|ii|i)\s*(?:/|nam)\s*{Y})"
)
PREV_YEAR_RE = re.compile(r"\b(?:thang\s*(\d{1,2})|qu[yi]\s*(iv|iii|ii|i))\s*(?:cua\s*)?nam\s*truoc(?:\s*do)?")
RECUR_YEAR = re.compile(r"\b(?:hang|hang)\s*nam\b|\bmoi\s*nam\b|\btung\s*nam\b")
RECUR_QUARTER = re.compile(
    r"\bhang\s*quy\b|\bmoi\s*quy\b|\btung\s*quy\b|\bdinh\s*ky\s*(?:hang\s*)?quy\b|\bsau\s*moi\s*dot\b.*\bquy\b"
)
RECUR_MONTH = re.compile(r"\bhang\s*thang\b|\bmoi\s*thang\b|\bdinh\s*ky\s*hang\s*thang\b")
RECUR_HALF = re.compile(
    r"\b(?:dinh\s*ky\s*)?(?:6|sau)\s*thang\s*(?:mot\s*lan|,|mot\s*lan,)?\s*(?:va\s*)?hang\s*nam\b|\bdinh\s*ky\s*(?:6|sau)\s*thang\b|\bhang\s*6\s*thang\b|\bmoi\s*6\s*thang\b"
)
CONTINUOUS_RE = re.compile(r"\bthuong\s*xuyen\b|\blien\s*tuc\b")
ADHOC_RE = re.compile(r"\bdot\s*xuat\b")
BEFORE_RE = re.compile(r"\btruoc\s*(?:ngay\s*)?$")
DEADLINE_DAY_RE = re.compile(r"\b(?:cham\s*nhat|den|hoan\s*thanh|han|thoi\s*han|xong)\b[^0-9]{0,20}$")


@dataclass(frozen=True)
class Conventions:
    """How an organisation reads ambiguous phrases."""

    before_is_inclusive: bool = False  # "trước ngày D": False → due D−1 (strict); True → due D
    policy: str = "next"


@dataclass(frozen=True)
class ParseResult:
    phrase: str
    rule: Rule | None
    kind: str
    confidence: str
    span: tuple[int, int]
    warnings: tuple[str, ...] = ()
    reason: str | None = None

    @property
    def understood(self) -> bool:
        return self.rule is not None


@dataclass
class _Found:
    """What the scanner saw in a phrase, with folded spans."""

    warnings: list[str] = field(default_factory=list)
    inferred: bool = False
    spans: list[tuple[int, int]] = field(default_factory=list)


def _roman(token: str) -> int:
    return ROMAN[token.lower()]


def _year(raw: str | None, issued: dt.date | None, found: _Found, what: str) -> int | None:
    if raw:
        return int(raw)
    if issued is None:
        found.warnings.append(f"không rõ năm của '{what}' và không có ngày ban hành")
        return None
    found.inferred = True
    found.warnings.append(f"năm {issued.year} lấy theo ngày ban hành văn bản ({what})")
    return issued.year


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _lunar(match: re.Match[str], year: int) -> dt.date | None:
    from lunardate import LunarDate

    if match.group(3):  # "10/3 âm lịch"
        day, month = int(match.group(3)), int(match.group(4))
    else:
        day = int(match.group(1))
        month_word = match.group(2)
        month = 1 if month_word is None else LUNAR_MONTHS.get(month_word, 0) or int(month_word)
    try:
        return LunarDate(year, month, day).toSolarDate()
    except (ValueError, KeyError):
        return None


@dataclass(frozen=True)
class _DateMatch:
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


def _find_date(text: str, start: int = 0) -> _DateMatch | None:
    long = LONG_DATE_RE.search(text, start)
    short = DATE_RE.search(text, start)
    found: list[_DateMatch] = []
    if long:
        found.append(
            _DateMatch(int(long.group(1)), int(long.group(2)), long.group(3), long.start(), long.end(), long.group(0))
        )
    if short:
        g = short.groups()  # (d, m, y?) for d/m[/y]; (d, m, y) for d.m.y; (d, m) after ngày/trước
        if g[0] is not None:
            day, month, year = g[0], g[1], g[2]
        elif g[3] is not None:
            day, month, year = g[3], g[4], g[5]
        else:
            day, month, year = g[6], g[7], None
        found.append(_DateMatch(int(day), int(month), year, short.start(), short.end(), short.group(0)))
    return min(found, key=lambda m: m.start()) if found else None


def _date_of(match: _DateMatch, issued: dt.date | None, found: _Found) -> dt.date | None:
    day, month = match.day, match.month
    year = _year(match.year, issued, found, match.text)
    if year is None:
        return None
    date = _safe_date(year, month, day)
    if date and not match.year and issued and date < issued:
        found.warnings.append(f"ngày {date.strftime('%d/%m/%Y')} trước ngày ban hành: có thể là năm sau")
    return date


def _result(phrase: Folded, rule: Rule | None, found: _Found, reason: str | None = None) -> ParseResult:
    if found.spans:
        start, end = min(s for s, _ in found.spans), max(e for _, e in found.spans)
        span = phrase.span(start, end)
    else:
        span = (0, len(phrase.original))
    if rule is None:
        return ParseResult(
            phrase.original,
            None,
            "unparsed",
            "unsure",
            span,
            tuple(found.warnings),
            reason or "không nhận ra thời hạn trong cụm từ",
        )
    confidence = (
        "unsure" if any("có thể" in w for w in found.warnings) else ("inferred" if found.inferred else "certain")
    )
    return ParseResult(phrase.original, rule, rule.kind, confidence, span, tuple(found.warnings), None)


def _period_anchor(text: str, found: _Found, issued: dt.date | None) -> tuple[str | None, int | None, str | None]:
    """The single-period expression of a phrase: ('Q', q, yearRaw) / ('M', m, y) / ('H', h, y) / ('Y', None, y)."""
    candidates: list[tuple[re.Match[str], str]] = []
    for regex, kind in ((HALF_RE, "H"), (QUARTER_RE, "Q"), (MONTH_RE, "M")):
        match = regex.search(text)
        if match and (kind != "M" or 1 <= int(match.group(1)) <= 12):
            candidates.append((match, kind))
    if candidates:
        # an expression that names its year wins over one that leaves it to the document date
        with_year = [c for c in candidates if c[0].group(2)]
        match, kind = min(with_year or candidates, key=lambda c: c[0].start())
        found.spans.append(match.span())
        if kind == "H":
            return "H", 1 if match.group(1) == "dau" else 2, match.group(2)
        if kind == "Q":
            return "Q", _roman(match.group(1)), match.group(2)
        return "M", int(match.group(1)), match.group(2)
    mid = MID_YEAR_RE.search(text)
    if mid:
        found.spans.append(mid.span())
        return "MID", None, mid.group(1)
    end = END_YEAR_RE.search(text)
    if end:
        found.spans.append(end.span())
        return "Y", None, end.group(1)
    year = YEAR_RE.search(text)
    if year:
        found.spans.append(year.span())
        return "Y", None, year.group(1)
    return None, None, None


def _recurring(text: str, issued: dt.date | None, found: _Found) -> Rule | None:
    freq = None
    for regex, name in (
        (RECUR_HALF, "semiannual"),
        (RECUR_QUARTER, "quarterly"),
        (RECUR_MONTH, "monthly"),
        (RECUR_YEAR, "annual"),
    ):
        match = regex.search(text)
        if match:
            freq = name
            found.spans.append(match.span())
            break
    if freq is None:
        return None
    anchor = "end"
    start: dt.date | None = None
    overrides: list[tuple[str, dt.date]] = []
    prev = PREV_YEAR_RE.search(text)
    if freq == "annual" and prev:
        found.spans.append(prev.span())
        month = int(prev.group(1)) if prev.group(1) else _roman(prev.group(2)) * 3
        anchor = f"prevyear-month:{month}"
    elif freq == "annual":
        body = EXCEPTION_RE.split(text)[0]
        quarter = QUARTER_RE.search(body)
        month = MONTH_RE.search(body)
        half = HALF_RE.search(body)
        if half:
            anchor = f"month:{6 if half.group(1) == 'dau' else 12}"
            found.spans.append(half.span())
        elif quarter:
            anchor = f"month:{_roman(quarter.group(1)) * 3}"
            found.spans.append(quarter.span())
        elif month and 1 <= int(month.group(1)) <= 12:
            anchor = f"month:{int(month.group(1))}"
            found.spans.append(month.span())
        else:
            date = _find_date(body)
            if date and 1 <= date.month <= 12 and 1 <= date.day <= 31:
                anchor = f"date:{date.month:02d}-{date.day:02d}"
                found.spans.append(date.span())
    elif freq == "quarterly":
        date = _find_date(text)
        offset = re.search(r"\b(\d{1,2})\s*ngay\s*(?:dau\s*)?(?:sau|cua)\s*(?:moi\s*)?(?:quy|ky)", text)
        if offset:
            found.spans.append(offset.span())
            return Recurring("quarterly", "end", offset_days=int(offset.group(1)))
        if date:
            found.warnings.append("ngày cụ thể trong quy tắc hằng quý chưa được hỗ trợ: lấy ngày cuối quý")
    started = START_RE.search(text)
    if started:
        found.spans.append(started.span())
        if started.group(1):
            start = dt.date(int(started.group(1)), 1, 1)
        elif started.group(2):
            start = dt.date(int(started.group(3)), int(started.group(2)), 1)
        else:
            quarter = _roman(started.group(4))
            start = dt.date(int(started.group(5)), quarter * 3 - 2, 1)
    for exception in EXCEPTION_RE.finditer(text):
        year = int(exception.group(1))
        found.spans.append(exception.span())
        inner = _single(fold(exception.group(2)), dt.date(year, 1, 1), _Found())
        due = getattr(inner, "due", None) if inner else None
        if due is None:
            found.warnings.append(f"không hiểu ngoại lệ '{exception.group(0)}'")
            continue
        key = str(year) if freq == "annual" else _period_of(freq, due)
        overrides.append((key, due))
        if start is None:
            start = dt.date(year, 1, 1)
    if start is None and issued is not None and freq != "annual":
        pass
    return Recurring(freq, anchor, start=start, overrides=tuple(overrides))


def _period_of(freq: str, day: dt.date) -> str:
    """The period of ``freq`` that contains ``day``."""
    return period_key(freq, day.year, (day.month - 1) // FREQ_MONTHS[freq] + 1)


def _single(
    phrase: Folded, issued: dt.date | None, found: _Found, conventions: Conventions = Conventions()
) -> Rule | None:
    """A one-off deadline: a day, before a day, or the end of a period."""
    text = phrase.text
    lunar = LUNAR_RE.search(text)
    if lunar and ("am lich" in text or "tet" in text or "gieng" in text or "chap" in text):
        year_match = YEAR_RE.search(text, lunar.end())
        year = _year(year_match.group(1) if year_match else None, issued, found, lunar.group(0))
        if year is None:
            return None
        day = _lunar(lunar, year)
        found.spans.append(lunar.span())
        if day is None:
            return None
        found.warnings.append(f"ngày âm lịch đổi sang dương lịch: {day.strftime('%d/%m/%Y')}")
        return FixedDate(day)
    date = _find_date(text)
    if date:
        day = _date_of(date, issued, found)
        if day is None:
            return None
        found.spans.append(date.span())
        prefix = text[: date.start()]
        if BEFORE_RE.search(prefix):
            found.spans.append(BEFORE_RE.search(prefix).span())  # type: ignore[union-attr]
            return Before(day, lenient=conventions.before_is_inclusive)
        return FixedDate(day)
    kind, index, year_raw = _period_anchor(text, found, issued)
    if kind is None:
        return None
    year = _year(year_raw, issued, found, text)
    if year is None:
        return None
    before = bool(re.search(r"\btruoc\s*$", text[: found.spans[-1][0]]))
    if kind == "H":
        rule: Rule = EndOfPeriod(f"{year}-H{index}")
    elif kind == "Q":
        rule = EndOfPeriod(f"{year}-Q{index}")
    elif kind == "M":
        rule = EndOfPeriod(f"{year}-{index:02d}")
    elif kind == "MID":
        rule = FixedDate(dt.date(year, 6, 30))
    else:
        rule = EndOfPeriod(f"{year}")
    if before:
        first_day = _first_day(rule)
        found.warnings.append("'trước' một kỳ: hạn là ngày cuối của kỳ liền trước")
        return Before(first_day, lenient=False) if first_day else rule
    return rule


def _first_day(rule: Rule) -> dt.date | None:
    from calendar_rules.periods import period_bounds

    if isinstance(rule, EndOfPeriod):
        return period_bounds(rule.period)[0]
    return None


def parse_phrase(text: str, issued: dt.date | None = None, conventions: Conventions = Conventions()) -> ParseResult:
    """Read one deadline phrase. Never raises on any text: failures are ``unparsed`` results."""
    try:
        return _parse(text if isinstance(text, str) else str(text), issued, conventions)
    except Exception as exc:  # the contract: any text in, a result out
        return ParseResult(str(text), None, "unparsed", "unsure", (0, len(str(text))), (), f"không đọc được: {exc}")


def _parse(text: str, issued: dt.date | None, conventions: Conventions) -> ParseResult:
    phrase = fold(text)
    t = phrase.text
    found = _Found()
    if not t:
        return _result(phrase, None, found, "cụm từ rỗng")
    continuous = CONTINUOUS_RE.search(t)
    dated_first = None
    if continuous:
        # "hoàn thành kế hoạch vào quý I hằng năm và tổ chức thường xuyên": the deadline is the
        # dated part; "thường xuyên" describes the activity that follows it.
        before = START_RE.sub(" ", t[: continuous.start()])  # "bắt đầu từ tháng 12/2021" is a start, not a deadline
        probe = _Found()
        dated_first = _recurring(before, issued, probe) or _single(fold(before), issued, probe, conventions)
    if continuous and dated_first is None:
        found.spans.append(continuous.span())
        review = _recurring(t, issued, found)
        if review is None:
            # "bắt đầu từ tháng 12/2021 và thường xuyên": a start, then no deadline
            started = START_RE.search(t)
            if started:
                found.spans.append(started.span())
                found.warnings.append("nhiệm vụ thường xuyên: không có hạn chót, chỉ có thời điểm bắt đầu")
        return _result(phrase, Continuous(review if isinstance(review, Recurring) else None), found)
    adhoc = ADHOC_RE.search(t)
    if adhoc:
        found.spans.append(adhoc.span())
        return _result(phrase, AdHoc(), found)
    rng = RANGE_RE.search(t)
    if rng and _find_date(rng.group(1)) and _find_date(rng.group(2)):
        first = _date_of(_find_date(rng.group(1)), issued, found)  # type: ignore[arg-type]
        last = _date_of(_find_date(rng.group(2)), issued, found)  # type: ignore[arg-type]
        found.spans.append(rng.span())
        if first and last and first <= last:
            return _result(phrase, Range(first, last), found)
    relative = RELATIVE_DAYS_RE.search(t)
    if relative:
        found.spans.append(relative.span())
        event = phrase.original[
            phrase.span(relative.start(3), relative.end(3))[0] : phrase.span(relative.start(3), relative.end(3))[1]
        ].strip(" .;,)")
        return _result(
            phrase, Relative(event or "sự kiện", int(relative.group(1)), working=bool(relative.group(2))), found
        )
    after = SAU_KHI_RE.search(t)
    if after and not _find_date(t) and not QUARTER_RE.search(t) and not MONTH_RE.search(t):
        found.spans.append(after.span())
        event = phrase.original[slice(*phrase.span(after.start(1), after.end(1)))].strip(" .;,)")
        found.warnings.append("hạn tính từ một sự kiện: cần ghi nhận ngày của sự kiện và số ngày")
        return _result(phrase, Relative(event or "sự kiện", 0), found)
    recurring = _recurring(t, issued, found)
    if recurring is not None:
        return _result(phrase, recurring, found)
    prev = PREV_YEAR_RE.search(t)
    if prev:  # "tháng 12 của năm trước đó": for each year Y, the end of that month of Y−1
        found.spans.append(prev.span())
        month = int(prev.group(1)) if prev.group(1) else _roman(prev.group(2)) * 3
        return _result(phrase, Recurring("annual", f"prevyear-month:{month}"), found)
    single = _single(phrase, issued, found, conventions)
    if single is not None:
        return _result(phrase, single, found)
    return _result(phrase, None, found)


def days_in_month(year: int, month: int) -> int:
    return pycalendar.monthrange(year, month)[1]
