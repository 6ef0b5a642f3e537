"""The HTTP side of a call: status, headers and rate-limit state, kept with its result."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

import httpx

__all__ = ["APIResponse", "RateLimit"]

T = TypeVar("T")


@dataclass(frozen=True)
class RateLimit:
    """The rate-limit headers of one response (None where the server sent none)."""

    limit: int | None
    remaining: int | None
    reset_at: int | None
    """When the window resets, as Unix epoch seconds (`X-Rate-Limit-Retry`)."""

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> RateLimit:
        return cls(
            limit=_int(headers.get("x-rate-limit-limit")),
            remaining=_int(headers.get("x-rate-limit-remaining")),
            reset_at=_int(headers.get("x-rate-limit-retry")),
        )


@dataclass(frozen=True)
class APIResponse(Generic[T]):
    """
    A parsed result together with the response it came from.

    `parsed` is the generated model; `http` the httpx response (its body already
    read); `retries` how many times the request was repeated before this answer.
    """

    parsed: T
    http: httpx.Response
    retries: int

    @property
    def status_code(self) -> int:
        return self.http.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http.headers

    @property
    def rate_limit(self) -> RateLimit:
        return RateLimit.from_headers(self.http.headers)

    @property
    def elapsed_ms(self) -> float:
        return self.http.elapsed.total_seconds() * 1000


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
