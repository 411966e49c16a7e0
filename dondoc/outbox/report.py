"""What one delivery run did, counted for the CLI, the flows and the tests."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from dondoc.counts import Counts


@dataclass
class DeliveryReport(Counts):
    """What one delivery run did: the messages it claimed, what became of each, and the queue's upkeep."""

    claimed: int = 0
    by_channel: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    """The outcomes (sent, retried or failed) by channel kind."""
    sent: int = 0
    retried: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    """(message key, what went wrong) for each message that failed or could not be recorded."""
    recovered: int = 0
    """Messages a dead worker left in ``sending`` past their lease, put back in the queue (they may have gone out)."""
    released: int = 0
    """Messages claimed but handed back unsent when a slow chunk outran the run (a later run sends them)."""

    def merge(self, other: DeliveryReport) -> None:
        """Add ``other``'s counts to these: every counter, the per-channel counts, the failures."""
        super().merge(other)
        for kind, n in other.by_channel.items():
            self.by_channel[kind] += n
        self.failures.extend(other.failures)
