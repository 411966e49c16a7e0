"""States and tenses: what has happened or been reached by a day, and the words that set a duty.

A dated phrase that reports a state ("Đến ngày 20/01/2020, Phòng nhận được 02 hồ sơ ...", "đến ngày 22.4,
toàn tỉnh có ...") or a past act ("đã", "vừa") sets no deadline, unless a duty word ("phải", "cần",
"đề nghị", "chậm nhất" ...) gives one; a decision already taken ("đã quyết định", "đã thống nhất") may
still set a day ahead. Read on the original text where diacritics matter ("đã", "đạt").
"""

from __future__ import annotations

import re
from itertools import islice

from calendar_rules.parser.normalize import Folded, blank_spans
from calendar_rules.parser.patterns import (
    DAY_OF_MONTH,
    DIGITS_DATE,
    HAND_IN,
    ITEM_OPENING,
    TERM_WORD,
    TIME_TOKEN_RE,
    YEAR,
    words,
)

# "đến ngày 22.4, toàn tỉnh có ...": a state reached by a day (read after the comma, with diacritics)
# (and "đến thời điểm 30/01/2019, Bộ ... mới chỉ nhận được ...": the moment figures are told at)
STATUS_AT_RE = re.compile(r"(?:^|,)\s*(?:den|toi)\s*(?:het\s*)?(?:ngay|thoi\s*diem)\s*[^,;:]{3,30},")
# "Đến cuối năm 2023, ...", "Đến hết quý III/2023, ...": a period that opens a sentence (a state if already past)
STATUS_PERIOD_RE = re.compile(
    r"^\s*(?:tinh\s*)?(?:den|toi)\s*(?:het\s*)?(?:cuoi\s*)?(?:ngay|thang|qu[yi]|nam|\d)[^,;:]{0,30},"
)
# (and "mới nhận được 183/287 báo cáo", only so many received so far)
STATE_RE = re.compile(
    r"(?i)(?<!\w)(?:(?:đã|đạt|vẫn\s+chưa|vẫn\s+còn|có\s+(?:tổng\s+số|trên|gần|hơn)|mới\s+(?:chỉ\s+)?nhận\s+được)(?!\w)"
    r"|có\s+\d)"
)
# "đến ngày 02/01/2019 vẫn còn nhiều đơn vị chưa ...": the day without its comma (then a state verb must follow)
UNTIL_DAY_RE = re.compile(rf"^\s*(?:den|toi)\s*(?:het\s*)?ngay\s*{DIGITS_DATE}")
OPENS_WITH_UNTIL_RE = re.compile(r"^\s*(?:tinh\s*)?(?:den|toi)\s*(?:het\s*)?(?:ngay|thang|qu[yi]|nam|cuoi|\d)")
# a state verb within the first words after "Đến ngày D,": the subject, then what it has done or received
# (not "đạt", "có": "Đến ngày 30/6/2024, 100% các xã đạt chuẩn" may be a target)
STATE_NEAR_RE = re.compile(
    r"([^,;.:]{0,60}?)(?<!\w)(?:đã|vẫn\s+chưa|vẫn\s+còn|(?:tiếp\s+)?nhận\s+được|thu\s+được|ghi\s+nhận)(?!\w)"
)
# "đã", "vừa", "phải" ... need their diacritics ("tối đa" folds to "toi da"): read in the original text
PAST_RE = re.compile(r"(?i)(?<!\w)(?:đã|(?<!và )vừa(?!\s+(?:sức|phải|đủ|với)(?!\w)))(?!\w)")  # not "nhỏ và vừa"
# "tài khoản ... đã được cấp": a participle describing a thing, not a report (a doubt, not a refusal)
# and "các chỉ tiêu ... đã đề ra": the targets set, still to be reached; "các nội dung UBND tỉnh đã chỉ đạo tại Công
# văn số ...": what a cited document directs, still to be done
PASSIVE_RE = re.compile(
    r"(?i)đã\s+(?:được\s+(?:cấp|phê duyệt|giao|phân công|đăng ký|hướng dẫn)|đề\s+ra|đặt\s+ra"
    r"|(?:chỉ\s+đạo|hướng\s+dẫn|quy\s+định|yêu\s+cầu)\s+tại"
    # a figure as worked out by a rule cited: "quỹ thời giờ làm việc tiêu chuẩn trong năm (TQ) đã tính theo hướng dẫn tại"
    r"|(?:tính|xác\s+định)\s+theo\s+(?:hướng\s+dẫn|quy\s+định)"
    # what a body concluded in a cited document: "kết quả giám định ... đã được Sở Giao thông vận tải kết luận tại
    # Thông báo số 77/TB-SGTVT ..." (the finding the duty builds on)
    r"|được(?:\s+[^\s,;.]+){0,6}?\s+(?:kết\s+luận|chỉ\s+đạo|thống\s+nhất|phê\s+duyệt)\s+tại"
    # closing its clause, a participle of the noun before it: "... theo lịch thời vụ đã ban hành."
    r"|ban\s+hành(?=\s*(?:[.;,)]|$)))(?!\w)"
    # the time or the plan a step keeps to, as announced ("đăng ký ... theo thời gian đã thông báo", "theo thời gian đã
    # nêu rõ trong thông báo ..."), and a form as filled in ("Nộp đơn đã điền đủ thông tin ...")
    r"|(?:(?<=gian )|(?<=lịch )|(?<=hoạch ))đã\s+(?:thông\s+báo|nêu|công\s+bố)(?!\w)"
    r"|(?:(?<=đơn )|(?<=phiếu ))đã\s+điền(?!\w)"
)
STRONG_DUTY_RE = re.compile(r"(?i)(?<!\w)(?:phải|cần|sẽ|yêu cầu|đề nghị|chậm nhất)(?!\w)")
DECIDED_RE = re.compile(
    r"(?i)(?<!\w)đã\s+(?:quyết định|thống nhất|ấn định|chốt|lên lịch|lên kế hoạch|công bố|chọn|xác định)(?!\w)"
    # an order issued that opens a drive for a span still running ("Công an thành phố Hà Nội đã ban hành mệnh lệnh 01 mở
    # đợt cao điểm thu nhận hồ sơ ... trong 30 ngày (từ 25/7 đến 25/8)", told on 27/7)
    r"|(?<!\w)đã\s+ban hành\s+(?:mệnh lệnh|kế hoạch|công điện|chỉ thị)(?!\w)[^.;]{0,60}?(?<!\w)mở\s+(?:đợt|chiến dịch)(?!\w)"
)
# ("hạn chế", to limit, and "hạn mức", a ceiling, are no time limit: "người dân nên hạn chế thả giống ...")
DUTY_RE = re.compile(
    r"(?i)(?<!\w)(?:phải|cần|sẽ|yêu cầu|đề nghị|chậm nhất|hạn(?!\s+(?:chế|mức)(?!\w))|trước ngày|dự kiến|phấn đấu)(?!\w)"
)
TARGET_RE = words("phan dau", "muc tieu", "chi tieu", "ke hoach", "du kien")
# figures reached: "thu ngân sách đạt 55% dự toán", "tăng 12% so với cùng kỳ"
FIGURES_RE = re.compile(r"(?i)(?<!\w)(?:đạt|tăng|giảm)(?:\s+được)?\s+\d|\d\s*%|(?<!\w)so với cùng kỳ(?!\w)")
# an amount counted in its unit: "246 ha", "1.200 tấn", "286.813.000 đ", "5.546 hộ"
AMOUNT_RE = re.compile(r"(?i)(?<![\w.,/\-])\d(?:[\d.,]*\d)?\s*(?:ha|tấn|tạ|hộ|người|lượt|con|đồng|đ|triệu|tỷ)(?!\w)")


