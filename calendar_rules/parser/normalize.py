"""Tolerant normalisation of Vietnamese text extracted from PDFs.

The grammar runs on a *folded* form — lower case, no diacritics, "đ"→"d",
one space for every run of white space (line breaks inside a phrase
included), PDF damage repaired ("ƣ"→"ư") — while every position in it maps
back to the original text, so spans point at what the person wrote.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

_REPAIRS = {"ƣ": "ư", "Ƣ": "Ư", "\u00a0": " ", "–": "-", "—": "-", "‐": "-"}


def fold_char(ch: str) -> str:
    """One character in, one character out: lower case without diacritics."""
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


def fold(text: str) -> Folded:
    chars: list[str] = []
    origin: list[int] = []
    nfc = unicodedata.normalize("NFC", text)
    # NFC can change lengths; map through the NFC string only when it is the same length
    source = nfc if len(nfc) == len(text) else text
    for index, ch in enumerate(source):
        folded = fold_char(ch)
        if folded.isspace():
            if chars and chars[-1] == " ":
                continue
            folded = " "
        chars.append(folded)
        origin.append(index)
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
