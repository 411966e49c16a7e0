"""A duty that lasts from one event to another, with no date written: a standing duty for that span.

"Thời gian thực hiện: Từ khi thành lập đến khi kết thúc nhiệm vụ của Ủy ban bầu cử ...", "Công tác tuyên truyền bầu
cử: Từ khi triển khai, tổ chức bầu cử đến khi kết thúc cuộc bầu cử.", "Thời gian thực hiện: Từ ngày thành lập Uỷ ban
bầu cử đến ngày kết thúc cuộc bầu cử.": the work goes on while the span lasts; neither event's day is written, so no
due date can be given. The corpus readers read it as ``continuous``; the reading is ``unsure`` (a person may know the
end event's day). Read only when the phrase writes no number at all: a span with a day ("từ ngày ra thông báo đến hết
ngày 24/11/2024") is due at its end, and a count ("trong thời hạn 02 năm tính từ ngày cấp cho đến ngày ...") is a
delay or a validity, for the other readers.
"""

from __future__ import annotations

import datetime as dt
import re

from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.reader import Match, on_match
from calendar_rules.parser.result import Conventions, Found
from calendar_rules.rules import Continuous, Rule

_MOMENT = r"(?:khi|ngay|luc|thoi\s*diem)"
# "từ khi <event> đến khi <event>", "từ ngày <event> (cho) đến (hết) ngày <event>" (groups: the two events)
EVENT_SPAN_RE = re.compile(
    rf"\btu\s*{_MOMENT}\s*(?!\d)([a-z][^;.\d]{{2,100}}?)\s*(?:cho\s*)?den\s*(?:het\s*)?{_MOMENT}\s*(?!\d)"
    r"([a-z][^;.\d]{2,120})"
)


@on_match(EVENT_SPAN_RE)
def between_events(
    match: Match, phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions
) -> Rule | None:
    """The continuous reading of a span between two events without a date, or None."""
    if re.search(r"\d", phrase.text):
        return None
    found.spans.append(match.span())
    start, end = phrase.words(*match.span(1)), phrase.words(*match.span(2))
    found.doubt(
        f"từ '{start}' đến '{end}', không ghi ngày: nhiệm vụ kéo dài suốt khoảng đó, không có hạn chót, cần xác nhận"
    )
    return Continuous(None)
