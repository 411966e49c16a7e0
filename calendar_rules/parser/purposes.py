"""An aim stated first, then the time set for it: "Để đạt chỉ tiêu có 70% số trường công lập đạt chuẩn vào năm 2020,
năm 2019, Hà Nội phấn đấu xây dựng 100 trường đạt chuẩn ...". The opening "Để ...," (or "Nhằm ...,") names what the
task serves, with its own horizon; the time after the comma is the task's. When both write a time, the aim's is blanked
(same length), as a condition's day is (``states.mask_conditions``), and the reading is for a person to confirm; an aim
alone keeps its time for the grammar and the audit ("mốc thời gian sau 'để'").
"""

from __future__ import annotations

import re
from itertools import islice

from calendar_rules.parser.normalize import Folded, blank_spans, fold
from calendar_rules.parser.patterns import ITEM_NUMBER, ITEM_OPENING, TIME_TOKEN_RE

# "để" (to, so as to) opening the phrase, folded; not "đề nghị", "đề xuất", "đề án", "đề cương", "đề tài", "đề thi" ...
# (which fold alike): the aim runs to the first comma
PURPOSE_OPENING_RE = re.compile(
    rf"{ITEM_OPENING}{ITEM_NUMBER}(?:de|nham)\s+"
    r"(?!(?:nghi|xuat|an|cuong|tai|thi|muc|bai|cu|ra|phong|cap|tren|nghiep)\b)([^,;:]{5,200}?),"
)

# the time at the end of an aim's clause in the sentence: "... giải pháp nhằm thúc đẩy giải ngân kế hoạch đầu tư công
# năm 2018 trong các tháng cuối năm" (when the aim is to be met, not when the report is due; "để" often leads a task's
# own time, "gửi về Sở để tổng hợp trước ngày 20/5", so only "nhằm")
AIM_CLAUSE_RE = re.compile(r"(?i)(?<!\w)nhằm\s+[^,;.:]{0,120}$")


def mask_purpose(folded: str) -> str:
    """Blank the times of an opening aim ("Để ... vào năm 2020, ...") when the clause after it writes its own time."""
    match = PURPOSE_OPENING_RE.match(folded)
    if not match or not TIME_TOKEN_RE.search(folded, match.end()):
        return folded
    return blank_spans(
        folded, [t.span() for t in islice(TIME_TOKEN_RE.finditer(folded, match.start(1), match.end(1)), 10)]
    )


def aimed_elsewhere(phrase: Folded, first: int) -> bool:
    """Whether the reading (from folded ``first``) follows an opening aim whose own time was blanked: the year of the aim
    and the year of the task differ, and a person confirms which one the task is due by."""
    match = PURPOSE_OPENING_RE.match(phrase.text)
    if not match or first < match.end():
        return False
    start, end = phrase.span(*match.span(1))
    return bool(TIME_TOKEN_RE.search(fold(phrase.original[start:end]).text))
