"""Attack: DefaultAioHttpClient(verify=...) / cert=... are silently dropped.

httpx.AsyncClient uses `verify`, `cert`, `http2`... only to build its default transport;
DefaultAioHttpClient always passes its own `_Transport(limits=limits)`, built without them.
So a custom CA bundle/SSLContext (a dedicated cluster with a private CA, a corporate TLS
proxy) is ignored and every call fails certificate verification, while
`httpx.AsyncClient(verify=ctx)` (AsyncVoucherify's own pool type) works.
(Also so before c74f01e.)
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from voucherify_orders import AsyncVoucherify, DefaultAioHttpClient

BODY = b'{"id":"ord_1","object":"order","source_id":"x"}'


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


@contextlib.contextmanager
def tls_server(cert: Path, key: Path) -> Iterator[str]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.2)
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            try:
                raw, _ = listener.accept()
            except OSError:
                continue
            try:
                raw.settimeout(5)
                with context.wrap_socket(raw, server_side=True) as conn:
                    data = b""
                    while b"\r\n\r\n" not in data:
                        chunk = conn.recv(65536)
                        if not chunk:
                            break
                        data += chunk
                    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n"
                    conn.sendall(head % len(BODY) + b"Connection: close\r\n\r\n" + BODY)
            except (OSError, ssl.SSLError):
                raw.close()

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(2)
        listener.close()


async def test_verify_with_a_private_ca_is_honoured(cert_pair: tuple[Path, Path]) -> None:
    cert, key = cert_pair
    trusting = ssl.create_default_context(cafile=str(cert))
    with tls_server(cert, key) as url:
        async with (
            httpx.AsyncClient(verify=trusting) as plain,
            AsyncVoucherify("a", "b", base_url=url, http_client=plain, max_retries=0) as client,
        ):
            assert (await client.orders.get("x")).id == "ord_1"  # httpx's own pool: fine
        async with (
            DefaultAioHttpClient(verify=trusting) as http,
            AsyncVoucherify("a", "b", base_url=url, http_client=http, max_retries=0) as client,
        ):
            assert (await client.orders.get("x")).id == "ord_1"
