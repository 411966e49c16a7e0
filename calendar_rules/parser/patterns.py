"""The regular expressions of the phrase grammar, on folded text (see ``normalize``).

Every pattern here is anchored on a literal word or digit and has bounded
repetition, so one search is linear in the text's length; callers never run a
pattern once per position of the text.
"""

from __future__ import annotations

import re

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4, "01": 1, "02": 2, "03": 3, "04": 4}
LUNAR_MONTHS = {"gieng": 1, "chap": 12, "mot": 11}
Y = r"(\d{4})"
SEP = r"\s*[/.\-]\s*"
YEAR_TAIL = rf"(?:\s*(?:/|-|\.|nam)\s*{Y})?"
QUARTER_RE = re.compile(rf"\bqu[yi]\s*(iv|iii|ii|i|0?[1-4])\b{YEAR_TAIL}")
# "tháng 3/2023", "tháng 8.2015", "tháng 3 năm 2023"; not "tháng 3/4/2023"-like dates
MONTH_RE = re.compile(rf"\bthang\s*(\d{{1,2}})\b(?!\s*[/.\-]\s*\d{{1,2}}\s*[/.\-])(?:\s*(?:/|-|\.|nam)\s*{Y})?")
HALF_RE = re.compile(rf"\b(?:6|sau)\s*thang\s*(dau|cuoi)\s*nam(?:\s*{Y})?")
# d/m[/y]; with "." or "-" the year is required unless "ngày"/"trước" comes first ("2.2." is a section number)
DATE_RE = re.compile(
    rf"\b(\d{{1,2}})\s*/\s*(\d{{1,2}})(?:{SEP}{Y})?\b|\b(\d{{1,2}})\s*[.\-]\s*(\d{{1,2}})\s*[.\-]\s*{Y}\b"
    rf"|(?:(?<=ngay )|(?<=truoc )|(?<=nhat )|(?<=kien ))(\d{{1,2}})\s*[.\-]\s*(\d{{1,2}})\b"
)
LONG_DATE_RE = re.compile(rf"\bngay\s*(\d{{1,2}})\s*thang\s*(\d{{1,2}})(?:\s*nam\s*{Y})?")
YEAR_RE = re.compile(rf"\bnam\s*{Y}\b")
LUNAR_RE = re.compile(
    r"\b(?:ngay|mung|mong)\s*(\d{1,2})\s*(?:thang\s*(gieng|chap|\d{1,2})|tet)(?:\s*am\s*lich)?"
    r"|\b(\d{1,2})\s*/\s*(\d{1,2})\s*am\s*lich"
)
MID_YEAR_RE = re.compile(rf"\bgiua\s*nam(?:\s*{Y})?")
END_YEAR_RE = re.compile(rf"\bcuoi\s*nam(?:\s*{Y})?")
START_YEAR_RE = re.compile(rf"\bdau\s*nam(?:\s*{Y})?")
# fuzzy parts of a month: "đầu tháng 3/2023", "giữa tháng 5", "nửa cuối tháng 6", "cuối tháng 9/2024"
MONTH_PART_RE = re.compile(r"(?<!bat )\b(nua\s*dau|nua\s*cuoi|dau|giua|cuoi)\s*(?=thang\s*\d)")
RANGE_FROM_RE = re.compile(r"\b(?:tu|bat\s*dau\s*tu)\b")
RANGE_TO_RE = re.compile(r"\bden\s*(?:het\s*)?|\bket\s*thuc\s*(?:vao\s*)?|\s-\s|(?<=\d)\s*-\s*(?=\d{1,2}\s*[/.]\s*\d)")
RELATIVE_DAYS_RE = re.compile(
    r"\b(?:trong\s*(?:vong\s*|thoi\s*han\s*)?|sau\s*|cham\s*nhat\s*(?:la\s*)?|khong\s*qua\s*|toi\s*da\s*)?"
    r"(\d{1,3})\s*(ngay|thang)\s*(lam\s*viec\s*)?(?:[,;]?\s*(?:ke\s*tu|tinh\s*tu|sau\s*(?:khi|ngay)?)\s*([^,;.]{0,200}))?"
)
RELATIVE_CUE_RE = re.compile(r"\b(?:trong\s*(?:vong|thoi\s*han)|khong\s*qua|toi\s*da|cham\s*nhat|ke\s*tu|sau\s*khi)\b")
SAU_KHI_RE = re.compile(r"\bsau\s*khi\s*(.+)$")
EXCEPTION_RE = re.compile(
    rf"\brieng\s*(?:nam\s*)?{Y}\s*[,:]?\s*(?:bao\s*cao\s*|thuc\s*hien\s*|hoan\s*thanh\s*)?(?:vao\s*|trong\s*)?([^);]{{1,200}})"
)
START_RE = re.compile(
    rf"\b(?:tinh\s*tu|bat\s*dau\s*tu|ke\s*tu|tu)\s*(?:nam\s*{Y}|thang\s*(\d{{1,2}})\s*(?:/|-|nam)\s*{Y}"
    rf"|quy\s*(iv|iii|ii|i)\s*(?:/|nam)\s*{Y})"
)
PREV_YEAR_RE = re.compile(r"\b(?:thang\s*(\d{1,2})|qu[yi]\s*(iv|iii|ii|i))\s*(?:cua\s*)?nam\s*truoc(?:\s*do)?")
RECUR_YEAR = re.compile(r"\bhang\s*nam\b|\bmoi\s*nam\b|\btung\s*nam\b")
RECUR_QUARTER = re.compile(
    r"\bhang\s*quy\b|\bmoi\s*quy\b|\btung\s*quy\b|\bdinh\s*ky\s*(?:hang\s*)?quy\b|\bbao\s*cao\s*quy\b(?!\s*(?:iv|iii|ii|i|\d))"
    r"|\bsau\s*moi\s*dot\b[^;]{0,80}\bquy\b"
)
RECUR_MONTH = re.compile(
    r"\bhang\s*thang\b|\bmoi\s*thang\b|\btung\s*thang\b|\bdinh\s*ky\s*hang\s*thang\b|\bbao\s*cao\s*thang\b(?!\s*\d)"
)
RECUR_HALF = re.compile(
    r"\b(?:dinh\s*ky\s*)?(?:6|sau)\s*thang\s*(?:mot\s*lan|,|mot\s*lan,)?\s*(?:va\s*)?hang\s*nam\b"
    r"|\bdinh\s*ky\s*(?:6|sau)\s*thang\b|\bhang\s*6\s*thang\b|\bmoi\s*6\s*thang\b"
)
# a day of the month in a recurring rule: "trước ngày 20 hằng tháng", "ngày 05 tháng cuối cùng của mỗi quý"
RECUR_DAY_RE = re.compile(r"\b(truoc\s*)?ngay\s*(\d{1,2})\b(?!\s*(?:[/.\-]\s*\d|thang\s*\d))")
# "từ ngày 1 đến ngày 5 hằng tháng": the window's last day is the due day
RECUR_DAY_RANGE_RE = re.compile(r"\btu\s*ngay\s*\d{1,2}\s*den\s*(?:het\s*)?(?:ngay\s*)?(\d{1,2})\b(?!\s*[/.\-]\s*\d)")
LAST_MONTH_RE = re.compile(r"\bthang\s*cuoi\s*(?:cung\s*)?(?:cua\s*)?(?:moi\s*|hang\s*)?(?:quy|ky)\b")
QUARTER_OFFSET_RE = re.compile(r"\b(\d{1,2})\s*ngay\s*(?:dau\s*)?(?:sau|cua)\s*(?:moi\s*)?(?:quy|ky)")
# "thường xuyên" as a duty, not inside a noun phrase ("giáo dục thường xuyên", "trung tâm ... thường xuyên")
CONTINUOUS_RE = re.compile(r"(?<!giao duc )(?<!gdtx )\bthuong\s*xuyen\b(?!\s*(?:cap|tinh|huyen))|\blien\s*tuc\b")
ADHOC_RE = re.compile(r"\bdot\s*xuat\b")
BEFORE_RE = re.compile(r"\btruoc\s*(?:ngay\s*)?$")
BEFORE_PERIOD_RE = re.compile(r"\btruoc\s*$")
# the hard deadline of a planned date: "Dự kiến 05/12 (chậm nhất 10/12)"
PLANNED_RE = re.compile(r"\bdu\s*kien\b|\bsom\s*nhat\b")
HARD_RE = re.compile(r"\b(?:cham\s*nhat|muon\s*nhat|han\s*chot|han\s*cuoi)\b")
LEADING_BULLET_RE = re.compile(r"^[\s\-+•*–—]+")
# "06 (sáu) tháng", "15 (mười lăm) ngày": the spelled number repeats the digits
SPELLED_RE = re.compile(r"(\d{1,3})\s*\(\s*[a-z ]{2,30}\)")
# what is not a deadline although it carries a date
NOT_BEFORE_RE = re.compile(r"\bkhong\s*(?:duoc\s*)?[^.;]{0,60}?\btruoc\s*(?:ngay\s*)?\d")
EFFECTIVE_RE = re.compile(r"\bco\s*hieu\s*luc\b")
START_ONLY_RE = re.compile(r"\b(?:tu|bat\s*dau\s*tu|bat\s*dau|phat\s*dong\s*tu)\s*(?:ngay\s*)?\d")
DEADLINE_CUE_RE = re.compile(r"\b(?:den|truoc|cham\s*nhat|muon\s*nhat|han|ket\s*thuc|xong|hoan\s*thanh)\b")
