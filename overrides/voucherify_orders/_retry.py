"""When to retry a request, how long to wait before doing so, and what waits."""

from __future__ import annotations

import contextlib
import email.utils
import math
import random
import re
import time
from dataclasses import dataclass, field
from typing import Protocol

import httpx

from ._exceptions import ConfigurationError

__all__ = ["Clock", "RetryPolicy"]

RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})
_RNG = random.Random()


class Clock(Protocol):
    """What performs a retry's or a poll's wait (`voucherify_orders.testing.FakeClock` records them)."""

    def sleep(self, seconds: float) -> None: ...

    async def async_sleep(self, seconds: float) -> None: ...


class RealClock:
    """Waits for real."""

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def async_sleep(self, seconds: float) -> None:
        import asyncio  # noqa: PLC0415 (sync programs never need it)

        await asyncio.sleep(seconds)


@dataclass(frozen=True)
class RetryPolicy:
    """
    Capped exponential backoff with jitter.

    **Parameters:**

    * **max_retries** - how many times a request may be repeated (0 disables retries).
    * **initial_delay** - the wait before the first retry, in seconds.
    * **max_delay** - no computed wait exceeds this.
    * **max_retry_after** - the longest server-requested wait (`Retry-After`,
      `X-Rate-Limit-Retry`) the client will honour; a longer one is not waited
      out, and the error is raised with the hint instead.
    * **retry_budget** - seconds one call may spend in all, retries and waits included:
      a retry whose wait would pass it is not made, and the last error is raised.
    * **clock** - what performs the waits (retries and polls); tests pass a
      `voucherify_orders.testing.FakeClock` so that nothing sleeps.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    retry_budget: float = 180.0
    clock: Clock = field(default_factory=RealClock, compare=False)

    def __post_init__(self) -> None:
        # Checked when built: a bad value would surface only at the first failure, in its place.
        retries = self.max_retries
        if not isinstance(retries, int) or isinstance(retries, bool) or retries < 0:
            raise ConfigurationError(f"max_retries must be a whole number >= 0, got {retries!r}")
        for name in ("initial_delay", "max_delay", "max_retry_after", "retry_budget"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < math.inf:
                raise ConfigurationError(f"{name} must be a finite number of seconds >= 0, got {value!r}")
        if not all(callable(getattr(self.clock, name, None)) for name in ("sleep", "async_sleep")):
            raise ConfigurationError(f"clock must have sleep() and async_sleep(), got {self.clock!r}")

    def backoff(self, retry_number: int, rng: random.Random | None = None) -> float:
        """Seconds to wait before retry `retry_number` (0-based) when the server gave no hint."""
        rng = rng or _RNG
        ceiling = min(self.max_delay, self.initial_delay * 2.0**retry_number)
        # Equal jitter: at least half the ceiling, so retries never bunch at zero.
        return ceiling / 2 + rng.random() * ceiling / 2


def retry_hint(response: httpx.Response, now: float | None = None) -> float | None:
    """
    Seconds the server asked us to wait: `Retry-After`, or for a 429 without it,
    the rate-limit window's reset (`X-Rate-Limit-Retry`). That header comes with
    every response, so it says nothing about when a failed server will recover.
    A hint that cannot be read counts as none.
    """
    now = time.time() if now is None else now
    header = response.headers.get("retry-after")
    if header:
        seconds = _seconds(header)
        if seconds is None:
            with contextlib.suppress(TypeError, ValueError, IndexError):
                when = email.utils.parsedate_to_datetime(header)
                seconds = None if when.tzinfo is None else when.timestamp() - now
        if seconds is not None:
            return max(0.0, seconds)
    reset = response.headers.get("x-rate-limit-retry")
    if reset and response.status_code == 429:
        at = _seconds(reset)
        return None if at is None else max(0.0, at - now)
    return None


#: A number of seconds as HTTP writes one (float() would also take "1_0", "inf", " 5 ", "٣").
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def _seconds(text: str) -> float | None:
    seconds = float(text) if _NUMBER.fullmatch(text) else math.inf
    return seconds if math.isfinite(seconds) else None  # 400 digits make a float of inf
