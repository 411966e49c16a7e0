"""Tables of real phrases for the parser's tests: one row a line, fields split on " | ", the source
(corpus file and document id, or "constructed") first, "#" lines are comments."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from calendar_rules import expand, load_calendar, parse_phrase

CAL = load_calendar()


def table(block: str, fields: int | None = None) -> list[Any]:
    """The rows of a table block, each a ``pytest.param`` of its fields after the source (its id).

    With ``fields``, a row is split into the source and that many fields only, so the phrase, last,
    may itself hold " | ".
    """
    rows = []
    for line in block.strip().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            parts = line.split(" | ", fields) if fields is not None else line.split(" | ")
            source, *values = (part.strip() for part in parts)
            rows.append(pytest.param(*(field_value(value) for value in values), id=source))
    return rows


def field_value(field: str) -> object:
    """yes / no as a bool, digits as an int, an ISO date as a date, anything else as written."""
    if field in ("yes", "no"):
        return field == "yes"
    if field.isdigit():
        return int(field)
    try:
        return dt.date.fromisoformat(field)
    except ValueError:
        return field


def first_due(phrase: str, issued: dt.date) -> tuple[dt.date | None, str]:
    """The phrase's first due date on or after its issue (the rule's own date, or its first
    occurrence in the next 800 days), and the parser's confidence."""
    result = parse_phrase(phrase, issued)
    assert result.rule is not None, result.reason
    occurrences = expand(result.rule, issued, issued + dt.timedelta(days=800), CAL)
    due = getattr(result.rule, "due", None) or (occurrences[0].due if occurrences else None)
    return due, result.confidence
