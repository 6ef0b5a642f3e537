"""Workflows written once, run by a sync or an async driver.

A workflow is a generator that yields effects (send this call, sleep this long)
and receives each effect's result (or has its exception thrown in). The two
drivers below perform the effects with the sync or the async client.
"""

from __future__ import annotations

import time
from collections.abc import Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from . import _retry
from ._core import Call, send_async, send_sync
from ._exceptions import APIConnectionError, RateLimitError, ServerError, VoucherifyError

if TYPE_CHECKING:
    from ._client import AsyncVoucherify, Voucherify

__all__ = ["Send", "Sleep", "Workflow", "run_async", "run_sync", "wait_until"]

T = TypeVar("T")


@dataclass(frozen=True)
class Send:
    call: Call[Any]


@dataclass(frozen=True)
class Sleep:
    seconds: float


Effect = Send | Sleep
Workflow = Generator[Effect, Any, T]


def run_sync(client: Voucherify, workflow: Workflow[T]) -> T:
    result: Any = None
    error: BaseException | None = None
    while True:
        try:
            effect = workflow.throw(error) if error is not None else workflow.send(result)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        result, error = None, None
        try:
            if isinstance(effect, Send):
                result = send_sync(client._http, effect.call, client._options).parsed
            else:
                _retry.sleep(effect.seconds)
        except VoucherifyError as exc:
            error = exc


async def run_async(client: AsyncVoucherify, workflow: Workflow[T]) -> T:
    result: Any = None
    error: BaseException | None = None
    while True:
        try:
            effect = workflow.throw(error) if error is not None else workflow.send(result)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        result, error = None, None
        try:
            if isinstance(effect, Send):
                result = (await send_async(client._http, effect.call, client._options)).parsed
            else:
                await _retry.async_sleep(effect.seconds)
        except VoucherifyError as exc:
            error = exc


class WaitTimeoutError(VoucherifyError, TimeoutError):
    """A job did not finish within the time allowed; it may still finish later."""


def wait_until(
    call: Call[T],
    finished: Any,
    *,
    what: str,
    timeout: float,
    initial_interval: float = 0.5,
    max_interval: float = 5.0,
) -> Workflow[T]:
    """Poll `call`, pausing longer each time, until `finished(result)`; give up after `timeout` seconds."""
    started = time.monotonic()
    waited = 0.0
    interval = initial_interval
    while True:
        try:
            result = yield Send(call)
        except (APIConnectionError, ServerError, RateLimitError):
            # A poll that failed after its own retries changes nothing about the
            # job; keep waiting until the deadline rather than abandon it.
            result = None
        if result is not None and finished(result):
            return result  # type: ignore[no-any-return]
        # Count both real time and requested pauses, so a test's fake clock times out too.
        elapsed = max(time.monotonic() - started, waited)
        if elapsed >= timeout:
            raise WaitTimeoutError(f"{what} did not finish within {timeout:g}s")
        pause = min(interval, max_interval, max(0.0, timeout - elapsed))
        yield Sleep(pause)
        waited += pause
        interval = min(interval * 1.5, max_interval)
