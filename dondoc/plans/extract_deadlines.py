"""The bridge to ``calendar_rules``: deadline expressions found in a paragraph.

``calendar_rules`` owns the meaning of every deadline phrase (its parser, canonical
form, expansion). This module only turns what ``scan_deadlines`` / ``parse_phrase``
return into one small record the extractor works with, with ``kind`` and ``due``
meaning what they mean in ``dondoc rules explain --json``: kind is one of
fixed|recurring|range|relative|continuous|adhoc|unparsed, due is the first nominal
due date (or None).

The scanner is a parameter of the extractor (``Scanner``) so that the extractor
depends on this contract, not on the parser's internals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from calendar_rules import WorkingCalendar, expand, load_calendar
from calendar_rules.parser import parse_phrase, scan_deadlines

KINDS = ("fixed", "recurring", "range", "relative", "continuous", "adhoc", "unparsed")


@dataclass(frozen=True)
class Deadline:
    """One deadline expression: its span in the scanned text and what it means."""

    start: int
    end: int
    phrase: str
    kind: str
    canonical: str | None
    due: dt.date | None
    confidence: str | None = None
    reason: str | None = None  # why it was not understood (kind == "unparsed")
    warnings: tuple[str, ...] = ()


Scanner = Callable[[str, dt.date], list[Deadline]]
PhraseParser = Callable[[str, dt.date], Deadline]


def scan(text: str, issued: dt.date) -> list[Deadline]:
    """Every deadline expression calendar_rules finds in ``text``, in text order."""
    found = [_convert(item, text, issued) for item in scan_deadlines(text, issued)]
    return sorted(found, key=lambda d: (d.start, d.end))


def parse(phrase: str, issued: dt.date) -> Deadline:
    """One phrase, parsed on its own (span relative to ``phrase``)."""
    return _convert(parse_phrase(phrase, issued), phrase, issued)


def _field(item: object, *names: str) -> object:
    for name in names:
        if isinstance(item, dict) and name in item:
            return item[name]
        if hasattr(item, name):
            return getattr(item, name)
    return None


def _convert(item: object, text: str, issued: dt.date) -> Deadline:
    """Map one calendar_rules result to a Deadline.

    The contract (issue 3): a result carries the span of text used, the rule (whose
    ``str`` is the canonical form), a confidence and warnings, or "not understood"
    with the reason; ``kind`` and ``due`` are those of ``rules explain --json``.
    The field names are read as attribute or mapping so that a result object and
    its JSON form (``rules explain --json``) convert alike.
    """
    span = _field(item, "span")
    if span is not None:
        start, end = int(span[0]), int(span[1])  # type: ignore[index]
    else:
        start, end = int(_field(item, "start") or 0), int(_field(item, "end") or len(text))  # type: ignore[call-overload]
    rule = _field(item, "rule")
    kind = _field(item, "kind")
    if kind is None:
        kind = _field(rule, "kind") if rule is not None else "unparsed"
    canonical = _field(item, "canonical")
    if canonical is None and rule is not None:
        canonical = str(rule)
    due = _field(item, "due")
    if due is None and rule is not None:
        due = _first_due(rule, issued)
    if isinstance(due, str):
        due = dt.date.fromisoformat(due)
    warnings = _field(item, "warnings") or ()
    return Deadline(
        start=start,
        end=end,
        phrase=text[start:end],
        kind=str(getattr(kind, "value", kind)),
        canonical=str(canonical) if canonical is not None else None,
        due=due if isinstance(due, dt.date) else None,
        confidence=str(getattr(_field(item, "confidence"), "value", _field(item, "confidence")))
        if _field(item, "confidence") is not None
        else None,
        reason=_field(item, "reason"),  # type: ignore[arg-type]
        warnings=tuple(str(w) for w in warnings),  # type: ignore[attr-defined]
    )


@lru_cache(maxsize=1)
def _shipped_calendar() -> WorkingCalendar:
    """The shipped calendar, read once per process: ``_first_due`` runs for every phrase of every plan
    read, and reading the calendar parses its table of days off (YAML) again each time."""
    return load_calendar()


def _first_due(rule: object, issued: dt.date) -> dt.date | None:
    """The first nominal due date, as ``rules explain`` computes it (expansion over the issue year on)."""
    window_end = dt.date(issued.year + 6, 12, 31)
    for occurrence in expand(rule, dt.date(issued.year, 1, 1), window_end, _shipped_calendar(), "none"):  # type: ignore[arg-type]
        return occurrence.due
    return None
