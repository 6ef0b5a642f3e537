"""pytest fixtures for code that uses voucherify_orders (registered through the `pytest11` entry point).

* `voucherify_emulator` - a fresh `Emulator` per test.
* `voucherify_client` - a `Voucherify` client talking to it in-process.
* `voucherify_async_client` - the same, async.

The fixtures' clients never pause between retries or polls (a fake clock, per client);
nothing else in the test run changes. The emulator needs the `emulator` extra (pydantic);
without it a test using these fixtures fails with one line saying so.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from voucherify_orders import AsyncVoucherify, Voucherify
    from voucherify_orders.emulator import Emulator

__all__ = ["voucherify_async_client", "voucherify_client", "voucherify_emulator"]


MISSING_EXTRA = (
    "the voucherify-orders fixtures need the emulator extra: pip install 'voucherify-orders[emulator]'"
)


@pytest.fixture
def voucherify_emulator() -> Emulator:
    try:
        from voucherify_orders.emulator import Emulator  # noqa: PLC0415
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] not in ("pydantic", "pydantic_core"):
            raise
        pytest.fail(MISSING_EXTRA, pytrace=False)

    return Emulator(seed=1234)


@pytest.fixture
def voucherify_client(voucherify_emulator: Emulator) -> Iterator[Voucherify]:
    with voucherify_emulator.client() as client:
        yield client


@pytest.fixture
async def voucherify_async_client(voucherify_emulator: Emulator) -> AsyncIterator[AsyncVoucherify]:
    async with voucherify_emulator.async_client() as client:
        yield client
