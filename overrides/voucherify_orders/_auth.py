"""Voucherify's two-header authentication, confined to the configured hosts."""

from __future__ import annotations

from collections.abc import Generator, Iterable
from typing import Any

import httpx

__all__ = ["VoucherifyAuth", "redact"]

#: The two headers that carry credentials, lower-cased.
CREDENTIAL_HEADERS = frozenset({b"x-app-id", b"x-app-token"})


class VoucherifyAuth(httpx.Auth):
    """
    Sends `X-App-Id` and `X-App-Token` to the configured hosts, and to no other.

    **Parameters:**

    * **app_id** - the project's application id.
    * **secret_key** - the project's secret key.
    * **allowed_origins** - `scheme://host[:port]` origins that may receive them
      (the API host and the download host). A request to any other origin is sent
      without credentials, even if a caller added the headers by hand.
    """

    def __init__(self, app_id: str, secret_key: str, allowed_origins: Iterable[str]) -> None:
        self.__pairs = [(b"X-App-Id", app_id.encode()), (b"X-App-Token", secret_key.encode())]
        self._allowed = frozenset(_origin_of(httpx.URL(origin)) for origin in allowed_origins)

    def __repr__(self) -> str:
        return f"VoucherifyAuth(app_id='***', secret_key='***', allowed_origins={sorted(self._allowed)!r})"

    def __reduce__(self) -> str | tuple[Any, ...]:
        # Pickling would write both credentials out in the clear.
        raise TypeError("VoucherifyAuth holds credentials and cannot be pickled")

    def allows(self, url: httpx.URL) -> bool:
        """Whether credentials may be sent to this URL."""
        return _origin_of(url) in self._allowed

    def headers_for(self, url: httpx.URL, headers: list[tuple[bytes, bytes]]) -> httpx.Headers:
        """
        The headers to send to `url`: `headers` (raw pairs) without any credential
        header, plus the two credentials if `url` may receive them.
        """
        kept = [(key, value) for key, value in headers if key.lower() not in CREDENTIAL_HEADERS]
        if self.allows(url):
            kept += self.__pairs
        return httpx.Headers(kept)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers = self.headers_for(request.url, request.headers.raw)
        yield request


def _origin_of(url: httpx.URL) -> str:
    port = url.port or {"http": 80, "https": 443}.get(url.scheme)
    return f"{url.scheme}://{url.host}:{port}"


def redact(request: httpx.Request) -> None:
    """
    Blank the credential headers of a request that was sent. It stays reachable from
    responses and errors (`error.response.request`); the credentials are set afresh
    before every send.
    """
    for key, _ in request.headers.raw:  # one pass to find them (`in` would scan once per name)
        if key.lower() in CREDENTIAL_HEADERS:
            request.headers[key.decode("latin-1")] = "[redacted]"
