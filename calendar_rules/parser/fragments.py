"""Dates whose year the phrase cannot give with confidence: a year the page damaged, a yearless date in a round of
a standing procedure or in a clause cut from its line.

- "trước ngày 1/9/201.": the year is cut short (a typo or a lost digit); the year of the document is a guess;
- "+ Đợt 2: trước 30/09", "(giao đề tài tốt nghiệp (nếu có) trước 01/09).": the rounds of a procedure repeat every
  (school) year, and a bracketed clause lost the sentence that says which year it is: a reader may give a yearly
  rule as well as a one-off date;
- "Theo đó, thời hạn nhận hồ sơ ... trước ngày 15/7/2021.": a deadline restated from the document named in the
  sentence before ("Căn cứ Thông báo số 56/TB-SKHCN ..."), as a notice that changes that deadline opens; the
  phrase cannot tell whether it still holds.

The date read stays the answer; a person decides (``unsure``).
"""

from __future__ import annotations

import re

from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.result import Found
from calendar_rules.rules import Before, EndOfPeriod, FixedDate, Range, Rule

# a day and month, then a year of one to three digits in the same separator: "1/9/201", "15.3.20"
DAMAGED_YEAR_RE = re.compile(r"\b\d{1,2}\s*([/.])\s*\d{1,2}\b\s*\1\s*\d{1,3}\b(?!\s*[/.\-]\s*\d)")
# a round of a procedure as the row's label: "+ Đợt 2: trước 30/09", "Đợt I: ..."
ROUND_LABEL_RE = re.compile(r"^\s*dot\s*(?:\d{1,2}|i{1,3}|iv|v)\s*[:.\-]")
# a clause in brackets standing alone: "(giao đề tài tốt nghiệp (nếu có) trước 01/09)."
BRACKETED_RE = re.compile(r"^\s*\(.*\)\s*[.;,]?\s*$", re.DOTALL)
# "Theo đó, thời hạn ...": the deadline of the document named before, restated (not a duty given here)
RESTATED_RE = re.compile(r"^\s*theo\s*do\s*,?\s*thoi\s*han\b")


def doubtful_year(phrase: Folded, rule: Rule, found: Found) -> None:
    """Doubt a one-off reading whose year is damaged or guessed for a round or a bracketed clause, or a restated
    deadline."""
    if not isinstance(rule, (FixedDate, Before, Range, EndOfPeriod)):
        return
    text = phrase.text
    if DAMAGED_YEAR_RE.search(text):
        found.doubt("năm của mốc thời gian bị cắt cụt (lỗi in): cần người đọc lại văn bản gốc để xác định năm")
    elif found.inferred and (ROUND_LABEL_RE.match(text) or BRACKETED_RE.match(text)):
        found.doubt(
            "mốc không ghi năm trong một đợt của quy trình, hoặc một vế trong ngoặc: có thể là hạn hằng năm, cần"
            " người xác định"
        )
    if RESTATED_RE.match(text):
        found.doubt(
            "thời hạn nêu lại theo một văn bản được nhắc trước đó ('Theo đó, thời hạn ...'): có thể đã được"
            " điều chỉnh, cần người xác nhận"
        )
