"""Reports made of whole-number counters: what one run did, added up over runs, and returned by flows."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Self


@dataclass
class Counts:
    """A report whose ``int`` fields are its counters (its other fields, dates and lists, are not counted)."""

    def counters(self) -> list[str]:
        """The names of the counters, in declaration order."""
        return [f.name for f in fields(self) if f.type in (int, "int")]  # "int" under postponed annotations

    def merge(self, other: Self) -> None:
        """Add ``other``'s counters to these."""
        for name in self.counters():
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def counts(self, *names: str) -> dict[str, int]:
        """The counters named (all of them when none is), by name: what a flow returns and sums."""
        return {name: getattr(self, name) for name in names or self.counters()}
