"""Every exception pickles and unpickles with its type and fields, and holds no credential."""

from __future__ import annotations

import io
import multiprocessing
import pickle
import tempfile
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
import voucherify_orders
from voucherify_orders import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CheckpointError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    DecodeError,
    ExportFailedError,
    InputBrokeOffError,
    ListChangedError,
    NotFoundError,
    PaginationLimitError,
    ParameterError,
    RateLimitError,
    ServerError,
    Voucherify,
    VoucherifyError,
    WaitTimeoutError,
    testing,
)
from voucherify_orders._export import DownloadError

APP_ID = "appid-PICKLE-41d2"
SECRET = "secret-PICKLE-9a7e51"


def client(status: int = 200, body: Any = None, exc: Exception | None = None, **kwargs: Any) -> Voucherify:
    def handler(request: httpx.Request) -> httpx.Response:
        if exc is not None:
            raise exc
        headers = {"Retry-After": "7"} if status == 429 else {}
        return httpx.Response(status, json=body, headers=headers)

    return Voucherify(APP_ID, SECRET, transport=httpx.MockTransport(handler), max_retries=0, **kwargs)


def error_body(status: int) -> dict[str, Any]:
    return {
        "code": status,
        "key": f"key_{status}",
        "message": f"message {status}",
        "details": "Property .x is wrong",
        "request_id": "v-0a1b2c",
        "resource_id": "ord_x",
        "resource_type": "order",
    }


def raised(call: Callable[[], Any]) -> VoucherifyError:
    with pytest.raises(VoucherifyError) as caught:
        call()
    return caught.value


def paginate_past_the_cap() -> None:
    orders = [{"id": f"o{n}", "object": "order"} for n in range(100)]
    page = {"object": "list", "data_ref": "orders", "orders": orders, "total": 20_000}
    listed = client(200, page).orders.list(limit=100, page=100)
    listed.next_page()


def config_error() -> None:
    Voucherify(APP_ID, SECRET + "\n")


def wait_times_out() -> None:
    action = {"id": "aa_1", "object": "async_action", "type": "ORDER_IMPORT", "status": "IN_PROGRESS"}
    client(200, action, retry_policy=testing.no_waits()).async_actions.wait("aa_1", timeout=1)


def download_is_not_csv() -> None:
    done = {
        "id": "exp_1",
        "object": "export",
        "status": "DONE",
        "result": {"url": "https://download.voucherify.io/v1/exports/exp_1/csv?token=t"},
    }

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host.startswith("download."):
            return httpx.Response(200, text="<html>login</html>", headers={"Content-Type": "text/html"})
        return httpx.Response(200, json=done)

    with Voucherify(APP_ID, SECRET, transport=httpx.MockTransport(handler), max_retries=0) as c:
        c.exports.download("exp_1", io.BytesIO())


def export_fails() -> None:
    client(200, {"id": "exp_1", "object": "export", "status": "ERROR"}).exports.wait("exp_1")


def checkpoint_is_corrupt() -> None:
    with tempfile.TemporaryDirectory() as folder:
        checkpoint = Path(folder) / "orders.ckpt"
        checkpoint.write_text('{"version": 2, "form')
        client().orders.import_orders([{"source_id": "a"}], checkpoint=checkpoint)


def list_changes() -> None:
    answers = iter([2, 3])

    def listing(request: httpx.Request) -> httpx.Response:
        page = {"object": "list", "data_ref": "orders", "orders": [], "total": next(answers)}
        page["orders"] = [{"id": f"o{request.url.params['page']}", "object": "order"}]
        return httpx.Response(200, json=page)

    with Voucherify(APP_ID, SECRET, transport=httpx.MockTransport(listing)) as c:
        list(c.orders.list(limit=1, page=1))


def client_is_closed() -> None:
    closed = client()
    closed.close()
    closed.orders.get("x")


def input_breaks_off() -> None:
    from voucherify_orders.emulator import Emulator

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "orders.json"
        path.write_text('[{"source_id": "a"}, {"source_id": "b"} x')
        with Emulator().client() as emulated:
            emulated.orders.import_orders(path, chunk_size=1)


# Each raising path, and the fields that must survive the round trip.
CASES: dict[type[VoucherifyError], Callable[[], Any]] = {
    ConfigurationError: config_error,
    ParameterError: lambda: client().orders.create({"items": [{"quantity": "2"}]}),
    BadRequestError: lambda: client(400, error_body(400)).orders.get("x"),
    AuthenticationError: lambda: client(401, error_body(401)).orders.get("x"),
    NotFoundError: lambda: client(404, error_body(404)).orders.get("x"),
    ConflictError: lambda: client(409, error_body(409)).orders.get("x"),
    RateLimitError: lambda: client(429, error_body(429)).orders.get("x"),
    ServerError: lambda: client(503, error_body(503)).orders.get("x"),
    APIStatusError: lambda: client(418, error_body(418)).orders.get("x"),
    APIConnectionError: lambda: client(exc=httpx.RemoteProtocolError("gone")).orders.create({"amount": 1}),
    APITimeoutError: lambda: client(exc=httpx.ReadTimeout("slow")).orders.get("x"),
    DecodeError: lambda: client(200, [1, 2]).orders.get("x"),
    PaginationLimitError: paginate_past_the_cap,
    ListChangedError: list_changes,
    ClientClosedError: client_is_closed,
    WaitTimeoutError: wait_times_out,
    ExportFailedError: export_fails,
    DownloadError: download_is_not_csv,
    CheckpointError: checkpoint_is_corrupt,
    InputBrokeOffError: input_breaks_off,
}

