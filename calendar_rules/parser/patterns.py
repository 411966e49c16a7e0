"""The regular expressions of the phrase grammar, on folded text (see ``normalize``).

Every pattern here is anchored on a literal word or digit and has bounded
repetition, so one search is linear in the text's length; callers never run a
pattern once per position of the text. The pieces of a time expression (a
quarter, a month number, a day/month, a year after its separator) are written
once below and composed into the patterns of the parser and of the scanner.
"""

from __future__ import annotations

import re

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4, "01": 1, "02": 2, "03": 3, "04": 4}
LUNAR_MONTHS = {"gieng": 1, "chap": 12, "mot": 11}
# --- the pieces -------------------------------------------------------------------------------


def any_of(*phrases: str) -> str:
    """An alternation of folded phrases, each space matching any white space ("bao cao", "baocao")."""
    return "|".join(phrase.replace(" ", r"\s*") for phrase in phrases)


def words(*phrases: str, after: str = r"\b") -> re.Pattern[str]:
    """Any of the folded phrases as whole words, followed by ``after``."""
    return re.compile(rf"\b(?:{any_of(*phrases)}){after}")


Y = r"(\d{4})"
YEAR = r"(?:19|20)\d{2}"  # a year of this era, where four digits could be a count or a code: "2024", not "4000"
SEP = r"\s*[/.\-]\s*"
YEAR_SEP = r"\s*(?:/|-|\.|nam)\s*"  # "quý II/2023", "quý I-2019", "tháng 8.2015", "tháng 3 năm 2023"
# a quarter's number in Roman numerals, longest first: "quý IV", "quý II"
ROMAN_QUARTER = r"(?:iv|iii|ii|i)"
QUARTER_WORD = rf"qu[yi]\s*(?:{ROMAN_QUARTER}|0?[1-4])\b"
MONTH_NO = r"thang\s*\d{1,2}\b"
# a day and month in digits: "15/3", "15-3", "15.3" (what may follow is the caller's; DAY_MONTH ends on a word's end)
DIGITS_DAY = rf"\d{{1,2}}{SEP}\d{{1,2}}"
DAY_MONTH = rf"{DIGITS_DAY}\b"
# a numeric date with its year: "15/3/2024", "15-3-2024", "15.3.2024"
NUM_DATE = rf"{DIGITS_DAY}{SEP}\d{{4}}"
# and maybe without it: "15/3", "15/3/2024"
DIGITS_DATE = rf"{DIGITS_DAY}(?:{SEP}\d{{4}})?"
# a day with its year, in digits or spelled: "15/3/2024", "15 tháng 3 năm 2024"
DATE_WITH_YEAR = rf"{NUM_DATE}|\d{{1,2}}\s*thang\s*\d{{1,2}}\s*nam\s*\d{{4}}"
# a written day and month, maybe with its year: "15/3", "15-3-2024", "15 tháng 3", "15 tháng 3 năm 2024"
DAY_OF_MONTH = r"\d{1,2}\s*(?:[/.\-]\s*\d{1,2}|thang\s*\d{1,2})(?:\s*(?:[/.\-]|nam)\s*\d{4})?"
LONG_DAY = r"ngay\s*\d{1,2}\s*thang\s*\d{1,2}\b"
# any written date: "15/3/2024", "15/3", "ngày 15 tháng 3 (năm 2024)"
ANY_DATE = rf"{NUM_DATE}|{DAY_MONTH}|{LONG_DAY}(?:\s*nam\s*\d{{4}})?"
# the word after "thứ" that names a weekday, Monday to Saturday: "hai" ... "bảy", or its number 2 ... 7
WEEKDAY_NAMES = r"hai|ba|tu|nam|sau|bay|[2-7]"
# a weekday: "thứ Sáu", "thứ 6", "Chủ nhật"
WEEKDAY = rf"(?:thu\s*(?:{WEEKDAY_NAMES})|chu\s*nhat)"
# a time on the clock: "8h00", "07g00", "17 giờ 30 phút" (a written "16:30" is read as "16h30")
CLOCK_TIME = r"\d{1,2}\s*(?:h|g|gio)\s*\d{0,2}(?:\s*phut)?\b"
PERIOD_WITH_YEAR = rf"\b{QUARTER_WORD}{YEAR_SEP}\d{{4}}|\b{MONTH_NO}{YEAR_SEP}\d{{4}}"
# the opening of a plan's item, before its words: spaces and bullet marks ("- ", "+ ", "• "), then maybe its number
# ("1. ", "2) "); the readers that look at how a phrase opens start with these
ITEM_OPENING = r"^[\s\-+•*]*"
ITEM_NUMBER = r"(?:\d{1,2}\s*[.)]\s*)?"
# an item's number or letter before a condition or a case: "1.", "1.2.", "b)", "- "
ITEM_MARK = r"^[\s\-+•*–—]*(?:(?:\d{1,2}(?:\.\d{1,2}){0,3}|[a-z])\s*[.)]\s*)?"
# words after which "14-4" or "15.8" (no year) is a day and a month, not a section number or "2-3 days" (and an
# occasion's day: "thông xe kỹ thuật dịp 2.9")
_DAY_CUES = ("ngay", "truoc", "nhat", "kien", "den", "het", "tu", "va", "hoac", "la", "vao", "dip")
_AFTER_DAY_CUE = "|".join(f"(?<={word} )" for word in _DAY_CUES)
_COUNTED = any_of(
    *("chi tieu", "tieu chi", "diem", "xa", "phuong", "huyen", "don vi", "nguoi", "hoc sinh", "truong", "chi bo"),
    *("dang bo", "co so", "ho", "lop", "noi dung", "thanh vien", "doan vien", "hoi vien", "dang vien", "can bo"),
    *("tap the", "ca nhan", "tuan", "lan", "buoi", "tiet"),
    r"tinh(?!\s*theo\s*dau\b)",  # (not "đến ngày 25/3 tính theo dấu bưu điện", counted by the postmark)
)
_NOT_A_COUNT = rf"(?!\s*(?:ngay|thang|nam|gio|tuoi|%|[.\-/]\s*\d|(?:{_COUNTED})\b))"

