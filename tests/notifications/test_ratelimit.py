"""Token bucket with an injected clock and sleep."""

from __future__ import annotations

import pytest

from notifications.ratelimit import TokenBucket, telegram_bucket, zalo_bucket


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_burst_then_rate() -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate=4, capacity=3, clock=clock)
    assert [bucket.try_acquire() for _ in range(4)] == [True, True, True, False]
    assert bucket.wait_time() == 0.25
    clock.now += 0.125
    assert not bucket.try_acquire()
    clock.now += 0.125
    assert bucket.try_acquire()


def test_refill_is_capped_and_backwards_clock_mints_nothing() -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate=1, capacity=2, clock=clock)
    clock.now += 1000
    assert bucket.available == 2
    bucket.try_acquire(2)
    clock.now -= 50
    assert bucket.available == 0


def test_acquire_sleeps_with_the_injected_sleep() -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate=30, capacity=30, clock=clock, sleep=clock.sleep)
    for _ in range(60):
        bucket.acquire()
    assert sum(clock.slept) == pytest.approx(1.0)  # 30 from the burst, 30 more at 30/s
    assert clock.now == pytest.approx(101.0)


def test_without_sleep_an_empty_bucket_raises() -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate=1, capacity=1, clock=clock)
    bucket.acquire()
    with pytest.raises(RuntimeError):
        bucket.acquire()


def test_presets_and_validation() -> None:
    clock = FakeClock()
    assert telegram_bucket(clock=clock, sleep=None).rate == 30
    zalo = zalo_bucket(2, clock=clock, sleep=None)
    assert (zalo.rate, zalo.capacity) == (2, 2)
    with pytest.raises(ValueError):
        TokenBucket(rate=0, capacity=1, clock=clock)
    with pytest.raises(ValueError):
        TokenBucket(rate=1, capacity=1, clock=clock).wait_time(2)
