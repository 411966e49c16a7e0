"""Readings the grammar gets from the words but that a careful reader may take otherwise: a person confirms them.

Each wording below was read with confidence and found wrong on unseen documents, where the phrase alone cannot settle
which reading is meant (two readers of the corpus answered the same wording differently, or the answer needs a date the
document states elsewhere):

- the length of an extension counted from an event: "Thời gian gia hạn là 03 tháng, kể từ ngày kết thúc thời hạn nộp
  thuế ..." (a relief granted, or the new limit to pay by);
- two times in one sentence, each its own duty: "Trong thời hạn 20 ngày đầu quý sau liền kề và 60 ngày đầu năm sau, ...
  báo cáo định kỳ hàng quý, hàng năm", "phải đổi mật khẩu ban đầu trong vòng 01 ngày làm việc kể từ khi nhận được tài
  khoản và định kỳ hằng quý phải đổi mật khẩu" (one reading gives only one of them);
- a delay from the document's own entry into force: "Trong thời hạn 03 tháng kể từ khi Thông tư có hiệu lực thi hành"
  (the day is in the document's closing article, not in the phrase);
- how long a periodic regime lasts: "Việc báo cáo tình hình sử dụng hóa đơn theo tháng được thực hiện trong thời gian
  12 tháng kể từ ngày thành lập" (a span the monthly duty applies in, or a limit);
- a span of one whole calendar year: "Thời gian mua bảo hiểm: từ 01/01/2024 đến 31/12/2024 (12 tháng)" (a term of cover
  or a plan's year rather than a window to act in);
- a span labelled only by a group of people: "+ Ngành sản xuất chế tạo và xây dựng: từ ngày 02/07 đến ngày 31/07/2019"
  (the group's exam period or its window to apply: the row does not say);
- a whole calendar year each year: "Thông tin trong sổ được ghi ... từ ngày 01 tháng 01 đến ngày 31 tháng 12 hằng năm"
  (the period a register covers, not a day to report by);
- a case past a limit: "Hồ sơ nộp bổ sung quá thời hạn 10 ngày làm việc kể từ ngày ... gửi thông báo" (a ground listed);
- a session moved to another room: "Thứ 7 (27/9/2025) – Ca 4: Chuyển từ phòng B1.12 sang B1.16" (the exam's day told,
  not a duty's);
- a day in a clause saying what cannot be done then: "... không thể bố trí được phòng dạy bù ngày 04/05/2024, giảng viên
  chủ động bố trí lịch dạy bù" (the day the classes lack a room, not the lecturers' deadline);
- a period that names a council's session: "... trình các Ban HĐND tỉnh thẩm tra đúng thời hạn luật định các tờ trình để
  trình tại kỳ họp bất thường và kỳ họp cuối năm 2018" (the papers are due some days before the session, by a limit
  the law sets, not by the year's end).
"""

from __future__ import annotations

import datetime as dt
import re

from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.patterns import YEAR
from calendar_rules.parser.result import Found
from calendar_rules.rules import Range, Recurring, Relative, Rule

EXTENSION_LENGTH_RE = re.compile(r"\bthoi\s*(?:gian|han)\s*gia\s*han\s*(?:la|:)?\s*\d{1,3}\s*(?:ngay|thang)\b")
# "20 ngày đầu quý sau liền kề và 60 ngày đầu năm sau"; "... và định kỳ hằng quý phải đổi mật khẩu"
SECOND_TIME_RE = re.compile(
    r"\b\d{1,3}\s*ngay\s*dau\s*(?:thang|quy|nam)\b[^;.]{0,30}?\bva\s*\d{1,3}\s*ngay\s*dau\s*(?:thang|quy|nam)\b"
    r"|\b(?:ke|tinh)\s*tu\b[^;.]{0,80}?\bva\s*(?:dinh\s*ky\s*)?(?:hang|moi)\s*(?:ngay|tuan|thang|quy|nam)\b"
    r"[^;.]{0,40}?\bphai\b"
)
_DOC = r"(?:thong\s*tu|nghi\s*dinh|quyet\s*dinh|chi\s*thi|nghi\s*quyet|luat|van\s*ban|quy\s*dinh|quy\s*che)"
OWN_EFFECT_RE = re.compile(rf"\b(?:ke|tinh)\s*tu\s*(?:ngay|khi|thoi\s*diem)\s*{_DOC}\s*(?:nay\s*)?co\s*hieu\s*luc\b")
REGIME_SPAN_RE = re.compile(
    r"\b(?:theo|hang|moi)\s*(?:thang|quy)\b[^;]{0,80}?\btrong\s*(?:thoi\s*gian|vong)\s*\d{1,3}\s*(?:thang|nam)\b"
)
GROUP_ROW_RE = re.compile(
    r"^[\s\-+•*]*(?:nganh|khoi|nhom|doi\s*tuong|linh\s*vuc)\b[^:;,.]{0,60}:\s*(?:tu\s*)?(?:ngay\s*)?\d"
)


