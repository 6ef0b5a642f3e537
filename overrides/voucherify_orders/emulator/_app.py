"""The emulator: routing, authentication, rate limits and faults around the state and the jobs."""

from __future__ import annotations

import collections
import datetime as dt
import json
import math
import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, unquote, urlsplit

from ._errors import ApiError
from ._faults import Fault, FaultPlan
from ._jobs import JobPacing, Jobs
from ._state import State, listed_order, public_order, public_orders

if TYPE_CHECKING:
    from voucherify_orders import AsyncVoucherify, Voucherify

    from ._server import EmulatorServer
    from ._transport import AsyncEmulatorTransport, EmulatorTransport

__all__ = ["Emulator", "EmulatorResponse", "RequestRecord"]

UNLIMITED = 1_000_000
_ERROR_NAMES = {
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
    429: "Too Many Requests",
}


@dataclass
class EmulatorResponse:
    """What the emulator answers; `drop` asks the transport to hang up instead of answering."""

    status: int
    headers: dict[str, str]
    body: bytes
    drop: bool = False
    delay: float = 0.0


@dataclass(frozen=True)
class RequestRecord:
    """One call the emulator received, for tests to inspect."""

    method: str
    path: str
    route: str
    status: int
    dropped: bool


@dataclass
class _RateWindow:
    started: float
    used: int = 0


