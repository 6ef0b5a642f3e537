"""A JSON answer whose compressed body inflates past the cap is refused as it is read.

A few hundred KB of gzip can inflate to hundreds of MB; an answer read whole must not be held
in memory past `MAX_ANSWER_BYTES`. Here the cap is made small (1 MiB) and the bodies inflate to
32 MiB, so an answer read whole would show in the memory used. Streamed CSV downloads are read
in chunks, and are not capped.
"""

from __future__ import annotations

import contextlib
import gzip
import socket
import threading
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import httpx
import pytest
from voucherify_orders import (
    APIStatusError,
    AsyncVoucherify,
    DecodeError,
    DefaultAioHttpClient,
    NotFoundError,
    ServerError,
    Voucherify,
    _effects,
)
from voucherify_orders._export import DownloadError

from tests.conftest import APP_ID, SECRET, make_async_client, make_client
from tests.raw_server import raw_server

CAP = 1024 * 1024
INFLATED = 32 * CAP
#: A valid order once inflated: read whole, the call would succeed.
ORDER = b'{"id": "ord_1", "object": "order", "source_id": "x"' + b" " * INFLATED + b"}"
BOMB = gzip.compress(ORDER, compresslevel=9)
GZIP_JSON = {"content-type": "application/json", "content-encoding": "gzip"}


@pytest.fixture(autouse=True)
def small_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_effects, "MAX_ANSWER_BYTES", CAP)


