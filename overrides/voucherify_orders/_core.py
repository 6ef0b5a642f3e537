"""Sending one call: building the request, retrying it when safe, and decoding the answer.

Written once as workflows (see _effects.py): `send` for a call of any operation
the spec declares, `stream` for a download. The drivers perform them sync or async.
"""

from __future__ import annotations

import contextlib
import json
import logging
import time
from dataclasses import dataclass
from functools import cached_property
from typing import Any, TypeVar
from urllib.parse import quote

import httpx
from voucherify_orders_client.client import APIResponse, Call

from ._auth import VoucherifyAuth
from ._config import Settings
from ._effects import Close, Sleep, Transmit, Workflow, forget_connection
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    DecodeError,
    error_for_response,
    request_line,
    shown,
)
from ._inputs import check_parameter, to_json
from ._retry import RETRYABLE_STATUSES, RetryPolicy, retry_hint

__all__ = ["CallOptions", "build_request", "send", "stream"]

logger = logging.getLogger("voucherify_orders")

T = TypeVar("T")


@dataclass(frozen=True)
class CallOptions:
    """What a client contributes to every call it sends."""

    settings: Settings
    auth: VoucherifyAuth
    timeout: httpx.Timeout
    retry: RetryPolicy
    log_bodies: bool = False

    @cached_property
    def attempt_limit(self) -> float:
        """How long one attempt may take until its answer is read: the longest of the timeout's parts."""
        parts = (self.timeout.connect, self.timeout.read, self.timeout.write, self.timeout.pool)
        return max(part for part in parts if part is not None)


def build_request(call: Call[Any], options: CallOptions) -> tuple[httpx.Request, Any]:
    """The request for a call, and the JSON body it carries; every argument checked first."""
    operation = call.operation
    path = operation.path
    params: dict[str, Any] = {}
    for parameter in operation.parameters:
        value = check_parameter(parameter, call.arguments.get(parameter.python_name))
        if value is None:
            continue
        if parameter.location == "path":
            path = path.replace("{" + parameter.name + "}", _segment(value))
        else:
            params[parameter.name] = value
    body: Any = None
    if operation.body_schema is not None and (call.body is not None or operation.body_required):
        body = to_json(operation.body_schema, call.body, operation.body_name or "body")
    base = options.settings.download_url if operation.host == "download" else options.settings.api_url
    request = httpx.Request(
        operation.http_method,
        base + path,
        params=params or None,
        json=body,
        # Not br or zstd (httpx asks for them where installed): one slice of a body could inflate
        # far past what the cap on an answer's decoded size (MAX_ANSWER_BYTES) allows for.
        headers={"Accept-Encoding": "gzip, deflate"},
        extensions={"timeout": options.timeout.as_dict()},
    )
    return request, body


def _segment(value: object) -> str:
    # Exactly one path segment, whatever it holds: `/` is encoded, and `.` and
    # `..` too, which a URL parser would otherwise resolve as directory steps.
    text = value if isinstance(value, str) else json.dumps(value)  # a number as JSON writes it
    return "%2E" * len(text) if text in (".", "..") else quote(text, safe="")


def send(call: Call[T], options: CallOptions) -> Workflow[APIResponse[T]]:
    """Send a call, repeating it while that is safe, and decode its success."""
    request, body = build_request(call, options)
    response, retries = yield from _exchange(request, call.operation.safe_to_repeat(body), options)
    answered = f"{request_line(request)} answered {response.status_code}"
    if not 200 <= response.status_code < 300:
        # A redirect (never followed: httpx would carry the credentials along) or another oddity.
        raise DecodeError(
            f"{answered} {response.reason_phrase}, which is not a success the spec declares", response
        )
    parse = call.operation.parse
    try:
        data = None if parse is None else json.loads(response.content)
        parsed = None if parse is None else parse(data)
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise DecodeError(
            f"{answered} with a body that does not match the spec ({type(exc).__name__}: {str(exc)[:200]})",
            response,
        ) from None
    _check_echoes(call, body, data, answered, response)
    return APIResponse(parsed=parsed, http=response, retries=retries)  # type: ignore[arg-type]


def _check_echoes(call: Call[Any], body: Any, data: Any, answered: str, response: httpx.Response) -> None:
    """
    The answer shows what the request asked for (the spec's `x-answer-echoes`), or it belongs
    to another call: a server or proxy that sent one answer twice leaves the spare one on the
    connection, read as the next call's. Its connection is not used again.
    """
    for location, name, fields in call.operation.answer_echoes:
        asked = call.arguments.get(name) if location == "path" else (body or {}).get(name)
        values = [data.get(field) for field in fields]  # data is an object: a model was decoded from it
        if asked is None or asked == "" or asked in values or all(value is None for value in values):
            continue  # what it shows is what was asked for, or it shows nothing to tell by
        forget_connection(response)
        named = ", ".join(f"{field} {value!r}" for field, value in zip(fields, values, strict=True))
        write = response.request.method not in _READS
        error = DecodeError(
            f"{answered} with {named}, where the call asked for {asked!r}: the answer belongs to "
            "another call (a server or proxy sent an answer twice), so it was refused"
            + ("; this call's own outcome is unknown (it may have been applied)" if write else ""),
            response,
        )
        error.outcome_unknown = write
        raise error


