"""Citations of other documents carry dates that are not deadlines.

"theo Kế hoạch 7809 ngày 27.12.2019", "Kết luận số 01-KL/TW ngày 18/5/2021",
"Công văn số 05 ngày ...": the date belongs to the cited document. Masking
replaces such a citation with spaces of the same length, so positions in the
text keep their meaning.
"""

from __future__ import annotations

import re

_DOC_WORDS = (
    r"ke\s*hoach|cong\s*van|quyet\s*dinh|thong\s*bao|chi\s*thi|nghi\s*quyet|ket\s*luan|huong\s*dan|van\s*ban"
    r"|thong\s*tu|nghi\s*dinh|to\s*trinh|chuong\s*trinh|de\s*an|quy\s*dinh|quy\s*che|bao\s*cao\s*so|luat"
)
_DATE_TAIL = r"ngay\s*\d{1,2}\s*(?:[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|thang\s*\d{1,2}\s*nam\s*\d{4})"
DOC_REFERENCE = re.compile(
    # "số 01-KL/TW ngày 18/5/2021", "159-KH/TU ngày 19/12/2022", "số 05 ngày ...", "Kế hoạch 7809 ngày 27.12.2019"
    rf"(?:\bso\s*\d{{1,5}}\b|\b\d{{1,5}}\s*-\s*[a-z]{{1,6}}\s*/\s*[a-z]{{1,10}}\b"
    rf"|\b(?:{_DOC_WORDS})\s*(?:so\s*)?[0-9][0-9a-z/\-.]{{0,30}})[^;]{{0,40}}?\b{_DATE_TAIL}"
)


def mask_citations(folded: str) -> str:
    """Blank out citations of other documents (same length) so their dates are not taken as deadlines."""
    return DOC_REFERENCE.sub(lambda m: " " * len(m.group(0)), folded)
