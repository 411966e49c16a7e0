"""The date of an event that an authority holds or will hold: for review, not a confident deadline.

"Dự kiến lễ trao giải thưởng vào quý IV/2014", "Đại hội ... diễn ra vào 24 - 25/05/2018", "Đại hội TDTT tỉnh
sẽ khai mạc vào lúc 20 giờ ngày 27.4", "Thời gian thi trong 2 ngày 11 và 12/6", "Thời gian bốc thăm lịch thi
đấu vào ngày 09/02/2023", "Ngày 12-5: Sở GD-ĐT công bố số liệu ...": the date says when something takes place.
Readers disagree on such dates: in a plan addressed to units ("Thời gian tổ chức khai giảng vào ngày 5/9/2025",
"Dự kiến ngày 24- 25/3/2020 Đại hội Đại biểu Đảng bộ xã") the event is the task and its date is expected as
due; in a news report or an announcement of a session, a contest, a school term, it is no deadline. So the
date read stays the answer but is ``unsure`` (a person decides), unless a duty word makes it a deadline
("hoàn thành", "nộp", "gửi", "báo cáo", "chậm nhất", "trước", "hạn", "phải", "yêu cầu" ...).

An event is recognised by a verb that only events take ("diễn ra", "khai mạc", "bế mạc", "bốc thăm", "trao
giải"), or by an event word ("tổ chức", "công bố", "thi", "học", "kỳ họp", "đại hội", "hội nghị", "lễ")
in a planned or reported voice: "dự kiến", "sẽ", a label "Thời gian tổ chức: ...", or a leading date of a
news item or schedule row ("Ngày 14-5, Hà Nội sẽ công bố ...", "Ngày 18/5/2020 BTV Huyện đoàn ... tổ chức Hội
nghị ..."), in the passive voice ("... được tiến hành vào ngày ..."), or "Tổ chức" with its time right after ("Tổ chức trong 06 tuần kể từ ..."); or by the time of day it is
held at: the hours of one day ("Từ 07g00 đến 17g00, ngày 12/6/2021"), a clock time then a weekday ("8h00 – Chủ Nhật,
ngày 11/6/2023"), "lúc 8 giờ ngày ...", a part of the day ("chiều 30/8"). "Ban tổ chức" is the organisers, not an
event; "trước đây" (formerly) is no "trước"; "đến hết" closing the span an event takes ("diễn ra từ ngày 25/01/2021
đến hết ngày 29/01/2021") is no duty. The days a contact channel is open ("Email: ...; từ ngày 27/4/2021 đến ngày
20/8/2021") are for review too; so is an event's end ("Giải kết thúc ngày 17/8."), and "bàn giao" (a handover
held) is no duty word "giao".
"""

from __future__ import annotations

import re

from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.patterns import (
    CEREMONY,
    CLOCK_TIME,
    DAY_MONTH,
    DAY_OF_MONTH,
    HAN,
    HAND_IN,
    HARD_LIMIT,
    ITEM_OPENING,
    MEETING,
    NUM_DATE,
    WEEKDAY,
    any_of,
)
from calendar_rules.parser.result import Found
from calendar_rules.rules import EndOfPeriod, FixedDate, Range, Rule

