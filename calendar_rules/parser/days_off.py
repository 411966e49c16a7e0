"""The days off of a holiday, told however the text words them: no one's deadline.

``refusals`` reads "nghỉ Tết từ ... đến ...", "nghỉ lễ 4 ngày từ ..."; the same days off are also written
- with the length and a comma between: "... nghỉ Tết Âm lịch năm 2020 liền 7 ngày, từ thứ Năm ngày 23/1/2020 đến hết
  thứ Tư ngày 29/1/2020", "Thủ tướng ... duyệt phương án nghỉ 5 ngày Tết theo quy định và hai ngày nghỉ bù, từ 10/2 đến
  16/2";
- as a working day swapped for a day off: "Công chức, viên chức đi làm thứ Bảy, ngày 27/12/2014 để nghỉ thứ Sáu, ngày
  02/01/2015";
- as a label deferring to the law: "8. Ngày nghỉ lễ, tết trong năm: Thực hiện theo quy định của Bộ Luật Lao động ...";
- after the holiday's name, where the days belong to the name ("... tăng cường công tác phòng, chống dịch trước, trong
  và sau dịp nghỉ Lễ Giỗ tổ Hùng Vương, ngày 30/4 - 1/5."): those days are blanked, and a time of the phrase's own is
  still read ("... trong dịp nghỉ Lễ 30/4 – 1/5 năm 2020; Chủ tịch UBND tỉnh yêu cầu: từ ngày 30/4/2020 đến hết ngày
  03/5/2020, các Đơn vị bố trí, phân công trực ...").
A duty word ("phải", "yêu cầu", "trước ngày", "hạn" ...) keeps the phrase for the grammar.
"""

from __future__ import annotations

import re

from calendar_rules.parser.normalize import blank_matches
from calendar_rules.parser.patterns import DIGITS_DAY, HOLIDAY_NAMES, ITEM_NUMBER, ITEM_OPENING, WEEKDAY, YEAR
from calendar_rules.parser.states import DUTY_RE
from calendar_rules.parser.wordings import Wording

_HOLIDAY = r"(?:le|tet)\b"
_FROM = rf"\btu\s*(?:{WEEKDAY}\s*,?\s*)?(?:ngay\s*)?\d"
DAYS_OFF_RE = re.compile(
    # "nghỉ Tết Âm lịch năm 2020 liền 7 ngày, từ ...", "nghỉ lễ Quốc khánh năm 2025 4 ngày, từ ..."
    rf"\bnghi\s*{_HOLIDAY}[^.;:]{{0,60}}?\b(?:lien\s*)?\d{{1,2}}\s*ngay\b(?:\s*lien\s*tuc)?\s*,?\s*{_FROM}"
    # "nghỉ 5 ngày Tết theo quy định và hai ngày nghỉ bù, từ 10/2 đến 16/2"
    rf"|\bnghi\s*(?:lien\s*)?\d{{1,2}}\s*ngay\s*{_HOLIDAY}[^.;]{{0,80}}?{_FROM}"
    # "đi làm thứ Bảy, ngày 27/12/2014 để nghỉ thứ Sáu, ngày 02/01/2015" (a working day swapped for a day off)
    rf"|\b(?:di\s*lam|lam\s*bu)\s*(?:vao\s*)?{WEEKDAY}[^.;]{{0,30}}?\bde\s*nghi\b"
    # "Ngày nghỉ lễ, tết trong năm: Thực hiện theo quy định của Bộ Luật Lao động ..."
    rf"|{ITEM_OPENING}{ITEM_NUMBER}(?:ngay|lich|thoi\s*gian)\s*nghi\s*{_HOLIDAY}[^:;.]{{0,40}}:\s*"
    r"(?:thuc\s*hien\s*)?theo\s*(?:quy\s*dinh|huong\s*dan)\b"
)
# the days after a holiday's name: "dịp nghỉ Lễ Giỗ tổ Hùng Vương, ngày 30/4 - 1/5" (group 1: the days, blanked)
HOLIDAY_DAYS_RE = re.compile(
    rf"\b(?:dip|ky)\s*nghi\s*{_HOLIDAY}\s*(?:{HOLIDAY_NAMES})?\s*,?\s*"
    rf"((?:ngay\s*)?{DIGITS_DAY}(?:\s*(?:-|–|va|den)\s*{DIGITS_DAY})?(?:\s*(?:nam\s*)?{YEAR})?)"
    r"(?!\s*[/.\-]\s*\d)"
)


def mask_holiday_days(folded: str) -> str:
    """Blank (same length) the days written after a holiday's name ("dịp nghỉ Lễ Giỗ tổ Hùng Vương, ngày 30/4 - 1/5")."""
    return blank_matches(folded, HOLIDAY_DAYS_RE, 1, most=10)


# why the phrase's days are a holiday's days off
days_off = Wording(DAYS_OFF_RE, "thời gian nghỉ lễ, Tết (ngày nghỉ, ngày làm bù), không phải hạn chót", duty=DUTY_RE)
