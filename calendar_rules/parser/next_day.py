"""A step due on the day after an event: "phải thông báo trước 08 giờ sáng ngày hôm sau", "nộp hồ sơ khai thuế ...
trong ngày tiếp theo sau khi cổng thông tin điện tử ... tiếp tục hoạt động", "Sẽ nhận vào buổi chiều từ 16 giờ ngày hôm
sau".

Procedure pages (residence notices, tax filing when the portal fails, an office's certificates) set a step for the day
after something happens: one day after the event, whose day nobody wrote (``unsure``). The event is the "sau khi ..."
clause when there is one ("ngày tiếp theo sau khi X" is the day after X, not X's own day, as ``after_event`` would read
"sau khi X"), or else the case the phrase opens with, for a person to name. Left to the other readers: a count ("trong 05
ngày tiếp theo"), a next working day ("ngày làm việc tiếp theo", a deadline moved off a holiday), and a phrase that writes
a date or a day of the month ("... ngày 01 của tháng ...; nếu ngày 01 trùng với ngày nghỉ thì chuyển sang ngày tiếp
theo": the rule's day is the first, the shift an exception).
"""

from __future__ import annotations

import datetime as dt
import re

from calendar_rules.parser.dates import find_date
from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.reader import Match, on_match
from calendar_rules.parser.result import Conventions, Found
from calendar_rules.rules import Relative, Rule

NEXT_DAY_RE = re.compile(r"\bngay\s*(?:hom\s*sau|tiep\s*theo|ke\s*tiep)\b")
_COUNT_BEFORE_RE = re.compile(r"\d\s*$")
_DAY_NUMBER_RE = re.compile(r"\bngay\s*\d")
AFTER_EVENT_RE = re.compile(r"\s*sau\s*khi\s*([a-z][^,;.()]{2,120})")


@on_match(NEXT_DAY_RE)
def next_day(
    match: Match, phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions
) -> Rule | None:
    """One day after an event (see the module's docstring), or None."""
    text = phrase.text
    if find_date(text) or _DAY_NUMBER_RE.search(text):
        return None
    if _COUNT_BEFORE_RE.search(text, 0, match.start()):
        return None  # "trong 05 ngày tiếp theo": a count of days, for ``relative``
    found.spans.append(match.span())
    event = AFTER_EVENT_RE.match(text, match.end())
    name = "sự kiện"
    if event:
        found.spans.append(event.span(1))
        name = phrase.words(*event.span(1)) or name
    found.doubt("hạn là ngày hôm sau của một sự kiện: cần ghi nhận ngày của sự kiện")
    return Relative(name, 1)
