"""A past word inside a condition, or in a participle of what is written: the case a rule is for, no report.

"Trường hợp 1: Nếu bạn đã có thẻ Căn cước công dân gắn chip ...: Thời gian không quá 03 ngày làm việc.", "03 ngày làm
việc: Nếu thông tin số CMND 9 số của bạn đã có trong Cơ sở dữ liệu quốc gia về dân cư": a procedure's page says how long
a step takes in one case, and the "đã" inside "nếu ..." names the case (what the applicant already has); "Điều chỉnh nội
dung đã ghi trên Sổ Bảo hiểm xã hội: không quá 05 ngày ..." names the thing corrected (what is written on the book).
Nobody reports work done, so the past-tense checks ("câu thuật lại việc đã làm") skip such a word. The condition holds
from "nếu" (or a clause's own "Trường hợp", not "các trường hợp", a noun) up to the next comma or clause break.
"""

from __future__ import annotations

import re
from itertools import islice

from calendar_rules.parser.states import PAST_RE

CONDITION_RE = re.compile(r"(?i)(?<!\w)(?:nếu|(?<!các )(?<!những )(?<!mọi )trường\s+hợp)(?!\w)")
_BREAK_RE = re.compile(r"[,.;:!?]")
# the content written on a form or a book ("nội dung đã ghi trên Sổ ...", "thông tin đã kê khai tại tờ khai")
WRITTEN_RE = re.compile(r"(?i)đã\s+(?:ghi|kê\s+khai)\s+(?:trên|tại|trong)(?!\w)")
_REACH = 80  # characters from "nếu" to its "đã" at most


def conditional_past(original: str, start: int) -> bool:
    """Whether the past word at ``start`` names a case ("nếu bạn đã có ...") or a written thing, not work done."""
    if WRITTEN_RE.match(original, start):
        return True
    for condition in CONDITION_RE.finditer(original, max(0, start - _REACH), start):
        if not _BREAK_RE.search(original, condition.end(), start):
            return True
    return False


def told_pasts(original: str) -> list[re.Match[str]]:
    """The phrase's first past words (ten at most) that may tell work done: none naming a case or a written thing."""
    pasts = islice(PAST_RE.finditer(original), 10)
    return [past for past in pasts if not conditional_past(original, past.start())]


# what follows for the applicant from meeting a day: "Trường hợp hồ sơ đầy đủ và được Bộ Tài chính tiếp nhận trước
# ngày 15 của tháng đó thì được ..." (a case and its consequence; nobody is told to file by the 15th, one read it as a
# certain monthly rule), and for whoever misses one: "... nhưng đến hết ngày 30 tháng 6 năm 2025 mà không đóng ... thì
# được xử lý theo quy định về chậm đóng" (a transitional cut-off, how arrears are treated): a person decides
ENTITLED_IF_RE = re.compile(
    r"^\W*(?:[0-9a-z]{1,2}\s*[.)]\s*)?truong\s*hop\b[^;]{0,240}?\bthi\s*(?:se\s*)?(?:duoc|khong\s*duoc|bi)\b"
    r"|\b(?:den\s*(?:het\s*)?|truoc\s*)ngay\b[^;]{0,40}?\bma\s*(?:khong|chua)\b[^;]{0,200}?\bthi\s*(?:se\s*)?(?:duoc|bi)\b"
    # a lapsed term opening the phrase, and what follows: "Hết thời hạn 03 ngày kể từ ngày nhận được lệnh ... mà người bị cấm ... không trình
    # diện thì Trưởng Công an cấp xã triệu tập ..." (the step taken then, not a deadline set)
    r"|^\W*(?:[0-9a-z]{1,2}\s*[.)]\s*)?(?:het|qua)\s*(?:thoi\s*han|han)\b[^;]{0,200}?\bma\b[^;]{0,80}?\b(?:khong|chua)\b"
    r"[^;]{0,200}?\bthi\b"
)
SO_FOLLOWS_RE = re.compile(r"(?i)(?<!\w)sẽ\s+(?:bị|được)(?!\w)")
ENTITLED_IF_DOUBT = (
    "hệ quả của một trường hợp ('Trường hợp ... thì được ...', '... đến hết ngày ... mà không ... thì bị ...'): có thể"
    " không phải hạn chót, cần người xác định"
)