# --- word lists: each a bare group of folded words, composed into the patterns below and the readers' own ---
# the deadline word "hạn" (not "hạn chế", to limit, nor "hạn mức", a ceiling)
HAN = r"han(?!\s*(?:che|muc)\b)"
# each (period): "hằng", "mỗi", "từng"
EACH = r"(?:hang|moi|tung)"
# a calendar period: "tháng", "quý", "năm"
PERIOD_WORD = r"(?:thang|quy|nam)"
# a period or a reporting term ("kỳ báo cáo"): "tháng", "quý", "kỳ", "năm"
TERM_WORD = r"(?:thang|quy|ky|nam)"
# counted from an event or a day: "kể từ", "tính từ"
COUNTED_FROM = rf"(?:{any_of('ke tu', 'tinh tu')})"
# the next one (period): "tháng sau", "quý tiếp theo", "năm kế tiếp (liền kề)", "tháng liền sau" (not "sau khi")
NEXT = rf"(?:(?:sau(?!\s*khi)|{any_of('tiep theo', 'ke tiep', 'ke sau', 'lien sau')})(?:\s*lien\s*ke)?)"
# a start with its time of day: "bắt đầu (từ, vào) (lúc) (7 giờ 30 phút,) (sáng, chiều) (ngày)", up to the date
BEGINS = (
    rf"bat\s*dau\s*(?:tu\s*|vao\s*)?(?:luc\s*)?(?:{CLOCK_TIME}\s*,?\s*)?"
    r"(?:(?:sang|chieu|toi|trua)\s*)?(?:ngay\s*)?"
)
# the first, middle and last ten days of a month: "thượng tuần", "trung tuần", "hạ tuần"
TEN_DAYS = rf"(?:{any_of('thuong tuan', 'trung tuan', 'ha tuan')})"
# a limit on a delay: "trong vòng", "trong thời hạn", "chậm nhất", "không quá", "tối đa" (15 ngày)
DELAY_LIMIT = rf"(?:{any_of('trong vong', 'trong thoi han', 'trong thoi gian', 'cham nhat', 'khong qua', 'toi da')})"
# a meeting: "phiên họp", "hội nghị", "kỳ họp", "cuộc họp", "buổi làm việc", "buổi họp", "buổi gặp"
MEETING = rf"(?:{any_of('phien hop', 'hoi nghi', 'ky hop', 'cuoc hop', 'buoi lam viec', 'buoi hop', 'buoi gap')})"
# a ceremony: "lễ trao giải", "lễ khai mạc (khai giảng)", "lễ bế mạc", "lễ kỷ niệm", "lễ tổng kết", "lễ ra quân"
CEREMONY = rf"(?:le\s*(?:{any_of('trao', 'khai', 'be', 'ky niem', 'tong ket', 'ra quan')}))"
# a holiday's name: "Nguyên đán", "Quốc khánh", "Giỗ Tổ Hùng Vương", "Quốc tế Lao động", "Giải phóng miền Nam"
HOLIDAY_NAMES = (
    r"(?:nguyen\s*dan|quoc\s*khanh|gio\s*to(?:\s*hung\s*vuong)?|quoc\s*te\s*lao\s*dong"
    r"|giai\s*phong\s*mien\s*nam(?:\s*,?\s*thong\s*nhat\s*dat\s*nuoc)?)"
)
# a holiday named by its day: "(lễ) 30/4", "2/9", "2.9"
HOLIDAY_DAY = r"\d{1,2}\s*[/.]\s*\d{1,2}"
# the latest day allowed: "chậm nhất", "muộn nhất", "hạn chót", "hạn cuối"
HARD_LIMIT = rf"(?:{any_of('cham nhat', 'muon nhat', 'han chot', 'han cuoi')})"
# a label that says when: "thời gian", "thời hạn", "thời điểm", "tiến độ"
TIME_LABEL = rf"(?:{any_of('thoi gian', 'thoi han', 'thoi diem', 'tien do')})"
# handing in what is due: "nộp", "gửi"
HAND_IN = r"(?:nop|gui)"
# a return or report named by its period: "tờ khai quý", "báo cáo tháng", "kỳ khai năm"
RETURN_NAME = rf"(?:{any_of('to khai', 'bao cao', 'ky khai')})"

# --- time expressions --------------------------------------------------------------------------
QUARTER_RE = re.compile(rf"\bqu[yi]\s*({ROMAN_QUARTER}|0?[1-4])\b(?:{YEAR_SEP}{Y})?")
# "tháng 3/2023", "tháng 8.2015", "tháng 3 năm 2023"; not "tháng 3/4/2023"-like dates
# and a list of months, read as its last: "tháng 10, 11/2024", "tháng 11 và 12 năm 2024"
MONTH_RE = re.compile(
    rf"\bthang\s*(?:\d{{1,2}}\s*(?:,|va)\s*){{0,4}}(\d{{1,2}})\b(?!{SEP}\d{{1,2}}{SEP})(?:{YEAR_SEP}{Y})?"
)

