"""The emulator behind an httpx transport, sync and async: no sockets, no threads."""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING

import httpx

from ._faults import begin_call, gates_for_this_call

if TYPE_CHECKING:
    from ._app import Emulator, EmulatorResponse

__all__ = ["AsyncEmulatorTransport", "EmulatorTransport"]


def _url(request: httpx.Request) -> str:
    url = request.url
    return f"{url.scheme}://{url.netloc.decode('ascii')}{url.raw_path.decode('ascii')}"


def _read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout", {})
    value = timeout.get("read") if isinstance(timeout, dict) else None
    return float(value) if value is not None else None


def _held_too_long(request: httpx.Request) -> httpx.ReadTimeout:
    return httpx.ReadTimeout("the emulator held the answer past the read timeout", request=request)


def _finish(request: httpx.Request, answer: EmulatorResponse) -> httpx.Response:
    if answer.drop:
        # What a client sees when the server commits and the connection then dies.
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
    return httpx.Response(answer.status, headers=answer.headers, content=answer.body, request=request)


class EmulatorTransport(httpx.BaseTransport):
    """Serves httpx requests from an Emulator in the calling thread."""

    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        begin_call()
        answer = self.emulator.handle(request.method, _url(request), request.headers, body)
        for gate in gates_for_this_call():
            if not gate.pass_through(_read_timeout(request)):
                raise _held_too_long(request)
        if answer.delay:
            limit = _read_timeout(request)
            if limit is not None and answer.delay > limit:
                # The client would give up after `limit` seconds; say so without waiting them out.
                raise httpx.ReadTimeout("the emulator stalled past the read timeout", request=request)
            time.sleep(answer.delay)
        return _finish(request, answer)


class AsyncEmulatorTransport(httpx.AsyncBaseTransport):
    """Serves httpx requests from an Emulator on the running event loop."""

    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        begin_call()
        answer = self.emulator.handle(request.method, _url(request), request.headers, body)
        for gate in gates_for_this_call():
            if not await gate.pass_through_async(_read_timeout(request)):
                raise _held_too_long(request)
        if answer.delay:
            limit = _read_timeout(request)
            if limit is not None and answer.delay > limit:
                raise httpx.ReadTimeout("the emulator stalled past the read timeout", request=request)
            await asyncio.sleep(answer.delay)
        return _finish(request, answer)
