"""Hedged dates: a plan not yet fixed, a forecast, and a weekday that does not fit its date.

These checks run after the audit (``audit.review``) on a dated reading. Each is a case where the text itself
says the date is not settled, so the reading can never be ``certain``:

- "Dự kiến tháng 12/2020 (thời gian cụ thể thông báo sau)": a planned date, with no hard limit beside it
  ("chậm nhất"), is what someone intends: read as the due date, for a person to confirm (``unsure``: a plan
  moves, and a planned day is often an event's, not a duty's); a time "to be announced later" is not fixed at all;
- "Học kỳ 2 Từ 01/12 đến 20/12": a term's window with no year may be each year's (``unsure``);
- "thời gian còn lại của quý I không còn nhiều": how little of a period is left urges haste; the period's end is not
  the duty's deadline (``unsure``);
- "Sau thời gian 23h55’ ngày 10/03/2024 Hệ thống sẽ KHÔNG nhận hồ sơ": a moment after which something stops reads as a
  cut-off, or as the consequence of a deadline told before it (``unsure``);
- "Gửi Biên bản ... ngay sau khi kết thúc hội nghị. Báo cáo ... chậm nhất ngày 03/02/2026.": another sentence sets its
  own duty's time from an event; the date read may not be the one meant (``unsure``);
- "bão số 7 có khả năng khoảng 10h ngày 14-10 sẽ đi vào đất liền": a forecast of what may happen is no duty
  (refused when no duty word is written; otherwise doubted);
- "ngày 26 tháng 10 năm 2019 (thứ Hai)" in a letter of 12/10/2020: 26/10/2019 is a Saturday, 26/10/2020 a
  Monday. One of the two is a typo; the weekday usually is the part copied fresh, the year the part left from
  last year's letter. The reading takes the year next to the issue year on which the weekday fits, if there
  is one, and is ``unsure`` either way (a person checks the original).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from calendar_rules.parser.dates import weekday_number
from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.patterns import HARD_RE, PLANNED_RE, WEEKDAY_NAMES, YEAR
from calendar_rules.parser.result import Found
from calendar_rules.rules import FixedDate, Rule
from calendar_rules.vietnamese import WEEKDAYS_VI, format_day

LATER_RE = re.compile(r"\b(?:thong\s*bao|huong\s*dan|co\s*van\s*ban\s*huong\s*dan)\s*sau\b")
# what may happen: "có khả năng", "nhiều khả năng", "dự báo", "ước tính", "theo dự báo"
FORECAST_RE = re.compile(r"\b(?:(?:co|nhieu)\s*kha\s*nang|du\s*bao|uoc\s*tinh)\b")
# what makes a forecast's date someone's duty after all: "yêu cầu ... về bờ trước 17h ngày 14-10"
FORECAST_DUTY_RE = re.compile(
    r"\b(?:phai|yeu\s*cau|de\s*nghi|hoan\s*thanh|cham\s*nhat|truoc|khan\s*truong|chi\s*dao|giao)\b"
)
# a table row labelled by a school term: "Học kỳ 1 Từ 01/7 đến 20/7", "- Học kỳ II: ...", "Học kỳ hè ..."
# "thời gian còn lại của quý I không còn nhiều": how little of a period is left, a reason to hurry, not its end as a
# deadline (the duty that follows is often ongoing)
REMAINING_RE = re.compile(r"\bthoi\s*gian\s*con\s*lai\s*(?:cua\s*)?(?:quy|nam|thang|hoc\s*ky|nhiem\s*ky)\b")
TERM_ROW_RE = re.compile(r"^[\s\-+•*–]*hoc\s*ky\s*(?:\d|[iv]{1,3}|he|phu)\b")
# a moment after which something is no longer done: "Sau thời gian 23h55’ ngày 10/03/2024 Hệ thống sẽ KHÔNG nhận hồ sơ",
# "Sau 17h ngày 10/3 ..." (a hard cut-off to some, the consequence of a deadline told before to others)
AFTER_MOMENT_RE = re.compile(
    r"\bsau\s*(?:(?:thoi\s*(?:gian|diem)|moc)\s*)?(?:\d{1,2}\s*(?:h|g|gio)\s*\d{0,2}\W{0,3}\s*)?(?:ngay\s*)?$"
)
# a time counted from an event, which a sentence of its own may set for another duty: "Gửi Biên bản ... ngay sau khi kết
# thúc hội nghị. Báo cáo ... chậm nhất ngày 03/02/2026."
EVENT_TIME_RE = re.compile(
    r"\b(?:ngay\s*)?sau\s*khi\b|\bngay\s*khi\b|\bke\s*tu\s*(?:ngay|khi)\b|\btrong\s*(?:vong|thoi\s*han)\s*\d"
)
SENTENCE_END_RE = re.compile(r"[.!?]\s+(?=\S)")
ANY_YEAR_RE = re.compile(rf"(?<!\d){YEAR}(?!\d)")
# a weekday beside the date: "(thứ Hai)", "(Thứ 2)", ", thứ Hai", "Chủ nhật"
_NAMED = rf"(?:thu\s*({WEEKDAY_NAMES})|(chu\s*nhat))"  # (groups: the word after "thứ", or Sunday)
WEEKDAY_AFTER_RE = re.compile(rf"\s*[(,\-–]?\s*{_NAMED}\b")
WEEKDAY_BEFORE_RE = re.compile(rf"{_NAMED}\s*[,\-–]?\s*(?:ngay\s*)?$")


def _weekday(match: re.Match[str]) -> int:
    """Monday is 0, as ``date.weekday``; "thứ 2" is Monday, "chủ nhật" Sunday."""
    if match.group(2):
        return 6
    return weekday_number(match.group(1))


def written_weekday(text: str, spans: list[tuple[int, int]]) -> int | None:
    """The weekday written right before or after the date read, if any."""
    if not spans:
        return None
    start, end = min(a for a, _ in spans), max(b for _, b in spans)
    after = WEEKDAY_AFTER_RE.match(text, end)
    before = WEEKDAY_BEFORE_RE.search(text, max(0, start - 20), start)
    match = after or before
    return _weekday(match) if match else None


def hedge(phrase: Folded, rule: Rule, found: Found, issued: dt.date | None) -> tuple[Rule, str | None]:
    """The rule (its year maybe moved to fit the weekday written), or why the dated phrase is not a deadline."""
    text = phrase.text
    if REMAINING_RE.search(text):
        found.doubt("câu nói thời gian còn lại của một kỳ, không đặt hạn: cần người xác định")
    due = getattr(rule, "due", None)
    if not isinstance(due, dt.date):
        return rule, None
    first = min((a for a, _ in found.spans), default=0)
    if AFTER_MOMENT_RE.search(text, max(0, first - 40), first):
        found.doubt("mốc sau đó việc không còn được làm ('sau ... ngày ...'): có thể là hạn, cần người xác định")
    if FORECAST_RE.search(text, 0, first):
        if not FORECAST_DUTY_RE.search(text):
            return rule, "dự báo điều có thể xảy ra, không giao việc: không phải hạn chót"
        found.doubt("câu có dự báo ('có khả năng', 'dự báo'): ngày có thể là điều dự báo, cần người xác định")
    if PLANNED_RE.search(text) and not HARD_RE.search(text):
        # (a plan is a guess a person confirms: "Ngày tập trung: Dự kiến 8h00 ngày 24 tháng 3 năm 2017" is an event,
        # "kế hoạch bảo vệ ... dự kiến vào ngày 11/7/2021" a plan since moved)
        found.doubt("thời gian 'dự kiến', không có hạn chót: đọc thời gian dự kiến là hạn, cần người xác nhận")
    if TERM_ROW_RE.match(text) and not ANY_YEAR_RE.search(text):
        # "Học kỳ 2 Từ 01/12 đến 20/12": a term's window with no year may be the same window every year
        found.doubt("khoảng thời gian của một học kỳ, không ghi năm: có thể lặp lại hằng năm, cần người xác nhận")
    if LATER_RE.search(text):
        found.doubt("thời gian cụ thể sẽ thông báo sau: chưa chốt, cần người xác định")
    if _other_sentence_timed(text, found.spans):
        found.doubt("một câu khác trong cụm đặt thời hạn theo một sự kiện ('ngay sau khi ...'): cần người xác định")
    weekday = written_weekday(text, found.spans)
    if isinstance(rule, FixedDate) and weekday is not None and weekday != due.weekday():
        return _fit_weekday(rule, weekday, found, issued), None
    return rule, None


def _other_sentence_timed(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a sentence the reading did not use counts a time from an event (a duty of its own, not read)."""
    bounds = [0, *(m.end() for m in SENTENCE_END_RE.finditer(text)), len(text)]
    if len(bounds) < 3 or not spans:
        return False
    for start, end in itertools.pairwise(bounds):
        used = any(a < end and b > start for a, b in spans)
        if not used and EVENT_TIME_RE.search(text, start, end):
            return True
    return False


def _fit_weekday(rule: FixedDate, weekday: int, found: Found, issued: dt.date | None) -> Rule:
    due = rule.due
    written = WEEKDAYS_VI[weekday]
    # (only the issue year or the next: a date of the issue year with a wrong weekday more likely has a wrong weekday)
    stale = issued is not None and due.year != issued.year
    years = [y for y in (issued.year, issued.year + 1) if y != due.year] if stale and issued is not None else []
    for year in years:
        try:
            moved = dt.date(year, due.month, due.day)
        except ValueError:
            continue
        if moved.weekday() == weekday and moved != due:
            found.doubt(
                f"ngày {format_day(due)} không phải {written}; {written} rơi vào ngày {format_day(moved)}:"
                " đọc theo thứ, cần người xác định"
            )
            return FixedDate(moved)
    found.doubt(f"ngày {format_day(due)} không phải {written}: thứ và ngày không khớp, cần người xác định")
    return rule