# d/m[/y]; with "." or "-" the year is required unless a day cue comes first ("2.2." is a section number)
DATE_RE = re.compile(
    rf"\b(\d{{1,2}})\s*/\s*(\d{{1,2}})(?:{SEP}{Y}\b|\b(?!\s*(?:{_COUNTED})\b))|\b(\d{{1,2}})\s*[.\-]\s*(\d{{1,2}})\s*[.\-]\s*{Y}\b"
    rf"|(?:{_AFTER_DAY_CUE})(\d{{1,2}})\s*[.\-]\s*(\d{{1,2}})\b{_NOT_A_COUNT}"
)
# the year of a spelled date, after "năm" or a comma ("ngày 5 tháng 12, 2024": a year, not the next clause's number)
_LONG_YEAR = rf"(?:\s*nam\s*|\s*,\s*(?={YEAR}\b))"
# and a list of days: "các ngày 21, 22 và 23 tháng 5 năm 2022" (the last one); a weekday may stand for "ngày", its
# year after a comma: "Thứ Hai, 12 tháng 6, 2024" (not the end of June 2023)
# a day written before "tháng M năm Y" without "ngày": "Thời hạn cuối cùng: 15 tháng 8 năm 2021" is that day, not
# the end of August; the year is required, so a count stays a count ("6 tháng 1 lần", "trong 15 tháng", "nhuận 2
# tháng 2"), and a digit or list before it belongs to a list already read ("ngày 13,14 tháng 12")
BARE_LONG_DATE = rf"(?<![\d,.\-/])(?<!\d\s)\b(\d{{1,2}})\s*thang\s*(\d{{1,2}})(?:{_LONG_YEAR}{Y}\b)"
LONG_DATE_RE = re.compile(
    rf"\bngay\s*(?:\d{{1,2}}\s*(?:,|va|-)\s*){{0,6}}(\d{{1,2}})\s*(?:cua\s*)?thang\s*(\d{{1,2}})(?:{_LONG_YEAR}{Y})?"
    rf"|\b{WEEKDAY}\s*,?\s*(?:ngay\s*)?(\d{{1,2}})\s*thang\s*(\d{{1,2}})(?:{_LONG_YEAR}{Y}\b)?"
    rf"|{BARE_LONG_DATE}"
)
YEAR_RE = re.compile(rf"\bnam\s*{Y}\b")
# a date with its year, or a year after a slash ("3/2023")
DATED_YEAR_RE = re.compile(rf"\b{NUM_DATE}\b|[/.\-]\s*{YEAR}\b")
# a date or an hour anywhere in the text as written (a cited document's, blanked before reading, included: "Tiếp tục
# quán triệt thực hiện Chỉ thị số 48-CT/TW ngày 22/10/2010" names what to carry out, which readers file as a citation)
# (a year alone names a school year or a programme, "năm học 2020-2021", "Phương án ... năm 2016": read first, if at all,
# by the dated readers)
WRITTEN_DATE_RE = re.compile(r"(?<!\d)\d{1,2}\s*[/.\-]\s*\d{1,2}(?!\d)")
WRITTEN_TIME_RE = re.compile(rf"{WRITTEN_DATE_RE.pattern}|\b\d{{1,2}}\s*(?:h|g|gio)\b")
# a year written, for the weaker signs (not digits glued to letters, an e-mail or a code: "RCP2017vn@gmail.com")
YEAR_WRITTEN_RE = re.compile(rf"(?<![\da-z]){YEAR}(?![\da-z])")
# a year alone as a time token: "năm 2021"
BARE_YEAR_RE = re.compile(rf"nam\s*{YEAR}")
LUNAR_RE = re.compile(
    r"\b(?:ngay|mung|mong)\s*(\d{1,2})\s*(?:thang\s*(gieng|chap|\d{1,2})|tet)(?:\s*am\s*lich)?"
    r"|\b(\d{1,2})\s*/\s*(\d{1,2})\s*am\s*lich"
)
# not "cuối năm học 2024-2025" (a school year ends in May), "đầu năm tài chính"
_NOT_CALENDAR_YEAR = r"(?!\s*(?:hoc|tai\s*chinh|ngan\s*sach)\b)"
HALF_RE = re.compile(rf"\b(?:6|sau)\s*thang\s*(dau|cuoi)\s*nam{_NOT_CALENDAR_YEAR}(?:\s*{Y})?")
# the middle, the start and the end of a year, in the order a reader tries them, with the period each names:
# "giữa năm 2023", "đầu năm", "cuối năm 2023" (group 1: the year); not one after "từ", which says when work starts,
# not when it is due ("Quyết liệt ngay từ đầu năm", "kể từ cuối năm 2023")
YEAR_PARTS = tuple(
    (re.compile(rf"(?<!\btu )\b{part}\s*nam{_NOT_CALENDAR_YEAR}(?:\s*{Y})?"), kind)
    for part, kind in (("giua", "MID"), ("dau", "START"), ("cuoi", "Y"))
)
# fuzzy parts of a month: "đầu tháng 3/2023", "giữa tháng 5", "nửa cuối tháng 6", "cuối tháng 9/2024"
# and "15 ngày đầu tháng 01/2024", "10 ngày đầu của tháng 1" (group 1: the number of days)
MONTH_PART_RE = re.compile(
    r"(?:\b(\d{1,2})\s*ngay\s*(?=dau|cuoi))?(?<!bat )(?<!tuan )(?<!le )(?<!\btu )"
    rf"\b(nua\s*dau|nua\s*cuoi|dau|giua|cuoi|{TEN_DAYS})\s*(?:cua\s*)?(?=thang\s*\d)"
)
# a fuzzy part of a quarter or a half-year, for which no convention is stated: "đầu quý II", "giữa quý"
PERIOD_PART_RE = words("nua dau", "nua cuoi", "dau", "giua", after=r"\s*$")
# the issue line of a document: "Đức Phổ, ngày 09 tháng 01 năm 2023"
ISSUE_LINE_RE = re.compile(
    # (not a duty verb or a weekday before the comma: "Các đơn vị gửi báo cáo vào thứ Sáu, ngày 12/4/2024" is a
    # deadline; a report's title keeps its date, "Báo cáo tổng kết năm học, ngày 20/5/2024")
    rf"^(?![^,;:]{{0,40}}?\b(?:{HAND_IN}|hoan\s*thanh|truoc|{HARD_LIMIT}|{WEEKDAY})\b)"
    # (the day and month may be left blank in a template: "Thái Nguyên, ngày       tháng 10 năm 2021", "ngày … tháng …")
    r"[^,;:]{2,40},\s*ngay\s*(?:\d{1,2}|[.…_]{0,12})\s*"
    r"(?:thang\s*(?:\d{1,2}|[.…_]{0,12})\s*nam|[/.\-]\s*\d{1,2}\s*[/.\-])\s*\d{4}\s*"
    # the end of the line, or the heading that follows it in extracted text ("... năm 2024 KẾ HOẠCH ...", "... năm 2022
    # THÔNG TƯ", "NGHỊ ĐỊNH"; a table's cell separator may end it: "Xuân Tín, ngày 07 tháng 5 năm 2025 |", and a
    # markdown copy's emphasis: "*Cần Thơ, ngày 17 tháng 11 năm 2025*")
    r"(?:\.?[\s|*]*$|(?=(?:ke\s*hoach|bao\s*cao|thong\s*bao|quyet\s*dinh|cong\s*van|huong\s*dan|chuong\s*trinh|to\s*trinh"
    r"|nghi\s*quyet|chi\s*thi|thong\s*tu|nghi\s*dinh|cong\s*dien|ket\s*luan|quy\s*che|quy\s*dinh|de\s*an|phuong\s*an"
    r"|giay\s*moi)\b))"
)
# a start, not a deadline: "bắt đầu từ tháng 11", "kể từ ngày 12/05/2021"
START_CUE_RE = words("bat dau tu", "bat dau", "ke tu", "tu", after=r"\s*(?:ngay\s*)?$")
# every written date or period, for the check that a parse used all of them
DATED_RE = re.compile(rf"\b{DAY_MONTH}|\b{LONG_DAY}|{PERIOD_WITH_YEAR}")
TIME_TOKEN_RE = re.compile(
    "|".join(p.pattern for p in (LONG_DATE_RE, DATE_RE, QUARTER_RE, MONTH_RE, YEAR_RE))
    + r"|\bngay\s*\d{1,2}\b(?!\s*(?:[,/.\-]|va\b|den\b)\s*\d)"  # a day alone, not the head of a list or date
    + rf"|\b(?:0?[1-9]|1[0-2])\s*[/.\-]\s*{YEAR}\b"  # a month and year without "tháng": "tháng 10, 11/2024"
)
# a time cue right before a bare "năm 2023": "trong năm 2023", "Thời gian thực hiện: năm 2024" (and the whole of it:
# "tổ chức trong cả năm 2025", "trong suốt năm 2025", "suốt cả năm 2025"; not "kết quả cả năm 2024", a report's period)
YEAR_CUE_BEFORE = re.compile(
    r"(?:trong(?:\s*(?:suot|ca)){0,2}|suot(?:\s*ca)?|den|het|thoi\s*gian(?:\s*thuc\s*hien)?|hoan\s*thanh|cuoi|truoc|vao|xong|tien\s*do|han)\s*[:,]?\s*(?:ca\s*)?$"
)

