"""Numbered lines → logical paragraphs → the outline (section tree) of a plan.

Plans of Party committees share one outline: a header (issuer, place and date,
number), the title after "KẾ HOẠCH", a preamble ("Thực hiện ... như sau:"), roman
sections ("I-", "II."), numbered items ("1.", "1.1.", "2.1.Nội dung"), letters
("a.", "b)"), bullets ("-", "+", "•") whose nesting is given by the order in which
the symbols first appear inside a section (some documents put "+" under "-",
others "-" under "+"), short label lines ("Năm 2021:"), and a trailer ("Nơi
nhận:", "T/M BAN THƯỜNG VỤ"). Headers such as "Nội dung", "Phương thức",
"Thời gian thực hiện", "Tiến độ", "Cơ quan thực hiện", "Phân công" give an item a
role.

Text from PDFs breaks every line, often with an empty line between; a paragraph
therefore runs on until a line starts with an item marker, or the previous line
ended a sentence (or was clearly short) and the next starts with a capital. Every
paragraph keeps the number of each of its lines so that a position in its text
maps back to the document line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from dondoc.plans.readers import SourceDocument, SourceLine
from dondoc.text import fold

_ROMAN = re.compile(r"^(?P<m>[IVX]{1,5})\s*[-.–):]\s*(?P<rest>\S.*)$")
_NUMBER = re.compile(r"^(?P<m>\d{1,2}(?:\.\d{1,2}){0,3})(?:\s*[.)]\s*|\s+(?=\D))(?P<rest>\S.*)$")
_LETTER = re.compile(r"^(?P<m>[a-zđ])\s*[.)]\s+(?P<rest>\S.*)$")
_BULLET = re.compile(r"^(?P<m>[-–—+•*●○▪■◦·])\s*(?P<rest>\S.*)$")
_TERMINAL = (".", ":", ";", "!", "?", "./.", ".\u201d", '."')

# Header roles: what the heading of an item says the item holds.
ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "time": ("thoi gian", "tien do", "thoi han", "lo trinh", "moc thoi gian"),
    "actors": (
        "co quan thuc hien",
        "don vi thuc hien",
        "co quan chu tri",
        "phan cong",
        "trach nhiem thuc hien",
        "to chuc thuc hien",
    ),
    "content": ("noi dung",),
    "method": ("phuong thuc", "phuong phap", "hinh thuc", "cach thuc"),
    "motto": ("phuong cham",),
    "purpose": ("muc dich", "yeu cau"),
}
_TRAILER = re.compile(r"^(noi nhan|t/m |tm |t/m\.|tm\.|kt\. |k/t )")


@dataclass
class Paragraph:
    """A logical paragraph: its marker (if any), text without the marker, and a map
    from positions in ``text`` to document lines."""

    kind: str  # roman | number | letter | bullet | text | label | table
    marker: str
    text: str
    spans: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, line number)

    @property
    def first_line(self) -> int:
        return self.spans[0][2]

    @property
    def lines(self) -> list[int]:
        return [line for _, _, line in self.spans]

    def line_at(self, position: int) -> int:
        """The document line holding character ``position`` of ``text``."""
        for start, end, line in self.spans:
            if position < end or (start <= position and end == start):
                return line
        return self.spans[-1][2]

    def append(self, text: str, line: int) -> None:
        if self.text and not self.text.endswith(" "):
            joiner = "" if self.text.endswith("-") and text[:1].isdigit() else " "
            self.text += joiner
        start = len(self.text)
        self.text += text
        self.spans.append((start, len(self.text), line))


@dataclass
class Node:
    """An item of the outline. ``paragraphs[0]`` is the item's own (marked) paragraph;
    unmarked paragraphs that follow it belong to it too."""

    kind: str  # root | roman | number | letter | bullet | label | row | text
    label: str  # "II", "1.2", "a", "-", "Năm 2021"
    id: str
    level: int
    paragraphs: list[Paragraph] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    parent: Node | None = field(default=None, repr=False)
    roles: frozenset[str] = frozenset()
    heading: str = ""  # the part before ":" when the item starts with a header word, else ""
    bullet_symbols: list[str] = field(default_factory=list)  # order of bullet symbols seen directly under a heading

    @property
    def line(self) -> int:
        return self.paragraphs[0].first_line if self.paragraphs else 0

    @property
    def text(self) -> str:
        return " ".join(p.text for p in self.paragraphs)

    @property
    def head_text(self) -> str:
        return self.paragraphs[0].text if self.paragraphs else ""

    @property
    def is_heading(self) -> bool:
        """A numbered/roman/letter item or a label, or a bullet that is only a short title."""
        if self.kind in ("roman", "number", "letter", "label"):
            return True
        if self.kind == "bullet":
            text = self.head_text.strip()
            return bool(self.children) and len(text.split()) <= 8 and not text.endswith((".", ";", ","))
        return False

    def ancestors(self) -> list[Node]:
        chain = []
        node = self.parent
        while node is not None:
            chain.append(node)
            node = node.parent
        return chain

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            yield from child.walk()

    def lines(self) -> list[int]:
        return [line for paragraph in self.paragraphs for line in paragraph.lines]

    def subtree_lines(self) -> list[int]:
        return [line for node in self.walk() for line in node.lines()]


@dataclass
class Outline:
    """The document split into header lines, preamble paragraphs, the body tree and the trailer."""

    header: list[SourceLine]
    preamble: list[Paragraph]
    root: Node
    trailer: list[SourceLine]
    paragraphs: list[Paragraph]


def roles_of(text: str) -> tuple[frozenset[str], str]:
    """Roles of a heading ("Phương thức, thời gian thực hiện" → {method, time}) and the heading part.

    Only text that starts with a header word counts, so "Xây dựng kế hoạch tổ chức
    thực hiện" is a topic, not a header. The heading part is what precedes ":" (or
    the whole text when it is short)."""
    colon = text.find(":")
    head = text[:colon] if colon != -1 else text
    head_folded = fold(head)
    if colon == -1 and len(head_folded.split()) > 10:
        return frozenset(), ""
    parts = [fold(part) for part in re.split(r"[,;]|\s(?:và|va)\s", head, flags=re.IGNORECASE) if fold(part)]
    roles = {
        role for role, words in ROLE_WORDS.items() for part in parts if any(part.startswith(word) for word in words)
    }
    if not parts or not any(parts[0].startswith(word) for words in ROLE_WORDS.values() for word in words):
        return frozenset(), ""
    return frozenset(roles), head.strip()


def _marker(text: str) -> tuple[str, str, str] | None:
    for kind, pattern in (("roman", _ROMAN), ("number", _NUMBER), ("letter", _LETTER), ("bullet", _BULLET)):
        match = pattern.match(text)
        if match:
            return kind, match.group("m"), match.group("rest")
    return None


def _starts_upper(text: str) -> bool:
    first = text.lstrip("\"'“”‘’(«")[:1]
    return bool(first) and (first.isupper() or first.isdigit())


def _is_all_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


def split_paragraphs(lines: list[SourceLine]) -> list[Paragraph]:
    """Join physical lines into paragraphs (see the module docstring for the rules)."""
    content = [line for line in lines if line.text and not line.noise]
    lengths = sorted(len(line.text) for line in content) or [80]
    typical = lengths[int(len(lengths) * 0.8)] if lengths else 80
    paragraphs: list[Paragraph] = []
    current: Paragraph | None = None
    previous_text = ""
    for line in content:
        text = line.text
        found = _marker(text)
        starts_new = False
        if " | " in text:
            starts_new = True
            found = None
        elif found is not None:
            kind, _, rest = found
            unfinished = (
                current is not None and not previous_text.endswith(_TERMINAL) and len(previous_text) >= 0.7 * typical
            )
            if kind == "bullet" and unfinished and rest[:1].islower():
                found = None  # "- chuyên đề ..." inside a sentence broken at a dash
            elif kind == "number" and unfinished and not _starts_upper(rest):
                found = None  # "30/4/2023." or "2022 của tỉnh" carried over
            elif (kind == "letter" and unfinished and not _starts_upper(rest)) or (
                kind == "roman" and unfinished and not _starts_upper(rest)
            ):
                found = None
            else:
                starts_new = True
        if not starts_new and current is not None:
            ended = previous_text.endswith(_TERMINAL)
            closed = ended or len(previous_text) < 0.7 * typical or _is_all_caps(previous_text) != _is_all_caps(text)
            if (_starts_upper(text) and not text[:1].isdigit() and closed) or (text[:1].isdigit() and ended):
                starts_new = True
        if current is None:
            starts_new = True
        if starts_new:
            if found is not None:
                kind, marker, rest = found
                current = Paragraph(kind=kind, marker=marker, text="")
                current.append(rest, line.number)
            else:
                current = Paragraph(kind="table" if " | " in text else "text", marker="", text="")
                current.append(text, line.number)
            paragraphs.append(current)
        else:
            assert current is not None
            current.append(text, line.number)
        previous_text = text
    for paragraph in paragraphs:
        if paragraph.kind == "text" and paragraph.text.endswith(":") and len(paragraph.text.split()) <= 6:
            paragraph.kind = "label"
    return paragraphs


def _roman_value(numeral: str) -> int:
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for index, ch in enumerate(numeral):
        value = values[ch]
        if index + 1 < len(numeral) and values[numeral[index + 1]] > value:
            total -= value
        else:
            total += value
    return total


def build_outline(document: SourceDocument) -> Outline:
    """Split the document into header, preamble, outline tree and trailer."""
    paragraphs = split_paragraphs(document.lines)
    body_start = next(
        (i for i, p in enumerate(paragraphs) if p.kind == "roman" or (p.kind == "number" and "." not in p.marker)),
        len(paragraphs),
    )
    # The header and title are the lines before the first preamble paragraph ("Thực hiện ...").
    preamble = paragraphs[:body_start]
    trailer_start = next(
        (i for i, p in enumerate(paragraphs) if i >= body_start and _TRAILER.match(fold(p.text[:12]) + " ")),
        len(paragraphs),
    )
    trailer_lines: list[SourceLine] = []
    if trailer_start < len(paragraphs):
        first = paragraphs[trailer_start].first_line
        trailer_lines = [line for line in document.lines if line.number >= first]
    body = paragraphs[body_start:trailer_start]
    root = Node(kind="root", label="", id="", level=0)
    _attach(root, body)
    header_end = preamble[0].first_line if preamble else (body[0].first_line if body else len(document.lines) + 1)
    header = [line for line in document.lines if line.number < header_end]
    return Outline(header=header, preamble=preamble, root=root, trailer=trailer_lines, paragraphs=paragraphs)


def _heading_level(paragraph: Paragraph) -> int | None:
    if paragraph.kind == "roman":
        return 1
    if paragraph.kind == "number":
        return 1 + len(paragraph.marker.split("."))
    return None


# What an item of each kind closes before it attaches: a letter ends the bullets, letters
# and labels above it; a table row is an item of the heading above it.
_CLOSES = {"letter": ("bullet", "letter", "label"), "label": ("bullet", "label"), "table": ("bullet", "row")}


def _attach(root: Node, paragraphs: list[Paragraph]) -> None:
    stack: list[Node] = [root]
    bullet_counts: dict[int, int] = {}
    for paragraph in paragraphs:
        level = _heading_level(paragraph)
        if level is not None:
            while len(stack) > 1 and (
                stack[-1].kind in ("bullet", "letter", "label", "text") or stack[-1].level >= level
            ):
                stack.pop()
            stack.append(_new_node(paragraph, stack[-1], level, bullet_counts))
        elif paragraph.kind in _CLOSES:
            while len(stack) > 1 and stack[-1].kind in _CLOSES[paragraph.kind]:
                stack.pop()
            stack.append(_new_node(paragraph, stack[-1], stack[-1].level + 1, bullet_counts))
        elif paragraph.kind == "bullet":
            _attach_bullet(root, stack, paragraph, bullet_counts)
        elif stack[-1] is root:  # unmarked text: belongs to the item above it
            stack.append(_new_node(paragraph, root, 1, bullet_counts))
        else:
            stack[-1].paragraphs.append(paragraph)


def _attach_bullet(root: Node, stack: list[Node], paragraph: Paragraph, bullet_counts: dict[int, int]) -> None:
    """A bullet's depth under its heading is the order in which its symbol first appeared there."""
    anchor = next((node for node in reversed(stack) if node.kind != "bullet"), root)
    symbol = _bullet_symbol(paragraph.marker)
    if symbol not in anchor.bullet_symbols:
        anchor.bullet_symbols.append(symbol)
    depth = anchor.bullet_symbols.index(symbol)
    # pop back to the anchor, then descend to the bullet of depth-1
    while stack[-1] is not anchor:
        stack.pop()
    parent = anchor
    for _ in range(depth):
        bullets = [child for child in parent.children if child.kind == "bullet"]
        if not bullets:
            break
        parent = bullets[-1]
        stack.append(parent)
    stack.append(_new_node(paragraph, parent, parent.level + 1, bullet_counts))


