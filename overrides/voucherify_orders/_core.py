"""Sending one call: building the request, retrying it when safe, and decoding the answer.

Both clients share everything here except the loop that sends and sleeps.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

from . import _retry
from ._auth import VoucherifyAuth
from ._config import Settings
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    DecodeError,
    error_for_response,
)
from ._response import APIResponse
from ._retry import RETRYABLE_STATUSES, RetryPolicy, is_idempotent, retry_hint

__all__ = ["Call", "CallOptions", "send_async", "send_sync", "stream_async", "stream_sync"]

logger = logging.getLogger("voucherify_orders")

T = TypeVar("T")


@dataclass(frozen=True)
class Call(Generic[T]):
    """
    One API call: the keyword arguments a generated endpoint's `_get_kwargs`
    returned (method, relative URL, params, JSON body), how to decode a success,
    and which host serves it.
    """

    kwargs: dict[str, Any]
    parse: Callable[[Any], T]
    on_download_host: bool = False


@dataclass(frozen=True)
class CallOptions:
    """What a client contributes to every call it sends."""

    settings: Settings
    auth: VoucherifyAuth
    timeout: httpx.Timeout
    retry: RetryPolicy
    log_bodies: bool = False


def build_request(
    http: httpx.Client | httpx.AsyncClient, call: Call[Any], options: CallOptions
) -> httpx.Request:
    base = options.settings.download_url if call.on_download_host else options.settings.api_url
    kwargs = call.kwargs
    return http.build_request(
        kwargs["method"].upper(),
        base + _dot_safe(kwargs["url"]),
        params=kwargs.get("params"),
        json=kwargs.get("json"),
        headers=kwargs.get("headers"),
        timeout=options.timeout,
    )


def _dot_safe(path: str) -> str:
    # The generated code percent-encodes path parameters, but `.` and `..` are
    # left as they are and a URL parser would resolve them as directory steps.
    return "/".join(
        "%2E" * len(segment) if segment in (".", "..") else segment for segment in path.split("/")
    )


@dataclass
class _Attempt:
    """What to do after one try: answer, raise, or wait and try again."""

    response: httpx.Response | None = None
    error: Exception | None = None
    delay: float | None = None  # set: retry after this many seconds


def _judge_exception(
    exc: httpx.TransportError, request: httpx.Request, retries: int, options: CallOptions
) -> _Attempt:
    # A failed connect, or a wait for a pooled connection, provably never reached
    # the server; anything later may have been acted on.
    reached = not isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
    safe = not reached or is_idempotent(request)
    where = f"{request.method} {request.url.path}"
    error_type = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    what = "timed out" if error_type is APITimeoutError else f"failed ({type(exc).__name__})"
    if not safe:
        message = (
            f"{where} {what} after it was sent; its outcome is unknown (it may have been applied), "
            "and it was not retried because repeating it could duplicate work"
        )
    else:
        message = f"{where} {what}" + (f" after {retries} retries" if retries else "")
    error = error_type(message, request=request, outcome_unknown=reached and not safe)
    error.__cause__ = exc
    if safe and retries < options.retry.max_retries:
        return _Attempt(error=error, delay=options.retry.backoff(retries))
    return _Attempt(error=error)


def _judge_response(
    response: httpx.Response, request: httpx.Request, retries: int, options: CallOptions
) -> _Attempt:
    status = response.status_code
    if status < 400:
        return _Attempt(response=response)
    hint = retry_hint(response) if status in (429, 503) else None
    # 429 means the server refused the call without doing anything.
    safe = status == 429 or is_idempotent(request)
    if status in RETRYABLE_STATUSES and safe and retries < options.retry.max_retries:
        if hint is None:
            return _Attempt(response=response, delay=options.retry.backoff(retries))
        if hint <= options.retry.max_retry_after:
            return _Attempt(response=response, delay=hint)
    return _Attempt(error=error_for_response(response, hint))


def _redact(request: httpx.Request) -> None:
    # The sent request stays reachable from responses and errors (error.response.request);
    # keep the credentials out of it. The auth flow sets them afresh on every send.
    for name in ("X-App-Id", "X-App-Token"):
        if name in request.headers:
            request.headers[name] = "[redacted]"


def _has_request(exc: httpx.TransportError) -> bool:
    try:
        exc.request  # noqa: B018 - raises RuntimeError when the error carries no request
    except RuntimeError:
        return False
    return True


def _decode(call: Call[T], response: httpx.Response, retries: int) -> APIResponse[T]:
    try:
        data = json.loads(response.content)
        parsed = call.parse(data)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DecodeError(
            f"{response.request.method} {response.request.url.path} answered {response.status_code} "
            f"with a body that does not match the spec ({type(exc).__name__}: {exc})",
            response,
        ) from exc
    return APIResponse(parsed=parsed, http=response, retries=retries)


def _log(
    request: httpx.Request,
    response: httpx.Response | None,
    started: float,
    retries: int,
    options: CallOptions,
    failure: str | None = None,
) -> None:
    if not logger.isEnabledFor(logging.DEBUG):
        return
    elapsed_ms = (time.monotonic() - started) * 1000
    outcome = str(response.status_code) if response is not None else failure
    request_id = _request_id(response) if response is not None else "-"
    logger.debug(
        "%s %s -> %s in %.1f ms (request_id=%s, retries=%d)",
        request.method,
        request.url.path,
        outcome,
        elapsed_ms,
        request_id,
        retries,
    )
    if options.log_bodies:
        logger.debug("request body: %s", request.content.decode("utf-8", "replace"))
        if response is not None:
            logger.debug("response body: %s", response.content.decode("utf-8", "replace"))


# Every send passes follow_redirects=False, whatever client the caller supplied: httpx
# copies headers into a redirected request without running the auth flow again, so
# following one would carry the credentials to whatever host it names.


def _request_id(response: httpx.Response) -> str:
    # Voucherify names the request in its error bodies; a header, where a proxy adds one.
    if response.status_code >= 400:
        try:
            body = json.loads(response.content)
        except (ValueError, UnicodeDecodeError):
            body = None
        if isinstance(body, dict) and isinstance(body.get("request_id"), str):
            return str(body["request_id"])
    return str(response.headers.get("x-request-id", "-"))


def send_sync(http: httpx.Client, call: Call[T], options: CallOptions) -> APIResponse[T]:
    request = build_request(http, call, options)
    retries = 0
    while True:
        started = time.monotonic()
        try:
            response = http.send(request, auth=options.auth, follow_redirects=False)
        except httpx.TransportError as exc:
            _redact(exc.request if _has_request(exc) else request)
            _log(request, None, started, retries, options, failure=type(exc).__name__)
            attempt = _judge_exception(exc, request, retries, options)
        else:
            _redact(response.request)
            _log(request, response, started, retries, options)
            attempt = _judge_response(response, request, retries, options)
        if attempt.delay is None:
            if attempt.error is not None:
                raise attempt.error
            assert attempt.response is not None
            return _decode(call, attempt.response, retries)
        _retry.sleep(attempt.delay)
        retries += 1


async def send_async(http: httpx.AsyncClient, call: Call[T], options: CallOptions) -> APIResponse[T]:
    request = build_request(http, call, options)
    retries = 0
    while True:
        started = time.monotonic()
        try:
            response = await http.send(request, auth=options.auth, follow_redirects=False)
        except httpx.TransportError as exc:
            _redact(exc.request if _has_request(exc) else request)
            _log(request, None, started, retries, options, failure=type(exc).__name__)
            attempt = _judge_exception(exc, request, retries, options)
        else:
            _redact(response.request)
            _log(request, response, started, retries, options)
            attempt = _judge_response(response, request, retries, options)
        if attempt.delay is None:
            if attempt.error is not None:
                raise attempt.error
            assert attempt.response is not None
            return _decode(call, attempt.response, retries)
        await _retry.async_sleep(attempt.delay)
        retries += 1


def _stream_request(http: httpx.Client | httpx.AsyncClient, url: str, options: CallOptions) -> httpx.Request:
    return http.build_request("GET", url, timeout=options.timeout, headers={"Accept": "text/csv, text/plain"})


@contextmanager
def stream_sync(http: httpx.Client, url: str, options: CallOptions) -> Iterator[httpx.Response]:
    """GET `url` with the same retry rules, yielding the response with its body still unread."""
    request = _stream_request(http, url, options)
    retries = 0
    while True:
        started = time.monotonic()
        response: httpx.Response | None = None
        try:
            response = http.send(request, auth=options.auth, stream=True, follow_redirects=False)
        except httpx.TransportError as exc:
            _redact(exc.request if _has_request(exc) else request)
            attempt = _judge_exception(exc, request, retries, options)
        else:
            _redact(response.request)
            if response.status_code >= 400:
                response.read()
            _log(request, response, started, retries, options)
            attempt = _judge_response(response, request, retries, options)
        if attempt.delay is None:
            if attempt.error is not None:
                raise attempt.error
            assert response is not None
            try:
                yield response
            finally:
                response.close()
            return
        if response is not None:
            response.close()
        _retry.sleep(attempt.delay)
        retries += 1


@asynccontextmanager
async def stream_async(
    http: httpx.AsyncClient, url: str, options: CallOptions
) -> AsyncIterator[httpx.Response]:
    """The async twin of stream_sync."""
    request = _stream_request(http, url, options)
    retries = 0
    while True:
        started = time.monotonic()
        response: httpx.Response | None = None
        try:
            response = await http.send(request, auth=options.auth, stream=True, follow_redirects=False)
        except httpx.TransportError as exc:
            _redact(exc.request if _has_request(exc) else request)
            attempt = _judge_exception(exc, request, retries, options)
        else:
            _redact(response.request)
            if response.status_code >= 400:
                await response.aread()
            _log(request, response, started, retries, options)
            attempt = _judge_response(response, request, retries, options)
        if attempt.delay is None:
            if attempt.error is not None:
                raise attempt.error
            assert response is not None
            try:
                yield response
            finally:
                await response.aclose()
            return
        if response is not None:
            await response.aclose()
        await _retry.async_sleep(attempt.delay)
        retries += 1
