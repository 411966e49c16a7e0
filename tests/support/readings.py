"""Tables of phrases with the reading a careful reader gives and the confidence it may have.

A row is "source | issued | expected | confidence | phrase" (the phrase last, so it may hold " | ").
Expected: "none" (not a deadline), "continuous", "rel:N" / "rel:N:wd" / "rel:N:mo" (N days, working days or
months after an event; negative before it), an ISO date (the first due date), or a rule as ``str(rule)`` prints it.
Confidence: certain, inferred, unsure, or "sure" (certain or inferred) / "any".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from calendar_rules import Continuous, Relative, expand, load_calendar, parse_phrase

CAL = load_calendar()


def table(block: str, kind: str = "") -> list[Any]:
    """Rows "source | issued | expected | confidence | phrase"; the phrase (last) may hold " | ".
    With ``kind``, each row's id is "kind/source", so one test over several tables names the table."""
    rows = []
    for line in block.strip().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            source, issued, expected, confidence, phrase = (value.strip() for value in line.split(" | ", 4))
            rows.append(
                pytest.param(
                    dt.date.fromisoformat(issued),
                    expected,
                    confidence,
                    phrase,
                    id=f"{kind}/{source}" if kind else source,
                )
            )
    return rows


def check(issued: dt.date, expected: str, confidence: str, phrase: str) -> None:
    result = parse_phrase(phrase, issued)
    rule = result.rule
    if expected == "none":
        assert rule is None and result.reason, result
        return
    assert rule is not None, result
    if expected == "continuous":
        assert isinstance(rule, Continuous), result
    elif expected.startswith("rel:"):
        _, days, *unit = expected.split(":")
        assert unit in ([], ["wd"], ["mo"]), f"unknown unit in {expected!r}"
        assert isinstance(rule, Relative) and rule.days == int(days), result
        assert (rule.working, rule.months) == (unit == ["wd"], unit == ["mo"]), result
    elif expected[:2].isdigit() and expected[4:5] == "-":
        due = getattr(rule, "due", None)
        if due is None:
            occurrences = expand(rule, issued, issued + dt.timedelta(days=800), CAL)
            due = occurrences[0].due if occurrences else None
        assert due == dt.date.fromisoformat(expected), result
    else:
        assert str(rule) == expected, result
    if confidence == "sure":
        assert result.confidence in ("certain", "inferred"), result
    elif confidence != "any":
        assert result.confidence == confidence, result


def table_test(*tables: list[Any]) -> Callable[[dt.date, str, str, str], None]:
    """One test over every row of ``tables`` (ids naming each table's behaviour, ``table(..., kind=...)``), for a
    module to bind to its own name: ``test_each_class_reads_as_its_table_says = table_test(EVENTS, CITATIONS)``."""

    @pytest.mark.parametrize("issued, expected, confidence, phrase", [row for rows in tables for row in rows])
    def test_each_class_reads_as_its_table_says(issued: dt.date, expected: str, confidence: str, phrase: str) -> None:
        """Every row of the module's tables, read as its expected and confidence columns say (the row format is in
        tests/support/readings.py); the row's id names its table's behaviour."""
        check(issued, expected, confidence, phrase)

    return test_each_class_reads_as_its_table_says
