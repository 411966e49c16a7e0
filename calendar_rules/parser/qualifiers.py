"""A time that qualifies a paper, a record someone holds or a rate, not a duty: how old a copy may be, when a score
expires, the span a reduced fee applies in.

"Bản sao chứng thực (trong vòng 3 tháng kể từ ngày nộp hồ sơ) Thẻ CCCD;" says how recent a certified copy must be (made
within the 3 months before filing), not a delay by which anyone acts; "Những sinh viên nào có điểm ngoại ngữ hết hạn
trước ngày 11/8/2024 ... sẽ không đủ điều kiện ..." tells who does not qualify (a score that expires before the day), not
a day to act by. Neither sets anyone a day. A time of the phrase's own beside the bracket ("..., nộp trước ngày 15/3") or a
duty beside the expiry ("... hết hạn trước ngày 30/6 phải gia hạn trước ngày 15/6") keeps the phrase. So with a
sanction incurred in a period that bars someone ("Sinh viên bị kỷ luật trong năm 2024 không được xét học bổng").
"""

from __future__ import annotations

import re

from calendar_rules.parser.normalize import Folded, blank_spans
from calendar_rules.parser.wordings import Wording

# a paper named just before the bracket: "Bản sao chứng thực (...)", "Giấy khám sức khỏe (...)", "Ảnh 3x4 (...)"
_PAPER = r"\b(?:ban\s*sao|giay|phieu|anh|chung\s*thuc|chung\s*nhan|xac\s*nhan|the|so\s*ho\s*khau|ly\s*lich)\b"
# the paper's age in a bracket: "(trong vòng 3 tháng kể từ ngày nộp hồ sơ)", "(không quá 6 tháng)", "(cấp trong 30 ngày)"
PAPER_AGE_RE = re.compile(
    rf"{_PAPER}[^();,.]{{0,40}}(\(\s*(?:(?:duoc\s*)?(?:cap|chung\s*thuc|lam)\s*)?"
    r"(?:trong\s*(?:vong|thoi\s*han)?|khong\s*qua|chua\s*qua)\s*\d{1,3}\s*(?:ngay|tuan|thang|nam)\b[^()]{0,80}\))"
)
# a record that expires: "có điểm ngoại ngữ hết hạn trước ngày 11/8/2024", "chứng chỉ hết hạn sau ngày ..."
EXPIRES_RE = re.compile(r"\bhet\s*(?:han|hieu\s*luc)\s*(?:truoc|sau|vao|tu)?\s*(?:ngay\s*)?\d")
# what someone may not be let into: "không được xét", "không được công nhận", "không được dự thi"
_BARRED_FROM = r"xet|cong\s*nhan|tham\s*du|du\s*thi"
# who does not qualify for it
NOT_QUALIFIED_RE = re.compile(
    rf"\b(?:(?:se\s*)?khong\s*(?:du|dat)\s*dieu\s*kien|(?:se\s*)?khong\s*duoc\s*(?:{_BARRED_FROM}))\b"
)
# a sanction or breach someone incurred in a period, which bars them from something: "Sinh viên bị kỷ luật trong năm
# 2024 không được xét học bổng" (nobody is asked to do anything by the end of 2024)
_SANCTIONED_RE = re.compile(
    r"\b(?:bi\s*(?:ky\s*luat|xu\s*ly\s*ky\s*luat|xu\s*phat|canh\s*cao|khien\s*trach)|vi\s*pham)\b"
)
_BARRED_RE = re.compile(rf"\b(?:se\s*)?khong\s*duoc\s*(?:{_BARRED_FROM}|huong|khen\s*thuong|binh\s*xet|de\s*nghi)\b")
# a rate in force over a span, not a day to pay by: "từ ngày 1/9/2024 đến hết ngày 30/11/2024, mức thu lệ phí trước bạ
# bằng 50% mức thu quy định" (a hard limit keeps the phrase for the grammar; "trước bạ" is the fee's name, no cue)
RATE_SPAN_RE = re.compile(
    r"\bmuc\s*(?:thu|thue|phi|le\s*phi)\b[^;]{0,80}?\b(?:bang|giam|con)\s*\d{1,3}(?:[.,]\d+)?\s*%"
)
_RATE_LIMIT_RE = re.compile(r"\b(?:truoc(?!\s*ba\b)|cham\s*nhat|han\s*chot|thoi\s*han|phai)\b")
# a duty of the phrase's own beside an expiry
_DUTY_RE = re.compile(r"\b(?:phai|can|de\s*nghi|yeu\s*cau|cham\s*nhat|han\s*chot)\b")


def mask_paper_ages(folded: str) -> str:
    """Blank (same length) the bracket that tells how old a paper may be; a deadline beside it stays to be read."""
    spans = [(m.start(1), m.end()) for m in PAPER_AGE_RE.finditer(folded)]
    return blank_spans(folded, spans) if spans else folded


def qualifies_a_paper(phrase: Folded) -> str | None:
    """Why the phrase's time qualifies a record someone holds and is no deadline, or None."""
    text = phrase.text
    expires = EXPIRES_RE.search(text)
    # (the consequence names who does not qualify; a "cập nhật ... sau ngày ..." beside it is the same condition)
    if expires and NOT_QUALIFIED_RE.search(text, expires.end()) and not _DUTY_RE.search(text):
        return "điều kiện: giấy tờ, điểm số hết hạn trước một ngày thì không đủ điều kiện, không phải hạn chót"
    sanctioned = _SANCTIONED_RE.search(text)
    if sanctioned and _BARRED_RE.search(text, sanctioned.end()) and not _DUTY_RE.search(text):
        return (
            "điều kiện: người, đơn vị bị kỷ luật, vi phạm trong một thời gian thì không được xét, không phải hạn chót"
        )
    return None


# why the phrase's span is the time a rate applies and no deadline
rate_in_force = Wording(
    RATE_SPAN_RE, "khoảng thời gian áp dụng một mức thu (phí, lệ phí, thuế), không phải hạn chót", limit=_RATE_LIMIT_RE
)
