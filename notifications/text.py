"""Plain-text helpers shared by templates and channels.

Chat channels cap the message length (Telegram 4,096 characters, a Zalo OA
text 2,000). Cutting blindly could cut the link that lets the assignee record
the submission, which is the point of the message, so ``fit_text`` keeps the
tail (the link) whole and shortens the body, preferring whole lines, then
whole words.
"""

from __future__ import annotations

import re
import unicodedata

TELEGRAM_TEXT_LIMIT = 4096
ZALO_TEXT_LIMIT = 2000

_WS = re.compile(r"\s+")


def nfc(text: str) -> str:
    """Vietnamese in composed form: one code point per letter with its marks.

    Decomposed input (common when text is copied from PDFs or macOS) would
    count double against length limits and render badly in some clients.
    """
    return unicodedata.normalize("NFC", text)


def single_line(text: str) -> str:
    """Collapse whitespace and newlines: for headers (no header injection) and subjects."""
    return _WS.sub(" ", nfc(text)).strip()


def truncation_marker(dropped_lines: int) -> str:
    if dropped_lines > 0:
        return f"… (còn {dropped_lines} dòng, xem đầy đủ tại liên kết)"
    return "…"


def fit_text(text: str, limit: int, *, tail_lines: int = 1) -> str:
    """``text`` within ``limit`` characters, its last ``tail_lines`` lines kept intact.

    The body above the tail loses whole lines from its end first, then (if
    one line is still too long) is cut at a word boundary; a marker says that
    something was left out. If the tail alone exceeds the limit it is cut as
    a last resort (a link longer than the channel allows cannot be sent whole).
    """
    text = nfc(text)
    if limit <= 0:
        raise ValueError("limit must be positive")
    if len(text) <= limit:
        return text
    lines = text.split("\n")
    tail_lines = max(0, min(tail_lines, len(lines) - 1))
    body = lines[: len(lines) - tail_lines]
    tail = "\n".join(lines[len(lines) - tail_lines :]) if tail_lines else ""
    if len(tail) >= limit:
        return tail[: limit - 1] + "…"
    total_body = len(body)
    while body:
        marker = truncation_marker(total_body - len(body))
        candidate = _join(body, marker, tail)
        if len(candidate) <= limit:
            return candidate
        if len(body) == 1:
            break
        body.pop()
        while body and not body[-1].strip():  # do not end on blank lines
            body.pop()
    # One (long) line remains: cut it at a word boundary.
    first = body[0] if body else ""
    marker = truncation_marker(total_body - 1) if total_body > 1 else ""
    rest = "\n".join(p for p in (marker, tail) if p)
    room = limit - (len(rest) + 1 if rest else 0)  # room for the cut line, its "…" included
    cut = first[: max(room - 1, 0)]
    if " " in cut:
        cut = cut[: cut.rfind(" ")]
    line = cut.rstrip() + "…" if cut.strip() else ""
    return "\n".join(p for p in (line, rest) if p)[:limit]


def _join(body: list[str], marker: str, tail: str) -> str:
    parts = ["\n".join(body).rstrip()] if body else []
    if marker:
        parts.append(marker)
    if tail:
        parts.append(tail)
    return "\n".join(p for p in parts if p != "")