# --- ranges, relative deadlines, starts ---------------------------------------------------------
RANGE_FROM_RE = words("tu", "bat dau tu")
# a dash between two dates, "à" (an arrow or a dash damaged in extraction, "từ 07/12 à 19/12/2020"), or an arrow
# typed as "-->", "->", "=>" or "→" ("Từ 15 --> 26/12/2008")
# (an hour may stand before the second date: "Đăng ký lớp: 16h 15/1/2024 -14h 22/1/2024")
RANGE_DASH = r"(?<=\d)\s*(?:-|a\b)\s*(?=(?:\d{1,2}\s*h\s*\d{0,2}\s*(?:ngay\s*)?)?\d{1,2}\s*[/.]\s*\d)|(?<=\d)\s*(?:-{1,2}>|=>|→)\s*(?=\d)"
RANGE_TO_RE = re.compile(rf"\bden\s*(?:het\s*)?|\bket\s*thuc\s*(?:vao\s*)?|\s-\s|{RANGE_DASH}")
# "từ" alone for "kể từ", right after the count, before an event ("30 ngày từ ngày có Thông báo tuyển dụng"; not a
# date: "trong 05 ngày từ ngày 4 đến 8/11/2019" is a span)
_BARE_FROM = r"tu(?=\s*(?:ngay|khi)\s*[a-z])"
# (not the day of a date: "Ngày 15 tháng sau khi ..." is no count of 15 months)
RELATIVE_DAYS_RE = re.compile(
    # (or glued to the cell before it: "... tư vấn du học15 ngày làm việc, kể từ ngày nhận hồ sơ hợp lệ")
    rf"(?:\b(?:(?:{DELAY_LIMIT}|cham\s*nhat\s*la|trong|sau)\s*)?|(?<=[a-z]))"
    r"(?<!ngay )(?<!mung )(\d{1,3})\s*(ngay|thang)\s*(lam\s*viec\s*)?"
    rf"(?:[,;(]?\s*(?:{COUNTED_FROM}|ke(?=\s*ngay\b)|{_BARE_FROM}|sau\s*(?:khi|ngay)?)\s*([^,;.:]{{0,200}}))?"
)
# "không quá" also glued to the cell before it ("cấp huyệnKhông quá 45 ngày")
RELATIVE_CUE_RE = re.compile(
    rf"\b(?:{DELAY_LIMIT}|thoi\s*(?:gian|han)\s*(?:giai\s*quyet|xu\s*ly))\b|khong\s*qua\b"
    r"|\bsau\s*(?=\d{1,3}\s*ngay\b)"  # "được niêm yết sau 10 ngày"
    # group 1: an event cue, after the count ("Sau 15 ngày kể từ ...", "là 10 ngày, kể ngày ... nhận được")
    rf"|\b({COUNTED_FROM}|sau\s*khi|ke\s*(?=ngay\b)|(?:(?<=\d ngay )|(?<=\d thang )|(?<=lam viec )){_BARE_FROM})\b"
)
# counted back from an event: "Ít nhất 30 ngày trước khai mạc", "Trước khai mạc ít nhất 10 ngày", "gửi trước
# ngày trao thưởng ít nhất 07 ngày, ..." (anywhere in the phrase, up to its clause's end)
# (calendar days or weeks may be said so: "chậm nhất 01 (một) tuần (theo lịch) trước ngày nộp ...")
_AT_LEAST = (
    r"(?:it\s*nhat|toi\s*thieu|cham\s*nhat)\s*(\d{1,3})\s*ngay\s*(lam\s*viec\s*)?(?:\(?\s*theo\s*lich\s*\)?\s*)?"
)
# also after the duty: "Hồ sơ phải được gửi ... tối thiểu 03 ngày làm việc trước khi thực hiện hoạt động";
# and "đến trước ngày thi lại 3 ngày" (the count after the event, at the phrase's end)
COUNT_BACK_RE = re.compile(
    rf"(?:^\s*|\b){_AT_LEAST}truoc\s*(?!ngay\s*\d)([a-z][^,;.\d]{{2,100}})\s*(?:[.;]?\s*$|,)"
    rf"|(?:^\s*|\b)truoc\s*(?!ngay\s*\d)([a-z][^,;.\d]{{2,60}}?)\s*{_AT_LEAST}\s*(?:[.;,]|$|(?=va\b))"
    r"|\b(?:den\s*)?truoc\s*(?!ngay\s*\d)([a-z][^,;.\d]{2,60}?)\s*(\d{1,3})\s*ngay\s*(lam\s*viec\s*)?"
    # "trước ngày thi 2 ngày tại đây", "trước ngày thi 2 tuần để trung tâm sắp xếp ..." (a purpose after it)
    # ("trước khi học 01 (một) tuần theo lịch": calendar weeks)
    r"(?:[.;]?\s*$|(?=\s*(?:tai|o|qua|tren|de|theo\s*lich)\b))"
    # "nhận thẻ dự thi trước 2 ngày diễn ra kỳ thi", "trước 15 ngày so với ngày tổ chức"
    # "trước 01 tuần theo lịch thi môn ...", "trước 02 tuần so với tuần kết thúc học kỳ và trước ngày thi ..." (up to
    # the next clause's "và trước")
    r"|\btruoc\s*(\d{1,3})\s*ngay\s*(lam\s*viec\s*)?(?:so\s*voi\s*)?"
    r"((?:dien\s*ra|to\s*chuc|bat\s*dau|khai\s*mac|ngay\s*(?!\d)|theo\s*lich|tuan\s*(?!\d)|thoi\s*diem)[^,;.\d]{2,60}?)"
    r"\s*(?:[.;,(]|$|(?=va\s*truoc\b)|(?=de\b))"
    # the count first, with no "ít nhất": "14 ngày trước thời điểm bắt đầu làm KLTN" (a plan's cell)
    r"|\b(\d{1,3})\s*ngay\s*(lam\s*viec\s*)?truoc\s*((?:thoi\s*diem|khi|ngay\s*(?!\d))[^,;.\d]{2,60})(?:[.;,(]|$|(?=\s*quy\s*dinh\s*tai\b))"
)
# "tiếp tục thực hiện nghiêm quy định ...": a standing duty, when no time is written
# and monitoring given as a responsibility ("có trách nhiệm giúp UBND tỉnh theo dõi, đôn đốc, kiểm tra ...",
# "công tác theo dõi, giám sát sau khi tiêm phòng"), a report only when something arises ("nếu có vấn đề phát sinh")
_WATCH = r"(?:theo\s*doi|don\s*doc|giam\s*sat|kiem\s*tra)"
_URGE = r"(?:tang\s*cuong|day\s*manh|khan\s*truong)"
GOES_ON_RE = re.compile(
    r"\btiep\s*tuc\s*(?:thuc\s*hien|trien\s*khai|duy\s*tri|chi\s*dao|ra\s*soat|theo\s*doi|phoi\s*hop)\b"
    # watching closely, standing ready for when something happens: "theo dõi sát thông tin dự báo", "sẵn sàng lực
    # lượng, phương tiện cứu hộ, cứu nạn khi có yêu cầu" (the duties of a storm or a flood, while it lasts)
    # (or opening a clause: "...; sẵn sàng lực lượng, vật tư, phương tiện để khắc phục ...")
    r"|\btheo\s*doi\s*(?:sat|chat\s*che)\b|\bsan\s*sang\b[^.;]{0,80}?\bkhi\s*co\b|;\s*san\s*sang\b"
    # a task opening with an urging verb, numbered or not ("1. Khẩn trương triển khai ...", "* Tăng cường ..."), or
    # opening a sentence or clause ("... . Tăng cường công tác ...", "tích cực, khẩn trương triển khai ..."), or said
    # of the time ahead ("Thời gian tới, Hội ... phối hợp ... tăng cường tuyên truyền")
    rf"|{ITEM_OPENING}{ITEM_NUMBER}(?:{_URGE}|chu\s*dong|kip\s*thoi)\b|[.;]\s*{_URGE}\b"
    rf"|,\s*(?:chu\s*dong|khan\s*truong)\b|\bthoi\s*gian\s*toi\b[^.;]{{0,120}}?\b{_URGE}\b"
    rf"|\b{_WATCH}\s*,\s*{_WATCH}\b|\bco\s*trach\s*nhiem\b[^.;]{{0,60}}?\b(?:{_WATCH}|trien\s*khai)\b"
    # "Lãnh đạo khoa đôn đốc giảng viên chấm bài ... theo qui định", "đề nghị ... phối hợp triển khai, tuyên truyền ...",
    # "yêu cầu các thành viên BCĐ phối hợp chặt chẽ với Sở ...", "thực hiện nghiêm túc chế độ thông tin, báo cáo"
    r"|\bdon\s*doc\b[^.;]{0,80}?\btheo\s*qu[yi]\s*dinh\b"
    # and other urging verbs asked for ("yêu cầu các Hạt Kiểm lâm ... tăng cường tuyên truyền", "yêu cầu ... tham mưu
    # UBND cấp huyện triển khai ..."), also glued to the name before it in extracted text ("Nguyễn Văn Phongyêu cầu")
    r"|(?:\bde\s*nghi|yeu\s*cau)\b[^.;]{0,120}?\bphoi\s*hop\s*(?:trien\s*khai|chat\s*che)\b"
    # (the verb asking, not the noun: not "Theo đề nghị của Sở ...", "Xét đề nghị", "đáp ứng yêu cầu", "hồ sơ đề nghị
    # khen thưởng")
    r"|(?<!theo )(?<!xet )(?<!ung )(?<!bao )(?:\bde\s*nghi|yeu\s*cau)\b(?!\s*(?:cua|khen|xet|nhiem\s*vu)\b)"
    r"[^.;]{0,120}?\b(?:tang\s*cuong|day\s*manh|tham\s*muu)\b"
    # a body put in charge ("Chủ tịch UBND tỉnh giao Sở Nội vụ chủ trì, phối hợp ...", "Giao Thanh tra Sở làm đầu mối
    # tổng hợp ..."), not "Sở Giáo dục ... chủ trì" nor a handover ("bàn giao")
    r"|(?<!ban )\bgiao\s(?!\s*(?:duc|vien|an|trinh|thong|ban|nhan|luu|dich|tiep)\b)[^.;,]{2,60}?\b"
    r"(?:chu\s*tri|lam\s*dau\s*moi)\b"
    r"|\bthuc\s*hien\s*nghiem(?:\s*tuc)?\s*che\s*do\b"
    # carrying out with resolve ("Các Bộ, cơ quan, địa phương triển khai quyết liệt, hiệu quả hơn nữa các nhiệm vụ ..."),
    # a task opening with disseminating ("Tổ chức quán triệt Kế hoạch số 110/KH-UBND ... đến từng ..."), bodies asked to
    # carry out ("UBND huyện đề nghị ... Chủ tịch UBND các xã - thị trấn tổ chức thực hiện tổng vệ sinh ..."), or
    # directed to urge ("... chỉ đạo các phòng, ban ... khẩn trương tuyên truyền"): no time of its own (the cited
    # document's date is blanked), the duty goes on (a dot inside a name, "UB.MTTQVN", ends no sentence)
    rf"|\btrien\s*khai\s*(?:quyet\s*liet|dong\s*bo|nghiem\s*tuc)\b|{ITEM_OPENING}{ITEM_NUMBER}to\s*chuc\s*quan\s*triet\b"
    r"|(?<!theo )(?<!xet )\b(?:de\s*nghi|yeu\s*cau)\b(?!\s*(?:cua|khen|xet)\b)(?:[^.;]|\.(?=\w)){0,200}?\bto\s*chuc\s*thuc\s*hien\b"
    rf"|\bchi\s*dao\b[^.;]{{0,120}}?\b{_URGE}\b"
    # going on, in a duty's voice ("Bộ sẽ tiếp tục mở đợt cao điểm ..."), and focusing the message ("Các cơ quan Báo, Đài
    # ... tập trung vào các tin, bài, phóng sự tuyên truyền về ...")
    r"|\b(?:se|can|phai)\s*tiep\s*tuc\b|\btap\s*trung\b[^.;]{0,60}?\btuyen\s*truyen\b"
    r"|\bneu\s*co\b[^.;]{0,40}?\b(?:phat\s*sinh|vuong\s*mac|kho\s*khan)\b"
)
# "trong tháng 11, tháng 12 năm 2025": months listed under one year
MONTH_LIST_RE = re.compile(r"\bthang\s*(\d{1,2})\s*(?:,|va)\s*(?:thang\s*)?(\d{1,2})\s*(?:nam|/)\s*(\d{4})\b")
# a count of days: "15 ngày"; at the start of a table cell: "03 ngày làm việc"
DAYS_COUNT_RE = re.compile(r"\b\d{1,3}\s*ngay\b")
LEADING_COUNT_RE = re.compile(rf"^\s*{DAYS_COUNT_RE.pattern}")
SAU_KHI_RE = re.compile(r"\bsau\s*khi\s*(.+)$")
START_RE = re.compile(
    rf"\b(?:{COUNTED_FROM}|bat\s*dau\s*tu|tu)\s*(?:nam\s*{Y}|thang\s*(\d{{1,2}})\s*(?:/|-|nam)\s*{Y}"
    rf"|quy\s*({ROMAN_QUARTER})\s*(?:/|nam)\s*{Y})"
)

