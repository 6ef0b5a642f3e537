"""Hostile or broken answers never escape as a raw exception, from any public method (issue 16)."""

from __future__ import annotations

import gzip
import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from voucherify_orders import AsyncVoucherify, RetryPolicy, Voucherify, VoucherifyError, testing

from tests.conftest import APP_ID, SECRET, make_async_client, make_client

DONE_EXPORT = {
    "id": "exp_1",
    "object": "export",
    "status": "DONE",
    "exported_object": "order",
    "result": {"url": "https://api.voucherify.io/v1/exports/exp_1?token=t"},
}


def hostile(kind: str) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        if kind == "bad retry-after":
            return httpx.Response(503, headers={"Retry-After": "soon"}, json={"code": 503, "key": "x"})
        if kind == "bad gzip":
            return httpx.Response(200, headers={"Content-Encoding": "gzip"}, content=b"not gzip at all")
        if kind == "deep json":
            return httpx.Response(200, content=b"[" * 100_000 + b"]" * 100_000)
        if kind == "html":
            return httpx.Response(200, headers={"Content-Type": "text/html"}, content=b"<html>hi</html>")
        if kind == "wrong types":
            return httpx.Response(200, json={"id": 12, "object": ["order"], "amount": "12", "total": "x"})
        if kind == "truncated gzip":
            return httpx.Response(200, headers={"Content-Encoding": "gzip"}, content=gzip.compress(b"{}")[:8])
        if kind == "error body not json":
            return httpx.Response(500, content=b"\xff\xfe oops")
        raise AssertionError(kind)

    return handler


KINDS = [
    "bad retry-after",
    "bad gzip",
    "deep json",
    "html",
    "wrong types",
    "truncated gzip",
    "error body not json",
]

CALLS: dict[str, Callable[[Any], Any]] = {
    "orders.get": lambda c: c.orders.get("o-1"),
    "orders.list": lambda c: c.orders.list(limit=5),
    "orders.create": lambda c: c.orders.create({"source_id": "s"}),
    "orders.upsert": lambda c: c.orders.upsert({"source_id": "s"}),
    "orders.update": lambda c: c.orders.update("o-1", {"status": "PAID"}),
    "orders.submit_import": lambda c: c.orders.submit_import([{"source_id": "s"}]),
    "orders.import_orders": lambda c: c.orders.import_orders([{"source_id": "s"}], wait_timeout=1),
    "orders.export": lambda c: c.orders.export(),
    "orders.create_export": lambda c: c.orders.create_export({"parameters": {}}),
    "async_actions.get": lambda c: c.async_actions.get("aa_1"),
    "async_actions.wait": lambda c: c.async_actions.wait("aa_1", timeout=1),
    "exports.get": lambda c: c.exports.get("exp_1"),
    "exports.wait": lambda c: c.exports.wait("exp_1", timeout=1),
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", sorted(CALLS))
def test_every_sync_method_raises_only_library_errors(kind: str, name: str) -> None:
    with make_client(hostile(kind), max_retries=1) as client:
        try:
            result = CALLS[name](client)
        except VoucherifyError:
            return
        # An import reports what it could not do instead of raising.
        assert name == "orders.import_orders", f"{name} accepted {kind!r}: {result!r}"
        assert not result.ok and result.accounted_for


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", sorted(CALLS))
async def test_every_async_method_raises_only_library_errors(kind: str, name: str) -> None:
    async with make_async_client(hostile(kind), max_retries=1) as client:
        try:
            result = await CALLS[name](client)
        except VoucherifyError:
            return
        assert name == "orders.import_orders", f"{name} accepted {kind!r}: {result!r}"
        assert not result.ok and result.accounted_for


@pytest.mark.parametrize("kind", [kind for kind in KINDS if kind != "deep json"])  # that one is a CSV
def test_downloads_and_rows_raise_only_library_errors(kind: str, tmp_path: Any) -> None:
    with make_client(hostile(kind), max_retries=1) as client:
        from voucherify_orders_client.models import Export

        export = Export.from_dict(DONE_EXPORT)
        target = tmp_path / "orders.csv"
        target.write_text("kept\n")
        with pytest.raises(VoucherifyError):
            client.exports.download(export, target)
        assert target.read_text() == "kept\n"
        # iter_rows too (issue 14: a gzip stream cut short or broken is a library error there as well).
        with pytest.raises(VoucherifyError):
            list(client.exports.iter_rows(export))


def test_a_closed_client_says_so() -> None:
    client = make_client(hostile("html"))
    client.close()
    with pytest.raises(VoucherifyError, match="closed"):
        client.orders.get("o-1")


async def test_a_closed_async_client_says_so() -> None:
    client = make_async_client(hostile("html"))
    await client.aclose()
    with pytest.raises(VoucherifyError, match="closed"):
        await client.orders.get("o-1")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"source_id": "s", "metadata": {"x": {1}}}, "order.metadata.x"),
        ({"source_id": "s", "metadata": {"x": b"bytes"}}, "order.metadata.x"),
        ({"source_id": "s", "metadata": {"x": float("nan")}}, "order.metadata.x"),
        ({"source_id": "s", "metadata": {1: "non-string key"}}, "order.metadata"),
    ],
)
def test_inputs_json_cannot_carry_are_parameter_errors(body: dict[str, Any], field: str) -> None:
    sent: list[httpx.Request] = []
    client = make_client(lambda r: sent.append(r) or httpx.Response(200, json={}))
    with client, pytest.raises(VoucherifyError) as caught:
        client.orders.create(body)
    assert getattr(caught.value, "parameter", None) == field
    assert sent == []


