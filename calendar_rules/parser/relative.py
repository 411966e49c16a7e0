"""Deadlines relative to an event: "trong thời hạn 20 ngày làm việc, kể từ ...", "không quá 45 ngày",
"Ít nhất 30 ngày trước khai mạc" (counted back: negative days), "sau khi ...".
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from calendar_rules.parser.dates import date_of, find_date
from calendar_rules.parser.delays import OPENING_AFTER_RE, months_back
from calendar_rules.parser.duties import DUTY_GIVEN_RE, WEAK_DUTY_RE
from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.ongoing import WINDOW_BEFORE_RE
from calendar_rules.parser.patterns import (
    COUNT_BACK_RE,
    COUNTED_FROM,
    DAYS_COUNT_RE,
    ITEM_NUMBER,
    ITEM_OPENING,
    LEADING_COUNT_RE,
    MONTH_RE,
    NUM_DATE,
    QUARTER_RE,
    RELATIVE_CUE_RE,
    RELATIVE_DAYS_RE,
    SAU_KHI_RE,
)
from calendar_rules.parser.result import Conventions, Found
from calendar_rules.rules import FixedDate, Relative, Rule

# a row of a schedule headed by its date: "Ngày 04/01/2026: Chậm nhất 70 ngày trước bầu cử, ..." (the delay says
# how the row's date was counted; the date is the deadline)
# "ngày thứ 10, kể từ ngày phát sinh nghĩa vụ thuế": the event is named (a period's end is read by ``returns``)
ORDINAL_DAY_RE = re.compile(rf"\bngay\s*thu\s*(\d{{1,3}})\s*,?\s*{COUNTED_FROM}\s*([^,;.]{{3,200}})")
DATED_ROW_RE = re.compile(rf"^\s*(?:ngay\s*)?{NUM_DATE}\s*:")
# a delay that opens the phrase, after the step told before it: "Sau 5 ngày làm việc, hội đồng cấp cơ sở sẽ công khai
# kết quả xét tặng vào giữa tháng 7." (the month says roughly when that falls; the delay is the rule)
OPENING_DELAY_RE = re.compile(rf"{ITEM_OPENING}sau\s*\d{{1,3}}\s*ngay\s*(?:lam\s*viec\s*)?,")
# what is done after an event that sets nobody a day: what the organisers will make public ("Tất cả ảnh dự thi sẽ được
# công bố sau khi chấm dứt góp ảnh ..."), what is no longer accepted ("Không tiếp nhận bổ sung các giấy tờ ... sau khi
# công bố kết quả tuyển dụng")
NO_TASK_BEFORE_RE = re.compile(
    r"\bse\s*duoc\s*(?:cong\s*bo|thong\s*bao|dang\s*tai|trao)\b|\bkhong\s*(?:tiep\s*nhan|nhan|chap\s*nhan|giai\s*quyet)\b"
)
# a count back that ends the phrase with no event named, after a duty to tell or hand in: "Con số đi tham dự chính thức
# thông báo cho Văn phòng (...) trước 3 ngày." (the event is the document's own: the meeting, the performance)
TRAILING_COUNT_BACK_RE = re.compile(r"\btruoc\s*(\d{1,3})\s*ngay\s*(lam\s*viec\s*)?[\s.;]*$")
HANDED_BEFORE_RE = re.compile(r"\b(?:thong\s*bao|gui|nop|dang\s*ky|bao\s*cao)\b")
# a row of a list of administrative procedures with its processing time in working days and nothing after it but the
# row's other cells: "12 Thủ tục Giải thể trường Trung học phổ thông 30 ngày làm việc 2"
PROCEDURE_ROW_RE = re.compile(r"\bthu\s*tuc\b[^.;:,]{3,200}?((?<![\d/])(\d{1,3})\s*ngay\s*lam\s*viec)\b[\s\d.]*$")
# right after: "Ngay sau khi ...", "ngay lập tức sau khi ..."
IMMEDIATELY_RE = re.compile(r"\bngay\s*(?:lap\s*tuc\s*)?$")
# a count of weeks before or after an event: "trước ngày tổ chức báo cáo ít nhất 1 tuần", "01 tuần sau khi kết thúc hạn
# nộp đơn" (read as its days, same length)
WEEKS_RE = re.compile(r"\b(\d{1,2})(\s*)tuan\b")
# a second deadline joined to the one read: "trước 02 tuần so với tuần kết thúc học kỳ và trước ngày thi đối với ..."
SECOND_BEFORE_RE = re.compile(r"\s*va\s*truoc\b")
# "trước" right before a count ("thời hạn trước 90 ngày kể từ ..."), "at least" before it ("tối thiểu trước 2 tuần kể
# từ môn thi": counted back from the event), or after it ("Trước ít nhất 30 ngày kể từ ngày dự kiến sử dụng người lao
# động ...": at least that many days before the event, a count back whose reading is not in doubt)
BEFORE_COUNT_RE = re.compile(r"(?:\b(toi\s*thieu|it\s*nhat)\s*)?\btruoc\s*(?:(toi\s*thieu|it\s*nhat)\s*)?$")


def _weeks_as_days(match: re.Match[str]) -> str:
    days, width = str(7 * int(match.group(1))), len(match.group(0))
    if len(days) + 4 > width:  # "2tuan" has no room for "14ngay": left as written
        return match.group(0)
    return days + " " * (width - len(days) - 4) + "ngay"


def count_back(phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions) -> Rule | None:
    """ "Ít nhất 30 ngày trước khai mạc": a number of days before an event (negative days); "chậm nhất một tháng trước
    khi bắt đầu các học kỳ": months (``delays``)."""
    back = months_back(phrase, found)
    if back is not None:
        other_delay(phrase, back, found)
        return back
    in_days = WEEKS_RE.sub(_weeks_as_days, phrase.text)
    match = COUNT_BACK_RE.search(in_days)
    undated = not match and not find_date(phrase.text)
    if undated and not DATED_ROW_RE.match(phrase.text):
        trailing = TRAILING_COUNT_BACK_RE.search(in_days)
        if trailing and HANDED_BEFORE_RE.search(phrase.text, 0, trailing.start()):
            # "... thông báo cho Văn phòng (...) trước 3 ngày.": that many days before the event the document is about
            found.spans.append(trailing.span())
            found.doubt("hạn tính lùi trước một sự kiện không ghi tên (sự kiện của văn bản): cần người xác định")
            return Relative("sự kiện", -int(trailing.group(1)), working=bool(trailing.group(2)))
    window = WINDOW_BEFORE_RE.search(in_days) if undated else None
    if window:
        # "liên tục trong một tuần trước ngày cho uống Vitamin A": the work fills the days before the event; counted
        # back from its first day (the week's start), a person confirms
        found.spans.append(window.span())
        found.doubt("việc làm trong một khoảng ngày trước sự kiện: hạn tính lùi từ sự kiện, cần người xác nhận")
        return Relative(phrase.words(*window.span(4)) or "sự kiện", -int(window.group(1)), bool(window.group(3)))
    if not match or DATED_ROW_RE.match(phrase.text):
        return None
    # the groups of each wording: (days, working, event) in the order written
    at = next(i for i, first in enumerate((1, 4, 7, 10, 13)) if match.group(first))
    order = ((1, 2, 3), (5, 6, 4), (8, 9, 7), (10, 11, 12), (13, 14, 15))[at]
    days, working, event = match.group(*order)
    if at == 4 and find_date(phrase.text):
        return None  # "Chậm nhất là ngày 1 tháng 2 năm 2026 (42 ngày trước ngày bầu cử)": the date is the deadline
    at = order[2]
    found.spans.append(match.span())
    name = phrase.words(*match.span(at))
    found.warnings.append(f"hạn tính lùi {int(days)} ngày trước '{name}'")
    if WINDOW_BEFORE_RE.search(in_days, max(0, match.start() - 16), min(len(in_days), match.end() + 1)):
        # "liên tục trong một tuần trước ngày cho uống": the work fills the days before the event, not a day to meet
        found.doubt("việc làm trong một khoảng ngày trước sự kiện: hạn tính lùi từ sự kiện, cần người xác nhận")
    if SECOND_BEFORE_RE.match(in_days, match.end()):  # "trước 02 tuần so với ... và trước ngày thi đối với ..."
        found.doubt("hai thời hạn nối bằng 'và trước' (cho từng trường hợp): cần người tách thành từng quy định")
    if DAYS_COUNT_RE.search(phrase.text, match.end()):  # "..., trường hợp khen thưởng đột xuất trước 03 ngày"
        found.doubt("nhiều thời hạn trong một cụm từ (cho từng trường hợp): cần người tách thành từng quy định")
    return Relative(name or event, -int(days), working=bool(working))