# --- recurring deadlines -------------------------------------------------------------------------
EXCEPTION_RE = re.compile(
    rf"\brieng\s*(?:nam\s*)?{Y}\s*[,:]?\s*(?:bao\s*cao\s*|thuc\s*hien\s*|hoan\s*thanh\s*)?(?:vao\s*|trong\s*)?([^);]{{1,200}})"
)
PREV_YEAR_RE = re.compile(rf"\b(?:thang\s*(\d{{1,2}})|qu[yi]\s*({ROMAN_QUARTER}))\s*(?:cua\s*)?nam\s*truoc(?:\s*do)?")
# "Trước ngày 01/11 của năm trước năm tổ chức", "ngày 20 tháng 7 năm trước năm kế hoạch": a day of the year before
PREV_YEAR_DAY_RE = re.compile(
    r"\b(truoc\s*)?ngay\s*(\d{1,2})\s*(?:[/.\-]|thang)\s*(\d{1,2})\s*(?:cua\s*)?nam\s*truoc"
    r"(?:\s*do|\s*nam\s*(?:to\s*chuc|ke\s*hoach|thuc\s*hien|bao\s*cao|du\s*toan))?\b"
)
_EACH = rf"\b{EACH}\s*"
# "của năm báo cáo": the reporting year, whichever it is
RECUR_YEAR = re.compile(rf"{_EACH}nam\b|\bnam\s*bao\s*cao\b")
_ONCE = r"\s*(?:mot|1)\s*lan\b"  # "03 tháng một lần"
# (a quarter's word, not the head of another word folded alike: "báo cáo quy hoạch tỉnh", "quy chế", "quy định")
_NOT_QUARTER = r"(?!\s*(?:hoach|che|dinh|trinh|mo|chuan|uoc|tac|luat|doi)\b)"
RECUR_QUARTER = re.compile(
    rf"{_EACH}quy\b|\b0?3\s*thang{_ONCE}|\b(?:hang|moi)\s*3\s*thang\b|\bdinh\s*ky\s*(?:hang\s*)?quy\b{_NOT_QUARTER}"
    rf"|\bbao\s*cao\s*quy\b(?!\s*(?:{ROMAN_QUARTER}|\d)){_NOT_QUARTER}"
    r"|\bsau\s*moi\s*dot\b[^;]{0,80}\bquy\b|\b0?1\s*lan\s*/\s*quy\b"  # "ít nhất 01 lần/quý"
    # "trước ngày 15 của tháng cuối quý": the last month of each quarter (not "tháng cuối quý II/2024")
    rf"|\bthang\s*cuoi\s*(?:cung\s*)?(?:cua\s*)?quy\b(?!\s*(?:{ROMAN_QUARTER}|0?[1-4])\b)"
)
RECUR_MONTH = re.compile(rf"{_EACH}thang\b|\bdinh\s*ky\s*hang\s*thang\b|\bbao\s*cao\s*thang\b(?!\s*\d)")
RECUR_HALF = re.compile(
    r"\b(?:dinh\s*ky\s*)?(?:6|sau)\s*thang\s*(?:mot\s*lan|,|mot\s*lan,)?\s*(?:va\s*)?hang\s*nam\b|\b0?6\s*thang\s*(?:mot|1)\s*lan\b"
    r"|\bdinh\s*ky\s*(?:0?6|sau)\s*thang\b|\b(?:hang|moi)\s*6\s*thang\b|\bmoi\s*nam\s*(?:0?2|hai)\s*lan\b"
    r"|\b(?:0?2|hai)\s*lan\s*(?:/|trong\s*|mot\s*|moi\s*)(?:1\s*|mot\s*)?nam\b"
)
# the frequency of a recurring phrase, tried in this order ("định kỳ 6 tháng ... hằng năm" is half-yearly)
FREQUENCIES = (
    (RECUR_HALF, "semiannual"),
    (RECUR_QUARTER, "quarterly"),
    (RECUR_MONTH, "monthly"),
    (RECUR_YEAR, "annual"),
)
# a day of the month in a recurring rule: "trước ngày 20 hằng tháng", "ngày 05 tháng cuối cùng của mỗi quý"
RECUR_DAY_RE = re.compile(r"\b(truoc\s*)?ngay\s*(\d{1,2})\b(?!\s*(?:[/.\-]\s*\d|thang\s*\d))")
# "từ ngày 1 đến ngày 5 hằng tháng": the window's last day is the due day
RECUR_DAY_RANGE_RE = re.compile(r"\btu\s*ngay\s*\d{1,2}\s*den\s*(?:het\s*)?(?:ngay\s*)?(\d{1,2})\b(?!\s*[/.\-]\s*\d)")
LAST_MONTH_RE = re.compile(r"\bthang\s*cuoi\s*(?:cung\s*)?(?:cua\s*)?(?:moi\s*|hang\s*)?(?:quy|ky)\b")
QUARTER_OFFSET_RE = re.compile(r"\b(\d{1,2})\s*ngay\s*(?:dau\s*)?(?:sau|cua)\s*(?:moi\s*)?(?:quy|ky)")

