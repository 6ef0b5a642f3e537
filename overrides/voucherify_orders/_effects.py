"""Workflows written once, run by a sync or an async driver.

A workflow is a generator that yields effects (send this request, read this body, wait this
long) and receives each effect's result, or has the transport's exception thrown in. The two
drivers below are the only code that differs between `Voucherify` and `AsyncVoucherify`.
"""

from __future__ import annotations

import contextlib
import math
import time
import weakref
from collections.abc import AsyncIterator, Callable, Generator, Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._auth import redact
from ._exceptions import (
    APIConnectionError,
    DecodeError,
    ParameterError,
    RateLimitError,
    ServerError,
    VoucherifyError,
    request_line,
)
from ._pool import attempt_deadline

if TYPE_CHECKING:
    from ._core import CallOptions

__all__ = [
    "Close",
    "Read",
    "Sleep",
    "Transmit",
    "WaitTimeoutError",
    "Workflow",
    "check_wait",
    "close_async_pool",
    "forget_connection",
    "forget_transport_locals",
    "in_slices",
    "run_async",
    "run_sync",
]

T = TypeVar("T")


@dataclass(frozen=True)
class Transmit:
    """
    Send `request`; the result is the response, its body read unless `stream` (an error's is
    read all the same), and refused past `MAX_ANSWER_BYTES`. Past `deadline` (a
    `time.monotonic()` reading) the answer is abandoned as a read timeout: the async driver
    bounds the whole attempt; the sync one the body, and on the client's own pool the headers
    too (httpx bounds a sync call read by read).
    """

    request: httpx.Request
    deadline: float
    stream: bool = False


@dataclass(frozen=True)
class Read:
    """Read a streamed response's next chunk of bytes (b"" at the end)."""

    response: httpx.Response


@dataclass(frozen=True)
class Close:
    """Close a streamed response."""

    response: httpx.Response


@dataclass(frozen=True)
class Sleep:
    """Wait this many seconds (on the client's clock)."""

    seconds: float


Effect = Transmit | Read | Close | Sleep
Workflow = Generator[Effect, Any, T]


class ClientClosedError(VoucherifyError, RuntimeError):
    """The client was closed; build a new one (or use it in a `with` block)."""


def _prepare(http: httpx.Client | httpx.AsyncClient, options: CallOptions, request: httpx.Request) -> None:
    if http.is_closed:
        raise ClientClosedError("this client is closed: calls need an open client")
    # Requests are built without the pool; it may carry default headers of its own. They go
    # first (as httpx orders them), and the credentials last, set afresh for every send and
    # only to the configured hosts: one new header list, instead of httpx's auth flow.
    own = {key.lower() for key, _ in request.headers.raw}
    defaults = [(key, value) for key, value in http.headers.raw if key.lower() not in own]
    request.headers = options.auth.headers_for(request.url, defaults + request.headers.raw)


def _to_read(response: httpx.Response, effect: Transmit, started: float) -> bool:
    """
    Whether the driver reads the body of a response just received. httpx's send (a pool
    passed in, a proxy) builds the redirect it would follow, with a copy of the sent headers,
    credentials included: never followed here, so dropped. A response made in-process (a
    mock, the emulator's transport) may come already read, and closed, so no route timed it.
    """
    response.next_request = None
    try:
        response.content  # noqa: B018
    except httpx.ResponseNotRead:
        return not effect.stream or response.status_code >= 400
    response.elapsed = timedelta(seconds=time.perf_counter() - started)
    return False


# What a response's stream becomes once its body is read or closed: the transport's own
# stream keeps its own copy of the sent request, credentials included, and a response
# outlives the call (in an error, or `with_raw_response`).
_SPENT = httpx.ByteStream(b"")

_LATE = "the answer did not arrive within the timeout"

#: The most a JSON answer read whole may hold once decoded. The largest real answer, a list page
#: of at most 100 orders, is a small fraction of it; a compressed body that inflates past it (a
#: decompression bomb: 300 KB of gzip can become 650 MB) is refused as it is read.
MAX_ANSWER_BYTES = 64 * 1024 * 1024

#: How much of a body read whole is decoded at once: gzip and deflate inflate a slice about a
#: thousandfold at most, so one step of decoding makes about a MiB at most, whatever the body.
_SLICE = 1024


