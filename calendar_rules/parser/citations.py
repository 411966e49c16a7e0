"""Dates in a phrase that are not its deadline: citations of other documents, superseded deadlines.

"theo Kế hoạch 7809 ngày 27.12.2019", "Kết luận số 01-KL/TW ngày 18/5/2021",
"Kế hoạch số 183-KH/TWĐTN-TNNT ngày 28/2/2024 của Ban Bí thư về việc tổ chức ... Hè năm
2024": the date, and the subject after "về (việc)", belong to the cited document. "thay cho
thời hạn cũ 30/11/2016", "(thời hạn trong Kế hoạch trước đó là đến hết ngày 30/5/2021)":
the old deadline is not the due date. Masking replaces each with spaces of the same length,
so positions in the text keep their meaning.
"""

from __future__ import annotations

import re
from itertools import islice

from calendar_rules.parser.normalize import blank_matches, blank_spans
from calendar_rules.parser.patterns import DATE_WITH_YEAR, DIGITS_DATE, YEAR
from calendar_rules.parser.quoted import whole_sentence

_DOC_WORDS = (
    r"ke\s*hoach|cong\s*van|quyet\s*dinh|thong\s*bao|chi\s*thi|nghi\s*quyet|ket\s*luan|huong\s*dan|van\s*ban"
    r"|thong\s*tu|nghi\s*dinh|to\s*trinh|chuong\s*trinh|de\s*an|quy\s*dinh|quy\s*che|bao\s*cao\s*so|luat"
)
DOC_WORDS = _DOC_WORDS
# a document code: "01-KL/TW", "183-KH/TWĐTN-TNNT", "1536/UBND-TH", "30/2020/NĐ-CP", "298 KH/TWĐTN"
_CODE = r"\d{1,5}\s*(?:/\s*\d{4}\s*)?[-/]\s*[a-z]{1,10}(?:\s*[/\-]\s*[a-z0-9&]{1,12}){0,3}\b"
_DATE_TAIL = r"ngay\s*\d{1,2}\s*(?:[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|thang\s*\d{1,2}\s*nam\s*\d{4})"
# a deadline cue of the phrase's own, which a citation never runs over
# (and a delay: "Nghị định 158/2005/NĐ-CP ngày ... về đăng ký ... quy định trong thời hạn 60 ngày kể từ ...")
_NOT_A_CUE = (
    r"(?!\bcham\s*nhat|\btruoc\s*ngay|\bhan\s*(?:chot|cuoi)\b|\bden\s*(?:het\s*)?ngay"
    r"|\btrong\s*(?:vong|thoi\s*han)\s*\d"
    # (and a deadline at an hour of the day: "nộp hồ sơ ... tại bàn số 3 phòng 103 nhà C1 trước 12h00 Thứ 2 ngày 01/4/2024",
    # "trước 16 giờ 30 ngày ...": the number is a desk's, not a document's, and the date is the phrase's own)
    r"|\btruoc\s*\d{1,2}\s*(?:h\d{0,2}\b|gio\b)"
    # (and a day the phrase works out itself: "... theo quy định tại Điều 86 Thông tư 80/2021/TT-BTC, tức ngày 21/4/2025")
    r"|\btuc\s*(?:la\s*)?(?:cham\s*nhat\s*)?(?:vao\s*)?ngay\s*\d)"
)
# a word of a law's title: no time, cue or clause word ("Luật Đất đai", "Luật Bầu cử đại biểu Quốc hội và ...")
_NAME_WORD = r"(?!(?:trong|den|truoc|tu|vao|ngay|thang|nam|quy|cham|han|het|thi|phai|se|da|duoc|tai|theo|khi)\b)[a-z]+"
DOC_REFERENCE = re.compile(
    # "số 01-KL/TW ngày 18/5/2021", "159-KH/TU ngày 19/12/2022", "số 05 ngày ...", "Kế hoạch 7809 ngày 27.12.2019"
    rf"(?:\bso\s*\d{{1,5}}\b|\b{_CODE}|\b(?:{_DOC_WORDS})\s*(?:so\s*)?[0-9][0-9a-z/\-.&]{{0,30}})"
    # (never over the document's own effective clause: "Nghị định 109/2024/NĐ-CP có hiệu lực thi hành kể từ ngày
    # 01/9/2024 đến hết ngày 30/11/2024" tells when it applies, which the refusals read)
    rf"(?:{_NOT_A_CUE}(?!\b(?:co\s*)?hieu\s*luc\b)[^;]){{0,40}}?\b{_DATE_TAIL}"
    # a document cited by its number and year: "theo Quyết định số 12 năm 2018 của Thủ tướng Chính phủ về tiêu chí ..."
    rf"|\b(?:{_DOC_WORDS})\s*so\s*\d{{1,5}}\s*nam\s*{YEAR}\b"
    # a law named by its title and its year or the day it was passed: "Luật Nghĩa vụ quân sự năm 2015", "Luật Giáo dục
    # ngày 14 tháng 6 năm 2019", "Bộ luật Lao động năm 2019" (not "kỷ luật", "pháp luật", "quy luật", "luật sư")
    rf"|(?<!ky )(?<!phap )(?<!quy )(?<!dieu )\b(?:bo\s*)?luat\s*(?!su\b)(?:{_NAME_WORD}\s*){{1,12}}?"
    rf"(?:{_DATE_TAIL}|nam\s*{YEAR}\b)"
)
# the cited document's issuer and subject: "của Ban Bí thư Trung ương Đoàn về việc tổ chức ... Hè năm 2024",
# up to a comma, a bracket or a deadline cue of the phrase's own
SUBJECT = re.compile(
    rf"(?:\s*cua\s*(?:{_NOT_A_CUE}[^,;()]){{1,80}}?)?\s*\b(?:ve\s*(?:viec\s*)?|phe\s*duyet|ban\s*hanh|huong\s*dan)"
    rf"(?:{_NOT_A_CUE}[^,;()]){{0,160}}"
)
# a citation that opens the phrase: "Hướng dẫn số 25-HD/BTCTW, ngày ...", "Thực hiện Quy định số 132-QĐ/TW, ..."
OPENING = re.compile(
    r"^[\s\-+•*(]*(?:(?:thuc\s*hien|can\s*(?:cu\s*)?|theo|tai|trien\s*khai|quan\s*triet|tiep\s*tuc\s*(?:thuc\s*hien|quan\s*triet)"
    r"|ve\s*viec\s*thuc\s*hien|xet|ban\s*hanh\s*kem\s*theo|kem\s*theo)\s*)?"
    rf"(?:{_DOC_WORDS})\s*(?:so\s*)?(?:{_CODE}|\d{{1,5}}\b)"
)
# the phrase's own clause after a cited title: a duty, a deadline cue (not a body's name in the title: "văn bản trình
# Ban Bí thư, Ban Chỉ đạo cải cách tư pháp Trung ương, ...", "Bộ Giáo dục và Đào tạo", "Sở Giao thông vận tải", "Ban Tuyên
# giáo")
CLAUSE_CUE = re.compile(
    rf"{_NOT_A_CUE.replace('(?!', '(?:', 1)}|\b(?:yeu\s*cau|de\s*nghi|phai|can(?!\s*cu)|(?<!tuyen )giao(?!\s*(?:duc|thong)\b)"
    r"|(?<!ban )chi\s*dao|hoan\s*thanh|gui\s*ve|nop\s*ve"
    r"|bao\s*cao\s*ve|thoi\s*(?:gian|han)|tien\s*do)\b"
)
# the date a petition bears: "nhận được đơn kiến nghị ngày 04/3/2024 của các hộ dân", "(đơn ghi ngày 18/5/2023,
# 07/6/2023)": when the citizens wrote, as a cited document's date is (not "nộp đơn trước ngày ...", a deadline)
PETITION = re.compile(
    r"\bdon\s*(?:(?:kien\s*nghi|thu|phan\s*anh|khieu\s*nai|to\s*cao)(?:\s*tap\s*the)?\s*(?:ghi\s*|de\s*)?|ghi\s*|de\s*)"
    rf"ngay\s*(?:{DATE_WITH_YEAR})(?:\s*(?:,|va)\s*(?:ngay\s*)?(?:{DATE_WITH_YEAR}))*"
)
# a quoted name (a project's, a slogan's): “Đào tạo nghề cho lao động nông thôn đến năm 2020”
QUOTED = re.compile(r"“[^”]{0,200}”|\"[^\"]{0,200}\"")
_ANY_DATE = rf"{DIGITS_DATE}|ngay\s*\d{{1,2}}\s*thang\s*\d{{1,2}}(?:\s*nam\s*\d{{4}})?"
SUPERSEDED = re.compile(
    rf"\b(?:thay\s*(?:cho|vi)|(?:thoi\s*)?han\s*cu|(?:thoi\s*)?han\b[^;()]{{0,40}}?\btruoc\s*(?:do|day))\b"
    rf"[^;()]{{0,40}}?(?:{_ANY_DATE})"
)


