"""Named days and occasions: a holiday, a day of tradition, an anniversary, a labelled row.

"Ngày Thương binh - Liệt sĩ 27/7", "Ngày thành lập Đoàn 26/3 hằng năm", "lấy ngày 20/10 hằng năm là
Ngày phụ nữ Việt Nam", "Ngày Giỗ tổ Hùng Vương: 29/4/2023 (Thứ 7)": the date names the day, or is the
day of an occasion, rather than a deadline. Each pattern is anchored and bounded.
"""

from __future__ import annotations

import re

from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.patterns import HAND_IN, HOLIDAY_DAY, HOLIDAY_NAMES, ITEM_OPENING, words
from calendar_rules.parser.result import Found
from calendar_rules.parser.states import DUTY_RE
from calendar_rules.rules import EndOfPeriod, FixedDate, Range, Rule

# "lấy ngày 20/10 hằng năm là Ngày phụ nữ Việt Nam": a named day (capital N), not "là ngày làm việc cuối cùng"
NAMED_DAY_RE = re.compile(r"(?<!\w)là\s+Ngày\s+(?!\d)\w")
# a phrase headed by the name of a day: "Ngày Thương binh - Liệt sĩ 27/7", "Ngày Quốc tế Phụ nữ 8/3"
NAMED_DAY_HEAD_RE = re.compile(rf"{ITEM_OPENING}Ngày\s+(?!(?:Chủ nhật|Thứ|Mùng|Mồng)(?!\w))([^\W\d_]\w*)")
# "Ngày 26/3 hằng năm là ngày thành lập Đoàn", in lower case: a named day all the same
NAMED_DAY_WORDS_RE = re.compile(
    r"\bla\s*ngay\s*(?:thanh\s*lap|truyen\s*thong|ky\s*niem|giai\s*phong|chien\s*thang|quoc\s*te|toan\s*dan|hoi|le)\b"
)
# "kỷ niệm Ngày Quốc tế Phụ nữ 8/3": the date may name the day celebrated
ANNIVERSARY_RE = re.compile(
    r"\bky\s*niem\b|\b\d{1,4}\s*nam\s*(?:ngay|thanh\s*lap|truyen\s*thong|chien\s*thang|giai\s*phong)\b"
)
# "Ngày gửi: 15/01/2024", "Bài viết: 15/01/2024": a label, then only a date
LABEL_ROW_RE = re.compile(r"^\s*([^:;]{2,40}):")
HOLIDAY_WORDS_RE = words("quoc khanh", "gio to", "tet", "quoc te", "giai phong", "thanh lap", "chien thang", "nha giao")
# a phrase headed by a holiday in lower case: "Ngày thành lập Đoàn 26/3 hằng năm", "Ngày hội ..."
HOLIDAY_HEAD_RE = re.compile(rf"{ITEM_OPENING}ngay\s*(?:{HOLIDAY_WORDS_RE.pattern}|truyen\s*thong|ky\s*niem|hoi\b)")


def holiday_label(phrase: Folded) -> bool:
    """ "Ngày Giỗ tổ Hùng Vương:", "Ngày Quốc khánh:": a label naming a holiday (a proper name, or a holiday's
    words), not "Ngày Thi:" in a schedule's header."""
    label = LABEL_ROW_RE.match(phrase.text)
    if not label:
        return False
    a, b = phrase.span(*label.span(1))
    names = [w for w in phrase.original[a:b].split()[1:] if w[:1].isupper()]
    return len(names) >= 2 or bool(HOLIDAY_WORDS_RE.search(label.group(1)))


# a holiday or its days off: "Tết Nguyên đán Giáp Thìn 2024 rơi vào ngày 10/2/2024", "Lễ Giỗ Tổ Hùng Vương năm nay
# vào thứ Năm, ngày 18/4/2024", "Dịp Tết ..., người lao động được nghỉ 7 ngày, từ ...", "lễ 2.9", "nghỉ bù"
HOLIDAY_RE = re.compile(rf"\b(?:tet|{HOLIDAY_NAMES}|le\s*{HOLIDAY_DAY}|ngay\s*le|nghi\s*(?:le|bu))\b")
# what makes a day beside a holiday a deadline: handing in, reporting, finishing (or a duty word, ``DUTY_RE``)
HOLIDAY_TASK_RE = words(HAND_IN, "bao cao", "hoan thanh", "xong")


def holiday_date(phrase: Folded, rule: Rule, found: Found) -> None:
    """Doubt a one-off reading in a phrase about a holiday or its days off, without a duty: the date may be the
    holiday's own, or the days off, not a deadline ("trước Tết", "báo cáo ... trước ngày" keep their reading)."""
    if not isinstance(rule, (FixedDate, Range, EndOfPeriod)) or not HOLIDAY_RE.search(phrase.text):
        return
    if DUTY_RE.search(phrase.original) or HOLIDAY_TASK_RE.search(phrase.text):
        return
    found.doubt("câu nói về một ngày lễ, Tết, ngày nghỉ: ngày có thể là của dịp lễ, không phải hạn chót")
