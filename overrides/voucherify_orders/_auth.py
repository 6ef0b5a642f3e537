"""Voucherify's two-header authentication, confined to the configured hosts."""

from __future__ import annotations

from collections.abc import Generator, Iterable
from typing import Any

import httpx

__all__ = ["VoucherifyAuth"]

_AUTH_HEADERS = ("X-App-Id", "X-App-Token")


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
        self.__app_id = app_id
        self.__secret_key = secret_key
        self._allowed = frozenset(_origin_of(httpx.URL(origin)) for origin in allowed_origins)

    def __repr__(self) -> str:
        return f"VoucherifyAuth(app_id='***', secret_key='***', allowed_origins={sorted(self._allowed)!r})"

    def __reduce__(self) -> str | tuple[Any, ...]:
        # Pickling would write both credentials out in the clear.
        raise TypeError("VoucherifyAuth holds credentials and cannot be pickled")

    def allows(self, url: httpx.URL) -> bool:
        """Whether credentials may be sent to this URL."""
        return _origin_of(url) in self._allowed

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self.allows(request.url):
            request.headers["X-App-Id"] = self.__app_id
            request.headers["X-App-Token"] = self.__secret_key
        else:
            for name in _AUTH_HEADERS:
                request.headers.pop(name, None)
        yield request


def _origin_of(url: httpx.URL) -> str:
    port = url.port or {"http": 80, "https": 443}.get(url.scheme)
    return f"{url.scheme}://{url.host}:{port}"