def in_slices(chunk: bytes) -> Iterator[bytes]:
    """A compressed body's chunk in pieces each of which its decoder turns into a MiB at most."""
    for start in range(0, len(chunk), _SLICE):
        yield chunk[start : start + _SLICE]


def _whole(chunk: bytes) -> Iterator[bytes]:
    yield chunk


class _Whole(httpx.SyncByteStream, httpx.AsyncByteStream):
    """
    The body of an answer read whole, handed to its decoder a slice at a time when it is
    compressed. The sync driver's is abandoned as a read timeout past `deadline`, however
    steadily it trickles (the async driver bounds the whole attempt).
    """

    def __init__(self, response: httpx.Response, deadline: float) -> None:
        self._stream: Any = response.stream
        self._request = response.request
        self._deadline = deadline
        self._slice = in_slices if "content-encoding" in response.headers else _whole

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            yield from self._slice(chunk)
            if time.monotonic() > self._deadline:
                raise httpx.ReadTimeout(_LATE, request=self._request)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            for piece in self._slice(chunk):
                yield piece

    def close(self) -> None:
        self._stream.close()

    async def aclose(self) -> None:
        await self._stream.aclose()


def _too_large(response: httpx.Response) -> DecodeError:
    request = response.request
    return DecodeError(
        f"{request_line(request)} answered {response.status_code} with a body that "
        f"exceeds {MAX_ANSWER_BYTES} bytes once decoded, the most a JSON answer may hold; "
        "it was refused as it was read",
        response,
    )


def _unasked_coding(response: httpx.Response) -> str | None:
    """
    The answer's Content-Encoding when it is not what the client asks for: gzip or deflate,
    once. A stacked one (`gzip, gzip`) would multiply each slice's growth by the layer, and
    httpx decodes br or zstd, where installed, whether asked for or not.
    """
    header = str(response.headers.get("content-encoding", ""))
    names = [name.strip().lower() for name in header.split(",")]
    names = [name for name in names if name not in ("", "identity")]
    if len(names) > 1 or not set(names) <= {"gzip", "deflate"}:
        return header
    return None


def _refused(response: httpx.Response, size: int, coding: str | None) -> bool:
    """
    Whether reading this body stops here, `size` bytes decoded: a success is refused
    (DecodeError), while an error keeps what was read, its status being what counts.
    """
    if coding is None and size <= MAX_ANSWER_BYTES:
        return False
    if response.status_code < 400:
        raise _too_large(response) if coding is None else _unasked(response, coding)
    return True


def _unasked(response: httpx.Response, coding: str) -> DecodeError:
    request = response.request
    return DecodeError(
        f"{request_line(request)} answered {response.status_code} encoded as {coding!r}, "
        "which the client did not ask for (gzip or deflate, once); it was not read",
        response,
    )


class _Kept:
    """
    An answer's body as it is decoded: a success refused once past the cap or in a coding not
    asked for (DecodeError); an error's body kept up to the cap, or dropped.
    """

    def __init__(self, response: httpx.Response) -> None:
        self._response = response
        self._coding = _unasked_coding(response)
        self._chunks: list[bytes] = []
        self._size = 0
        self.reading = not _refused(response, 0, self._coding)

    def take(self, chunk: bytes) -> bool:
        """Keep `chunk`; False when reading stops here."""
        self._size += len(chunk)
        self.reading = not _refused(self._response, self._size, self._coding)
        if self.reading:
            self._chunks.append(chunk)
        return self.reading

    def keep(self) -> None:
        self._response._content = b"".join(self._chunks)  # where httpx's `read()` keeps a body


