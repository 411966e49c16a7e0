"""Who must do it: recognising the bodies a plan names, and resolving them.

Plans name bodies three ways: a unit by name ("Ban Tuyên giáo Thị ủy", "Cơ quan Tổ
chức - Nội vụ thị xã"), a group relative to the issuer ("các chi, đảng bộ trực
thuộc Thị ủy", "cấp ủy cơ sở", "Mặt trận Tổ quốc và các tổ chức chính trị - xã hội
thị xã", "cấp ủy các cấp"), or people ("mỗi cán bộ, đảng viên"), which dondoc
cannot chase and a person must decide about.

Names resolve against the committee tree when one is given (names and aliases,
compared folded: no diacritics, any case, PDF damage tolerated by a close-match
fallback); groups become the selectors of the plan file format
(``{children_of: ..., kind: [...]}``, ``{under: ...}``, ``{board_of: ..., name: ...}``).
Nothing is guessed silently: a name that does not resolve, or resolves only by a
close match, carries a note for the review list.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass

from dondoc.org.registry import OrgTree
from dondoc.plans.extract_body_words import GROUPS, HEADS, NAME_WORDS, PEOPLE, STOP_AFTER, VAGUE
from dondoc.text import fold, slugify

Assignee = str | dict[str, object]


@dataclass(frozen=True)
class Body:
    """A body named in the text: where, as written, and what it resolves to."""

    text: str
    start: int
    end: int
    assignee: Assignee | None
    note: str | None = None  # why a person should check it (Vietnamese)
    vague: bool = False
    people: bool = False


def fold_same_length(text: str) -> str:
    """Like ``fold`` but one output character per input character, so regex positions
    found in the folded text are positions in the original."""
    out = []
    for ch in text:
        if ch in "đĐ":
            out.append("d")
            continue
        base = unicodedata.normalize("NFD", ch)[0]
        low = base.lower()
        out.append(low if len(low) == 1 else base)
    return "".join(out)


class BodyResolver:
    """Finds and resolves bodies for one plan (its issuer and, optionally, the tree)."""

    def __init__(self, tree: OrgTree | None, issuer_id: str | None, issuer_name: str | None) -> None:
        self.tree = tree
        self.issuer_id = issuer_id
        self.issuer_name = issuer_name
        self._index: dict[str, set[str]] = {}
        self._keys_by_first: dict[str, list[str]] = {}
        self._issuer_refs: set[str] = set()
        if tree is not None:
            for unit in tree.units:
                for name in (unit.name, *unit.aliases):
                    key = fold(name)
                    if key:
                        self._index.setdefault(key, set()).add(unit.id)
            for key in self._index:
                self._keys_by_first.setdefault(key.split()[0], []).append(key)
            for keys in self._keys_by_first.values():
                keys.sort(key=len, reverse=True)
        if issuer_name:
            words = fold(issuer_name).split()
            refs = {" ".join(words), " ".join(words[:2])}
            if len(words) > 2:
                refs.add(" ".join(words[:3]))
            refs |= {ref.replace("dang uy", "dang bo", 1) for ref in refs if ref.startswith("dang uy")}
            refs = {ref for ref in refs if len(ref.split()) >= 2}
            self._issuer_refs = refs | {f"ban thuong vu {ref}" for ref in refs} | {f"thuong truc {ref}" for ref in refs}

    # ----------------------------------------------------------------- finding
    def find(self, text: str) -> list[Body]:
        """Every body named in ``text``, left to right, without overlaps."""
        folded = fold_same_length(text)
        found: list[Body] = []
        position = 0
        while position < len(text):
            if position > 0 and folded[position - 1].isalnum():
                position += 1
                continue
            body = self._at(text, folded, position)
            if body is None:
                position += 1
                continue
            found.append(body)
            position = max(body.end, position + 1)
        return found

    def subjects(self, text: str) -> list[Body]:
        """The bodies at the start of ``text`` (the grammatical subject), chained by
        ",", ";", "và", "-": "Các đảng ủy, chi bộ trực thuộc Thị ủy; Mặt trận ... xây dựng ..."."""
        folded = fold_same_length(text)
        position = _skip(folded, 0)
        lead = re.match(r"(?:giao\s+cho|giao|de\s+nghi|yeu\s+cau|o\s+cap\s+co\s+so\s+do|do)\s+", folded[position:])
        if lead:
            position += lead.end()
        bodies: list[Body] = []
        while position < len(text):
            body = self._at(text, folded, position)
            if body is None:
                break
            bodies.append(body)
            rest = re.match(r"\s*(?:,|;|-|–|\(|\)|va\b|cung\b|phoi\s+hop\s+(?:voi\s+)?)\s*", folded[body.end :])
            if not rest:
                break
            position = body.end + rest.end()
        return bodies

    def _at(self, text: str, folded: str, position: int) -> Body | None:
        tail = folded[position:]
        best: Body | None = None
        for pattern, mode, kinds in GROUPS:
            match = pattern.match(tail)
            if match and (best is None or match.end() > best.end - position):
                best = self._group(
                    text, position, position + _trim(tail, match.end()), mode, kinds, tail[: match.end()]
                )
        if best is not None:
            return best
        for pattern, vague in ((VAGUE, True), (PEOPLE, False)):
            match = pattern.match(tail)
            if match:
                end = position + _trim(tail, match.end())
                words = text[position:end]
                if vague:
                    return Body(words, position, end, None, note=f"nhóm đơn vị chưa rõ: '{words}'", vague=True)
                return Body(words, position, end, None, note=f"'{words}' là cá nhân, không phải đơn vị", people=True)
        if not text[position : position + 1].isupper():
            return None
        indexed = self._indexed(text, folded, position)
        if indexed is not None:
            return indexed
        return self._named(text, folded, position)

    def _group(self, text: str, start: int, end: int, mode: str, kinds: list[str], folded_words: str) -> Body:
        words = text[start:end]
        anchor = self._level_unit(folded_words) or self.issuer_id
        if anchor is None:
            return Body(words, start, end, None, note=f"'{words}': chưa biết đơn vị ban hành để xác định nhóm")
        selector: dict[str, object] = {mode: anchor, "kind": list(kinds)}
        return Body(words, start, end, selector)

    def _level_unit(self, folded_words: str) -> str | None:
        """A group phrase that names another level ("trực thuộc Tỉnh ủy") anchors there."""
        if self.tree is None:
            return None
        match = re.search(r"(?:truc\s+thuoc|trong|thuoc)\s+(.+)$", folded_words)
        if not match:
            return None
        key = " ".join(match.group(1).split())
        if any(key == ref or ref.startswith(key) for ref in self._issuer_refs):
            return self.issuer_id
        ids = self._index.get(key)
        if ids and len(ids) == 1:
            return next(iter(ids))
        return None

    def _indexed(self, text: str, folded: str, position: int) -> Body | None:
        if self.tree is None:
            return None
        first = re.match(r"\w+", folded[position:])
        if not first:
            return None
        squeezed, mapping = _squeeze(folded, position)
        for key in self._keys_by_first.get(first.group(0), []):
            if squeezed.startswith(key) and (len(squeezed) == len(key) or not squeezed[len(key)].isalnum()):
                end = mapping[len(key) - 1] + 1
                ids = self._index[key]
                unit_id = self._prefer(ids)
                words = text[position:end]
                if unit_id is None:
                    return Body(
                        words, position, end, None, note=f"'{words}' khớp nhiều đơn vị: {', '.join(sorted(ids))}"
                    )
                return Body(words, position, end, unit_id)
        return None

    def _named(self, text: str, folded: str, position: int) -> Body | None:
        tail = folded[position:]
        head = next(
            (h for h in HEADS if tail.startswith(h) and (len(tail) == len(h) or not tail[len(h)].isalnum())), None
        )
        if head is None:
            return None
        end = position + len(head)
        while True:
            match = re.match(r"(\s*-\s*|\s+)(\w+)", folded[end:])
            if match is None:
                break
            word = match.group(2)
            original = text[end + match.start(2) : end + match.end(2)]
            if word in STOP_AFTER and not original[:1].isupper():
                break
            if original[:1].isupper() or word in NAME_WORDS:
                if word == "va" or word in ("cac",):
                    break
                folded_next = folded[end + match.start(2) :]
                if (
                    any(folded_next.startswith(h + " ") for h in ("ban ", "uy ban "))
                    and len(folded[position:end].split()) > 2
                ):
                    break
                end = end + match.end()
                continue
            break
        words = text[position:end].strip()
        end = position + len(words)
        if len(words.split()) < 2:
            return None
        unit, note = self.resolve_name(words)
        if unit is None:
            # the extent may have run into the verb ("Ủy ban Kiểm tra Huyện ủy tổng hợp"): try shorter
            parts = words.split()
            for size in range(len(parts) - 1, 1, -1):
                shorter = " ".join(parts[:size])
                candidate, candidate_note = self.resolve_name(shorter)
                if candidate is not None:
                    return Body(shorter, position, position + len(shorter), candidate, note=candidate_note)
        return Body(words, position, end, unit, note=note)

    # ------------------------------------------------------------- resolving
    def resolve_name(self, words: str) -> tuple[Assignee | None, str | None]:
        """A unit id (or a board selector without a tree) for a name as written."""
        key = fold(words)
        if key in self._issuer_refs and self.issuer_id:
            return self.issuer_id, None
        if self.tree is None:
            board = re.match(r"^((?:ban|uy ban kiem tra|van phong)(?: \w+)*?) (\w+ uy(?: khoi)?|dang uy so)$", key)
            if (
                board
                and self.issuer_id
                and any(ref.endswith(board.group(2)) or ref == board.group(2) for ref in self._issuer_refs)
            ):
                name = " ".join(words.split()[: len(board.group(1).split())])
                return {
                    "board_of": self.issuer_id,
                    "name": name,
                }, f"'{words}': chưa đối chiếu với cây tổ chức (dùng --tree)"
            return None, f"'{words}': chưa đối chiếu với cây tổ chức (dùng --tree)"
        ids = self._index.get(key)
        if ids:
            unit_id = self._prefer(ids)
            if unit_id:
                return unit_id, None
        near = self._near_issuer()
        prefixed = [unit.id for unit in self.tree.units if unit.id in near and fold(unit.name).startswith(key + " ")]
        if len(prefixed) == 1:
            return prefixed[0], None
        keys = list(self._index)
        close = difflib.get_close_matches(key, keys, n=2, cutoff=0.88)
        if close and (
            len(close) == 1
            or difflib.SequenceMatcher(None, key, close[0]).ratio()
            > difflib.SequenceMatcher(None, key, close[1]).ratio()
        ):
            unit_id = self._prefer(self._index[close[0]])
            if unit_id:
                return unit_id, f"'{words}' được hiểu là '{close[0]}' (gần đúng)"
        return None, f"không tìm thấy đơn vị '{words}' trong cây tổ chức"

    def _prefer(self, ids: set[str]) -> str | None:
        if len(ids) == 1:
            return next(iter(ids))
        near = self._near_issuer() & ids
        return next(iter(near)) if len(near) == 1 else None

    def _near_issuer(self) -> set[str]:
        if self.tree is None or self.issuer_id is None or self.issuer_id not in self.tree.by_id:
            return {unit.id for unit in self.tree.units} if self.tree else set()
        prefix = self.tree.path_of(self.issuer_id)
        near = {unit.id for unit in self.tree.units if self.tree.path_of(unit.id).startswith(prefix)}
        parent = self.tree.by_id[self.issuer_id].parent
        while parent is not None:
            near.add(parent)
            near |= {unit.id for unit in self.tree.units if unit.parent == parent}
            parent = self.tree.by_id[parent].parent
        return near


def issuer_guess_id(name: str) -> str:
    """Without a tree the issuer's id is a slug of its name, for the person to confirm."""
    return slugify(name)


def _trim(folded_tail: str, end: int) -> int:
    while end > 0 and folded_tail[end - 1] in " ,;-":
        end -= 1
    return end


def _skip(folded: str, position: int) -> int:
    while position < len(folded) and folded[position] in " -–+•*:;,.()":
        position += 1
    return position


def _squeeze(folded: str, position: int) -> tuple[str, list[int]]:
    """Folded text from ``position`` with runs of spaces and punctuation other than
    "-" and "/" collapsed to one space (as ``fold`` does), and a map back to offsets."""
    out: list[str] = []
    mapping: list[int] = []
    pending_space = False
    for offset in range(position, min(len(folded), position + 200)):
        ch = folded[offset]
        if ch.isalnum() or ch in "-/_":
            if pending_space and out:
                out.append(" ")
                mapping.append(offset - 1)
            out.append(ch)
            mapping.append(offset)
            pending_space = False
        else:
            pending_space = True
    return "".join(out), mapping
