"""Phrase parsing and deadline scanning are linear in the text's length.

    .venv/bin/python bench/bench_parse.py [--repeat 3]

Text is built from the seed plans (tests/fixtures/seeds), repeated to 10 KB, 30 KB and
100 KB. Each size is timed for ``scan_deadlines`` over the whole text and for
``parse_phrase`` on the whole text as one phrase, plus an adversarial phrase
("từ " repeated, the case that was quadratic) of the same size; the best of
``--repeat`` runs is kept. Linear growth shows as a steady time per KB. Last, a
30 KB phrase goes through ``dondoc rules explain`` in-process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from calendar_rules import parse_phrase, scan_deadlines

SEEDS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "seeds"
SIZES_KB = (10, 30, 100)
ISSUED = dt.date(2023, 1, 9)


def _text(size: int) -> str:
    seed = "\n".join(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")))
    return (seed * (size // len(seed) + 1))[:size]


def _best(repeat: int, work: Callable[[], object]) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - started)
    return best, result


def _explain_seconds(phrase: str) -> tuple[float, int]:
    from typer.testing import CliRunner

    from dondoc.cli.main import app

    runner = CliRunner()
    started = time.perf_counter()
    outcome = runner.invoke(app, ["rules", "explain", "--issued", "09/01/2023", "--", phrase])
    return time.perf_counter() - started, outcome.exit_code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print("| size | scan | deadlines | scan per KB | parse (plan text) | parse ('từ ' × n) | parse per KB |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for kb in SIZES_KB:
        text = _text(kb * 1024)
        hostile = "từ " * (kb * 1024 // 3)
        scan_s, found = _best(args.repeat, partial(scan_deadlines, text, ISSUED))
        parse_s, _ = _best(args.repeat, partial(parse_phrase, text, ISSUED))
        hostile_s, _ = _best(args.repeat, partial(parse_phrase, hostile, ISSUED))
        print(
            f"| {kb} KB | {scan_s * 1000:.0f} ms | {len(found)} | {scan_s * 1000 / kb:.2f} ms |"  # type: ignore[arg-type]
            f" {parse_s * 1000:.0f} ms | {hostile_s * 1000:.0f} ms | {max(parse_s, hostile_s) * 1000 / kb:.2f} ms |"
        )
    seconds, code = _explain_seconds(_text(30 * 1024).replace("\n", " "))
    print(f"\n`dondoc rules explain` on a 30 KB phrase: {seconds:.2f} s (exit code {code})")


if __name__ == "__main__":
    main()
