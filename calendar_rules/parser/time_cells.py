"""A task's time cell that names no deadline, only how the work runs: a start and "trở đi" (from then on: "3. Thời
gian thực hiện: Từ tháng 11/2013 trở đi."), or a list of frequencies ("3. Thời gian thực hiện: 6 tháng, hằng năm và
định kỳ.": half-yearly, yearly and periodic checks, no one period). Either is a standing duty: continuous, for a
person to confirm. Read only when the labelled cell ("Thời gian thực hiện:", "Thời gian triển khai:", "Thời gian:")
holds nothing else: "Thời gian áp dụng: từ năm 2024 trở đi", when a rule takes effect, is no task's time, and one
frequency ("Thời gian thực hiện: hằng năm") or a frequency in a sentence ("... phải được thực hiện định kỳ 6 tháng,
hằng năm, ...") keeps its recurring reading. A list of periodic reports ("Quyết định công bố danh mục báo cáo định kỳ")
gives each report's frequency as a field of its own ("1.3. Tần suất thực hiện báo cáo: Theo quý"), its day in another
field: the field alone is how often the duty recurs, no deadline (continuous, for a person to confirm). Each pattern is
anchored and bounded.
"""

from __future__ import annotations

import re

from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.patterns import EACH, ITEM_NUMBER, ITEM_OPENING, PERIOD_WORD
from calendar_rules.parser.result import Found
from calendar_rules.rules import Continuous

_LABEL = rf"{ITEM_OPENING}{ITEM_NUMBER}thoi\s*gian\s*(?:thuc\s*hien|trien\s*khai|to\s*chuc)?\s*:\s*"
# a start: "tháng 11/2013", "năm 2014", "năm học 2024-2025", "ngày 01/7/2024", "quý IV/2013"
_START = (
    r"(?:(?:ngay\s*|thang\s*|nam\s*(?:hoc\s*)?)?\d{1,4}(?:\s*[/.\-]\s*\d{1,4}){0,2}"
    r"|quy\s*[ivx]{1,3}\s*(?:/|nam)\s*\d{4})"
)
ONWARD_TASK_RE = re.compile(rf"{_LABEL}(?:ke\s*|bat\s*dau\s*)?tu\s*{_START}\s*(?:tro\s*di|tro\s*ve\s*sau)\s*[.;]?\s*$")
# one frequency: "hằng năm", "mỗi quý", "6 tháng" (a half-year, in a list), "định kỳ", "thường xuyên", "đột xuất"
_FREQUENCY = (
    rf"(?:(?:dinh\s*ky\s*)?{EACH}\s*(?:\d{{1,2}}\s*)?(?:{PERIOD_WORD}|tuan|ngay)|(?:dinh\s*ky\s*)?\d{{1,2}}\s*thang"
    r"|dinh\s*ky|thuong\s*xuyen|dot\s*xuat)"
)
# two or more, listed ("6 tháng, hằng năm và định kỳ"), with at least one word of frequency ("hằng", "mỗi", "định kỳ")
FREQUENCY_LIST_RE = re.compile(
    rf"{_LABEL}(?=[^.;]*\b(?:{EACH}|dinh\s*ky)\b){_FREQUENCY}(?:\s*(?:,|va|hoac)\s*{_FREQUENCY}){{1,5}}\s*[.;]?\s*$"
)

# "1.3. Tần suất thực hiện báo cáo: Theo quý", "Tần suất báo cáo: Theo tháng hoặc quý. Riêng ... thì thực hiện theo ngày."
FREQUENCY_FIELD_RE = re.compile(
    rf"{ITEM_OPENING}(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?\s*)?tan\s*suat\s*(?:thuc\s*hien\s*)?(?:bao\s*cao\s*)?:\s*"
    rf"(?:theo\s*)?(?:{PERIOD_WORD}|tuan|ngay)(?:\s*(?:,|va|hoac)\s*(?:theo\s*)?(?:{PERIOD_WORD}|tuan|ngay)){{0,3}}\s*(?:[.;]|$)"
)


def task_time_cell(phrase: Folded, found: Found) -> Continuous | None:
    """ "Thời gian thực hiện: Từ tháng 11/2013 trở đi", "Thời gian thực hiện: 6 tháng, hằng năm và định kỳ": a task
    that goes on (from its start, or at several frequencies), no deadline."""
    onward = ONWARD_TASK_RE.match(phrase.text)
    listed = FREQUENCY_LIST_RE.match(phrase.text) if not onward else None
    if onward:
        found.spans.append(onward.span())
        found.warnings.append("nhiệm vụ bắt đầu từ một thời điểm rồi kéo dài ('trở đi'): không có hạn chót")
        found.doubt("thời điểm bắt đầu không phải hạn chót: đọc là nhiệm vụ thường xuyên từ đó, cần xác nhận")
        return Continuous(None)
    if listed:
        found.spans.append(listed.span())
        found.doubt(
            "thời gian thực hiện ghi nhiều tần suất (6 tháng, hằng năm, định kỳ): nhiệm vụ thường xuyên, không có "
            "một hạn chót, cần xác nhận"
        )
        return Continuous(None)
    field = FREQUENCY_FIELD_RE.match(phrase.text)
    if field:
        found.spans.append(field.span())
        found.doubt("trường 'tần suất' chỉ ghi báo cáo lặp lại bao lâu một lần, không ghi hạn: cần người xác nhận")
        return Continuous(None)
    return None
