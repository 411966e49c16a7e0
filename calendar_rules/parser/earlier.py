"""What happened earlier, told with "trước đó" (before that): a past fact, not a deadline.

"... tại tọa đàm “Để kết nối VNeID an toàn và tiện lợi” tổ chức ngày 22/4 trước đó, đại diện ... cho biết ...", "Đây là
các trường hợp bị sót trong đợt chi trả trước đó vào ngày 10/11.", "Trước đó, kế hoạch thời gian năm học 2019-2020 được TP
ban hành ngày 2/7/2019 với mốc thời gian bế giảng năm học ... là từ 25 đến 29/5.": "trước đó" places the day before the
news being told, so the day is of an event, a payment or a plan already past or replaced. Read as news of the past only
when nothing in the phrase looks ahead or sets a limit: a future ("sẽ", "dự kiến": "Trước đó, thí sinh ... sẽ có 5 ngày
(từ 24/4 đến hết 28/4) thử đăng ký ..."), a duty or a limit ("Trước đó, Bộ Nội vụ đã gửi Công văn ... yêu cầu ... báo cáo
trước 17h00 ngày 22/9/2025", "thời hạn trong Kế hoạch trước đó là đến hết ngày 30/5/2021") keep the phrase. "trước đó 3
ngày" (three days before that) is a delay, and "tháng 12 của năm trước đó" (the year before) a recurring rule's period.
"""

from __future__ import annotations

import re

from calendar_rules.parser.states import DUTY_RE
from calendar_rules.parser.wordings import Wording

# (not a period before another, "tháng 12 của năm trước đó", the year before: a recurring rule's)
EARLIER_RE = re.compile(r"(?<!nam )(?<!thang )(?<!quy )(?<!ky )(?<!tuan )\btruoc\s*do\b(?!\s*(?:it\s*nhat\s*)?\d)")
# a limit or a duty besides "trước đó" ("trước" a day, "đến hết", "hạn", "hoàn thành", "chậm nhất")
_LIMIT_RE = re.compile(
    r"\b(?:truoc(?!\s*do\b)|den\s*het|cham\s*nhat|muon\s*nhat|han\s*(?:chot|cuoi)|thoi\s*han|hoan\s*thanh|xong)\b"
)


# why the phrase's day is of something that happened before the news ("trước đó")
told_as_earlier = Wording(
    EARLIER_RE, "sự việc trước đó được thuật lại ('trước đó'), không phải hạn chót", limit=_LIMIT_RE, duty=DUTY_RE
)
