"""The credentials are not in the local variables of a failed call's traceback.

A crash reporter records each frame's locals (strings, bytes, containers of them, the repr
of anything else), and a debugger expands them. The transport's frames hold the request as it went out
(httpcore's copy of the headers, h11's header lists), so the client clears their locals
before the error reaches the caller; the traceback still names every frame. Found at the
last stop's review: an `APIConnectionError`'s frames held the secret key.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import httpx
import pytest
from voucherify_orders import APIConnectionError, AsyncVoucherify, DefaultAioHttpClient, Voucherify

from tests.raw_server import raw_server

APP_ID = "appid-TRACE-5c1e"
SECRET = "token-TRACE-a81f3d"


def recorded(value: Any, depth: int = 0) -> Iterator[str]:
    """What a crash reporter writes down of a local variable: strings and bytes, containers of them, reprs."""
    if isinstance(value, (str, bytes, bytearray)):
        yield value.decode("latin-1") if isinstance(value, (bytes, bytearray)) else value
    elif isinstance(value, dict) and depth < 4:
        for key, item in list(value.items())[:100]:
            yield from recorded(key, depth + 1)
            yield from recorded(item, depth + 1)
    elif isinstance(value, (list, tuple, set, frozenset)) and depth < 4:
        for item in list(value)[:100]:
            yield from recorded(item, depth + 1)
    else:
        yield repr(value)


def frames(error: BaseException) -> Iterator[FrameType]:
    """Every frame of the error's traceback, and of the errors behind it."""
    chained: BaseException | None = error
    while chained is not None:
        tb = chained.__traceback__
        while tb is not None:
            yield tb.tb_frame
            tb = tb.tb_next
        chained = chained.__cause__ or chained.__context__


def where(frame: FrameType) -> str:
    return f"{frame.f_globals.get('__name__')}.{frame.f_code.co_name}"


def transport_frames_with_locals(error: BaseException) -> list[str]:
    # A debugger expands httpcore's request to its headers: no transport frame keeps any locals.
    transport = ("httpx.", "httpcore.", "h11.", "aiohttp.", "httpx_aiohttp.")
    return [where(f) for f in frames(error) if where(f).startswith(transport) and f.f_locals]


def check_frames(error: BaseException) -> None:
    shown = [
        f"{where(frame)}: {name}"
        for frame in frames(error)
        for name, value in frame.f_locals.items()
        if any(SECRET in text for text in recorded(value))
    ]
    assert shown == []
    assert transport_frames_with_locals(error) == []


def reset(conn: socket.socket, head: bytes, stop: threading.Event) -> None:
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    conn.close()  # after reading the whole request: a reset, not a clean close


def silent(conn: socket.socket, head: bytes, stop: threading.Event) -> None:
    stop.wait(5)  # never answers: a read timeout


@contextlib.contextmanager
def failing_url(kind: str) -> Iterator[str]:
    if kind == "refused":
        with socket.socket() as unused:
            unused.bind(("127.0.0.1", 0))
            yield f"http://127.0.0.1:{unused.getsockname()[1]}"  # bound, never listening
        return
    with raw_server(reset if kind == "reset" else silent) as url:
        yield url


