"""A worked example: a circular's or a guide's illustration of how a rule applies, with dates of its own.

"a) Ví dụ trường hợp Bảo hiểm xã hội Việt Nam chào mua trái phiếu Chính phủ kỳ hạn 5 năm từ ngày ..." walks through a
made-up case; its dates belong to the case, and nobody is asked to do anything by them (one was read as a certain
date). The example opens the phrase ("Ví dụ", "Ví dụ 1:", "Chẳng hạn", after an item's mark); a limit or a duty
inside it is the example's too, so nothing keeps it for the readers.
"""

from __future__ import annotations

import re

from calendar_rules.parser.patterns import ITEM_MARK
from calendar_rules.parser.wordings import Wording

EXAMPLE_RE = re.compile(rf"{ITEM_MARK}(?:vi\s*du|chang\s*han)\b")

# why the phrase is an example, not a deadline
worked_example = Wording(
    EXAMPLE_RE,
    "ví dụ minh họa cách áp dụng, ngày trong ví dụ không phải hạn chót",
    opens=True,
    dated=True,
)
