"""Delays around an event that the day readers of ``relative`` leave: a count of months counted back ("chậm nhất một
tháng trước khi bắt đầu các học kỳ": −1 month), and a count opening the item before "sau" and the event it follows
("e) Một tuần sau buổi thi kết thúc học phần, giảng viên nộp bảng điểm ...": 7 days after the exam).

Spelled counts are digits by now ("một tháng" → "1    tháng") and weeks are days where ``relative`` reads them. The
count back needs a limit before it ("chậm nhất", "ít nhất", "tối thiểu", "khoảng") or to open the item, and an event
after "trước" that is no adverb ("trước đây", "trước đó": earlier, a report); the opening count needs a named event
after "sau" (not "10 ngày sau, ...", "sau đó": then). Each pattern is anchored on a literal word and bounded.
"""

from __future__ import annotations

import re

from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.patterns import ITEM_NUMBER, ITEM_OPENING
from calendar_rules.parser.result import Found
from calendar_rules.rules import Relative

# the opening of an item, with its letter ("b)") or a step's label ("Bước 1:") after the bullet and number
_OPENING = rf"{ITEM_OPENING}{ITEM_NUMBER}(?:[a-z]\s*\)\s*|buoc\s*\d{{1,2}}\s*[:.]\s*)?"
# "trước đây", "trước đó", "trước hết", "trước tiên", "trước mắt", "trước nay", "trước kia": adverbs, no event
_NO_EVENT = r"(?!(?:day|do|het|tien|mat|nay|kia)\b)"
# "chậm nhất một tháng trước khi bắt đầu các học kỳ:", "Khoảng một tháng trước khi bắt đầu học kỳ, Phòng ĐT thông báo
# ...", "1 tháng trước ngày khai giảng, các trường gửi ...", "trong vòng 06 tháng trước khi kết thúc kỳ hạn hiệu lực chủ
# văn bằng bảo hộ phải nộp ..." (the event up to the duty's "phải"; as "trong vòng 30 ngày trước khi ..." is read by
# ``count_back``) (groups: about, count, event)
MONTHS_BACK_RE = re.compile(
    rf"(?:\b(?:cham\s*nhat|it\s*nhat|toi\s*thieu|trong\s*(?:vong|thoi\s*han)?|(khoang))\s*(?:la\s*)?|{_OPENING})"
    rf"(\d{{1,2}})\s*thang\s*truoc\s*{_NO_EVENT}(?!ngay\s*\d|thang\b|nam\b)([a-z][^,;.:\d]{{2,80}}?)"
    r"\s*(?:[.;:,(]|$|(?=phai\b))"
)
# a count of days (weeks as days) or months opening the item, then "sau" and a named event: "e) 7 ngày sau buổi thi
# kết thúc học phần, giảng viên nộp ..." (a cue for ``relative``, which reads the count and the event)
OPENING_AFTER_RE = re.compile(
    rf"{_OPENING}(?=\d{{1,3}}\s*(?:ngay|thang)\s*(?:lam\s*viec\s*)?sau\s*(?!(?:khi|do|nay|it|nua)\b)[a-z])"
)


def months_back(phrase: Folded, found: Found) -> Relative | None:
    """ "chậm nhất một tháng trước khi bắt đầu các học kỳ": that many months before the event (negative months)."""
    match = MONTHS_BACK_RE.search(phrase.text)
    if not match or not 1 <= int(match.group(2)) <= 24:
        return None
    if match.group(1):  # "Khoảng một tháng trước khi ...": about a month, a person sets the day
        found.doubt("hạn tính lùi khoảng một số tháng trước sự kiện (ước chừng): cần người xác định")
    found.spans.append(match.span())
    start, end = phrase.span(*match.span(3))
    name = phrase.original[start:end].strip(" .;:,)")
    found.warnings.append(f"hạn tính lùi {int(match.group(2))} tháng trước '{name}'")
    return Relative(name or "sự kiện", -int(match.group(2)), months=True)
