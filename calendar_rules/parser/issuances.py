"""The day a document was issued, told as news: "Ngày 15 tháng 7 năm 2013, Bộ Lao động - Thương binh và Xã hội ban hành
công văn số 2578/LĐTBXH-BTXH đề nghị các địa phương chấn chỉnh ... hàng năm ...", "Ngày 04 tháng 4 năm 2019 Ủy ban
nhân dân tỉnh Thừa Thiên Huế ban hành Quyết định số 855/QĐ-UBND về việc ...", "Để tuyên truyền ...; ngày 10/4/2023,
UBND tỉnh ban hành văn bản số 2895/UBND-NC chỉ đạo các sở ...", "Văn bản nêu rõ, ngày 09/6/2023, Văn phòng Thành ủy có
Công văn số 2434-CV/VPTU truyền đạt ...".

The day opens a clause and is followed by the body that issued ("ban hành", "ký", "có", "gửi") a document of a named
kind: the day is the document's, and what the document asks of others ("đề nghị ...", "chỉ đạo ...") is told, not set
with a time. The audit already refuses such a lead when no duty word follows and the sentence opens with the day and
its comma ("trước, trong và sau dịp ...", around an occasion, is no deadline word); this reads the same news when the comma is missing, when the lead follows an opening clause ("Để ...;",
"Văn bản nêu rõ,"), or when the document's content carries a duty word or a frequency ("hàng năm"). A deadline of its
own after the document ("... đề nghị chậm nhất ngày 25.12.2017 phải báo cáo", "..., dự kiến xong trước ngày 01/5/2020")
or another day or month written after it keeps the phrase for the grammar.
"""

from __future__ import annotations

import re
from itertools import islice

from calendar_rules.parser.citations import DOC_WORDS
from calendar_rules.parser.cues import DEADLINE_CUE_RE
from calendar_rules.parser.normalize import Folded, blank_matches
from calendar_rules.parser.patterns import DAY_OF_MONTH, ITEM_OPENING, TIME_TOKEN_RE

# where the lead's day opens a clause: the phrase's start, or after a comma, a semicolon or a colon
# (then the day, its comma or none, the body in at most 100 characters, and the issuing verb with the document's kind)
ISSUED_LEAD_RE = re.compile(
    rf"(?:{ITEM_OPENING}|[,;:]\s*)(?:(?:sang|chieu|toi)\s*)?ngay\s*{DAY_OF_MONTH}\s*,?\s*"
    rf"[^,;.:]{{2,100}}?\b(?:da\s*|vua\s*|moi\s*)?(?:ky\s*)?(?:ban\s*hanh|ky|co|gui)\s*(?:{DOC_WORDS})\b"
)

# "trước, trong và sau dịp nghỉ Lễ ..." (around an occasion) is no deadline's "trước"
AROUND_RE = re.compile(r"\btruoc\s*,?\s*trong\s*(?:va|,)\s*sau\b")


def issued_on(phrase: Folded) -> str | None:
    """Why the phrase's day is the day a document was issued, told as news, or None."""
    text = blank_matches(phrase.text, AROUND_RE, most=5)
    lead = ISSUED_LEAD_RE.search(text)
    if not lead:
        return None
    if DEADLINE_CUE_RE.search(text, lead.end()):
        return None
    for token in islice(TIME_TOKEN_RE.finditer(text, lead.end()), 10):
        if not token.group(0).startswith("nam"):  # a bare year names a programme ("năm 2021"); a day or month is a time
            return None
    return "ngày ban hành văn bản được thuật lại, không phải hạn chót"
