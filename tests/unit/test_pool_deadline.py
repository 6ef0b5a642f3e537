"""The sync pool's socket wrapper: what it passes through, and what it cuts.

`_pool._DeadlineBackend` wraps httpcore's network backend on the pools `Voucherify` builds,
and `_DeadlineStream` each connection's stream, so that every socket wait keeps the deadline
of the attempt the sync driver is sending (`tests/unit/test_trickled_headers.py` has the
servers that try to outlast it). Found by mutation testing of `_pool.py`: each of these
changed a call's outcome, and no test noticed.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpcore
import httpx
import pytest
from voucherify_orders import APITimeoutError, Voucherify
from voucherify_orders._pool import (
    _DeadlineBackend,
    _DeadlineStream,
    _keeping_deadlines,
    _within_deadline,
    attempt_deadline,
)

from tests.raw_server import raw_server

ORDER = b'{"id": "ord_1", "object": "order"}'


@contextlib.contextmanager
def deadline(at: float) -> Iterator[None]:
    bound = attempt_deadline.set(at)
    try:
        yield
    finally:
        attempt_deadline.reset(bound)


class Recorded:
    """A network stream and backend that record what reaches them."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def __getattr__(self, name: str) -> Any:
        def record(*args: Any) -> Any:
            self.calls.append((name, *args))
            return self if name in ("start_tls", "connect_tcp", "connect_unix_socket") else f"{name} result"

        return record


def test_outside_an_attempt_a_socket_wait_keeps_its_own_timeout() -> None:
    assert attempt_deadline.get() is None
    assert _within_deadline(2.5, "ReadTimeout") == 2.5
    with deadline(time.monotonic() + 100):
        assert _within_deadline(2.5, "ReadTimeout") == 2.5  # the attempt has longer left
    with deadline(time.monotonic() + 1):
        assert 0 < _within_deadline(2.5, "ReadTimeout") <= 1  # type: ignore[operator]
        assert 0 < _within_deadline(None, "ReadTimeout") <= 1  # type: ignore[operator]


def test_the_stream_and_backend_pass_everything_through() -> None:
    inner = Recorded()
    stream = _DeadlineStream(inner)
    assert stream.get_extra_info("is_readable") == "get_extra_info result"
    assert isinstance(stream.start_tls("context", "host", 3.0), _DeadlineStream)
    stream.close()
    backend = _DeadlineBackend(Recorded())
    assert isinstance(backend.connect_tcp("host", 443, 3.0), _DeadlineStream)
    assert isinstance(backend.connect_unix_socket("/run/api.sock", 3.0), _DeadlineStream)
    backend.sleep(0.5)
    assert inner.calls == [
        ("get_extra_info", "is_readable"),
        ("start_tls", "context", "host", 3.0),
        ("close",),
    ]
    assert backend._backend.calls == [
        ("connect_tcp", "host", 443, 3.0, None, None),
        ("connect_unix_socket", "/run/api.sock", 3.0, None),
        ("sleep", 0.5),
    ]


def test_past_the_deadline_connect_and_tls_are_connect_timeouts() -> None:
    # A connect refused at the deadline never reached the server: retried as never sent.
    backend, stream = _DeadlineBackend(Recorded()), _DeadlineStream(Recorded())
    with deadline(time.monotonic() - 1):
        with pytest.raises(httpcore.ConnectTimeout):
            backend.connect_tcp("host", 443, 3.0)
        with pytest.raises(httpcore.ConnectTimeout):
            backend.connect_unix_socket("/run/api.sock", 3.0)
        with pytest.raises(httpcore.ConnectTimeout):
            stream.start_tls("context", "host", 3.0)
    assert backend._backend.calls == []


def test_only_an_httpcore_pool_is_wrapped_and_only_once() -> None:
    mock = httpx.MockTransport(lambda request: httpx.Response(200))
    assert _keeping_deadlines(mock) is mock  # no httpcore pool: left alone
    transport = httpx.HTTPTransport()
    _keeping_deadlines(_keeping_deadlines(transport))
    wrapper = transport._pool._network_backend
    assert isinstance(wrapper, _DeadlineBackend)
    assert not isinstance(wrapper._backend, _DeadlineBackend)


def silent(conn: socket.socket, head: bytes, stop: threading.Event) -> None:
    stop.wait(5)


def test_within_a_longer_attempt_a_read_waits_no_longer_than_the_read_timeout() -> None:
    # The attempt may last 3 s (its longest part); each read still gives up after 0.2 s.
    with (
        raw_server(silent) as url,
        Voucherify("a", "b", base_url=url, max_retries=0, timeout=httpx.Timeout(3.0, read=0.2)) as client,
    ):
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            client.orders.get("ord_1")
        assert time.monotonic() - started < 1.5


def closes_after_one_answer(conn: socket.socket, head: bytes, stop: threading.Event) -> None:
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(ORDER)
        + ORDER
    )
    time.sleep(0.05)
    conn.close()  # kept alive by the header's silence, then closed by the server


def test_a_connection_the_server_closed_is_not_used_again() -> None:
    # httpcore asks the stream whether an idle connection was closed (`is_readable`); a
    # keyless create, not safe to repeat, sent on the closed one would be lost unanswered.
    with (
        raw_server(closes_after_one_answer) as url,
        Voucherify("a", "b", base_url=url, max_retries=0) as client,
    ):
        assert client.orders.get("ord_1").id == "ord_1"
        time.sleep(0.3)  # the server has closed the idle connection
        assert client.orders.create({"amount": 100}).id == "ord_1"


def test_at_the_deadline_itself_a_socket_wait_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    # Nothing left is past it: a wait of 0 s would put the socket in non-blocking mode, which
    # reads bytes already there (what the refusal exists to stop) or fails as a ReadError, an
    # APIConnectionError to the caller instead of an APITimeoutError.
    import voucherify_orders._pool as pool

    monkeypatch.setattr(pool.time, "monotonic", lambda: 1000.0)
    with deadline(1000.0), pytest.raises(httpcore.ReadTimeout):
        _within_deadline(5.0, "ReadTimeout")
