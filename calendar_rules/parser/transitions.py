"""A transitional provision: the cases that arose before a day, and the rule that goes on applying to them.

A decree's last articles settle what began under the old rules: "Đối với các khoản phải trả cho các đối tượng hưởng chế
độ bảo hiểm xã hội, bảo hiểm thất nghiệp phát sinh trước ngày 31 tháng 12 năm 2024, cơ quan bảo hiểm xã hội có trách
nhiệm theo dõi chi tiết và hạch toán theo quy định.", "Trường hợp ô tô đã qua sử dụng nhập khẩu có thời điểm mở tờ khai
... hoặc đã về đến cảng, cửa khẩu Việt Nam trước ngày 15/5/2019 thì được tiếp tục áp dụng quy định tại Quyết định số
249/2005/QĐ-TTg ...". The day says which cases are covered (what arose, what was done before it); nobody acts by it.

The case opens the phrase ("Đối với", "Trường hợp", "Nếu"), tells something that arose or was done ("phát sinh", "đã
...", "có thời điểm ...") before the day, and what follows writes no time of its own. What was not done by a day ("Trường
hợp đơn vị không gửi báo cáo trước ngày 15/5 thì ...", "Nếu đến ngày 15/5 chưa nộp thì ...") is an implicit deadline and
stays with the readers and ``provisos``; so does a duty inside the case ("... có văn bản gửi ... trước ngày 15 tháng 10").
"""

from __future__ import annotations

import re

from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.patterns import ITEM_MARK, TIME_TOKEN_RE

# the case, up to the day it arose or was done before, then the end of the case (a comma, or "thì")
CASE_BEFORE_RE = re.compile(
    rf"{ITEM_MARK}(?:doi\s*voi|truong\s*hop|neu)\b(?P<case>[^;]{{0,300}}?)\btruoc\s*(?:ngay\s*)?(?P<day>\d)"
    r"[^;,]{0,40}?(?:,|\bthi\b)"
)
# what arose or was done: "phát sinh", "đã ...", "có thời điểm ..."
_ARISEN_RE = re.compile(r"\b(?:phat\s*sinh|da|co\s*thoi\s*diem)\b")
_NOT_DONE_RE = re.compile(r"\b(?:khong|chua)\b")
# a duty inside the case makes the day its limit (not "các khoản phải trả", payables): "Trường hợp cơ sở ... so với số
# đã được thông báo, cơ sở ... có văn bản gửi Bảo hiểm xã hội tỉnh ... trước ngày 15 tháng 10 hằng năm"
_DUTY_RE = re.compile(r"\b(?:gui|nop|bao\s*cao|trinh|hoan\s*thanh|(?<!khoan )phai|co\s*trach\s*nhiem|to\s*chuc)\b")


def transitional_scope(phrase: Folded) -> str | None:
    """Why the phrase's day only bounds the cases a transitional rule covers, or None."""
    text = phrase.text
    match = CASE_BEFORE_RE.match(text)
    case = match.group("case") if match else ""
    if not match or not _ARISEN_RE.search(case) or _NOT_DONE_RE.search(case) or _DUTY_RE.search(case):
        return None
    if TIME_TOKEN_RE.search(text, match.end()):
        return None  # the rule that applies writes its own time
    return "phạm vi chuyển tiếp (những trường hợp phát sinh, đã có trước ngày đó): không phải hạn chót"
