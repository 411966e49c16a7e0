"""RFC 5545 content lines written directly, byte for byte as the ``icalendar`` package writes them.

A feed of thousands of events spends most of its time in ``icalendar``'s generic machinery
(type conversion, parameter objects, folding one character at a time), so ``ical.py`` writes
its fixed set of properties with these few functions instead. Each mirrors one ``icalendar``
routine exactly (named below), and the tests compare the two writers' bytes on many events.

Pure: strings in, bytes out.
"""

from __future__ import annotations

import datetime as dt

FOLD_LIMIT = 75  # octets; a folded piece holds at most FOLD_LIMIT - 1 of them, as icalendar writes
_PIECE = FOLD_LIMIT - 1
_FOLD = b"\r\n "
_BACKSLASH, _CARET = 0x5C, 0x5E


def escape_text(text: str) -> str:
    r"""A TEXT value, escaped as ``icalendar.parser.string._escape_char`` does (the order matters).

    A literal ``\N`` becomes a newline first, then backslash, semicolon and comma are escaped and
    every line ending (CRLF, LF or a lone CR) becomes ``\n``.
    """
    return (
        text.replace(r"\N", "\n")
        .replace("\\", "\\\\")
        .replace(";", r"\;")
        .replace(",", r"\,")
        .replace("\r\n", r"\n")
        .replace("\n", r"\n")
        .replace("\r", r"\n")
    )


def fold(line: bytes) -> bytes:
    r"""One UTF-8 content line folded as ``icalendar.parser.string._foldline`` folds it.

    Pieces of at most 74 octets, never splitting a UTF-8 character, joined by CRLF + space;
    a piece that would end on ``\`` or ``^`` leaves that character to the next piece (so an
    escape is not split across the fold, icalendar issue #1501).
    """
    size = len(line)
    if size <= _PIECE:
        return line
    pieces: list[bytes] = []
    start = 0
    while size - start > _PIECE:
        end = start + _PIECE
        while line[end] & 0xC0 == 0x80:  # a continuation byte: the character starts earlier
            end -= 1
        if line[end - 1] in (_BACKSLASH, _CARET):
            end -= 1
        pieces.append(line[start:end])
        start = end
    pieces.append(line[start:])
    return _FOLD.join(pieces)


def content_line(line: str) -> bytes:
    """``NAME;PARAMS:value`` (already escaped) as folded UTF-8 bytes, as ``Contentline.to_ical`` writes it."""
    if "\n" in line:  # icalendar asserts the same; an unescaped newline would end the line early
        raise ValueError(f"content line with an unescaped newline: {line!r}")
    return fold(line.encode("utf-8"))


INTEGER_RANGE = range(-(2**31), 2**31)  # RFC 5545 section 3.3.8, which icalendar enforces


def format_integer(value: int) -> str:
    """An INTEGER value (``vInt.to_ical``); outside the RFC 5545 range it is refused, as ``vInt`` refuses it."""
    if value not in INTEGER_RANGE:
        raise ValueError(f"Integer {value} is outside the RFC 5545 range [-2147483648, 2147483647]")
    return str(int(value))


def format_uri(value: str) -> str:
    """A URI value (``vUri.to_ical``): verbatim, and refused with a line ending in it, as ``vUri`` refuses it."""
    if "\r" in value or "\n" in value:
        raise ValueError(f"A URI value may not contain CR or LF characters: {value!r}")
    return value


def format_date(day: dt.date) -> str:
    """A DATE value (``vDate.to_ical``)."""
    return f"{day.year:04}{day.month:02}{day.day:02}"


def format_utc(moment: dt.datetime) -> str:
    """A UTC DATE-TIME value (``vDatetime.to_ical`` of an aware UTC datetime)."""
    return f"{moment.year:04}{moment.month:02}{moment.day:02}T{moment.hour:02}{moment.minute:02}{moment.second:02}Z"


def format_duration(delta: dt.timedelta) -> str:
    """A DURATION value (``vDuration.to_ical``): ``PT1H``, ``-P3D``, ``P1DT2H``."""
    sign = ""
    if delta.days < 0:
        sign = "-"
        delta = -delta
    timepart = ""
    if delta.seconds:
        hours, rest = divmod(delta.seconds, 3600)
        minutes, seconds = divmod(rest, 60)
        timepart = "T"
        if hours:
            timepart += f"{hours}H"
        if minutes or (hours and seconds):
            timepart += f"{minutes}M"
        if seconds:
            timepart += f"{seconds}S"
    if delta.days == 0 and timepart:
        return f"{sign}P{timepart}"
    return f"{sign}P{abs(delta.days)}D{timepart}"
