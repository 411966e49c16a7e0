"""A tax or a tax return named by the period it is about: "tờ khai thuế GTGT quý 3/2024", "hồ sơ khai thuế TNCN tháng
10/2019", "số thuế thu nhập doanh nghiệp tạm nộp của quý 1, quý 2 kỳ tính thuế thu nhập doanh nghiệp năm 2022".

The period is the tax's (the month or quarter the return declares), not when it is due: the law sets that apart (the
20th of the next month, the last day of the next quarter's first month), and an article restates it beside the period
("Thời hạn nộp thuế giá trị gia tăng của kỳ tính thuế tháng 5 năm 2024 chậm nhất là ngày 20 tháng 11 năm 2024"). Read
as a deadline, "không được gia hạn thời hạn nộp tờ khai thuế GTGT quý 3/2024" fell due at the quarter's end. The period
is blanked (same length), as ``statements`` does for a financial statement's; a due date beside it stays to be read.
"""

from __future__ import annotations

import re
from itertools import islice

from calendar_rules.parser.normalize import blank_spans
from calendar_rules.parser.patterns import YEAR, YEAR_WRITTEN_RE

_ONE = rf"(?:quy|thang)\s*(?:[ivx]{{1,3}}|\d{{1,2}})\b(?:\s*(?:/|nam)\s*{YEAR}\b)?"
# the tax or the return, with the tax's name: "tờ khai thuế GTGT", "hồ sơ khai thuế TNCN", "số thuế ... tạm nộp"
_TAX = (
    r"\b(?:to\s*khai|ho\s*so\s*khai|khai|so|nop)?\s*thue"
    r"(?:\s*(?:gtgt|gia\s*tri\s*gia\s*tang|tndn|tncn|ttdb|tieu\s*thu\s*dac\s*biet|thu\s*nhap(?:\s*(?:doanh\s*nghiep|ca\s*nhan))?"
    r"|tam\s*nop|khau\s*tru|phai\s*nop|phat\s*sinh))*"
    r"|\bto\s*khai(?:\s*(?:quyet\s*toan|khau\s*tru))?"
)
# the tax, then its period or periods: "... quý 3/2024", "... của tháng 02, tháng 3 năm 2025 và quý I năm 2025" (with
# its year: "Tờ khai quý 1: Hạn chậm nhất là ngày 30/04" names the quarter of each year, which tells a yearly rule)
TAX_PERIOD_RE = re.compile(
    rf"(?:{_TAX})\s*(?:cua\s*)?(?:ky\s*(?:tinh\s*thue\s*)?)?({_ONE}(?:\s*(?:,|va)\s*(?:cua\s*)?{_ONE}){{0,12}})"
)
# the tax year after the quarters: "kỳ tính thuế thu nhập doanh nghiệp năm 2022"
TAX_YEAR_RE = re.compile(rf"\s*\bky\s*tinh\s*thue\b(?:\s*[a-z]+){{0,5}}?\s*(nam\s*{YEAR})\b")


def mask_tax_periods(folded: str) -> str:
    """Blank the month or quarter a tax or a return is about ("tờ khai thuế GTGT quý 3/2024")."""
    spans = []
    for m in islice(TAX_PERIOD_RE.finditer(folded), 10):
        tax_year = TAX_YEAR_RE.match(folded, m.end())
        if YEAR_WRITTEN_RE.search(m.group(1)) or tax_year:
            spans += [m.span(1), tax_year.span(1)] if tax_year else [m.span(1)]
    return blank_spans(folded, spans) if spans else folded
