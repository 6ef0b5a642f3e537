"""Waiting without waiting: a fake clock for a client's retries and polls.

```python
from voucherify_orders import Voucherify, RetryPolicy, testing

clock = testing.FakeClock()
client = Voucherify(..., retry_policy=RetryPolicy(clock=clock))
client.orders.get("o-1")           # retried after a 429 ...
assert clock.sleeps == [3.0]       # ... having "waited" the Retry-After
```

Everything is per client: nothing here changes a module-wide setting.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, TypeVar

from ._retry import Clock, RetryPolicy

if TYPE_CHECKING:
    from ._client import AsyncVoucherify, Voucherify

__all__ = ["FakeClock", "fake_clock", "no_waits"]

C = TypeVar("C", "Voucherify", "AsyncVoucherify")


@dataclass
class FakeClock:
    """Records every wait instead of sleeping; `now` advances by each one."""

    sleeps: list[float] = field(default_factory=list)
    now: float = 0.0

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def no_waits(policy: RetryPolicy | None = None) -> RetryPolicy:
    """`policy` (or the default one) with a fake clock: retries and polls happen at once."""
    return replace(policy or RetryPolicy(), clock=FakeClock())


@contextmanager
def fake_clock(*clients: Voucherify | AsyncVoucherify) -> Iterator[FakeClock]:
    """
    Within the block, these clients' waits are recorded on the yielded clock, not slept;
    so are those of their `with_raw_response` views, made before the block or within it.
    Afterwards every one waits on its own clock again. A client made by `with_options()` is
    a client of its own: pass it too.
    """
    clock = FakeClock()
    views = [*clients, *(raw for client in clients if (raw := _raw_view(client)) is not None)]
    saved = [view._options.retry.clock for view in views]
    for view in views:
        _set_clock(view, clock)
    try:
        yield clock
    finally:
        for view, own in zip(views, saved, strict=True):
            _set_clock(view, own)
        for client in clients:  # a view made within the block copied the fake clock
            raw = _raw_view(client)
            if raw is not None and raw._options.retry.clock is clock:
                _set_clock(raw, client._options.retry.clock)


def _raw_view(client: Voucherify | AsyncVoucherify) -> Voucherify | AsyncVoucherify | None:
    # `with_raw_response` is made on first use and kept: its options are a copy of the client's.
    return client.__dict__.get("with_raw_response")


def _set_clock(client: Voucherify | AsyncVoucherify, clock: Clock) -> None:
    client._options = replace(client._options, retry=replace(client._options.retry, clock=clock))