class _Ending(httpx.SyncByteStream, httpx.AsyncByteStream):
    """
    An answer's body that, as it closes, keeps no connection on which the server sent more
    than this answer (a second answer to one request, say): httpcore would give those bytes to
    the next call on it as that call's answer. Checked before the body's own close hands the
    connection back to the pool, its keep-alive is then over, so the pool closes it. A spare
    answer still in flight then is not seen here: `forget_connection` drops the connection
    once an answer shows it belongs to another call.
    """

    def __init__(self, response: httpx.Response) -> None:
        self._stream: Any = response.stream
        self._extensions = response.extensions

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._stream)

    def __aiter__(self) -> AsyncIterator[bytes]:
        return aiter(self._stream)

    def close(self) -> None:
        self._end_if_overrun()
        self._stream.close()

    async def aclose(self) -> None:
        self._end_if_overrun()
        await self._stream.aclose()

    def _end_if_overrun(self) -> None:
        connection = _http11_connection(self._stream)
        if connection is not None:
            if connection._h11_state.trailing_data[0]:
                connection._keepalive_expiry = -1.0  # expired as the answer closes
            self._extensions[_CONNECTION] = weakref.ref(connection)  # for forget_connection


#: Where a response keeps (weakly) the connection it came on, when it is httpcore's HTTP/1.1.
_CONNECTION = "voucherify_orders.connection"


def forget_connection(response: httpx.Response) -> None:
    """Use the connection `response` came on no more: its pool closes it instead (httpcore's)."""
    found = response.extensions.get(_CONNECTION)
    connection = found() if found is not None else None
    if connection is not None:
        connection._keepalive_expiry = -1.0  # should it still be in use
        connection._expire_at = 0.0  # idle in its pool: expired


def _http11_connection(stream: Any) -> Any:
    # httpcore's HTTP/1.1 connection, which no public API shows; None where it is not found
    # (HTTP/2, aiohttp, another transport), and then nothing changes.
    for _ in range(8):
        if getattr(stream, "_h11_state", None) is not None:
            return stream
        stream = next((getattr(stream, name) for name in _INWARD if hasattr(stream, name)), None)
    return None


#: Where a response stream keeps the one it wraps: ours and httpx's (`_stream`,
#: `_httpcore_stream`), and httpcore's, whose innermost stream holds its `_connection`.
_INWARD = ("_stream", "_httpcore_stream", "_connection")


def _read_whole(response: httpx.Response, deadline: float) -> None:
    """Read and decode an answer's body (a bad gzip raises here), as `_Kept` keeps it."""
    try:
        kept = _Kept(response)
        response.stream = _Whole(response, deadline)
        if kept.reading:
            for chunk in response.iter_bytes():
                if not kept.take(chunk):
                    break
        kept.keep()
    finally:
        response.close()
        response.stream = _SPENT


async def _aread_whole(response: httpx.Response, deadline: float) -> None:
    """`_read_whole`, async."""
    try:
        kept = _Kept(response)
        response.stream = _Whole(response, deadline)
        if kept.reading:
            async for chunk in response.aiter_bytes():
                if not kept.take(chunk):
                    break
        kept.keep()
    finally:
        await response.aclose()
        response.stream = _SPENT


# Where the request is copied as it is sent: httpx, httpcore and their HTTP/1.1 and 2
# engines, and aiohttp under DefaultAioHttpClient; and in this package, the sync pool's
# socket wrappers (which write the request's head), the credentials' header list as it is
# built, and the body streams around the transport's (this module's, `_aiohttp`'s).
_TRANSPORTS = frozenset({"httpx", "httpcore", "h11", "h2", "aiohttp", "httpx_aiohttp"})
_OWN = frozenset(f"{__package__}.{module}" for module in ("_pool", "_auth", "_effects", "_aiohttp"))


def _of_transport(module: str) -> bool:
    return module.partition(".")[0] in _TRANSPORTS or module in _OWN


def forget_transport_locals(exc: BaseException) -> None:
    """
    Clear the local variables of the transport's frames in the traceback of `exc` and of the
    transport errors behind it. Those frames hold the request as it was sent (credentials in
    its headers, a download's token in its URL), and an error outlives the call: a crash
    reporter that records locals would keep them. The traceback still prints every frame.
    """
    error: BaseException | None = exc
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        module = type(error).__module__
        # `exc` came out of the transport, whatever its type (a Ctrl-C, a closed event loop);
        # behind it, the transport's errors and a cancellation that cut it short.
        transports = isinstance(error, OSError) or _of_transport(module) or module == "asyncio.exceptions"
        if error is not exc and not transports:
            break  # not the transport's: its frames are the caller's business
        seen.add(id(error))
        tb = error.__traceback__
        while tb is not None:
            if _of_transport(tb.tb_frame.f_globals.get("__name__", "")):
                with contextlib.suppress(RuntimeError):  # a frame still running keeps its locals
                    tb.tb_frame.clear()
            tb = tb.tb_next
        error = error.__cause__ or error.__context__


