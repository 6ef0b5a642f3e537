"""One client shared by threads, one async client shared by tasks: exact results, no leaked connections."""

from __future__ import annotations

import asyncio
import threading

import httpx
from voucherify_orders import AsyncVoucherify, Voucherify
from voucherify_orders.emulator import Emulator


def _open_connections(http: httpx.Client | httpx.AsyncClient) -> int:
    pool = http._transport._pool  # type: ignore[union-attr]
    return len(pool.connections)


def test_one_client_shared_by_8_threads() -> None:
    emulator = Emulator(seed=8)
    errors: list[BaseException] = []
    with emulator.serve() as server:
        client = Voucherify(emulator.app_id, emulator.secret_key, base_url=server.url)

        def work(thread: int) -> None:
            try:
                for n in range(200):
                    key = f"shared-{n}" if n % 2 else f"t{thread}-{n}"
                    client.orders.upsert({"source_id": key, "amount": n})
            except BaseException as exc:  # collected and asserted below
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert _open_connections(client._http) <= 8
        client.close()
        assert _open_connections(client._http) == 0
    assert errors == []
    source_ids = [o["source_id"] for o in emulator.orders]
    assert len(source_ids) == len(set(source_ids)) == 100 + 8 * 100


def test_one_async_client_shared_by_50_tasks() -> None:
    emulator = Emulator(seed=50)

    async def main(url: str) -> None:
        async with AsyncVoucherify(emulator.app_id, emulator.secret_key, base_url=url) as client:

            async def work(task: int) -> None:
                for n in range(20):
                    key = f"shared-{n}" if n % 2 else f"t{task}-{n}"
                    await client.orders.upsert({"source_id": key, "amount": n})

            await asyncio.gather(*(work(t) for t in range(50)))
            assert _open_connections(client._http) <= 50
        assert _open_connections(client._http) == 0

    with emulator.serve() as server:
        asyncio.run(main(server.url))
    source_ids = [o["source_id"] for o in emulator.orders]
    assert len(source_ids) == len(set(source_ids)) == 10 + 50 * 10
