"""Dated text around a document that is never a deadline: page furniture, metadata rows, headings.

A web page prints its own date beside the article ("Thứ Tư, 08/04/2015, 08:11 [GMT+7]",
"18/09/2022 - Lượt xem: 5214", "Cập nhật lúc 10:15 ngày 08/03/2024"); a legal database prints a
document's metadata ("Ngày có hiệu lực: 31-03-2001", "Ngày ban hành: ...", "Tình trạng: ...");
a document's heading and subject line name a period ("BÁO CÁO Sơ kết 6 tháng đầu năm 2024",
"V/v báo cáo kết quả quý I năm 2024"). None of these sets a duty, so each is refused by its
shape, whatever the date; a deadline word of the phrase's own ("trước", "chậm nhất", "hạn",
"đến", "nộp" ...) keeps the phrase for the grammar, except in a metadata row, whose label says
what the date is. All patterns are anchored on literal words and bounded: one search each.
"""

from __future__ import annotations

import datetime as dt
import re

from calendar_rules.parser.duties import DUTY_GIVEN_RE, WEAK_DUTY_RE
from calendar_rules.parser.normalize import Folded, blank_spans
from calendar_rules.parser.patterns import (
    ANY_DATE,
    DAYS_COUNT_RE,
    GOES_ON_RE,
    HAND_IN,
    HARD_LIMIT,
    ITEM_OPENING,
    NUM_DATE,
    TIME_LABEL,
    TIME_TOKEN_RE,
    WEEKDAY,
    YEAR,
    words,
)
from calendar_rules.parser.result import Found
from calendar_rules.rules import FixedDate, Rule

