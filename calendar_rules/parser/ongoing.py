"""Readers of duties that carry no date of their own: continuous ones ("thường xuyên"), ones that go on
("tiếp tục thực hiện nghiêm ...", "Tăng cường công tác ..."), and ad hoc ones ("đột xuất").

They are kept apart from ``phrase`` (which orders the readers) because they share one question the dated
readers never ask: is the duty really given to someone, or is the word only describing a noun or a past
practice? Their answer is a rule without a due date, so a wrong one is never a wrong reminder date, but it
must still not swallow a dated deadline written in the same phrase.
"""

from __future__ import annotations

import datetime as dt
import re

from calendar_rules.parser.citations import in_cited_title
from calendar_rules.parser.cues import DEADLINE_CUE_RE, NEWS_LEAD_RE
from calendar_rules.parser.dates import find_date
from calendar_rules.parser.normalize import Folded, fold
from calendar_rules.parser.patterns import (
    ADHOC_RE,
    CONTINUOUS_RE,
    DUTY_WORDS_RE,
    EACH,
    GOES_ON_RE,
    ITEM_OPENING,
    NOT_A_DUTY_RE,
    NOUN_HEAD_RE,
    PAST_PRACTICE_RE,
    PERIOD_WORD,
    START_RE,
    TIME_TOKEN_RE,
)
from calendar_rules.parser.reader import Match, on_match
from calendar_rules.parser.recurring import recurring
from calendar_rules.parser.result import Conventions, Found
from calendar_rules.parser.single import single
from calendar_rules.parser.time_cells import task_time_cell
from calendar_rules.rules import AdHoc, Continuous, Rule

# a frequency or a count of days: for the recurring and relative readers, not a standing duty
FREQUENCY_RE = re.compile(
    rf"\b(?:{EACH}|dinh\s*ky)\s*(?:{PERIOD_WORD}|tuan|\d)|\bdot\s*xuat\b|\b\d{{1,3}}\s*(?:ngay|thang|tuan)\b"
)


# a window of days or weeks before an event: "liên tục trong một tuần trước ngày cho uống Vitamin A", "trong vòng 10
# ngày trước khi khai giảng" (groups: count, unit, working, event); "liên tục" says how the work goes on in it, the
# window counts back from the event (``relative.count_back``)
WINDOW_BEFORE_RE = re.compile(
    r"\btrong\s*(?:vong\s*|suot\s*)?(\d{1,3})\s*(ngay|tuan)\s*(lam\s*viec\s*)?truoc\s*"
    r"((?:ngay|khi)\s*(?!\d)[a-z][^,;.\d]{2,60}?)\s*(?:[.;,(]|$)"
)


def continuous(phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions) -> Rule | None:
    """ "Thường xuyên kiểm tra ...": a duty with no end, unless the word names a noun ("khen thưởng thường xuyên"),
    a past practice, or follows a dated deadline it only describes (that date is the deadline)."""
    t = phrase.text
    cell = task_time_cell(phrase, found)  # "Thời gian thực hiện: Từ tháng 11/2013 trở đi.", "...: 6 tháng, hằng năm"
    if cell is not None:
        return cell
    match = CONTINUOUS_RE.search(t)
    if not match or NOT_A_DUTY_RE.search(t[: match.start()]) or NOT_A_DUTY_RE.search(t, match.end()):
        return None
    if WINDOW_BEFORE_RE.match(t, match.end() + len(t[match.end() :]) - len(t[match.end() :].lstrip())):
        return None  # "liên tục trong một tuần trước ngày cho uống": a count back from the event
    if NOUN_HEAD_RE.search(t, max(0, match.start() - 30), match.start()) or in_cited_title(t, match.start()):
        return None  # "(khen thưởng thường xuyên)", "quy định 213-QĐ/TW ... công tác thường xuyên ...": not a duty
    if PAST_PRACTICE_RE.search(phrase.original) or past_year_lead(t, issued):
        return None  # "Thời gian qua, Hội ... thường xuyên phối hợp ...", "Năm 2023, Đoàn trường thường xuyên ..."
    # "hoàn thành kế hoạch vào quý I hằng năm và tổ chức thường xuyên": the deadline is the
    # dated part; "thường xuyên" describes the activity that follows it.
    before = START_RE.sub(" ", t[: match.start()])  # "bắt đầu từ tháng 12/2021" is a start, not a deadline
    probe = Found()
    if recurring(before, issued, probe, conventions) or single(fold(before), issued, probe, conventions):
        return None
    found.spans.append(match.span())
    # a description, not a duty given to someone ("Thường xuyên nghiên cứu, ..." opening a task is one)
    if len(t.split()) > 8 and t[: match.start()].strip() and not DUTY_WORDS_RE.search(_named_task_blanked(t, match)):
        found.doubt("'thường xuyên' trong một câu không giao nhiệm vụ: có thể chỉ là lời mô tả")
    clause = t.find(";", match.end())
    if (
        clause >= 0
        and recurring(t[clause:], issued, Found(), conventions)
        and not recurring(t[:clause], issued, probe, conventions)
    ):
        return None  # "- Thường xuyên kiểm tra ...; Ngày 20 hằng tháng báo cáo ...": a rule of its own, after the duty
    review = recurring(t, issued, found, conventions)
    if review is None:
        started = START_RE.search(t)  # "bắt đầu từ tháng 12/2021 và thường xuyên": a start, then no deadline
        if started:
            found.spans.append(started.span())
            found.warnings.append("nhiệm vụ thường xuyên: không có hạn chót, chỉ có thời điểm bắt đầu")
    return Continuous(review)


