"""The wordings the audit (``audit.review``) weighs: news leads, meetings, reports named by their period,
approximate words, page furniture and the cues that make a date a deadline.

They live apart from the checks so that ``review`` reads as a list of decisions, and so that other readers
(``phrase`` blanking a news lead, ``ongoing`` refusing a past year's practice) share the very same patterns
the audit uses instead of copies that drift apart.
"""

from __future__ import annotations

import re

from calendar_rules.parser.patterns import (
    BEGINS,
    CLOCK_TIME,
    DAY_OF_MONTH,
    EACH,
    HAN,
    HARD_LIMIT,
    ITEM_NUMBER,
    ITEM_OPENING,
    MEETING,
    NEXT,
    PERIOD_WORD,
    ROMAN_QUARTER,
    TEN_DAYS,
    TIME_LABEL,
    YEAR,
    words,
)

# a time after "đến", "trong": a day, a month, a quarter, a year, a part of one, or a number
TIME_WORD = r"(?:(?:ngay|thang|quy|nam|truoc|cuoi|giua|dau|(?:thuong|trung|ha)\s*tuan)\b|\d)"
# a word that makes a date a deadline: "đến (hết) ngày", "trong tháng", "chậm nhất", "trước", "hạn", "hoàn thành"
DEADLINE_CUE_RE = re.compile(
    rf"\b(?:den|trong)\s*(?:het\s*)?{TIME_WORD}|\btoi\s*(?:het\s*)?ngay\b"
    rf"|\b(?:{HARD_LIMIT}|(?<!ve )truoc|(?<!tro ve )(?<=ve )truoc(?!\s*(?:[:;,.)]|$))|{HAN}|ket\s*thuc|xong|hoan\s*thanh)\b"
)  # (not "trở về trước", on or before: "đóng BHXH từ ngày 31/3/2017 trở về trước" qualifies, sets no limit; nor a
# cohort's "về trước" closing its words, "K67 về trước: ..." (and earlier); "gửi về trước ngày 15" keeps its cue)
YEAR_SPAN_RE = re.compile(rf"\s*-\s*{YEAR}\b")
LUNAR_WORDS_RE = re.compile(r"\b(?:am\s*lich|mung|mong|thang\s*(?:gieng|chap))\b")
SCHOOL_YEAR_RE = re.compile(rf"\b{EACH}\s*nam\s*hoc\b")
# a news lead: "Ngày 24/5/2017, UBND tỉnh ...", "Sáng ngày 4/3, ...", "Từ ngày 09/5 – 11/5/2022, ..."
_DAYS = rf"(?:ngay\s*)?(?:\d{{1,2}}\s*(?=-|den)|{DAY_OF_MONTH})(?:\s*(?:-|den)\s*(?:ngay\s*)?{DAY_OF_MONTH})?"
_YEAR_TAIL = r"(?:\s*(?:[/.\-]|nam)\s*\d{4})?"
_PERIOD = rf"(?:(?:6|sau)\s*thang\s*(?:dau|cuoi)\s*nam|qu[yi]\s*(?:{ROMAN_QUARTER}|\d)|thang\s*\d{{1,2}}){_YEAR_TAIL}|nam\s*\d{{4}}"
# (maybe after an item's number: "2. Ngày 15/3/2026, cử tri cả nước đi bầu cử ...")
_LEAD = rf"^\s*(?:\d{{1,2}}\s*[.)]\s+(?=[a-z]))?(?:vao\s*|tu\s*|trong\s*)?(?:(?:sang|chieu|toi|hom)\s*)?(?:{_DAYS}|{_PERIOD})"
NEWS_LEAD_RE = re.compile(rf"{_LEAD}\s*,")
# "Ngày 3/2/1930 Đảng Cộng sản Việt Nam ra đời": a lead without its comma, read as such for a past day only
BARE_LEAD_RE = re.compile(_LEAD)
# a news lead after the clause that opens the sentence with its purpose or the text it carries out: "Nhằm tăng cường
# ..., ngày 13/4, UBND phường ... tổ chức tiêm phòng ...", "Thực hiện Chương trình ... ; Nghị quyết ..., ngày
# 13/5/2011, Ủy ban nhân dân huyện ban hành Kế hoạch ..." (group 1: the lead's day)
CLAUSE_LEAD_RE = re.compile(
    rf"{ITEM_OPENING}(?:nham|de|thuc\s*hien|trien\s*khai|quan\s*triet|huong\s*ung)\b[^.!?]{{1,400}}?,\s*"
    rf"((?:vao\s*)?(?:(?:sang|chieu|toi|hom)\s*)?(?:ngay\s*)?{DAY_OF_MONTH})\s*,"
)
# "trước" a date that the reading did not take as "before" ("trước Tết, ngày 5/2"), unless a time of day follows
LOOSE_BEFORE_RE = re.compile(r"\btruoc\b(?!\s*\d{1,2}\s*(?:h|gio))[^;]{0,25}$")
ISSUING_RE = words("ban hanh")
# a document's effective date or expiry: "có hiệu lực thi hành kể từ ngày 05/11/2019", "có hiệu lực sau 10 ngày kể từ
# ngày ký"; not "kể từ ngày Quyết định này có hiệu lực, các đơn vị phải ..." (a delay after the event), nor "15 ngày
# trước ngày hết hiệu lực của chứng chỉ" (a count back from the expiry)
EFFECT_DATE_RE = re.compile(
    r"\bco\s*hieu\s*luc\s*(?:thi\s*hanh\s*)?(?:ke\s*tu|tu|sau|ngay|vao|den|ke)\b"
    r"|(?<!truoc ngay )(?<!truoc khi )\bhet\s*hieu\s*luc\b"
)
REPORTED_PERIOD_RE = words("bao cao", "ket qua", "so lieu", "tinh hinh", after=r"\s*$")
SIGNED_RE = re.compile(r"(?<!tu )\bngay\s*ky\b(?!\s*ket)|\bky\s*ngay\b")
OCCASION_RE = words("dip", "tet", "ngay le")
EARLIEST_RE = words("som nhat")
CAMPAIGN_RE = words("phat dong")
# a named campaign period described with its theme: "Tháng hành động phòng, chống ma túy từ ngày 01 – 30/6/2023 với chủ
# đề ...", "Tuần lễ quốc gia ... từ 1 đến 7/5 với thông điệp ...": the span the campaign runs, no one's deadline
THEMED_PERIOD_RE = re.compile(
    rf"{ITEM_OPENING}{ITEM_NUMBER}(?:thang|tuan(?:\s*le)?|ngay\s*hoi|dot)\s+(?!\d)[a-z]"
    r"[^.;]{0,160}?\bvoi\s*(?:chu\s*de|thong\s*diep|khau\s*hieu)\b"
)
# "Hội thao diễn ra trong 3 ngày (từ 20 - 22/7/2012)": when an event takes place; "..., thông báo lịch tiếp công dân
# quý III/2019 ... như sau:": a sentence leading into a list, whose time names the schedule listed
EVENT_SPAN_RE = words("dien ra", "keo dai", "duoc to chuc")
LEADS_INTO_LIST_RE = re.compile(r"\bnhu\s*sau\s*:?\s*$")
SCHEDULE_NAME_RE = re.compile(r"\blich\s*(?:tiep\s*cong\s*dan|lam\s*viec|cong\s*tac|truc|giang\s*day|hoc|thi)\b")
# words that give a time its role as a deadline: "Thời gian: ...", "Tiến độ", a plan's cell "Quý II/2023"
TASK_CUE_RE = re.compile(
    r"\b(?:thoi\s*(?:gian|han|diem)|tien\s*do|hoan\s*thanh|nop|gui|bao\s*cao|to\s*chuc|thuc\s*hien|trien\s*khai|vao)\b"
    r"|^\s*(?:[-+•]\s*)?(?:ngay|thang|qu[yi]|nam|cuoi|dau|giua|\d)"
    r"|:"  # a labelled row of a schedule: "Đăng ký, rút bớt học phần: từ 09/01 - 22/01/2017"
)
# "Chiều nay (15/3), Sở tổ chức ...", "tối qua": a news report of the day
# a planning horizon: "giai đoạn 2021 - 2025, định hướng đến năm 2030", "tầm nhìn đến năm 2045"
HORIZON_RE = words("dinh huong den", "tam nhin", "giai doan")
NEWS_DAY_RE = words(
    "hom nay",
    "ngay mai",
    "sang mai",
    "chieu mai",
    "toi mai",
    "sang nay",
    "chieu nay",
    "toi nay",
    "trua nay",
    "hom qua",
    "toi qua",
    "dem qua",
)
WORKING_DAY_OF_RE = words("ngay lam viec cuoi cung", "ngay lam viec dau tien")
# a date or month without its year, then "năm sau" / "năm tới": the year is not the issue date's
OTHER_YEAR_RE = re.compile(r"^[^;,]{0,30}?\bnam\s*(?:sau|toi|tiep\s*theo|truoc)\b")
# what a frequency alone schedules: "tổ chức sơ kết hằng năm", "báo cáo hằng quý", "Thời gian: hằng tháng"
SCHEDULE_RE = words(
    *("bao cao", "so ket", "tong ket", "hop", "sinh hoat", "gui", "nop", "thoi gian", "dinh ky", "kiem tra"),
    *("cap nhat", "xay dung ke hoach", "trien khai"),
)
RECURRENCE_FIRST_RE = re.compile(rf"^\s*(?:dinh\s*ky\s*)?{EACH}\s*{PERIOD_WORD}\b")
# a report named by the period it covers: "Báo cáo kết quả công tác quý I năm 2024", "Sơ kết 6 tháng đầu năm"
# a report's verb, before the period it covers ("báo cáo kết quả ... từ ngày 30/01/2020 đến ngày 24/4/2020")
REPORTING_RE = words("bao cao", "so ket", "tong ket")
REPORT_TITLE_RE = words("so ket", "tong ket", "bao cao", "ket qua", "tinh hinh", "danh gia")
PERIOD_CUE_RE = re.compile(r"\b(?:vao|thoi\s*(?:gian|han|diem)|tien\s*do|nop|gui)\b|:")
_MONTH_NAMES = "Giêng|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười|Chạp|Một"
NAMED_PERIOD_RE = re.compile(rf"(?<!\w)(?:Tháng|Năm|Tuần)\s+(?!(?:{_MONTH_NAMES}|Học|Tài)(?!\w))[A-ZĐ]\w*")
ONWARD_RE = re.compile(rf"\b(?:cac|nhung)\s*{PERIOD_WORD}\s*{NEXT}\b|\btro\s*di\b")
PERIOD_OF_FIGURES_RE = re.compile(r"^[\s(]*tinh\s*tu\b")
# "Quý II, III/2024", "tháng 3, 4": another period right after the one read
PERIOD_LIST_RE = re.compile(rf"\s*(?:,|va|&|-)\s*(?:qu[yi]\s*|thang\s*)?(?:{ROMAN_QUARTER}|\d{{1,2}})\b")
# a label that says the date is a deadline: "Hạn nộp:", "Thời gian hoàn thành:", "Chậm nhất:"
LABEL_CUE_RE = words(HARD_LIMIT, TIME_LABEL, "han", "hoan thanh", "nop", "ket thuc", "truoc", "den", "het")
# a meeting or conference, or a ceremony where something is said (a commemoration, an opening): its date, once
# held, is when something was said or decided, not a deadline (the day of another ceremony is an event's, ``events``)
MEETING_RE = re.compile(rf"\b(?:{MEETING}|le\s*(?:ky\s*niem|khai\s*mac))\b")
# the occasion a date may name: "Tổ chức các hoạt động chào mừng ngày 20/10", "nhân dịp 26/3"
# and "trong dịp Tết Nguyên đán, ngày 22/1 tới", "Dịp Quốc khánh 2/9"
OCCASION_BEFORE_RE = re.compile(r"\b(?:chao\s*mung|huong\s*toi|dip)\b[^.;]{0,60}$")
STARTS_AT_RE = re.compile(rf"\b{BEGINS}$")
# a label that names a start: "Thời gian bắt đầu nộp: ngày 23/8/2023", "Ngày bắt đầu đăng ký:" (not "bắt đầu và kết thúc")
STARTS_LABEL_RE = re.compile(r"\bbat\s*dau(?:\s+(?!ket\b|den\b|han\b)[a-z]+){0,4}\s*:\s*(?:ngay\s*)?$")
# what may stand before a table cell's written date: bullets, "lúc", an hour ("- 16h ngày 07/07", "lúc 8h00, 15/5")
HOUR_BEFORE_RE = re.compile(rf"[\s\-+•*]*(?:luc\s*)?(?:{CLOCK_TIME}\s*,?\s*)?(?=(?:ngay\s*)?\d)")
LONG_DAY_RE = re.compile(r"\bngay\s*\d{1,2}\b")
APPROXIMATE_RE = re.compile(
    rf"\b(?:khoang|tuan(?:\s*(?:le|dau|giua|cuoi|thu\s*\d))?|{TEN_DAYS}|sau\s*(?:ngay|{PERIOD_WORD})?)\s*$"
)
# a time set, labelled: "Thời gian đăng ký: từ ...", "thời hạn", "hạn nộp", "lịch thi", "theo kế hoạch"
TIME_CELL_RE = re.compile(r"\b(?:thoi\s*(?:gian|han|diem)|han|lich|ke\s*hoach|tien\s*do)\b|:")
# a range's own label or task beside its "từ ... đến ...": "Thời gian: từ ...", "tổ chức từ ...", "hạn" (not "hạn
# chế"); without one, nor a duty word, "thả giống từ ngày 01/3 đến hết ngày 30/9/2018" is a season, not a deadline
RANGE_TASK_RE = re.compile(
    rf"\b(?:thoi\s*(?:gian|han|diem)|{HAN}|lich|ke\s*hoach|tien\s*do|hoan\s*thanh|nop|gui|bao\s*cao"
    r"|to\s*chuc|thuc\s*hien|trien\s*khai|tien\s*hanh|dang\s*ky|truoc|cham\s*nhat|xong|vao|(?:tiep\s*)?nhan|xet\s*tuyen"
    r"|tuyen\s*sinh|tiem|kiem\s*tra|ra\s*soat|lap|giao|xu\s*ly|cong\s*bo|thi)\b|[:|]"
    # the bodies a document addresses: "Các đơn vị tập luyện từ ngày 1.3 đến ...", "UBND các xã ..."
    r"|\b(?:cac\s*(?:don\s*vi|co\s*quan|dia\s*phuong|so|nganh|phong|xa|phuong|huyen|truong)|ubnd)\b"
    # a schedule's row that opens with its time or its round: "- Từ ngày 25/09/2019 đến ...", "Đợt 2 ..."
    r"|^\s*(?:[-+•]\s*)?(?:tu|ngay|thang|dot|\d)\b"
)
# a span during which something is put off or stopped: "sẽ hoãn cắt điện từ ngày 28/4 đến hết ngày 3/5/2015"
SUSPENDED_RE = re.compile(r"(?i)(?<!\w)(?:hoãn|tạm\s+dừng|tạm\s+ngừng|ngừng|dừng)(?!\w)")
# the time a document named before sets, told as its content: "Trong đó quy định thời gian nhận tác phẩm được tính từ
# ngày 01/7/2021 và kết thúc ngày 31/10/2021", "Trong đó thời gian nhận bài dự thi từ ...": what that text said (a
# notice that then moves the date, a news item about the rules), not a duty this phrase gives
REFERRED_TIME_RE = re.compile(
    rf"{ITEM_OPENING}trong\s*do\s*,?\s*(?:(?:quy\s*dinh|neu\s*ro|ghi\s*ro|xac\s*dinh)\s*(?:ro\s*)?)?"
    rf"(?:{TIME_LABEL}|{HAN})\b"
)
# a news item's attribution opening it: "Tin từ Sở Y tế Hà Nội, ...", "Theo tin từ ...", "Theo thông tin từ CDC ..., ..."
ATTRIBUTED_RE = re.compile(rf"{ITEM_OPENING}(?:theo\s*)?(?:tin|thong\s*tin|nguon\s*tin)\s*tu\b[^,;.]{{2,80}},")
# a time in brackets right after an event told with "khi": "Chờ khi khoá mới nhập học (cuối tháng 9), ..."
GLOSSED_EVENT_RE = re.compile(r"\bkhi\b[^,;.()]{3,80}\(\s*$")
