"""What one delivery run did, counted for the CLI, the flows and the tests."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from dondoc.counts import Counts


@dataclass
class DeliveryReport(Counts):
    claimed: int = 0
    sent: int = 0
    retried: int = 0
    failed: int = 0
    recovered: int = 0
    released: int = 0
    by_channel: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    failures: list[tuple[str, str]] = field(default_factory=list)

    def merge(self, other: DeliveryReport) -> None:
        """Add ``other``'s counts to these: every counter, the per-channel counts, the failures."""
        super().merge(other)
        for kind, n in other.by_channel.items():
            self.by_channel[kind] += n
        self.failures.extend(other.failures)
