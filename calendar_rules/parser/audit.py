"""Calibration: dated phrases that are not deadlines, and readings a person must confirm.

A parse is ``certain`` only when the text fixes the date. Two kinds of check run on the
folded phrase (citations and superseded deadlines already blanked):

- before reading (``refusals.not_a_deadline``), phrases whose date is not a deadline at all: a legal basis, an effective
  date, a document's metadata, a ban on acting before a day, a bare start or "sau ngày",
  figures "tính đến" a day, the period a report's figures cover, a commemorative day, the
  window in which entries must have been published, a state reached by a day ("đến ngày 22.4,
  toàn tỉnh có ..."), a closure ("nghỉ học đến ngày"), a school-week row, a start stated after
  its day, the span of a campaign or an anniversary, and a past-tense report ("đã") that sets
  no duty;
- after reading, what makes the reading doubtful, each a warning that turns the answer
  ``unsure`` (a person reviews it): a date or period the reading did not use, a past-tense
  report, an earliest date without a latest one, an approximate word ("khoảng", "tuần
  đầu"), a deadline that had passed when the document was issued; and a news lead
  ("Ngày 24/5/2017, UBND tỉnh ban hành ...") that tells the day something happened; a dated
  reading with no word that makes it a deadline (trước, chậm nhất, đến, hoàn thành, a label).
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import islice

from calendar_rules.parser.campaigns import campaign_span
from calendar_rules.parser.conditions import ENTITLED_IF_DOUBT, ENTITLED_IF_RE, SO_FOLLOWS_RE, told_pasts
from calendar_rules.parser.cues import (
    APPROXIMATE_RE,
    ATTRIBUTED_RE,
    BARE_LEAD_RE,
    CAMPAIGN_RE,
    CLAUSE_LEAD_RE,
    DEADLINE_CUE_RE,
    EARLIEST_RE,
    EVENT_SPAN_RE,
    GLOSSED_EVENT_RE,
    HORIZON_RE,
    HOUR_BEFORE_RE,
    ISSUING_RE,
    LABEL_CUE_RE,
    LEADS_INTO_LIST_RE,
    LONG_DAY_RE,
    LOOSE_BEFORE_RE,
    LUNAR_WORDS_RE,
    MEETING_RE,
    NAMED_PERIOD_RE,
    NEWS_DAY_RE,
    NEWS_LEAD_RE,
    OCCASION_BEFORE_RE,
    OCCASION_RE,
    ONWARD_RE,
    OTHER_YEAR_RE,
    PERIOD_CUE_RE,
    PERIOD_LIST_RE,
    PERIOD_OF_FIGURES_RE,
    RANGE_TASK_RE,
    RECURRENCE_FIRST_RE,
    REFERRED_TIME_RE,
    REPORT_TITLE_RE,
    REPORTED_PERIOD_RE,
    REPORTING_RE,
    SCHEDULE_NAME_RE,
    SCHEDULE_RE,
    SCHOOL_YEAR_RE,
    SIGNED_RE,
    STARTS_AT_RE,
    STARTS_LABEL_RE,
    SUSPENDED_RE,
    TASK_CUE_RE,
    THEMED_PERIOD_RE,
    TIME_CELL_RE,
    WORKING_DAY_OF_RE,
    YEAR_SPAN_RE,
)
from calendar_rules.parser.dates import find_date
from calendar_rules.parser.events import event_date
from calendar_rules.parser.fragments import doubtful_year
from calendar_rules.parser.furniture import page_date
from calendar_rules.parser.normalize import Folded, blank_spans, damaged_diacritics
from calendar_rules.parser.occasions import (
    ANNIVERSARY_RE,
    HOLIDAY_HEAD_RE,
    LABEL_ROW_RE,
    NAMED_DAY_HEAD_RE,
    holiday_date,
    holiday_label,
)
from calendar_rules.parser.patterns import (
    HARD_RE,
    TIME_TOKEN_RE,
    WEEKDAY,
    YEAR_CUE_BEFORE,
)
from calendar_rules.parser.purposes import AIM_CLAUSE_RE, aimed_elsewhere
from calendar_rules.parser.refusals import (
    BASIS_RE,
    LAW_CONTENT_RE,
    PUBLISHED_RE,
)
from calendar_rules.parser.relative import other_delay
from calendar_rules.parser.reliefs import relief_span
from calendar_rules.parser.result import Found
from calendar_rules.parser.single import purpose_before
from calendar_rules.parser.standing import PERIODIC_REPORT_RE
from calendar_rules.parser.states import (
    AMOUNT_RE,
    DECIDED_RE,
    DUTY_RE,
    FIGURES_RE,
    OPENS_WITH_UNTIL_RE,
    PASSIVE_RE,
    STATUS_PERIOD_RE,
    STRONG_DUTY_RE,
    figures_reached,
)
from calendar_rules.parser.year_columns import year_cell_at
from calendar_rules.rules import EndOfPeriod, FixedDate, Range, Recurring, Relative, Rule
from calendar_rules.vietnamese import format_day


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in spans)


def _unused_time(phrase: Folded, used: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A date or period the reading did not use and that is not the same as one it used; a bare
    "năm 2015" without a time cue before it is part of a name ("hoạt động hè năm 2015"), unless written "Năm 2026" after
    a lower-case word, a table's time cell ("... trên phạm vi toàn quốc Năm 2026 1. Bộ Tài chính ... (trong Quý II/2026)")."""
    text = phrase.text
    tokens = list(islice(TIME_TOKEN_RE.finditer(text), 20))
    same = {"".join(t.group(0).split()) for t in tokens if _overlaps(t.span(), used)}
    for token in tokens:
        if _overlaps(token.span(), used) or "".join(token.group(0).split()) in same:
            continue
        if same and REPORTED_PERIOD_RE.search(text, max(0, token.start() - 16), token.start()):
            continue  # "Báo cáo quý IV gửi trước ngày 15/12/2023": the period reported on
        if (
            token.group(0).startswith("nam")
            and not YEAR_CUE_BEFORE.search(text[max(0, token.start() - 40) : token.start()])
            and not year_cell_at(phrase, token.start())
        ):
            continue
        return token.span()
    return None


