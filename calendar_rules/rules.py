"""Deadline rules: small frozen dataclasses that validate themselves.

Each rule has a canonical text form (``str(rule)``) that plan files store and
``parse_canonical`` reads back (``parse_canonical(str(r)) == r``)::

    on 2023-04-29                          a fixed date
    end 2023-Q2                            the last day of a period (month, quarter, half, year)
    before 2023-04-30 [lenient]            "trước ngày 30/4": due 29/4 (lenient: 30/4)
    every quarter at end [from D] [until D] [offset +Nd] [override P=D]... [skip P]...
    range 2023-03-01..2023-04-30           "từ ngày ... đến ngày ...": due the end
    after "sự kiện" +15d | +15wd           relative to an event someone records later
    continuous [review <every ...>]        "thường xuyên", with an optional periodic review
    adhoc                                  "đột xuất"

Anchors of a recurring rule: ``end`` (the period's last day), ``month:M`` (end of
the M-th month of the period), ``day:N`` (day N of the period's last month:
"ngày 20 hằng tháng", "ngày 05 tháng cuối quý"), ``month:M:day:N`` (day N of the
M-th month of the period; a day past the month's end is its last day), ``date:MM-DD`` (annual), ``workday:N`` (the N-th
working day of the period), ``prevyear-month:M`` (annual: end of month M of the
year before the period's year, e.g. "tháng 12 của năm trước đó"), ``after:M`` (end of the
M-th month after the period) and ``after:M:day:N`` (day N of that month): a return due
after the period it reports on ("ngày 20 của tháng tiếp theo", "ngày cuối cùng của tháng
đầu quý sau"), each occurrence kept with its period.
"""

from __future__ import annotations

import datetime as dt
import re
import shlex
from dataclasses import dataclass

from calendar_rules.errors import RulesError
from calendar_rules.periods import FREQ_MONTHS, period_bounds

FREQ_WORDS = {"month": "monthly", "quarter": "quarterly", "half": "semiannual", "year": "annual"}
WORD_OF_FREQ = {v: k for k, v in FREQ_WORDS.items()}
_ANCHOR = re.compile(
    r"^(end|month:(\d{1,2})(?::day:(\d{1,2}))?|date:(\d{2})-(\d{2})|workday:(-?\d{1,2})|prevyear-month:(\d{1,2})"
    r"|day:(\d{1,2})|after:(\d{1,2})(?::day:(\d{1,2}))?)$"
)
_PERIOD = re.compile(r"^\d{4}(-(H[12]|Q[1-4]|\d{2}(-\d{2})?))?$")


def _iso(day: dt.date) -> str:
    return day.isoformat()


