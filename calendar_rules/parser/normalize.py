"""Tolerant normalisation of Vietnamese text extracted from PDFs.

The grammar runs on a *folded* form — lower case, no diacritics, "đ"→"d",
one space for every run of white space (line breaks inside a phrase
included), PDF damage repaired ("ƣ"→"ư") — while every position in it maps
back to the original text, so spans point at what the person wrote.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from itertools import islice

_REPAIRS = {"ƣ": "ư", "Ƣ": "Ư", "\u00a0": " ", "–": "-", "—": "-", "‐": "-"}


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span blanked to spaces, same length, so that offsets into it stay offsets into the phrase
    (the readers mask what is not the deadline: a citation, a reference moment, a condition, a birth year)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def blank_matches(text: str, pattern: re.Pattern[str], group: int = 0, most: int | None = None) -> str:
    """``text`` with each match of ``pattern`` (its ``group``) blanked, same length (``blank_spans``); only the first
    ``most`` matches when given, a bound on the work a mask does."""
    matches = pattern.finditer(text) if most is None else islice(pattern.finditer(text), most)
    return blank_spans(text, [m.span(group) for m in matches])


@cache
def fold_char(ch: str) -> str:
    """One character in, one character out: lower case without diacritics (cached: a document uses a few hundred
    distinct characters, and folding is the scan's largest cost per character)."""
    ch = _REPAIRS.get(ch, ch)
    if ch in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", ch)[0]
    return base.lower() if len(base.lower()) == 1 else base


@dataclass(frozen=True)
class Folded:
    """``text`` is the folded form; ``origin[i]`` is the index in the original of text[i]."""

    text: str
    origin: tuple[int, ...]
    original: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original span of folded [start, end)."""
        if start >= end:
            return (self.origin[start] if start < len(self.origin) else len(self.original),) * 2
        return self.origin[start], self.origin[end - 1] + 1

    def words(self, start: int, end: int) -> str:
        """The original words of folded [start, end), without the punctuation a clause leaves around them: an event's
        or a term's name is shown to a person as the document wrote it ("ngày nhận được hồ sơ hợp lệ")."""
        return self.original[slice(*self.span(start, end))].strip(" .;,)")


# a whole date d/m/yyyy glued to the word before it, as table cells run together in extracted text
GLUED_DATE = re.compile(r"(?<=[^\W\d_])\d{1,2}/\d{1,2}/\d{4}(?!\d)")
_GLUED = ("den", "tu", "ngay", "truoc", "thang", "nam")


def _glued(chars: list[str]) -> bool:
    """The folded text ends with a whole time word ("den", "ngay" ...), not a longer word."""
    tail = "".join(chars[-6:])
    return any(tail.endswith(w) and (len(tail) == len(w) or not tail[-len(w) - 1].isalpha()) for w in _GLUED)


def _a_word_before(source: str, start: int) -> bool:
    """The date is glued to a word ("học kỳ II24/3/2023"), not to a document code ("123/UBND-VX12/3/2024")."""
    word = source[max(0, start - 20) : start].split()[-1:]
    return bool(word) and not re.search(r"[\d/\-]", word[0])


# a time word glued to the word before it ("liên hoantrong 2 ngày", "báo cáotrước ngày"): no Vietnamese syllable
# is longer than seven letters, so a longer run of letters that ends with the word is two words
GLUED_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,})(trong|truoc|ngay|thang|den)(?![^\W\d_])")
SYLLABLE_MAX = 7


# and a word glued after the number of a month or day ("trong tháng8này", "ngày 15tới"): two letters or more, not a
# unit ("8h00", "7g30")
GLUED_AFTER_NUMBER = re.compile(r"(?<![^\W\d_])(?:thang|ngay)\s?\d{1,2}(?=[^\W\d_]{2})")


def _unglue_words(chars: list[str], origin: list[int]) -> tuple[list[str], list[int]]:
    """A space before each glued time word (mapped to the word's first letter), and after the number of a month or
    day glued to the word after it (mapped to that word's first letter), in one pass."""
    text = "".join(chars)
    cuts = [m.start(2) for m in GLUED_WORD.finditer(text) if len(m.group(0)) > SYLLABLE_MAX]
    cuts = sorted(cuts + [m.end() for m in GLUED_AFTER_NUMBER.finditer(text)])
    if not cuts:
        return chars, origin
    out_chars: list[str] = []
    out_origin: list[int] = []
    last = 0
    for cut in cuts:
        out_chars.extend((*chars[last:cut], " "))
        out_origin.extend((*origin[last:cut], origin[cut]))
        last = cut
    return out_chars + chars[last:], out_origin + origin[last:]


# a space that a PDF's text layer gave as "ă" ("Trongăvòngă10ă(mười) ngày", "hồ sơăđề nghị"): an "ă" glued to what
# comes before it, where no syllable can hold it: before no letter, before a letter that ends no syllable after "ă"
# (only c, m, n, p, t, and k, h in names such as "Đăk", "Chư Păh", may), or after a letter no "ă" follows
# (only a consonant, or the "o", "u" of "xoăn", "quăng"); "măng", "năm", "Đăk Tô" keep theirs
_BREVE_CODAS = frozenset("cmnptkh")
_BREVE_ONSETS = frozenset("bcdđghklmnpqrstvxou")


