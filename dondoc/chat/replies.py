"""What a secretary types under a reminder, read without the database or the network.

``/nop Báo cáo số 12-BC/CB``, ``Đã nộp Báo cáo số 12-BC/CB`` and ``Đã gửi …``
(with or without diacritics) mean "the report was sent"; the rest of the text
is its reference. Anything else gets ``HELP_TEXT``.
"""

from __future__ import annotations

import re
import unicodedata

MAX_REF = 300

_COMMAND = re.compile(r"^/nop(?:@\w+)?(?:\s+(?P<ref>.*))?$", re.IGNORECASE | re.DOTALL)
_PHRASE = re.compile(r"^(?:đã|da)\s+(?:nộp|nop|gửi|gui)(?:\s+|\s*:\s*)(?P<ref>.*)$", re.IGNORECASE | re.DOTALL)

HELP_TEXT = (
    "Để ghi nhận báo cáo, hãy trả lời (reply) đúng tin nhắc việc, ghi: "
    "/nop Báo cáo số 12-BC/CB hoặc: Đã nộp Báo cáo số 12-BC/CB"
)


def submitted_ref(text: str | None) -> str | None:
    """The reference of a "report sent" reply, or None when the text is not one."""
    if not text:
        return None
    cleaned = unicodedata.normalize("NFC", text).strip()
    match = _COMMAND.match(cleaned) or _PHRASE.match(cleaned)
    if match is None:
        return None
    ref = " ".join((match.group("ref") or "").split())
    return ref[:MAX_REF] or None