def status_at(phrase: Folded) -> bool:
    """ "Theo tổng hợp ..., đến ngày 22.4, toàn tỉnh có 495/629 cơ sở ...": the figures reached by a day,
    a state ("có", "đạt", "đã", "nhận được") and no duty; a state verb right after the subject is one
    whatever follows ("Đến ngày 20/01/2020, Phòng nhận được 02 hồ sơ đề nghị ...")."""
    at = STATUS_AT_RE.search(phrase.text) or UNTIL_DAY_RE.match(phrase.text)
    if not at:
        return False
    near = STATE_NEAR_RE.match(phrase.original, phrase.span(at.end(), at.end())[0])
    if near and not DUTY_RE.search(near.group(1)):
        return True
    if DUTY_RE.search(phrase.original):
        return False
    return bool(STATE_RE.search(phrase.original, phrase.span(at.end(), at.end())[0]))


def figures_reached(phrase: Folded, after: int) -> bool:
    """ "Trong năm 2017, toàn huyện thu hút 5.546 hộ ..., có 3.397 lượt hộ đạt ...": after a lead, figures
    reached (a state), with no duty and no target ("phấn đấu", "mục tiêu")."""
    start = phrase.span(after, after)[0]
    rest = phrase.original[start:]
    if DUTY_RE.search(phrase.original) or TARGET_RE.search(phrase.text):
        return False
    return bool(STATE_RE.search(rest) and (FIGURES_RE.search(rest) or re.search(r"\d", rest)))


