"""Vietnamese deadline phrase → rule, as a careful reader would read it.

Conventions (docs/domain.md; BLDS 2015 Điều 146–148), configurable in ``Conventions``:

| phrase | rule |
|---|---|
| "trong tháng 3 năm 2023", "tháng 3/2023", "tháng 8.2015" | end of that month |
| "quý II/2023", "chậm nhất cuối quý I/2023" | end of that quarter |
| "6 tháng đầu năm 2023" / "6 tháng cuối năm" | 30/6 / 31/12 |
| "giữa năm 2023", "đầu năm 2023" | 30/6/2023, 31/3/2023 (``inferred``) |
| "đầu / giữa / cuối tháng 5", "nửa cuối tháng 5" | 10/5, 20/5, 31/5, 31/5 (``inferred``) |
| "thượng / trung / hạ tuần tháng 5", "15 ngày đầu tháng 5" | 10/5, 20/5, 31/5, 15/5 (``inferred``) |
| "đầu quý II", "giữa quý" | no convention: the quarter's end, ``unsure`` |
| "cuối năm 2023", "năm 2023" | 31/12/2023 |
| "trước ngày 30/4/2023", "trước 30/11/2021" | the day before (lenient reading: that day) |
| "chậm nhất ngày 15/5/2023", "đến ngày", "ngày 15.5.2023" | that day |
| "Dự kiến 05/12 (chậm nhất 10/12)" | the hard deadline, 10/12 |
| "quý I hằng năm (tính từ năm 2022)" | every year, end of March, from 2022 |
| "hằng quý", "hằng tháng", "định kỳ 6 tháng" | each quarter / month / half-year end |
| "trước ngày 20 hằng tháng" | every month, day 19 (day 20 when lenient) |
| "trước ngày 05 tháng cuối của mỗi quý" | every quarter, day 4 of its last month |
| "tháng 12 của năm trước đó", "quý IV năm trước" | for year Y: 31/12 of Y−1 |
| "riêng năm 2021 báo cáo vào tháng 12/2021" | an override of that year's occurrence |
| "thường xuyên" (not "giáo dục thường xuyên") | continuous (with a review when a period is named) |
| "từ tháng 1 đến tháng 3/2020", "15/8 - 31/12/2016", "từ ngày 14-3 đến hết 14-4", "từ tháng 4 - 6" | a range, due at its end |
| "bắt đầu từ tháng 11, ... hoàn thành vào cuối tháng 6/2012" | the start is not the deadline |
| "định kỳ 03 tháng một lần", "mỗi năm hai lần", "của năm báo cáo" | every quarter / half-year / year |
| "chậm nhất là ngày thứ 20 của tháng tiếp theo", "ngày cuối cùng của tháng đầu quý sau" | a return after its period (``returns``) |
| "là 25 ngày, bắt đầu từ ngày 1/4/2019"; "từ 15 đến 20 ngày" | a range to the length's last day (``inferred``); a span of counts, no date |
| "Thời điểm điều tra là 0 giờ ngày 1-4-2019", "chốt số liệu ngày 25", "số liệu tính từ ... đến ..." | a reference moment: blanked, not a deadline |
| "Tại phiên họp ngày 28/2/2025, ...", "Ngày 04/01/2026: Chậm nhất 70 ngày trước bầu cử" | a meeting held: not a deadline; a schedule row: its date |
| "Trước ngày 01/11 của năm trước năm tổ chức" | every year, 31/10 (for the year after) |
| "vào ngày làm việc cuối cùng của tháng" (with a frequency); a cell "Trong năm", "Cả năm 2024" | every month at workday:-1; the year's end (``inferred``; "cả năm" ``unsure``) |
| "Tạĩ phĩên họp ngàỷ ...", a sentence without diacritics | read from the fold, ``unsure`` |
| "trong thời hạn 20 ngày làm việc, kể từ ...", "không quá 45 ngày" | relative to an event |
| "Ít nhất 30 ngày trước khai mạc", "Trước khai mạc ít nhất 10 ngày" | relative, counted back (−30, −10 days) |
| "trong tháng 11, tháng 12 năm 2025" | a range, due at the last month's end |
| "Chậm nhất ngày 06 tháng 06 đối với báo cáo định kỳ 06 tháng" | every year at that day and month |
| "tiếp tục thực hiện nghiêm ...", "Khẩn trương ...", "Tăng cường ...", "yêu cầu ... phối hợp chặt chẽ" (no time written) | continuous (``unsure``, ``ongoing``) |
| "giao Sở Nội vụ chủ trì, ...", "Giao X làm đầu mối ...", "yêu cầu ... tăng cường ..." (no time written) | continuous (``unsure``, ``ongoing``) |
| "triển khai quyết liệt ...", "Tổ chức quán triệt ...", "sẽ tiếp tục ...", "đề nghị ... tổ chức thực hiện" (a cited date only) | continuous (``unsure``, ``ongoing``) |
| "thả giống từ ngày 01/3 đến hết ngày 30/9/2018" (no duty, label, task); "sẽ hoãn cắt điện từ ... đến ..." | a range, ``unsure`` (a season, a pause) |
| "túc trực 24/24", "trực 24/7" | hours of duty, blanked: not a date |
| "phấn đấu hoàn thành ... các chỉ tiêu năm 2020", "quyết tâm ... nhiệm vụ năm 2021" | the year's end (``unsure``) |
| "Cuộc thi được triển khai từ 22.11.2021 đến 10.12.2021, ..." (past, no label "Thời gian:", no duty) | what happened: not a deadline |
| "Chiều ngày 12/4/2024 Xã đoàn tổ chức hội nghị ..." (issued that day) | the day's news: not a deadline |
| "trong thời hạn 03 tháng kể từ ngày 15/3/2024" | that day 3 months on, or the month's last (BLDS Điều 148; ``unsure``) |
| "theo Kế hoạch 7809 ngày 27.12.2019", "số 183-KH/TWĐTN-TNNT ngày ... về việc ..." | a citation (with its subject): not a deadline |
| "thay cho thời hạn cũ 30/11/2016" | a superseded deadline: not the due date |
| "Ngày 24/5/2017, UBND tỉnh ban hành ...", "Tính đến ngày ...", "... đã ..." | a report of what happened: not a deadline |
| "đến ngày 22.4, toàn tỉnh có ...", "nghỉ học đến ngày ...", "Tuần thực học 01: ...", "phát động từ A – B", "(07/5/1954 - 07/5/2024)" | a state, a closure, a school week, a campaign or anniversary span: not a deadline |
| "Thứ hai, 11/09/2017 09:34:00", "18/09/2022 - Lượt xem: 5214", "Ngày có hiệu lực: 31-03-2001", "(Theo Báo ... ngày ...)" | page furniture, a metadata row, a source: not a deadline |
| "Hướng dẫn số 25-HD/BTCTW, ngày ... của ... về ..., ... hằng năm", "V/v ...", "BÁO CÁO Sơ kết ..." | a cited title over its commas, a subject line, a heading: not a deadline |
| "(Baoxyz) - Ngày 5/3, ...", "TPO - Sáng 6/3, ...", "HÀ NỘI, 5/3 - ..." | a news lead after its dateline; a "chậm nhất ngày ..." after a lead is the deadline |
| "Sau ngày 30/09/2017, sinh viên ... sẽ không được ..." | due that day (``unsure``) |
| "Báo cáo 6 tháng đầu năm gửi trước ngày 05 tháng 7", "UBND cấp tỉnh báo cáo ... trước ngày 15 tháng 02" | a standing regulation: every year (``standing``) |
| "thời hạn quyết toán thuế ... ngày 30/4, bắt đầu từ kỳ quyết toán thuế năm 2020" | a yearly duty by its nature: every year (``standing``) |
| "Dự kiến lễ trao giải vào quý IV/2014", "Thời gian thi trong 2 ngày 11 và 12/6", "... sẽ khai mạc ngày 27.4", "Giải kết thúc ngày 17/8" | an event's date without a duty word: read, ``unsure`` (``events``) |
| "Từ 07g00 đến 17g00, ngày 12/6/2021", "8h00 – Chủ Nhật, ngày 11/6/2023", "... chiều 30/8" | the time of day an event is held: read, ``unsure`` (``events``) |
| "trước ngày 25 tháng 5 và ngày 25 tháng 11 hằng năm" | every half, day 24 of its 5th month |
| "trong thời hạn mười ngày đầu tháng một hàng năm" | every year at day 10 of January (``inferred``) |
| "Trường hợp ... đến ngày 30/6 chưa có ... thì ... chậm nhất sau 10 ngày làm việc kể từ ..." | the condition's day is blanked: the delay |
| "ng&agrave;y", "trong thời hạn ba ngày làm việc", "ngày thứ chín mươi, kể từ ...", "sau 07 đến 10 ngày" | unescaped; spelled counts as digits; the longer count |
| "trước thứ Sáu ngày 15/09/2017", "trước ngày Sinh nhật Bác (19/5)" | the day before (a weekday, a named day between) |
| "từ ngày 1.3 đến trung tuần tháng 4" | a range to that part's convention (20/4, ``inferred``) |
| "đột xuất" | ad hoc |
| "... báo cáo định kỳ, đột xuất khi có yêu cầu; báo cáo ... trước ngày 19/5/2022" | the dated clause's deadline |
| "tàu thuyền không được xuất bến", "phải ...", "yêu cầu X thông báo ...", "Điều 2. X chủ trì, phối hợp ..." (no time) | continuous (``unsure``, ``duties``) |
| "gửi báo cáo nhanh ... trước 17 giờ hàng ngày" | continuous (``unsure``, ``duties``) |
| "trước 20h tối nay", "trước 15h hôm nay" | the issue day (``unsure``, ``today``) |
| "Dự kiến tháng 12/2020"; "(thời gian cụ thể thông báo sau)"; "Học kỳ 2 Từ 01/12 đến 20/12" | the plan's time; ``unsure`` (``hedges``) |
| "Thời gian ở: Từ ngày 01/8/2022 ...", "thời gian tích lũy ...", "Từ đầu năm đến nay, ...", "... thông qua ngày ..." | how long something lasts; a report's span; an adoption day: not a deadline |
| "bão có khả năng khoảng 10h ngày 14-10 sẽ đi vào đất liền" | a forecast: not a deadline (``hedges``) |
| "ngày 26 tháng 10 năm 2019 (thứ Hai)" in a letter of 2020 | the year the weekday fits, 26/10/2020 (``unsure``, ``hedges``) |
| "từ 7 giờ ngày 28-11, ... phải ngừng di chuyển cho đến khi có thông báo mới" | a start: not a deadline |
| "ngày làm_việc", "Hội_đồng_nhân_dân" (word-segmented text) | read as spaced |
| "cần chủ động tổng kết xong trước ngày khai giảng" (no count, no date) | relative, −1 day (``unsure``) |
| "ngày 10 tháng Giêng", "mùng 5 Tết", "10/3 âm lịch" | the lunar date in the year known |
| "giao Sở ... hàng năm phối hợp ...", "Hằng quý, các chi bộ gửi báo cáo ..." (no day written) | the period's end, ``unsure`` |
| "Tháng hành động ... từ ngày 01 – 30/6/2023 với chủ đề ...", "Lịch cắt điện: ...", "Ngày đăng ký cuối cùng: ..." | a campaign's span, an outage, a share register's day: not a deadline |
| "Thứ Hai, 12 tháng 6, 2024", "ngày 5 tháng 12, 2024"; "Bởi admin Tháng Mười Hai 5, 2018 01:54" | that day; a blog's stamp: not a deadline |
| "Kỳ thi diễn ra ngày 30/5 ..." issued in June | an event held: not next year's deadline |
| "UBND TP chỉ đạo các sở ... tăng cường ...", "... vừa ban hành công điện, đề nghị ...", "các đơn vị lập danh sách ... gửi về ..." | continuous (``unsure``, ``duties``) |
| "trong thời hạn bảy (07) ngày làm việc"; "Lịch cúp điện ..."; "Hình thức tổ chức: UBND xã giao cho ..." (no time) | 7 working days; an outage; continuous (``duties``) |
| "Bắt đầu từ tháng 2/2025, X thông báo ... hàng tuần"; "... những trẻ được ... lập danh sách từ A đến B"; "Kho bạc Nhà nước tiếp nhận ..." | continuous from then; who is covered: not a window; continuous (``ongoing``, ``states``, ``duties``) |
| "Thí sinh gửi bài dự thi trực tiếp tại trường ...", "Nghiêm chỉnh chấp hành Luật ..." (no time); "... không được tham gia", "phải có giá trị cao" | continuous (``unsure``, ``duties``); a condition of entry: not a deadline |
| "01 tuần sau khi ...", "trước ngày thi 2 tuần để ..."; "thời hạn trước 90 ngày kể từ ..."; "... thông báo cho Văn phòng trước 3 ngày." | 7 days, −14 days; either way (``unsure``); −3 days before the document's event (``unsure``) |
| "hôm nay là hạn cuối ..."; "Ảnh ... sẽ được công bố sau khi ..."; "Ngày phát hành: ...", "Eah’leo ngày 10 tháng 9 năm 2010" | the issue day (``unsure``); nothing set: not a deadline; page and letter furniture |
| "Căn cứ Quyết định số ... về việc ... trình Ban Chỉ đạo ... trong năm 2008;"; "Nhằm ..., ngày 13/4, UBND phường ... tổ chức ..." | a basis (a body's name is no clause of its own); a news lead after its opening clause: not a deadline |
| "tổ chức trong cả năm 2025", "trong suốt năm 2025"; "Thực hiện Công văn số ... ngày ..., X đề nghị Y ... triển khai ..." | 31/12/2025; continuous (``unsure``, the cited date is not the duty's) |
| "Nội dung thực hiện gồm: Đẩy mạnh ..."; "UBND cấp xã căn cứ quy định tại ... xác định ..." (no time) | continuous (``unsure``, ``duties``) |
| "Trước ít nhất 30 ngày kể từ ngày ..."; "Nếu ... thành lập trước ngày 01/07 ... thì ..." (no time after "thì") | −30 days; the condition's day, ``unsure`` (``provisos``) |
| "báo cáo tài chính cuối năm", "BCTC quý I/2024"; "2-3 tháng kể từ ..."; "trong 4 tuần đầu của học kỳ" | the statement's period, blanked; 3 months; 28 days after the term's start (``unsure``, ``terms``) |
| "trước 01 tuần theo lịch thi ..."; "được thu trước khi bắt đầu học"; "thực hiện theo kế hoạch chung của Bộ ..." | −7 days; 0 days (``unsure``); continuous (``unsure``, ``schedules``) |
| "hưởng ứng Ngày sách Việt Nam 21/4" | the observance's name: blanked, not a deadline (``observances``) |

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
from collections.abc import Callable
from itertools import islice

from calendar_rules.parser.audit import review
from calendar_rules.parser.citations import (
    mask_anniversaries,
    mask_citations,
    mask_quotes,
    mask_superseded,
)
from calendar_rules.parser.columns import end_columns
from calendar_rules.parser.cues import CLAUSE_LEAD_RE, NEWS_LEAD_RE
from calendar_rules.parser.dates import roman, safe_date
from calendar_rules.parser.durations import length_from_start, mask_count_spans, mask_round_the_clock
from calendar_rules.parser.duties import duty_given
from calendar_rules.parser.furniture import strip_dateline
from calendar_rules.parser.hedges import hedge
from calendar_rules.parser.normalize import Folded, fold, spell_digits
from calendar_rules.parser.observances import mask_observance_days
from calendar_rules.parser.ongoing import adhoc, continuous, from_then_on, goes_on
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
from calendar_rules.parser.recurring import recurring
from calendar_rules.parser.refusals import not_a_deadline
from calendar_rules.parser.relative import after_event, at_event, before_event_day, count_back, relative
from calendar_rules.parser.result import Conventions, Found, ParseResult, make_result
from calendar_rules.parser.returns import returns
from calendar_rules.parser.schedules import set_elsewhere
from calendar_rules.parser.single import range_rule, single
from calendar_rules.parser.standing import standing, twice_a_year
from calendar_rules.parser.statements import mask_statement_periods
from calendar_rules.parser.states import (
    mask_birth_years,
    mask_conditions,
    mask_listed_who,
    mask_reference_moments,
)
from calendar_rules.parser.terms import weeks_into_term
from calendar_rules.parser.today import today_hour
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
# markdown emphasis left in a page's text: "trước ngày **30 tháng 9 năm 2025**" (blanked, same length)
EMPHASIS_RE = re.compile(r"\*\*|__")
CLOCK_RE = re.compile(r"\b([01]?\d|2[0-3]):([0-5]\d)\b(?!\s*:\s*\d)")

Reader = Callable[[Folded, "dt.date | None", Found, Conventions], "Rule | None"]

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
    (mask_reference_moments, "mốc tính số liệu (thời điểm điều tra, chốt số liệu), không phải hạn chót"),
    (mask_paper_ages, "tuổi của một giấy tờ ('bản sao (trong vòng 3 tháng ...)'), không phải hạn chót"),
    (mask_count_spans, "khoảng số ngày (thời lượng), không phải ngày"),
    (mask_round_the_clock, "giờ trực suốt ngày đêm (24/24), không phải ngày"),
    (mask_conditions, "ngày trong một điều kiện (trường hợp ... thì), không phải hạn chót"),
    (mask_statement_periods, "kỳ của báo cáo tài chính (cuối năm, quý), không phải hạn nộp"),
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
    for mask, why in MASKS:
        dated = bool(TIME_TOKEN_RE.search(folded))
        folded = mask(folded)
        if dated and reason is None and not TIME_TOKEN_RE.search(folded):
            reason = why  # the blanking took every date of the phrase
    folded = SPELLED_RE.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), folded)
    return Folded(folded, phrase.origin, text), reason


def _parse(text: str, issued: dt.date | None, conventions: Conventions) -> ParseResult:
    phrase, masked = _prepare(text)
    found = Found()
    if not phrase.text.strip():
        return make_result(phrase, None, found, masked or "cụm từ rỗng")  # (all of it blanked: say why)
    refusal = not_a_deadline(phrase)
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
    for reader in (
        before_event_day,
        continuous,
        goes_on,
        _planned,
        end_columns,
        returns,
        _range,
        length_from_start,
        count_back,
        relative,
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
        today_hour,
        duty_given,
        set_elsewhere,
    ):
        found = Found()  # what a reader saw counts only if it reads the phrase
        rule = reader(phrase, issued, found, conventions)
        if rule is not None and found.rolled and issued is not None:
            rule, found = _just_past(reader, phrase, issued, conventions, rule, found)
        if rule is not None:
            rule = standing(phrase, rule, found)
            condition_only(phrase, found)
            refusal = review(phrase, rule, found, issued)
            if not refusal:
                rule, refusal = hedge(phrase, rule, found, issued)
            return make_result(phrase, None if refusal else rule, found, refusal)
    return make_result(phrase, None, found, masked)


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
    return recurring(phrase.text, issued, found, conventions)


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


def _day_list(phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions) -> Rule | None:
    """ "Chiều ngày 17, 24/05/2023 và cả ngày 20, 27/05/2023": days listed over several dates, due on the
    last; a person confirms it (the list may be a set of sessions rather than a window)."""
    match = DAY_LIST_RE.search(phrase.text)
    if not match:
        return None
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
