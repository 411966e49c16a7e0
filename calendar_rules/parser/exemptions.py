"""A phrase whose only duty word says that nothing is owed: an exemption or a right not given.

"Năm 2023, doanh nghiệp không cần phải thực hiện công bố mẫu dấu ...", "Trong trường hợp tháng 12/2020 doanh nghiệp
không có sự thay đổi về số lượng lao động thì không phải thực hiện." (nobody must do anything), "Nếu ca thi đã nộp lệ
phí, việc hủy ca thi sẽ không được hoàn lại lệ phí.", "Tác phẩm dự thi không được trả lại.", "Công ty ... không được
quyền phát hành cổ phần.", "Không được trả đủ lương ..." (what someone is not given back, not entitled to, or not
paid: a loss told, not a prohibition anyone keeps). ``duties`` reads "không được", "phải", "cần" as a duty with no
time (continuous); these wordings negate the duty itself.

The phrase is refused only when nothing else in it is a duty once these words are set aside ("Danh sách ... do Nhà
trường lập và quản lý, không phải báo cáo với Phòng GD-DT" keeps the school's task), when no deadline word is written
("không phải nộp lại nếu đã nộp trước ngày 15/3" keeps its day), and when its only times are bare years ("Năm 2023")
or lie inside the condition the exemption answers ("Trong trường hợp tháng 12/2020 ... thì không phải thực hiện").
"""

from __future__ import annotations

import re
from itertools import islice

from calendar_rules.parser.cues import DEADLINE_CUE_RE
from calendar_rules.parser.duties import duty_given
from calendar_rules.parser.normalize import Folded, blank_matches, blank_spans
from calendar_rules.parser.patterns import TIME_TOKEN_RE
from calendar_rules.parser.result import Conventions, Found
from calendar_rules.parser.states import CONDITION_RE

NOTHING_OWED_RE = re.compile(
    # a right not given: "sẽ không được hoàn lại lệ phí", "không được hoàn trả", "không được trả lại", "không được quyền"
    r"\bkhong\s*duoc\s*(?:hoan\s*(?:lai|tra)|tra\s*(?:lai|du)|quyen)\b"
    # an exemption: "không cần phải thực hiện", "thì không phải thực hiện", "không bắt buộc" (not "không phải là", is not;
    # nor "không phải chăng")
    r"|\bkhong\s*(?:can\s*phai|can|phai|bat\s*buoc)\b(?!\s*(?:cu|la|chang|thiet)\b)"
)
# "hạn" that sets no limit: a limited company ("trách nhiệm hữu hạn"), being on time ("trả lương không đúng thời hạn")
NOT_A_LIMIT_RE = re.compile(r"\bhuu\s*han\b|\bdung\s*(?:thoi\s*)?han\b")
# a task of a body named as its agent ("Danh sách học sinh ... do Nhà trường lập và quản lý"): a duty all the same
AGENT_TASK_RE = re.compile(
    r"\bdo\s+(?:[a-z]+\s+){1,6}?(?:lap|quan\s*ly|thuc\s*hien|to\s*chuc|cap|xac\s*nhan|phu\s*trach|luu\s*tru)\b"
)
# "... thì không phải ...", "... thì không cần ..." (the "thì" right before the exemption)
BARE_THEN_RE = re.compile(r"\bthi\s*(?=khong\s*(?:can|phai|bat\s*buoc)\b)")


def nothing_owed(phrase: Folded) -> str | None:
    """Why the phrase's duty words only say that nothing is owed, or None."""
    text = phrase.text
    spans = [m.span() for m in islice(NOTHING_OWED_RE.finditer(text), 10)]
    if not spans:
        return None
    # a condition without its opening word, the exemption right after its "thì": "Doanh nghiệp không có biến động về số
    # lượng người lao động trong tháng 10/2019 thì không phải gửi thông báo." (its "trong tháng" is no deadline's)
    bare = next((m for m in BARE_THEN_RE.finditer(text) if m.end() == spans[0][0]), None)
    limits = blank_matches(text, NOT_A_LIMIT_RE, most=10)
    cued = DEADLINE_CUE_RE.search(limits, bare.end() if bare else 0)
    if cued or AGENT_TASK_RE.search(text):
        return None
    condition = CONDITION_RE.match(text)
    for token in islice(TIME_TOKEN_RE.finditer(text), 20):
        inside = condition is not None and condition.start(1) <= token.start() and token.end() <= condition.end(1)
        inside = inside or (bare is not None and token.end() <= bare.start())
        if not (inside or token.group(0).startswith("nam")):
            return None
    rest = Folded(blank_spans(text, spans), phrase.origin, phrase.original)
    if duty_given(rest, None, Found(), Conventions()) is not None:
        return None
    return "không có nghĩa vụ (không cần, không phải làm, không được hoàn trả), không phải hạn chót"