# a deadline word of the phrase's own: with it, a date-and-time is a deadline ("trước 17:00 ngày 20/5")
OWN_CUE_RE = words(
    *(HARD_LIMIT, TIME_LABEL, HAND_IN, "truoc", "han", "den", "toi ngay", "ket thuc", "hoan thanh", "xong", "dang ky"),
    *("phai", "yeu cau", "de nghi", "can", "se", "du kien", "tu"),
)
# the narrower list of ``own_cue_before_time``
_OWN_CUE_BEFORE_TIME_RE = words("truoc", "cham nhat", "han", HAND_IN, "hoan thanh", "thoi gian", "thoi han")
_WEEKDAY = rf"(?:{WEEKDAY}|cn|t[2-7])"
# a clock time in a page's stamp: "09:34:00", "08:11", "10:15 AM" (a deadline writes "17 giờ", "17h00")
_CLOCK = r"\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2})?(?:\s*(?:am|pm|sa|ch)\b)?"
STAMP_RE = re.compile(
    rf"\b(?:{NUM_DATE})\s*[,|\-]?\s*(?:luc\s*)?{_CLOCK}|(?<!luc )\b{_CLOCK}\s*[,|\-]?\s*(?:{_WEEKDAY}\s*,?\s*)?(?:{NUM_DATE})\b"
)
# counters and stamps of a web page: "Lượt xem: 5214", "[GMT+7]", "Cập nhật lúc", "Đăng ngày", "Đăng bởi"
COUNTER_RE = re.compile(
    r"\bluot\s*(?:xem|doc|truy\s*cap|thich|chia\s*se|tai|binh\s*luan|nghe)\b|\bgmt\s*[+\-]?\s*\d"
    r"|\bgui\s*luc\s*\d{1,2}\s*:\s*\d{2}|\bin\s*bai(?:\s*viet)?\b"
    r"|\b(?:dang|cap\s*nhat|xuat\s*ban)\s*(?:luc|boi)\b|\b(?:tin|bai|ngay)\s*dang\s*(?:ngay|luc)?\s*:?\s*\d"
    r"|(?:^|\|)\s*(?:dang|cap\s*nhat)\s*ngay\b"
    # "Cập nhật lần cuối vào 02/10/2024": the page's last edit, a date right after its label
    r"|(?:^|\|)\s*(?:lan\s*)?cap\s*nhat(?:\s*(?:lan\s*)?cuoi)?\s*(?:vao|luc)\s*(?:ngay\s*)?:?\s*\d"
    # a blog engine's stamp, the month first and the year after a comma: "Bởi admin Tháng Mười Hai 5, 2018 01:54"
    # (no Vietnamese deadline writes its month before its day)
    rf"|\bthang\s*\d{{1,2}}\s+\d{{1,2}}\s*,\s*{YEAR}\b"
)
# "Thứ hai, 11/09/2017 09:34:00 | Tiếng nói cơ sở": a weekday, a date, then only a stamp or a page's section
# a page's stamp with its month spelled and the year after a comma or a space, alone on its line: "Thứ Tư, 8 tháng 4,
# 2015", "Lần cập nhật cuối ( Thứ ba, 21 Tháng 10 2014 22:31 )"
SPELLED_STAMP_RE = re.compile(
    rf"^[\s(]*(?:(?:lan\s*)?cap\s*nhat(?:\s*(?:lan\s*)?cuoi)?\s*[:(]?\s*)?{_WEEKDAY}\s*,?\s*\d{{1,2}}\s*thang\s*\d{{1,2}}"
    rf"\s*,?\s*{YEAR}(?:\s*,?\s*\d{{1,2}}\s*[:h]\s*\d{{2}}(?:\s*:\s*\d{{2}})?)?[\s).]*$"
)
WEEKDAY_LINE_RE = re.compile(rf"^\s*{_WEEKDAY}\s*[,:\-]?\s*(?:ngay\s*)?(?:{ANY_DATE})")
# (and the year after a comma: "Thứ sáu, ngày 22 tháng 3 , 2019")
_LEFTOVER_RE = re.compile(rf"(?:(?:luc\s*)?{_CLOCK}|gmt\s*[+\-]?\s*\d{{1,2}}|(?<=,)\s*{YEAR}\b|[\s,.\-|:()\[\]])*")
# a metadata row: "Ngày có hiệu lực: 31-03-2001", "- Ngày ban hành 05/03/2024", "Hiệu lực: ...", "Ngày cấp: ...",
# "Ngày phát hành: 29/09/2023" (a posting's release day)
_META = (
    r"(?:bi\s*)?(?:ban\s*hanh|ky(?:\s*ban\s*hanh)?|(?:bat\s*dau\s*)?(?:co\s*)?hieu\s*luc(?:\s*thi\s*hanh)?"
    r"|het\s*hieu\s*luc|ap\s*dung|cong\s*bo|(?:dang\s*)?cong\s*bao|dang(?:\s*tai)?|cap\s*nhat|xuat\s*ban|phat\s*hanh|tao"
    r"|sua(?:\s*doi)?|chinh\s*sua|phe\s*duyet|duyet|thanh\s*lap|cap|vao\s*dang|ket\s*nap|tinh\s*trang(?:\s*hieu\s*luc)?"
    r"|van\s*ban|den|di)"
)
META_ROW_RE = re.compile(
    # (also a table's row: "| Ngày ban hành | 10/12/2025 |")
    # (and what was posted: "Ngày đăng dự thảo: 28/6/2021", "Ngày ban hành văn bản: ...")
    rf"^[\s|]*(?:ngay|thoi\s*(?:gian|diem))\s*{_META}(?:\s*(?:du\s*thao|tin|bai(?:\s*viet)?|van\s*ban))?"
    r"\s*(?:luc|ngay|vao)?\s*(?::|\||(?=\d))"
    r"|^[\s|]*(?:hieu\s*luc(?:\s*thi\s*hanh)?|ban\s*hanh|cap\s*nhat|tinh\s*trang(?:\s*hieu\s*luc)?|dang\s*luc|ap\s*dung)\s*:"
    # a legal database's card as a table row: "Áp dụng: | 15/09/2018 | Tình trạng hiệu lực: | Còn Hiệu lực |"
    r"|\|\s*tinh\s*trang\s*hieu\s*luc\s*:?\s*\|"
    # the labels of a page or of a document's card: "Nguồn:", "Ảnh:", "Số hiệu:", "Người ký:"
    r"|^\s*(?:so(?:\s*ky)?\s*hieu|ky\s*hieu|loai\s*van\s*ban|co\s*quan\s*ban\s*hanh|nguoi\s*ky|linh\s*vuc"
    r"|trich\s*yeu|nguon|tac\s*gia|anh|bai(?:\s*va\s*anh)?|tin(?:\s*va\s*anh)?|dang\s*boi|nguoi\s*dang"
    r"|bien\s*tap|phong\s*vien|ctv|chuyen\s*muc|danh\s*muc|tai\s*ve|(?:tep|file)\s*(?:dinh\s*)?kem|van\s*ban\s*goc)\s*:"
)
# a heading or a subject line: "KẾ HOẠCH Tổ chức ...", "V/v báo cáo ...", "Về việc tổ chức ..." (case kept)
HEADING_RE = re.compile(
    r"^\s*(?:(?:KẾ HOẠCH|BÁO CÁO|THÔNG BÁO|QUYẾT ĐỊNH|CHƯƠNG TRÌNH|HƯỚNG DẪN|TỜ TRÌNH|CÔNG VĂN|NGHỊ QUYẾT"
    r"|CHỈ THỊ|ĐỀ ÁN|ĐIỀU LỆ|QUY CHẾ|QUY ĐỊNH|THỂ LỆ|LỊCH CÔNG TÁC|DANH SÁCH)(?![^\W\d_])"
    # ("Về việc này, Chủ tịch UBND ... giao ...": about this matter, the letter's own clause, not a subject line)
    r"|V\s*/\s*v\b|Vv\b|Về việc\b(?!\s+(?:này|trên|nêu trên|đó)(?!\w))|Trích yếu\b)"
)
# a source in brackets: "(Theo Báo Nhân dân ngày 12/3/2024)", "(Nguồn: TTXVN, 12/3/2024)"
SOURCE_RE = re.compile(r"^\s*\(\s*(?:theo|nguon)\b[^()]{0,120}\)\s*\.?\s*$")
# the title of an annex or a form: "Phụ lục I: Biểu mẫu báo cáo quý I/2024", "Mẫu 02 - Báo cáo 6 tháng ..."
ANNEX_RE = re.compile(r"^\s*(?:phu\s*luc|bieu(?:\s*mau)?|mau)\s*(?:so\s*)?(?:[0-9]{1,3}[a-z]?|[ivxl]{1,5})?\s*[:.\-(]")
# news that is not administration: a weather forecast, an exchange rate, prices, a lottery
# (and a storm bulletin's position and rain: "Đến 16 giờ ngày 11/10, vị trí tâm bão ở vào khoảng 15,0 độ Vĩ Bắc",
# "Từ ngày 11/10 đến ngày 13/10, ở các tỉnh Trung Bộ có mưa rất to", "áp thấp nhiệt đới", "gió mạnh cấp 8")
NEWS_FIGURES_RE = re.compile(
    r"\b(?:du\s*bao\s*(?:thoi\s*tiet|mua|nang)?|theo\s*du\s*bao|khi\s*tuong|thoi\s*tiet|ty\s*gia|gia\s*(?:xang|vang|dien|lua)"
    r"|xo\s*so|khong\s*khi\s*lanh|mua\s*lon|vi\s*tri\s*tam\s*(?:bao|ap\s*thap)|ap\s*thap\s*nhiet\s*doi"
    r"|do\s*(?:vi\s*bac|kinh\s*dong)|co\s*mua\s*(?:rat\s*to|to|vua|dac\s*biet\s*to)|gio\s*(?:manh|giat)\s*cap)\b"
)
# a validity: "Giấy chứng nhận có giá trị đến hết ngày 31/12/2025", "thẻ có giá trị sử dụng từ ..."
# and how long a thing is kept or guaranteed: "Thời hạn bảo hành 12 tháng", "Thời gian lưu trữ 10 năm"
VALIDITY_RE = re.compile(
    r"\bco\s*gia\s*tri\s*(?:su\s*dung\s*)?(?:den|tu|ke\s*tu|trong)\b"
    # "Giấy phép có thời hạn đến ngày 31/12/2025", "thẻ ... có thời hạn sử dụng đến ..."
    r"|\b(?:giay\s*phep|chung\s*chi|(?:giay\s*)?chung\s*nhan|the|hop\s*dong|van\s*bang)\b[^.;]{0,40}?"
    r"\bco\s*thoi\s*han\s*(?:su\s*dung\s*)?(?:den|toi)\b"
    r"|\b(?:bao\s*hanh|luu\s*tru|bao\s*quan)\s*(?:la\s*|toi\s*thieu\s*)?\d{1,3}\s*(?:ngay|thang|nam)\b"
)
# an effective date without "có": "Hiệu lực thi hành từ ngày 01/7/2024", "còn hiệu lực đến ngày ..."
EFFECTIVE_RE = re.compile(
    r"\b(?:con\s*)?hieu\s*luc\s*(?:thi\s*hanh\s*|ap\s*dung\s*)?(?:ke\s*tu|tu|den|sau)\b|\bco\s*hieu\s*luc\s*[:,]"
)