# verbs only an event takes
_HELD = r"dien\s*ra|khai\s*mac|be\s*mac|boc\s*tham|trao\s*giai"
# event words that need a planned or reported voice to name an event
_EVENT = rf"{_HELD}|to\s*chuc|cong\s*bo|(?:ky|cuoc|hoi)\s*thi|thi\s*dau|{MEETING}|dai\s*hoi|hoi\s*thao|{CEREMONY}"
HELD_RE = re.compile(rf"\b(?:{_HELD})\b")
# an event that ends on a day: "Giải kết thúc ngày 17/8.", "Hội thi sẽ kết thúc vào ngày 20/5" (its end, not a duty's)
ENDS_RE = re.compile(
    rf"\b(?:giai(?:\s*dau)?|(?:ky|cuoc|hoi)\s*thi|{MEETING}|dai\s*hoi|hoi\s*thao|{CEREMONY})\s*(?:se\s*)?ket\s*thuc\b"
)
_DAY = rf"(?:{NUM_DATE}|{DAY_MONTH})"
# what a contest's jury marks: "chấm chọn", "chấm thi", "chấm giải", "chấm bài", "chấm sơ khảo"
_JUDGED = any_of("chon", "thi", "giai", "bai", "diem", "so khao", "chung khao", "tac pham")
VOICED_RE = re.compile(
    rf"\b(?:du\s*kien|se)\b[^.;]{{0,60}}?\b(?:{_EVENT})\b"
    rf"|\b(?:{_EVENT})\b[^.;]{{0,40}}?\b(?:du\s*kien|se)\b"
    # a label naming the event: "Thời gian tổ chức vào ngày 10/02/2023", "3. Thời gian học: ngày 03 tháng 12 ..."
    r"|\bthoi\s*gian\s*(?:to\s*chuc|thi|thi\s*dau|boc\s*tham|khai\s*mac|hoc|dien\s*ra|cong\s*bo)\b"
    # a contest's timeline row: its launch, its judging ("Thời gian phát động cuộc thi: ngày 12/9/2016", "Thời gian chấm
    # chọn: từ ngày 01/3/2017 đến 25/4/2017"), a schedule the organisers keep, no entrant's deadline
    rf"|\bthoi\s*gian\s*(?:{any_of('phat dong', 'so khao', 'chung khao', 'xet chon')}|cham\s*(?:{_JUDGED}))\b"
    # a news item or schedule row opening with its day: "Ngày 12-5: Sở GD-ĐT công bố số liệu ...", "Ngày 18/5/2020
    # BTV Huyện đoàn ... tổ chức Hội nghị ..." (what a body does or did that day)
    # (also after a clause that frames the news: "Hưởng ứng các hoạt động tình nguyện ..., Ngày 21/9/2025, đoàn xã
    # Thanh Hà tổ chức ra quân ...")
    rf"|(?:^|^[^.;,]{{3,100}},)\s*ngay\s*{_DAY}\s*[,:]?[^.;]{{0,60}}?\b(?:{_EVENT}|thong\s*bao)\b"
    # a schedule row, (its hour,) the day, then what is held: "-Từ 7h30, ngày 9/9/2020: Họp bậc Mầm non tại ..."
    rf"|{ITEM_OPENING}(?:tu\s*{CLOCK_TIME}\s*,?\s*)?ngay\s*{_DAY}\s*:\s*(?:hop|{_EVENT})\b"
    # held in the passive voice: "Đại hội Chi bộ ... được tiến hành vào ngày 22/5/2024", "Hội nghị được tổ chức ..."
    r"|\bduoc\s*(?:to\s*chuc|tien\s*hanh)\b"
    # what is held, with its time right after: "Tổ chức trong 06 tuần kể từ ...", "Tổ chức nghiệm thu: 8h00 ..."
    r"|^\s*to\s*chuc\s*(?:trong|vao|tu|ngay|luc)\b|^\s*to\s*chuc\b[^:;.,]{0,30}:"
    # an exam day's row: "+ Ngày 31/05/2009 (Chủ Nhật): Thi tốt nghiệp ..." (a bare "thi" only right after the label)
    rf"|^\s*ngay\s*{_DAY}\s*(?:\(\s*{WEEKDAY}\s*\))?\s*:\s*thi\b"
    # an exam named, with its day under a label: "+ Đối với thi tuyển sinh lớp 10 THPT Chuyên: ngày 18/7/2020."
    r"|\b(?:ky\s*)?thi\s*(?:tuyen\s*sinh|tot\s*nghiep|chon|hoc\s*sinh\s*gioi|vao\s*lop)\b[^.;]{0,60}?:"
    # a bare time label with a clock time: "1. Thời gian: 7h30 ngày 31 tháng 5 năm 2012 (thứ Năm)" says when something
    # is held, as an invitation or a plan's item does; without a duty word it cannot tell a deadline from an event
    rf"|^\s*(?:\d{{1,2}}\s*[.)]\s*)?thoi\s*gian\s*:\s*{CLOCK_TIME}\s*[,\-]?\s*(?:ngay\s*)?{DAY_OF_MONTH}"
)
# when on a day something takes place: the hours of one day ("Từ 07g00 đến 17g00, ngày 12/6/2021"), a time on the
# clock then a weekday ("8h00 – Chủ Nhật, ngày 11/6/2023"; not "đến 17h00 thứ Sáu ..."), "lúc 8 giờ ngày 12/5"
HOURS_RE = re.compile(
    rf"(?:\btu\s*{CLOCK_TIME}\s*(?:den|-)\s*{CLOCK_TIME}"
    rf"|(?<!den )(?<!het )(?<!toi )\b{CLOCK_TIME}(?=\s*[,\-]?\s*{WEEKDAY})|\bluc\s*{CLOCK_TIME})"
    rf"[\s,\-]*(?:(?:sang|chieu|toi|trua)\s*)?(?:{WEEKDAY}\s*[,\-]?\s*)?(?:ngay\s*)?{_DAY}"
)
# a time of day before a date: "chiều 30/8", "Chiều ngày 12/4/2024", "sáng thứ Hai, 15/5" (on the original text:
# "sáng" is no "sang", "tối" no "tới")
TIME_OF_DAY_RE = re.compile(
    r"(?i)(?<!\w)(?:sáng|chiều|trưa|tối|đêm)\s+(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?\d{1,2}\s*[/.\-]\s*\d"
)
# what reads as a duty word but is none: the organisers ("Ban tổ chức"), "trước đây" (formerly: "Trước đây dự kiến
# sẽ tổ chức vào lúc 20h00 ngày 12/8/2020", a date no longer planned), and "đến hết" closing the span an event
# takes ("Hội thi diễn ra từ ngày 25/01/2021 đến hết ngày 29/01/2021")
# (group 1: the words blanked, when only part of the match is)
NOT_DUTY_RE = re.compile(
    rf"\bban\s*to\s*chuc\b|\btruoc\s*day\b|\btu\s*(?:ngay\s*)?(?:{NUM_DATE}|{DAY_MONTH})\s*(den\s*het)\b"
)
# a contact channel, whose dates are when it is open ("- Email: hotrothi2021@moet.gov.vn; từ ngày 27/4/2021 đến ngày
# 20/8/2021", a help desk's period), not a duty
CONTACT_RE = re.compile(r"\b(?:e\s*-?\s*mail|hotline|dien\s*thoai|duong\s*day\s*nong|zalo)\b")
# what makes an event's date a deadline: a duty, a hard limit, receiving entries (not "giao ban", a briefing meeting,
# nor "bàn giao", a handover held: "sáng ngày 13/02/2017, các địa phương tổ chức ... lễ bàn giao thanh niên ...")
DUTY_WORDS_RE = re.compile(
    rf"\b(?:hoan\s*thanh|{HAND_IN}|bao\s*cao|{HARD_LIMIT}|truoc|{HAN}|xong|dut\s*diem|den\s*het|phai"
    r"|yeu\s*cau|de\s*nghi|(?<!ban )giao(?!\s*ban)|can(?!\s*cu)|nhan\s*(?:bai|ho\s*so|tac\s*pham|san\s*pham|don))\b"
)


def _blank(match: re.Match[str]) -> str:
    start, end = match.span(1) if match.group(1) else match.span()
    text = match.group(0)
    offset = match.start()
    return text[: start - offset] + " " * (end - start) + text[end - offset :]


def event_date(phrase: Folded, rule: Rule, found: Found) -> bool:
    """Doubt a one-off reading that dates an event held or to be held, without a duty word; whether it does."""
    if not isinstance(rule, (FixedDate, Range, EndOfPeriod)):
        return False
    text = NOT_DUTY_RE.sub(_blank, phrase.text)
    if DUTY_WORDS_RE.search(text):
        return False
    if isinstance(rule, Range) and CONTACT_RE.search(text):
        found.doubt(
            "thời gian một kênh liên hệ, hỗ trợ (email, điện thoại) hoạt động, không phải hạn: cần người xác định"
        )
        return False
    held = HELD_RE.search(text) or VOICED_RE.search(text) or HOURS_RE.search(text) or ENDS_RE.search(text)
    if not (held or TIME_OF_DAY_RE.search(phrase.original)):
        return False
    found.doubt(
        "ngày diễn ra một sự kiện (tổ chức, khai mạc, thi, công bố ...), không kèm việc phải làm: cần người xác định"
    )
    return True
