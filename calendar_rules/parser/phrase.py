"""Vietnamese deadline phrase → rule, as a careful reader would read it.

Each wording's convention (docs/domain.md; BLDS 2015 Điều 146–148), with the rule it gives, its confidence and the
module that reads or refuses it, is the table in docs/phrases.md; the lenient reading of "trước ngày" and the
working-day adjustment are ``Conventions``.

A year taken from the document's date makes the result ``inferred`` with a
warning; nothing is guessed silently; anything else is ``unparsed`` with why.
``audit`` then checks the reading against the whole phrase (a date it did not use,
a past tense, a news lead, an earliest date, an approximate word, a deadline already
past when the document was issued): any doubt makes the answer ``unsure``, so that a
person reviews it rather than receiving a confident wrong date.
Every step is a bounded regular-expression search: parsing is linear in the
phrase's length.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from bisect import bisect_left
from dataclasses import replace
from itertools import islice

from calendar_rules.parser.audit import review
from calendar_rules.parser.bare_months import WARNING as BARE_MONTH
from calendar_rules.parser.bare_months import spell_bare_months
from calendar_rules.parser.citations import (
    mask_anniversaries,
    mask_citations,
    mask_quotes,
    mask_superseded,
)
from calendar_rules.parser.columns import end_columns
from calendar_rules.parser.counted_to import counted_to_event
from calendar_rules.parser.cues import CLAUSE_LEAD_RE, NEWS_LEAD_RE
from calendar_rules.parser.dates import roman, safe_date
from calendar_rules.parser.days_off import mask_holiday_days
from calendar_rules.parser.durations import length_from_start, mask_count_spans, mask_round_the_clock
from calendar_rules.parser.duties import duty_given
from calendar_rules.parser.each_week import each_week
from calendar_rules.parser.event_spans import between_events
from calendar_rules.parser.frequency_only import frequency_only
from calendar_rules.parser.furniture import strip_dateline
from calendar_rules.parser.hedges import hedge
from calendar_rules.parser.hours import hours_as_days
from calendar_rules.parser.lunar_days import lunar_recurring
from calendar_rules.parser.moments import mask_moments
from calendar_rules.parser.named_holidays import mask_holiday_names
from calendar_rules.parser.next_day import next_day
from calendar_rules.parser.no_duty import no_duty
from calendar_rules.parser.normalize import Folded, fold, spell_digits
from calendar_rules.parser.notice_periods import notice_period
from calendar_rules.parser.observances import mask_observance_days
from calendar_rules.parser.ongoing import adhoc, continuous, from_then_on, goes_on, periodic_interval
from calendar_rules.parser.patterns import (
    DATED_YEAR_RE,
    DAY_OF_MONTH,
    HARD_LIMIT,
    HARD_RE,
    LEADING_BULLET_RE,
    MEETING,
    PLANNED_RE,
    PREV_YEAR_DAY_RE,
    PREV_YEAR_RE,
    RECUR_YEAR,
    SPELLED_RE,
    TIME_TOKEN_RE,
    YEAR_RE,
)
from calendar_rules.parser.provisos import condition_only
from calendar_rules.parser.purposes import mask_purpose
from calendar_rules.parser.qualifiers import mask_paper_ages
from calendar_rules.parser.quarter_lists import quarter_list
from calendar_rules.parser.reader import Match, Reader, on_match
from calendar_rules.parser.recurring import recurring
from calendar_rules.parser.refusals import not_a_deadline
from calendar_rules.parser.relative import after_event, at_event, before_event_day, count_back, relative
from calendar_rules.parser.restated import restated_day
from calendar_rules.parser.result import Conventions, Found, ParseResult, make_result
from calendar_rules.parser.returns import returns
from calendar_rules.parser.roadmaps import roadmap_step
from calendar_rules.parser.schedules import set_elsewhere
from calendar_rules.parser.scores import mask_scores
from calendar_rules.parser.single import range_rule, single
from calendar_rules.parser.solar_mung import mask_solar_mung
from calendar_rules.parser.standing import standing, twice_a_year
from calendar_rules.parser.statements import mask_statement_periods
from calendar_rules.parser.states import (
    mask_birth_years,
    mask_conditions,
    mask_listed_who,
    mask_reference_moments,
)
from calendar_rules.parser.status_days import mask_status_days
from calendar_rules.parser.tax_periods import mask_tax_periods
from calendar_rules.parser.terms import weeks_into_term
from calendar_rules.parser.tet import before_tet
from calendar_rules.parser.today import today_hour
from calendar_rules.parser.two_readings import two_readings
from calendar_rules.parser.working_days import working_days
from calendar_rules.parser.year_columns import year_column
from calendar_rules.parser.year_spans import year_span
from calendar_rules.rules import FixedDate, Range, Recurring, Rule

# a day and month with a slash, maybe with its year: "24/05", "24/05/2023" (groups: day, month, year)
_SLASHED = r"(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?"
DAY_LIST_DATE_RE = re.compile(rf"\b{_SLASHED}")
# days listed over several dates: "ngày 17, 24/05/2023 và cả ngày 20, 27/05/2023", "ngày 31/05/2023, 07/06/2023"
_LISTED = rf"(?:\d{{1,2}}\s*,\s*){{0,6}}{_SLASHED}"
# and days before one month: "trong 2 ngày 27 và 28/6/2024", "ngày 5, 6 và 7/3/2024"
DAY_LIST_RE = re.compile(
    rf"\bngay\s*{_LISTED}(?:\s*(?:,|va)\s*(?:ca\s*)?(?:cac\s*)?(?:ngay\s*)?{_LISTED}){{1,6}}"
    rf"|\bngay\s*(?:\d{{1,2}}\s*(?:,|va)\s*){{1,6}}{_SLASHED}"
)
# a hard deadline with its date, after a news lead; or a time labelled as one ("thời gian điều tra đến ngày 30/4/2024",
# not "kéo dài đến ngày ...", how long something lasts)
LATER_DEADLINE_RE = re.compile(
    rf"\b(?:{HARD_LIMIT}|truoc|den\s*het\s*ngay)\s*(?:la\s*)?(?:ngay\s*)?\d"
    # (up to three words between, none of how long something lasts or stays valid: "kéo dài", "sử dụng", "hiệu lực")
    r"|\b(?:thoi\s*(?:gian|han)|han)\b(?:\s*(?!(?:keo|dai|su|dung|qua|tu|hieu|luc|gia|tri)\b)[a-z]+){0,3}"
    r"\s*(?:la\s*)?den\s*ngay\s*\d"
)
# where something was said: "Tại phiên họp ngày 28/2/2025", "tại Hội nghị ... ngày 7-4-2015"
MEETING_AT_RE = re.compile(rf"\btai\s*{MEETING}\b[^,;.]{{0,80}}?\bngay\s*{DAY_OF_MONTH}")
# markdown emphasis left in a page's text: "trước ngày **30 tháng 9 năm 2025**", "trước *ngày 13 tháng 12 năm 2025*"
# (bold or italic; blanked, same length)
EMPHASIS_RE = re.compile(r"\*+|__")
CLOCK_RE = re.compile(r"\b([01]?\d|2[0-3]):([0-5]\d)\b(?!\s*:\s*\d)")

__all__ = ["Conventions", "ParseResult", "parse_phrase"]


def parse_phrase(text: str, issued: dt.date | None = None, conventions: Conventions = Conventions()) -> ParseResult:
    """Read one deadline phrase. Never raises on any text: failures are ``unparsed`` results."""
    try:
        # "26 ng&agrave;y kể từ ng&agrave;y nhận được": page text with its HTML entities left in is read unescaped
        return _parse(html.unescape(text if isinstance(text, str) else str(text)), issued, conventions)
    except Exception as exc:  # the contract: any text in, a result out
        return ParseResult(str(text), None, "unparsed", "unsure", (0, len(str(text))), (), f"không đọc được: {exc}")


MASKS = (
    (mask_quotes, "ngày nằm trong một tên gọi được trích dẫn, không phải hạn chót"),
    (mask_citations, "ngày của văn bản được dẫn, không phải hạn chót"),
    (mask_superseded, "thời hạn cũ đã được thay, không phải hạn chót"),
    (mask_anniversaries, "khoảng thời gian được kỷ niệm, không phải hạn chót"),
    (mask_observance_days, "ngày và tháng trong tên một ngày kỷ niệm, không phải hạn chót"),
    (mask_holiday_days, "ngày nghỉ của một dịp lễ, Tết được nêu tên, không phải hạn chót"),
    (mask_holiday_names, "ngày của một ngày lễ viết cạnh tên ngày lễ, không phải hạn chót"),
    (mask_reference_moments, "mốc tính số liệu (thời điểm điều tra, chốt số liệu), không phải hạn chót"),
    (mask_moments, "thời điểm tính số liệu, hiện trạng ('tại thời điểm ...'), không phải hạn chót"),
    (mask_solar_mung, "chữ 'mùng' trước ngày dương lịch"),
    (mask_status_days, "ngày nêu tình trạng chưa làm xong ('đến ngày ... chưa ...'), không phải hạn chót"),
    (mask_scores, "điểm số có dấu chấm thập phân ('điểm trung bình từ 7.5'), không phải ngày"),
    (mask_paper_ages, "tuổi của một giấy tờ ('bản sao (trong vòng 3 tháng ...)'), không phải hạn chót"),
    (hours_as_days, "số giờ tròn ngày đọc là số ngày"),
    (mask_count_spans, "khoảng số ngày (thời lượng), không phải ngày"),
    (mask_round_the_clock, "giờ trực suốt ngày đêm (24/24), không phải ngày"),
    (mask_conditions, "ngày trong một điều kiện (trường hợp ... thì), không phải hạn chót"),
    (mask_statement_periods, "kỳ của báo cáo tài chính (cuối năm, quý), không phải hạn nộp"),
    (mask_tax_periods, "kỳ tính thuế của tờ khai, số thuế (tháng, quý), không phải hạn nộp"),
    (mask_purpose, "mốc thời gian của mục đích nêu trước ('Để ... năm 2020, ...'), không phải hạn chót"),
    (mask_birth_years, "năm sinh của người được nhận, không phải hạn chót"),
    (
        mask_listed_who,
        "thời gian trong mệnh đề nói ai được nhận (những trẻ được ... từ ... đến ...), không phải hạn chót",
    ),
)


def _prepare(text: str) -> tuple[Folded, str | None]:
    """Fold (spelled-out days and months as digits), then blank (same length) what is not part
    of the deadline: a leading bullet, quoted names, citations of other documents, a superseded deadline, the span
    an anniversary celebrates, the spelled-out repeat of a number ("06 (sáu) tháng"). Also says why,
    when blanking took every date."""
    nfc = unicodedata.normalize("NFC", text)
    phrase = fold(spell_digits(nfc)) if len(nfc) == len(text) else fold(text)
    folded = phrase.text
    bullet = LEADING_BULLET_RE.match(folded)
    if bullet:
        folded = " " * bullet.end() + folded[bullet.end() :]
    folded = EMPHASIS_RE.sub(lambda m: " " * len(m.group(0)), folded)
    folded = strip_dateline(phrase, folded)
    reason = None
    dated = bool(TIME_TOKEN_RE.search(folded))
    for mask, why in MASKS:
        folded = mask(folded)
        # masks only blank, so once no date is left none comes back: one search a mask, and none after that
        if dated and not TIME_TOKEN_RE.search(folded):
            dated, reason = False, why  # the blanking took every date of the phrase
    folded = SPELLED_RE.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), folded)
    return Folded(folded, phrase.origin, text), reason


def _parse(text: str, issued: dt.date | None, conventions: Conventions) -> ParseResult:
    phrase, masked = _prepare(text)
    found = Found()
    if not phrase.text.strip():
        return make_result(phrase, None, found, masked or "cụm từ rỗng")  # (all of it blanked: say why)
    refusal = not_a_deadline(phrase) or no_duty(phrase)
    if refusal:
        return make_result(phrase, None, found, refusal)
    # "trước 16:30 ngày 15/03/2024" reads as "trước 16h30 ngày ..." (same length, after the page-stamp check)
    folded = CLOCK_RE.sub(lambda m: f"{m.group(1)}h{m.group(2)}", phrase.text)
    lead = NEWS_LEAD_RE.match(folded)
    if lead and LATER_DEADLINE_RE.search(folded, lead.end()):
        # "ngày 11.12.2017, Sở ... đề nghị chậm nhất ngày 25.12.2017 phải báo cáo": the lead is the day of the news
        folded = " " * lead.end() + folded[lead.end() :]
    lead = CLAUSE_LEAD_RE.match(folded)
    if lead and LATER_DEADLINE_RE.search(folded, lead.end()):
        # "Nhằm kịp thời tổng hợp, ngày 15/3/2024, UBND huyện yêu cầu ... trước ngày 30/3/2024": the same, after a clause
        folded = folded[: lead.start(1)] + " " * (lead.end(1) - lead.start(1)) + folded[lead.end(1) :]
    meeting = MEETING_AT_RE.search(folded)
    if meeting and (LATER_DEADLINE_RE.search(folded, meeting.end()) or TIME_TOKEN_RE.search(folded, meeting.end())):
        # "Tại hội nghị ngày 15/5/2024, Ban Thường vụ yêu cầu ... chậm nhất ngày 31/5/2024", "... hoàn thành các chỉ
        # tiêu trong năm 2024": the meeting's day is where it was said, another time is the deadline
        folded = folded[: meeting.start()] + " " * (meeting.end() - meeting.start()) + folded[meeting.end() :]
    phrase = Folded(folded, phrase.origin, phrase.original)
    result, read = _read(phrase, issued, conventions, masked)
    past = _past_before_a_limit(phrase, result, issued)
    if past is not None:
        # "... nhà cửa bị thiệt hại do đợt mưa lũ từ ngày 16-22/11/2025, gửi ... trước ngày 03/12/2025": the time read had
        # passed when the document was issued (what happened); the hard limit after it is the deadline
        again, _ = _read(past, issued, conventions, masked)
        if issued is not None and getattr(again.rule, "due", issued) > issued:
            return replace(again, warnings=(*again.warnings, PAST_BEFORE_LIMIT))
    if not read and (spelled := spell_bare_months(phrase)) is not None:
        # "Giai đoạn 2: Xét chọn (3/2018 - 4/2018)": no reader read it; again with the bare months as "tháng M/YYYY"
        again, read = _read(spelled, issued, conventions, masked, BARE_MONTH)
        if again.rule is not None:
            return again
    return result


PAST_BEFORE_LIMIT = "mốc thời gian đã qua khi văn bản ban hành (việc đã xảy ra) đứng trước hạn chót: đọc hạn chót"


def _past_before_a_limit(phrase: Folded, result: ParseResult, issued: dt.date | None) -> Folded | None:
    """The phrase with the time read blanked, when that time had passed on the issue date and a hard limit follows it."""
    due = getattr(result.rule, "due", None)
    if issued is None or not isinstance(due, dt.date) or due >= issued:
        return None
    start, end = result.span
    a, b = bisect_left(phrase.origin, start), bisect_left(phrase.origin, end)  # (origin never decreases)
    if a >= b or not LATER_DEADLINE_RE.search(phrase.text, b):
        return None
    return Folded(phrase.text[:a] + " " * (b - a) + phrase.text[b:], phrase.origin, phrase.original)


def _read(
    phrase: Folded, issued: dt.date | None, conventions: Conventions, masked: str | None, convention: str = ""
) -> tuple[ParseResult, bool]:
    """The first reader that reads the phrase, checked, and whether one read it; ``convention`` names one the phrase
    is read by (a warning)."""
    found = Found()
    for reader in (
        before_tet,
        restated_day,
        before_event_day,
        year_column,
        continuous,
        goes_on,
        periodic_interval,
        between_events,
        _planned,
        end_columns,
        returns,
        quarter_list,
        year_span,
        _range,
        length_from_start,
        counted_to_event,
        count_back,
        relative,
        next_day,
        roadmap_step,
        after_event,
        at_event,
        weeks_into_term,
        twice_a_year,
        _recurring,
        adhoc,
        from_then_on,
        _prev_year,
        _day_list,
        _single,
        notice_period,
        today_hour,
        working_days,
        each_week,
        duty_given,
        set_elsewhere,
    ):
        found = Found()  # what a reader saw counts only if it reads the phrase
        rule = reader(phrase, issued, found, conventions)
        if rule is not None and found.rolled and issued is not None:
            rule, found = _just_past(reader, phrase, issued, conventions, rule, found)
        if rule is not None:
            if convention:
                found.convention(convention)
            rule = standing(phrase, rule, found)
            condition_only(phrase, found)
            two_readings(phrase, rule, found)
            lunar_recurring(phrase, rule, found)
            refusal = review(phrase, rule, found, issued)
            if not refusal:
                rule, refusal = hedge(phrase, rule, found, issued)
            return make_result(phrase, None if refusal else rule, found, refusal), True
    return make_result(phrase, None, found, masked), False


def _just_past(
    reader: Reader, phrase: Folded, issued: dt.date, conventions: Conventions, rule: Rule, found: Found
) -> tuple[Rule, Found]:
    """ "Theo kế hoạch kỳ thi năm 2024, từ ngày 2/5 đến 17 giờ ngày 10/5, ..." in an article of 11/5/2024: a date
    without its year, a few days before the issue date, in a phrase that names the issue year and no other, is
    that year's (a report of what just happened), not next year's; a person confirms it either way."""
    years = {int(y.group(1)) for y in islice(YEAR_RE.finditer(phrase.text), 10)}
    if years != {issued.year}:
        return rule, found
    earlier = max(issued - dt.timedelta(days=31), dt.date(issued.year, 1, 1))
    retry = Found()
    again = reader(phrase, earlier, retry, conventions)
    due = getattr(again, "due", None)
    if again is None or retry.rolled or not isinstance(due, dt.date) or not earlier <= due < issued:
        return rule, found
    retry.doubt(f"mốc không ghi năm đã qua ngày ban hành; câu ghi năm {issued.year}: đọc là năm đó, cần xác nhận")
    return again, retry


def _planned(phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions) -> Rule | None:
    """ "Dự kiến 05/12 (chậm nhất 10/12)": the hard deadline is the due date, not the plan."""
    planned = PLANNED_RE.search(phrase.text)
    hard = HARD_RE.search(phrase.text, planned.end()) if planned else None
    if not hard:
        return None
    rest = phrase.text[hard.start() :]
    rule = single(Folded(rest, phrase.origin[hard.start() :], phrase.original), issued, found, conventions)
    if rule is not None:
        found.spans[:] = [(a + hard.start(), b + hard.start()) for a, b in found.spans]
        found.accounted.append((planned.start(), hard.start()))  # type: ignore[union-attr]
        found.warnings.append("có ngày dự kiến và hạn chót: lấy hạn chót")
    return rule


def _range(phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions) -> Rule | None:
    rule = range_rule(phrase, issued, found, conventions)
    end = max((b for _, b in found.spans), default=0)
    year = RECUR_YEAR.match(phrase.text, end) or RECUR_YEAR.search(phrase.text, end, end + 12)  # right after its end
    if isinstance(rule, Range) and year and not YEAR_RE.search(phrase.text) and not DATED_YEAR_RE.search(phrase.text):
        # "Thời gian khám sức khỏe từ ngày 01 tháng 11 đến hết ngày 31 tháng 12 hằng năm": a window each year
        found.spans.append(year.span())
        found.warnings.append("khoảng thời gian lặp lại hằng năm: hạn là ngày cuối của khoảng")
        return Recurring("annual", f"date:{rule.due.month:02d}-{rule.due.day:02d}")
    return rule


def _recurring(phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions) -> Rule | None:
    rule = recurring(phrase.text, issued, found, conventions)
    return frequency_only(phrase, rule, found) if rule is not None else None


def _prev_year(phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions) -> Rule | None:
    day = PREV_YEAR_DAY_RE.search(phrase.text)
    if day and safe_date(2024, int(day.group(3)), int(day.group(2))):  # for each year Y, that day of Y−1
        found.spans.append(day.span())
        found.warnings.append(f"cho năm Y, hạn là ngày {int(day.group(2)):02d}/{int(day.group(3)):02d} của năm Y−1")
        before = bool(day.group(1)) and not conventions.before_is_inclusive
        return Recurring("annual", f"date:{int(day.group(3)):02d}-{int(day.group(2)):02d}", offset_days=-int(before))
    prev = PREV_YEAR_RE.search(phrase.text)
    if not prev:  # "tháng 12 của năm trước đó": for each year Y, the end of that month of Y−1
        return None
    found.spans.append(prev.span())
    month = int(prev.group(1)) if prev.group(1) else roman(prev.group(2)) * 3
    return Recurring("annual", f"prevyear-month:{month}")


@on_match(DAY_LIST_RE)
def _day_list(
    match: Match, phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions
) -> Rule | None:
    """ "Chiều ngày 17, 24/05/2023 và cả ngày 20, 27/05/2023": days listed over several dates, due on the
    last; a person confirms it (the list may be a set of sessions rather than a window)."""
    dates = list(DAY_LIST_DATE_RE.finditer(phrase.text, match.start(), match.end()))
    year = next((int(d.group(3)) for d in reversed(dates) if d.group(3)), None)
    last = dates[-1]
    try:
        due = dt.date(int(last.group(3) or year or 0), int(last.group(2)), int(last.group(1)))
    except ValueError:
        return None
    found.spans.append(match.span())
    found.doubt("danh sách nhiều ngày: hạn là ngày sau cùng, cần người xác nhận")
    return FixedDate(due)


def _single(phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions) -> Rule | None:
    return single(phrase, issued, found, conventions)