# --- kinds of phrase ------------------------------------------------------------------------------
# "thường xuyên" as a duty, not inside a noun phrase ("giáo dục thường xuyên", "trung tâm ... thường xuyên")
# ("giám sát thường xuyên" is a kind of supervision); nor a quality in a list ("bảo đảm tính chính xác, ...,
# thường xuyên"), nor a description of past practice ("Trong những năm qua, ... luôn được quan tâm")
CONTINUOUS_RE = re.compile(
    r"(?<!giao duc )(?<!gdtx )\bthuong\s*xuyen\b(?!\s*(?:cap\s*(?:tinh|huyen|xa|uy|truong)|tinh|huyen)\b)|\blien\s*tuc\b"
)
# the head of a noun phrase that "thường xuyên" qualifies: "khen thưởng thường xuyên" (regular commendation,
# beside "đột xuất"), "chi thường xuyên" (recurrent spending), "trợ cấp", "cư trú", "bồi dưỡng thường xuyên"
# (a training programme), "3 năm liên tục", "năm năm liên tục" (years in a row), "đào tạo liên tục" (continuing
# training), "cải tiến liên tục", "nhiệm vụ giám sát thường xuyên" (a kind of supervision); not "sẽ giám sát thường xuyên"
NOUN_HEAD_RE = re.compile(
    r"\b(?:khen\s*thuong|chi|kinh\s*phi(?:\s*hoat\s*dong)?|du\s*toan|nguon\s*thu|tro\s*cap|bao\s*tro\s*xa\s*hoi|cu\s*tru|thuong\s*tru"
    r"|boi\s*duong|tap\s*huan|dao\s*tao|cai\s*tien"
    # (a count in digits or spelled: "3 năm liên tục", "năm năm liên tục", five years in a row)
    r"|(?:\d{1,2}|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s*(?:nam|thang|quy|ky|lan|nhiem\s*ky|tuan|ngay)"
    r"|(?:nhiem\s*vu|cong\s*tac|hinh\s*thuc|che\s*do|hoat\s*dong)\s*giam\s*sat)\s*$"
)
DUTY_WORDS_RE = words(
    *("yeu cau", "phai", "nhiem vu", "day manh", "tang cuong", "chi dao", "de nghi", "thuc hien", "to chuc"),
    *("trien khai", "kiem tra", "duy tri", "khong duoc", "phan cong", "trach nhiem", "thoi gian", "bao cao"),
    *("cap nhat", r"can(?!\s*cu)"),
)
NOT_A_DUTY_RE = re.compile(
    r"\b(?:bao\s*dam|dam\s*bao)\s*tinh\b[^.;]{0,120}$|\btrong\s*nhung\s*nam\s*qua\b|\bluon\s*duoc\b"
)
# a description of past practice: "Thời gian qua, Hội ... thường xuyên phối hợp ...", "Những năm qua, ...",
# "... vừa qua", "trước đây" (on the original text: "quá" is no "qua")
PAST_PRACTICE_RE = re.compile(
    r"(?i)(?<!\w)(?:thời gian|những năm|các năm|mấy năm|năm|nhiệm kỳ|giai đoạn|tháng|quý|tuần)\s+(?:vừa\s+)?qua(?!\w)"
    r"|(?<!\w)vừa\s+qua(?!\w)|(?<!\w)trước\s+đây(?!\w)"
)
ADHOC_RE = words("dot xuat")
# "trước ngày", "trước thời hạn là", and a weekday before the day: "trước thứ Sáu ngày 15/09/2017"
BEFORE_RE = re.compile(
    rf"\btruoc\s*(?:{WEEKDAY}\s*,?\s*)?"
    r"(?:(?:ngay|thoi\s*diem|thoi\s*han|han)\s*)?(?:la\s*)?$"
)
BEFORE_PERIOD_RE = re.compile(r"\btruoc\s*$")
# the hard deadline of a planned date: "Dự kiến 05/12 (chậm nhất 10/12)"
PLANNED_RE = words("du kien", "som nhat")
HARD_RE = re.compile(rf"\b{HARD_LIMIT}\b")
LEADING_BULLET_RE = re.compile(r"^[\s\-+•*–—]+")
# "06 (sáu) tháng", "15 (mười lăm) ngày": the spelled number repeats the digits
SPELLED_RE = re.compile(r"\b(\d{1,3})\s*\(\s*[a-z ]{2,30}\)")
