"""The send loop's edges, pinned where `nox -s mutants` found them loose.

Each test here killed mutants of overrides/voucherify_orders/_core.py or _effects.py that the
rest of the suite let live (scripts/mutants.py lists them): downloads (streamed, retried, their
error bodies read, their timeout), the retry budget's boundary, a refused empty body, the log
line of a failed attempt.
"""

from __future__ import annotations

import io
import logging
import time
from collections.abc import Callable, Iterator

import httpx
import pytest
from voucherify_orders import (
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    NotFoundError,
    ParameterError,
    RetryPolicy,
    testing,
)

from tests.conftest import make_client, order_json

DOWNLOAD = "https://download.voucherify.io/v1/exports/exp_1?token=abc"
EXPORT = {"id": "exp_1", "object": "export", "status": "DONE", "result": {"url": DOWNLOAD}}
CSV_HEADERS = {"content-type": "text/csv"}


class Chunks(httpx.SyncByteStream):
    """A CSV body in many chunks that counts how many were pulled, and whether it was closed."""

    def __init__(self, rows: int) -> None:
        self.chunks = [b"id\n", *(f"ord_{n}\n".encode() for n in range(rows))]
        self.pulled = 0
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.pulled += 1
            yield chunk

    def close(self) -> None:
        self.closed = True


def exports(
    download: httpx.Response | list[httpx.Response],
) -> tuple[list[httpx.Request], Callable[[httpx.Request], httpx.Response]]:
    """A handler answering the export on the API host and `download` (in turn) on the download host."""
    answers = download if isinstance(download, list) else [download]
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "api.voucherify.io":
            return httpx.Response(200, json=EXPORT)
        seen.append(request)
        return answers[min(len(seen), len(answers)) - 1]

    return seen, handler


def test_a_download_asks_for_csv_with_the_clients_timeout() -> None:
    seen, handler = exports(httpx.Response(200, text="id\nord_1\n", headers=CSV_HEADERS))
    with make_client(handler).with_options(timeout=3) as client:
        assert list(client.exports.iter_rows("exp_1")) == [{"id": "ord_1"}]
    (request,) = seen
    assert request.headers["accept"] == "text/csv, text/plain"
    assert request.extensions["timeout"] == httpx.Timeout(3).as_dict()


def test_a_download_is_streamed_not_read_into_memory() -> None:
    body = Chunks(rows=1000)
    _, handler = exports(httpx.Response(200, stream=body, headers=CSV_HEADERS))
    with make_client(handler) as client:
        rows = client.exports.iter_rows("exp_1")
        assert next(rows) == {"id": "ord_0"}
        assert body.pulled < len(body.chunks) / 2
        rows.close()  # type: ignore[attr-defined]


def test_a_download_is_retried_after_a_server_error() -> None:
    seen, handler = exports(
        [
            httpx.Response(503, json={"code": 503, "message": "down"}),
            httpx.Response(200, text="id\nx\n", headers=CSV_HEADERS),
        ]
    )
    with make_client(handler) as client:
        assert list(client.exports.iter_rows("exp_1")) == [{"id": "x"}]
    assert len(seen) == 2


@pytest.mark.parametrize(("status", "error"), [(400, BadRequestError), (404, NotFoundError)])
def test_a_download_error_says_what_the_server_said(status: int, error: type[APIStatusError]) -> None:
    body = {
        "code": status,
        "key": "export_token_invalid",
        "message": "the token is wrong",
        "request_id": "r-9",
    }
    _, handler = exports(httpx.Response(status, json=body))
    with make_client(handler) as client, pytest.raises(error) as caught:
        client.exports.download("exp_1", to=io.BytesIO())
    assert caught.value.key == "export_token_invalid"
    assert caught.value.request_id == "r-9"


def test_a_download_whose_answer_comes_after_its_timeout_is_a_timeout_and_is_closed() -> None:
    bodies: list[Chunks] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "api.voucherify.io":
            return httpx.Response(200, json=EXPORT)
        time.sleep(0.05)  # longer than the whole timeout: the deadline has passed when the headers arrive
        bodies.append(Chunks(rows=1))
        return httpx.Response(200, stream=bodies[-1], headers=CSV_HEADERS)

    with make_client(handler, timeout=0.01) as client, pytest.raises(APITimeoutError):
        client.exports.download("exp_1", to=io.BytesIO())
    assert len(bodies) == 3  # a download is safe to repeat: 2 retries
    assert all(body.closed for body in bodies)


def test_a_wait_that_ends_exactly_at_the_budget_is_made() -> None:
    answers = [
        httpx.Response(429, json={"code": 429, "message": "slow"}, headers={"Retry-After": "5"}),
        httpx.Response(429, json={"code": 429, "message": "slow"}, headers={"Retry-After": "5"}),
        httpx.Response(200, json=order_json()),
    ]
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return answers[len(calls) - 1]

    clock = testing.FakeClock()
    policy = RetryPolicy(max_retries=5, retry_budget=10.0, clock=clock)
    with make_client(handler, retry_policy=policy) as client:
        assert client.orders.get("ord_1").id == "ord_1"
    assert clock.sleeps == [5.0, 5.0] and len(calls) == 3


def test_a_missing_required_body_is_refused_before_sending() -> None:
    calls: list[httpx.Request] = []
    with make_client(lambda request: calls.append(request) or httpx.Response(200)) as client:
        with pytest.raises(ParameterError):
            client.orders.create(None)  # type: ignore[arg-type]
        with pytest.raises(ParameterError):
            client.orders.update("ord_1", None)  # type: ignore[arg-type]
    assert calls == []


def test_a_failed_attempt_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="voucherify_orders")

    def refused(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with make_client(refused, max_retries=0) as client, pytest.raises(Exception, match="ConnectError"):
        client.orders.get("ord_1")
    assert "GET /v1/orders/ord_1 -> ConnectError in " in caplog.text


def test_an_answer_is_awaited_for_the_longest_of_the_timeouts_parts() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "api.voucherify.io":
            return httpx.Response(200, json=EXPORT)
        time.sleep(0.05)  # past the connect timeout, far within the read timeout
        return httpx.Response(200, stream=Chunks(rows=1), headers=CSV_HEADERS)

    with make_client(handler, timeout=httpx.Timeout(30.0, connect=0.01)) as client:
        assert list(client.exports.iter_rows("exp_1")) == [{"id": "ord_0"}]