KINDS = ["refused", "reset", "timeout"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_sync_connection_errors_frames_do_not_hold_the_secret(kind: str) -> None:
    with (
        failing_url(kind) as url,
        Voucherify(APP_ID, SECRET, base_url=url, timeout=0.5, max_retries=0) as client,
        pytest.raises(APIConnectionError) as caught,
    ):
        client.orders.get("o-1")
    check_frames(caught.value)


@pytest.mark.parametrize("pool", ["httpx", "aiohttp"])
@pytest.mark.parametrize("kind", KINDS)
async def test_an_async_connection_errors_frames_do_not_hold_the_secret(kind: str, pool: str) -> None:
    with failing_url(kind) as url:
        async with (
            DefaultAioHttpClient() if pool == "aiohttp" else contextlib.nullcontext() as http,
            AsyncVoucherify(
                APP_ID, SECRET, base_url=url, timeout=0.5, max_retries=0, http_client=http
            ) as client,
        ):
            with pytest.raises(APIConnectionError) as caught:
                await client.orders.get("o-1")
    check_frames(caught.value)


def cut_short(conn: socket.socket, head: bytes, stop: threading.Event) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: 1000\r\n\r\nid,status\n")
    conn.close()  # 990 bytes short


def test_a_broken_downloads_frames_keep_no_locals(tmp_path: Path) -> None:
    # The download's URL carries the export's token; the transport's frames held it.
    from voucherify_orders_client.models import Export

    with raw_server(cut_short) as url, Voucherify(APP_ID, SECRET, base_url=url, max_retries=0) as client:
        token_url = f"{url}/v1/exports/exp_1?token={SECRET}"
        body = {"id": "exp_1", "object": "export", "status": "DONE", "result": {"url": token_url}}
        export = Export.from_dict(body)
        with pytest.raises(APIConnectionError) as caught:
            client.exports.download(export, tmp_path / "orders.csv")
    # (the caller's own frames hold the export, and so its URL)
    assert transport_frames_with_locals(caught.value) == []
    assert not (tmp_path / "orders.csv").exists()


def broken_export(url: str) -> Any:
    from voucherify_orders_client.models import Export

    token_url = f"{url}/v1/exports/exp_1?token={SECRET}"
    return Export.from_dict(
        {"id": "exp_1", "object": "export", "status": "DONE", "result": {"url": token_url}}
    )


def test_rows_of_a_broken_download_keep_no_locals_in_the_transports_frames() -> None:
    # iter_rows's body raised the library's error itself, up through httpx's iter_bytes and
    # iter_raw: their frames kept the response, whose stream holds httpcore's copy of the
    # request as sent, X-App-Token included. Found by a witness.
    with (
        raw_server(cut_short) as url,
        Voucherify(APP_ID, SECRET, base_url=url, max_retries=0) as client,
        pytest.raises(APIConnectionError) as caught,
    ):
        list(client.exports.iter_rows(broken_export(url)))
    assert transport_frames_with_locals(caught.value) == []
    assert "after 10 bytes" in str(caught.value)


@pytest.mark.parametrize("pool", ["httpx", "aiohttp"])
async def test_async_rows_of_a_broken_download_keep_no_locals_in_the_transports_frames(pool: str) -> None:
    with raw_server(cut_short) as url:
        async with (
            DefaultAioHttpClient() if pool == "aiohttp" else contextlib.nullcontext() as http,
            AsyncVoucherify(APP_ID, SECRET, base_url=url, max_retries=0, http_client=http) as client,
        ):
            with pytest.raises(APIConnectionError) as caught:
                [row async for row in client.exports.iter_rows(broken_export(url))]
    assert transport_frames_with_locals(caught.value) == []


def test_a_head_refused_past_the_deadline_leaves_no_secret_in_the_pools_frames(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The sync pool's socket wrapper writes the request's head itself, and refuses it once the
    # attempt's deadline has passed (here a connect, as a slow TLS handshake would, ended
    # past it): its frame held the head, credentials included. Found by a witness.
    import time

    import httpcore

    connect = httpcore.SyncBackend.connect_tcp

    def late_connect(self: httpcore.SyncBackend, *args: Any, **kwargs: Any) -> Any:
        stream = connect(self, *args, **kwargs)
        time.sleep(0.4)
        return stream

    monkeypatch.setattr(httpcore.SyncBackend, "connect_tcp", late_connect)
    with (
        raw_server(silent) as url,
        Voucherify(APP_ID, SECRET, base_url=url, timeout=0.3, max_retries=0) as client,
        pytest.raises(APIConnectionError) as caught,
    ):
        client.orders.get("o-1")
    check_frames(caught.value)


@pytest.mark.parametrize("pool", ["httpx", "aiohttp"])
async def test_a_response_left_in_a_broken_downloads_frames_does_not_reach_the_secret(pool: str) -> None:
    # The library's own frames (iter_rows) keep the response; once closed, its stream no
    # longer leads to the transport's copy of the request as sent, where a debugger expanding
    # it would find X-App-Token. (The export's token here is not the secret.)
    from voucherify_orders_client.models import Export

    from tests.unit.test_secrets_after_the_call import SECRET as KEY
    from tests.unit.test_secrets_after_the_call import path_to_secret

    def kept_responses(error: BaseException) -> list[httpx.Response]:
        locals_ = [value for frame in frames(error) for value in frame.f_locals.values()]
        return [value for value in locals_ if isinstance(value, httpx.Response)]

    with raw_server(cut_short) as url:
        body = {
            "id": "exp_1",
            "object": "export",
            "status": "DONE",
            "result": {"url": f"{url}/v1/exports/e?token=t"},
        }
        export = Export.from_dict(body)
        with (
            Voucherify(APP_ID, KEY, base_url=url, max_retries=0) as client,
            pytest.raises(APIConnectionError) as caught,
        ):
            list(client.exports.iter_rows(export))
        kept = kept_responses(caught.value)
        async with (
            DefaultAioHttpClient() if pool == "aiohttp" else contextlib.nullcontext() as http,
            AsyncVoucherify(APP_ID, KEY, base_url=url, max_retries=0, http_client=http) as async_client,
        ):
            with pytest.raises(APIConnectionError) as async_caught:
                [row async for row in async_client.exports.iter_rows(export)]
        kept += kept_responses(async_caught.value)
    assert len(kept) >= 2
    assert [path_to_secret(response) for response in kept] == [None] * len(kept)


def test_clearing_ends_on_errors_that_cause_each_other() -> None:
    # A cycle of causes (set by hand, as some libraries do) must not loop for ever.
    from voucherify_orders._effects import forget_transport_locals

    first, second = httpx.ReadError("first"), httpx.ReadError("second")
    first.__cause__, second.__cause__ = second, first
    done = threading.Event()
    worker = threading.Thread(target=lambda: (forget_transport_locals(first), done.set()), daemon=True)
    worker.start()
    assert done.wait(5), "forget_transport_locals loops on a cycle of causes"


def test_the_frames_of_h2_are_the_transports() -> None:
    # A pool passed in with http2=True runs the request through h2's frames, which hold its
    # headers: they are cleared like httpcore's. A frame named as h2's module stands in for one.
    from voucherify_orders._effects import forget_transport_locals

    scope: dict[str, Any] = {"__name__": "h2.connection", "httpx": httpx}
    exec(
        "def send_headers(headers):\n    raise httpx.RemoteProtocolError('stream reset')\n",
        scope,
    )
    try:
        scope["send_headers"]({"X-App-Token": "secret"})
    except httpx.RemoteProtocolError as exc:
        error = exc
    forget_transport_locals(error)
    frames = []
    tb = error.__traceback__
    while tb is not None:
        frames.append(tb.tb_frame)
        tb = tb.tb_next
    h2_frame = next(frame for frame in frames if frame.f_globals["__name__"] == "h2.connection")
    assert h2_frame.f_locals == {}


@pytest.mark.parametrize("pool", ["httpx", "aiohttp"])
async def test_a_cancelled_calls_frames_do_not_hold_the_secret(pool: str) -> None:
    # asyncio.wait_for cancels the call inside the transport: the TimeoutError the caller gets
    # chains to the cancellation, whose frames (aiohttp's held the header dict) were kept
    # as they were. Found by a witness.
    import asyncio

    with raw_server(silent) as url:
        async with (
            DefaultAioHttpClient() if pool == "aiohttp" else contextlib.nullcontext() as http,
            AsyncVoucherify(APP_ID, SECRET, base_url=url, http_client=http) as client,
        ):
            with pytest.raises(TimeoutError) as caught:
                await asyncio.wait_for(client.orders.get("o-1"), 0.3)
    check_frames(caught.value)
    assert body_frames_with_locals(caught.value) == []


def test_a_request_interrupted_in_the_transport_is_redacted() -> None:
    # A Ctrl-C (or any error that is not httpx's) inside the send left the request the
    # caller's frames still hold with the credentials in its headers.
    sent: list[httpx.Request] = []

    def interrupted(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        raise KeyboardInterrupt

    client = Voucherify(APP_ID, SECRET, transport=httpx.MockTransport(interrupted))
    with client, pytest.raises(KeyboardInterrupt) as caught:
        client.orders.get("o-1")
    assert sent[0].headers["x-app-token"] == "[redacted]"
    assert sent[0].headers["x-app-id"] == "[redacted]"
    assert transport_frames_with_locals(caught.value) == []


def half_then_stall(conn: socket.socket, head: bytes, stop: threading.Event) -> None:
    body = b"id,status\n" + b"ord_1,PAID\n" * 100
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: %d\r\n\r\n" % len(body))
    conn.sendall(body[: len(body) // 2])
    stop.wait(5)


def test_rows_interrupted_mid_body_keep_no_locals_in_the_transports_frames() -> None:
    # A Ctrl-C while iter_rows waited for the body left httpcore's frame, and its copy of the
    # request with both credentials, in the traceback. Found by a witness.
    import signal

    def interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    def read_all_after_the_first(rows: Iterator[dict[str, str]]) -> None:
        next(rows)
        signal.setitimer(signal.ITIMER_REAL, 0.2)
        list(rows)

    previous = signal.signal(signal.SIGALRM, interrupt)
    try:
        with (
            raw_server(half_then_stall) as url,
            Voucherify(APP_ID, SECRET, base_url=url, max_retries=0) as client,
            pytest.raises(KeyboardInterrupt) as caught,
        ):
            read_all_after_the_first(client.exports.iter_rows(broken_export(url)))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    # (the caller's own frames hold the export, whose URL carries the token)
    assert transport_frames_with_locals(caught.value) == []


async def test_async_rows_cancelled_mid_body_keep_no_locals_in_the_transports_frames() -> None:
    import asyncio

    async def all_rows(client: AsyncVoucherify, url: str) -> list[dict[str, str]]:
        return [row async for row in client.exports.iter_rows(broken_export(url))]

    with raw_server(half_then_stall) as url:
        async with AsyncVoucherify(APP_ID, SECRET, base_url=url, max_retries=0) as client:
            with pytest.raises(TimeoutError) as caught:
                await asyncio.wait_for(all_rows(client, url), 0.3)
    assert transport_frames_with_locals(caught.value) == []


def test_an_interruption_as_the_credentials_are_set_redacts_them(monkeypatch: pytest.MonkeyPatch) -> None:
    # The credentials were set on the request before the `try` that redacts it.
    from voucherify_orders import _effects

    prepared: list[httpx.Request] = []
    prepare = _effects._prepare

    def interrupted(http: Any, options: Any, request: httpx.Request) -> None:
        prepare(http, options, request)
        prepared.append(request)
        raise KeyboardInterrupt

    monkeypatch.setattr(_effects, "_prepare", interrupted)
    client = Voucherify(APP_ID, SECRET, transport=httpx.MockTransport(lambda request: httpx.Response(200)))
    with client, pytest.raises(KeyboardInterrupt):
        client.orders.get("o-1")
    assert prepared[0].headers["x-app-token"] == "[redacted]"


def test_a_call_interrupted_while_its_answer_is_read_keeps_no_secret() -> None:
    # The sync driver's body wrapper (and, below, aiohttp's) held the transport's copy of the
    # request, credentials included, in a frame the clearing did not reach. Found by a witness.
    import signal

    def interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    def get_interrupted(client: Voucherify) -> None:
        signal.setitimer(signal.ITIMER_REAL, 0.3)
        client.orders.get("o-1")

    previous = signal.signal(signal.SIGALRM, interrupt)
    try:
        with (
            raw_server(half_then_stall) as url,
            Voucherify(APP_ID, SECRET, base_url=url, max_retries=0, timeout=5) as client,
            pytest.raises(KeyboardInterrupt) as caught,
        ):
            get_interrupted(client)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    check_frames(caught.value)
    assert body_frames_with_locals(caught.value) == []


def body_frames_with_locals(error: BaseException) -> list[str]:
    # The body streams wrapped around the transport's hold it (and so its copy of the request).
    wrappers = ("voucherify_orders._effects.__iter__", "voucherify_orders._aiohttp.__aiter__")
    return [where(f) for f in frames(error) if where(f) in wrappers and f.f_locals]


@pytest.mark.parametrize("pool", ["httpx", "aiohttp"])
async def test_a_call_cancelled_while_its_answer_is_read_keeps_no_secret(pool: str) -> None:
    import asyncio

    with raw_server(half_then_stall) as url:
        async with (
            DefaultAioHttpClient() if pool == "aiohttp" else contextlib.nullcontext() as http,
            AsyncVoucherify(APP_ID, SECRET, base_url=url, http_client=http, max_retries=0) as client,
        ):
            with pytest.raises(TimeoutError) as caught:
                await asyncio.wait_for(client.orders.get("o-1"), 0.3)
    check_frames(caught.value)
    assert body_frames_with_locals(caught.value) == []
