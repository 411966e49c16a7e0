"""A delay that is a condition, not a deadline: what happens once a period has run out, or who still qualifies after it.

"Như vậy, nếu quá 03 tháng kể từ ngày chấm dứt hợp đồng lao động ... thì chúng ta sẽ không được nhận trợ cấp thất
nghiệp ..." tells the consequence of missing a period (the period itself is the deadline of another sentence); "4. Chưa
tìm được việc làm sau 15 ngày, kể từ ngày nộp hồ sơ hưởng bảo hiểm thất nghiệp, ..." is a condition of a benefit (still
jobless 15 days after filing). Neither sets anyone a day. A time written after "thì" is the consequence's own deadline
and keeps the phrase for the grammar ("Nếu quá 10 ngày mà chưa nộp thì phải nộp trong thời hạn 05 ngày ..."); so does
a duty in the consequence ("thì phải ..."). "Sau 03 tháng kể từ ngày có quyết định kỷ luật, nếu sinh viên không tái
phạm ... thì đương nhiên được chấm dứt hiệu lực ..." tells when a sanction lapses by itself: no one's day either.
"""

from __future__ import annotations

import re

from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.patterns import ITEM_NUMBER, ITEM_OPENING, TIME_TOKEN_RE

_COUNT = r"\d{1,3}\s*(?:ngay|tuan|thang)\b"
# "nếu (đã) quá (thời hạn) 03 tháng ... thì ...", "trường hợp sau 30 ngày ... thì ...", "khi quá 15 ngày ... thì ..."
PERIOD_RUN_OUT_RE = re.compile(
    rf"\b(?:neu|khi|truong\s*hop)\s*(?:(?:da|de)\s*)?(?:qua|sau)\s*(?:thoi\s*han\s*)?{_COUNT}[^;]{{0,240}}?\bthi\b"
)
# what is lost: "sẽ không được nhận", "không còn", "bị hủy", "mất quyền"
LOST_RE = re.compile(
    r"\b(?:khong\s*(?:duoc|con|the)|se\s*(?:khong|bi)|bi\s*(?:huy|xoa|phat|tu\s*choi|loai|cham\s*dut|thu\s*hoi)"
    r"|mat\s*quyen|het\s*quyen)\b"
)
# a duty or a delay of the consequence's own
CONSEQUENCE_DUTY_RE = re.compile(rf"\b(?:phai|can|trong\s*thoi\s*han|cham\s*nhat|truoc)\b|{_COUNT}")
# "Chưa tìm được việc làm sau 15 ngày, kể từ ...", "nếu chưa được giải quyết sau 30 ngày ..." (a state still not
# reached after a delay, opening the phrase or its condition)
NOT_YET_AFTER_RE = re.compile(
    rf"(?:{ITEM_OPENING}{ITEM_NUMBER}|\b(?:neu|ma|khi)\s*)chua\s*(?:[a-z]+\s*){{1,6}}?sau\s*{_COUNT}"
)


# a delay opening the phrase, then a condition and what then holds by itself: "Sau 03 tháng kể từ ngày có quyết định kỷ
# luật, nếu sinh viên không tái phạm ... thì đương nhiên được chấm dứt hiệu lực ..." (when a sanction lapses)
DELAY_THEN_IF_RE = re.compile(
    rf"{ITEM_OPENING}(?:[^,;.]{{0,80}}:\s*)?sau\s*(?:thoi\s*gian\s*)?{_COUNT}[^;,]{{0,80}},\s*neu\b[^;]{{0,240}}?\bthi\b"
)
# what then holds: a right or a lapse, not a step anyone takes
LAPSES_RE = re.compile(
    r"\b(?:duong\s*nhien|mac\s*nhien|(?:duoc|bi)\s*(?:cham\s*dut|xoa|huong|coi\s*la)|het\s*hieu\s*luc)\b"
)


def _holds_by_itself(then: str, outcome: re.Pattern[str]) -> bool:
    """Whether what follows "thì" is ``outcome`` (a right lost, a lapse) with no duty or time of its own."""
    return bool(outcome.search(then)) and not CONSEQUENCE_DUTY_RE.search(then) and not TIME_TOKEN_RE.search(then)


def delay_as_condition(phrase: Folded) -> str | None:
    """Why a delay is a condition or a consequence and no deadline, or None."""
    text = phrase.text
    run_out = PERIOD_RUN_OUT_RE.search(text)
    if run_out and _holds_by_itself(text[run_out.end() :], LOST_RE):
        return "hậu quả khi quá một thời hạn ('nếu quá N ngày ... thì ... không được'), không phải hạn chót"
    lapse = DELAY_THEN_IF_RE.search(text)
    if lapse and _holds_by_itself(text[lapse.end() :], LAPSES_RE):
        return "điều kiện ('sau N tháng kể từ ..., nếu ... thì đương nhiên được ...'), không phải hạn chót"
    not_yet = NOT_YET_AFTER_RE.search(text)
    if not_yet and not CONSEQUENCE_DUTY_RE.search(text, 0, not_yet.start()):
        rest = text[not_yet.end() :]
        then = rest[rest.find(" thi ") :] if " thi " in rest else ""
        if not (then and (CONSEQUENCE_DUTY_RE.search(then) or TIME_TOKEN_RE.search(then))):
            return "điều kiện (chưa ... sau N ngày kể từ ...), không phải hạn chót"
    return None
