"""Fuzz the four doors of dondoc that read what people write: the deadline phrase
parser, the deadline scanner, the plan file loader and the org tree loader.

Inputs are mutations of the real documents (the seed plans' text, the example
plan files, the example tree): lines deleted, repeated, swapped, re-indented;
hostile YAML spliced in (aliases, tags, control characters, impossible dates,
deep brackets, huge numbers); bytes flipped. A crash is any exception a door is
not allowed to raise: the parser and the scanner must always answer, the loaders
may only raise ValidationFailed, and each of its problems must be one line.

    .venv/bin/python scripts/fuzz.py                 # the full run: 100,000 inputs
    .venv/bin/python scripts/fuzz.py --count 2000    # a short run (CI runs one from tests/fuzz)

Exit 0 when nothing crashed; otherwise each crash is printed with its input
(repr, truncated) and the exit code is 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(REPO))

from calendar_rules.parser import parse_phrase  # noqa: E402
from calendar_rules.parser.scan import scan_deadlines  # noqa: E402
from dondoc.errors import ValidationFailed  # noqa: E402
from dondoc.org.registry import parse_org_text  # noqa: E402
from dondoc.plans.plan_file import parse_plan_text  # noqa: E402

SEEDS = REPO / "tests" / "fixtures" / "seeds"
PLANS = REPO / "examples" / "plans"
TREE = REPO / "tests" / "fixtures" / "org" / "small_tree.yaml"
ISSUED = dt.date(2023, 1, 9)
# Shares of the full run: the loaders are slower per input than the parser.
SHARES = {"phrase": 0.45, "scan": 0.25, "plan": 0.15, "org": 0.15}

HOSTILE = [
    "&a ",
    "*a",
    "*nope",
    "<<: *a",
    "!!python/object:os.system ",
    "!!binary ",
    "? ",
    "{",
    "}",
    "[",
    "]",
    "[" * 200,
    "- ",
    ": ",
    "\t",
    "\x00",
    "\x07",
    "\ufeff",
    '"\\0"',
    '"\\x1b"',
    "2023-02-31",
    "2023-13-01",
    "9999-12-31",
    "0001-01-01",
    "99999999999999999999999",
    "-1",
    "1e999",
    ".nan",
    "~",
    "null",
    "true",
    "{a: 1}",
    "[1, 2]",
    "'",
    '"',
    "|",
    ">",
    "---",
    "...",
    "%YAML 1.1",
    "x" * 400,
    "Đ" * 200,
    "quý V/2023",
    "ngày 32/13/2023",
    "trước ngày 31/02/2024",
    "hằng tháng",
    "định kỳ 6 tháng",
    "chậm nhất ngày 0",
    "every quarter at end",
    "every 0 days",
    "end 2023-Q9",
    "after 99999999 days",
    "from 0001-01-01",
    "\n  ",
    "\n- ",
]


@dataclass
class Report:
    counts: dict[str, int] = field(default_factory=dict)
    crashes: list[tuple[str, str, str]] = field(default_factory=list)  # door, input, traceback

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _edits(items: list[str], rng: random.Random, *, most: int, kinds: int, filler: str) -> Iterator[tuple[int, int]]:
    """1 to ``most`` random edits of ``items``, each as (where, which of ``kinds``); the caller makes
    each edit before the next is drawn, and an emptied list gets ``filler`` back first."""
    for _ in range(rng.randint(1, most)):
        if not items:
            items.append(filler)
        yield rng.randrange(len(items)), rng.randrange(kinds)


def _mutate_lines(text: str, rng: random.Random) -> str:
    lines = text.splitlines()
    for i, op in _edits(lines, rng, most=4, kinds=7, filler=""):
        if op == 0:
            del lines[i]
        elif op == 1:
            lines.insert(i, lines[i])
        elif op == 2:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == 3:
            lines[i] = " " * rng.choice((1, 2, 3, 4, 8)) + lines[i]
        elif op == 4:
            lines[i] = lines[i].lstrip()
        elif op == 5:
            at = rng.randint(0, len(lines[i]))
            lines[i] = lines[i][:at] + rng.choice(HOSTILE) + lines[i][at:]
        else:
            if ":" in lines[i]:
                key = lines[i].split(":", 1)[0]
                lines[i] = f"{key}: {rng.choice(HOSTILE)}"
    return "\n".join(lines) + rng.choice(("\n", "", "\r\n"))


def _mutate_chars(text: str, rng: random.Random) -> str:
    chars = list(text)
    for i, op in _edits(chars, rng, most=6, kinds=4, filler=" "):
        if op == 0:
            chars[i] = chr(
                rng.choice((rng.randrange(0, 0x80), rng.randrange(0x80, 0x2000), 0x1EA0 + rng.randrange(96)))
            )
        elif op == 1:
            del chars[i]
        elif op == 2:
            chars.insert(i, rng.choice(HOSTILE))
        else:
            chars[i] = chars[i] * rng.randint(2, 50)
    return "".join(chars)


def mutate(text: str, rng: random.Random) -> str:
    return _mutate_lines(text, rng) if rng.random() < 0.6 else _mutate_chars(text, rng)


def _plan_bases() -> list[str]:
    """Each example plan cut to its head and its first tasks: small enough to fuzz fast."""
    bases = []
    for path in sorted(PLANS.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        head, _, tasks = text.partition("\ntasks:\n")
        chunks = tasks.split("\n  - id:")
        bases.append(head + "\ntasks:\n" + "\n  - id:".join(chunks[:3]))
    return bases


def _seed_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        lines.extend(ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if len(ln.strip()) > 8)
    return lines


def _loader(parse: Callable[[str, str], object]) -> Callable[[str], None]:
    def door(text: str) -> None:
        try:
            parse(text, "fuzz.yaml")
        except ValidationFailed as exc:
            for problem in exc.problems:
                if "\n" in problem or not problem.startswith("fuzz.yaml:"):
                    raise AssertionError(f"not one FILE:LINE line: {problem!r}") from None

    return door


def _phrase(text: str) -> None:
    result = parse_phrase(text, ISSUED)
    if result.rule is None and not isinstance(result.reason, (str, type(None))):
        raise AssertionError("a phrase without a rule must say why")


def _scan(text: str) -> None:
    if not isinstance(scan_deadlines(text, ISSUED), list):
        raise AssertionError("the scanner answers a list")


def doors() -> dict[str, tuple[Callable[[str], None], list[str]]]:
    """Each door with the real texts its inputs are mutated from."""
    lines = _seed_lines()
    paragraphs = [" ".join(lines[i : i + 4]) for i in range(0, len(lines), 4)]
    return {
        "phrase": (_phrase, lines),
        "scan": (_scan, paragraphs),
        "plan": (_loader(parse_plan_text), _plan_bases()),
        "org": (_loader(parse_org_text), [TREE.read_text(encoding="utf-8")]),
    }


def fuzz(count: int, seed: int = 15, only: str | None = None, progress: bool = False) -> Report:
    """Send ``count`` inputs through the doors (split by SHARES); crashes are collected, not raised."""
    rng = random.Random(seed)
    report = Report()
    started = time.monotonic()
    for name, (door, bases) in doors().items():
        if only and name != only:
            continue
        share = count if only else max(1, round(count * SHARES[name]))
        for n in range(share):
            text = rng.choice(bases)
            text = text if n == 0 else mutate(text, rng)
            try:
                door(text)
            except Exception:
                report.crashes.append((name, text, traceback.format_exc()))
            report.counts[name] = report.counts.get(name, 0) + 1
            if progress and n and n % 5000 == 0:
                print(f"  {name}: {n}/{share} ({time.monotonic() - started:.0f} s)", file=sys.stderr)
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--only", choices=sorted(SHARES))
    args = parser.parse_args()
    started = time.monotonic()
    report = fuzz(args.count, args.seed, args.only, progress=True)
    for name, text, trace in report.crashes[:20]:
        print(f"--- crash in {name}: {text[:300]!r}\n{trace}")
    by_door = ", ".join(f"{name} {n}" for name, n in report.counts.items())
    print(
        f"{report.total} inputs ({by_door}), {len(report.crashes)} crashes, seed {args.seed}, "
        f"{time.monotonic() - started:.0f} s"
    )
    return 1 if report.crashes else 0


if __name__ == "__main__":
    sys.exit(main())
