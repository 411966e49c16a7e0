"""A frequency without a day in a sentence: a standing duty, not a deadline at each period's end.

"Trình Ủy ban nhân dân cấp tỉnh kế hoạch giám sát hằng năm.", "Định kỳ hằng tháng chủ đầu tư ... thực hiện nhập, gửi
trên Hệ thống ...", "Thu thập và tổng hợp định kỳ 6 tháng, hằng năm: Biểu số ...": the sentence says how often the duty
recurs and writes no day (the day, when there is one, is set by another clause or another text). The corpus readers'
convention is that such a duty is ``continuous``: it has no due date, and the period's end would be a guess. The
frequency is kept as the rule's review cycle (``continuous review every year at end``) so a reminder can still be
offered; the reading is ``unsure`` and its warning names the convention.

The period's end stays the reading where the text itself points at it:

- the frequency is the phrase's whole time cell ("hằng quý", "Thời gian thực hiện: hằng năm"): a plan's column that
  schedules its task per period;
- the work is the period's own review or its end is named ("tổ chức sơ kết hằng năm", "... vào dịp đánh giá công tác 6
  tháng đầu năm và tổng kết công tác cuối năm", "định kỳ 6 tháng, hằng năm, đầu kỳ, giữa kỳ, cuối kỳ"): held at the
  period's end by its nature;
- a meeting is held once in each period ("sinh hoạt thường kỳ mỗi tháng 1 kỳ", "Chi bộ họp mỗi quý một lần"): the
  period's meeting is held by its end; a minimum ("Ít nhất 03 tháng một lần tổ chức họp báo") is a standard kept, and
  two sessions a period ("Mỗi năm học tổ chức 2 lần kiểm tra") fix no one day;
- a day is written that the recurring reader could not place ("gửi vào ngày làm việc đầu tiên của quý sau", "vào mùng
  10 tháng Giêng", "chậm nhất ..."): the text sets a deadline, the rule stays for a person to complete.
"""

from __future__ import annotations

import re

from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.patterns import EACH, HARD_LIMIT, ITEM_NUMBER, ITEM_OPENING, PERIOD_WORD
from calendar_rules.parser.recurring import NO_DAY_DOUBT
from calendar_rules.parser.result import Found
from calendar_rules.rules import Continuous, Recurring, Rule

# what a time cell may hold besides its frequencies: a label, "định kỳ", "và", punctuation
_CELL_LABEL_RE = re.compile(
    rf"{ITEM_OPENING}{ITEM_NUMBER}(?:thoi\s*(?:gian|han)\s*(?:thuc\s*hien|trien\s*khai|to\s*chuc|hoan\s*thanh)?\s*:)?"
)
_CELL_FILLER_RE = re.compile(r"\b(?:dinh\s*ky|va|hoac)\b|[\s.,;:()\-–]+")
# one frequency as a cell writes it: "hằng quý", "định kỳ 6 tháng", "6 tháng", "hàng năm", "năm"
_CELL_FREQUENCY_RE = re.compile(rf"\b(?:{EACH}\s*)?(?:0?6\s*thang|0?3\s*thang|{PERIOD_WORD})\b")
# the period's own review, or its end named: "sơ kết", "tổng kết", "cuối năm", "cuối kỳ"
PERIOD_END_RE = re.compile(r"\b(?:so|tong)\s*ket\b|\bcuoi\s*(?:nam|ky|quy|thang)\b")
# a meeting once in each period: "sinh hoạt ... mỗi tháng 1 kỳ", "họp mỗi quý một lần", "họp 3 tháng một lần"
MEETING_RE = re.compile(r"\b(?:hop|sinh\s*hoat|hoi\s*nghi)\b")
ONCE_A_PERIOD_RE = re.compile(
    rf"\b{EACH}\s*{PERIOD_WORD}\s*(?:1|mot)\s*(?:ky|lan)\b|\b(?:0?3|0?6)\s*thang\s*(?:1|mot)\s*lan\b"
)
MINIMUM_RE = re.compile(r"\b(?:it\s*nhat|toi\s*thieu)\b")
# a day written that no anchor reads: "vào ngày làm việc đầu tiên của quý sau", "mùng 10 tháng Giêng", "chậm nhất"
DAY_WRITTEN_RE = re.compile(
    rf"\bngay\s*lam\s*viec\b|\bvao\s*ngay\b|\bngay\s*thu\s*\d|\b(?:mung|mong)\s*\d|\bthang\s*(?:gieng|chap)\b"
    rf"|\b{HARD_LIMIT}\b|\btruoc\s*ngay\b"
)


def _time_cell(text: str) -> bool:
    """The phrase holds nothing but frequencies (with a time label): a plan's time column."""
    rest = _CELL_LABEL_RE.sub(" ", text, count=1)
    rest = _CELL_FREQUENCY_RE.sub(" ", rest)
    return not _CELL_FILLER_RE.sub("", rest)


def frequency_only(phrase: Folded, rule: Rule, found: Found) -> Rule:
    """The continuous reading of a recurring rule that writes no day, or the rule as read."""
    if not isinstance(rule, Recurring) or rule.anchor != "end" or rule.offset_days or rule.overrides:
        return rule
    text = phrase.text
    if _time_cell(text) or PERIOD_END_RE.search(text):
        return rule
    if DAY_WRITTEN_RE.search(text):
        return rule
    if MEETING_RE.search(text) and ONCE_A_PERIOD_RE.search(text) and not MINIMUM_RE.search(text):
        return rule
    frequency = found.spans[0] if found.spans else (0, len(text))  # (the frequency's span is read first)
    words = phrase.words(*frequency)
    found.warnings[:] = [w for w in found.warnings if w != NO_DAY_DOUBT]
    found.doubt(
        f"'{words}' không ghi ngày: theo quy ước, việc lặp lại không ghi ngày là nhiệm vụ thường xuyên, không có hạn "
        "chót (kỳ lặp lại chỉ để nhắc), cần xác nhận"
    )
    return Continuous(rule)
