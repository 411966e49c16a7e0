"""The one YAML loader's limits, each refused with the line and a Vietnamese reason."""

from __future__ import annotations

import datetime as dt

import pytest

from dondoc.errors import ValidationFailed
from dondoc.org.registry import parse_org_text
from dondoc.yaml_lines import MAX_ALIASES, MAX_DEPTH, LinedDict, YamlSyntaxError, load_yaml_with_lines


def refused(text: str) -> YamlSyntaxError:
    with pytest.raises(YamlSyntaxError) as caught:
        load_yaml_with_lines(text)
    return caught.value


def test_a_few_aliases_still_work_with_their_lines() -> None:
    document = load_yaml_with_lines("a: &x [1, 2]\nb: *x\nissued: 2023-01-09\n")
    assert isinstance(document, LinedDict)
    assert document["b"] == [1, 2] and document.line_of("b") == 2
    assert document["issued"] == dt.date(2023, 1, 9)


def test_aliases_beyond_the_limit_are_refused_at_the_alias() -> None:
    text = "a: &x 1\nb:\n" + "".join("  - *x\n" for _ in range(MAX_ALIASES + 1))
    error = refused(text)
    assert error.line == MAX_ALIASES + 3 and "bí danh" in error.problem


def test_an_alias_bomb_under_the_alias_count_is_stopped_by_the_expansion_budget() -> None:
    text = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join(['*' + chr(97 + n)] * 9)}]\n" for n in range(8)
    )
    assert "mở rộng ra quá" in refused(text).problem


def test_nesting_beyond_the_limit_is_refused_with_its_line() -> None:
    error = refused("a: 1\nb: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n")
    assert error.line == 2 and "lồng nhau" in error.problem


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("a: 1\nb: x\x01y\n", 2, "U+0001"),
        ('a: 1\nb: "x\\0"\n', 2, "U+0000"),
        ('a: 1\nb: "\\x85"\n', 2, "U+0085"),
        ("a: 1\nissued: 2023-02-31\n", 2, "không có trong lịch"),
        ("a: 1\n? [k]\n: v\n", 2, "khóa phải là một chữ"),
        ("a: 1\na: 2\n", 2, "bị lặp lại"),
    ],
)
def test_values_the_database_or_the_calendar_cannot_hold_are_refused(text: str, line: int, words: str) -> None:
    error = refused(text)
    assert error.line == line and words in error.problem, error


def test_a_long_parent_cycle_and_a_long_chain_are_walked_without_recursion() -> None:
    units = "".join(
        f"  - id: u{n}\n    name: Chi bộ {n}\n    kind: chi_bo\n    parent: u{(n + 1) % 1200}\n" for n in range(1200)
    )
    with pytest.raises(ValidationFailed) as caught:
        parse_org_text("units:\n" + units, "vong.yaml")
    assert len(caught.value.problems) == 1 and "vòng lặp" in caught.value.problems[0]
    chain = "".join(
        f"  - id: c{n}\n    name: Chi bộ {n}\n    kind: chi_bo\n" + (f"    parent: c{n + 1}\n" if n < 299 else "")
        for n in range(300)
    )  # children first: placing c0 walks the whole chain up
    tree = parse_org_text("units:\n" + chain, "chuoi.yaml")
    assert tree.units[0].id == "c299" and tree.units[-1].id == "c0"
    assert tree.path_of("c0").count("/") == 301