class Trickled(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body in 1 KiB pieces that counts how many were pulled."""

    def __init__(self, body: bytes) -> None:
        self.pieces = [body[start : start + 1024] for start in range(0, len(body), 1024)]
        self.pulled = 0

    def __iter__(self) -> Iterator[bytes]:
        for piece in self.pieces:
            self.pulled += 1
            yield piece

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self:
            yield piece


def refused(error: DecodeError) -> None:
    assert f"exceeds {CAP} bytes once decoded" in str(error)
    assert error.response.status_code == 200 and error.request is not None
    assert error.request.headers["x-app-token"] == "[redacted]"


def test_a_gzip_bomb_is_refused_while_it_is_read() -> None:
    body = Trickled(BOMB)
    with (
        make_client(lambda request: httpx.Response(200, headers=GZIP_JSON, stream=body)) as client,
        pytest.raises(DecodeError) as caught,
    ):
        client.orders.get("ord_1")
    refused(caught.value)
    assert body.pulled < len(body.pieces) / 2  # refused part way through, not read to its end


async def test_a_gzip_bomb_is_refused_while_it_is_read_async() -> None:
    body = Trickled(BOMB)
    async with make_async_client(
        lambda request: httpx.Response(200, headers=GZIP_JSON, stream=body)
    ) as client:
        with pytest.raises(DecodeError) as caught:
            await client.orders.get("ord_1")
    refused(caught.value)
    assert body.pulled < len(body.pieces) / 2


def test_an_error_answer_that_inflates_past_the_cap_keeps_its_status_and_its_meaning() -> None:
    # Before: a DecodeError, so a write's 500 lost `outcome_unknown` and a 503 was not retried.
    # The body is read up to the cap, no further; the status is what the caller gets.
    bodies: list[Trickled] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(Trickled(BOMB))
        status = 503 if request.method == "GET" else 500
        return httpx.Response(status, headers={**GZIP_JSON, "retry-after": "0"}, stream=bodies[-1])

    with make_client(handler, max_retries=2) as client:
        with pytest.raises(ServerError) as unavailable:
            client.orders.get("ord_1")
        assert len(bodies) == 3 and unavailable.value.status_code == 503
        with pytest.raises(ServerError) as failed:
            client.orders.create({"status": "PAID", "amount": 1})
    assert failed.value.outcome_unknown and failed.value.status_code == 500
    assert all(body.pulled < len(body.pieces) / 2 for body in bodies)


async def test_an_async_error_answer_that_inflates_past_the_cap_stops_being_read() -> None:
    bodies: list[Trickled] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(Trickled(BOMB))
        return httpx.Response(503, headers={**GZIP_JSON, "retry-after": "0"}, stream=bodies[-1])

    async with make_async_client(handler, max_retries=1) as client:
        with pytest.raises(ServerError) as unavailable:
            await client.orders.get("ord_1")
    assert len(bodies) == 2 and unavailable.value.status_code == 503
    assert all(body.pulled < len(body.pieces) / 2 for body in bodies)  # not read to the end


@pytest.mark.parametrize("coding", ["gzip, gzip", "deflate, gzip", "br", "zstd", "x-gzip", "compress"])
def test_a_success_in_a_coding_not_asked_for_is_refused_unread(coding: str) -> None:
    # Stacked, each layer multiplies a slice's growth (451 bytes of `gzip, gzip, gzip` took 3 GiB);
    # br and zstd httpx decodes where installed, asked for or not.
    body = Trickled(BOMB)
    headers = {"content-type": "application/json", "content-encoding": coding}
    with (
        make_client(lambda request: httpx.Response(200, headers=headers, stream=body)) as client,
        pytest.raises(DecodeError, match=f"encoded as '{coding}', which the client did not ask for"),
    ):
        client.orders.get("ord_1")
    assert body.pulled == 0


async def test_an_error_in_a_coding_not_asked_for_keeps_its_status_async() -> None:
    headers = {"content-type": "application/json", "content-encoding": "gzip, gzip"}
    async with make_async_client(
        lambda request: httpx.Response(404, headers=headers, stream=Trickled(BOMB))
    ) as client:
        with pytest.raises(NotFoundError) as caught:
            await client.orders.get("ord_1")
    assert caught.value.body == {}


def test_identity_and_letter_case_are_codings_asked_for() -> None:
    body = gzip.compress(b'{"id": "ord_1", "object": "order"}')
    headers = {"content-type": "application/json", "content-encoding": "GZIP, identity"}
    with make_client(lambda request: httpx.Response(200, headers=headers, stream=Trickled(body))) as client:
        assert client.orders.get("ord_1").id == "ord_1"


def test_a_gzip_answer_within_the_cap_is_read() -> None:
    small = b'{"id": "ord_1", "object": "order", "source_id": "x"' + b" " * (CAP - 100) + b"}"
    body = Trickled(gzip.compress(small))
    with make_client(lambda request: httpx.Response(200, headers=GZIP_JSON, stream=body)) as client:
        raw = client.with_raw_response.orders.get("ord_1")
    assert raw.parsed.source_id == "x" and raw.http.content == small


def bomb_over_http(conn: socket.socket, head: bytes, stop: threading.Event) -> None:
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
        b"Content-Length: %d\r\n\r\n" % len(BOMB)
    )
    with contextlib.suppress(OSError):  # the client may hang up once it has seen enough
        conn.sendall(BOMB)


@pytest.mark.parametrize("pool", ["own", "aiohttp"])
async def test_over_http_a_gzip_bomb_is_refused_and_memory_stays_bounded(pool: str) -> None:
    with raw_server(bomb_over_http) as url:
        async with (
            DefaultAioHttpClient() if pool == "aiohttp" else contextlib.nullcontext() as http,
            AsyncVoucherify(APP_ID, SECRET, base_url=url, http_client=http, max_retries=0) as client,
        ):
            with pytest.raises(DecodeError):  # the first call also loads what the next one needs
                await client.orders.get("ord_1")
            tracemalloc.start()
            try:
                with pytest.raises(DecodeError) as caught:
                    await client.orders.get("ord_1")
                peak = tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()
    refused(caught.value)
    assert peak < 6 * CAP, peak  # read whole, the answer alone would take INFLATED (32 MiB)


def test_over_http_a_gzip_bomb_is_refused_and_memory_stays_bounded_sync() -> None:
    with raw_server(bomb_over_http) as url, Voucherify(APP_ID, SECRET, base_url=url, max_retries=0) as client:
        with pytest.raises(DecodeError):
            client.orders.get("ord_1")
        tracemalloc.start()
        try:
            with pytest.raises(DecodeError) as caught:
                client.orders.get("ord_1")
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    refused(caught.value)
    assert peak < 6 * CAP, peak


DOWNLOAD = "https://download.voucherify.io/v1/exports/exp_1?token=abc"
EXPORT = {"id": "exp_1", "object": "export", "status": "DONE", "result": {"url": DOWNLOAD}}


def test_a_streamed_csv_download_is_not_capped() -> None:
    csv = b"id\n" + b"ord_1\n" * (2 * CAP // 6)
    body = Trickled(gzip.compress(csv))

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "api.voucherify.io":
            return httpx.Response(200, json=EXPORT)
        return httpx.Response(
            200, headers={"content-type": "text/csv", "content-encoding": "gzip"}, stream=body
        )

    with make_client(handler) as client:
        rows = sum(1 for _ in client.exports.iter_rows("exp_1"))
    assert rows == 2 * CAP // 6


def test_api_calls_ask_only_for_codings_the_cap_bounds() -> None:
    # httpx asks for br and zstd where those packages are installed (as this pool's defaults
    # stand for); one slice of such a body could inflate far more than gzip's or deflate's.
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(request.headers["accept-encoding"])
        return httpx.Response(200, json={"id": "ord_1", "object": "order"})

    pool = httpx.Client(transport=httpx.MockTransport(handler), headers={"Accept-Encoding": "gzip, br, zstd"})
    with Voucherify(APP_ID, SECRET, http_client=pool) as client:
        client.orders.get("ord_1")
    assert asked == ["gzip, deflate"]


def _download(body: httpx.SyncByteStream, coding: str) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "api.voucherify.io":
            return httpx.Response(200, json=EXPORT)
        return httpx.Response(
            200, headers={"content-type": "text/csv", "content-encoding": coding}, stream=body
        )

    return handler


def test_a_download_in_stacked_codings_is_refused_unread(tmp_path: Path) -> None:
    # Before: 5 KB of `gzip, gzip` took 3 GiB, each layer multiplying the one before.
    body = Trickled(gzip.compress(gzip.compress(b"id\n" + b"ord_1\n" * 1000)))
    with (
        make_client(_download(body, "gzip, gzip")) as client,
        pytest.raises(
            DownloadError,
            match="encoded the CSV as 'gzip, gzip', not the gzip or deflate \\(once\\) asked for",
        ),
    ):
        client.exports.download("exp_1", tmp_path / "out.csv")
    assert body.pulled == 0 and not (tmp_path / "out.csv").exists()


def test_a_gzip_download_is_decoded_in_small_steps(tmp_path: Path) -> None:
    # Before: a 64 KiB chunk was inflated in one step (a 1 GiB CSV cost 175 MiB more at its peak).
    csv = b"id\n" + b"ord_1\n" * (INFLATED // 6)
    packed = gzip.compress(csv, compresslevel=9)
    body = Trickled(b"")
    body.pieces = [packed[start : start + 65536] for start in range(0, len(packed), 65536)]
    with make_client(_download(body, "gzip")) as client:
        tracemalloc.start()
        try:
            written = client.exports.download("exp_1", tmp_path / "out.csv")
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert written == len(csv) and (tmp_path / "out.csv").stat().st_size == len(csv)
    assert peak < 6 * CAP, peak  # one 64 KiB chunk of it inflates to 32 MiB


# -- the cap's edges, found by mutation testing ------------------------------------------------------


def _plain(size: int) -> bytes:
    """A JSON order of exactly `size` bytes."""
    head, tail = b'{"id": "ord_1", "object": "order"', b"}"
    return head + b" " * (size - len(head) - len(tail)) + tail


@pytest.mark.parametrize("coding", ["gzip", "deflate"])
def test_an_answer_of_exactly_the_cap_is_read_and_one_byte_more_is_refused(coding: str) -> None:
    # The cap is "at most": its own size passes. Deflate is asked for as gzip is, and read so.
    def encoded(body: bytes) -> bytes:
        return gzip.compress(body) if coding == "gzip" else zlib.compress(body)

    headers = {"content-type": "application/json", "content-encoding": coding}
    for size, read in ((CAP, True), (CAP + 1, False)):
        body = Trickled(encoded(_plain(size)))
        with make_client(
            lambda request, body=body: httpx.Response(200, headers=headers, stream=body)
        ) as client:
            if read:
                assert len(client.with_raw_response.orders.get("ord_1").http.content) == CAP
            else:
                with pytest.raises(DecodeError) as caught:
                    client.orders.get("ord_1")
                refused(caught.value)


@pytest.mark.parametrize("status", [400, 404, 500])
def test_an_error_status_past_the_cap_keeps_its_own_error(status: int) -> None:
    # A 4xx is an error as a 5xx is: its status decides, not a DecodeError for its size.
    body = Trickled(gzip.compress(_plain(CAP + 1)))
    with (
        make_client(
            lambda request: httpx.Response(status, headers=GZIP_JSON, stream=body), max_retries=0
        ) as client,
        pytest.raises(APIStatusError) as caught,
    ):
        client.orders.get("ord_1")
    assert caught.value.status_code == status and not isinstance(caught.value, DecodeError)


def test_the_cap_is_64_mib_as_documented(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the module's own value, not this file's small one
    assert _effects.MAX_ANSWER_BYTES == 64 * 1024 * 1024


def test_a_download_asks_only_for_codings_its_slices_bound(tmp_path: Path) -> None:
    asked: list[str] = []
    body = Trickled(b"id\nord_1\n")

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host != "api.voucherify.io":
            asked.append(request.headers["accept-encoding"])
        return _download(body, "identity")(request)

    pool = httpx.Client(transport=httpx.MockTransport(handler), headers={"Accept-Encoding": "gzip, br, zstd"})
    with Voucherify(APP_ID, SECRET, http_client=pool) as client:
        client.exports.download("exp_1", tmp_path / "out.csv")
    assert asked == ["gzip, deflate"]