@dataclass
class Emulator:
    """
    A stateful, in-memory stand-in for Voucherify's Orders API.

    **Parameters:**

    * **app_id**, **secret_key** - the credentials it accepts (anything else is a 401).
    * **seed** - makes ids deterministic.
    * **pacing** - how quickly imports and exports progress (`JobPacing`).
    * **rate_limit** - calls allowed per `rate_limit_window` seconds before a 429
      (None: no limit, and the headers report a budget of one million).
    * **now** - the wall clock for `created_at`/`updated_at` (a callable returning an aware datetime).
    * **clock** - the monotonic clock for pacing and rate windows (seconds).

    Use it in-process (`transport()`, `async_transport()`, `client()`), over real
    HTTP (`serve()`), or through the pytest fixture `voucherify_emulator`.
    """

    app_id: str = "emulator-app-id"
    secret_key: str = "emulator-secret-key"
    seed: int | None = None
    pacing: JobPacing = field(default_factory=JobPacing)
    rate_limit: int | None = None
    rate_limit_window: float = 60.0
    now: Callable[[], dt.datetime] = field(default=lambda: dt.datetime.now(dt.UTC))
    clock: Callable[[], float] = time.monotonic
    max_logged_requests: int = 100_000

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)
        self._faults = FaultPlan(random.Random(None if self.seed is None else self.seed + 1))
        self._window_lock = threading.Lock()
        self.reset()

    # -- control and inspection ------------------------------------------------

    def reset(self) -> None:
        """Forget every order, customer, product, job, fault and logged request."""
        self._state = State(rng=self._rng, now=self.now)
        self._jobs = Jobs(self._state, monotonic=self.clock, pacing=self.pacing)
        self._faults.clear()
        self._window = _RateWindow(started=self.clock())
        self._log: collections.deque[RequestRecord] = collections.deque(maxlen=self.max_logged_requests)

    def inject(self, fault: Fault, route: str = "*") -> Fault:
        """Make `route` (`"POST /v1/orders/import"`, `"GET /v1/orders/{orderId}"`, `"*"`) misbehave."""
        self._faults.add(route, fault)
        return fault

    def clear_faults(self) -> None:
        self._faults.clear()

    @property
    def orders(self) -> list[dict[str, Any]]:
        """Every stored order, as the API would return it, oldest first."""
        with self._state.lock:
            return public_orders(sorted(self._state.orders.values(), key=lambda o: o["_seq"]))

    @property
    def customers(self) -> list[dict[str, Any]]:
        with self._state.lock:
            return [dict(c) for c in self._state.customers.values()]

    @property
    def products(self) -> list[dict[str, Any]]:
        with self._state.lock:
            return [dict(p) for p in self._state.products.values()]

    @property
    def skus(self) -> list[dict[str, Any]]:
        with self._state.lock:
            return [dict(s) for s in self._state.skus.values()]

    @property
    def async_actions(self) -> list[dict[str, Any]]:
        """Every import's async action as the API would show it (reading does not advance them)."""
        with self._state.lock:
            return [self._jobs.async_action_view(j) for j in self._jobs.jobs.values() if j.kind == "import"]

    @property
    def exports(self) -> list[dict[str, Any]]:
        """Every export as the API would show it (reading does not advance them)."""
        with self._state.lock:
            return [self._jobs.export_view(j) for j in self._jobs.jobs.values() if j.kind == "export"]

    @property
    def requests(self) -> list[RequestRecord]:
        """The calls received so far, oldest first (at most `max_logged_requests`)."""
        return list(self._log)

    # -- ways to reach it ------------------------------------------------------------

    def transport(self) -> EmulatorTransport:
        """An httpx transport that serves requests in-process."""
        from ._transport import EmulatorTransport  # noqa: PLC0415

        return EmulatorTransport(self)

    def async_transport(self) -> AsyncEmulatorTransport:
        """An httpx async transport that serves requests in-process."""
        from ._transport import AsyncEmulatorTransport  # noqa: PLC0415

        return AsyncEmulatorTransport(self)

    def client(self, **kwargs: Any) -> Voucherify:
        """A `Voucherify` client wired to this emulator in-process."""
        from voucherify_orders import Voucherify, testing  # noqa: PLC0415

        # In-process answers come at once: waiting between retries or polls only slows a test.
        kwargs.setdefault("retry_policy", testing.no_waits())

        return Voucherify(self.app_id, self.secret_key, transport=self.transport(), **_in_process(kwargs))

    def async_client(self, **kwargs: Any) -> AsyncVoucherify:
        """An `AsyncVoucherify` client wired to this emulator in-process."""
        from voucherify_orders import AsyncVoucherify, testing  # noqa: PLC0415

        # In-process answers come at once: waiting between retries or polls only slows a test.
        kwargs.setdefault("retry_policy", testing.no_waits())

        return AsyncVoucherify(
            self.app_id, self.secret_key, transport=self.async_transport(), **_in_process(kwargs)
        )

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> EmulatorServer:
        """Start a real HTTP server (in a background thread); `port=0` picks a free port."""
        from ._server import EmulatorServer  # noqa: PLC0415

        return EmulatorServer(self, host, port).start()

    # -- serving -------------------------------------------------------------------

    def handle(self, method: str, url: str, headers: Mapping[str, str], body: bytes) -> EmulatorResponse:
        """
        Serve one request. `url` is absolute (`scheme://host/path?query`) with the
        path still percent-encoded; `headers` are matched case-insensitively.
        """
        parts = urlsplit(url)
        segments = [unquote(s) for s in parts.path.split("/")[1:]]
        lowered = {k.lower(): v for k, v in headers.items()}
        query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        route, params, allowed = _route(method, segments)
        faults = self._faults.draw(route) if route else []
        delay = next((f.seconds for f in faults if f.kind == "latency"), 0.0)
        response = self._respond(method, route, params, allowed, lowered, query, body, parts, faults)
        response.delay = delay
        response.drop = any(f.kind == "drop" for f in faults)
        self._log.append(RequestRecord(method, parts.path, route or "?", response.status, response.drop))
        return response

    def _protocol_error(self, status: int, message: str, details: str) -> EmulatorResponse:
        """
        The HTTP server's answer to a request it could not read (its body's framing, its
        request line), in Voucherify's error shape; the server closes the connection after it.

        Not a call: it is not logged, and spends no rate budget.
        """
        body = {
            "code": status,
            "key": message.lower().replace(" ", "_").replace("-", "_"),
            "message": message,
            "details": details,
            "request_id": self._state.request_id(),
        }
        return _json(status, body, {})

    def _respond(
        self,
        method: str,
        route: str | None,
        params: dict[str, str],
        allowed: list[str],
        headers: dict[str, str],
        query: dict[str, str],
        body: bytes,
        parts: Any,
        faults: list[Fault],
    ) -> EmulatorResponse:
        rate_headers, limited = self._spend_rate_budget()
        try:
            if route is None:
                if allowed:  # worded as Voucherify's errors guide shows it
                    hint = " or ".join(filter(None, [", ".join(allowed[:-1]), allowed[-1]]))
                    raise ApiError(
                        405,
                        None,
                        "HTTP Method Not Allowed",
                        f"{method} is not supported by this endpoint. Did you mean {hint}?",
                        headers={"Allow": ", ".join(allowed)},
                    )
                raise ApiError(404, "not_found", "Resource not found", f"Cannot {method} {parts.path}")
            download = route.startswith("GET /v1/exports/{exportId}") and (
                "token" in query or route.endswith("/csv")
            )
            if not download and (
                headers.get("x-app-id") != self.app_id or headers.get("x-app-token") != self.secret_key
            ):
                raise ApiError(401, "unauthorized", "Unauthorized")
            if limited is not None:
                raise ApiError(
                    429,
                    "too_many_requests",
                    "Too many requests hit the API too quickly.",
                    headers={"Retry-After": str(limited)},
                )
            for fault in faults:
                if fault.kind == "status":
                    extra = {"Retry-After": f"{fault.retry_after:g}"} if fault.retry_after is not None else {}
                    raise ApiError(
                        fault.status_code,
                        _ERROR_NAMES.get(fault.status_code, "error").lower().replace(" ", "_"),
                        _ERROR_NAMES.get(fault.status_code, "Error"),
                        headers=extra,
                    )
            if not download and not _takes_json(headers.get("accept", "*/*")):
                raise ApiError(406, None, "Not Acceptable", "This endpoint answers in application/json only")
            content_type = headers.get("content-type") or "application/json"  # none said: JSON
            if route in _WITH_BODY and body.strip() and not _is_json(content_type):
                raise ApiError(
                    415,
                    None,
                    "Unsupported Media Type",
                    f"This endpoint takes application/json only, not {_media_type(content_type)}",
                )
            allowed_query = _QUERY.get("download" if download else route, frozenset())
            unknown = sorted(set(query) - allowed_query)
            if unknown:
                raise ApiError(
                    400,
                    "invalid_query_params",
                    "Invalid query params",
                    f"Property .{unknown[0]} is not allowed here",
                )
            if route in _WITH_BODY and not body.strip():
                raise ApiError(400, "invalid_payload", "Invalid payload", "The request body is required")
            if download:
                return self._download(params["exportId"], query.get("token"), headers, rate_headers)
            status, payload = self._dispatch(route, params, query, body, parts.netloc, parts.scheme)
            return _json(status, payload, rate_headers)
        except ApiError as error:
            error.body["request_id"] = self._state.request_id()
            return _json(error.status, error.body, {**rate_headers, **error.headers})
        except Exception as exc:  # a bug of ours must still answer in Voucherify's shape
            body_out = {
                "code": 500,
                "key": "internal_error",
                "message": "Internal Server Error",
                "details": f"{type(exc).__name__}: {exc}",
            }
            return _json(500, body_out, rate_headers)

    def _spend_rate_budget(self) -> tuple[dict[str, str], int | None]:
        with self._window_lock:
            now = self.clock()
            if now - self._window.started >= self.rate_limit_window:
                self._window = _RateWindow(started=now)
            self._window.used += 1
            limit = self.rate_limit if self.rate_limit is not None else UNLIMITED
            left = self.rate_limit_window - (now - self._window.started)
            reset_epoch = int(self.now().timestamp() + left)
            headers = {
                "X-Rate-Limit-Limit": str(limit),
                "X-Rate-Limit-Remaining": str(max(0, limit - self._window.used)),
                "X-Rate-Limit-Retry": str(reset_epoch),
            }
            if self._window.used > limit:
                headers["X-Rate-Limit-Type"] = "api_calls"
                return headers, max(1, math.ceil(left))
            return headers, None

    def _dispatch(
        self, route: str, params: dict[str, str], query: dict[str, str], body: bytes, host: str, scheme: str
    ) -> tuple[int, Any]:
        store, jobs = self._state, self._jobs
        if route == "GET /v1/orders":
            limit = _int_param(query, "limit", 10, 1, 100)
            page = _int_param(query, "page", 1, 1, 100)
            order = query.get("order", "-created_at")
            if order not in ("created_at", "-created_at", "updated_at", "-updated_at"):
                raise ApiError(
                    400,
                    "invalid_query_params",
                    "Invalid query params",
                    "Property .order should be one of created_at, -created_at, updated_at, -updated_at",
                )
            rows, total = store.list_orders(limit, page, order)
            return 200, {
                "object": "list",
                "data_ref": "orders",
                "orders": [listed_order(row) for row in rows],
                "total": total,
            }
        if route == "POST /v1/orders":
            return 200, public_order(store.create_order(body))
        if route == "GET /v1/orders/{orderId}":
            return 200, public_order(store.find_order(params["orderId"]))
        if route == "PUT /v1/orders/{orderId}":
            return 200, public_order(store.update_order(params["orderId"], body))
        if route == "POST /v1/orders/import":
            return 200, {"async_action_id": jobs.submit_import(body)}
        if route == "POST /v1/orders/export":
            return 200, jobs.submit_export(body, _download_origin(scheme, host))
        if route == "GET /v1/async-actions/{asyncActionId}":
            return 200, jobs.async_action_view(jobs.poll(params["asyncActionId"], "import"))
        if route == "GET /v1/exports/{exportId}":
            return 200, jobs.export_view(jobs.poll(params["exportId"], "export"))
        raise ApiError(404, "not_found", "Resource not found")

    def _download(
        self, export_id: str, token: str | None, headers: dict[str, str], rate_headers: dict[str, str]
    ) -> EmulatorResponse:
        text = self._jobs.export_csv(export_id, token)
        accept = headers.get("accept", "")
        content_type = "text/plain" if "text/plain" in accept and "text/csv" not in accept else "text/csv"
        return EmulatorResponse(
            200, {**rate_headers, "Content-Type": f"{content_type}; charset=utf-8"}, text.encode("utf-8")
        )


