"""One exception type per way a call can fail."""

from __future__ import annotations

import json
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "DecodeError",
    "NotFoundError",
    "ParameterError",
    "RateLimitError",
    "ServerError",
    "VoucherifyError",
]


class VoucherifyError(Exception):
    """
    Base class of every error this library raises on purpose.

    Every one pickles (a `NotFoundError` raised in a `ProcessPoolExecutor` worker
    arrives as a `NotFoundError`, with its fields) and holds no credential: a sent
    request it keeps has its `X-App-Id` and `X-App-Token` headers redacted.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        # The default rebuilds with cls(*self.args), which fails for any subclass
        # whose __init__ takes other arguments than its message; restore the
        # fields instead, without calling __init__.
        return (_restore, (type(self), self.args, self.__dict__))


def _restore(cls: type[VoucherifyError], args: tuple[Any, ...], state: dict[str, Any]) -> VoucherifyError:
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class ConfigurationError(VoucherifyError, ValueError):
    """
    The client cannot be built as asked: a missing or malformed credential, an
    unknown cluster, a bad URL or timeout. Raised when the client is built, before
    anything is sent; the message names the setting and never shows a credential.

    `setting` names it (`"secret_key"`, `"base_url"`, ...) when there is one setting
    to blame, and `problem` says what is wrong with it.
    """

    def __init__(self, message: str, *, setting: str | None = None, problem: str | None = None) -> None:
        super().__init__(message)
        self.setting = setting
        self.problem = problem if problem is not None else message


class ParameterError(VoucherifyError, ValueError):
    """
    A value given to a method is out of range or of the wrong type; nothing was sent.

    `parameter` names it, with a path into nested data (`order.items[0].quantity`).
    """

    def __init__(self, parameter: str, problem: str) -> None:
        self.parameter = parameter
        self.problem = problem
        super().__init__(f"{parameter}: {problem}")


class APIError(VoucherifyError):
    """
    A call was sent (or attempted) and did not succeed.

    `outcome_unknown` is True when the call may have changed something on the server
    all the same (a dropped connection after sending, a 5xx for a write): check
    before repeating it.
    """

    outcome_unknown: bool = False

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """
    No usable answer arrived: the connection failed or dropped.

    `outcome_unknown` is True when the request may have reached the server and been
    acted on; such a request is retried only when repeating it cannot duplicate work.
    """

    def __init__(
        self, message: str, *, request: httpx.Request | None = None, outcome_unknown: bool = False
    ) -> None:
        super().__init__(message, request=request)
        self.outcome_unknown = outcome_unknown


class APITimeoutError(APIConnectionError):
    """The server did not answer within the timeout."""


class APIStatusError(APIError):
    """
    The server answered with an error status.

    Voucherify's error fields are attributes (`code`, `key`, `details`, `request_id`,
    `resource_id`, `resource_type`; any of them may be None); `status_code` is the
    HTTP status, `body` the decoded error object, and `response` the raw response.
    """

    def __init__(self, response: httpx.Response, body: dict[str, Any]) -> None:
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.code: int | None = _int_or_none(body.get("code"))
        self.key: str | None = _str_or_none(body.get("key"))
        self.details: str | None = _str_or_none(body.get("details"))
        self.request_id: str | None = _str_or_none(body.get("request_id")) or response.headers.get(
            "x-request-id"
        )
        self.resource_id: str | None = _str_or_none(body.get("resource_id"))
        self.resource_type: str | None = _str_or_none(body.get("resource_type"))
        message = _str_or_none(body.get("message")) or response.reason_phrase or "error"
        super().__init__(message, request=response.request)

    def __str__(self) -> str:
        request = self.response.request
        details = f" ({shown(self.details)})" if self.details else ""
        request_id = f", request_id={shown(self.request_id, 100)}" if self.request_id else ""
        return (
            f"{self.status_code} {shown(self.key or 'error', 100)}: {shown(self.message)}{details} "
            f"[{request_line(request)}{request_id}]"
        )


def request_line(request: httpx.Request) -> str:
    """`GET /v1/orders/{id}` as messages and logs show a request (a line break in an id escaped)."""
    return f"{request.method} {shown(request.url.path)}"


def shown(text: str, limit: int = 500) -> str:
    """
    A server's text as a message or a log line shows it: control characters (a line break, a
    terminal's escape) escaped, and at most `limit` characters of it. The attributes keep it whole.
    """
    if not text.isprintable():
        text = "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text)} characters)"


class BadRequestError(APIStatusError):
    """400: the request was malformed; `details` usually names the field."""


class AuthenticationError(APIStatusError):
    """401 or 403: the credentials (or a download token) were refused."""


class NotFoundError(APIStatusError):
    """404: nothing with that id exists; `resource_type` says what was looked for."""


class ConflictError(APIStatusError):
    """409: the request conflicts with stored data (for example a duplicate)."""


class RateLimitError(APIStatusError):
    """
    429: the project's rate limit is spent.

    `retry_after` is how many seconds the server asked to wait, when it said.
    """

    def __init__(
        self, response: httpx.Response, body: dict[str, Any], retry_after: float | None = None
    ) -> None:
        super().__init__(response, body)
        self.retry_after = retry_after

    def __str__(self) -> str:
        text = super().__str__()
        if self.retry_after is not None:
            text += f" retry after {self.retry_after:g}s"
        return text


class ServerError(APIStatusError):
    """5xx: Voucherify or its load balancer failed."""


class DecodeError(APIError):
    """
    An answer that is not what the spec promises: a success of another shape, a redirect, or a
    body past the size a JSON answer may have. `response` holds it (its body unread in the last case).
    """

    def __init__(self, message: str, response: httpx.Response) -> None:
        super().__init__(message, request=response.request)
        self.response = response


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: AuthenticationError,
    404: NotFoundError,
    409: ConflictError,
}


def error_for_response(response: httpx.Response, retry_after: float | None = None) -> APIStatusError:
    """The exception that describes an error response (any status >= 400)."""
    body = _error_body(response)
    status = response.status_code
    if status == 429:
        return RateLimitError(response, body, retry_after)
    if status >= 500:
        return ServerError(response, body)
    return _BY_STATUS.get(status, APIStatusError)(response, body)


def _error_body(response: httpx.Response) -> dict[str, Any]:
    try:
        data = json.loads(response.content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        text = response.content[:200].decode("utf-8", "replace").strip()
        return {"message": text} if text else {}
    return data if isinstance(data, dict) else {"message": str(data)[:200]}


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _int_or_none(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
