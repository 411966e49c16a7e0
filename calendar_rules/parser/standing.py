"""Standing regulations: a day and month without a year, in a rule that applies every year, is a yearly rule.

Decrees, circulars and the legal pages that quote them state reporting duties once for all years:
"Báo cáo 6 tháng đầu năm gửi trước ngày 05 tháng 7", "Ủy ban nhân dân cấp tỉnh báo cáo Hội đồng nhân dân cấp
tỉnh ... trước ngày 15 tháng 02". Read as a one-off, such a date takes the document's year (``inferred``) and is
wrong every year after. When the phrase writes no year and either names a periodic report ("báo cáo 6 tháng",
"báo cáo năm", "báo cáo định kỳ") or gives the duty to a whole level of government ("Ủy ban nhân dân cấp huyện",
"Sở ... các tỉnh, thành phố trực thuộc Trung ương", "các Bộ, cơ quan ngang Bộ"), the date is read as due every year: ``every year at
date:MM-DD`` (offset −1 day for "trước ngày"). The first date due is the one-off reading's, so nothing is lost
when the text meant one year only; the reading is ``unsure`` (a person confirms that the rule is a standing one).
"""

from __future__ import annotations

import re

from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.patterns import DATED_YEAR_RE, YEAR_RE
from calendar_rules.parser.reader import Match, on_match
from calendar_rules.parser.result import Conventions, Found
from calendar_rules.rules import Before, FixedDate, Recurring, Rule

PERIODIC_REPORT_RE = re.compile(
    r"\bbao\s*cao\s*(?:(?:so|tong)\s*ket\s*)?(?:dinh\s*ky|(?:0?6|sau|0?3|ba|0?9|chin)\s*thang|quy|nam)\b(?!\s*\d)"
)
# a duty given to every body of a level: "Ủy ban nhân dân cấp huyện báo cáo", "UBND các tỉnh, thành phố trực thuộc
# Trung ương", "Sở Tài chính các tỉnh" (not "UBND huyện X", a single body)
LEVEL_RE = re.compile(
    r"\b(?:uy\s*ban\s*nhan\s*dan|ubnd|hoi\s*dong\s*nhan\s*dan|hdnd|cong\s*an|chu\s*tich)\s*(?:cac\s*)?cap\s*(?:tinh|huyen|xa)\b"
    r"|\bcac\s*tinh\s*,?\s*thanh\s*pho\s*truc\s*thuoc\s*trung\s*uong\b"
    r"|\bcac\s*bo\s*,?\s*(?:co\s*quan\s*ngang\s*bo|nganh)\b|\bso\b[^,;.]{0,40}?\bcac\s*tinh\b"  # "Sở Tài chính các tỉnh"
)
# a duty that comes back each year by its nature: the yearly tax settlement ("thời hạn quyết toán thuế ...")
YEARLY_DUTY_RE = re.compile(r"\bquyet\s*toan\s*thue\b")
# the year a standing rule starts to apply: "bắt đầu từ kỳ quyết toán thuế năm 2020", "kể từ năm 2022"
START_YEAR_RE = re.compile(r"\b(?:bat\s*dau\s*|ke\s*)?tu\s*(?:ky\b[^,;.]{0,30}?)?nam\s*\d{4}\b")


def standing(phrase: Folded, rule: Rule, found: Found) -> Rule:
    """The yearly rule a standing regulation states, or the rule read."""
    text = phrase.text
    if not isinstance(rule, (Before, FixedDate)) or not found.inferred:
        return rule
    # a year is written: a one-off (unless it is only the year the rule starts from)
    dated = START_YEAR_RE.sub(lambda m: " " * len(m.group(0)), text)
    if YEAR_RE.search(dated) or DATED_YEAR_RE.search(dated):
        return rule
    report = PERIODIC_REPORT_RE.search(text)
    level = LEVEL_RE.search(text) or YEARLY_DUTY_RE.search(text)
    if not (report or level):
        return rule
    day = rule.day if isinstance(rule, Before) else rule.due
    offset = -1 if isinstance(rule, Before) and not rule.lenient else 0
    found.spans.append((report or level).span())  # type: ignore[union-attr]
    if report:  # ("Chậm nhất ngày 10 tháng 7 đối với báo cáo 6 tháng" may still be meant for one year)
        found.doubt("báo cáo định kỳ, ngày không ghi năm: đọc là hạn hằng năm, cần người xác nhận")
    else:  # (a duty of every year by its nature, "quyết toán thuế", is read the same way)
        found.doubt(
            "quy định chung (giao cho cả một cấp, việc hằng năm), ngày không ghi năm: đọc là hạn hằng năm, cần xác nhận"
        )
    return Recurring("annual", f"date:{day.month:02d}-{day.day:02d}", offset_days=offset)


# "trước ngày 25 tháng 5 và ngày 25 tháng 11 hằng năm", "vào ngày 15/6 và 15/12 hằng năm": the same day in two
# months six months apart, each year: a half-yearly rule
_DAY_MONTH = r"(\d{1,2})\s*(?:thang\s*|[/.\-]\s*)(\d{1,2})\b(?!\s*[/.\-]\s*\d)"
TWICE_A_YEAR_RE = re.compile(rf"\b(truoc\s*)?ngay\s*{_DAY_MONTH}\s*(?:va|,)\s*(?:ngay\s*)?{_DAY_MONTH}")
YEARLY_CUE_RE = re.compile(r"\b(?:hang|moi)\s*nam\b|\b0?6\s*thang\s*(?:1|mot)\s*lan\b|\bdinh\s*ky\s*0?6\s*thang\b")


@on_match(TWICE_A_YEAR_RE)
def twice_a_year(match: Match, phrase: Folded, issued: object, found: Found, conventions: Conventions) -> Rule | None:
    """The half-yearly rule two days of each year write, or None."""
    text = phrase.text
    if not YEARLY_CUE_RE.search(text) or YEAR_RE.search(text, match.start(), match.end() + 12):
        return None
    day, first, second_day, second = (int(match.group(i)) for i in (2, 3, 4, 5))
    if day != second_day or second - first != 6 or not 1 <= day <= 31 or not 1 <= first <= 6:
        return None
    found.spans.append(match.span())
    before = bool(match.group(1)) and not conventions.before_is_inclusive
    found.warnings.append(f"hai hạn mỗi năm ({day:02d}/{first:02d} và {day:02d}/{second:02d}): đọc là định kỳ 6 tháng")
    return Recurring("semiannual", f"month:{first}:day:{day}", offset_days=-int(before))
