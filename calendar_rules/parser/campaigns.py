"""The span of a campaign or contest given to someone as a task, or labelled as a time set: a window, for review.

"Cuộc thi “Khoảnh khắc cùng Sách” do Nhà xuất bản ... phát động từ ngày 17/4/2021" tells the span a campaign runs: no
deadline (``review`` refuses it). But "UBND tỉnh giao Sở Tài nguyên và Môi trường chủ trì, phối hợp ... tổ chức triển
khai phát động phong trào từ ngày 20/11/2018 đến 01/8/2019", "- Thời gian thi: Cuộc thi được phát động và tiếp nhận tác
phẩm dự thi từ tháng 5 năm 2024 đến ngày 14 tháng 8 năm 2024", "– Thời gian nhận tác phẩm từ ngày phát động 23-6-2022
đến 15-5-2023" give the span to someone (the body that organises the campaign, the entrants who hand in their work)
or label it as the contest's time: like an event given as a task (tests/fixtures/corpus/README.md, "Events"), the span
is due at its end. Read so, and sent to review: whose window it is, a person confirms.
"""

from __future__ import annotations

import re

from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.result import Found

# who is given the campaign, what is handed in during it, or a label of its time
TASKED_RE = re.compile(
    r"\b(?:giao|chu\s*tri|to\s*chuc\s*trien\s*khai|(?:tiep\s*)?nhan\s*(?:tac\s*pham|bai|san\s*pham)|thoi\s*gian)\b"
)
REFUSAL = "thời gian phát động phong trào, cuộc thi: không phải hạn chót"


def campaign_span(phrase: Folded, found: Found) -> str | None:
    """Why a campaign's span is no deadline; or None (and a doubt) when the span is someone's task or a labelled time."""
    if not TASKED_RE.search(phrase.text):
        return REFUSAL
    found.doubt("thời gian phát động phong trào, cuộc thi giao cho một bên: hạn là ngày cuối, cần người xác định")
    return None
