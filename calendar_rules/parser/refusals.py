"""The phrases whose date is not a deadline at all, refused before reading (see ``audit``).

A legal basis, an effective date, a document's metadata, a birth date, a ban on acting before a
day, figures "tính đến" a day, the period a report's figures cover, a school-week row, a closure,
the window in which entries must have been published. Each pattern is anchored on a literal word
and bounded, so one search is linear in the phrase's length.
"""

from __future__ import annotations

import re

from calendar_rules.parser.patterns import ISSUE_LINE_RE

_TIME_WORD = r"(?:(?:ngay|thang|quy|nam|truoc|cuoi|giua|dau)\b|\d)"
DEADLINE_CUE_RE = re.compile(
    rf"\b(?:den|trong)\s*(?:het\s*)?{_TIME_WORD}|\btoi\s*(?:het\s*)?ngay\b"
    r"|\b(?:truoc|cham\s*nhat|muon\s*nhat|han|ket\s*thuc|xong|hoan\s*thanh)\b"
)
# an end after a start: "đến ngày ...", "kết thúc", "6 - 7.7", "11-17/5/2024" (a dash between two days)
RANGE_END_RE = re.compile(
    rf"\b(?:den|toi)\s*(?:het\s*)?{_TIME_WORD}|\bket\s*thuc\b|\s-\s|(?<=\d)\s*-\s*(?=\d{{1,2}}\s*[/.]\s*\d)"
)
_PUBLISHED = r"(?:dang\s*tai|dang\s*phat|dang\s*,\s*phat|xuat\s*ban|phat\s*song|cong\s*bo\s*tren)\b"
PUBLISHED_RE = re.compile(rf"\b{_PUBLISHED}")
BASIS_RE = re.compile(r"^\s*can\s*cu\b")
NOT_DEADLINES = (
    (ISSUE_LINE_RE, "dòng địa danh, ngày ban hành của văn bản, không phải hạn chót"),
    (
        # "có hiệu lực thi hành kể từ ngày 05/11/2019", "có hiệu lực sau 10 ngày kể từ ngày ký"; not "kể từ
        # ngày Quyết định này có hiệu lực, các đơn vị phải ..." (a delay after the event)
        re.compile(r"\bco\s*hieu\s*luc\s*(?:thi\s*hanh\s*)?(?:ke\s*tu|tu|sau|ngay|vao|den|ke)\b|\bhet\s*hieu\s*luc\b"),
        "ngày có hiệu lực (hết hiệu lực) của văn bản, không phải hạn chót",
    ),
    (
        re.compile(
            r"\bban\s*hanh\s*kem\s*theo\b|\bbai\s*bo\b(?!\s*sung)"
            r"|(?:^|[(\-]\s*)(?:ngay\s*)?(?:ban\s*hanh|ky|dang|cap\s*nhat|dang\s*ngay)\s*(?:luc|ngay)?\s*:"
        ),
        "ngày của văn bản (ban hành, bãi bỏ, cập nhật, kèm theo), không phải hạn chót",
    ),
    (
        re.compile(
            # not "học sinh", "phát sinh", "vệ sinh", "nảy sinh", "tuyển sinh", "thí sinh" followed by a date
            r"(?<!hoc )(?<!phat )(?<!ve )(?<!nay )(?<!tuyen )(?<!thi )(?<!nu )(?<!san )\bsinh\s*(?:tu\s*|trong\s*|vao\s*|truoc\s*|sau\s*)?(?:ngay|nam|thang)\b"
            r"|\bngay\s*sinh\b"
        ),
        "ngày sinh: không phải hạn chót",
    ),
    (
        re.compile(r"\bkhong\s*(?:duoc\s*)?[^.;]{0,60}?\btruoc\s*(?:ngay\s*)?\d"),
        "quy định không được làm trước một ngày, không phải hạn chót",
    ),
    (
        # "tính đến ngày 01/3/2024", "Đến ngày 10.9, có 12 đảng bộ đã hoàn thành ..."
        re.compile(
            rf"\b(?:tinh|thong\s*ke|so\s*lieu)\s*(?:den|toi)\s*(?:het\s*)?{_TIME_WORD}|\bchot\s*so\s*lieu\b"
            r"|^\s*(?:den|toi)\s*(?:het\s*)?ngay\s*[^,;:]{3,30},(?=[^;]{0,120}\bda\b)"
        ),
        "mốc tính số liệu đã đạt được, không phải hạn chót",
    ),
    (
        re.compile(r"\bso\s*lieu\b[^.;]{0,60}?\btinh\s*tu\b|^\s*ky\s*(?:bao\s*cao|so\s*lieu)\s*(?::|tu\b)"),
        "kỳ số liệu của báo cáo, không phải hạn chót",
    ),
    # "Tuần thực học 01: từ ngày 07/9/2020 đến 11/9/2020": a row of the school calendar
    (
        re.compile(
            r"^\s*tuan\s*(?:thuc\s*hoc|hoc\s*thu|hoc)\b"  # "Tuần 1: từ 06/9 đến 10/9/2021", nothing else
            r"|^\s*tuan\s*(?:thu\s*)?\d{1,2}\s*:\s*(?:tu\s*)?(?:ngay\s*)?[\d/.\-]+\s*(?:-|den)\s*(?:ngay\s*)?[\d/.\-]+[\s.]*$"
        ),
        "lịch tuần học, không phải hạn chót",
    ),
    # "cho học sinh nghỉ học đến ngày 10/10/2020": how long a closure or holiday lasts
    (
        re.compile(
            r"\bnghi\s*(?:hoc|le|tet|he)\s*(?:tu|den|toi|het|keo\s*dai|trong|vao)\b"
            r"|(?<!de )(?<!kien )(?<!hoi )(?<!thao )\bnghi\s*(?:tu|keo\s*dai\s*tu)\s*(?:ngay\s*)?\d"
            r"|\btam\s*(?:dung|ngung)\s*(?:hoat\s*dong\s*|den\s*truong\s*|day\s*hoc\s*)?(?:den|toi)\s*(?:het\s*)?ngay\b"
        ),
        "thời gian nghỉ học, nghỉ lễ, tạm dừng hoạt động, không phải hạn chót",
    ),
    (
        # "các tác phẩm được đăng tải từ ngày 1/6/2021 đến ngày 1/10/2022": which entries qualify, not by when
        re.compile(rf"\bduoc\s*{_PUBLISHED}[^.;]{{0,80}}?\b(?:tu|trong)\s*(?:ngay\s*|thang\s*|nam\s*)?\d"),
        "khoảng thời gian tác phẩm được đăng, phát (điều kiện dự thi), không phải hạn chót",
    ),
)