_ROUTES: list[tuple[tuple[str, ...], dict[str, str]]] = [
    (("v1", "orders"), {"GET": "GET /v1/orders", "POST": "POST /v1/orders"}),
    (("v1", "orders", "import"), {"POST": "POST /v1/orders/import"}),
    (("v1", "orders", "export"), {"POST": "POST /v1/orders/export"}),
    (("v1", "orders", "{orderId}"), {"GET": "GET /v1/orders/{orderId}", "PUT": "PUT /v1/orders/{orderId}"}),
    (("v1", "async-actions", "{asyncActionId}"), {"GET": "GET /v1/async-actions/{asyncActionId}"}),
    (("v1", "exports", "{exportId}"), {"GET": "GET /v1/exports/{exportId}"}),
    # The curated spec's name for the download (CURATION.md); the real path is the one above.
    (("v1", "exports", "{exportId}", "csv"), {"GET": "GET /v1/exports/{exportId}/csv"}),
]


def _media_type(value: str) -> str:
    return value.split(";", maxsplit=1)[0].strip().lower()


def _is_json(media_type: str) -> bool:
    kind = _media_type(media_type)
    return kind == "application/json" or (kind.startswith("application/") and kind.endswith("+json"))


def _takes_json(accept: str) -> bool:
    """Whether an `Accept` header admits `application/json`: its most specific range that
    matches decides, by its weight (RFC 9110, 12.5.1: `application/json;q=0, */*` refuses it)."""
    weights: dict[str, float] = {}
    for media_range in accept.split(","):
        kind, *parameters = (part.strip().lower() for part in media_range.split(";"))
        if not kind:  # an empty element of the list: none at all
            continue
        weight = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip() == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 1.0
        weights.setdefault(kind, weight)
    if not weights:
        return True
    for kind in ("application/json", "application/*", "*/*"):
        if kind in weights:
            return weights[kind] > 0
    return False