def _clause_lead(text: str, found: Found) -> re.Match[str] | None:
    """A news lead after an opening clause of purpose or of the text carried out ("Nhằm ..., ngày 13/4, UBND phường
    ... tổ chức ..."), when the day read is the lead's: read as a lead opening the sentence is."""
    lead = CLAUSE_LEAD_RE.match(text)
    first = min((start for start, _ in found.spans), default=-1)
    return lead if lead and lead.start(1) <= first < lead.end(1) else None


def _date_only(text: str, found: Found, start: int) -> bool:
    """Nothing after ``start`` but the date read, "ngày" and a weekday: a labelled row's value ("Ngày gửi: 15/01/2024
    (Thứ 2)"), a table's cell after its hour ("16h ngày 07/07/2024": a start or an end, unsaid)."""
    return not re.sub(rf"\b(?:ngay|{WEEKDAY})\b", " ", blank_spans(text, found.spans)[start:]).strip(" ().,;-")


def _quoted(phrase: Folded, start: int, end: int) -> str:
    a, b = phrase.span(start, end)
    return " ".join(phrase.original[a:b].split())


def _anniversary(rule: Range) -> bool:
    """ "(07/5/1954 - 07/5/2024)": the same day years apart is the span an anniversary celebrates."""
    start, end = rule.start, rule.due
    return end.year - start.year >= 5 and (start.month, start.day) == (end.month, end.day)


def over_or_on(due: object, issued: dt.date | None) -> bool:
    """A due date on or before the issue date: what it dates had happened when the document was written."""
    return isinstance(due, dt.date) and issued is not None and due <= issued