# a photo caption: "Trẻ mầm non Hà Nội đến trường hôm 13/4/2022. Ảnh: Giang Huy", "(Ảnh minh họa)"
CAPTION_RE = re.compile(
    r"(?i)(?:^|[.!?]\s*|\(\s*)(?:ảnh\s*(?:minh\s+họa\s*)?:\s*[^:;()\d]{2,40}|ảnh(?:\s+minh\s+họa)?(?:\s*:[^()\d]{0,40})?\s*\))"
    r"\s*\.?\s*$"
)
# a row of a list of documents: a title, the day it was posted, a view count ("... 2023-2024 10/10/2023 185")
LISTING_ROW_RE = re.compile(rf"\b{NUM_DATE}\s+\d{{1,7}}\s*$")


# watching as a standing duty: "thường xuyên theo dõi thông tin cảnh báo cháy rừng" (not "giá vàng thường xuyên biến
# động", a market report)
REGULAR_WATCH_RE = re.compile(r"\b(?:thuong\s*xuyen|lien\s*tuc)\s*(?:theo\s*doi|cap\s*nhat|kiem\s*tra|giam\s*sat)\b")


def own_cue_before_time(text: str) -> bool:
    """A deadline word of the phrase's own, other than those of a report's name ("Biểu mẫu báo cáo ...")."""
    return bool(_OWN_CUE_BEFORE_TIME_RE.search(text))