_WITH_BODY = frozenset(
    {"POST /v1/orders", "PUT /v1/orders/{orderId}", "POST /v1/orders/import", "POST /v1/orders/export"}
)
# The query parameters each route takes; anything else is refused, as a typo would be.
_QUERY: dict[str, frozenset[str]] = {
    "GET /v1/orders": frozenset({"limit", "page", "order"}),
    "download": frozenset({"token"}),
}


def _route(method: str, segments: list[str]) -> tuple[str | None, dict[str, str], list[str]]:
    """
    The route template a request matches, its path parameters, and the methods the path allows.

    As OpenAPI says, a concrete path matches before a templated one: `/v1/orders/import`
    is the import route (POST only), never the order whose id is "import".
    """
    for pattern, methods in _ROUTES:
        params = _match(pattern, segments)
        if params is not None:
            return (
                (methods[method], params, list(methods)) if method in methods else (None, {}, list(methods))
            )
    return None, {}, []


def _match(pattern: tuple[str, ...], segments: list[str]) -> dict[str, str] | None:
    if len(pattern) != len(segments):
        return None
    params: dict[str, str] = {}
    for expected, actual in zip(pattern, segments, strict=True):
        if expected.startswith("{"):
            if not actual:
                return None
            params[expected[1:-1]] = actual
        elif expected != actual:
            return None
    return params


def _download_origin(scheme: str, host: str) -> str:
    # api.voucherify.io -> download.voucherify.io, us1.api... -> us1.download...;
    # any other host (loopback, a test host) serves its own downloads.
    labels = host.split(".")
    if "api" in labels:
        labels[labels.index("api")] = "download"
    return f"{scheme}://{'.'.join(labels)}"


def _int_param(query: dict[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = query.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ApiError(
            400, "invalid_query_params", "Invalid query params", f"Property .{name} should be an integer"
        ) from None
    if not low <= value <= high:
        raise ApiError(
            400,
            "invalid_query_params",
            "Invalid query params",
            f"Property .{name} should be between {low} and {high}",
        )
    return value


def _json(status: int, payload: Any, headers: dict[str, str]) -> EmulatorResponse:
    return EmulatorResponse(
        status,
        {**headers, "Content-Type": "application/json; charset=utf-8"},
        json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8"),
    )


def _in_process(kwargs: dict[str, Any]) -> dict[str, Any]:
    # An in-process client reaches no server: name a fixed one, so that the
    # environment's VOUCHERIFY_API_URL is neither used nor shown as its host.
    if "base_url" not in kwargs and "cluster" not in kwargs:
        return {**kwargs, "cluster": "eu"}
    return kwargs
