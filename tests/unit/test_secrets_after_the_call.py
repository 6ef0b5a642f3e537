"""The credentials are not reachable from a finished call's response or error, by any reference.

`_redact` blanks them in `response.request`; the transport's own body stream keeps its own copy
of the sent request (httpcore's request, aiohttp's `request_info`), so a response drops that
stream once its body is read or closed. Anything that keeps an APIResponse or an APIStatusError
(an error reporter that walks attributes, a debugger, a cache) must not keep the secret key.
Found by an attack on the send path.
"""

from __future__ import annotations

import gc
import types
from typing import Any

import pytest
from voucherify_orders import AsyncVoucherify, DefaultAioHttpClient, NotFoundError, Voucherify
from voucherify_orders.emulator import Emulator

APP_ID = "appid-SECRET-3f9a1c"
SECRET = "token-SECRET-77e2b4d0"


def path_to_secret(root: Any) -> str | None:
    """The chain of object types from `root` to a str/bytes holding SECRET, or None."""
    seen: set[int] = set()
    stack = [(root, type(root).__name__)]
    skip = (type, types.ModuleType, types.FunctionType, types.BuiltinFunctionType, types.CodeType)
    while stack:
        obj, path = stack.pop()
        if id(obj) in seen or isinstance(obj, skip):
            continue
        seen.add(id(obj))
        if isinstance(obj, str) and SECRET in obj:
            return path
        if isinstance(obj, (bytes, bytearray)) and SECRET.encode() in obj:
            return path
        if isinstance(obj, (str, bytes, bytearray, int, float)):
            continue
        stack.extend((ref, f"{path}->{type(ref).__name__}") for ref in gc.get_referents(obj))
    return None


def test_sync_success_and_error_responses_do_not_hold_the_secret() -> None:
    emulator = Emulator(app_id=APP_ID, secret_key=SECRET)
    with emulator.serve() as server, Voucherify(APP_ID, SECRET, base_url=server.url) as client:
        raw = client.with_raw_response.orders.upsert({"source_id": "s", "amount": 1})
        with pytest.raises(NotFoundError) as caught:
            client.orders.get("nope")
    assert path_to_secret(raw) is None
    assert path_to_secret(caught.value.response) is None


async def test_async_httpx_response_does_not_hold_the_secret() -> None:
    emulator = Emulator(app_id=APP_ID, secret_key=SECRET)
    with emulator.serve() as server:
        async with AsyncVoucherify(APP_ID, SECRET, base_url=server.url) as client:
            raw = await client.with_raw_response.orders.upsert({"source_id": "s", "amount": 1})
    assert path_to_secret(raw) is None


async def test_aiohttp_response_and_error_do_not_hold_the_secret() -> None:
    emulator = Emulator(app_id=APP_ID, secret_key=SECRET)
    with emulator.serve() as server:
        async with (
            DefaultAioHttpClient() as http,
            AsyncVoucherify(APP_ID, SECRET, base_url=server.url, http_client=http) as client,
        ):
            raw = await client.with_raw_response.orders.upsert({"source_id": "s", "amount": 1})
            with pytest.raises(NotFoundError) as caught:
                await client.orders.get("nope")
    assert path_to_secret(raw) is None
    assert path_to_secret(caught.value.response) is None


@pytest.mark.parametrize("sync", [True, False])
def test_a_request_is_redacted_even_when_an_interruption_cuts_the_first_redaction_short(
    sync: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Ctrl-C landing in the driver's own clean-up: the redaction after the send never ran.
    import asyncio

    import httpx
    from voucherify_orders import _effects

    real_redact, calls, seen = _effects.redact, [], []

    def interrupted_once(request: httpx.Request) -> None:
        calls.append(request)
        if len(calls) == 1:
            raise KeyboardInterrupt
        real_redact(request)

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": "ord_1", "object": "order"})

    monkeypatch.setattr(_effects, "redact", interrupted_once)
    transport = httpx.MockTransport(answer)

    def call() -> Any:
        if sync:
            return Voucherify(APP_ID, SECRET, transport=transport).orders.get("ord_1")
        return asyncio.run(AsyncVoucherify(APP_ID, SECRET, transport=transport).orders.get("ord_1"))

    with pytest.raises(KeyboardInterrupt):
        call()
    assert len(calls) == 2 and seen[0].headers["x-app-token"] == "[redacted]"