# the span an anniversary celebrates: "kỷ niệm 94 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2024)"
_YEAR_DATE = r"(?:\d{1,2}\s*[/.\-]\s*){0,2}\d{4}"
ANNIVERSARY = re.compile(rf"\bky\s*niem\b[^;()]{{0,80}}?(\(?\s*{_YEAR_DATE}\s*-\s*{_YEAR_DATE}\s*\)?)")


def mask_quotes(folded: str) -> str:
    """Blank out quoted names (a project's, a slogan's), whose dates are part of the name (not a whole sentence
    quoted: a provision, ``quoted``)."""
    return blank_spans(folded, [m.span() for m in QUOTED.finditer(folded) if not whole_sentence(folded, m.span())])


def mask_citations(folded: str) -> str:
    """Blank out citations of other documents with their subject (same length), so their dates
    are not taken as deadlines. A citation that opens the phrase ("Hướng dẫn số 25-HD/BTCTW, ngày
    10/11/2023 của ... về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm") keeps its subject
    over commas, up to the phrase's own clause (the comma before a cue such as "yêu cầu", "trước ngày")."""
    spans: list[tuple[int, int]] = []
    opening = OPENING.match(folded)
    for match in DOC_REFERENCE.finditer(folded):
        subject = SUBJECT.match(folded, match.end())
        end = subject.end() if subject else match.end()
        if opening and match.start() <= opening.end() and subject:
            end = _title_end(folded, match.end(), end)
        spans.append((match.start(), end))
    spans += [petition.span() for petition in islice(PETITION.finditer(folded), 10)]
    spans += [note.span() for note in islice(AMENDMENT_NOTE.finditer(folded), 10)]
    if opening and not spans:
        # "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về ...": a title without the cited date
        subject = SUBJECT.match(folded, opening.end())
        if subject and subject.group(0).strip():
            spans.append((opening.start(), _title_end(folded, opening.end(), subject.end())))
    return blank_spans(folded, spans)


