"""The phrases whose date is not a deadline at all, refused before reading (see ``audit``).

A legal basis, an effective date, a document's metadata, a birth date, a ban on acting before a
day, figures "tính đến" a day, the period a report's figures cover, a school-week row, a closure,
the window in which entries must have been published, a bare start (unless a length or an end
comes with it). ``not_a_deadline`` runs them before any reader. Each pattern is anchored on a literal word
and bounded, so one search is linear in the phrase's length.
"""

from __future__ import annotations

import re
from itertools import islice

from calendar_rules.parser.citations import CLAUSE_CUE, DOC_WORDS
from calendar_rules.parser.consequences import delay_as_condition
from calendar_rules.parser.cues import DEADLINE_CUE_RE, EFFECT_DATE_RE, TIME_WORD
from calendar_rules.parser.durations import length_with_start
from calendar_rules.parser.furniture import furniture
from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.occasions import NAMED_DAY_RE, NAMED_DAY_WORDS_RE
from calendar_rules.parser.patterns import (
    CLOCK_TIME,
    CONTINUOUS_RE,
    EACH,
    HARD_LIMIT,
    HOLIDAY_DAY,
    HOLIDAY_NAMES,
    ISSUE_LINE_RE,
    ITEM_NUMBER,
    ITEM_OPENING,
    RANGE_DASH,
    START_CUE_RE,
    TIME_TOKEN_RE,
    WEEKDAY,
    YEAR,
    words,
)
from calendar_rules.parser.qualifiers import qualifies_a_paper, rate_in_force
from calendar_rules.parser.states import status_at
from calendar_rules.parser.time_cells import ONWARD_TASK_RE