FIELDS = (
    "message",
    "parameter",
    "problem",
    "setting",
    "status_code",
    "code",
    "key",
    "details",
    "request_id",
    "resource_id",
    "resource_type",
    "body",
    "retry_after",
    "outcome_unknown",
    "path",
    "report",
    "change",
)


def test_every_public_exception_class_is_covered() -> None:
    public = {
        getattr(voucherify_orders, name)
        for name in voucherify_orders.__all__
        if isinstance(getattr(voucherify_orders, name), type)
        and issubclass(getattr(voucherify_orders, name), BaseException)
    }
    assert public - {VoucherifyError, APIError} == set(CASES)


@pytest.mark.parametrize("cls", list(CASES), ids=[c.__name__ for c in CASES])
def test_the_exception_round_trips_with_its_type_and_fields(cls: type[VoucherifyError]) -> None:
    error = raised(CASES[cls])
    assert type(error) is cls
    data = pickle.dumps(error)
    assert SECRET.encode() not in data and APP_ID.encode() not in data
    copy = pickle.loads(data)
    assert type(copy) is cls
    assert str(copy) == str(error) and copy.args == error.args
    present = [name for name in FIELDS if hasattr(error, name)]
    assert [getattr(copy, name) for name in present] == [getattr(error, name) for name in present]
    for attribute in ("response", "request"):
        original = getattr(error, attribute, None)
        if original is None:
            continue
        restored = getattr(copy, attribute)
        assert type(restored) is type(original)
        if isinstance(original, httpx.Response):
            assert (restored.status_code, restored.content) == (original.status_code, original.content)
            original = original.request
            restored = restored.request
        assert (restored.method, restored.url) == (original.method, original.url)
        assert restored.headers.get("X-App-Token") in (None, "[redacted]")
        assert restored.headers.get("X-App-Id") in (None, "[redacted]")
    if isinstance(error, ExportFailedError) and isinstance(copy, ExportFailedError):
        assert copy.export.to_dict() == error.export.to_dict()
    # Pickled twice over (a copy of a copy) it is still the same error.
    assert str(pickle.loads(pickle.dumps(copy))) == str(error)


def test_the_rate_limit_and_api_fields_really_are_set() -> None:
    # Guards the round-trip test against comparing None with None.
    error = raised(CASES[RateLimitError])
    assert isinstance(error, RateLimitError)
    assert (error.retry_after, error.key, error.request_id, error.status_code) == (
        7.0,
        "key_429",
        "v-0a1b2c",
        429,
    )
    dropped = raised(CASES[APIConnectionError])
    assert isinstance(dropped, APIConnectionError) and dropped.outcome_unknown is True
    bad = raised(CASES[ParameterError])
    assert isinstance(bad, ParameterError) and bad.parameter == "order.items[0].quantity"


def _raise_not_found(_: int) -> None:
    client(404, error_body(404)).orders.get("missing")


def test_an_error_in_a_process_pool_worker_arrives_as_itself() -> None:
    # Before: APIStatusError could not be unpickled, and the pool broke (BrokenProcessPool).
    # "spawn": a fresh interpreter, so the error crosses a real process boundary (and no fork
    # of a test process that runs threads).
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        future = pool.submit(_raise_not_found, 1)
        with pytest.raises(NotFoundError) as caught:
            future.result(timeout=120)
    error = caught.value
    assert (error.status_code, error.key, error.resource_id) == (404, "key_404", "ord_x")
    assert "GET /v1/orders/missing" in str(error)


def test_a_returned_model_pickles_and_copies_as_it_came() -> None:
    # Before: datetime's own pickling dropped a date-time's text, so a model pickled (sent to a
    # process pool, say) or deep-copied wrote `+00:00` where the API had sent `.000Z`.
    import copy

    from voucherify_orders_client.models import Order
    from voucherify_orders_client.types import UNSET

    data = {
        "id": "ord_1",
        "object": "order",
        "status": "PAID",
        "amount": 100,
        "created_at": "2024-01-01T00:00:00.000Z",
        "items": [{"object": "order_item", "product_id": "prod_1", "quantity": 2}],
    }
    order = Order.from_dict(data)
    for twin in (pickle.loads(pickle.dumps(order)), copy.deepcopy(order)):
        assert twin.to_dict() == order.to_dict() == data
        assert twin.updated_at is UNSET