def test_circular_metadata_is_a_parameter_error() -> None:
    loop: dict[str, Any] = {}
    loop["self"] = loop
    client = make_client(lambda r: httpx.Response(200, json={}))
    with client, pytest.raises(VoucherifyError, match="nested more than"):
        client.orders.create({"source_id": "s", "metadata": loop})


@pytest.fixture
def trickling_server() -> Iterator[str]:
    """Answers with headers at once, then one byte of body every 0.1 s (a body of 10 kB: 1,000 s)."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.recv(65536)
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n"
                )
                for _ in range(10000):
                    if stop.wait(0.1):
                        break
                    try:
                        conn.sendall(b" ")
                    except OSError:
                        break

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join()
    listener.close()


def test_a_trickling_server_cannot_hold_a_call(trickling_server: str) -> None:
    # Each byte comes well within the read timeout: only the per-attempt bound can end the
    # call as timed out (else it would end after 1,000 s, in a body that is not JSON).
    client = Voucherify(APP_ID, SECRET, base_url=trickling_server, timeout=0.4, max_retries=0)
    with client, pytest.raises(VoucherifyError, match="timed out"):
        client.orders.get("o-1")


async def test_a_trickling_server_cannot_hold_an_async_call(trickling_server: str) -> None:
    async with AsyncVoucherify(
        APP_ID, SECRET, base_url=trickling_server, timeout=0.4, max_retries=0
    ) as client:
        with pytest.raises(VoucherifyError, match="timed out"):
            await client.orders.get("o-1")


def test_retries_stop_at_the_retry_budget() -> None:
    answers = iter([429, 429, 429, 200])

    def handler(request: httpx.Request) -> httpx.Response:
        status = next(answers)
        if status == 429:
            return httpx.Response(429, headers={"Retry-After": "50"}, json={"code": 429, "key": "too_many"})
        return httpx.Response(200, json={"id": "o-1", "object": "order"})

    clock = testing.FakeClock()
    policy = RetryPolicy(max_retries=5, retry_budget=120.0, clock=clock)
    with make_client(handler, retry_policy=policy) as client, pytest.raises(VoucherifyError) as caught:
        client.orders.get("o-1")
    # Two waits of 50 s fit in 120 s; a third would not, so it is not made.
    assert clock.sleeps == [50.0, 50.0]
    assert getattr(caught.value, "status_code", None) == 429


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_a_redirect_is_never_followed_and_is_an_error(status: int) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, headers={"Location": "https://elsewhere.example/v1/orders/o-1"})

    client = make_client(handler)
    with client, pytest.raises(VoucherifyError, match=f"answered {status}"):
        client.orders.get("o-1")
    assert [r.url.host for r in seen] == ["api.voucherify.io"]