def glued_breve(text: str, index: int) -> bool:
    """Whether the "ă" at ``index`` stands for a space lost in extraction."""
    if text[index] != "ă" or index == 0 or text[index - 1].isspace():
        return False
    after = text[index + 1] if index + 1 < len(text) else " "
    return not after.isalpha() or after.lower() not in _BREVE_CODAS or text[index - 1].lower() not in _BREVE_ONSETS


def _between_letters(text: str, index: int) -> bool:
    return 0 < index < len(text) - 1 and text[index - 1].isalpha() and text[index + 1].isalpha()


def fold(text: str) -> Folded:
    chars: list[str] = []
    origin: list[int] = []
    nfc = unicodedata.normalize("NFC", text)
    # NFC can change lengths; map through the NFC string only when it is the same length
    source = nfc if len(nfc) == len(text) else text
    glued_dates = {m.start() for m in GLUED_DATE.finditer(source) if _a_word_before(source, m.start())}
    for index, ch in enumerate(source):
        folded = " " if ch == "ă" and glued_breve(source, index) else fold_char(ch)
        if ch == "_" and _between_letters(source, index):
            folded = " "  # word-segmented text ("ngày làm_việc", "Hội_đồng_nhân_dân"): the syllables' separator
        if folded.isspace():
            if chars and chars[-1] == " ":
                continue
            folded = " "
        if folded.isdigit() and chars and chars[-1].isalpha() and (_glued(chars) or index in glued_dates):
            chars.append(" ")  # "đến15-12-2017": a time word glued to its number; "học kỳ II24/3/2023": table cells
            origin.append(index)
        chars.append(folded)
        origin.append(index)
    chars, origin = _unglue_words(chars, origin)
    # trim
    while chars and chars[0] == " ":
        chars.pop(0)
        origin.pop(0)
    while chars and chars[-1] == " ":
        chars.pop()
        origin.pop()
    return Folded("".join(chars), tuple(origin), text)


def repair(text: str) -> str:
    """The original text with PDF damage repaired and white space collapsed (for display)."""
    out = "".join(_REPAIRS.get(ch, ch) for ch in unicodedata.normalize("NFC", text))
    return " ".join(out.split())


