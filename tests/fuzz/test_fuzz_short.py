"""The fuzz harness in its short mode (the full run is ``scripts/fuzz.py``): mutated
real documents, then hypothesis' own strings, through the phrase parser, the
deadline scanner and the plan and org loaders. Any crash fails with its input."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calendar_rules.parser import parse_phrase
from calendar_rules.parser.scan import scan_deadlines
from dondoc.errors import ValidationFailed
from dondoc.org.registry import parse_org_text
from dondoc.plans.plan_file import parse_plan_text
from scripts.fuzz import HOSTILE, fuzz

ISSUED = dt.date(2023, 1, 9)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
YAMLISH = st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=20)), max_size=30).map("".join)


def test_two_thousand_mutated_documents_crash_no_door() -> None:
    report = fuzz(2000, seed=15)
    assert report.total >= 2000 and set(report.counts) == {"phrase", "scan", "plan", "org"}
    assert not report.crashes, "\n".join(f"{door}: {text[:200]!r}\n{trace}" for door, text, trace in report.crashes[:3])


def test_the_mutations_do_reach_the_loaders_checks() -> None:
    """Not only YAML syntax errors: most mutated plans get past YAML into the field checks."""
    import random

    from scripts.fuzz import _plan_bases, mutate

    rng = random.Random(3)
    field_problems = 0
    for _ in range(100):
        try:
            parse_plan_text(mutate(rng.choice(_plan_bases()), rng), "f.yaml")
        except ValidationFailed as exc:
            field_problems += not any("YAML" in p for p in exc.problems)
    assert field_problems > 20


@FAST
@given(st.text(max_size=200))
def test_the_phrase_parser_answers_any_text(text: str) -> None:
    result = parse_phrase(text, ISSUED)
    assert result.rule is not None or result.reason is None or isinstance(result.reason, str)


@FAST
@given(st.text(max_size=400))
def test_the_scanner_answers_any_text(text: str) -> None:
    assert isinstance(scan_deadlines(text, ISSUED), list)


def _only_validation(parse: Callable[[str, str], object], text: str) -> None:
    try:
        parse(text, "f.yaml")
    except ValidationFailed as exc:
        assert all("\n" not in p and p.startswith("f.yaml") for p in exc.problems), exc.problems


@FAST
@given(YAMLISH)
def test_the_plan_loader_only_refuses_with_file_and_line(text: str) -> None:
    _only_validation(parse_plan_text, text)


@FAST
@given(YAMLISH)
def test_the_org_loader_only_refuses_with_file_and_line(text: str) -> None:
    _only_validation(parse_org_text, "units:\n  - " + text)