def two_readings(phrase: Folded, rule: Rule, found: Found) -> None:
    """Doubt a reading of one of the wordings above."""
    text = phrase.text
    why = None
    if isinstance(rule, Relative) and EXTENSION_LENGTH_RE.search(text):
        why = "độ dài được gia hạn kể từ một mốc: có thể là thời gian được hưởng hoặc hạn mới, cần người xác nhận"
    elif SECOND_TIME_RE.search(text):
        why = "câu có hai thời hạn cho hai việc: một cách đọc chỉ lấy được một, cần người xác nhận"
    elif isinstance(rule, Relative) and OWN_EFFECT_RE.search(text):
        why = "tính từ ngày văn bản có hiệu lực: ngày đó ghi ở điều khoản thi hành, cần người xác định"
    elif isinstance(rule, Relative) and REGIME_SPAN_RE.search(text):
        why = "thời gian áp dụng một chế độ định kỳ (theo tháng, quý): có thể không phải hạn chót, cần người xác nhận"
    elif isinstance(rule, Range) and _whole_year(rule):
        why = "khoảng thời gian trọn một năm: có thể là thời hạn hiệu lực, bảo hiểm, không phải hạn chót"
    elif isinstance(rule, Range) and GROUP_ROW_RE.match(text):
        why = "khoảng thời gian chỉ ghi nhóm người (ngành, khối): có thể là thời gian diễn ra, cần người xác nhận"
    elif _read_in(SESSION_NAME_RE.search(text), found):
        why = "thời gian trong tên một kỳ họp ('kỳ họp cuối năm ...'): hạn là trước kỳ họp, cần người xác định"
    elif isinstance(rule, Recurring) and WHOLE_YEAR_SPAN_RE.search(text):
        why = "khoảng từ 01/01 đến 31/12 hằng năm: kỳ của một sổ, một báo cáo (cả năm), có thể không phải hạn chót"
    elif isinstance(rule, Relative) and PAST_THE_LIMIT_RE.search(text):
        why = (
            "'quá thời hạn N ngày': nói một trường hợp đã quá hạn (hồ sơ nộp muộn), không giao hạn; cần người xác định"
        )
    elif MOVED_ROOM_RE.search(text):
        why = (
            "đổi phòng, đổi địa điểm của một buổi đã định ('Chuyển từ phòng ... sang ...'): có thể không phải hạn chót"
        )
    elif any(CANNOT_BEFORE_RE.search(text, max(0, start - 80), start) for start, _ in found.spans):
        why = "ngày trong mệnh đề nói việc không thể làm ('không thể bố trí ... ngày ...'): có thể không phải hạn chót"
    if why:
        found.doubt(why)


# a case past the limit: "đ) Hồ sơ nộp bổ sung quá thời hạn 10 ngày làm việc kể từ ngày Cục Hải quan gửi thông báo ..."
# (a ground listed, the file that came late), not a delay given
PAST_THE_LIMIT_RE = re.compile(r"\bqua\s*(?:thoi\s*)?han\s*\d{1,3}\s*ngay\b")
# a session moved to another room or place: "Thứ 7 (27/9/2025) – Ca 4: Chuyển từ phòng B1.12 sang B1.16"
MOVED_ROOM_RE = re.compile(
    r"\b(?:chuyen|doi)\s*(?:tu\s*)?(?:phong|dia\s*diem|hoi\s*truong|giang\s*duong)\b[^;]{0,40}?\bsang\b"
)
# what cannot be done on the day read: "25 lớp ... không thể bố trí được phòng dạy bù ngày 04/05/2024, giảng viên chủ động
# bố trí lịch dạy bù" (the classes left without a room that day; the lecturers' duty after the comma has no day)
CANNOT_BEFORE_RE = re.compile(r"\bkhong\s*the\b[^,;.]{0,60}$")
# a council's session named by its part of the year: "kỳ họp cuối năm 2018", "kỳ họp thường lệ giữa năm 2020"
SESSION_NAME_RE = re.compile(rf"\bky\s*hop\s*(?:thuong\s*le\s*)?(?:giua|cuoi|dau)\s*nam\s*{YEAR}\b")


def _read_in(match: re.Match[str] | None, found: Found) -> bool:
    """Whether a time the reading used lies inside ``match`` (the session's name, not another time of the phrase)."""
    return match is not None and any(match.start() <= a and b <= match.end() for a, b in found.spans)


# a whole calendar year, each year: "Thông tin trong sổ được ghi theo thứ tự thời gian từ ngày 01 tháng 01 đến ngày 31
# tháng 12 hằng năm" (the period a register covers)
WHOLE_YEAR_SPAN_RE = re.compile(
    r"\btu\s*ngay\s*0?1\s*(?:thang|/)\s*0?1\s*den\s*(?:het\s*)?ngay\s*31\s*(?:thang|/)\s*12\b"
)


def _whole_year(rule: Range) -> bool:
    start, end = rule.start, rule.end
    return (
        isinstance(start, dt.date)
        and isinstance(end, dt.date)
        and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
        and start.year == end.year
    )
