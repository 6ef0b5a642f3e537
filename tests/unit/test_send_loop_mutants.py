"""The send loop's edges, pinned where `nox -s mutants` found them loose.

Each test here killed mutants of overrides/voucherify_orders/_core.py or _effects.py that the
rest of the suite let live (scripts/mutants.py lists them): downloads (streamed, retried, their
error bodies read, their timeout), the retry budget's boundary, a refused empty body, the log
line of a failed attempt.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import time
from collections.abc import Callable, Iterator

import httpx
import pytest
from voucherify_orders import (
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    DecodeError,
    DownloadError,
    NotFoundError,
    ParameterError,
    RetryPolicy,
    Voucherify,
    VoucherifyError,
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
    # Streamed, as a real download host answers: the error's body must be read before it is decoded.
    stream = Chunks(rows=0)
    stream.chunks = [json.dumps(body).encode()[:20], json.dumps(body).encode()[20:]]
    _, handler = exports(httpx.Response(status, stream=stream, headers={"content-type": "application/json"}))
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


def one_answer(
    response: httpx.Response,
) -> tuple[list[httpx.Request], Callable[[httpx.Request], httpx.Response]]:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return response

    return calls, handler


@pytest.mark.parametrize(
    ("status", "method", "unknown"),
    [
        (500, "POST", True),  # a server that failed may have applied the write first
        (503, "POST", True),
        (500, "GET", False),  # a read changes nothing, whatever the server did
        (503, "GET", False),
        (404, "POST", False),  # a refusal applied nothing
        (409, "PUT", False),
    ],
)
def test_outcome_unknown_after_an_error_status(status: int, method: str, unknown: bool) -> None:
    _, handler = one_answer(httpx.Response(status, json={"code": status, "message": "no"}))
    calls: dict[str, Callable[[Voucherify], object]] = {
        "POST": lambda client: client.orders.create({"status": "PAID"}),
        "PUT": lambda client: client.orders.update("ord_1", {"status": "PAID"}),
        "GET": lambda client: client.orders.get("ord_1"),
    }
    with make_client(handler, max_retries=0) as client, pytest.raises(APIStatusError) as caught:
        calls[method](client)
    assert caught.value.status_code == status
    assert caught.value.outcome_unknown is unknown


def test_a_503_with_retry_after_is_waited_as_asked() -> None:
    answers = [httpx.Response(503, json={"code": 503, "message": "busy"}, headers={"Retry-After": "7"})]
    answers.append(httpx.Response(200, json=order_json()))
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return answers[len(calls) - 1]

    with make_client(handler) as client, testing.fake_clock(client) as clock:
        client.orders.get("ord_1")
    assert clock.sleeps == [7.0]


def test_a_429_is_retried_even_for_a_create_without_a_key() -> None:
    # A rate-limited call was refused before anything was done: repeating it duplicates nothing.
    answers = [
        httpx.Response(429, json={"code": 429, "message": "slow"}, headers={"Retry-After": "1"}),
        httpx.Response(200, json=order_json()),
    ]
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return answers[len(calls) - 1]

    with make_client(handler) as client:
        assert client.orders.create({"status": "PAID"}).id == "ord_1"
    assert len(calls) == 2


def test_a_timeout_says_so_and_the_kept_request_is_redacted() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with make_client(slow, max_retries=0) as client, pytest.raises(APITimeoutError) as caught:
        client.orders.get("ord_1")
    assert str(caught.value).startswith("GET /v1/orders/ord_1 timed out")
    assert caught.value.request is not None
    assert caught.value.request.headers["X-App-Token"] == "[redacted]"
    assert caught.value.request.headers["X-App-Id"] == "[redacted]"


class SteppedTime:
    """Stands in for the time module in _core: monotonic() reads 10.0 twice, then 10.25 for good."""

    def __init__(self) -> None:
        self.calls = 0

    def monotonic(self) -> float:
        self.calls += 1
        return 10.0 if self.calls <= 2 else 10.25


def test_the_log_line_has_the_elapsed_time_and_the_request_id(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from voucherify_orders import _core

    caplog.set_level(logging.DEBUG, logger="voucherify_orders")
    monkeypatch.setattr(_core, "time", SteppedTime())
    _, handler = one_answer(httpx.Response(200, json=order_json(), headers={"X-Request-Id": "hdr-7"}))
    with make_client(handler) as client:
        client.orders.get("ord_1")
    assert caplog.messages == ["GET /v1/orders/ord_1 -> 200 in 250.0 ms (request_id=hdr-7, retries=0)"]


@pytest.mark.parametrize(
    ("response", "request_id"),
    [
        (httpx.Response(200, json=order_json()), "-"),
        (httpx.Response(400, json={"code": 400, "message": "bad", "request_id": "body-1"}), "body-1"),
        (
            httpx.Response(400, json={"code": 400, "message": "bad"}, headers={"X-Request-Id": "hdr-2"}),
            "hdr-2",
        ),
        (httpx.ConnectError("refused"), "-"),
    ],
)
def test_the_logged_request_id(
    response: httpx.Response | Exception, request_id: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="voucherify_orders")

    def handler(request: httpx.Request) -> httpx.Response:
        if isinstance(response, Exception):
            raise response
        return response

    with make_client(handler, max_retries=0) as client, contextlib.suppress(Exception):
        client.orders.get("ord_1")
    (message,) = caplog.messages
    assert f"(request_id={request_id}, retries=0)" in message


def test_bodies_are_logged_as_text_even_when_they_are_not_utf8(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="voucherify_orders")
    _, handler = one_answer(httpx.Response(404, content=b"\xff\xfe not found"))
    with make_client(handler, log_bodies=True) as client, pytest.raises(NotFoundError):
        client.orders.upsert({"source_id": "BODY-MARKER"})
    request_line, response_line = caplog.messages[1:]
    assert request_line.startswith("request body: {") and "BODY-MARKER" in request_line
    assert response_line == "response body: \ufffd\ufffd not found"


def test_a_streamed_answer_is_logged_without_its_body(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="voucherify_orders")
    _, handler = exports(httpx.Response(200, stream=Chunks(rows=2), headers=CSV_HEADERS))
    with make_client(handler, log_bodies=True) as client:
        assert len(list(client.exports.iter_rows("exp_1"))) == 2
    assert "response body: (streamed)" in caplog.messages


def test_a_closed_client_says_what_to_do() -> None:
    _, handler = one_answer(httpx.Response(200, json=order_json()))
    client = make_client(handler)
    client.close()
    with pytest.raises(VoucherifyError, match=r"^this client is closed: calls need an open client$"):
        client.orders.get("ord_1")


class Trickle(Chunks):
    """A body whose chunks come slower than the whole timeout allows."""

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            time.sleep(0.05)
            self.pulled += 1
            yield chunk


def test_an_answer_trickling_past_its_timeout_is_abandoned_and_closed() -> None:
    bodies: list[Trickle] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(Trickle(rows=50))
        return httpx.Response(200, stream=bodies[-1], headers={"content-type": "application/json"})

    with make_client(handler, timeout=0.01) as client, pytest.raises(APITimeoutError):
        client.orders.get("ord_1")
    assert len(bodies) == 3 and all(body.closed for body in bodies)
    assert all(body.pulled < len(body.chunks) for body in bodies)


def test_a_download_that_is_not_csv_is_refused_and_closed() -> None:
    body = Chunks(rows=3)
    _, handler = exports(httpx.Response(200, stream=body, headers={"content-type": "text/html"}))
    with make_client(handler) as client, pytest.raises(DownloadError):
        client.exports.download("exp_1", to=io.BytesIO())
    assert body.closed and body.pulled == 0


def test_the_pools_own_headers_are_sent() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=order_json())

    pool = httpx.Client(transport=httpx.MockTransport(handler), headers={"X-Trace": "t-1"})
    with pool, Voucherify("app", "secret", http_client=pool, retry_policy=testing.no_waits()) as client:
        client.orders.get("ord_1")
    assert seen[0].headers["X-Trace"] == "t-1"


@pytest.mark.parametrize("status", [300, 302])
def test_an_answer_outside_2xx_is_never_taken_for_a_success(status: int) -> None:
    # Even when its body would parse as the operation's result.
    _, handler = one_answer(httpx.Response(status, json=order_json(), headers={"Location": "/elsewhere"}))
    with (
        make_client(handler) as client,
        pytest.raises(DecodeError, match=f"answered {status} .*not a success"),
    ):
        client.orders.get("ord_1")


def test_an_answer_past_its_deadline_says_why_in_its_cause() -> None:
    class Trickle(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield b"{"
            time.sleep(0.02)  # past the attempt's 0.01 s, though each chunk came
            yield b"}"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=Trickle(), headers={"content-type": "application/json"})

    with (
        make_client(handler, timeout=0.01, max_retries=0) as client,
        pytest.raises(APITimeoutError) as caught,
    ):
        client.orders.get("ord_1")
    assert str(caught.value.__cause__) == "the answer did not arrive within the timeout"
