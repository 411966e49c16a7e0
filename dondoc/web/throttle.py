"""Login throttling: a bounded count of recent failures per user name and per address.

Pure (the caller passes the instant), and in memory: one web process serves
dondoc, and a restart forgiving a few failures is an acceptable trade for no
extra table written on every wrong password. The number of keys kept is
bounded, so spraying random user names cannot grow memory without limit.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import OrderedDict, deque
from dataclasses import dataclass, field

MAX_KEYS = 10_000


@dataclass(frozen=True)
class Block:
    """Login refused for ``seconds`` more; ``scope`` is "user" or "address"; ``first``
    is True on the first refusal of this block (the one the history records)."""

    seconds: int
    scope: str
    first: bool


@dataclass
class LoginThrottle:
    per_user: int = 5
    per_address: int = 20
    window: dt.timedelta = dt.timedelta(minutes=15)
    _failures: OrderedDict[str, deque[dt.datetime]] = field(default_factory=OrderedDict)
    _recorded: dict[str, dt.datetime] = field(default_factory=dict)

    def blocked(self, username: str, address: str, now: dt.datetime) -> Block | None:
        """Whether this attempt must be refused before the password is even checked."""
        for key, limit, scope in self._keys(username, address):
            recent = self._prune(self._failures.get(key, deque()), now)
            if len(recent) >= limit:
                until = recent[-limit] + self.window
                first = self._recorded.get(key) != until
                self._recorded[key] = until
                return Block(max(1, math.ceil((until - now).total_seconds())), scope, first)
        return None

    def failed(self, username: str, address: str, now: dt.datetime) -> None:
        for key, _, _ in self._keys(username, address):
            self._prune(self._failures.setdefault(key, deque()), now).append(now)
            self._failures.move_to_end(key)
        while len(self._failures) > MAX_KEYS:
            old, _ = self._failures.popitem(last=False)
            self._recorded.pop(old, None)

    def succeeded(self, username: str) -> None:
        """A right password clears that user's failures (not the address's)."""
        key = f"user:{username}"
        self._failures.pop(key, None)
        self._recorded.pop(key, None)

    def _keys(self, username: str, address: str) -> list[tuple[str, int, str]]:
        return [(f"user:{username}", self.per_user, "user"), (f"addr:{address}", self.per_address, "address")]

    def _prune(self, recent: deque[dt.datetime], now: dt.datetime) -> deque[dt.datetime]:
        while recent and recent[0] <= now - self.window:
            recent.popleft()
        return recent