# an end after a start: "đến ngày ...", "kết thúc", "6 - 7.7", "11-17/5/2024" (a dash between two days), "15 --> 26/12"
RANGE_END_RE = re.compile(rf"\b(?:den|toi)\s*(?:het\s*)?{TIME_WORD}|\bket\s*thuc\b|\s-\s|{RANGE_DASH}")
_PUBLISHED = r"(?:dang\s*tai|dang\s*phat|dang\s*,\s*phat|xuat\s*ban|phat\s*song|cong\s*bo\s*tren)\b"
PUBLISHED_RE = re.compile(rf"\b{_PUBLISHED}")
# (not what a body weighs, a clause of its own following: "Căn cứ điều kiện cụ thể địa phương, Ủy ban nhân dân cấp tỉnh
# ... tổ chức lấy ý kiến ...", "Căn cứ tình hình thực tế, ...")
BASIS_RE = re.compile(
    r"^\s*can\s*cu\b(?!\s*(?:vao\s*)?(?:dieu\s*kien|tinh\s*hinh|thuc\s*(?:te|tien)|nhu\s*cau|kha\s*nang|dac\s*diem)\b)"
)
# the holiday a closure is for: "nghỉ Tết âm lịch", "nghỉ lễ 30/4 và 1/5", "nghỉ lễ Giỗ Tổ Hùng Vương vào thứ Năm 18/4"
_CAN_CHI = r"(?:giap|at|binh|dinh|mau|ky|canh|tan|nham|quy)\s*(?:ty|suu|dan|mao|thin|ngo|mui|than|dau|tuat|hoi)"
_HOLIDAYS = rf"am\s*lich|duong\s*lich|co\s*truyen|chien\s*thang|{HOLIDAY_NAMES}"
_HOLIDAY_NAME = (
    rf"(?:\s*(?:{_HOLIDAYS}))?(?:\s*{_CAN_CHI})?(?:\s*(?:nam\s*)?{YEAR})?"
    rf"(?:\s*{HOLIDAY_DAY}(?:\s*(?:va|-)\s*{HOLIDAY_DAY})?)?"
    rf"(?:\s*(?:va|,)\s*(?:{_HOLIDAYS})(?:\s*{HOLIDAY_DAY})?)?"  # "nghỉ lễ Chiến thắng 30/4 và Quốc tế Lao động 1/5"
)
# how many days off: "nghỉ lễ 4 ngày từ 31/8", "được nghỉ trong 3 ngày từ ngày 02.9" (and a label: "Lịch nghỉ Tết: từ ...")
_DAYS_OFF = r"(?:\s*(?:trong\s*)?\d{1,2}\s*ngay(?:\s*lien\s*tuc)?)?"
# the period a fee or a term of cover is priced for, not the days to pay in: "Đóng tiền cả năm học từ 15/08/2022 –
# 15/06/2023: 600.000đ x 10 tháng", "(tính từ 01/06/2021 ...)", "tiền mua bảo hiểm y tế ... cho 15 tháng/56.700đ (...)"
FEE_PERIOD_RE = re.compile(
    r"\b(?:dong|thu|nop)\s*(?:tien|phi|hoc\s*phi|le\s*phi)\b[^;]{0,100}?"
    r"(?:\(\s*tinh\s*tu\b|\d{1,3}(?:[.,]\d{3})+\s*d(?:ong)?\s*(?:x|/)\s*(?:\d{1,2}\s*)?thang\b)"
    r"|\btien\s*(?:mua\s*)?bao\s*hiem\b[^;()]{0,80}?\bcho\s*\d{1,2}\s*thang\b"
)
# a span during which a service to the public is stopped or put off, from a day to a day ("tạm dừng thu nhận hồ sơ
# ... kể từ ngày 25/6/2024 đến hết ngày 30/6/2024", places listed with ";" between, "sẽ hoãn cắt điện từ ngày 28/4
# đến hết ngày 3/5/2015"): the pause, no duty; a hard limit ("trước", "chậm nhất", "phải") keeps the phrase for the
# grammar (a closure with its end, "Tạm dừng hoạt động các bến phà từ ... đến hết ngày ...", is left to the grammar,
# test_heldout_l_classes.py)
# a span written "từ ... đến (tới) ...", close together
_FROM_TO = r"\btu\b[^.;]{0,40}?\b(?:den|toi)\b"
SUSPENSION_RE = re.compile(
    r"\b(?:(?:tam\s*)?(?:dung|ngung)\s*(?:cap|cung\s*cap|tiep\s*nhan|thu\s*nhan|giai\s*quyet)|hoan\s*cat)\b"
    rf"[^.]{{0,240}}?{_FROM_TO}"
)
# a span during which a measure stays in force ("Từ 08h00 ngày 26/8/2021 đến 08h00 ngày 05/9/2021, thành phố tiếp tục
# thực hiện chủ trương giãn cách xã hội ...", "cách ly xã hội toàn thành phố từ ngày 1/4 đến hết ngày 15/4/2020",
# "phong tỏa ... từ ... đến ..."): how long everyone lives under it, not someone's deadline (a hard limit keeps it)
MEASURE_SPAN_RE = re.compile(
    r"\b(?:gian\s*cach\s*xa\s*hoi|cach\s*ly\s*(?:xa\s*hoi|toan\s*xa\s*hoi)|phong\s*toa"
    r"|han\s*che\s*(?:di\s*lai|tu\s*tap|ra\s*duong))\b"
)
MEASURE_RANGE_RE = re.compile(_FROM_TO)
_LIMIT_WORDS_RE = re.compile(r"\b(?:truoc|cham\s*nhat|han\s*chot|thoi\s*han|phai)\b")
# what the authority will post itself, on a channel it names: "Danh sách ... sẽ được thông báo trên website Trường vào
# ngày 20/01/2022" (not "Kết quả ... sẽ được công bố vào tháng 02/2022", a census office's own duty to publish)
ANNOUNCED_RE = re.compile(r"\bse\s*duoc\s*thong\s*bao\s*(?:cong\s*khai\s*)?(?:tren|tai|qua)\b")
# who said what was told before, and where: "Đó là chỉ đạo của Phó Chủ tịch UBND tỉnh ... tại cuộc họp Ban Chỉ đạo ...,
# diễn ra vào sáng 22.3.", "Đây là ý kiến chỉ đạo của Chủ tịch ... tại buổi làm việc ngày ..." (the meeting's day, the
# year of the programme discussed; a deadline word keeps the phrase for the grammar)
ATTRIBUTION_RE = re.compile(
    rf"{ITEM_OPENING}(?:do|day)\s*la\s*(?:noi\s*dung\s*)?(?:y\s*kien\s*)?(?:chi\s*dao|y\s*kien|yeu\s*cau|ket\s*luan)"
    r"\s*(?:cua|tai)\b"
)
# an appeal for gifts: "Kính mong Quí Nhà Hảo Tâm ... hổ trợ kinh phí để tổ chức đón trung thu vào đêm 14 tháng 9 năm
# 2013", "Rất mong các nhà hảo tâm ủng hộ ...": nobody is set a day to give by (the day is the event's; a deadline word
# keeps the phrase for the grammar: "Kính mong ... ủng hộ trước ngày 30/9")
APPEAL_RE = re.compile(
    rf"{ITEM_OPENING}(?:kinh|rat|tran\s*trong)\s*mong\b[^.;]{{0,120}}?"
    r"\b(?:ung\s*ho|ho\s*tro\s*(?:kinh\s*phi|tien|hien\s*vat)|dong\s*gop|quyen\s*gop|tai\s*tro)\b"
)
# an eligibility clause: who may take part, by their state on a day ("Đối tượng tham gia Giải thưởng là sinh viên đang
# theo học ... tính đến thời điểm nộp hồ sơ (ngày 30/8/2016)", "Đối tượng dự thi: ..."), not when anything is due;
# under a numbered item too: "1. Đối tượng", "1- Đối tượng: Là cán bộ ...", "a) Đối tượng"
ELIGIBLE_RE = re.compile(
    rf"{ITEM_OPENING}(?:\d{{1,2}}\s*[.)\-]\s*|[a-z]\s*\)\s*)?doi\s*tuong(?:\s*[a-z]+){{0,4}}?\s*(?:la\b|:)"
)
# the window in which a crop heads, which a sowing calendar aims at ("để đảm bảo lúa vụ Đông Xuân trổ tập trung từ 10/4
# đến 25/4"): a stage of growth, nobody's act (the sowing window beside it is the farmers' deadline), read with its
# diacritics ("trổ" folds like "trở", "trợ")
CROP_STAGE_RE = re.compile(r"(?i)(?<!\w)tr[ổỗ](?:\s+(?:tập trung|bông|đồng loạt|rộ|an toàn))?\s+(?:từ|trong|vào)(?!\w)")
# phrases refused by how they open, unless a deadline word stands anywhere in them
OPENINGS_WITHOUT_DEADLINE = (
    (ELIGIBLE_RE, "đối tượng được tham gia (điều kiện dự thi, xét chọn), không phải hạn chót"),
    (APPEAL_RE, "lời kêu gọi ủng hộ, đóng góp, không giao hạn chót"),
    (ATTRIBUTION_RE, "câu thuật lại ai đã chỉ đạo, ở cuộc họp nào ('Đó là chỉ đạo của ...'), không giao hạn chót"),
)
NOT_DEADLINES = (
    (ISSUE_LINE_RE, "dòng địa danh, ngày ban hành của văn bản, không phải hạn chót"),
    (
        # an outage notice's label: "Thời gian ngừng điện (dự kiến): Thứ Sáu, ngày 21 tháng 11 năm 2025", "Lịch cắt
        # điện: ...", "Thời gian tạm ngừng cấp nước: ..." (when a service is cut, told to the people it serves; also in
        # the colloquial "cúp": "Lịch cúp điện Bến Tre ... ngày mai (1/1/2024): ...")
        re.compile(
            rf"{ITEM_OPENING}{ITEM_NUMBER}(?:thoi\s*gian|lich)\s*(?:tam\s*)?(?:ngung|cat|cup)\s*"
            r"(?:cung\s*cap\s*|cap\s*)?(?:dien|nuoc)\b"
        ),
        "thời gian ngừng cấp điện, nước (thông báo cho người dân), không phải hạn chót",
    ),
    (
        EFFECT_DATE_RE,
        "ngày có hiệu lực (hết hiệu lực) của văn bản, không phải hạn chót",
    ),
    (
        re.compile(
            rf"\bban\s*hanh\s*kem\s*theo\b(?!\s*(?:{DOC_WORDS})\s*nay\b)(?![^;]*\b(?:truoc\s*ngay|cham\s*nhat)\b)"
            r"|(?<!, )\bbai\s*bo\b(?!\s*sung)"
            r"|(?:^|[(\-]\s*)(?:ngay\s*)?(?:ban\s*hanh|ky|dang|cap\s*nhat|dang\s*ngay)\s*(?:luc|ngay)?\s*:"
        ),
        "ngày của văn bản (ban hành, bãi bỏ, cập nhật, kèm theo), không phải hạn chót",
    ),
    (
        re.compile(
            # not "học sinh", "phát sinh", "vệ sinh", "nảy sinh", "tuyển sinh", "thí sinh" followed by a date
            r"(?<!hoc )(?<!phat )(?<!ve )(?<!nay )(?<!tuyen )(?<!thi )(?<!nu )(?<!san )\bsinh\s*(?:tu\s*|trong\s*|vao\s*|truoc\s*|sau\s*)?(?:ngay|nam|thang)\b"
            r"|(?<!ke tu )(?<!tinh tu )(?<!nam )\bngay\s*sinh\b"  # "trong thời hạn 60 ngày kể từ ngày sinh con": the event
            # (not an occasion named by a birthday: "Kỷ niệm 130 năm ngày sinh Chủ tịch Hồ Chí Minh", "ngày Sinh nhật Bác",
            # "chào mừng kỷ niệm 100 năm ngày sinh anh Lý Tự Trọng": N years since a birth is an anniversary)
            r"(?!\s*(?:nhat|chu\s*tich|bac|cua\s*(?:chu\s*tich|bac)))"
        ),
        "ngày sinh: không phải hạn chót",
    ),
    (
        # (not "hàng không", "phòng không", "không gian / khí / quân", "không chuyên trách", "không xác định thời hạn")
        re.compile(
            r"(?<!hang )(?<!phong )\bkhong(?!\s*(?:qua|gian|khi|quan|chuyen\s*trach|xac\s*dinh\s*thoi\s*han)\b)"
            r"\s*(?:duoc\s*)?[^.;]{0,60}?\btruoc\s*(?:ngay\s*)?\d"
        ),
        "quy định không được làm trước một ngày, không phải hạn chót",
    ),
    (
        # "tính đến ngày 01/3/2024", "Đến ngày 10.9, có 12 đảng bộ đã hoàn thành ..." (not "cấp tỉnh", the province
        # folded alike: "thời gian nhận bài thi cấp tỉnh đến ngày 28/3")
        re.compile(
            # (not the end of a window for receiving entries: "Nhận hồ sơ dự thi tính đến hết ngày 15.7.2012")
            rf"^(?!\s*(?:tiep\s*)?nhan\s*(?:ho\s*so|bai|tac\s*pham|don)\b)"
            # (nor a count back up to an event: "trước 10 ngày làm việc tính đến ngày ... có hiệu lực", ``counted_to``)
            rf".*?(?<!cap )(?<!\d ngay )(?<!\d ngay, )(?<!ngay lam viec )\b(?:tinh|thong\s*ke|so\s*lieu)\s*(?:den|toi)"
            rf"\s*(?:het\s*)?{TIME_WORD}"
            r"|^\s*(?:den|toi)\s*(?:het\s*)?ngay\s*[^,;:]{3,30},(?=[^;]{0,120}\bda\b)"
        ),
        "mốc tính số liệu đã đạt được, không phải hạn chót",
    ),
    (
        re.compile(r"\bso\s*lieu\b[^.;]{0,60}?\btinh\s*tu\b|^\s*ky\s*(?:bao\s*cao|so\s*lieu)\s*(?::|tu\b)"),
        "kỳ số liệu của báo cáo, không phải hạn chót",
    ),
    # "Tuần thực học 01: từ ngày 07/9/2020 đến 11/9/2020": a row of the school calendar
    (
        re.compile(
            r"^\s*tuan\s*(?:thuc\s*hoc|hoc\s*thu|hoc)\b"  # "Tuần 1: từ 06/9 đến 10/9/2021", nothing else
            r"|^\s*tuan\s*(?:thu\s*)?\d{1,2}\s*:\s*(?:tu\s*)?(?:ngay\s*)?[\d/.\-]+\s*(?:-|den)\s*(?:ngay\s*)?[\d/.\-]+[\s.]*$"
        ),
        "lịch tuần học, không phải hạn chót",
    ),
    # "cho học sinh nghỉ học đến ngày 10/10/2020": how long a closure or holiday lasts
    (
        re.compile(
            rf"\bnghi\s*(?:hoc|le|tet|he){_HOLIDAY_NAME}{_DAYS_OFF}\s*:?\s*(?:tu|den|toi|het|keo\s*dai|trong|vao)\b"
            rf"|(?<!de )(?<!kien )(?<!hoi )(?<!thao )\bnghi{_DAYS_OFF}\s*(?:tu|keo\s*dai\s*tu)\s*(?:ngay\s*)?\d"
            # a day off in lieu, on its day: "nên được nghỉ bù vào thứ 2", "nghỉ bù ngày 4/9"
            rf"|\bnghi\s*bu\s*(?:vao\s*)?(?:ngay|{WEEKDAY}|\d)"
            r"|\btam\s*(?:dung|ngung)\s*(?:hoat\s*dong\s*|den\s*truong\s*|day\s*hoc\s*)?(?:den|toi)\s*(?:het\s*)?ngay\b"
        ),
        "thời gian nghỉ học, nghỉ lễ, tạm dừng hoạt động, không phải hạn chót",
    ),
    (
        # "Nghị quyết này được ... thông qua ngày 16 tháng 6 năm 2025", "(Đại hội ... thông qua ngày 13/12/2017)": the day
        # a text was adopted (not "phải được thông qua trước ngày ...", a deadline)
        re.compile(r"\bthong\s*qua\s*(?:vao\s*)?ngay\s*\d"),
        "ngày văn bản được thông qua, không phải hạn chót",
    ),
    (
        # "Tháng 7, 8 / 2012 : nghỉ hè theo kế hoạch": a school calendar's row naming a holiday
        re.compile(r"\d\s*:\s*nghi\s*(?:he|tet|le|hoc)\b"),
        "thời gian nghỉ học, nghỉ lễ, tạm dừng hoạt động, không phải hạn chót",
    ),
    (
        # "Từ đầu năm đến nay, hội ... tích cực triển khai ...": the span a report covers, up to the day it is written
        re.compile(
            r"\btu\s*dau\s*(?:nam|thang|quy|ky|vu|mua)\b(?:\s*(?:hoc|nay|\d{4}))?\s*,?\s*(?:den|toi)\s*"
            r"(?:nay|hien\s*nay|thoi\s*diem\s*nay|bay\s*gio)\b"
        ),
        "khoảng thời gian từ đầu kỳ đến nay (kết quả đã đạt), không phải hạn chót",
    ),
    (
        # "các tác phẩm được đăng tải từ ngày 1/6/2021 đến ngày 1/10/2022": which entries qualify, not by when (and "phản
        # hồi thông tin báo chí đăng tải từ ngày 29/6/2017 đến ngày 06/7/2017": which articles are answered)
        re.compile(
            rf"\b(?:duoc|bao\s*chi)\s*{_PUBLISHED}[^.;]{{0,80}}?\b(?:tu|trong)\s*(?:ngay\s*|thang\s*|nam\s*)?\d"
            # (a hard limit after the window is the phrase's deadline: "... đến ngày 06/7/2017 trước ngày 15/7/2017")
            r"(?![^;]*\b(?:truoc|cham\s*nhat|han\s*chot)\b)"
        ),
        "khoảng thời gian tác phẩm được đăng, phát (điều kiện dự thi), không phải hạn chót",
    ),
    (
        # "Ảnh được chụp trong thời gian từ tháng 4/2021 đến tháng 9/2021", "tác phẩm được sáng tác từ năm 2020": when
        # an entry must have been made, a condition of entry, not by when it is due (a hard limit after it stays)
        # (or licensed, or deposited: "Phim ... được cấp Giấy phép phổ biến phim ... trong khoảng thời gian từ ngày 11
        # tháng 9 năm 2019 đến ...", "Sách ... được Cục Xuất bản ... xác nhận nộp lưu chiểu trong khoảng thời gian từ ...")
        re.compile(
            r"\b(?:duoc\s*(?:chup|sang\s*tac|ghi\s*hinh|cap\s*giay\s*phep)|nop\s*luu\s*chieu)\b"
            r"[^.;]{0,120}?\b(?:tu|trong)\s*(?:ngay\s*|thang\s*|nam\s*)?\d"
            r"(?![^;]*\b(?:truoc|cham\s*nhat|han\s*chot)\b)"
        ),
        "khoảng thời gian tác phẩm được chụp, sáng tác, cấp phép, nộp lưu chiểu (điều kiện dự thi), không phải hạn chót",
    ),
)

