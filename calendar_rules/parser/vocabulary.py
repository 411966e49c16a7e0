"""The word lists of the phrase grammar, each written once, on folded text (see ``normalize``).

Each fragment below is a bare group (``(?:...)``) of folded words, a space written as ``\\s*``
(folded text may lose or double its spaces); the patterns of ``patterns`` and of the readers and
checks are composed from them, so that one meaning is one list.
"""

from __future__ import annotations


def any_of(*phrases: str) -> str:
    """An alternation of folded phrases, each space matching any white space ("bao cao", "baocao")."""
    return "|".join(phrase.replace(" ", r"\s*") for phrase in phrases)


# each (period): "hằng", "mỗi", "từng"
EACH = r"(?:hang|moi|tung)"
# a calendar period: "tháng", "quý", "năm"
PERIOD_WORD = r"(?:thang|quy|nam)"
# a period or a reporting term ("kỳ báo cáo"): "tháng", "quý", "kỳ", "năm"
TERM_WORD = r"(?:thang|quy|ky|nam)"
# counted from an event or a day: "kể từ", "tính từ"
COUNTED_FROM = rf"(?:{any_of('ke tu', 'tinh tu')})"
# the next one (period): "tháng sau", "quý tiếp theo", "năm kế tiếp", "tháng liền sau" (not "sau khi", an event)
NEXT = rf"(?:sau(?!\s*khi)|{any_of('tiep theo', 'ke tiep', 'ke sau', 'lien sau')})"
# a start with its time of day: "bắt đầu (từ, vào) (lúc) (7 giờ 30 phút,) (sáng, chiều) (ngày)", up to the date
BEGINS = (
    r"bat\s*dau\s*(?:tu\s*|vao\s*)?(?:luc\s*)?(?:\d{1,2}\s*(?:h|gio)\s*\d{0,2}(?:\s*phut)?\s*,?\s*)?"
    r"(?:(?:sang|chieu|toi|trua)\s*)?(?:ngay\s*)?"
)
# a written day and month, maybe with its year: "15/3", "15-3-2024", "15 tháng 3", "15 tháng 3 năm 2024"
DAY_OF_MONTH = r"\d{1,2}\s*(?:[/.\-]\s*\d{1,2}|thang\s*\d{1,2})(?:\s*(?:[/.\-]|nam)\s*\d{4})?"
# a meeting: "phiên họp", "hội nghị", "kỳ họp", "cuộc họp", "buổi làm việc", "buổi họp", "buổi gặp"
MEETING = rf"(?:{any_of('phien hop', 'hoi nghi', 'ky hop', 'cuoc hop', 'buoi lam viec', 'buoi hop', 'buoi gap')})"
# a ceremony: "lễ trao giải", "lễ khai mạc (khai giảng)", "lễ bế mạc", "lễ kỷ niệm", "lễ tổng kết", "lễ ra quân"
CEREMONY = rf"(?:le\s*(?:{any_of('trao', 'khai', 'be', 'ky niem', 'tong ket', 'ra quan')}))"
# the latest day allowed: "chậm nhất", "muộn nhất", "hạn chót", "hạn cuối"
HARD_LIMIT = rf"(?:{any_of('cham nhat', 'muon nhat', 'han chot', 'han cuoi')})"
# a label that says when: "thời gian", "thời hạn", "thời điểm", "tiến độ"
TIME_LABEL = rf"(?:{any_of('thoi gian', 'thoi han', 'thoi diem', 'tien do')})"
# handing in what is due: "nộp", "gửi"
HAND_IN = r"(?:nop|gui)"
# a return or report named by its period: "tờ khai quý", "báo cáo tháng", "kỳ khai năm"
RETURN_NAME = rf"(?:{any_of('to khai', 'bao cao', 'ky khai')})"
# a quarter's number in Roman numerals, longest first: "quý IV", "quý II"
ROMAN_QUARTER = r"(?:iv|iii|ii|i)"