def _date(text: str, what: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise RulesError(f"{what}: '{text}' không phải ngày dạng YYYY-MM-DD") from None


@dataclass(frozen=True)
class FixedDate:
    due: dt.date
    kind = "fixed"

    def __str__(self) -> str:
        return f"on {_iso(self.due)}"


@dataclass(frozen=True)
class EndOfPeriod:
    period: str
    kind = "fixed"

    def __post_init__(self) -> None:
        if not _PERIOD.match(self.period):
            raise RulesError(f"kỳ '{self.period}' không hợp lệ")
        period_bounds(self.period)

    @property
    def due(self) -> dt.date:
        return period_bounds(self.period)[1]

    def __str__(self) -> str:
        return f"end {self.period}"


@dataclass(frozen=True)
class Before:
    day: dt.date
    lenient: bool = False
    kind = "fixed"

    @property
    def due(self) -> dt.date:
        return self.day if self.lenient else self.day - dt.timedelta(days=1)

    def __str__(self) -> str:
        return f"before {_iso(self.day)}" + (" lenient" if self.lenient else "")


@dataclass(frozen=True)
class Recurring:
    freq: str
    anchor: str = "end"
    start: dt.date | None = None
    until: dt.date | None = None
    overrides: tuple[tuple[str, dt.date], ...] = ()
    skips: tuple[str, ...] = ()
    offset_days: int = 0
    kind = "recurring"

    def __post_init__(self) -> None:
        if self.freq not in FREQ_MONTHS:
            raise RulesError(f"tần suất '{self.freq}' không hợp lệ (monthly, quarterly, semiannual, annual)")
        match = _ANCHOR.match(self.anchor)
        if not match:
            raise RulesError(
                f"mốc '{self.anchor}' không hợp lệ (end, day:N, month:M, month:M:day:N, date:MM-DD, workday:N,"
                " prevyear-month:M, after:M, after:M:day:N)"
            )
        months = FREQ_MONTHS[self.freq]
        if match.group(2) and not 1 <= int(match.group(2)) <= months:
            raise RulesError(f"mốc '{self.anchor}': tháng phải từ 1 đến {months} trong kỳ")
        if match.group(4):
            if self.freq != "annual":
                raise RulesError("mốc date:MM-DD chỉ dùng cho quy tắc hằng năm")
            dt.date(2024, int(match.group(4)), int(match.group(5)))  # validates month/day (leap year allows 02-29)
        if match.group(6) and int(match.group(6)) == 0:
            raise RulesError("mốc workday:N cần N khác 0")
        if match.group(9) and not 1 <= int(match.group(9)) <= 12:
            raise RulesError(f"mốc '{self.anchor}': số tháng sau kỳ phải từ 1 đến 12")
        day = match.group(3) or match.group(8) or match.group(10)
        if day and not 1 <= int(day) <= 31:
            raise RulesError(f"mốc '{self.anchor}': ngày phải từ 1 đến 31")
        if match.group(7):
            if self.freq != "annual":
                raise RulesError("mốc prevyear-month:M chỉ dùng cho quy tắc hằng năm")
            if not 1 <= int(match.group(7)) <= 12:
                raise RulesError(f"mốc '{self.anchor}': tháng phải từ 1 đến 12")
        if self.start and self.until and self.until < self.start:
            raise RulesError("ngày kết thúc (until) trước ngày bắt đầu (from)")
        for period, _ in self.overrides:
            if not _PERIOD.match(period):
                raise RulesError(f"kỳ ghi đè '{period}' không hợp lệ")
        object.__setattr__(self, "overrides", tuple(sorted(self.overrides)))
        object.__setattr__(self, "skips", tuple(sorted(set(self.skips))))

    def __str__(self) -> str:
        parts = [f"every {WORD_OF_FREQ[self.freq]} at {self.anchor}"]
        if self.start:
            parts.append(f"from {_iso(self.start)}")
        if self.until:
            parts.append(f"until {_iso(self.until)}")
        if self.offset_days:
            parts.append(f"offset {self.offset_days:+d}d")
        parts.extend(f"override {p}={_iso(d)}" for p, d in self.overrides)
        parts.extend(f"skip {p}" for p in self.skips)
        return " ".join(parts)

    def rrule(self) -> str | None:
        """RFC 5545 RRULE where one expresses the rule (not for working-day or previous-year anchors); an ``after:``
        anchor gives the same dates as the month it falls in."""
        match = _ANCHOR.match(self.anchor)
        assert match
        months = FREQ_MONTHS[self.freq]
        until = f";UNTIL={self.until.strftime('%Y%m%d')}" if self.until else ""
        if match.group(6) or match.group(7) or self.overrides or self.skips:
            return None  # working-day anchors, previous-year anchors and per-period exceptions have no plain RRULE
        day = match.group(3) or match.group(8) or match.group(10)
        if self.offset_days and not (day and 1 <= int(day) + self.offset_days <= 28):
            return None  # an offset that may cross a month boundary has no plain RRULE
        if match.group(4):
            return f"FREQ=YEARLY;BYMONTH={int(match.group(4))};BYMONTHDAY={int(match.group(5))}{until}"
        month_in_period = int(match.group(2)) if match.group(2) else months
        if match.group(9):  # M months after the period: that month of each cycle
            month_in_period = (months + int(match.group(9)) - 1) % months + 1
        # a day after the 28th is the month's last day in short months: no single BYMONTHDAY says that
        if day and int(day) + self.offset_days > 28:
            return None
        month_day = str(int(day) + self.offset_days) if day else "-1"
        by_month = ",".join(str(m) for m in range(month_in_period, 13, months))
        return (
            f"FREQ=YEARLY;BYMONTH={by_month};BYMONTHDAY={month_day}{until}"
            if months > 1
            else f"FREQ=MONTHLY;BYMONTHDAY={month_day}{until}"
        )


@dataclass(frozen=True)
class Range:
    start: dt.date
    end: dt.date
    kind = "range"

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise RulesError(f"khoảng thời gian ngược: {self.start.isoformat()} sau {self.end.isoformat()}")

    @property
    def due(self) -> dt.date:
        return self.end

    def __str__(self) -> str:
        return f"range {_iso(self.start)}..{_iso(self.end)}"


@dataclass(frozen=True)
class Relative:
    """Due a number of days (working days, or months) after an event someone records later."""

    event: str
    days: int
    working: bool = False
    months: bool = False  # "trong thời hạn 06 tháng kể từ ...": ``days`` counts months
    kind = "relative"

    def __post_init__(self) -> None:
        if not self.event.strip():
            raise RulesError("quy tắc tương đối cần tên sự kiện")
        if self.working and self.months:
            raise RulesError("quy tắc tương đối: không thể vừa tính tháng vừa tính ngày làm việc")

    def __str__(self) -> str:
        unit = "mo" if self.months else ("wd" if self.working else "d")
        return f"after {shlex.quote(self.event)} {self.days:+d}{unit}"

    def due_after(self, event_day: dt.date) -> dt.date:
        """Calendar due date once the event is known (working days need a calendar)."""
        if self.months:
            month_index = event_day.month - 1 + self.days
            year, month = event_day.year + month_index // 12, month_index % 12 + 1
            last = period_bounds(f"{year}-{month:02d}")[1].day
            return dt.date(year, month, min(event_day.day, last))
        return event_day + dt.timedelta(days=self.days)


@dataclass(frozen=True)
class Continuous:
    review: Recurring | None = None
    kind = "continuous"

    def __str__(self) -> str:
        return "continuous" + (f" review {self.review}" if self.review else "")


@dataclass(frozen=True)
class AdHoc:
    kind = "adhoc"

    def __str__(self) -> str:
        return "adhoc"


Rule = FixedDate | EndOfPeriod | Before | Recurring | Range | Relative | Continuous | AdHoc


def frequency_of(rule: Rule) -> str | None:
    if isinstance(rule, Recurring):
        return rule.freq
    if isinstance(rule, Continuous) and rule.review:
        return rule.review.freq
    return None


def rrule_of(rule: Rule) -> str | None:
    if isinstance(rule, Recurring):
        return rule.rrule()
    if isinstance(rule, Continuous) and rule.review:
        return rule.review.rrule()
    return None


def parse_canonical(text: str) -> Rule:
    """Read a canonical rule text; RulesError says what was expected."""
    try:
        tokens = shlex.split(text.strip())
    except ValueError as exc:
        raise RulesError(f"quy tắc '{text}' không đọc được: {exc}") from None
    if not tokens:
        raise RulesError("quy tắc rỗng")
    head, rest = tokens[0], tokens[1:]
    if head == "on" and len(rest) == 1:
        return FixedDate(_date(rest[0], "on"))
    if head == "end" and len(rest) == 1:
        return EndOfPeriod(rest[0])
    if head == "before" and len(rest) in (1, 2) and (len(rest) == 1 or rest[1] == "lenient"):
        return Before(_date(rest[0], "before"), lenient=len(rest) == 2)
    if head == "range" and len(rest) == 1 and ".." in rest[0]:
        a, b = rest[0].split("..", 1)
        return Range(_date(a, "range"), _date(b, "range"))
    if head == "after" and len(rest) == 2:
        match = re.match(r"^([+-]\d+)(wd|d|mo)$", rest[1])
        if not match:
            raise RulesError(f"'{rest[1]}': cần dạng +15d, +15wd hoặc +6mo")
        unit = match.group(2)
        return Relative(rest[0], int(match.group(1)), working=unit == "wd", months=unit == "mo")
    if head == "adhoc" and not rest:
        return AdHoc()
    if head == "continuous":
        if not rest:
            return Continuous()
        if rest[0] == "review" and len(rest) > 1:
            review = _parse_recurring(rest[1:], text)
            return Continuous(review)
    if head == "every":
        return _parse_recurring(tokens, text)
    raise RulesError(
        f"quy tắc '{text}' không đúng dạng chuẩn (on, end, before, every, range, after, continuous, adhoc)"
    )


def _parse_recurring(tokens: list[str], text: str) -> Recurring:
    if len(tokens) < 4 or tokens[0] != "every" or tokens[2] != "at":
        raise RulesError(f"quy tắc '{text}': cần 'every <month|quarter|half|year> at <mốc>'")
    freq = FREQ_WORDS.get(tokens[1])
    if freq is None:
        raise RulesError(f"quy tắc '{text}': tần suất '{tokens[1]}' không hợp lệ (month, quarter, half, year)")
    values: dict[str, object] = {"anchor": tokens[3]}
    overrides: list[tuple[str, dt.date]] = []
    skips: list[str] = []
    rest = tokens[4:]
    if len(rest) % 2:
        raise RulesError(f"quy tắc '{text}': thiếu giá trị sau '{rest[-1]}'")
    for key, value in zip(rest[::2], rest[1::2], strict=True):
        if key == "from":
            values["start"] = _date(value, "from")
        elif key == "until":
            values["until"] = _date(value, "until")
        elif key == "offset":
            match = re.match(r"^([+-]\d+)d$", value)
            if not match:
                raise RulesError(f"offset '{value}': cần dạng +10d")
            values["offset_days"] = int(match.group(1))
        elif key == "override" and "=" in value:
            period, day = value.split("=", 1)
            overrides.append((period, _date(day, "override")))
        elif key == "skip":
            skips.append(value)
        else:
            raise RulesError(f"quy tắc '{text}': không hiểu '{key} {value}'")
    return Recurring(freq=freq, overrides=tuple(overrides), skips=tuple(skips), **values)  # type: ignore[arg-type]
