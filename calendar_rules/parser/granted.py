"""A length of time that someone is granted or that a thing holds, not a day anyone acts by.

Three wordings give a count of days or months with nothing to do by its end:

- how long a paper stays valid, with its count: "Giấy chứng nhận ... có giá trị 24 tháng kể từ ngày cấp", "Giá trị sử
  dụng 15 ngày" (``furniture.VALIDITY_RE`` reads the validity that runs to a date; this one runs for a count);
- how long an extension may be, with no event to count from: "Gia hạn một lần nhưng không quá 30 ngày", "được gia hạn
  một lần tối đa không quá 15 ngày", "Gia hạn hai lần, mỗi lần không quá 30 ngày" (an extension counted from an event,
  "Thời gian gia hạn là 05 tháng, kể từ ngày kết thúc thời hạn nộp thuế", is left to the grammar and ``two_readings``);
- what holds once a period runs out in silence: "Trường hợp quá thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản
  thông báo mà cơ quan bảo hiểm xã hội không có ý kiến thì được coi là đồng ý" (deemed consent: the period is the other
  side's deadline in another sentence; this one tells the consequence);
- a proviso on a right: "Sáng chế không bị coi là mất tính mới nếu ... với điều kiện đơn đăng ký sáng chế được nộp
  trong thời hạn sáu tháng kể từ ngày công bố" (who keeps a right, not a duty set).

A duty word before the count ("phải", "cần", "có trách nhiệm") or a date written in the phrase keeps it for the grammar.
"""

from __future__ import annotations

import re

from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.patterns import TIME_TOKEN_RE

_COUNT = r"\d{1,3}\s*(?:ngay|tuan|thang|nam)\b"
# "có giá trị 24 tháng", "có giá trị sử dụng trong thời hạn 12 tháng", "Giá trị sử dụng 15 ngày" (not a paper's
# cancelling: "Giấy thông hành sẽ bị hủy giá trị sử dụng trong vòng 01 ngày làm việc sau khi ...", a body's step)
VALID_FOR_RE = re.compile(
    rf"\b(?:co\s*gia\s*tri|(?<!huy )gia\s*tri\s*su\s*dung)\s*(?:su\s*dung\s*)?(?:trong\s*(?:vong|thoi\s*han)?\s*)?{_COUNT}"
)
# "gia hạn một lần (nhưng) không quá 30 ngày", "gia hạn hai lần, mỗi lần không quá 30 ngày", "gia hạn tối đa 15 ngày"
EXTENSION_CAP_RE = re.compile(
    rf"\bgia\s*han\s*(?:(?:mot|hai|ba|\d)\s*lan\s*)?[,]?\s*(?:nhung\s*|moi\s*lan\s*)*(?:toi\s*da\s*)?"
    rf"(?:khong\s*qua\s*)?{_COUNT}"
)
_FROM_EVENT_RE = re.compile(r"\b(?:ke|tinh)\s*tu\b")
# "(nếu|trường hợp|khi) quá (thời hạn) 05 ngày ... thì được coi là đồng ý", "... thì coi như đã chấp thuận"
_DEEMED = (
    r"(?:duoc\s*)?(?:coi\s*(?:la|nhu)|xem\s*(?:la|nhu)|mac\s*nhien)\s*(?:da\s*)?(?:dong\s*y|chap\s*thuan|tu\s*choi)"
)
DEEMED_RE = re.compile(
    rf"\b(?:neu|khi|truong\s*hop)\s*(?:(?:da|de)\s*)?(?:qua|sau|het)\s*(?:thoi\s*han\s*)?{_COUNT}"
    rf"[^;]{{0,240}}?\bthi\s*{_DEEMED}\b"
)
# "với điều kiện (là) đơn ... được nộp trong thời hạn sáu tháng kể từ ngày công bố"
PROVISO_RE = re.compile(rf"\bvoi\s*dieu\s*kien\b[^;]{{0,120}}?{_COUNT}")
_DUTY_RE = re.compile(r"\b(?:phai|can|co\s*trach\s*nhiem|yeu\s*cau|de\s*nghi|cham\s*nhat|han\s*chot)\b")


def granted_term(phrase: Folded) -> str | None:
    """Why the phrase's count of days or months is a validity, an extension's cap, a consequence or a proviso, or
    None."""
    text = phrase.text
    if TIME_TOKEN_RE.search(text):
        return None
    valid = VALID_FOR_RE.search(text)
    if valid and not _DUTY_RE.search(text, 0, valid.start()):
        return "thời hạn giá trị của giấy tờ (có giá trị N tháng), không phải hạn chót"
    cap = EXTENSION_CAP_RE.search(text)
    if cap and not _FROM_EVENT_RE.search(text) and not _DUTY_RE.search(text):
        return "độ dài được gia hạn (gia hạn không quá N ngày), không phải hạn chót"
    if DEEMED_RE.search(text):
        return "hậu quả khi quá thời hạn mà không có ý kiến (được coi là đồng ý), không phải hạn chót"
    proviso = PROVISO_RE.search(text)
    if proviso and not _DUTY_RE.search(text):
        return "điều kiện để giữ một quyền ('với điều kiện ... trong thời hạn N tháng'), không phải hạn chót"
    return None
