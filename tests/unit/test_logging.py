"""Debug logs say what happened, never with credentials, and bodies only when asked."""

from __future__ import annotations

import logging

import httpx
import pytest

from tests.conftest import APP_ID, SECRET, make_client, order_json


def handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=order_json(note="RESPONSE-BODY-MARKER"))


def test_debug_logs_method_path_status_elapsed_and_retries(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with make_client(handler) as client:
        client.orders.upsert({"source_id": "BODY-MARKER"})
    ours = [r.getMessage() for r in caplog.records if r.name == "voucherify_orders"]
    assert len(ours) == 1
    assert ours[0].startswith("POST /v1/orders -> 200 in ") and "retries=0" in ours[0]
    everything = caplog.text
    assert APP_ID not in everything and SECRET not in everything
    assert "BODY-MARKER" not in everything


def test_errors_log_voucherifys_request_id(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="voucherify_orders")

    def not_found(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"code": 404, "message": "x", "request_id": "v-0baa1ad023d0656a84"})

    with make_client(not_found) as client, pytest.raises(Exception, match="404"):
        client.orders.get("nope")
    assert "GET /v1/orders/nope -> 404" in caplog.text and "request_id=v-0baa1ad023d0656a84" in caplog.text


def test_bodies_are_logged_only_when_asked(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="voucherify_orders")
    with make_client(handler, log_bodies=True) as client:
        client.orders.upsert({"source_id": "BODY-MARKER"})
    assert "BODY-MARKER" in caplog.text and "RESPONSE-BODY-MARKER" in caplog.text
    assert SECRET not in caplog.text


def test_a_failed_attempt_is_logged_with_its_error_and_the_retry_after_it(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="voucherify_orders")
    attempts: list[int] = []

    def flaky(request: httpx.Request) -> httpx.Response:
        attempts.append(1)
        if len(attempts) == 1:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, json=order_json())

    with make_client(flaky) as client:
        client.orders.get("ord_1")
    ours = [r.getMessage() for r in caplog.records if r.name == "voucherify_orders"]
    assert len(ours) == 2
    assert ours[0].startswith("GET /v1/orders/ord_1 -> ConnectError in ")
    assert ours[0].endswith("(request_id=-, retries=0)")
    assert ours[1].startswith("GET /v1/orders/ord_1 -> 200 in ") and ours[1].endswith("retries=1)")


def test_a_long_request_id_is_cut_in_the_log(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="voucherify_orders")

    def not_found(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"code": 404, "message": "x"}, headers={"x-request-id": "v" * 300})

    with make_client(not_found) as client, pytest.raises(Exception, match="404"):
        client.orders.get("nope")
    assert f"request_id={'v' * 100}... (300 characters), retries=0)" in caplog.text


def test_an_answer_refused_as_too_large_is_logged(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from voucherify_orders import DecodeError, _effects

    caplog.set_level(logging.DEBUG, logger="voucherify_orders")
    monkeypatch.setattr(_effects, "MAX_ANSWER_BYTES", 16)

    def streamed(request: httpx.Request) -> httpx.Response:
        body = b'{"id": "ord_1", "object": "order", "note": "' + b"x" * 100 + b'"}'
        return httpx.Response(
            200, headers={"content-type": "application/json"}, stream=httpx.ByteStream(body)
        )

    with make_client(streamed) as client, pytest.raises(DecodeError):
        client.orders.get("ord_1")
    ours = [r.getMessage() for r in caplog.records if r.name == "voucherify_orders"]
    assert len(ours) == 1 and ours[0].startswith("GET /v1/orders/ord_1 -> DecodeError in ")