_UNITS = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "nhăm": 5}
_UNITS |= {"sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
# "ngày mười lăm", "mùng một", "tháng Tư", "tháng Mười Hai"; "tháng năm" only before "năm 2024"
# (elsewhere "6 tháng năm 2024" is "the six months of 2024"), and never "tháng sau" (next month)
SPELLED_NUMBER = re.compile(
    rf"(?i)\b(ngày|mùng|mồng|tháng)(\s+)((?:(hai|ba)\s+mươi|mười)(?:\s+({_UNIT}))?|({_UNIT}))\b"
    r"(?!\s+(?:lần|lượt|buổi|người|giờ|ca)\b)"
)
YEAR_AFTER = re.compile(r"(?i)\s+năm\s+\d{4}")


def _number(match: re.Match[str]) -> str:
    tens_word, tail, unit = match.group(4), match.group(5), match.group(6)
    if unit is not None and unit.lower() == "năm" and not YEAR_AFTER.match(match.string, match.end()):
        return match.group(0)
    if unit is not None:
        value = _UNITS[unit.lower()]
    else:
        value = (_UNITS[tens_word.lower()] * 10 if tens_word else 10) + (_UNITS[tail.lower()] if tail else 0)
    spelled = match.group(3)
    return match.group(1) + match.group(2) + str(value).ljust(len(spelled))


_TENS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
_TEN = "|".join(sorted(_TENS, key=len, reverse=True))
# after "mươi" the units are "mốt", "tư", "lăm": "hai mươi năm" is twenty years, never 25
# (longest first, as alternatives are tried in order; kept in the table's order, not a set's, so the pattern is
# the same in every process)
_AFTER_TENS = "|".join(sorted((w for w in _UNITS if w not in {"một", "năm"}), key=len, reverse=True))
_COUNT_UNIT = "|".join(
    sorted((w for w in _UNITS if w not in {"năm", "lăm", "nhăm", "mốt", "tư"}), key=len, reverse=True)
)
_TENS_NUMBER = rf"(?:(?:{_TEN})\s+mươi|mười)(?:\s+(?:{_AFTER_TENS}))?"
# "một trăm hai mươi", "một trăm linh năm", "hai trăm": hundreds, with tens or "linh / lẻ" and a unit
_HUNDREDS = rf"(?:một|{_TEN})\s+trăm(?:\s+(?:linh|lẻ)\s+(?:{_UNIT})|\s+{_TENS_NUMBER})?"
# counts and ordinals: "trong thời hạn ba ngày làm việc", "ba mươi ngày", "một trăm hai mươi ngày", "ngày thứ ba
# mươi", "ngày thứ chín mươi", "tháng thứ ba"; a bare unit is an ordinal only after "tháng thứ" ("ngày thứ hai" is
# Monday), and "năm" is a count only before "ngày làm việc" ("năm" is also "year")
SPELLED_COUNT = re.compile(
    rf"(?i)(?<!\w)(?:(ngày\s+thứ\s+)({_HUNDREDS}|{_TENS_NUMBER})|(tháng\s+thứ\s+)({_TENS_NUMBER}|{_UNIT})"
    rf"|({_HUNDREDS}|{_TENS_NUMBER}|năm(?=\s+ngày\s+làm\s+việc)|{_COUNT_UNIT})(?=\s+(?:ngày|tháng|tuần)(?!\w)))(?!\w)"
)


def spelled_value(words: str) -> int:
    """The value of a spelled-out number below a thousand ("hai mươi mốt" → 21, "một trăm linh năm" → 105)."""
    tokens = words.lower().split()
    value = 0
    if len(tokens) > 1 and tokens[1] == "trăm":
        value, tokens = _UNITS[tokens[0]] * 100, tokens[2:]
        if tokens and tokens[0] in ("linh", "lẻ"):
            return value + _UNITS[tokens[1]]
    if not tokens:
        return value
    if tokens[0] == "mười":
        value, tokens = value + 10, tokens[1:]
    elif len(tokens) > 1 and tokens[1] == "mươi":
        value, tokens = value + _TENS[tokens[0]] * 10, tokens[2:]
    return value + (_UNITS[tokens[0]] if tokens else 0)


def _count(match: re.Match[str]) -> str:
    head = match.group(1) or match.group(3) or ""
    spelled = match.group(2) or match.group(4) or match.group(5)
    return head + str(spelled_value(" ".join(spelled.split()))).ljust(len(spelled))


# words that fold to a word of the grammar: "mới" (new) would read as "mỗi" (each) in
# "nông thôn mới năm 2022"; they are spelled so that they fold to no word of the grammar
HOMOGRAPHS = re.compile(r"(?i)(?<!\w)(m)ới(?!\w)")


# a spelled count with its digits after it in brackets: "trong thời hạn bảy (07) ngày làm việc", "năm (05) ngày"
# (the mirror of "06 (sáu) tháng", ``SPELLED_RE``)
SPELLED_REPEAT = re.compile(rf"(?i)(?<!\w)({_HUNDREDS}|{_TENS_NUMBER}|{_UNIT})\s*\(\s*(\d{{1,3}})\s*\)")


def _repeat(match: re.Match[str]) -> str:
    """The digits alone, right-aligned in the same length, when they say the same number as the words before them
    (otherwise the brackets say something else: kept as written)."""
    if spelled_value(" ".join(match.group(1).split())) != int(match.group(2)):
        return match.group(0)
    return match.group(2).rjust(len(match.group(0)))


def spell_digits(text: str) -> str:
    """Spelled-out days, months, counts and ordinals as digits, padded to the same length ("ngày mười lăm" →
    "ngày 15   ", "ba mươi ngày" → "30      ngày", "ngày thứ chín mươi" → "ngày thứ 90      ", "bảy (07) ngày" →
    "      07 ngày"), and homographs of grammar words made distinct (same length)."""
    counted = SPELLED_COUNT.sub(_count, SPELLED_REPEAT.sub(_repeat, text))
    return HOMOGRAPHS.sub(lambda m: m.group(1) + "_i", SPELLED_NUMBER.sub(_number, counted))


_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền, sắc, ngã, hỏi, nặng
_WORD_RE = re.compile(r"(?:[^\W\d_][\u0300-\u036f]*)+")  # on NFD text: letters with their marks


def damaged_diacritics(text: str, at_least: int = 2, unmarked: int = 8) -> bool:
    """Whether the text's diacritics were damaged, in extraction or by an encoding: ``at_least`` words carry two
    tone marks ("Tạĩ phĩên họp ngàỷ ..."; no Vietnamese syllable has two), or ``unmarked`` words or more carry none
    at all ("Ngay 12/2/2024, So GD da to chuc ..."; no Vietnamese sentence that long). The checks that read the
    diacritics ("đã", "phải", "cần") then cannot be trusted, though the folded text may still read well; so with
    spaces given as "ă" (``glued_breve``), where the letters the font lacked are lost too."""
    nfc = unicodedata.normalize("NFC", text)
    if any(glued_breve(nfc, m.start()) for m in re.finditer("ă", nfc)):  # "Trongăvòngă10ă(mười) ngày làm vi c"
        return True
    damaged = words = 0
    marked = False
    for word in _WORD_RE.finditer(unicodedata.normalize("NFD", text)):
        words += 1
        marked = marked or not word.group(0).isascii()
        damaged += sum(ch in _TONES for ch in word.group(0)) > 1
    return damaged >= at_least or (not marked and words >= unmarked)
