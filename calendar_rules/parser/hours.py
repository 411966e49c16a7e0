"""Delays counted in hours that are whole days: "trong thời hạn 24 giờ phải thông báo ...", "thông báo trước 24 giờ",
"trước thời điểm ngừng cấp điện ít nhất 24 giờ", "trước 96 tiếng kể từ khi đăng ký", "từ 24 đến 48 giờ".

Procedures and service rules (power and water cuts, payments, exam registration) give short delays in hours; 24, 48,
72 hours are 1, 2, 3 days, and the day readers (``relative``, ``count_back``) read them once they are written as days.
Only a count after a word of delay ("trong", "trong vòng", "trong thời hạn", "trước", "ít nhất", "tối thiểu", "tối đa",
"không quá", "chậm nhất", "sau", "là") and not followed by minutes, a date or a part of the day is rewritten (same
length): "đến 24 giờ hằng ngày", "trước 24 giờ ngày 5/9" are clock times, left as written; so are counts that are not
whole days ("sau 1 tiếng", "trong 36 giờ"). A phrase that also counts a delay of hours that is no whole number of days
from an event ("đổi trả hàng trong thời hạn 24 giờ kể từ khi nhận hàng đối với Lan Hồ Điệp và 05 giờ kể từ khi nhận
hàng đối với sản phẩm Hoa tươi": two cases) is left as written, for review, rather than read by its first case.
"""

from __future__ import annotations

import re

# a word of delay, then (maybe) "at least / at most", then the count of hours; or a span of counts ("từ 24 đến 48 giờ")
_CUE = (
    r"\b(?:trong(?:\s*(?:vong|thoi\s*han|thoi\s*gian|khoang))?|truoc|it\s*nhat|toi\s*thieu|toi\s*da|khong\s*qua"
    r"|cham\s*nhat|sau|la(?:\s*tu)?)\s*(?:(?:it\s*nhat|toi\s*thieu|toi\s*da|khong\s*qua)\s*)?"
)
HOURS_RE = re.compile(
    rf"{_CUE}(?:(\d{{2,3}})(\s*(?:den|-)\s*))?(\d{{2,3}})(\s*)(gio|tieng)\b"
    r"(?!\s*(?:\d|[/:]|ngay|hom|cung|sang|chieu|toi|dem|trua|phut|hang|moi|qua)\b)"
)

# a count of hours counted from an event: "05 giờ kể từ khi nhận hàng"
COUNTED_HOURS_RE = re.compile(r"\b(\d{1,3})\s*(?:gio|tieng)\s*,?\s*(?:ke\s*tu|tinh\s*tu|sau\s*khi)\b")


def _days(hours: str, width: int) -> str | None:
    """ "24" as "1" (padded to ``width``), or None when the count is no whole number of days."""
    count = int(hours)
    if count < 24 or count % 24:
        return None
    days = str(count // 24)
    return days + " " * (width - len(days))


def hours_as_days(folded: str) -> str:
    """Rewrite (same length) a delay of whole days written in hours: "trong 24 giờ" → "trong 1 ngay"."""

    def rewrite(match: re.Match[str]) -> str:
        whole = match.group(0)
        base = match.start()
        low, upper, space, unit = match.group(1), match.group(3), match.group(4), match.group(5)
        days = _days(upper, 0)
        if days is None or (low is not None and _days(low, len(low)) is None):
            return whole
        # the count and its unit, "48 gio" (6) or "96 tieng" (8), become "2 ngay" padded ("24gio" as "1ngay"): the count
        # shrinks by a digit, which leaves room for "ngay" (4) where "gio" (3) stood
        room = len(upper) + len(space) + len(unit)
        tail = days + (" " if len(days) + 5 <= room else "") + "ngay"
        if len(tail) > room:
            return whole
        out = list(whole)
        start = match.start(3) - base
        out[start : start + room] = tail + " " * (room - len(tail))
        if low is not None:
            at = match.start(1) - base
            out[at : at + len(low)] = _days(low, len(low)) or low
        return "".join(out)

    if any(_days(m.group(1), 0) is None for m in COUNTED_HOURS_RE.finditer(folded)):
        return folded  # another case counted in hours (not whole days): a person reads the phrase
    return HOURS_RE.sub(rewrite, folded)
