"""One period set apart from a return's rule in brackets: "Hằng quý, trước ngày 10 của tháng đầu quý tiếp theo (riêng
quý IV là vào ngày 10 tháng 02 năm sau) phải xác nhận dữ liệu ...".

The rule is the one outside the brackets (each quarter, by the 10th of the next quarter's first month); the bracket says
how one period differs (the fourth quarter's is due in February). A rule holds no such exception, so the return is read
by the words outside the brackets and sent to review; read whole, the bracket's "ngày 10 tháng 02 năm sau" looked like a
yearly rule and hid the quarterly one.
"""

from __future__ import annotations

import re

from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.result import Found

SET_APART_RE = re.compile(
    r"\(\s*rieng\s*(?:doi\s*voi\s*)?(?:ky\s*bao\s*cao\s*|bao\s*cao\s*)?(?:quy|thang|nam|ky)\b[^()]*\)"
)


def outside_set_apart(phrase: Folded, found: Found) -> Folded:
    """The phrase with a bracketed period set apart ("(riêng quý IV ...)") blanked, and a doubt; or the phrase."""
    text = phrase.text
    matches = list(SET_APART_RE.finditer(text))
    if not matches:
        return phrase
    for match in matches:
        text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    found.doubt("một kỳ được quy định riêng trong ngoặc ('riêng quý IV ...'): hạn của kỳ đó khác, cần người xác định")
    return Folded(text, phrase.origin, phrase.original)