# the moment figures are taken at: "Thời điểm điều tra là 0 giờ ngày 1-4-2019", "thời gian chốt số liệu ngày 25
# tháng báo cáo", "chốt số liệu đến hết ngày 30/6" (a census, a count, a report's cut-off: not when to act)
REFERENCE_RE = re.compile(
    # (and the day records are read from a system: "Thời điểm quét điểm ngoại ngữ xét tốt nghiệp là ngày 11/8/2024")
    r"\bthoi\s*diem\s*(?:tong\s*)?(?:dieu\s*tra|thong\s*ke|kiem\s*ke|tinh(?:\s*so\s*lieu)?|xac\s*dinh|chot"
    r"|quet|trich\s*xuat|lay\s*(?:so\s*lieu|du\s*lieu|diem))\b"
    r"|\b(?:thoi\s*(?:gian|diem)\s*)?chot\s*so\s*lieu\b"
    # a share register's record and ex-rights days ("Ngày đăng ký cuối cùng: 09/08/2021", "Ngày giao dịch không hưởng
    # quyền: 06/08/2021", "ngày chốt danh sách cổ đông"): the day holders are counted, no one's deadline
    r"|\bngay\s*(?:dang\s*ky\s*cuoi\s*cung|giao\s*dich\s*khong\s*huong\s*quyen)\b"
    r"|\bchot\s*danh\s*sach\s*(?:co\s*dong|nguoi\s*so\s*huu)\b"
)
# the period a report's figures cover: "số liệu tính từ 15/12/2023 đến 14/6/2024", "Kỳ báo cáo: từ ... đến ..."
DATA_PERIOD_RE = re.compile(
    r"\bso\s*lieu\s*(?:bao\s*cao\s*)?(?:duoc\s*)?(?:tinh|lay)\s*tu\b|\bky\s*(?:bao\s*cao|so\s*lieu)\s*(?::|tu\b)"
)
# a report's data cut-off as a label, its value the period the figures cover: "- Thời gian chốt số liệu báo cáo: Từ
# ngày bắt đầu nhận giải ngân tiền vay tái cấp vốn đến hết ngày 15 tháng 4 năm 2022." (blanked up to the clause's end,
# or to a hand-in time after it, which is read: "...: ngày 25 hằng tháng, gửi trước ngày 28")
CUTOFF_LABEL_RE = re.compile(
    rf"{ITEM_OPENING}(?:\d{{1,2}}\s*[.)]\s*)?thoi\s*(?:gian|diem)\s*chot\s*so\s*lieu(?:\s*bao\s*cao)?\s*:"
    rf"(?:(?!\b(?:{HAND_IN}|truoc|cham\s*nhat)\b)[^;])*"
)
UNTIL_RE = re.compile(r"\s*(?:den|toi|-)\s*(?:het\s*)?")
REPORT_MONTH_RE = re.compile(rf"\s*(?:cua\s*)?{TERM_WORD}\s*bao\s*cao\b")
_CLAUSE_BREAK_RE = re.compile(rf"[,;]|\b(?:{HAND_IN}|bao\s*cao|truoc|cham\s*nhat|han)\b")


def _period_end(folded: str, at: int) -> re.Match[str] | None:
    """The end of a period of figures that starts right before ``at``: "... đến (ngày) 14/6/2024"."""
    until = UNTIL_RE.match(folded, at)
    if not until:
        return None
    at = until.end()
    if folded.startswith("ngay ", at):  # "đến ngày 14/6/2024" (folded text has single spaces)
        at += 5
    return TIME_TOKEN_RE.match(folded, until.end()) or TIME_TOKEN_RE.match(folded, at)


def mask_reference_moments(folded: str) -> str:
    """Blank (same length) a reference moment and its time, and the period a report's figures cover: the day
    figures are counted at is not a deadline, and a deadline beside it ("..., gửi về Bảo hiểm xã hội trước ngày 28 hàng tháng") stays to be read."""
    label = CUTOFF_LABEL_RE.match(folded)
    if label:
        folded = blank_spans(folded, [label.span()])
    chars: list[str] | None = None
    cues = [(cue, False) for cue in islice(REFERENCE_RE.finditer(folded), 10)]
    cues += [(cue, True) for cue in islice(DATA_PERIOD_RE.finditer(folded), 10)]
    for cue, period in cues:
        token = TIME_TOKEN_RE.search(folded, cue.end())  # (not cut at a bound: "15/12/2023" is no "15/12")
        if not token or token.start() > cue.end() + 40 or _CLAUSE_BREAK_RE.search(folded, cue.end(), token.start()):
            continue
        second = _period_end(folded, token.end()) if period else None
        if period and second is None:
            continue  # no end read: the refusal of a report's period of figures decides
        tail = REPORT_MONTH_RE.match(folded, token.end())
        end = second.end() if second else (tail.end() if tail else token.end())
        chars = chars if chars is not None else list(folded)
        chars[cue.start() : end] = " " * (end - cue.start())
    return "".join(chars) if chars is not None else folded