def stream(url: str, options: CallOptions) -> Workflow[httpx.Response]:
    """GET `url` with the same retry rules; the response's body is left unread (Read, then Close)."""
    request = httpx.Request(
        "GET",
        url,
        # The codings whose end a download's check can see (httpx would add br or zstd where installed).
        headers={"Accept": "text/csv, text/plain", "Accept-Encoding": "gzip, deflate"},
        extensions={"timeout": options.timeout.as_dict()},
    )
    response, _ = yield from _exchange(request, True, options, streamed=True)
    return response


def _exchange(
    request: httpx.Request, safe: bool, options: CallOptions, *, streamed: bool = False
) -> Workflow[tuple[httpx.Response, int]]:
    """Send until a success, or an error that is final; return the response and the retry count."""
    retries = 0
    call_started = time.monotonic()
    waited = 0.0
    while True:
        started = time.monotonic()
        deadline = started + options.attempt_limit
        try:
            response: httpx.Response = yield Transmit(request, deadline, stream=streamed)
            if streamed and time.monotonic() > deadline:
                yield Close(response)
                raise httpx.ReadTimeout("no answer within the timeout", request=request)
        except DecodeError as exc:  # an answer too large to read whole: the driver refused it
            _log(request, exc, started, retries, options.log_bodies)
            raise
        except httpx.HTTPError as exc:
            _log(request, exc, started, retries, options.log_bodies)
            error, delay = _judge_exception(exc, request, safe, retries, options)
        else:
            _log(request, response, started, retries, options.log_bodies)
            if response.status_code < 400:
                return response, retries
            error, delay = _judge_response(response, safe, retries, options)  # its body read by Transmit
        # Count both real time and requested pauses, so a test's fake clock counts too.
        spent = max(time.monotonic() - call_started, waited)
        if delay is None or spent + delay > options.retry.retry_budget:
            raise error
        yield Sleep(delay)
        waited += delay
        retries += 1


#: Methods that change nothing: their outcome is never in doubt.
_READS = frozenset({"GET", "HEAD", "OPTIONS"})


def _judge_exception(
    exc: httpx.HTTPError, request: httpx.Request, safe: bool, retries: int, options: CallOptions
) -> tuple[Exception, float | None]:
    # A failed connect, or a wait for a pooled connection, provably never reached
    # the server; anything later may have been acted on.
    reached = not isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
    repeatable = safe or not reached
    where = request_line(request)
    error_type = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    what = "timed out" if error_type is APITimeoutError else f"failed ({type(exc).__name__})"
    if isinstance(exc, httpx.PoolTimeout):
        what = (
            "was not sent: no connection of the pool came free within the timeout (each open "
            "`iter_rows` or streamed download holds one until it is closed or read to its end)"
        )
    if not repeatable:
        message = (
            f"{where} {what} after it was sent; its outcome is unknown (it may have been applied), "
            "and it was not retried because repeating it could duplicate work"
        )
    else:
        message = f"{where} {what}" + (f" after {retries} retries" if retries else "")
    error = error_type(message, request=request, outcome_unknown=reached and request.method not in _READS)
    error.__cause__ = exc
    if repeatable and retries < options.retry.max_retries:
        return error, options.retry.backoff(retries)
    return error, None


def _judge_response(
    response: httpx.Response, safe: bool, retries: int, options: CallOptions
) -> tuple[Exception, float | None]:
    status = response.status_code
    hint = retry_hint(response) if status in (429, 503) else None
    error = error_for_response(response, hint)
    # A server that failed may have applied a write before failing.
    error.outcome_unknown = status >= 500 and response.request.method not in _READS
    # 429 means the server refused the call without doing anything.
    if status in RETRYABLE_STATUSES and (safe or status == 429) and retries < options.retry.max_retries:
        if hint is None:
            return error, options.retry.backoff(retries)
        if hint <= options.retry.max_retry_after:
            return error, hint
    return error, None


def _log(
    request: httpx.Request, answer: httpx.Response | Exception, started: float, retries: int, bodies: bool
) -> None:
    if not logger.isEnabledFor(logging.DEBUG):
        return
    elapsed_ms = (time.monotonic() - started) * 1000
    response = answer if isinstance(answer, httpx.Response) else None
    outcome = type(answer).__name__ if response is None else str(response.status_code)
    request_id = "-" if response is None else shown(_request_id(response), 100)
    where = request_line(request)
    logger.debug(
        "%s -> %s in %.1f ms (request_id=%s, retries=%d)", where, outcome, elapsed_ms, request_id, retries
    )
    if bodies:
        logger.debug("request body: %s", request.content.decode("utf-8", "replace"))
        if response is not None:
            try:
                text = response.content.decode("utf-8", "replace")
            except httpx.ResponseNotRead:
                text = "(streamed)"
            logger.debug("response body: %s", text)


def _request_id(response: httpx.Response) -> str:
    # Voucherify names the request in its error bodies; a header, where a proxy adds one.
    with contextlib.suppress(ValueError, UnicodeDecodeError, RecursionError):
        body = json.loads(response.content) if response.status_code >= 400 else None
        if isinstance(body, dict) and isinstance(body.get("request_id"), str):
            return str(body["request_id"])
    return str(response.headers.get("x-request-id", "-"))