def _watches(text: str) -> bool:
    """A standing duty without a date, to watch a forecast or stand ready ("Thủ tướng yêu cầu ... theo dõi sát thông
    tin dự báo, diễn biến tình hình bão", "Chi cục Kiểm lâm thường xuyên theo dõi thông tin cảnh báo cháy rừng"), or
    any duty given in a storm's or a drought's words ("Đề nghị các địa phương có phương án để chủ động đối phó ... của
    thời tiết khí hậu", "các địa phương ở vùng tâm bão đi qua kịp thời chỉ đạo ..."): no weather report."""
    duty = (
        GOES_ON_RE.search(text)
        or REGULAR_WATCH_RE.search(text)
        or DUTY_GIVEN_RE.search(text)
        or WEAK_DUTY_RE.search(text)
    )
    return bool(duty) and not TIME_TOKEN_RE.search(text)


# a document's own title with the day it covers: "Báo cáo nhanh công tác trực ban PCTT ngày 10/10/2020", "Biên bản họp
# ngày 05/3/2024"
DAY_TITLE_RE = re.compile(rf"{ITEM_OPENING}(?:bao\s*cao|bien\s*ban)\b")
# a page's section after its posting day and a bar: "17/11/2022 | Trồng trọt", "05/04/2021 | Tin hoạt động" (a few words,
# no digit, no verb of a duty: ``OWN_CUE_RE`` is checked beside it)
SECTION_AFTER_RE = re.compile(r"\s*\|\s*[a-z][a-z ,&\-]{1,40}$")


# a page's stamp: a time label, the date, the hour ("Thời gian: 19/09/2022 17:00", read as "17h00")
STAMP_LABEL_RE = re.compile(r"[\s\-+•*]*(?:thoi\s*gian|ngay\s*dang|cap\s*nhat)\s*:?\s*(?:ngay\s*)?")
STAMP_CLOCK_RE = re.compile(r"\s*(?:luc\s*)?\d{1,2}\s*[hg]\s*\d{0,2}\s*")


