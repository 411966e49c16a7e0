"""A token bucket per channel, so dondoc stays under each provider's sending rate.

Telegram allows about 30 messages per second per bot; a Zalo OA's quota is
set per account (configurable here). The clock and the sleep are parameters:
tests drive the bucket with a fake clock and no real waiting.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

TELEGRAM_RATE_PER_SECOND = 30.0

# Float sums of tiny refills can stop a hair short of a whole token; without
# this slack, a waiter could sleep ever smaller delays forever.
_EPSILON = 1e-9


class TokenBucket:
    """``rate`` tokens per second, at most ``capacity`` saved up (the allowed burst)."""

    def __init__(
        self,
        rate: float,
        capacity: float,
        *,
        clock: Callable[[], float],
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        if rate <= 0 or capacity <= 0:
            raise ValueError("rate and capacity must be positive")
        self.rate = float(rate)
        self.capacity = float(capacity)
        self.clock = clock
        self.sleep = sleep
        self._tokens = float(capacity)
        self._stamp = clock()
        self._lock = threading.Lock()

    def _refill(self) -> None:
        now = self.clock()
        elapsed = max(now - self._stamp, 0.0)  # a clock that steps back never mints tokens
        self._tokens = min(self.capacity, self._tokens + elapsed * self.rate)
        self._stamp = now

    @property
    def available(self) -> float:
        with self._lock:
            self._refill()
            return self._tokens

    def try_acquire(self, tokens: float = 1.0) -> bool:
        """Take ``tokens`` now if there are enough; never waits."""
        with self._lock:
            self._refill()
            if self._tokens + _EPSILON >= tokens:
                self._tokens = max(self._tokens - tokens, 0.0)
                return True
            return False

    def wait_time(self, tokens: float = 1.0) -> float:
        """Seconds until ``tokens`` will be available (0 when they are now)."""
        if tokens > self.capacity:
            raise ValueError("cannot wait for more tokens than the bucket holds")
        with self._lock:
            self._refill()
            missing = tokens - self._tokens
            return 0.0 if missing <= _EPSILON else missing / self.rate

    def acquire(self, tokens: float = 1.0) -> float:
        """Take ``tokens``, sleeping (with the injected ``sleep``) until they are there.

        Returns the total time slept. Without a ``sleep`` function the bucket
        cannot wait and raises ``RuntimeError`` when empty.
        """
        slept = 0.0
        while not self.try_acquire(tokens):
            delay = self.wait_time(tokens)
            if self.sleep is None:
                raise RuntimeError(f"rate limit reached; retry in {delay:.3f}s")
            self.sleep(delay)
            slept += delay
        return slept


def telegram_bucket(*, clock: Callable[[], float], sleep: Callable[[float], None] | None) -> TokenBucket:
    """Telegram's documented ~30 messages per second for one bot, with a burst of 30."""
    return TokenBucket(TELEGRAM_RATE_PER_SECOND, TELEGRAM_RATE_PER_SECOND, clock=clock, sleep=sleep)


def zalo_bucket(
    per_second: float, *, burst: float | None = None, clock: Callable[[], float], sleep: Callable[[float], None] | None
) -> TokenBucket:
    """A Zalo OA bucket; the quota depends on the OA's package, so it is always given."""
    return TokenBucket(per_second, burst if burst is not None else max(per_second, 1.0), clock=clock, sleep=sleep)