def _failed(effect: Effect, exc: BaseException) -> bool:
    """After an effect failed: whether `exc` goes back to the workflow (else to the caller)."""
    if isinstance(effect, Transmit):
        redact(effect.request)  # again: an interruption may have cut the driver's `finally` short
    forget_transport_locals(exc)
    # A RequestError only: an HTTPStatusError here is a user's event hook's own (raise_for_status).
    return isinstance(exc, (httpx.RequestError, DecodeError))


#: How many effects an interrupted workflow may yield while it cleans up (a guard, not a limit).
_UNWIND_STEPS = 100


def _unwinding(workflow: Workflow[Any], exc: BaseException) -> Iterator[httpx.Response]:
    """
    Interrupted while performing an effect (Ctrl-C, a cancellation): the workflow's own
    clean-up runs with the interruption thrown in, and the answers it closes are handed to the
    driver to close. `close()` alone would make a clean-up that yields (a download's `finally:
    yield Close(...)`) raise RuntimeError in place of the interruption, leaving its temporary
    file behind. Any other effect gets the interruption back.
    """
    if getattr(workflow, "gi_frame", None) is None:  # it raised this itself: finished
        return
    try:
        effect = workflow.throw(exc)
        for _ in range(_UNWIND_STEPS):
            if isinstance(effect, Close):
                yield effect.response
                effect.response.stream = _SPENT
                effect = workflow.send(None)
            else:
                effect = workflow.throw(exc)
    except BaseException:  # done: the driver raises the interruption itself
        pass


def run_sync(http: httpx.Client, options: CallOptions, workflow: Workflow[T]) -> T:
    """Perform the workflow's effects with a sync httpx client, until it returns."""
    readers: dict[int, Iterator[bytes]] = {}
    result: Any = None
    error: BaseException | None = None
    try:
        while True:
            try:
                effect = workflow.throw(error) if error is not None else workflow.send(result)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            result, error = None, None
            try:
                if isinstance(effect, Transmit):
                    started = time.perf_counter()
                    try:  # from the credentials set to the answer: a Ctrl-C anywhere in it redacts them
                        _prepare(http, options, effect.request)
                        attempt_deadline.set(effect.deadline)
                        result = http.send(effect.request, auth=None, stream=True, follow_redirects=False)
                        result.stream = _Ending(result)
                        if _to_read(result, effect, started):
                            _read_whole(result, effect.deadline)
                    finally:
                        attempt_deadline.set(None)  # not reset(token): an interrupted set leaves no token
                        redact(effect.request)
                elif isinstance(effect, Read):
                    if id(effect.response) not in readers:
                        readers[id(effect.response)] = effect.response.iter_bytes()
                    result = next(readers[id(effect.response)], b"")
                elif isinstance(effect, Close):
                    readers.pop(id(effect.response), None)
                    effect.response.close()
                    effect.response.stream = _SPENT
                else:
                    options.retry.clock.sleep(effect.seconds)
            except BaseException as exc:
                if not _failed(effect, exc):
                    raise  # an interruption: the caller's
                error = exc
    except BaseException as exc:
        for response in _unwinding(workflow, exc):
            with contextlib.suppress(Exception):  # the interruption is what the caller gets
                response.close()
        raise
    finally:
        workflow.close()


#: The event loop each async pool first ran a call on: its connections are that loop's.
_POOL_LOOPS: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


def _same_loop(http: httpx.AsyncClient, loop: Any) -> None:
    # A connection kept from another loop fails part way through a call (httpx raises a bare
    # RuntimeError once the request may already have been sent): refuse before sending.
    first = _POOL_LOOPS.setdefault(http, loop)
    if first is not loop:
        ended = first.is_closed()
        which = "an event loop that has ended (an earlier asyncio.run)" if ended else "another event loop"
        raise ClientClosedError(
            f"this client's connections belong to {which}: build one client per event loop, inside it"
        )