def review(phrase: Folded, rule: Rule, found: Found, issued: dt.date | None) -> str | None:
    """Doubts about a reading (added to ``found``), or why the dated phrase is not a deadline."""
    text = phrase.text
    due = getattr(rule, "due", None)
    stamp = page_date(phrase, rule, found, issued)  # "05/04/2021" alone, on the day the page was posted
    if stamp:
        return stamp
    # (the "sẽ" of the consequence, "thì sẽ bị xử phạt", is no duty word)
    if ENTITLED_IF_RE.search(text) and not STRONG_DUTY_RE.search(SO_FOLLOWS_RE.sub(" ", phrase.original)):
        found.doubt(ENTITLED_IF_DOUBT)
    relief_span(text, rule, found)
    # any "đã" that is no participle ("các chỉ tiêu đã đề ra", "các nội dung đã chỉ đạo tại Công văn ...") nor in a
    # condition ("Nếu bạn đã có thẻ ...": ``conditions``)
    reported = any(not PASSIVE_RE.match(phrase.original, past.start()) for past in told_pasts(phrase.original))
    # "Quốc hội đã quyết định ngày bầu cử ... là ngày 23/5/2021": the decision is past, the day it set is ahead
    decided = DECIDED_RE.search(phrase.original) and isinstance(due, dt.date) and issued is not None and due >= issued
    if reported and not DUTY_RE.search(phrase.original) and not decided:
        return "câu thuật lại việc đã làm, không giao hạn chót"
    over = isinstance(due, dt.date) and issued is not None and due < issued
    if reported and over and not STRONG_DUTY_RE.search(phrase.original):
        # "Sở đã hoàn thành cấp mã học sinh xong trước ngày 28/5/2021": work done by a day already past
        return "câu thuật lại việc đã làm xong trước một mốc đã qua, không giao hạn chót"
    lead = NEWS_LEAD_RE.match(text) or _clause_lead(text, found)
    if not lead and isinstance(due, dt.date) and issued is not None and due < issued:
        lead = BARE_LEAD_RE.match(text) if not DUTY_RE.search(phrase.original) else None
        if lead and len(text[lead.end() :].split()) > 1 and not DEADLINE_CUE_RE.search(text):
            return "ngày xảy ra sự việc được thuật lại (câu mở đầu bằng ngày), không phải hạn chót"
        lead = None
    if lead and ISSUING_RE.search(text, lead.end()) and not DUTY_RE.search(phrase.original):
        return "ngày ban hành văn bản được thuật lại (câu mở đầu bằng ngày), không phải hạn chót"
    first = min((start for start, _ in found.spans), default=0)
    meeting = MEETING_RE.search(text, 0, first)
    if (
        meeting
        and (over_or_on(due, issued) or (found.rolled and not DEADLINE_CUE_RE.search(text)))
        and not (DEADLINE_CUE_RE.search(blank_spans(text, found.spans)) or STRONG_DUTY_RE.search(phrase.original))
    ):
        # "Tại phiên họp ngày 28/2/2025, ... Bộ Chính trị có ý kiến", "tại Hội nghị ..., ngày 7-4-2015", "Hội nghị
        # ... họp từ ngày 2 đến ngày 7/10/2023" (the "đến" of the range read is no deadline word of its own)
        # (a day without its year that had passed when the text was issued was held too, not next year's: "... quyết định
        # tại Kỳ họp thứ 3, HĐND tỉnh ... tổ chức ngày 29/9", unless a deadline word makes it a duty's)
        return "ngày (kỳ) của một cuộc họp, hội nghị đã diễn ra, không phải hạn chót"
    if isinstance(rule, Range) and over and not (TIME_CELL_RE.search(text) or DUTY_RE.search(phrase.original)):
        # "Cuộc thi được triển khai từ ngày 22.11.2021 đến 10.12.2021, nhằm ...", "thành tích ... từ năm 2020 đến năm
        # 2024" in a text issued after it: a span that has passed, told without a label of a time set ("Thời gian: ...")
        return "khoảng thời gian đã qua khi văn bản ban hành, không có nhãn thời gian hay việc phải làm: sự việc đã qua"
    if isinstance(rule, Range) and _anniversary(rule):
        return "khoảng thời gian được kỷ niệm, không phải hạn chót"
    if isinstance(rule, Range) and CAMPAIGN_RE.search(text) and (campaign := campaign_span(phrase, found)):
        return campaign
    if isinstance(rule, Range) and THEMED_PERIOD_RE.search(text) and not DUTY_RE.search(phrase.original):
        return "thời gian diễn ra một tháng, tuần hành động có chủ đề: không phải hạn chót"
    if isinstance(rule, Range) and not (DUTY_RE.search(phrase.original) or RANGE_TASK_RE.search(text)):
        found.doubt("khoảng thời gian không kèm việc phải làm hay nhãn thời gian: có thể là mùa vụ, thời gian diễn ra")
    if REFERRED_TIME_RE.match(text) and not STRONG_DUTY_RE.search(phrase.original):
        found.doubt(
            "thời gian do văn bản nhắc ở câu trước quy định ('trong đó ...'): có thể đã được thay, cần người xác định"
        )
    if isinstance(rule, Range) and SUSPENDED_RE.search(phrase.original, 0, phrase.span(first, first)[0]):
        found.doubt("khoảng thời gian tạm dừng, hoãn một việc: không phải hạn chót, cần người xác định")
    if over and isinstance(rule, FixedDate) and CAMPAIGN_RE.search(text, max(0, first - 40), first):
        found.doubt(
            "ngày phát động phong trào, cuộc thi: là ngày bắt đầu, không phải hạn chót"
        )  # "được phát động từ ..." (past)
    if LEADS_INTO_LIST_RE.search(text):
        if SCHEDULE_NAME_RE.search(text, 0, first):
            return "tên một lịch (lịch tiếp công dân, lịch làm việc ...) dẫn vào danh sách, không phải hạn chót"
        found.doubt("câu dẫn vào một danh sách ('như sau:'): hạn có thể nằm ở các dòng sau, cần người xác định")
    held = isinstance(due, dt.date) and issued is not None and due < issued and not found.rolled
    if held and EVENT_SPAN_RE.search(text, 0, first) and not DUTY_RE.search(phrase.original):
        return (
            "ngày diễn ra một sự kiện đã qua khi văn bản ban hành, không phải hạn chót"  # "Lễ khai giảng diễn ra ..."
        )
    begun = isinstance(rule, Range) and issued is not None and issued >= rule.start  # written as it takes place
    if begun and EVENT_SPAN_RE.search(text, 0, first) and not DUTY_RE.search(phrase.original):
        found.doubt("thời gian diễn ra một sự kiện: có thể không phải hạn chót, cần người xác định")
    on_the_day = begun or (isinstance(due, dt.date) and due == issued)
    if on_the_day and ATTRIBUTED_RE.match(text) and not DUTY_RE.search(phrase.original):
        # "Tin từ Sở Y tế Hà Nội, trong hai ngày 1-2/12, thành phố triển khai chiến dịch ..." in the news of 1/12: the
        # campaign reported as it takes place
        found.doubt("tin dẫn nguồn ('Tin từ ...') về việc đang diễn ra khi đưa tin: có thể không phải hạn chót")
    if begun and REPORTING_RE.search(text, 0, first) and not DEADLINE_CUE_RE.search(blank_spans(text, found.spans)):
        # "báo cáo kết quả thực hiện ... từ ngày 30/01/2020 đến ngày 24/4/2020" written on 23/4: the period reported on
        found.doubt("khoảng thời gian sau 'báo cáo', 'kết quả': có thể là kỳ được báo cáo, không phải hạn chót")
    event = event_date(phrase, rule, found)  # "Dự kiến lễ trao giải vào quý IV/2014", "Thời gian thi trong 2 ngày 11/6"
    just_held = isinstance(due, dt.date) and issued is not None and (due - issued).days > 270
    if event and found.rolled and just_held and not STRONG_DUTY_RE.search(phrase.original):
        # "Kỳ thi diễn ra ngày 30/5 ...", "Ngày 28/1: Công bố ngày bầu cử" in a text issued days or weeks after that
        # day: the event was held (the news of it, or a plan's row already past), not next year's; no deadline (a
        # January event in a December plan, a few weeks ahead once rolled, stays an event's date for review)
        return "ngày diễn ra một sự kiện, không ghi năm, đã qua khi văn bản ban hành: không phải hạn chót"
    if event and isinstance(due, dt.date) and due == issued and not STRONG_DUTY_RE.search(phrase.original):
        # "Chiều ngày 12/4/2024 Xã đoàn tổ chức hội nghị tổng kết ..." in the news of 12/4/2024: the day's news
        return "sự kiện diễn ra đúng ngày văn bản ban hành (tin trong ngày), không phải hạn chót"
    holiday_date(phrase, rule, found)  # "Tết Nguyên đán ... rơi vào ngày 10/2/2024"
    doubtful_year(phrase, rule, found)  # "trước ngày 1/9/201.", "+ Đợt 2: trước 30/09"
    reached = STATUS_PERIOD_RE.match(text)
    if reached and over and figures_reached(phrase, reached.end()):
        # "Đến cuối năm 2023, toàn huyện có 15 xã đạt chuẩn ..."
        return "mốc tính số liệu đã đạt được, không phải hạn chót"
    if over and OPENS_WITH_UNTIL_RE.match(text) and not DUTY_RE.search(phrase.original):
        found.doubt("câu mở đầu bằng 'đến' một mốc đã qua khi văn bản ban hành: có thể là tình hình đến mốc đó")
    if lead and figures_reached(phrase, lead.end()):
        return "số liệu đạt được trong kỳ (câu mở đầu bằng kỳ, ngày), không phải hạn chót"
    if lead and isinstance(due, dt.date):
        # ("các chỉ tiêu ... đã đề ra" is a participle, as in ``reported``)
        if reported or ISSUING_RE.search(text, lead.end()) or found.rolled or (issued is not None and due <= issued):
            return "ngày xảy ra sự việc được thuật lại (câu mở đầu bằng ngày), không phải hạn chót"
        if not DUTY_RE.search(phrase.original):
            found.doubt("câu mở đầu bằng ngày: có thể là ngày diễn ra sự việc, không phải hạn chót")
    if damaged_diacritics(phrase.original):  # "Tạĩ phĩên họp ngàỷ ...": the checks on "đã", "phải" cannot see
        found.doubt("chữ bị lỗi dấu (một chữ mang hai dấu thanh, hoặc cả câu không dấu): cần người đọc lại văn bản gốc")
    unused = _unused_time(phrase, found.spans + found.accounted)
    if unused:
        found.doubt(f"còn mốc thời gian '{_quoted(phrase, *unused)}' chưa dùng: cần người xác định")
    if told_pasts(phrase.original):
        found.doubt("câu thuật lại việc đã làm: có thể không phải hạn chót")
    if EARLIEST_RE.search(text) and not HARD_RE.search(text):
        found.doubt("'sớm nhất' là mốc bắt đầu, không phải hạn chót")
    if APPROXIMATE_RE.search(text, max(0, first - 16), first):
        found.doubt("mốc thời gian ước chừng hoặc 'sau' một mốc: cần người xác định")
    if BASIS_RE.match(text) and LAW_CONTENT_RE.search(text):
        found.doubt("thời hạn do văn bản được dẫn trong căn cứ quy định: cần xác nhận nó áp dụng cho việc này")
    if GLOSSED_EVENT_RE.search(text, max(0, first - 100), first):
        # "Chờ khi khoá mới nhập học (cuối tháng 9), nếu còn dư chỗ, ...": the bracket says roughly when the event falls
        found.doubt(
            "mốc trong ngoặc chú thích thời điểm của một sự kiện ('khi ... (cuối tháng ...)'): không phải hạn chót"
        )
    if aimed_elsewhere(phrase, first):
        found.doubt("câu mở đầu bằng mục đích có mốc riêng ('Để ... năm 2020, năm 2019, ...'): cần người xác nhận mốc")
    if purpose_before(phrase, first) or AIM_CLAUSE_RE.search(phrase.original, 0, phrase.span(first, first)[0]):
        # (and inside an aim's clause: "... báo cáo ... giải pháp nhằm thúc đẩy giải ngân ... trong các tháng cuối năm")
        found.doubt("mốc thời gian sau 'để', 'nhằm': có thể là mục đích, không phải hạn chót")
    one_off = isinstance(rule, (FixedDate, EndOfPeriod, Range))
    near = max(0, first - 40)
    starts = STARTS_AT_RE.search(text, near, first) or STARTS_LABEL_RE.search(text, near, first)
    if isinstance(rule, FixedDate) and starts:
        # "Hội thi bắt đầu vào ngày 15/4/2024, kéo dài 3 ngày", "Thời gian bắt đầu nộp: ngày ...": when it begins
        found.doubt("mốc thời gian sau 'bắt đầu': là thời điểm bắt đầu, không phải hạn chót")
    if isinstance(rule, FixedDate) and (hour := HOUR_BEFORE_RE.match(text)) and _date_only(text, found, hour.end()):
        found.doubt("ô chỉ ghi giờ, ngày, không nói đó là lúc bắt đầu hay hạn chót: cần người xác định")
    if one_off and LOOSE_BEFORE_RE.search(text, max(0, first - 25), first):
        found.doubt("có chữ 'trước' gần mốc thời gian nhưng không đọc được là 'trước ngày': cần người xác định")
    if isinstance(rule, Recurring) and rule.anchor == "end":
        opens = RECURRENCE_FIRST_RE.match(text)  # "Hằng năm, các chi bộ ...": a schedule stated first
        if len(text.split()) > 5 and not opens and not SCHEDULE_RE.search(text):
            # "Ngân sách hằng năm của tỉnh ưu tiên cho giáo dục": a frequency qualifying a noun
            found.doubt("tần suất trong một câu không giao việc định kỳ rõ ràng: cần người xác định")
        if OCCASION_RE.search(text):
            found.doubt("định kỳ vào một dịp không ghi ngày: cần người xác định ngày")
        if LUNAR_WORDS_RE.search(text):  # "tổ chức hằng năm vào mùng 10 tháng Giêng": a lunar day not read
            found.doubt("quy định hằng năm theo ngày âm lịch: cần người xác định ngày")
    if isinstance(rule, Recurring) and SCHOOL_YEAR_RE.search(text):
        found.doubt("'mỗi năm học' không phải năm dương lịch: cần người xác định hạn")
    # (a deadline or duty word counts only for a time still ahead: "..., tổng diện tích là 246 ha, ... kết thúc gieo cấy vào
    # ngày 05/07/2021" in a report of 10/7/2021 tells when the work ended; so do amounts in their units)
    figures = FIGURES_RE.search(phrase.original) or (over and AMOUNT_RE.search(phrase.original))
    if figures and (over or not (DUTY_RE.search(phrase.original) or DEADLINE_CUE_RE.search(text))):
        found.doubt("câu nêu số liệu đạt được: mốc thời gian có thể là kỳ của số liệu, không phải hạn chót")
    if HORIZON_RE.search(text):
        found.doubt("giai đoạn, tầm nhìn của một kế hoạch: có thể không phải hạn chót")
    if NEWS_DAY_RE.search(text):
        found.doubt("tin trong ngày ('hôm nay', 'hôm qua'): ngày có thể là ngày của sự việc, không phải hạn chót")
    if WORKING_DAY_OF_RE.search(text) and not (isinstance(rule, Recurring) and rule.anchor.startswith("workday:")):
        found.doubt("'ngày làm việc cuối cùng (đầu tiên)' của một kỳ: ngày nghỉ không dời về sau, cần xác nhận")
    head, label = NAMED_DAY_HEAD_RE.match(phrase.original), LABEL_ROW_RE.match(text)
    only_a_date = isinstance(rule, FixedDate) and label is not None and _date_only(text, found, label.end())
    if isinstance(rule, FixedDate) and head and holiday_label(phrase) and only_a_date:
        return "dòng ghi một ngày lễ, ngày truyền thống: không phải hạn chót"  # "Ngày Giỗ tổ Hùng Vương: 29/4/2023"
    dated = isinstance(due, dt.date) or (isinstance(rule, Recurring) and rule.anchor.startswith("date:"))
    named = head and (head.group(1)[:1].isupper() or HOLIDAY_HEAD_RE.match(text))
    if dated and named:  # "Ngày Thương binh - Liệt sĩ 27/7", "Ngày thành lập Đoàn 26/3 hằng năm"
        found.doubt("tên một ngày lễ, ngày truyền thống: ngày có thể là tên của ngày, không phải hạn chót")
    if isinstance(due, dt.date) and OCCASION_BEFORE_RE.search(text, max(0, first - 60), first):
        found.doubt(
            "mốc thời gian sau 'chào mừng', 'nhân dịp', 'hướng tới': có thể là ngày của dịp lễ, không phải hạn chót"
        )
    if isinstance(due, dt.date) and ANNIVERSARY_RE.search(text):
        found.doubt("câu nói về một dịp kỷ niệm: ngày có thể là tên của ngày lễ, không phải hạn chót")
    if found.inferred and OTHER_YEAR_RE.search(text[first:]):
        found.doubt("mốc không ghi năm nhưng có 'năm sau' (năm tới, năm trước): cần người xác định năm")
    if isinstance(rule, Range) and PUBLISHED_RE.search(text):
        found.doubt("khoảng thời gian đăng, phát: có thể là điều kiện dự thi, không phải hạn chót")
    if isinstance(due, dt.date) and (ISSUING_RE.search(text) or SIGNED_RE.search(text)):
        if SIGNED_RE.search(text) and not (DEADLINE_CUE_RE.search(text) or DUTY_RE.search(phrase.original)):
            return "ngày ký văn bản, không phải hạn chót"  # "Văn bản này được ký ngày 04/3/2024."
        found.doubt("câu nói về việc ban hành, ký văn bản: ngày có thể là ngày của văn bản")
    # (a page prints its date as digits, not as "Đầu tháng 10/2024": a part of a month read by convention is a cell)
    written = find_date(text) or LONG_DAY_RE.search(text)
    if isinstance(rule, FixedDate) and written and not re.search(r"[a-z]", blank_spans(text, found.spans)):
        found.doubt("chỉ có một ngày, không kèm việc: có thể là ngày của trang tin, cần người xác định")
    if NAMED_PERIOD_RE.search(phrase.original):  # "Tháng 3/2024: Tháng Thanh niên"
        found.doubt("tên một tháng, năm, tuần hành động ('Tháng Thanh niên'): có thể không phải hạn chót")
    if ONWARD_RE.search(text):
        found.doubt("'và các năm tiếp theo', 'trở đi': một mốc bắt đầu việc kéo dài, cần người xác định")
    if PERIOD_OF_FIGURES_RE.match(text):
        found.doubt("'tính từ ... đến ...' mở đầu câu: có thể là kỳ tính số liệu, không phải hạn chót")
    last = max((end for _, end in found.spans), default=0)
    if isinstance(rule, EndOfPeriod) and YEAR_SPAN_RE.match(text, last):
        found.doubt("'năm 2024 - 2025': một năm học hoặc nhiều năm, không phải năm đầu: cần người xác định")
    if isinstance(rule, EndOfPeriod) and PERIOD_LIST_RE.match(text, last):
        found.doubt("danh sách nhiều kỳ ('quý II, III'): hạn có thể là kỳ sau cùng, cần người xác định")
    if isinstance(rule, FixedDate) and label and not LABEL_CUE_RE.search(label.group(1)) and only_a_date:
        found.doubt("dòng có nhãn chỉ ghi một ngày, nhãn không nói đó là hạn: cần người xác định")
    titled = isinstance(rule, EndOfPeriod) and REPORT_TITLE_RE.search(text, max(0, first - 50), first)
    if titled and not (DEADLINE_CUE_RE.search(text) or PERIOD_CUE_RE.search(text) or DUTY_RE.search(phrase.original)):
        found.doubt("kỳ của một báo cáo, sơ kết, tổng kết (tên báo cáo): có thể không phải hạn chót")
    if one_off and not (DEADLINE_CUE_RE.search(text) or DUTY_RE.search(phrase.original) or TASK_CUE_RE.search(text)):
        found.doubt("câu không có từ chỉ hạn (trước, chậm nhất, đến, hoàn thành ...): cần người xác định")
    if one_off and found.inferred and PERIODIC_REPORT_RE.search(text):
        found.doubt("hạn không ghi năm của một báo cáo định kỳ: có thể là hạn hằng năm, cần người xác định")
    if isinstance(rule, Relative):
        other_delay(phrase, rule, found)
    if isinstance(due, dt.date) and issued is not None and (issued - due).days > 2 * 366:
        return f"mốc {format_day(due)} đã qua nhiều năm khi văn bản ban hành: sự việc đã qua, không phải hạn chót"
    if isinstance(due, dt.date) and issued is not None and due < issued:
        # nobody is given a day that had passed when the text was issued: an earlier document's deadline retold (a
        # notice's annex of tasks overdue, "... trước ngày 18/10/2025" in a notice of 16/11/2025), a slip of the
        # year ("trước ngày 21/11/2022" in a letter of 14/11/2023), a state reached; a person decides
        found.doubt(f"hạn {format_day(due)} đã qua khi văn bản ban hành: cần người xác định")
    return None
