"""DefaultAioHttpClient beyond the plain route: proxies, TLS settings, and answers aiohttp cannot read.

Each case was found by an attack on the send path (issue 17's aiohttp work): httpx builds a
client's transports from `verify`, `cert`, `proxy` and the environment's proxy variables only
when it builds them itself, and httpx-aiohttp leaves some aiohttp errors untranslated.
"""

from __future__ import annotations

import logging
import shutil
import socket
import ssl
import subprocess
import threading
from pathlib import Path

import httpx
import pytest
from voucherify_orders import APIConnectionError, AsyncVoucherify, DefaultAioHttpClient, Voucherify, testing

from tests.raw_server import raw_server

BODY = b'{"id":"ord_1","object":"order","source_id":"x"}'
OK = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(BODY) + BODY


async def test_a_proxy_from_the_environment_is_used_as_by_the_default_pool(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[bytes] = []

    def proxy(conn: socket.socket, head: bytes, stop: threading.Event) -> None:
        seen.append(head.split(b"\r\n")[0])
        conn.sendall(OK)

    with raw_server(proxy) as proxy_url:
        monkeypatch.setenv("HTTP_PROXY", proxy_url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        base = "http://api.invalid"  # resolvable only through the proxy
        with Voucherify("a", "b", base_url=base, allow_insecure_http=True, max_retries=0) as sync_own:
            assert sync_own.orders.get("x").id == "ord_1"
        async with AsyncVoucherify("a", "b", base_url=base, allow_insecure_http=True, max_retries=0) as own:
            assert (await own.orders.get("x")).id == "ord_1"
        async with (
            DefaultAioHttpClient() as http,
            AsyncVoucherify(
                "a", "b", base_url=base, allow_insecure_http=True, http_client=http, max_retries=0
            ) as client,
        ):
            assert (await client.orders.get("x")).id == "ord_1"
    assert seen == [b"GET http://api.invalid/v1/orders/x HTTP/1.1"] * 3  # each pool, through the proxy


async def test_a_create_dropped_behind_a_proxy_is_not_repeated() -> None:
    # The proxy forwards the request (as far as the client can tell), then closes without
    # an answer: the order may exist, so a keyless create must not be sent again.
    seen: list[bytes] = []

    def dropping(conn: socket.socket, head: bytes, stop: threading.Event) -> None:
        seen.append(head.split(b"\r\n")[0])

    with raw_server(dropping) as proxy_url:
        async with (
            DefaultAioHttpClient(proxy=proxy_url) as http,
            AsyncVoucherify(
                "a",
                "b",
                base_url="http://api.invalid",
                allow_insecure_http=True,
                http_client=http,
                max_retries=3,
                retry_policy=testing.no_waits(),
            ) as client,
        ):
            with pytest.raises(APIConnectionError) as caught:
                await client.orders.create({"amount": 1})
    assert seen == [b"POST http://api.invalid/v1/orders HTTP/1.1"], f"{len(seen)} POSTs sent"
    assert caught.value.outcome_unknown


@pytest.fixture
def cert_pair(tmp_path: Path) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("needs openssl")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


async def test_verify_with_a_private_ca_is_honoured(cert_pair: tuple[Path, Path]) -> None:
    cert, key = cert_pair
    server_side = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_side.load_cert_chain(cert, key)
    trusting = ssl.create_default_context(cafile=str(cert))

    def answer(conn: socket.socket, head: bytes, stop: threading.Event) -> None:
        conn.sendall(OK)

    with raw_server(answer, tls=server_side) as url:
        async with (
            httpx.AsyncClient(verify=trusting) as plain,
            AsyncVoucherify("a", "b", base_url=url, http_client=plain, max_retries=0) as client,
        ):
            assert (await client.orders.get("x")).id == "ord_1"  # httpx's own pool
        async with (
            DefaultAioHttpClient(verify=trusting) as http,
            AsyncVoucherify("a", "b", base_url=url, http_client=http, max_retries=0) as client,
        ):
            assert (await client.orders.get("x")).id == "ord_1"
        async with (
            DefaultAioHttpClient() as http,
            AsyncVoucherify("a", "b", base_url=url, http_client=http, max_retries=0) as client,
        ):
            with pytest.raises(APIConnectionError):  # the system's CAs do not know this one
                await client.orders.get("x")


APP_ID = "appid-SECRET-3f9a1c"
SECRET = "token-SECRET-77e2b4d0"


def _everything_said(error: BaseException) -> str:
    texts = []
    current: BaseException | None = error
    while current is not None:
        texts += [str(current), repr(current), *(f"{k}={v!r}" for k, v in vars(current).items())]
        current = current.__cause__ or current.__context__
    return "\n".join(texts)


async def test_a_malformed_answer_is_an_api_connection_error_without_the_credentials() -> None:
    # aiohttp's own error for it carries the sent headers (its request_info).
    def malformed(conn: socket.socket, head: bytes, stop: threading.Event) -> None:
        conn.sendall(b"HTTP/1.1 2x0 What\r\nContent-Length: 2\r\n\r\n{}")

    with raw_server(malformed) as url:
        async with (
            DefaultAioHttpClient() as http,
            AsyncVoucherify(
                APP_ID, SECRET, base_url=url, http_client=http, max_retries=0, retry_policy=testing.no_waits()
            ) as client,
        ):
            with pytest.raises(APIConnectionError) as caught:
                await client.orders.create({"amount": 1})
    said = _everything_said(caught.value)
    assert SECRET not in said and APP_ID not in said
    assert caught.value.outcome_unknown  # the request went out: it may have been applied


async def test_a_pools_own_auth_does_not_apply_to_the_clients_calls(caplog: pytest.LogCaptureFixture) -> None:
    # The client's calls carry their own credentials, as with httpx's pool; so the pool's
    # auth takes nothing off the short path either.
    caplog.set_level(logging.INFO, logger="httpx")
    heads: list[bytes] = []

    def answer(conn: socket.socket, head: bytes, stop: threading.Event) -> None:
        heads.append(head.lower())
        conn.sendall(OK)

    with raw_server(answer) as url:
        async with (
            DefaultAioHttpClient(auth=httpx.BasicAuth("user", "password")) as http,
            AsyncVoucherify("app", "key", base_url=url, http_client=http, max_retries=0) as client,
        ):
            assert (await client.orders.get("x")).id == "ord_1"
    assert len(heads) == 1
    lines = heads[0].split(b"\r\n")
    assert b"x-app-id: app" in lines and b"x-app-token: key" in lines
    assert not [line for line in lines if line.startswith(b"authorization:")]
    assert [r for r in caplog.records if r.name == "httpx"] == []  # httpx's send was not run
