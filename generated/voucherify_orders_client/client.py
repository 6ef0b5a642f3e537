"""What the generated resources stand on: operation metadata, calls, and the resource bases.

The generated resource methods only describe a call (which operation, with which
arguments); a client that implements `SyncRequester` or `AsyncRequester` sends it.
This package never sends anything itself.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIResponse",
    "AsyncPage",
    "AsyncRequester",
    "AsyncResource",
    "Call",
    "Operation",
    "Pagination",
    "Parameter",
    "RateLimit",
    "SyncPage",
    "SyncRequester",
    "SyncResource",
]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
ItemT_co = TypeVar("ItemT_co", covariant=True)


@dataclass(frozen=True)
class Parameter:
    """A path or query parameter: its JSON name, Python name, and schema (for checks)."""

    name: str
    python_name: str
    location: str
    required: bool
    schema: Mapping[str, Any]


@dataclass(frozen=True)
class Pagination:
    """How a list operation pages: which arguments and which fields of the answer (Python names)."""

    page: str
    limit: str
    items: str
    total: str
    default_limit: int
    max_page: int
    #: The largest limit the API takes, when the spec says.
    max_limit: int | None = None


@dataclass(frozen=True)
class Operation(Generic[T]):
    """One operation of the spec, as the client needs it to build, retry and decode a call."""

    operation_id: str
    http_method: str
    path: str
    host: str
    parameters: tuple[Parameter, ...]
    body_name: str | None
    body_required: bool
    body_schema: Mapping[str, Any] | None
    success_status: int
    success_content_type: str | None
    #: Decodes a success body; None when a success has no body.
    parse: Callable[[Any], T] | None
    #: Repeating the call cannot duplicate work (HTTP semantics, or the spec says so).
    retry_safe: bool
    #: Otherwise safe when the body, or every item of an array body, names itself by one of these keys.
    retry_safe_when_keyed_by: tuple[str, ...] = ()
    pagination: Pagination | None = None
    #: What of the request the answer must show: (`path` or `body`, the argument's Python name
    #: or the body's key, the answer fields one of which holds its value).
    answer_echoes: tuple[tuple[str, str, tuple[str, ...]], ...] = ()

    def safe_to_repeat(self, body: Any) -> bool:
        """Whether sending this operation again with this (JSON) body cannot duplicate work."""
        if self.retry_safe:
            return True
        if not self.retry_safe_when_keyed_by:
            return False
        items = body if isinstance(body, list) else [body]
        return bool(items) and all(
            isinstance(item, Mapping) and any(item.get(key) for key in self.retry_safe_when_keyed_by) for item in items
        )


@dataclass(frozen=True)
class Call(Generic[T]):
    """One call of an operation: the arguments as the caller gave them (None means left out)."""

    operation: Operation[T]
    arguments: Mapping[str, Any] = field(default_factory=dict)
    body: Any = None


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


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


@dataclass(frozen=True)
class APIResponse(Generic[T_co]):
    """
    A parsed result together with the response it came from: what a call returns through
    a client's `with_raw_response` (here so that the generated raw views can name it).

    `parsed` is the generated model; `http` the httpx response (its body already
    read); `retries` how many times the request was repeated before this answer.
    """

    parsed: T_co
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


class _PageFields(Protocol[T_co, ItemT_co]):
    """
    What every page has. A page also reads its list model's own fields through from `data`
    (`page.orders`); each list operation's own page protocol (in its tag's module) declares
    them, typed, so a misspelt one is a type checker's error rather than `Any`.
    """

    @property
    def data(self) -> T_co:
        """This page as the API sent it."""
        ...

    @property
    def items(self) -> Sequence[ItemT_co]:
        """The items on this page only."""
        ...

    @property
    def total(self) -> int:
        """How many items exist in all."""
        ...

    @property
    def page(self) -> int:
        """This page's number, from 1."""
        ...

    @property
    def limit(self) -> int | None:
        """The page size asked for (None: the server's default)."""
        ...

    @property
    def response(self) -> APIResponse[T_co]:
        """The answer this page came in, with its HTTP side."""
        ...

    def has_next_page(self) -> bool: ...

    def __len__(self) -> int: ...


class SyncPage(_PageFields[T_co, ItemT_co], Protocol[T_co, ItemT_co]):
    """A page of a list operation; iterating it walks every item across pages."""

    def next_page(self) -> SyncPage[T_co, ItemT_co]: ...

    def iter_pages(self) -> Iterator[SyncPage[T_co, ItemT_co]]: ...

    def __iter__(self) -> Iterator[ItemT_co]: ...


class AsyncPage(_PageFields[T_co, ItemT_co], Protocol[T_co, ItemT_co]):
    """A page of a list operation; `async for` over it walks every item across pages."""

    async def next_page(self) -> AsyncPage[T_co, ItemT_co]: ...

    def iter_pages(self) -> AsyncIterator[AsyncPage[T_co, ItemT_co]]: ...

    def __aiter__(self) -> AsyncIterator[ItemT_co]: ...


class SyncRequester(Protocol):
    """What a sync client provides to the generated resources."""

    def _request(self, call: Call[T]) -> T: ...

    def _paginate(self, call: Call[T]) -> SyncPage[T, Any]: ...


class AsyncRequester(Protocol):
    """What an async client provides to the generated resources."""

    async def _request(self, call: Call[T]) -> T: ...

    async def _paginate(self, call: Call[T]) -> AsyncPage[T, Any]: ...


class SyncResource:
    """The base of every generated sync resource."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client


class AsyncResource:
    """The base of every generated async resource."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client