def page_date(phrase: Folded, rule: Rule, found: Found, issued: dt.date | None) -> str | None:
    """Why a day read is the page's or the document's own date, or None. A page prints its date alone on a line
    ("05/04/2021") or after a title in brackets ("Cuộc thi Tìm hiểu pháp luật trực tuyến (28/07/2017)"): the issue day
    itself, with no word of a deadline. A report's or minutes' title ends with the day it covers ("Báo cáo nhanh công
    tác trực ban PCTT ngày 10/10/2020"), a day that had come when it was issued. A deadline falls after the issue day."""
    if not isinstance(rule, FixedDate) or issued is None or rule.due > issued or not found.spans:
        return None
    text = phrase.text
    first, last = min(a for a, _ in found.spans), max(b for _, b in found.spans)
    before, after = text[:first], text[last:]
    if rule.due == issued and STAMP_LABEL_RE.fullmatch(before) and STAMP_CLOCK_RE.fullmatch(after):
        # "Thời gian: 19/09/2022 17:00" on the day the page was posted: its stamp, or an event held that day
        found.doubt("chỉ có nhãn thời gian, ngày và giờ trùng ngày văn bản: có thể là dấu ngày giờ đăng tin")
        return None
    if OWN_CUE_RE.search(before):
        return None
    if not before.strip(" |") and SECTION_AFTER_RE.match(after) and not OWN_CUE_RE.search(after):
        # "17/11/2022 | Trồng trọt": the posting day, then the page's section, on or before the issue day
        return "dòng ngày đăng và chuyên mục của trang tin, không phải hạn chót"
    if re.search(r"[a-z0-9]", after):
        return None
    bare = not re.sub(r"\bngay\b", " ", blank_spans(text, found.spans)).strip(" ().,;:-|")
    bracketed = before.rstrip().endswith("(") and after.strip().startswith(")")
    if rule.due == issued and (bare or bracketed):
        return "chỉ có ngày đăng của trang tin (trùng ngày văn bản), không phải hạn chót"
    if DAY_TITLE_RE.match(text) and not bracketed:
        return "tên báo cáo, biên bản kèm ngày của nó (ngày đã đến khi văn bản ban hành), không phải hạn chót"
    return None


# an effective date's words that date no deadline: after a delay in months counted from it ("Trong thời hạn tối đa 24
# tháng kể từ ngày Nghị định này có hiệu lực: a) ..."), or in a qualifier before the clause's own limit ("Đại lý ... đã
# được công nhận trước ngày Thông tư này có hiệu lực, trước ngày 30/9/2015, Cục Hải quan ... lập Danh sách ...")
NOT_THE_EFFECT_RE = re.compile(
    r"\b\d{1,2}\s*thang\s*,?\s*(?:ke|tinh)\s*tu\b[^.;]{0,60}?\bco\s*hieu\s*luc\b"
    r"|\b(?:truoc|sau)\s*ngay\s*(?:thong\s*tu|nghi\s*dinh|quyet\s*dinh|nghi\s*quyet|luat)\s*nay\s*co\s*hieu\s*luc\s*,"
)


