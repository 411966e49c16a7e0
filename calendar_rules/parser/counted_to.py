"""A count of days before an event, counted up to it: "phải được ban hành chậm nhất trước 10 (mười) ngày làm việc tính
đến ngày văn bản quy phạm pháp luật ... có hiệu lực thi hành", "Trước thời hạn 10 ngày, tính đến ngày đăng ký phục vụ
trong ngạch dự bị, Ban Chỉ huy quân sự cấp xã có trách nhiệm chuyển Lệnh gọi ...".

Legal texts word a notice period so: "trước N ngày" and the event after "tính đến" (counted up to), not "kể từ"
(counted from, which ``relative`` reads and doubts: within N days after, or N days before). Up to the event, the count
can only run back from it: N days (working days) before it, negative. Another time written in the phrase ("vào tháng 4
hằng năm": when the event falls) leaves the count as the rule, for a person to confirm (``audit`` doubts a time the
reading did not use). "tính đến ngày" alone ("Tuổi
được tính đến ngày thi đấu", "tính đến ngày 22/4, toàn tỉnh có ...") is no count back: it needs "trước" and a count.
"""

from __future__ import annotations

import datetime as dt
import re

from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.reader import Match, on_match
from calendar_rules.parser.result import Conventions, Found
from calendar_rules.rules import Relative, Rule

# "trước (thời hạn) 10 ngày (làm việc), tính đến ngày <event>" (groups: count, working, event)
COUNTED_TO_RE = re.compile(
    r"\btruoc\s*(?:thoi\s*han\s*)?(\d{1,3})\s*ngay\s*(lam\s*viec\s*)?,?\s*tinh\s*den\s*"
    r"((?:ngay|thoi\s*diem|khi)\s*(?!\d)[a-z][^,;.()]{2,160}?)\s*(?:[,;.(]|$)"
)


@on_match(COUNTED_TO_RE)
def counted_to_event(
    match: Match, phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions
) -> Rule | None:
    """ "chậm nhất trước 10 ngày làm việc tính đến ngày ... có hiệu lực": 10 working days before the event."""
    found.spans.append(match.span())
    name = phrase.words(*match.span(3))
    found.warnings.append(f"hạn tính lùi {int(match.group(1))} ngày trước '{name}'")
    return Relative(name or "sự kiện", -int(match.group(1)), working=bool(match.group(2)))
