"""A task whose time is set by someone else's schedule: "Các phương thức còn lại thực hiện theo kế hoạch chung của Bộ
giáo dục và Đào tạo", "Học phí các học kỳ chính ... được thu theo lịch học vụ", "Ban chấp hành các chi đoàn ... triển
khai thu và nộp đoàn phí theo thông báo", "Thời gian đăng ký: Theo lịch thông báo gởi qua tin nhắn ... vào đầu học kỳ".
The phrase writes no time; the plan, the calendar or the notice it follows does. A duty without a time of its own:
continuous, for a person to confirm (and to look up the schedule). What was done by a plan ("đã hoàn thành ... theo kế
hoạch") is a report, not a duty.
"""

from __future__ import annotations

import datetime as dt
import re

from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.patterns import ITEM_OPENING, PAST_PRACTICE_RE, TIME_TOKEN_RE
from calendar_rules.parser.reader import Match, on_match
from calendar_rules.parser.result import Conventions, Found
from calendar_rules.rules import Continuous, Rule

_SCHEDULE = r"theo\s*(?:dung\s*)?(?:ke\s*hoach|lich|thong\s*bao)\b"
SET_ELSEWHERE_RE = re.compile(
    # a task done by the schedule, maybe with its object between: "thực hiện theo kế hoạch", "nộp đoàn phí theo thông báo"
    rf"\b(?:thuc\s*hien|thu|nop|dang\s*ky|xet\s*tuyen)\s*(?:[a-z]+\s*){{0,3}}?{_SCHEDULE}"
    # a time labelled by the schedule: "Thời gian đăng ký: Theo lịch ...", "Thời gian đăng ký xét tuyển theo lịch ..."
    rf"|{ITEM_OPENING}thoi\s*gian\b[^.;:]{{0,40}}?:?\s*{_SCHEDULE}"
)
# a report of what was done: "đã hoàn thành ... theo kế hoạch"
DONE_RE = re.compile(r"\bda\s*(?:hoan\s*thanh|thuc\s*hien|to\s*chuc|trien\s*khai)\b")


@on_match(SET_ELSEWHERE_RE)
def set_elsewhere(
    match: Match, phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions
) -> Rule | None:
    """ "thực hiện theo kế hoạch của Bộ ...": continuous, unsure (the schedule followed is not in the phrase)."""
    t = phrase.text
    if TIME_TOKEN_RE.search(t) or DONE_RE.search(t) or PAST_PRACTICE_RE.search(phrase.original):
        return None
    found.spans.append(match.span())
    found.doubt("thời gian theo kế hoạch, lịch hay thông báo khác (không ghi trong câu): cần người tra lịch đó")
    return Continuous(None)
