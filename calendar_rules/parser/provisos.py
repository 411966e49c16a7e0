"""A time that only says when a case applies: "Nếu chi nhánh thành lập trước ngày 01/07 hàng năm thì nộp đủ thuế môn bài
là: 1.000.000 đồng/năm." The day is inside a condition ("Nếu / Trường hợp / Khi ... thì ..."), and what follows "thì"
writes no time of its own (when it does, the condition's times are blanked: ``states.mask_conditions``). The day may be
an implicit deadline ("Nếu đến ngày 15/5 chưa nộp thì ...") or only a tier of a fee, a rule's scope ("thành lập trước
ngày ...", "đăng ký trước năm 2020"): a person decides, the reading stays for them to confirm.
"""

from __future__ import annotations

from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.patterns import TIME_TOKEN_RE
from calendar_rules.parser.result import Found
from calendar_rules.parser.states import CONDITION_RE


def condition_only(phrase: Folded, found: Found) -> None:
    """Doubt a reading whose every span lies inside an opening condition, when nothing after its "thì" is dated."""
    match = CONDITION_RE.match(phrase.text)
    if not match or not found.spans or TIME_TOKEN_RE.search(phrase.text, match.end()):
        return
    if all(match.start(1) <= start and end <= match.end(1) for start, end in found.spans):
        found.doubt(
            "thời gian nằm trong một điều kiện (nếu ... thì ...): có thể chỉ là phạm vi áp dụng, cần người xác nhận"
        )
