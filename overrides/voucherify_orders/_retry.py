"""When to retry a request, and how long to wait before doing so."""

from __future__ import annotations

import json
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx

__all__ = ["RetryPolicy"]

RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})
_RNG = random.Random()


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
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

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
    """
    header = response.headers.get("retry-after")
    if header:
        try:
            return max(0.0, float(header))
        except ValueError:
            import email.utils  # noqa: PLC0415 (an HTTP-date Retry-After is rare)

            parsed = email.utils.parsedate_to_datetime(header) if header else None
            if parsed is not None:
                return max(0.0, parsed.timestamp() - (now if now is not None else time.time()))
    reset = response.headers.get("x-rate-limit-retry")
    if reset and response.status_code == 429:
        try:
            return max(0.0, float(reset) - (now if now is not None else time.time()))
        except ValueError:
            return None
    return None


def is_idempotent(request: httpx.Request) -> bool:
    """
    Whether sending this request twice has the same effect as sending it once.

    GET and PUT are. So is an order create that names the order (by `id` or
    `source_id`), because the API upserts it, and an import whose every order has
    a `source_id`. Any other POST could create a second order or export.
    """
    if request.method in ("GET", "HEAD", "PUT", "DELETE"):
        return True
    if request.method != "POST":
        return False
    path = request.url.path.rstrip("/")
    if not (path.endswith("/v1/orders") or path.endswith("/v1/orders/import")):
        return False
    try:
        body = json.loads(request.content or b"null")
    except ValueError:
        return False
    if path.endswith("/v1/orders"):
        return _names_itself(body)
    return isinstance(body, list) and bool(body) and all(_names_itself(order, id_ok=False) for order in body)


def _names_itself(order: object, id_ok: bool = True) -> bool:
    if not isinstance(order, dict):
        return False
    return bool(order.get("source_id")) or (id_ok and bool(order.get("id")))


# The testing switch: set_testing() swaps these for no-ops or a fake clock.
Sleep = Callable[[float], None]
AsyncSleep = Callable[[float], Awaitable[None]]
sleep: Sleep = time.sleep


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio  # noqa: PLC0415 (sync programs never need it)

    await asyncio.sleep(seconds)


async_sleep: AsyncSleep = _asyncio_sleep
