"""The async driver and the poll loop, pinned where `nox -s mutants` found them loose.

Each test here killed a mutant of overrides/voucherify_orders/_effects.py that the rest of the
suite let live (scripts/mutants.py lists them).
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from voucherify_orders import APITimeoutError, AsyncVoucherify, DownloadError, WaitTimeoutError, testing

from tests.conftest import APP_ID, SECRET, make_async_client, make_client, order_json

DOWNLOAD = "https://download.voucherify.io/v1/exports/exp_1?token=abc"


class AsyncChunks(httpx.AsyncByteStream):
    """A body in several chunks, optionally slower than the timeout, that records being closed."""

    def __init__(self, chunks: list[bytes], pause: float = 0.0) -> None:
        self.chunks = chunks
        self.pause = pause
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            if self.pause:
                await asyncio.sleep(self.pause)
            yield chunk

    async def aclose(self) -> None:
        self.closed = True


async def test_an_async_answer_in_chunks_is_read_whole() -> None:
    body = b'{"id": "ord_7", "object": "order", "status": "PAID"}'

    def handler(request: httpx.Request) -> httpx.Response:
        parts = [body[i : i + 7] for i in range(0, len(body), 7)]
        return httpx.Response(200, stream=AsyncChunks(parts), headers={"content-type": "application/json"})

    async with make_async_client(handler) as client:
        order = await client.orders.get("ord_7")
    assert order.id == "ord_7"


async def test_an_async_answer_trickling_past_its_timeout_is_abandoned_and_closed() -> None:
    bodies: list[AsyncChunks] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(AsyncChunks([b"{", b'"id": "x"', b"}"], pause=0.05))
        return httpx.Response(200, stream=bodies[-1], headers={"content-type": "application/json"})

    async with make_async_client(handler, timeout=0.01) as client:
        with pytest.raises(APITimeoutError):
            await client.orders.get("ord_1")
    assert len(bodies) == 3 and all(body.closed for body in bodies)


async def test_an_async_download_that_is_not_csv_is_refused_and_closed() -> None:
    body = AsyncChunks([b"<html>", b"</html>"])

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "api.voucherify.io":
            return httpx.Response(
                200, json={"id": "exp_1", "object": "export", "status": "DONE", "result": {"url": DOWNLOAD}}
            )
        return httpx.Response(200, stream=body, headers={"content-type": "text/html"})

    async with make_async_client(handler) as client:
        with pytest.raises(DownloadError):
            await client.exports.download("exp_1", to=io.BytesIO())
    assert body.closed


async def test_the_async_client_does_not_follow_redirects() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "collector.example":
            return httpx.Response(200, json=order_json())
        return httpx.Response(302, headers={"Location": "https://collector.example/"})

    async with make_async_client(handler) as client:
        with pytest.raises(Exception, match="302"):
            await client.orders.get("x")
    assert [request.url.host for request in seen] == ["api.voucherify.io"]


def exports_in_progress(polls: int) -> httpx.MockTransport:
    answered = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal answered
        answered += 1
        status = "DONE" if answered > polls else "IN_PROGRESS"
        return httpx.Response(200, json={"id": "exp_1", "object": "export", "status": status})

    return httpx.MockTransport(handler)


def test_polls_start_at_half_a_second_and_back_off_to_five() -> None:
    with make_client(exports_in_progress(polls=9).handler) as client, testing.fake_clock(client) as clock:
        client.exports.wait("exp_1", timeout=3600)
    assert clock.sleeps == [0.5, 0.75, 1.125, 1.6875, 2.53125, 3.796875, 5.0, 5.0, 5.0]


def test_the_last_pause_ends_exactly_at_the_timeout() -> None:
    with (
        make_client(exports_in_progress(polls=100).handler) as client,
        testing.fake_clock(client) as clock,
        pytest.raises(WaitTimeoutError),
    ):
        client.exports.wait("exp_1", timeout=2)
    assert clock.sleeps == [0.5, 0.75, 0.75]


async def test_a_cancelled_async_import_lets_go_of_its_checkpoint_at_once(tmp_path: Path) -> None:
    # Cancelled while a call is in flight: the driver closes the workflow, so the import's lock
    # is released then, though the cancelled task (holding the import's frames) is still here.
    checkpoint = tmp_path / "orders.ckpt"
    orders = [{"source_id": f"k-{n}", "status": "PAID", "amount": 100} for n in range(3)]
    arrived = asyncio.Event()

    async def stuck(request: httpx.Request) -> httpx.Response:
        arrived.set()
        await asyncio.Event().wait()  # the answer never comes
        raise AssertionError("unreachable")

    def accept(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/orders/import":
            return httpx.Response(200, json={"async_action_id": "aa_1"})
        done = {"status": "DONE", "result": {"done_count": 3, "failed": []}}
        return httpx.Response(
            200, json={"id": "aa_1", "object": "async_action", "type": "ORDERS.IMPORT", **done}
        )

    stopped = AsyncVoucherify(APP_ID, SECRET, transport=httpx.MockTransport(stuck))
    async with stopped:
        task = asyncio.create_task(
            stopped.orders.import_orders(orders, chunk_size=100, checkpoint=checkpoint)
        )
        await arrived.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    async with make_async_client(accept) as client:
        report = await client.orders.import_orders(orders, chunk_size=100, checkpoint=checkpoint)
    assert task.cancelled() and report.imported == 3 and report.resumed_chunks == 1
    assert not checkpoint.exists()


async def test_an_async_download_longer_than_the_timeout_streams_on() -> None:
    # The timeout bounds an attempt until the download's headers; a long, steady CSV then
    # streams on (each pause here is within the timeout, all of them together are not).
    body = AsyncChunks([b"id\n", *(f"ord_{n}\n".encode() for n in range(5))], pause=0.03)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "api.voucherify.io":
            return httpx.Response(
                200, json={"id": "exp_1", "object": "export", "status": "DONE", "result": {"url": DOWNLOAD}}
            )
        return httpx.Response(200, stream=body, headers={"content-type": "text/csv"})

    out = io.BytesIO()
    async with make_async_client(handler, timeout=0.08) as client:
        written = await client.exports.download("exp_1", to=out)
    assert out.getvalue() == b"id\n" + b"".join(f"ord_{n}\n".encode() for n in range(5))
    assert written == len(out.getvalue()) and body.closed


async def test_an_async_attempt_past_its_deadline_says_why_in_its_cause() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=AsyncChunks([b"{", b"}"], pause=0.05))

    async with make_async_client(handler, timeout=0.01, max_retries=0) as client:
        with pytest.raises(APITimeoutError) as caught:
            await client.orders.get("ord_1")
    assert str(caught.value.__cause__) == "the answer did not arrive within the timeout"