def relative(phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions) -> Rule | None:
    """ "trong thời hạn 20 ngày làm việc, kể từ ngày nhận được ...", "không quá 45 ngày",
    "chậm nhất là ngày thứ 10, kể từ ngày phát sinh" (the N-th day after the event: N days); a count of weeks is its
    days ("Trong khoảng thời gian 01 tuần sau khi kết thúc hạn nộp đơn": 7 days)."""
    t = WEEKS_RE.sub(_weeks_as_days, phrase.text)
    nth = ORDINAL_DAY_RE.search(t)
    if nth and not find_date(t, nth.start(2), nth.end(2)):
        found.spans.append(nth.span())
        return Relative(phrase.words(*nth.span(2)) or "sự kiện", int(nth.group(1)))
    # "03 ngày làm việc ...": a table cell; "e) 7 ngày sau buổi thi ..., giảng viên nộp ...": a count opening the item
    cue = LEADING_COUNT_RE.match(t) or RELATIVE_CUE_RE.search(t) or OPENING_AFTER_RE.match(t)
    row = PROCEDURE_ROW_RE.search(t) if not cue and not find_date(t) else None
    if row:
        # "12 Thủ tục Giải thể trường Trung học phổ thông 30 ngày làm việc 2": a procedure's processing time, counted
        # (as the list's other rows say) from the filing, which the row does not name
        found.spans.append(row.span(1))
        found.doubt("thời gian giải quyết thủ tục không ghi tính từ sự kiện nào: cần người xác định")
        return Relative("ngày nhận hồ sơ", int(row.group(2)), working=True)
    if not cue or DATED_ROW_RE.match(t):
        return None
    after_count = cue.lastindex == 1  # "kể từ", "sau khi": the count comes before the cue
    match = RELATIVE_DAYS_RE.search(t, max(0, cue.start() - 30) if after_count else cue.start())
    if not match or find_date(t, 0, match.start()):
        return None
    opening = OPENING_DELAY_RE.match(t) and not find_date(t)
    if not match.group(4) and (find_date(t) or QUARTER_RE.search(t) or MONTH_RE.search(t)) and not opening:
        return None  # "không quá 1 ngày, thời gian hoàn thành trong quý IV.2019": a length, then the deadline
    found.spans.append(match.span())
    months = match.group(2) == "thang"
    if months and not match.group(4):
        return None  # "trong 6 tháng" without an event is a period, not a delay
    event = phrase.words(*match.span(4)) if match.group(4) else ""
    if not event:
        found.doubt("không rõ hạn tính từ sự kiện nào: cần người xác định")
    elif not re.search(r"\b(?:ke|tinh|sau)\b", t[match.end(2) : match.start(4)]):  # "30 ngày từ ngày có Thông báo ..."
        found.doubt("'N ngày từ ...' không có 'kể từ': đọc là hạn tính từ sự kiện, cần người xác nhận")
    written = find_date(t, match.start(4), match.start(4) + 16) if match.group(4) else None
    before = BEFORE_COUNT_RE.search(t, max(0, match.start(1) - 24), match.start(1)) if match.group(4) else None
    if before and before.group(2) and not written and not months:
        # "Trước ít nhất 15 ngày làm việc, kể từ ngày ... dự kiến bắt đầu làm việc": "at least" after "trước" reads only
        # as a count back from the event
        found.warnings.append(f"hạn tính lùi ít nhất {int(match.group(1))} ngày trước sự kiện")
        return Relative(event or "sự kiện", -int(match.group(1)), working=bool(match.group(3)))
    if before:
        # "trước N ngày kể từ ...": within N days of the event ("thời hạn trước 90 ngày kể từ ngày có kết quả"), or, at
        # least, N days before it ("tối thiểu trước 2 tuần kể từ môn thi đầu tiên"): a person confirms either reading
        found.doubt("'trước N ngày kể từ ...': trong N ngày sau sự kiện hay N ngày trước sự kiện, cần người xác nhận")
        if before.group(1) and not written and not months:
            return Relative(event or "sự kiện", -int(match.group(1)), working=bool(match.group(3)))
    if written and not t[match.start(4) : written.start()].strip(" ngay"):
        # "Trong thời hạn 05 ngày kể từ ngày 01/4/2024": the event's day is written
        begins = date_of(written, issued, found)
        found.doubt("hạn tính từ một ngày đã ghi (không tính ngày đó, BLDS Điều 147): cần người xác nhận")
        if begins is not None and not match.group(3):
            found.spans.append(written.span())
            if months:  # "02 tháng kể từ ngày 31 tháng 10 năm 2024": the same day that many months on (BLDS Điều 148)
                return FixedDate(begins + relativedelta(months=int(match.group(1))))
            return FixedDate(begins + dt.timedelta(days=int(match.group(1))))
    return Relative(event or "sự kiện", int(match.group(1)), working=bool(match.group(3)) and not months, months=months)


