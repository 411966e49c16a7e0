"""A span of years written with a dash after a time label: due at the end of its last year, a convention.

"Thời gian thực hiện: Từ năm 2026 - 2030.", "Thời gian hoàn thành: 2026 - 2030", "thực hiện cơ bản xong trong hai năm
2012 - 2013": the work is to be done within those years, so it is due on 31 December of the last one, the corpus
readers' convention for a range of years ("2026 - 2030" = 31/12/2030), ``inferred``; two years running without "hai
năm" before them may name a school year ("trong năm 2024 - 2025"), so a person decides. Written with "đến năm" the range
is read by the range reader. Without a label or "từ năm" a span of years names a programme's period ("Chương trình ...
giai đoạn 2021 - 2025"), not a time to finish by: it is left alone; nor is "từ" the "tư" of "Thông tư Năm 2026 - 2028"
(a task table's cells run together: the year column of ``year_columns``).
"""

from __future__ import annotations

import datetime as dt
import re

from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.patterns import YEAR
from calendar_rules.parser.result import Conventions, Found
from calendar_rules.rules import Range, Rule

# the label or cue, then the two years (groups: first year, last year)
LABELLED_YEARS_RE = re.compile(
    r"(?:(?<!thong )\btu\s*nam|\bthoi\s*(?:gian|han)\s*(?:thuc\s*hien|hoan\s*thanh|trien\s*khai)?\s*:\s*(?:tu\s*)?(?:nam\s*)?"
    r"(?:giai\s*doan\s*)?|\b(?:xong|hoan\s*thanh)\s*trong\s*(?:(?:hai|ba|bon|nam|2|3|4|5)\s*)?nam)"
    rf"\s*({YEAR})\s*-\s*(?:nam\s*)?({YEAR})\b(?!\s*[/.\-]\s*\d)"
)

# the count of years written before them: "trong hai năm 2012 - 2013"
TWO_YEARS_RE = re.compile(r"\b(?:hai|2)\s*nam\s*$")


def year_span(phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions) -> Rule | None:
    """The labelled span of years (see the module's docstring), or None."""
    span = LABELLED_YEARS_RE.search(phrase.text)
    if not span:
        return None
    first, last = int(span.group(1)), int(span.group(2))
    if not first < last <= first + 30:
        return None
    found.spans.append((span.start(1), span.end(2)))
    found.convention(f"khoảng năm {first} - {last}: hạn là cuối năm {last}")
    if last == first + 1 and not TWO_YEARS_RE.search(phrase.text, 0, span.start(1)):
        # "Hoàn thành trong năm 2024 - 2025": two years running may name a school year, which ends in May
        found.doubt(f"'{first} - {last}' có thể là một năm học: cần người xác định hạn")
    return Range(dt.date(first, 1, 1), dt.date(last, 12, 31))
