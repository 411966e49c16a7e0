"""A whole sentence in quotation marks is a provision quoted, not a name: its time is read.

Quotation marks usually close a name (a project's, a slogan's: “Đào tạo nghề cho lao động nông thôn đến năm 2020”),
whose dates belong to the name and are blanked (``citations.mask_quotes``). A page that quotes a provision word for
word puts the whole sentence in them: "“100% giáo viên dạy lớp 1 năm học 2020-2021 phải được bồi dưỡng ... trước ngày
30/7”.", "“Trước ngày 15 tháng 01 hằng năm báo cáo Sở Lao động – Thương binh và Xã hội về ...”". A quote that opens the
phrase (after a bullet) and closes it (before a full stop or nothing), and sets a limit or a duty ("trước", "chậm
nhất", "phải", "báo cáo", ...), is such a provision, read as written. A quoted name inside a sentence ("“Tháng nhân đạo”
năm 2019 bắt đầu từ ngày 1 đến 31-5") is still blanked, and so is a whole slogan quoted with no limit nor duty (a
banner: "\"Ngày 23/5/2021, cử tri cả nước đi bầu cử đại biểu Quốc hội khóa XV ...\"").
"""

from __future__ import annotations

import re

_OPENS_RE = re.compile(r"^[\s\-+•*–]*$")
_CLOSES_RE = re.compile(r"^[\s.;,:!?…]*$")
# a limit or a duty in the quote (folded text)
_PROVISION_RE = re.compile(r"\b(?:truoc|cham\s*nhat|muon\s*nhat|han|phai|can|hoan\s*thanh|nop|bao\s*cao|gui)\b")


def whole_sentence(folded: str, span: tuple[int, int]) -> bool:
    """Whether the quote at ``span`` holds the whole phrase (a provision quoted), not a name inside it."""
    start, end = span
    whole = _OPENS_RE.match(folded[:start]) and _CLOSES_RE.match(folded[end:])
    return bool(whole and _PROVISION_RE.search(folded, start, end))
