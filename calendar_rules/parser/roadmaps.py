"""A step of a roadmap, set for a year that opens its clause with no one named: "Năm 2020, tổ chức thành công đại hội
đảng bộ cấp huyện, cấp xã ...", "Năm 2021, tổ chức thành công cuộc bầu cử ...", "Nghị quyết nêu rõ, năm 2019 tiến hành
rà soát, sửa đổi, bổ sung ...".

A resolution or plan sets its targets year by year, each step a task (an organising verb right after the year, with no
subject between: the whole plan's task) due by the end of its year, like a goal of a year (``single``'s "phấn đấu ... năm
2020"). Read as the year's last day, for review. Not read so: a subject after the year ("Năm 2023, ĐH Quốc gia TP.HCM
tổ chức 2 đợt thi ...", "Năm 2014, Ban chỉ đạo huyện đã vận động ...": what someone does or did, news or a report), a
year already over when the text is issued (a report of what was done), and a phrase with another date or year in it.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import islice

from calendar_rules.parser.dates import find_date
from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.patterns import YEAR_RE
from calendar_rules.parser.result import Conventions, Found
from calendar_rules.rules import EndOfPeriod, Rule

_STEP_VERB = (
    r"(?:co\s*ban\s*)?(?:tien\s*hanh|to\s*chuc|hoan\s*thanh|thuc\s*hien|trien\s*khai|xay\s*dung|kien\s*toan|sap\s*xep"
    r"|ra\s*soat|ban\s*hanh)"
)
# the year opening the phrase or a clause (after a comma or a colon), then the step's verb
YEAR_STEP_RE = re.compile(rf"(?:^|[,;:])\s*(?:[-+•]\s*)?(nam\s*(20\d\d))\s*,?\s*{_STEP_VERB}\b")
_REPORTED_RE = re.compile(r"\b(?:da|duoc)\b")


def roadmap_step(phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions) -> Rule | None:
    """The end of the year a roadmap's step is set for (see the module's docstring), or None."""
    text = phrase.text
    step = YEAR_STEP_RE.search(text)
    if step is None or find_date(text) or issued is None:
        return None
    year = int(step.group(2))
    years = {int(y.group(1)) for y in islice(YEAR_RE.finditer(text), 10)} - {year}
    if year < issued.year or any(other < year - 1 or other > year + 5 for other in years):
        return None  # a year gone by; or other years than a term's ("nhiệm kỳ 2020 - 2025")
    if _REPORTED_RE.search(text, step.end(), min(len(text), step.end() + 40)):
        return None  # "Năm 2019, tổ chức được 7 đợt ...": what was done
    found.spans.append(step.span(1))
    found.doubt(f"bước của một lộ trình đặt cho năm {year}: đọc hạn là cuối năm, cần xác nhận")
    return EndOfPeriod(str(year))
