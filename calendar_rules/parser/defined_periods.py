"""A definition of a period: what a fiscal year, an accounting or reporting period is, not a deadline.

A decree or a circular defines the periods its duties are counted in, with the days that bound them:

- "Năm tài chính là năm dương lịch bắt đầu từ ngày 01 tháng 01 và kết thúc ngày 31 tháng 12 hằng năm." (read as a
  yearly rule due on 31/12, its "kết thúc" taken for a deadline word);
- "Kỳ hạn báo cáo là 01 năm, tính từ ngày 01 tháng 01 đến ngày 31 tháng 12 của năm báo cáo."

The period's name opens the phrase (after an item's number, or "Như vậy,"), then "là" says what it is. A limit
anywhere ("trước", "chậm nhất", "thời hạn", "hạn chót", "phải", "nộp", "gửi", "hoàn thành") keeps it for the readers:
"Kỳ báo cáo là quý; chậm nhất ngày 20 của tháng đầu quý sau phải gửi báo cáo" sets a duty in the same sentence, and a
reporting period in brackets inside a duty ("... (kỳ báo cáo tính từ ngày 01/01 đến hết ngày 31/12) trước ngày 05/01
của năm tiếp theo") does not open the phrase.
"""

from __future__ import annotations

import re

from calendar_rules.parser.patterns import ITEM_MARK
from calendar_rules.parser.wordings import Wording

_ITEM = rf"{ITEM_MARK}(?:nhu\s*vay\s*,?\s*)?"
_PERIOD_NAME = (
    r"nam\s*(?:tai\s*chinh|ngan\s*sach)|nien\s*do(?:\s*ke\s*toan|\s*ngan\s*sach)?"
    r"|ky\s*(?:ke\s*toan|(?:han\s*)?bao\s*cao|tinh\s*thue|thong\s*ke|so\s*lieu)"
)
# the name, a few words that qualify it ("kỳ kế toán năm", "kỳ báo cáo thống kê"), then "là"
DEFINED_RE = re.compile(rf"{_ITEM}(?:{_PERIOD_NAME})\b[^.;:,]{{0,40}}?\bla\b")
_LIMIT_RE = re.compile(
    r"\b(?:truoc|cham\s*nhat|muon\s*nhat|han\s*(?:chot|cuoi|nop|gui)|thoi\s*han|phai|nop|gui|hoan\s*thanh)\b"
)


# why the phrase defines a period (its name, "là", its bounds)
period_defined = Wording(
    DEFINED_RE,
    "định nghĩa một kỳ (năm tài chính, kỳ báo cáo ... là ...): không phải hạn chót",
    limit=_LIMIT_RE,
    opens=True,
    dated=True,
)