def after_event(phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions) -> Rule | None:
    """ "Ngay sau khi có quyết định ..., Cục ... sẽ phối hợp ...": due when the event happens, for a person to confirm.
    A step ordered after an event, with no count, when the phrase gives a duty ("3. Sau khi thực hiện sắp xếp ..., Ủy
    ban nhân dân tỉnh ... chỉ đạo và tổ chức thực hiện ...", "sau khi ban hành các văn bản ..., đề nghị đơn vị kịp thời
    ..."), is a duty without a time (``duties``), not one due on the event's day; what the organisers will make public
    after it, or no longer accept, sets nobody a day."""
    t = phrase.text
    after = SAU_KHI_RE.search(t)
    if not after or find_date(t) or QUARTER_RE.search(t) or MONTH_RE.search(t):
        return None
    right_after = IMMEDIATELY_RE.search(t, max(0, after.start() - 12), after.start())
    if not right_after and (
        DUTY_GIVEN_RE.search(t) or WEAK_DUTY_RE.search(t) or NO_TASK_BEFORE_RE.search(t, 0, after.start())
    ):
        return None
    found.spans.append(after.span())
    event = phrase.words(after.start(1), after.end(1))
    found.doubt("hạn tính từ một sự kiện: cần ghi nhận ngày của sự kiện và số ngày")
    return Relative(event or "sự kiện", 0)