def _bullet_symbol(marker: str) -> str:
    return "-" if marker in "-–—" else ("+" if marker == "+" else "•")


def _new_node(paragraph: Paragraph, parent: Node, level: int, bullet_counts: dict[int, int]) -> Node:
    kind = paragraph.kind if paragraph.kind != "table" else "row"
    if kind == "row":
        first_cell = paragraph.text.split(" | ", 1)[0].strip()
        ordinal = sum(1 for child in parent.children if child.kind == "row") + 1
        label = first_cell if re.fullmatch(r"\d{1,3}\.?", first_cell) else f"r{ordinal}"
        node_id = f"{parent.id}/{label.rstrip('.')}" if parent.id else f"/{label.rstrip('.')}"
    elif kind == "roman":
        label = paragraph.marker
        node_id = label
    elif kind == "number":
        label = paragraph.marker
        roman = next((a for a in [parent, *parent.ancestors()] if a.kind == "roman"), None)
        node_id = f"{roman.id}.{label}" if roman is not None else label
    elif kind == "letter":
        label = paragraph.marker
        node_id = f"{parent.id}.{label}" if parent.id else label
    elif kind == "label":
        label = paragraph.text.rstrip(":").strip()
        slug = "-".join(fold(label).split())
        node_id = f"{parent.id}.{slug}" if parent.id else slug
    elif kind == "bullet":
        label = paragraph.marker
        ordinal = sum(1 for child in parent.children if child.kind == "bullet") + 1
        node_id = f"{parent.id}-{ordinal}" if parent.id else f"-{ordinal}"
    else:
        label = ""
        ordinal = sum(1 for child in parent.children if child.kind == "text") + 1
        node_id = f"{parent.id}~{ordinal}" if parent.id else f"~{ordinal}"
    roles, heading = roles_of(paragraph.text)
    node = Node(
        kind=kind,
        label=label,
        id=node_id,
        level=level,
        paragraphs=[paragraph],
        parent=parent,
        roles=roles,
        heading=heading,
    )
    parent.children.append(node)
    return node