# a consolidated text's note of an amendment, in brackets: "[Cụm từ này bị thay thế bởi Điểm a Khoản 2 Điều 10 Thông tư
# 23/2025/TT-BNNMT có hiệu lực từ ngày 01/07/2025]", "[Khoản này được sửa đổi bởi ...]" (the amending text's date)
AMENDMENT_NOTE = re.compile(
    r"\[[^\[\]]{0,80}?\b(?:bi\s*thay\s*the|duoc\s*(?:sua\s*doi|bo\s*sung|thay\s*the)|bi\s*bai\s*bo|bi\s*bo)"
    r"(?:\s*,\s*bo\s*sung)?\s*boi\b[^\[\]]{0,200}\]"
)


def _title_end(folded: str, start: int, end: int) -> int:
    """The end of a cited title that opens the phrase: the phrase's end or ";", or the last comma
    before the phrase's own clause."""
    stop = CLAUSE_CUE.search(folded, start)
    limit = stop.start() if stop else len(folded)
    semicolon = folded.find(";", start, limit)
    if semicolon >= 0:
        return max(end, semicolon)
    if not stop:
        return len(folded)
    comma = folded.rfind(",", start, limit)
    return max(end, comma) if comma >= 0 else end


def mask_anniversaries(folded: str) -> str:
    """Blank out the span an anniversary celebrates; a date to hold the celebration stays."""
    return blank_matches(folded, ANNIVERSARY, 1)


def mask_superseded(folded: str) -> str:
    """Blank out a superseded deadline ("thay cho thời hạn cũ 30/11/2016")."""
    return blank_matches(folded, SUPERSEDED)


# a cited document named by its kind and number, or by its code: "Quy định 213-QĐ/TW", "Hướng dẫn số 33"
CITED = re.compile(rf"\b(?:{_DOC_WORDS})\s*(?:so\s*)?(?:{_CODE}|\d{{1,5}}\b)|\b{_CODE}")


def in_cited_title(folded: str, position: int) -> bool:
    """Whether ``position`` lies in the title of a document cited before it, in the same clause:
    "... quy định 213-QĐ/TW ... trách nhiệm đảng viên công tác thường xuyên giữ mối liên hệ ..."
    (no comma, no clause of the phrase's own in between)."""
    start = max(0, position - 200)
    last = next(reversed(list(islice(CITED.finditer(folded, start, position), 20))), None)
    if last is None:
        return False
    between = folded[last.end() : position]
    return not re.search(r"[,;:]", between) and not CLAUSE_CUE.search(between)