# a period labelled as the span of something lasting: "Thời gian ở: Từ ngày 01/8/2022 đến ngày 31/8/2022", "Thời gian
# tích lũy hoạt động HK2 ...: từ ... đến hết ngày 30/6/2021", "thời gian học hè ..." (not "thời gian học sinh nộp ...")
# (and the window in which the activities that count took place: "Các hoạt động dùng để đánh giá kết quả rèn luyện diễn
# ra từ 01/09/2020 đến 30/01/2021", not "Các hoạt động hè ... diễn ra từ ngày 27-5", a programme's own window)
LASTING_SPAN_RE = re.compile(
    r"\bthoi\s*gian\s*(?:o|luu\s*tru|cu\s*tru|tich\s*luy|hoc(?!\s*(?:sinh|vien|phan|phi|bong|ba)\b)|nghi"
    r"|su\s*dung|ap\s*dung|hieu\s*luc|thue)\b"
    r"|\bhoat\s*dong\s*(?:dung\s*de|duoc\s*(?:tinh|cong|ghi\s*nhan))\b[^.;]{0,60}?\bdien\s*ra\s*(?:tu|trong)\s*(?:ngay\s*)?\d"
)
# a duty word that makes such a span a deadline after all: "thời gian học ...: nộp hồ sơ trước ngày ..."
SPAN_DUTY_RE = re.compile(
    rf"\b(?:{HARD_LIMIT}|truoc|han|phai|nop|gui|dang\s*ky|hoan\s*thanh|bao\s*cao|xac\s*nhan|thanh\s*toan)\b"
)
# "Căn Hướng dẫn số 33-HD/BTCTW ...": "Căn cứ" with its second word lost in extraction (not "Cần")
BASIS_TYPO_RE = re.compile(r"(?i)^[\s\-+•*–]*c[ăǎ]n(?!\w)")  # not "căn hộ": a cited document follows
CITED_AFTER_RE = re.compile(rf"\s*can\s*(?:{DOC_WORDS})\b")
LAW_CONTENT_RE = re.compile(r"\bquy\s*dinh\s*(?:ve\s*)?(?:thoi\s*(?:gian|han)|han\s*(?:chot|cuoi))\b")
BEGINS_RE = words("bat dau")
# (not a time of day: "Thời gian: từ 13h30, ngày 12/10/2022" is the day itself; nor "Thông tư 21", a circular's number)
START_ONLY_RE = re.compile(
    r"(?<!thong )"
    + words(
        "tu",
        "bat dau tu",
        "bat dau",
        "phat dong tu",
        "sau ngay",
        after=r"\s*(?:ngay\s*)?\d(?!\d?\s*(?:h|gio)\b|\d?h\d)",
    ).pattern
    # and after a named day with its date: "Đợt 3: Sau ngày bầu cử 15/3/2026" (the round begins then, with no end)
    + r"|\bsau\s*ngay(?:\s*(?!ngay\b)[a-z]+){1,4}\s*\d{1,2}\s*[/.\-]\s*\d{1,2}\b"
)
# a consequence after a day: "Sau ngày D, sinh viên ... sẽ không có tên / không được hoàn trả / bị hủy" (maybe after a
# note's label: "Lưu ý: Sau ngày 20/9/2020, hệ thống tự động đóng nên sinh viên không thể tự đánh giá")
# (or a condition's "nếu" inside the sentence: "tỉnh ... chỉ đạo ... nếu sau ngày 30/7/2022, số tàu cá ... chưa lắp đặt
# thiết bị ..., sẽ bị đình chỉ hoạt động": the fitting is due by that day)
AFTER_PENALTY_RE = re.compile(
    r"(?:^[\s(\d)]*(?:(?:luu|chu)\s*y\s*:\s*)?|\bneu\s*)sau\s*ngay\s*\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{4})?\s*,[^;]{0,120}?"
    r"\b(?:khong\s*(?:duoc|co\s*ten|con|the)|se\s*(?:khong|bi)|bi\s*(?:huy|xoa|phat|tu\s*choi|loai))\b"
)
# a start with no end but an event: "từ 7 giờ ngày 28-11, toàn bộ tàu, thuyền ... phải ngừng di chuyển cho đến khi có
# thông báo mới" (a ban from a moment on, until it is lifted; the hour does not make it the day itself)
# and a ban or a closure from an hour on: "tỉnh Ninh Bình cấm biển từ 15h ngày 5/9" (when the ban starts)
_FROM_HOUR = rf"\btu\s*(?:{CLOCK_TIME}\s*,?\s*)?(?:(?:sang|chieu|toi|trua)\s*)?(?:ngay\s*)?\d"
OPEN_START_RE = re.compile(
    rf"{_FROM_HOUR}[^;]{{0,200}}?\b(?:cho\s*)?den\s*khi\b"
    rf"|\b(?:cam|ngung|tam\s*dung|dong\s*cua|phong\s*toa)\b[^;,]{{0,60}}?(?:ke\s*)?{_FROM_HOUR}"
)
# (and a task's time cell "Thời gian thực hiện: Từ tháng 11/2013 trở đi", which goes on from its start: ``time_cells``)
ONGOING_RE = re.compile(rf"{CONTINUOUS_RE.pattern}|\b(?:{EACH}|dinh\s*ky)\b|{ONWARD_TASK_RE.pattern}")


