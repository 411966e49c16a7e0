"""The order the suite runs in: long tests first, spread over the pytest-xdist workers.

dev.py runs the suite with ``-n 2 --dist worksteal``. Work stealing first hands each worker a
contiguous share of the collected tests (the first ``n // k`` to the first worker, and so on)
and later moves tests not yet started from the end of a busy worker's queue to an idle one.
Most long tests wait (for Prefect's scheduler, a minute boundary, a worker's poll): at the head
of every share they start at once, each beside the short tests of the other workers, instead
of all on the first worker or at the end of the run with the other worker idle.
"""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


def share_sizes(total: int, workers: int) -> list[int]:
    """How many tests work stealing hands each worker at the start (xdist's even split)."""
    sizes = []
    for index in range(workers):
        sizes.append((total - sum(sizes)) // (workers - index))
    return sizes


def long_first(items: list[T], is_long: list[bool], workers: int) -> list[T]:
    """``items`` reordered: the long ones dealt in turn to the head of each worker's share,
    the others after them in their collected order. Nothing is added or dropped."""
    long_items = [item for item, flag in zip(items, is_long, strict=True) if flag]
    others = iter([item for item, flag in zip(items, is_long, strict=True) if not flag])
    ordered: list[T] = []
    for index, size in enumerate(share_sizes(len(items), max(workers, 1))):
        share = long_items[index :: max(workers, 1)]
        share += [next(others) for _ in range(max(size - len(share), 0))]
        ordered += share
    ordered += list(others)
    return ordered
