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
news item or schedule row ("Ngày 14-5, Hà Nội sẽ công bố ..."). "Ban tổ chức" is the organisers, not an
event.
"""

from __future__ import annotations

import re

from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.patterns import CEREMONY, DAY_MONTH, HAND_IN, HARD_LIMIT, MEETING, NUM_DATE
from calendar_rules.parser.result import Found
from calendar_rules.rules import EndOfPeriod, FixedDate, Range, Rule

# verbs only an event takes
_HELD = r"dien\s*ra|khai\s*mac|be\s*mac|boc\s*tham|trao\s*giai"
# event words that need a planned or reported voice to name an event
_EVENT = rf"{_HELD}|to\s*chuc|cong\s*bo|(?:ky|cuoc|hoi)\s*thi|thi\s*dau|{MEETING}|dai\s*hoi|hoi\s*thao|{CEREMONY}"
HELD_RE = re.compile(rf"\b(?:{_HELD})\b")
VOICED_RE = re.compile(
    rf"\b(?:du\s*kien|se)\b[^.;]{{0,60}}?\b(?:{_EVENT})\b"
    rf"|\b(?:{_EVENT})\b[^.;]{{0,40}}?\b(?:du\s*kien|se)\b"
    # a label naming the event: "Thời gian tổ chức vào ngày 10/02/2023", "3. Thời gian học: ngày 03 tháng 12 ..."
    r"|\bthoi\s*gian\s*(?:to\s*chuc|thi|thi\s*dau|boc\s*tham|khai\s*mac|hoc|dien\s*ra|cong\s*bo)\b"
    # a news item or schedule row opening with its day: "Ngày 12-5: Sở GD-ĐT công bố số liệu ..."
    rf"|^\s*ngay\s*(?:{NUM_DATE}|{DAY_MONTH})\s*[,:][^.;]{{0,60}}?\b(?:{_EVENT}|thong\s*bao)\b"
)
ORGANISERS_RE = re.compile(r"\bban\s*to\s*chuc\b")
# what makes an event's date a deadline: a duty, a hard limit, receiving entries
DUTY_WORDS_RE = re.compile(
    rf"\b(?:hoan\s*thanh|{HAND_IN}|bao\s*cao|{HARD_LIMIT}|truoc|han|xong|dut\s*diem|den\s*het|phai"
    r"|yeu\s*cau|de\s*nghi|giao|can(?!\s*cu)|nhan\s*(?:bai|ho\s*so|tac\s*pham))\b"
)


def event_date(phrase: Folded, rule: Rule, found: Found) -> None:
    """Doubt a one-off reading that dates an event held or to be held, without a duty word."""
    if not isinstance(rule, (FixedDate, Range, EndOfPeriod)):
        return
    text = ORGANISERS_RE.sub(lambda m: " " * len(m.group(0)), phrase.text)
    if DUTY_WORDS_RE.search(text) or not (HELD_RE.search(text) or VOICED_RE.search(text)):
        return
    found.doubt(
        "ngày diễn ra một sự kiện (tổ chức, khai mạc, thi, công bố ...), không kèm việc phải làm: cần người xác định"
    )