# the task that "thường xuyên" describes, after "là", "thành": "Xác định đây là nhiệm vụ quan trọng, cấp bách, thường
# xuyên của cả hệ thống chính trị", "coi đó là việc làm thường xuyên" (its "nhiệm vụ" names the work, gives no duty)
NAMED_TASK_RE = re.compile(
    r"\b(?:la|thanh)\s*(?:mot\s*trong\s*)?(?:(?:nhung|cac)\s*)?(nhiem\s*vu|viec\s*lam|cong\s*viec)\b[a-z\s,]{0,60}$"
)


def _named_task_blanked(text: str, match: re.Match[str]) -> str:
    """The phrase without the noun of the task "thường xuyên" describes, for the check that a duty is given (a duty
    word between them still counts: "là việc làm được duy trì thường xuyên")."""
    named = NAMED_TASK_RE.search(text, max(0, match.start() - 90), match.start())
    return text if not named else text[: named.start(1)] + " " * (named.end(1) - named.start(1)) + text[named.end(1) :]


def past_year_lead(text: str, issued: dt.date | None) -> bool:
    lead = NEWS_LEAD_RE.match(text)
    years = [int(y) for y in re.findall(r"\d{4}", lead.group(0))] if lead else []
    return bool(years) and issued is not None and max(years) < issued.year


@on_match(GOES_ON_RE)
def goes_on(
    match: Match, phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions
) -> Rule | None:
    """ "tiếp tục thực hiện nghiêm quy định ...", "Tăng cường công tác ...", "..., chủ động thông tin về ...":
    a duty that goes on, when the phrase writes no time."""
    if TIME_TOKEN_RE.search(phrase.text) or find_date(phrase.text) or FREQUENCY_RE.search(phrase.text):
        return None  # "Kiểm tra, giám sát ... định kỳ 6 tháng, hằng năm": a frequency is for the recurring reader
    found.spans.append(match.span())
    a, b = phrase.span(*match.span())
    words = " ".join(phrase.original[a:b].strip(" ,-+•*").split())
    found.doubt(f"'{words}' không ghi thời hạn: đọc là nhiệm vụ thường xuyên, cần xác nhận")
    return Continuous(None)


# the interval of a periodic check: "Thời hạn kiểm định kỹ thuật an toàn định kỳ là 05 (năm) năm", "... đối với thang máy
# ... là hai (02) năm một lần" (spelled repeats blanked before): how often, no day
INTERVAL_RE = re.compile(
    r"\b(?:thoi\s*han|chu\s*ky)\b[^.;]{0,40}?\bdinh\s*ky\b[^.;]{0,160}?\bla\s*(?:tu\s*du\s*)?\d{1,2}\s*nam\b"
)


@on_match(INTERVAL_RE)
def periodic_interval(
    match: Match, phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions
) -> Rule | None:
    """The interval of a periodic duty in years, with no day: a standing duty by the corpus readers' convention (a
    frequency without a day), for a person to confirm."""
    if find_date(phrase.text):
        return None
    found.spans.append(match.span())
    found.doubt(
        "khoảng cách giữa các lần làm định kỳ (năm), không ghi ngày: đọc là nhiệm vụ thường xuyên, cần xác nhận"
    )
    return Continuous(None)