# a duty to be done by an event's day, with no count and no date: "Sở GD&ĐT cần chủ động tổng kết xong trước ngày khai
# giảng", "các trường hoàn thành hồ sơ trước ngày nhập học" (the event named, not "trước ngày 15/5", nor "trước ngày làm
# việc", nor what a state must hold before a document is issued: "thường trú ... trước ngày ban hành kế hoạch")
BEFORE_EVENT_DAY_RE = re.compile(
    r"\b(?:hoan\s*thanh|xong|nop|gui|bao\s*cao)\b[^.;]{0,80}?\btruoc\s*"
    r"(ngay\s*(?!\d|lam\s*viec|ban\s*hanh|hieu\s*luc|ky\b|het\s*han)[a-z][^,;.()\d]{2,40}?)\s*(?:[.;,(]|$)"
)
# ... or by its time: "gửi ... về Trung tâm ... trước thời gian thi của môn thi" (on the event's day, before its hour)
BEFORE_EVENT_TIME_RE = re.compile(
    r"\b(?:hoan\s*thanh|xong|nop|gui|bao\s*cao|dang\s*ky)\b[^.;]{0,120}?\btruoc\s*"
    r"((?:thoi\s*(?:gian|diem)|gio)\s*(?:thi|hop|khai\s*mac|to\s*chuc|bat\s*dau|dien\s*ra|dang\s*ky)\b[^,;.()\d]{0,40}?)"
    r"\s*(?:[.;,(]|$)"
)
# ... or before a term or a school's meeting begins: "Học phí các học kỳ phụ ... được thu trước khi bắt đầu học", "Thí
# sinh xác nhận nhập học ..., trước khi nhập học tại Trường", "... phải làm đơn nộp cho ... trước khi nhà trường tổ chức
# họp xét" (a start in the school's calendar, maybe after its subject; not a step before the next one: "góp ý ... trước
# khi ban hành", "nộp phí ... trước khi liên hệ với Ban quản lý")
BEFORE_EVENT_START_RE = re.compile(
    r"\b(?:thu|nop|gui|dong|dang\s*ky|xac\s*nhan|hoan\s*thanh)\b[^.;]{0,160}?\btruoc\s*khi\s*"
    r"((?:[a-z]+\s*){0,3}?(?:bat\s*dau\s*(?:hoc|nam\s*hoc|hoc\s*ky|khoa\s*hoc)|nhap\s*hoc|khai\s*giang|vao\s*hoc"
    r"|to\s*chuc\s*(?:hop|thi|xet))\b[^,;.()\d]{0,40}?)\s*(?:[.;,(]|$)"
    # and receiving the diploma, in a bracket: "... khảo sát việc làm sau tốt nghiệp (hoàn thành trước khi nhận bằng)"
    r"|\b(?:hoan\s*thanh|nop|dong)\b[^.;()]{0,40}?\btruoc\s*khi\s*(nhan\s*bang(?:\s*tot\s*nghiep)?)\s*(?:[.;,()]|$)"
)

ANY_COUNT_RE = re.compile(r"\b\d{1,3}\s*(?:ngay|tuan|thang)\b")


