"""The emulator's HTTP server reads every body framing a client may send, and answers only in JSON."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

import pytest
from voucherify_orders.emulator import Emulator, EmulatorServer


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@pytest.fixture
def emulator() -> Emulator:
    return Emulator(seed=11)


@pytest.fixture
def server(emulator: Emulator) -> Iterator[EmulatorServer]:
    with emulator.serve() as running:
        yield running


def connect(server: EmulatorServer) -> socket.socket:
    host, port = server.url.removeprefix("http://").rsplit(":", 1)
    return socket.create_connection((host, int(port)), timeout=5)


def request(emulator: Emulator, method: str, path: str, framing: str, body: bytes = b"") -> bytes:
    head = (
        f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-App-Id: {emulator.app_id}\r\n"
        f"X-App-Token: {emulator.secret_key}\r\nContent-Type: application/json\r\n{framing}\r\n"
    )
    return head.encode() + body


def chunked(*pieces: bytes, trailer: bytes = b"") -> bytes:
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in pieces) + b"0\r\n" + trailer + b"\r\n"


def read_answer(stream: BinaryIO) -> Answer:
    status_line = stream.readline()
    assert status_line.startswith(b"HTTP/1."), status_line
    headers: dict[str, str] = {}
    while (line := stream.readline()) not in (b"\r\n", b"\n", b""):
        name, _, value = line.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    body = stream.read(int(headers.get("content-length", "0")))
    return Answer(int(status_line.split()[1]), headers, body)


def assert_closed(sock: socket.socket, stream: BinaryIO) -> None:
    sock.settimeout(2)
    assert stream.read() == b""  # the server hung up: nothing left is read as a request


def assert_voucherify_error(answer: Answer, status: int, key: str) -> dict[str, Any]:
    assert answer.status == status, answer
    assert answer.headers["content-type"].startswith("application/json"), answer.headers
    error = answer.json()
    assert list(error) == ["code", "key", "message", "details", "request_id"], error
    assert (error["code"], error["key"]) == (status, key)
    assert error["request_id"].startswith("v-")
    return error


def test_a_chunked_body_is_read_and_the_connection_stays_usable(
    emulator: Emulator, server: EmulatorServer
) -> None:
    body = json.dumps({"source_id": "chunked-1", "amount": 5}).encode()
    with connect(server) as sock, sock.makefile("rb") as stream:
        sock.sendall(
            request(
                emulator, "POST", "/v1/orders", "Transfer-Encoding: chunked\r\n", chunked(body[:7], body[7:])
            )
            + request(emulator, "GET", "/v1/orders/chunked-1", "")
        )
        created = read_answer(stream)
        assert created.status == 200, created
        assert (created.json()["source_id"], created.json()["amount"]) == ("chunked-1", 5)
        fetched = read_answer(stream)  # the next request on the connection, not the chunks' bytes
        assert fetched.status == 200 and fetched.json()["id"] == created.json()["id"]
    assert [o["source_id"] for o in emulator.orders] == ["chunked-1"]


def test_chunk_extensions_trailers_and_case_are_accepted(emulator: Emulator, server: EmulatorServer) -> None:
    pieces = [b'[{"source_id":', b' "imp-1"}]']
    framed = b"%x;name=value\r\n%s\r\n%X\r\n%s\r\n0\r\nX-Trailer: 1\r\n\r\n" % (
        len(pieces[0]),
        pieces[0],
        len(pieces[1]),
        pieces[1],
    )
    with connect(server) as sock, sock.makefile("rb") as stream:
        sock.sendall(request(emulator, "POST", "/v1/orders/import", "Transfer-Encoding: Chunked\r\n", framed))
        answer = read_answer(stream)
    assert answer.status == 200, answer
    assert answer.json()["async_action_id"].startswith("aa_")


@pytest.mark.parametrize(
    "framing",
    [
        "Content-Length: abc\r\n",
        "Content-Length: -1\r\n",
        "Content-Length: +36\r\n",
        "Content-Length: 36\r\nContent-Length: 35\r\n",
        "Content-Length: 0x24\r\n",
    ],
)
def test_a_bad_content_length_is_a_json_400_and_the_connection_closes(
    emulator: Emulator, server: EmulatorServer, framing: str, capfd: pytest.CaptureFixture[str]
) -> None:
    body = json.dumps({"source_id": "s", "amount": 500000}).encode()
    with connect(server) as sock, sock.makefile("rb") as stream:
        sock.sendall(request(emulator, "POST", "/v1/orders", framing, body))
        answer = read_answer(stream)
        error = assert_voucherify_error(answer, 400, "bad_request")
        assert "Content-Length" in error["details"]
        assert answer.headers["connection"] == "close"
        assert_closed(sock, stream)
    assert emulator.orders == [] and emulator.requests == []
    assert "Traceback" not in capfd.readouterr().err


@pytest.mark.parametrize(
    ("framing", "body", "status", "key"),
    [
        ("Transfer-Encoding: chunked\r\n", b"zz\r\n{}\r\n0\r\n\r\n", 400, "bad_request"),
        ("Transfer-Encoding: chunked\r\n", b"1\r\n{}\r\n0\r\n\r\n", 400, "bad_request"),
        ("Transfer-Encoding: gzip, chunked\r\n", chunked(b"{}"), 501, "not_implemented"),
        ("Content-Length: 99\r\n", b"{}", 400, "bad_request"),  # then the client stops sending
    ],
)
def test_a_body_that_cannot_be_delimited_is_refused_in_json(
    emulator: Emulator, server: EmulatorServer, framing: str, body: bytes, status: int, key: str
) -> None:
    with connect(server) as sock, sock.makefile("rb") as stream:
        sock.sendall(request(emulator, "POST", "/v1/orders", framing, body))
        sock.shutdown(socket.SHUT_WR)
        assert_voucherify_error(read_answer(stream), status, key)
        assert_closed(sock, stream)
    assert emulator.orders == []


def test_both_framings_follow_transfer_encoding_and_close(emulator: Emulator, server: EmulatorServer) -> None:
    body = b'{"source_id":"te-wins"}'
    with connect(server) as sock, sock.makefile("rb") as stream:
        sock.sendall(
            request(
                emulator,
                "POST",
                "/v1/orders",
                "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n",
                chunked(body),
            )
        )
        answer = read_answer(stream)
        assert answer.status == 200 and answer.json()["source_id"] == "te-wins"
        assert answer.headers["connection"] == "close"
        assert_closed(sock, stream)


@pytest.mark.parametrize(
    "raw",
    [
        b"GARBAGE\r\n\r\n",
        b"GET /v1/orders HTTP/9.9\r\n\r\n",
        b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n",
        b"GET /v1/orders HTTP/1.1\r\n" + b"X-Many: 1\r\n" * 120 + b"\r\n",
    ],
)
def test_http_servers_own_refusals_are_json_never_html(server: EmulatorServer, raw: bytes) -> None:
    with connect(server) as sock, sock.makefile("rb") as stream:
        sock.sendall(raw)
        answer = read_answer(stream)
    assert 400 <= answer.status < 600
    assert b"<" not in answer.body, answer.body
    error = answer.json()
    assert error["code"] == answer.status and error["key"] and error["message"]


def export_url(emulator: Emulator, server: EmulatorServer, target: str, host: str) -> str:
    with connect(server) as sock, sock.makefile("rb") as stream:

        def call(method: str, path: str, body: bytes = b"") -> Any:
            head = request(emulator, method, path, f"Content-Length: {len(body)}\r\n", body)
            sock.sendall(head.replace(b"Host: 127.0.0.1\r\n", f"Host: {host}\r\n".encode()))
            answer = read_answer(stream)
            assert answer.status == 200, answer
            return answer.json()

        export = call("POST", target + "/v1/orders/export", b"{}")
        done = call("GET", target + f"/v1/exports/{export['id']}")
    assert done["status"] == "DONE"
    url: str = done["result"]["url"]
    return url


@pytest.mark.parametrize(
    ("target", "host"),
    [
        ("", "api.evil.example"),
        ("", "evil.example:8443"),
        ("http://api.evil.example", "api.evil.example"),  # absolute-form: its authority counts no more
    ],
)
def test_the_download_url_names_the_server_never_the_requests_host(
    emulator: Emulator, server: EmulatorServer, target: str, host: str
) -> None:
    url = export_url(emulator, server, target, host)
    assert url.startswith(f"{server.url}/v1/exports/exp_"), url
    assert "evil" not in url
    with connect(server) as sock, sock.makefile("rb") as stream:
        path = url.removeprefix(server.url)
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        download = read_answer(stream)
    assert download.status == 200 and download.body.startswith(b"id,")