# "định kỳ" with no period after it ("định kỳ kiểm tra", not "định kỳ hằng quý", "định kỳ 6 tháng"): with "đột xuất", a
# standing duty (``adhoc``)
UNSPECIFIED_PERIODIC_RE = re.compile(r"\bdinh\s*ky\b(?!\s*(?:hang|moi|tung|\d|thang|quy|nam|tuan|sau|ngay)\b)")
# "đột xuất" describing what someone achieved or what came up, no duty due when asked: "thành tích đặc biệt xuất sắc
# đột xuất", "lập được thành tích đột xuất", "do phát sinh chương trình công tác đột xuất" (the word ends the match)
UNFORESEEN_RE = re.compile(
    r"\bthanh\s*tich(?:\s*(?:dac\s*biet|xuat\s*sac))*\s*dot\s*xuat\b"
    r"|\bphat\s*sinh\s*(?:(?:cac|nhung|mot)\s*)?(?:chuong\s*trinh\s*)?(?:cong\s*(?:tac|viec)|nhiem\s*vu|viec)\s*dot\s*xuat\b"
)


def adhoc(phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions) -> Rule | None:
    """ "báo cáo đột xuất": a duty due whenever asked, not the name of a cited document's check, nor an achievement or
    a programme that came up unforeseen ("thành tích đột xuất", "phát sinh công tác đột xuất")."""
    match = ADHOC_RE.search(phrase.text)
    if match and any(m.end() == match.end() for m in UNFORESEEN_RE.finditer(phrase.text, 0, match.end())):
        match = ADHOC_RE.search(phrase.text, match.end())  # (a later "báo cáo đột xuất" is still one)
    clause = phrase.text.find(";", match.end()) if match else -1
    if clause >= 0 and TIME_TOKEN_RE.search(phrase.text, clause):
        # "... chế độ thông tin báo cáo định kỳ, đột xuất khi có yêu cầu; báo cáo tổng kết năm học trước ngày 19/5/2022":
        # a dated deadline in a later clause is the phrase's deadline, for the dated readers
        return None
    if match and not in_cited_title(phrase.text, match.start()):  # "theo Quyết định 12/QĐ-UBND kiểm tra đột xuất"
        found.spans.append(match.span())
        if NOUN_HEAD_RE.search(phrase.text, max(0, match.start() - 30), match.start()):
            found.doubt(
                "'đột xuất' sau một danh từ ('khen thưởng đột xuất'): có thể là tên một loại việc, cần xác nhận"
            )
        # a duty due whenever asked has no date the text fixes: readers take "Báo cáo đột xuất theo yêu cầu của ..."
        # as no deadline, or as a standing duty ("kiểm tra đột xuất khi có yêu cầu"); a person says how to track it
        if UNSPECIFIED_PERIODIC_RE.search(phrase.text):
            # "... định kỳ, đột xuất kiểm tra, giám sát ...": periodic (no period written) and when asked, a standing duty
            found.doubt("việc vừa định kỳ (không ghi kỳ) vừa đột xuất: việc thường xuyên, cần người xác nhận")
            return Continuous(None)
        found.doubt("việc đột xuất (khi có yêu cầu) không có ngày hạn: cần người xác nhận cách theo dõi")
        return AdHoc()
    return None


# a duty that begins at a time and then recurs or goes on: "Bắt đầu từ tháng 2/2025, Bộ Tài chính thông báo công khai
# tiến độ ... hàng tuần", "Từ ngày 01/7/2024, các đơn vị thường xuyên cập nhật ..." (the start opens the phrase)
STARTED_LEAD_RE = re.compile(rf"{ITEM_OPENING}(?:ke\s*|bat\s*dau\s*)?tu\s*(?:ngay\s*)?(?=\d|thang|quy|nam)")
# what keeps it going: "hàng tuần", "hằng ngày", "định kỳ", "thường xuyên", "liên tục"
_AGAIN_RE = re.compile(rf"{CONTINUOUS_RE.pattern}|\b{EACH}\s*(?:tuan|ngay)\b|\bdinh\s*ky\b")


def from_then_on(phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions) -> Rule | None:
    """ "Bắt đầu từ tháng 2/2025, X thông báo ... hàng tuần": a duty that starts at that time and goes on from then,
    with no deadline; the start is not due at the month's end. Read only when the start is the phrase's one time and
    no deadline word follows (a recurrence the recurring reader reads, "hằng tháng", was read before this)."""
    t = phrase.text
    lead = STARTED_LEAD_RE.match(t)
    token = TIME_TOKEN_RE.match(t, lead.end()) if lead else None
    if not lead or not token or TIME_TOKEN_RE.search(t, token.end()) or DEADLINE_CUE_RE.search(t, token.end()):
        return None
    again = _AGAIN_RE.search(t, token.end())
    if not again or t.find(",", token.end(), token.end() + 3) < 0:
        return None
    found.spans += [(lead.start(), token.end()), again.span()]
    found.warnings.append("nhiệm vụ bắt đầu từ một thời điểm rồi kéo dài: không có hạn chót")
    found.doubt("thời điểm bắt đầu không phải hạn chót: đọc là nhiệm vụ thường xuyên từ đó, cần xác nhận")
    return Continuous(None)
