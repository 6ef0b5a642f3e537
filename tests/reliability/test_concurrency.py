"""One client shared by threads, one async client shared by tasks: exact results, no leaked connections.

Connections are counted where they end, at the emulator's server, not inside httpx's pool.
"""

from __future__ import annotations

import asyncio
import threading

import pytest
from voucherify_orders import AsyncVoucherify, Voucherify
from voucherify_orders.emulator import Emulator, EmulatorServer


def test_one_client_shared_by_8_threads() -> None:
    emulator = Emulator(seed=8)
    errors: list[BaseException] = []
    with emulator.serve() as server:
        client = Voucherify(emulator.app_id, emulator.secret_key, base_url=server.url)

        def work(thread: int) -> None:
            try:
                for n in range(100):
                    key = f"shared-{n}" if n % 2 else f"t{thread}-{n}"
                    client.orders.upsert({"source_id": key, "amount": n})
            except BaseException as exc:  # collected and asserted below
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert 1 <= server.connections_open <= server.connections_accepted <= 8  # pooled, kept alive
        client.close()
        assert server.wait_until_idle(timeout=30), f"{server.connections_open} connections left open"
    assert errors == []
    source_ids = [o["source_id"] for o in emulator.orders]
    assert len(source_ids) == len(set(source_ids)) == 50 + 8 * 50


@pytest.mark.slow
def test_one_async_client_shared_by_50_tasks() -> None:
    emulator = Emulator(seed=50)

    async def main(server: EmulatorServer) -> None:
        async with AsyncVoucherify(emulator.app_id, emulator.secret_key, base_url=server.url) as client:

            async def work(task: int) -> None:
                for n in range(20):
                    key = f"shared-{n}" if n % 2 else f"t{task}-{n}"
                    await client.orders.upsert({"source_id": key, "amount": n})

            await asyncio.gather(*(work(t) for t in range(50)))
            # The pool keeps at most 20 idle connections (httpx's default), so 50 tasks churn
            # through many more than 50: only "some are open now, none once closed" is exact.
            assert server.connections_open >= 1

    with emulator.serve() as server:
        asyncio.run(main(server))
        assert server.wait_until_idle(timeout=30), f"{server.connections_open} connections left open"
    source_ids = [o["source_id"] for o in emulator.orders]
    assert len(source_ids) == len(set(source_ids)) == 10 + 50 * 10