async def close_async_pool(http: httpx.AsyncClient) -> None:
    """Close `http` from the running loop. A pool whose loop has ended (an earlier
    asyncio.run) is marked closed and let go of: only that loop could close its connections,
    whose sockets are closed when they are collected."""
    import asyncio  # noqa: PLC0415

    first = _POOL_LOOPS.get(http)
    if first is None or first is asyncio.get_running_loop():
        await http.aclose()
    elif not first.is_closed():
        raise ClientClosedError(
            "this client's connections belong to another event loop, still running: close it there"
        )
    else:
        with contextlib.suppress(RuntimeError):  # "Event loop is closed", from each connection
            await http.aclose()


async def run_async(http: httpx.AsyncClient, options: CallOptions, workflow: Workflow[T]) -> T:
    """Perform the workflow's effects with an async httpx client, until it returns."""
    import asyncio  # noqa: PLC0415 (loaded by whoever runs this; `import voucherify_orders` does not)

    readers: dict[int, Any] = {}
    result: Any = None
    error: BaseException | None = None
    try:
        _same_loop(http, asyncio.get_running_loop())
        while True:
            try:
                effect = workflow.throw(error) if error is not None else workflow.send(result)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            result, error = None, None
            try:
                if isinstance(effect, Transmit):
                    try:
                        _prepare(http, options, effect.request)
                        # The whole attempt, headers included, however steadily a server trickles.
                        async with asyncio.timeout(max(0.0, effect.deadline - time.monotonic())):
                            started = time.perf_counter()
                            result = await http.send(
                                effect.request, auth=None, stream=True, follow_redirects=False
                            )
                            result.stream = _Ending(result)
                            if _to_read(result, effect, started):
                                await _aread_whole(result, effect.deadline)
                    except TimeoutError:
                        raise httpx.ReadTimeout(_LATE, request=effect.request) from None
                    finally:
                        redact(effect.request)
                elif isinstance(effect, Read):
                    if id(effect.response) not in readers:
                        readers[id(effect.response)] = effect.response.aiter_bytes()
                    result = await anext(readers[id(effect.response)], b"")
                elif isinstance(effect, Close):
                    readers.pop(id(effect.response), None)
                    await effect.response.aclose()
                    effect.response.stream = _SPENT
                else:
                    await options.retry.clock.async_sleep(effect.seconds)
            except BaseException as exc:
                if not _failed(effect, exc):
                    raise  # an interruption, a cancellation: the caller's
                error = exc
    except BaseException as exc:
        for response in _unwinding(workflow, exc):
            with contextlib.suppress(Exception):
                await response.aclose()
        raise
    finally:
        workflow.close()


class WaitTimeoutError(VoucherifyError, TimeoutError):
    """A job did not finish within the time allowed; it may still finish later."""


def check_wait(name: str, seconds: object) -> None:
    """A ParameterError unless `seconds` is a finite number >= 0 (NaN polled without a pause, forever)."""
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not 0 <= seconds < math.inf:
        raise ParameterError(name, f"must be a finite number of seconds >= 0, got {seconds!r}")


def wait_until(
    poll: Callable[[], Workflow[T]], finished: Callable[[T], bool], *, what: str, timeout: float
) -> Workflow[T]:
    """
    Run `poll` until `finished(result)`, pausing 0.5 s, then half as long again each time up to
    5 s; give up after `timeout` seconds.
    """
    check_wait("timeout", timeout)
    started = time.monotonic()
    waited = 0.0
    interval = 0.5
    while True:
        result: T | None
        try:
            result = yield from poll()
        except (APIConnectionError, ServerError, RateLimitError):
            # A poll that failed after its own retries changes nothing about the
            # job; keep waiting until the deadline rather than abandon it.
            result = None
        if result is not None and finished(result):
            return result
        # Count both real time and requested pauses, so a test's fake clock times out too.
        elapsed = max(time.monotonic() - started, waited)
        if elapsed >= timeout:
            raise WaitTimeoutError(f"{what} did not finish within {timeout:g}s")
        pause = min(interval, max(0.0, timeout - elapsed))
        yield Sleep(pause)
        waited += pause
        interval = min(interval * 1.5, 5.0)