def not_a_deadline(phrase: Folded) -> str | None:
    """Why a dated phrase is not a deadline, or None."""
    text = phrase.text
    page = furniture(phrase)
    if page:
        return page
    basis = BASIS_RE.match(text) or (BASIS_TYPO_RE.match(phrase.original) and CITED_AFTER_RE.match(text))
    if basis:
        # "Căn cứ tình hình thực tế, UBND huyện yêu cầu các xã báo cáo trước ngày ...": a clause of its own
        comma = text.find(",", basis.end())
        # "Căn cứ khoản 4 Điều 40 Luật ... quy định Thời gian khám sức khỏe từ ... đến ... hằng năm": the rule cited
        content = LAW_CONTENT_RE.search(text, basis.end())
        if (comma < 0 or not CLAUSE_CUE.search(text, comma)) and not content:
            return "căn cứ pháp lý (văn bản được dẫn), không phải hạn chót"
    # "Căn cứ quy chế ... ban hành kèm theo Quyết định số 03/2021/QĐ-UBND ngày 08/01/2021, Văn phòng ... đề nghị ...
    # trước ngày 30/8/2021": what cites the basis is not the clause of its own that follows it
    scope = text.find(",", basis.end()) + 1 if basis and not content else 0
    for pattern, reason in NOT_DEADLINES:
        if pattern.search(text, scope):
            return reason
    if _crop_stage(phrase):
        return "thời gian cây trồng trổ bông (giai đoạn sinh trưởng), không phải hạn chót"
    condition = delay_as_condition(phrase) or qualifies_a_paper(phrase) or rate_in_force(phrase)
    if condition:
        return condition
    if not DEADLINE_CUE_RE.search(text):
        for opening, reason in OPENINGS_WITHOUT_DEADLINE:
            if opening.match(text):
                return reason
    if FEE_PERIOD_RE.search(text, scope) and not _LIMIT_WORDS_RE.search(text, scope):  # (a day to pay by stays)
        return "khoảng thời gian một khoản phí được tính, không phải hạn chót"
    if SUSPENSION_RE.search(text, scope) and not _LIMIT_WORDS_RE.search(text, scope):
        return "khoảng thời gian tạm dừng, hoãn một việc, không phải hạn chót"
    measure = MEASURE_SPAN_RE.search(text, scope) and MEASURE_RANGE_RE.search(text, scope)
    if measure and not _LIMIT_WORDS_RE.search(text, scope):
        return "khoảng thời gian áp dụng một biện pháp (giãn cách, cách ly, phong tỏa), không phải hạn chót"
    if ANNOUNCED_RE.search(text, scope) and not DEADLINE_CUE_RE.search(text, scope):
        return "ngày cơ quan sẽ thông báo, công bố: không giao việc, không phải hạn chót"
    if LASTING_SPAN_RE.search(text, scope) and not SPAN_DUTY_RE.search(text, scope):
        return "thời gian của một việc kéo dài (ở, tích lũy, học, sử dụng), không phải hạn chót"
    if NAMED_DAY_RE.search(phrase.original) or NAMED_DAY_WORDS_RE.search(text):
        return "ngày (dịp) kỷ niệm, không phải hạn chót"
    if status_at(phrase):
        return "mốc tính số liệu đã đạt được, không phải hạn chót"
    start = START_ONLY_RE.search(text) or _only_starts(text) or _begins(text)
    if start and AFTER_PENALTY_RE.search(text):
        start = None  # "Sau ngày 30/09/2017, sinh viên hủy môn sẽ không được hoàn trả học phí": D is the limit
    if start and not (
        DEADLINE_CUE_RE.search(text, start.end())
        or DEADLINE_CUE_RE.search(text, 0, start.start())
        or RANGE_END_RE.search(text, start.end())
        or _another_day(text, start.end())
        or length_with_start(text)
    ):
        return "chỉ có thời điểm bắt đầu, không có hạn chót"
    if OPEN_START_RE.search(text) and not (DEADLINE_CUE_RE.search(text) or RANGE_END_RE.search(text)):
        return "thời điểm bắt đầu, kéo dài đến khi có thông báo mới: không có hạn chót"
    return None