def furniture(phrase: Folded) -> str | None:
    """Why the phrase is page furniture, a metadata row or a heading, or None."""
    text, original = phrase.text, phrase.original
    if META_ROW_RE.search(text):
        return "dòng thông tin của văn bản, trang tin (ngày ban hành, hiệu lực, đăng, nguồn), không phải hạn chót"
    if ANNEX_RE.match(text) and not own_cue_before_time(text):
        return "tên phụ lục, biểu mẫu, không phải hạn chót"
    if NEWS_FIGURES_RE.search(text) and not own_cue_before_time(text) and not _watches(text):
        return "tin thời tiết, giá cả, tỷ giá: không phải hạn chót"
    if SOURCE_RE.match(text):
        return "nguồn của bài viết, không phải hạn chót"
    if CAPTION_RE.search(original):
        return "chú thích ảnh, không phải hạn chót"
    if VALIDITY_RE.search(text):
        return "thời hạn giá trị của giấy tờ, không phải hạn chót"
    if EFFECTIVE_RE.search(text) and not DAYS_COUNT_RE.search(text) and not NOT_THE_EFFECT_RE.search(text):
        return "ngày có hiệu lực (hết hiệu lực) của văn bản, không phải hạn chót"
    if COUNTER_RE.search(text):
        return "dòng ngày đăng, lượt xem của trang tin, không phải hạn chót"
    # (not the "tư" of a weekday, "thứ tư, Ngày 15/05/2019, 12:00", which folds as "từ" does)
    own_cue = OWN_CUE_RE.search(re.sub(rf"\b{WEEKDAY}\b", lambda m: " " * len(m.group(0)), text))
    if LISTING_ROW_RE.search(text) and not own_cue:
        return "dòng danh sách văn bản (tên, ngày đăng, lượt xem), không phải hạn chót"
    if STAMP_RE.search(text) and not own_cue:
        return "dấu ngày giờ của trang tin, không phải hạn chót"
    if SPELLED_STAMP_RE.match(text):
        return "dòng thứ, ngày cập nhật của trang tin, không phải hạn chót"
    line = WEEKDAY_LINE_RE.match(text)
    if line and not own_cue:
        rest = _LEFTOVER_RE.match(text, line.end())
        stamp_end = rest.end() if rest else line.end()
        if not text[stamp_end:].strip() or "|" in text[line.end() : stamp_end]:
            return "dòng thứ, ngày của trang tin, không phải hạn chót"
    if HEADING_RE.match(original.lstrip(" -+•*–—")) and not own_cue:
        return "tên, trích yếu của văn bản, không phải hạn chót"
    place = PLACE_DATE_LINE_RE.match(text)
    if place and not own_cue and _proper_name(phrase, *place.span(1)):
        return "dòng địa danh, ngày ban hành của văn bản, không phải hạn chót"
    return None


# a letter's place and date with its comma lost in extraction, alone on its line: "Eah’leo ngày 10 tháng 9 năm 2010"
# (the place a proper name, every word capitalised: "Khai mạc ngày 10 tháng 9 năm 2010" is an event's day)
PLACE_DATE_LINE_RE = re.compile(
    r"^\s*([a-z][^\s\d,;:()]*(?:\s+[a-z][^\s\d,;:()]*){0,4}?)\s+ngay\s*\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*\d{4}\s*\.?\s*$"
)


def _proper_name(phrase: Folded, start: int, end: int) -> bool:
    """Whether every word of the span, as written, opens with a capital ("Eah’leo", "Thành phố Hồ Chí Minh" is not)."""
    a, b = phrase.span(start, end)
    return all(word[0].isupper() for word in phrase.original[a:b].split())


# a news dateline: "(Baoquangninh.vn) - Ngày 5/3, ...", "TPO - Sáng 6/3, ...", "HÀ NỘI (TTXVN) - Chiều 8/3, ..."
_LEAD_WORD = r"(?=(?:ngay|sang|chieu|toi|trua|dem|tu|vao|hom|\d))"
DATELINE_RE = re.compile(
    r"^\s*(?:(\([^()]{2,40}\))|([a-z0-9]{2,20}(?:\.[a-z]{2,4}){1,2})|([a-z][a-z .]{1,24}?))(\s*\([^()]{2,20}\))?"
    rf"\s*-\s*{_LEAD_WORD}"
)
# "HÀ NỘI, 5/3 - Bộ Giáo dục ...": a city, the day, a dash
CITY_DATELINE_RE = re.compile(r"^\s*([a-z][a-z .]{1,24}?),\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?\s*(-)\s*")


def strip_dateline(phrase: Folded, folded: str) -> str:
    """Blank a news source or city before the lead (same length), so that "(Baoxyz) - Ngày 5/3, ..."
    reads as the news lead it is. A bare name counts only in capitals ("TPO", "VOV.VN")."""
    match = DATELINE_RE.match(folded)
    if match and (match.group(1) or match.group(2) or _capitals(phrase, *match.span(3))):
        return " " * match.end() + folded[match.end() :]
    city = CITY_DATELINE_RE.match(folded)
    if city and _capitals(phrase, *city.span(1)):
        dash = city.start(2)
        return " " * (city.end(1) + 1) + folded[city.end(1) + 1 : dash] + "," + folded[dash + 1 :]
    return folded


def _capitals(phrase: Folded, start: int, end: int) -> bool:
    if start < 0 or start >= end:
        return False
    a, b = phrase.span(start, end)
    name = phrase.original[a:b]
    return any(ch.isalpha() for ch in name) and name.upper() == name