def before_event_day(phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions) -> Rule | None:
    """ "tổng kết xong trước ngày khai giảng": due the day before the event's day (as "trước ngày D" is D−1), for a
    person to confirm (the event's date is written elsewhere, if at all); "trước thời gian thi", "trước khi bắt đầu
    học": by the event's hour or start, on its day (zero days)."""
    match = BEFORE_EVENT_DAY_RE.search(phrase.text)
    timed = BEFORE_EVENT_TIME_RE.search(phrase.text) or BEFORE_EVENT_START_RE.search(phrase.text) if not match else None
    if (not match and not timed) or find_date(phrase.text) or ANY_COUNT_RE.search(phrase.text):
        return None  # "ít nhất 2 tuần trước ngày khai mạc": a count back, for ``count_back``
    if timed:
        # "gửi kèm minh chứng về Trung tâm ... trước thời gian thi của môn thi": by the event's hour, on its day
        found.spans.append(timed.span())
        found.doubt("hạn là trước giờ (lúc bắt đầu) sự kiện: ngày của sự kiện không ghi, cần người xác định")
        return Relative(phrase.words(*timed.span(timed.lastindex or 1)), 0)
    if match is None:
        return None
    found.spans.append(match.span())
    name = phrase.words(*match.span(1))
    found.doubt(f"hạn là ngày trước '{name}': ngày của sự kiện không ghi, cần người xác định")
    return Relative(name, 0 if conventions.before_is_inclusive else -1)


# every count of days, weeks or months written in a phrase (spelled counts are digits by now), not an age ("35 tháng
# tuổi") nor a half-year named ("6 tháng đầu năm")
DELAY_COUNT_RE = re.compile(r"(?<![\d/.\-])(\d{1,3})\s*(ngay|tuan|thang)\b(\s*lam\s*viec\b)?(?!\s*(?:tuoi|dau|cuoi)\b)")


def other_delay(phrase: Folded, rule: Relative, found: Found) -> None:
    """ "Trước kì thi 02 tuần, ..., thông báo cho sinh viên trước ngày thi ít nhất 05 ngày làm việc", "Trong thời hạn 90
    ngày kể từ ...: - Trường hợp hồ sơ chưa hợp lệ thì trong thời hạn 10 ngày làm việc, kể từ ...": a second delay, not
    the one read, is another clause's; which clause the deadline is for, a person decides."""
    read = (abs(rule.days), rule.working, rule.months)
    for count in DELAY_COUNT_RE.finditer(phrase.text):
        unit = count.group(2)
        days = int(count.group(1)) * (7 if unit == "tuan" else 1)
        if (days, bool(count.group(3)), unit == "thang") != read:
            found.doubt("cụm từ có hai thời hạn khác nhau (hai mệnh đề): cần người xác định hạn của từng việc")
            return


# a step done as an event happens: "đăng ký ngay khi làm thủ tục nhập học" (as soon as), "Kết thúc đăng ký đợt 1, Phòng
# Đào tạo thông báo danh sách ...", "Khi kết thúc đợt hiệu chỉnh, Phòng Đào tạo công bố ..." (at the close of a stage,
# opening the phrase, maybe after a step's label "Bước 3:")
AS_SOON_AS_RE = re.compile(r"\bngay\s*khi\s*([a-z][^,;.]{2,80})")
AT_CLOSE_RE = re.compile(
    rf"{ITEM_OPENING}{ITEM_NUMBER}(?:buoc\s*\d{{1,2}}\s*[:.]\s*)?(?:khi\s*)?(ket\s*thuc\s*[a-z][^,;.:]{{2,60}}),"
)
# what is done at it: told, published, handed in
AT_EVENT_TASK_RE = re.compile(r"\b(?:thong\s*bao|cong\s*bo|gui|nop|dang\s*ky|bao\s*cao|tong\s*hop)\b")


def at_event(phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions) -> Rule | None:
    """ "đăng ký ngay khi làm thủ tục nhập học", "Kết thúc đăng ký đợt 1, Phòng Đào tạo thông báo ...": due when the
    event happens (zero days), for a person to confirm; a time written is for the other readers."""
    t = phrase.text
    if find_date(t) or ANY_COUNT_RE.search(t) or QUARTER_RE.search(t) or MONTH_RE.search(t):
        return None
    close = AT_CLOSE_RE.match(t)
    match = close if close and AT_EVENT_TASK_RE.search(t, close.end()) else None
    soon = AS_SOON_AS_RE.search(t) if match is None else None
    if soon and AT_EVENT_TASK_RE.search(t, 0, soon.start()):
        match = soon
    if match is None:
        return None
    found.spans.append(match.span(1))
    event = phrase.words(*match.span(1))
    found.doubt("việc làm ngay khi một sự kiện xảy ra: cần ghi nhận ngày của sự kiện")
    return Relative(event or "sự kiện", 0)
