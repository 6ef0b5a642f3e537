"""pytest fixtures for code that uses voucherify_orders (registered through the `pytest11` entry point).

* `voucherify_emulator` - a fresh `Emulator` per test.
* `voucherify_client` - a `Voucherify` client talking to it in-process.
* `voucherify_async_client` - the same, async.

The fixtures' clients never pause between retries or polls (a fake clock, per client);
nothing else in the test run changes. The emulator needs the `emulator` extra (pydantic);
without it a test using these fixtures fails with one line saying so.
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar, cast

import pytest

F = TypeVar("F", bound=Callable[..., Any])


def _async_fixture(function: F) -> F:
    """
    pytest-asyncio's fixture decorator where it is installed: its default (strict) mode runs
    only the async fixtures it marked, and a plain `pytest.fixture` is an error there
    ("requested an async fixture ... with no plugin or hook that handled it"). In its auto
    mode both work; without it, whatever runs the async tests handles a plain one.
    """
    try:
        decorate = importlib.import_module("pytest_asyncio").fixture
    except ImportError:
        decorate = pytest.fixture
    return cast(F, decorate(function))


if TYPE_CHECKING:
    from voucherify_orders import AsyncVoucherify, Voucherify
    from voucherify_orders.emulator import Emulator

__all__ = ["voucherify_async_client", "voucherify_client", "voucherify_emulator"]


MISSING_EXTRA = (
    "the voucherify-orders fixtures need the emulator extra: pip install 'voucherify-orders[emulator]'"
)


@pytest.fixture
def voucherify_emulator() -> Emulator:
    """A fresh emulator (seed 1234) for this test: its store, jobs and faults are this test's own."""
    try:
        from voucherify_orders.emulator import Emulator  # noqa: PLC0415
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] not in ("pydantic", "pydantic_core"):
            raise
        pytest.fail(MISSING_EXTRA, pytrace=False)

    return Emulator(seed=1234)


@pytest.fixture
def voucherify_client(voucherify_emulator: Emulator) -> Iterator[Voucherify]:
    """A `Voucherify` served in-process by `voucherify_emulator`, with no pause between retries."""
    with voucherify_emulator.client() as client:
        yield client


@_async_fixture
async def voucherify_async_client(voucherify_emulator: Emulator) -> AsyncIterator[AsyncVoucherify]:
    """An `AsyncVoucherify` served in-process by `voucherify_emulator`, with no pause between retries."""
    async with voucherify_emulator.async_client() as client:
        yield client
