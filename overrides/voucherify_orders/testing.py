"""Switches for tests: no real backoff sleeps, or a fake clock that records them.

from voucherify_orders import testing
testing.set_testing(True)          # every retry wait returns at once

with testing.fake_clock() as clock:
    client.orders.get("o-1")       # retried after a 429 ...
assert clock.sleeps == [3.0]       # ... having "waited" the Retry-After
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from . import _retry

__all__ = ["FakeClock", "fake_clock", "set_testing"]


def set_testing(enabled: bool) -> None:
    """Turn retry waits into no-ops (True) or back into real sleeps (False)."""
    if enabled:
        _retry.sleep = _no_sleep
        _retry.async_sleep = _no_async_sleep
    else:
        _retry.sleep = time.sleep
        _retry.async_sleep = _retry._asyncio_sleep


@dataclass
class FakeClock:
    """Records every retry wait instead of sleeping; `now` advances by each one."""

    sleeps: list[float] = field(default_factory=list)
    now: float = 0.0

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


@contextmanager
def fake_clock() -> Iterator[FakeClock]:
    """Within the block, retry waits are recorded on the yielded clock, not slept."""
    clock = FakeClock()
    saved = _retry.sleep, _retry.async_sleep
    _retry.sleep, _retry.async_sleep = clock.sleep, clock.async_sleep
    try:
        yield clock
    finally:
        _retry.sleep, _retry.async_sleep = saved


def _no_sleep(seconds: float) -> None:
    return None


async def _no_async_sleep(seconds: float) -> None:
    return None
