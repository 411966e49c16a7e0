"""Vietnamese text repair and folding, for plan documents and for matching committee names.

Text extracted from PDFs of Vietnamese documents is damaged in repeatable ways:
fonts map "ư" to "ƣ" (U+01A3), letters are lost ("r " for "rõ", " ộ" for "bộ"),
words are split across lines, characters come decomposed. ``repair`` fixes what
can be fixed without guessing; ``fold`` gives a comparison key (no diacritics,
lower case, single spaces) so that names and cue words can be matched however
damaged or cased the text is. The original text is always kept for evidence.
"""

from __future__ import annotations

import re
import unicodedata

# Characters that PDF font tables substitute for Vietnamese letters.
_REPAIRS = str.maketrans(
    {
        "ƣ": "ư",
        "Ƣ": "Ư",
        "\u00a0": " ",  # no-break space
        "\u200b": "",  # zero-width space
        "\ufeff": "",
        "\u00ad": "",  # soft hyphen
        "\t": " ",
    }
)
_SPACES = re.compile(r"[ \u2000-\u200a\u3000]+")


def repair(text: str) -> str:
    """NFC-normalise and undo the letter substitutions PDF extraction makes."""
    return unicodedata.normalize("NFC", text.translate(_REPAIRS))


def squash(text: str) -> str:
    """Collapse runs of spaces and strip; keeps the letters as they are."""
    return _SPACES.sub(" ", text).strip()


def strip_marks(text: str) -> str:
    """Remove Vietnamese diacritics (and map đ/Đ to d/D), keeping case."""
    decomposed = unicodedata.normalize("NFD", repair(text))
    bare = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return bare.replace("đ", "d").replace("Đ", "D")


def fold(text: str) -> str:
    """Comparison key: no diacritics, lower case, punctuation spaced out, single spaces.

    "Ban Tuyên giáo  Thị ủy," and "BAN TUYEN GIAO THI UY" fold to the same key.
    """
    bare = strip_marks(text).lower()
    bare = re.sub(r"[^\w/-]+", " ", bare)
    return squash(bare)


def slugify(text: str) -> str:
    """ASCII slug ("Thị ủy Đức Phổ" → "thi-uy-duc-pho") for ids the person may rename."""
    bare = strip_marks(text).lower()
    return re.sub(r"[^a-z0-9]+", "-", bare).strip("-")
