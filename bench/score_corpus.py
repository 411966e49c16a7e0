"""Score the phrase parser on a corpus file: right, sent to review, and confident-wrong, by kind.

    .venv/bin/python bench/score_corpus.py tests/fixtures/corpus/dev_2025.yaml [--verbose]

An answer is *right* when it gives the careful reader's due date (or rule, or kind); a
recurring rule is right when it gives the same dates as the reader's rule over the three years
after the issue date (``--strict-rules``: only when it is written the same way);
*confident-wrong* when it is wrong and says ``certain`` or ``inferred`` (the harmful case:
a wrong reminder sent with confidence); *to review* when it is wrong or unparsed but says
``unsure`` (a person decides). The format of the corpus is in tests/fixtures/corpus/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from calendar_rules import (
    Continuous,
    Relative,
    RulesError,
    load_calendar,
    nominal_dates,
    parse_canonical,
    parse_phrase,
)
from calendar_rules.parser import ParseResult

CALENDAR = load_calendar()


def _first_due(result: ParseResult, issued: dt.date) -> dt.date | None:
    rule = result.rule
    if rule is None:
        return None
    due = getattr(rule, "due", None)
    if isinstance(due, dt.date):
        return due
    pairs = nominal_dates(rule, issued, issued + dt.timedelta(days=3 * 366), CALENDAR)
    return pairs[0][1] if pairs else None


def expected_kind(item: dict[str, Any]) -> str:
    if "kind" in item:
        return str(item["kind"])
    return "recurring" if "rule" in item else "dated"


def same_dates(got: Any, expected: str, issued: dt.date) -> bool:
    """Two rules are the same deadline when they give the same dates (three years from the issue), whichever
    period each date is filed under ("every month at day:20" and "every month at after:1:day:20" are both due
    on every 20th; the second files the 20/2 return under January, the month it reports on)."""
    until = issued + dt.timedelta(days=3 * 366)
    wanted = [due for _, due in nominal_dates(parse_canonical(expected), issued, until, CALENDAR)]
    return bool(wanted) and [due for _, due in nominal_dates(got, issued, until, CALENDAR)] == wanted


def judge(item: dict[str, Any], result: ParseResult, issued: dt.date, strict_rules: bool = False) -> bool:
    """Whether the parse gives what a careful reader gives."""
    kind = expected_kind(item)
    rule = result.rule
    if kind == "none":
        return rule is None
    if kind == "continuous":
        return isinstance(rule, Continuous)
    if kind == "relative":
        return (
            isinstance(rule, Relative)
            and rule.days == item["days"]
            and rule.working == bool(item.get("working"))
            and rule.months == bool(item.get("months"))
        )
    if kind == "recurring":
        if rule is None or isinstance(rule, (Continuous, Relative)):
            return False
        return str(rule) == item["rule"] or (not strict_rules and same_dates(rule, item["rule"], issued))
    due = item["due"]
    return _first_due(result, issued) == due


def score(path: Path, verbose: bool = False, strict_rules: bool = False) -> dict[str, Counter[str]]:
    documents = yaml.safe_load(path.read_text(encoding="utf-8"))
    table: dict[str, Counter[str]] = {}
    for document in documents:
        issued = document["issued"]
        for item in document["phrases"]:
            result = parse_phrase(item["text"], issued)
            kind = expected_kind(item)
            try:
                right = judge(item, result, issued, strict_rules)
            except RulesError as exc:
                raise SystemExit(
                    f"{path}: {document['doc']}: the expected rule {item['rule']!r} is not canonical: {exc}"
                ) from None
            outcome = "right" if right else ("review" if result.confidence == "unsure" else "confident_wrong")
            row = table.setdefault(kind, Counter())
            row["phrases"] += 1
            row[outcome] += 1
            if right and result.confidence == "unsure" and kind != "none":
                row["right_but_unsure"] += 1
            if verbose and not right:
                got = _first_due(result, issued)
                print(
                    f"  [{outcome}] {item['text'][:90]!r}\n      got {result.rule} ({result.confidence}, due {got})"
                    f" expected {item.get('due') or item.get('rule') or kind}",
                    file=sys.stderr,
                )
    return table


def render(table: dict[str, Counter[str]]) -> str:
    lines = ["| kind | phrases | right | to review | confident-wrong |", "|---|---:|---:|---:|---:|"]
    total: Counter[str] = Counter()
    for kind in sorted(table):
        row = table[kind]
        total.update(row)
        lines.append(f"| {kind} | {row['phrases']} | {row['right']} | {row['review']} | {row['confident_wrong']} |")
    share = 100 * total["right"] / total["phrases"] if total["phrases"] else 0.0
    lines.append(
        f"| **all** | {total['phrases']} | {total['right']} ({share:.1f}%) | {total['review']} |"
        f" {total['confident_wrong']} |"
    )
    lines.append(f"\nright but marked unsure (sent to review anyway): {total['right_but_unsure']}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--verbose", action="store_true", help="print every wrong answer")
    parser.add_argument(
        "--strict-rules", action="store_true", help="a recurring rule is right only when written as the reader wrote it"
    )
    args = parser.parse_args()
    print(render(score(args.corpus, args.verbose, args.strict_rules)))


if __name__ == "__main__":
    main()
