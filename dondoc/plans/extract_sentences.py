"""Sentence and title helpers shared by the plan extractor's parts (header, scanning, assignees, tasks)."""

from __future__ import annotations

import re

from dondoc.plans.extract_bodies import Assignee, fold_same_length
from dondoc.plans.extract_deadlines import Deadline
from dondoc.plans.extract_model import ReviewItem
from dondoc.plans.structure import roles_of
from dondoc.text import fold, squash

REPORT = re.compile(r"\b(bao\s+cao|gui)\b")
_LABEL = re.compile(r"^(?P<label>[^:]{2,60}):\s*")


def is_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters)


def caps_prefix(segment: str) -> str:
    """The leading upper-case words of a header segment ("THỊ ỦY ĐỨC PHỔ Đức Phổ, ngày ..." → "THỊ ỦY ĐỨC PHỔ")."""
    words: list[str] = []
    for word in segment.split():
        letters = [ch for ch in word if ch.isalpha()]
        if not letters or not all(ch.isupper() for ch in letters):
            break
        words.append(word)
    return " ".join(words) if len(words) >= 2 else ""


def title_case(text: str) -> str:
    """ "THỊ ỦY ĐỨC PHỔ" → "Thị ủy Đức Phổ": level words lower-case, place names capitalised."""
    words = text.lower().split()
    if not words:
        return text
    out = [words[0].capitalize()]
    for index, word in enumerate(words[1:], start=1):
        keep_lower = fold(word) in ("uy", "bo", "cac", "co", "quan", "va") and index < 3
        out.append(word if keep_lower else word.capitalize())
    return " ".join(out)


def sentence_end(folded: str, position: int) -> int:
    match = re.compile(r"\.(?:\s|$)|;").search(folded, position)
    return match.start() if match else len(folded)


def sentence_start(folded: str, position: int) -> int:
    before = folded[:position]
    return max(before.rfind(". ") + 1, before.rfind("; ") + 1, 0)


def sentence_at(text: str, position: int) -> str:
    folded = fold_same_length(text)
    start = sentence_start(folded, position)
    end = sentence_end(folded, position)
    return squash(text[start : end + 1]).lstrip("-+•;:. ")


def clause_at(text: str, position: int) -> str:
    folded = fold_same_length(text)
    before = folded[:position]
    start = max(before.rfind(". ") + 1, before.rfind("; ") + 1, before.rfind(", ") + 1, 0)
    end = sentence_end(folded, position)
    return squash(text[start:end])


def first_sentence(text: str) -> str:
    match = re.search(r"\.\s", text)
    return squash(text[: match.start()] if match else text).rstrip(".;: ")


def strip_deadline(text: str, deadline: Deadline) -> str:
    """Drop "(thời gian hoàn thành ...)" and a leading "Quý IV/2022:" from a title."""
    phrase = squash(deadline.phrase)
    text = re.sub(r"\s*\((?:[^()]*?)" + re.escape(phrase) + r"[^()]*\)", "", text)
    text = re.sub(r"^\s*" + re.escape(phrase) + r"\s*:\s*", "", text)
    text = re.sub(
        r"\s*(?:thời gian\s+)?(?:thực hiện|hoàn thành)?\s*" + re.escape(phrase) + r"\s*$", "", text, flags=re.IGNORECASE
    )
    return squash(text).rstrip(".;:, ") or phrase


def after_label(text: str) -> str:
    """Text after a leading "label:" that is a header or "Đối với ..." or a date, else the text."""
    match = _LABEL.match(text)
    if not match:
        return text
    label = fold(match.group("label"))
    roles, _ = roles_of(match.group("label"))
    if (
        roles
        or label.startswith(("doi voi", "rieng", "nam ", "quy ", "thang ", "truoc ", "cham nhat", "tu ", "giai doan"))
        or re.match(r"^(quy|thang|nam)\b", label)
    ):
        return text[match.end() :]
    return text


def clip(text: str, limit: int = 160) -> str:
    text = squash(text)
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def unique(items: list[Assignee | None]) -> list[Assignee]:
    """The assignees in order, once each (bodies that resolved to nothing are left out)."""
    out: list[Assignee] = []
    for item in items:
        if item is not None and item not in out:
            out.append(item)
    return out


def dedupe_review(items: list[ReviewItem]) -> list[ReviewItem]:
    seen: set[tuple[int, str, str]] = set()
    out = []
    for item in items:
        key = (item.line, item.text, item.reason)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