# "Trường hợp ... hoặc đến ngày 30 tháng 6 hằng năm chưa có thông tin ... thì phải được cập nhật chậm nhất sau 10 ngày
# làm việc kể từ ...", "Nếu đến ngày 15/5 chưa nộp thì ...": a condition's day, when a delay or a time follows "thì"
CONDITION_RE = re.compile(
    rf"{ITEM_OPENING}(?:[a-z\d]{{1,2}}[.)]\s*)?(?:trong\s*)?(?:truong\s*hop|neu|khi)\b([^;]{{0,300}}?)\bthi\b"
)
_DELAY_RE = re.compile(r"\b\d{1,3}\s*(?:ngay|thang|tuan)\b")


def mask_conditions(folded: str) -> str:
    """Blank (same length) the days and delays in a condition ("Trường hợp ... đến ngày D chưa có ... thì ...", "Nếu quá 10
    ngày ... thì ..."), when what follows "thì" writes its own time: the deadline is the consequence's."""
    match = CONDITION_RE.match(folded)
    if not match or not (TIME_TOKEN_RE.search(folded, match.end()) or _DELAY_RE.search(folded, match.end())):
        return folded
    spans = [t.span() for t in islice(TIME_TOKEN_RE.finditer(folded, match.start(1), match.end(1)), 10)]
    # and the condition's own delay: "Nếu quá 10 ngày kể từ ngày nhận thông báo mà chưa nộp thì phải nộp trước ngày ..."
    spans += [d.span() for d in islice(_DELAY_RE.finditer(folded, match.start(1), match.end(1)), 10)]
    return blank_spans(folded, spans)


# who may apply, by birth year, beside the dates of a window: "tiếp nhận đơn ...: Tuyển sinh học sinh (sinh năm 2015)
# có hộ khẩu tại xã ...", "trẻ sinh năm 2019 - 2020" (a day's birth range is left to the refusal of birth dates)
BIRTH_YEAR_RE = re.compile(
    rf"(?<!hoc )(?<!thi )\bsinh\s*nam\s*{YEAR}(?:\s*(?:-|den|va)\s*(?:nam\s*)?{YEAR})?\b"
    # and the days of a birth range: "nam công dân đủ 17 tuổi, sinh từ ngày 01/01/2008 đến ngày 31/12/2008"
    rf"|(?<!hoc )(?<!thi )\bsinh\s*tu\s*(?:ngay\s*)?{DAY_OF_MONTH}\s*(?:den|-)\s*(?:het\s*)?(?:ngay\s*)?{DAY_OF_MONTH}"
)
# an obligation on those born then: "... chưa đăng ký NVQS lần đầu phải đăng ký NVQS theo luật định"
OBLIGATION_RE = words("phai", "bat buoc")


def mask_birth_years(folded: str) -> str:
    """Blank (same length) a birth year or a birth range that says who may apply or who is bound, when another time is
    written or an obligation is given: the window's dates are the phrase's, the obligation is the duty (a duty with no
    time, for ``duties``); a birth year alone leaves nothing to read (the refusal says why)."""
    births = [birth.span() for birth in islice(BIRTH_YEAR_RE.finditer(folded), 10)]
    if not births:
        return folded
    rest = blank_spans(folded, births)
    return rest if TIME_TOKEN_RE.search(rest) or OBLIGATION_RE.search(rest) else folded


# who a duty covers, by when they were listed or registered: "Trường ... tuyển sinh những trẻ được địa phương điều tra
# lập danh sách bổ sung từ ngày 15/5/2022 đến ngày 30/6/2022" (a clause "những <người> (đã) được ..." after the duty's
# verb qualifies the people, its span is not the duty's window)
LISTED_WHO_RE = re.compile(
    r"(?<=[a-z] )nhung\s*(?:tre(?:\s*em)?|hoc\s*sinh|nguoi|doi\s*tuong|ca\s*nhan|ho\s*gia\s*dinh)\s*(?:da\s*)?duoc\b"
    rf"[^,;:]{{0,100}}?\btu\s*(?:ngay\s*)?{DAY_OF_MONTH}\s*(?:den|-)\s*(?:het\s*)?(?:ngay\s*)?{DAY_OF_MONTH}"
)


def mask_listed_who(folded: str) -> str:
    """Blank (same length) the span of a clause that says which people a duty covers ("... những trẻ được ... lập danh
    sách từ ngày A đến ngày B"), unless an obligation or a deadline word sits in that clause."""
    spans = [m.span() for m in islice(LISTED_WHO_RE.finditer(folded), 10) if not OBLIGATION_RE.search(m.group(0))]
    return blank_spans(folded, spans) if spans else folded
