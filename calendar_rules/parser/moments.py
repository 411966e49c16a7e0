"""A moment or a period that figures are counted at, not a deadline: "Tổng quỹ hội, quỹ chi hội đến tại thời điểm
30/6/2021 là 286.813.000 đ.", "Hiện trạng đạt chuẩn tại thời điểm 30/12/2017" (the state at a moment), "Báo cáo định kỳ
hàng tháng: Tính từ ngày 15 tháng trước đến ngày 14 của tháng thuộc kỳ báo cáo;", "Báo cáo thống kê năm: Được tính bắt
đầu từ ngày 01 tháng 01 cho đến hết ngày 31 tháng 12 của kỳ báo cáo thống kê đó;" (the span a report covers, defined).

``states`` blanks "Thời điểm điều tra là ...", "số liệu tính từ ... đến ..."; these are the same moments written "tại thời
điểm D", and the same spans defined as what "kỳ báo cáo" counts. The moment's day is blanked (a deadline beside it is
still read: "báo cáo số liệu tại thời điểm 31/12/2024 gửi về Sở trước ngày 10/01/2025"); a span defined for a report is
refused unless a limit is written with it ("(kỳ báo cáo tính từ ngày 01/01 đến hết ngày 31/12) trước ngày 05/01 ...").
"""

from __future__ import annotations

import re

from calendar_rules.parser.normalize import blank_matches
from calendar_rules.parser.patterns import CLOCK_TIME, DAY_OF_MONTH
from calendar_rules.parser.wordings import Wording

# "tại thời điểm 30/6/2021", "tại thời điểm 0 giờ ngày 1/1/2026" (group 1: the moment, blanked)
AT_MOMENT_RE = re.compile(rf"\btai\s*thoi\s*diem\s*((?:{CLOCK_TIME}\s*,?\s*)?(?:ngay\s*)?{DAY_OF_MONTH})")
# a span that a report counts: "(Được) tính (bắt đầu) từ ngày ... đến (hết) ngày ... (của tháng thuộc) kỳ báo cáo"
REPORT_SPAN_RE = re.compile(
    r"\b(?:duoc\s*)?tinh\s*(?:bat\s*dau\s*)?tu\s*ngay\b[^;.]{0,80}?\b(?:cho\s*)?den\s*(?:het\s*)?ngay\b"
    r"[^;.]{0,60}?\bky\s*bao\s*cao\b"
)
# (not the month before: "Tính từ ngày 15 tháng trước đến ngày 14 của tháng thuộc kỳ báo cáo")
_LIMIT_RE = re.compile(
    r"(?<!thang )(?<!quy )(?<!nam )(?<!ky )\b(?:truoc|cham\s*nhat|muon\s*nhat|han\s*(?:chot|cuoi)|thoi\s*han\s*(?:gui|nop))\b"
)


def mask_moments(folded: str) -> str:
    """Blank (same length) the moment figures are counted at ("tại thời điểm 30/6/2021")."""
    return blank_matches(folded, AT_MOMENT_RE, 1, most=10)


# why the phrase's span is the period a report counts, defined
report_span = Wording(
    REPORT_SPAN_RE, "kỳ số liệu của báo cáo (tính từ ngày ... đến ngày ...), không phải hạn chót", limit=_LIMIT_RE
)