def _another_day(text: str, after: int) -> bool:
    """ "tựu trường từ ngày 26/8 và khai giảng ngày 5/9": a day of its own after the start, not itself a start."""
    for token in islice(TIME_TOKEN_RE.finditer(text, after), 10):
        dated = re.search(r"\d\s*[/.\-]\s*\d|thang", token.group(0))  # a day and its month, not "ngày 2 lần"
        day = dated and (
            token.group(0).startswith("ngay") or text[max(0, token.start() - 5) : token.start()].strip() == "ngay"
        )
        if day and not START_CUE_RE.search(text, max(0, token.start() - 16), token.start()):
            return True
    return False


def _begins(text: str) -> re.Match[str] | None:
    """ "Ngày mai (22/7), thí sinh bắt đầu điều chỉnh nguyện vọng": a start stated after its day."""
    begin = BEGINS_RE.search(text)
    # a bare year after "bắt đầu" names what begins ("bắt đầu Tổng điều tra kinh tế năm 2021")
    tokens = [t for t in islice(TIME_TOKEN_RE.finditer(text), 3) if not (begin and _bare_year_after(t, begin))]
    if not begin or len(tokens) != 1 or tokens[0].end() > begin.start() or ONGOING_RE.search(text):
        return None
    return begin


def _bare_year_after(token: re.Match[str], begin: re.Match[str]) -> bool:
    return token.start() > begin.end() and token.group(0).startswith("nam")


def _only_starts(text: str) -> re.Match[str] | None:
    """ "Thời gian phát động: từ tháng 11/2020": every period written is a start, and nothing recurs
    or goes on ("Bắt đầu từ tháng 12/2021 và thường xuyên", "quý I hằng năm (tính từ năm 2022)")."""
    tokens = list(islice(TIME_TOKEN_RE.finditer(text), 20))
    starts = [t for t in tokens if START_CUE_RE.search(text, max(0, t.start() - 16), t.start())]
    if not tokens or len(starts) < len(tokens) or ONGOING_RE.search(text):
        return None
    return starts[0]


def _crop_stage(phrase: Folded) -> bool:
    """ "để đảm bảo lúa vụ Đông Xuân trổ tập trung từ 10/4 đến 25/4": every time written is the heading window's, and no
    limit is set ("Gieo sạ từ 01/12 đến 10/12 để lúa trổ vào tháng 3" keeps its sowing window)."""
    stage = CROP_STAGE_RE.search(phrase.original)
    first = TIME_TOKEN_RE.search(phrase.text)
    if not stage or not first or _LIMIT_WORDS_RE.search(phrase.text):
        return False
    return phrase.span(*first.span())[0] >= stage.start()
