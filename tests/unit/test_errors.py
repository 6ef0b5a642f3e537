"""One exception type per failure class, with Voucherify's fields and the raw response."""

from __future__ import annotations

import httpx
import pytest
from voucherify_orders import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DecodeError,
    NotFoundError,
    RateLimitError,
    ServerError,
    VoucherifyError,
)

from tests.conftest import error_json, make_client


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, AuthenticationError),
        (404, NotFoundError),
        (409, ConflictError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
        (418, APIStatusError),
        (520, ServerError),  # a non-IANA status (Cloudflare) must not crash
    ],
)
def test_status_maps_to_exception_class(status: int, cls: type[APIStatusError]) -> None:
    body = error_json(
        status,
        "some_key",
        "Some message",
        details="Property .x is wrong",
        request_id="v-0baa1ad023d0656a84",
        resource_id="ord_x",
        resource_type="order",
    )
    with (
        make_client(lambda r: httpx.Response(status, json=body), max_retries=0) as client,
        pytest.raises(cls) as caught,
    ):
        client.orders.get("ord_x")
    error = caught.value
    assert type(error) is cls and isinstance(error, VoucherifyError)
    assert (error.status_code, error.code, error.key, error.message) == (
        status,
        status,
        "some_key",
        "Some message",
    )
    assert (error.details, error.request_id, error.resource_id, error.resource_type) == (
        "Property .x is wrong",
        "v-0baa1ad023d0656a84",
        "ord_x",
        "order",
    )
    assert error.response.status_code == status and error.body == body
    text = str(error)
    assert "\n" not in text
    assert text.startswith(f"{status} some_key: Some message") and "request_id=v-0baa1ad023d0656a84" in text
    assert "GET /v1/orders/ord_x" in text


def test_an_error_body_that_is_not_json_still_gives_a_useful_error() -> None:
    with (
        make_client(lambda r: httpx.Response(502, text="<html>Bad Gateway</html>"), max_retries=0) as client,
        pytest.raises(ServerError) as caught,
    ):
        client.orders.get("ord_x")
    assert caught.value.key is None and "Bad Gateway" in str(caught.value)


@pytest.mark.parametrize("body", [b"not json", b"[1, 2]", b'{"object": "order"}'])
def test_a_success_whose_body_breaks_the_spec_is_a_decode_error(body: bytes) -> None:
    with (
        make_client(lambda r: httpx.Response(200, content=body)) as client,
        pytest.raises(DecodeError) as caught,
    ):
        client.orders.get("ord_x")
    assert caught.value.response.content == body
    assert "does not match the spec" in str(caught.value)


def test_a_line_break_in_an_id_is_escaped_where_an_error_shows_the_request() -> None:
    # Found by a witness (0.4.0): `[GET /v1/orders/x` and a forged log line after it.
    def missing(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"code": 404, "key": "not_found", "message": "nope"})

    with make_client(missing) as client, pytest.raises(NotFoundError) as caught:
        client.orders.get("x\nINFO forged")
    assert str(caught.value) == "404 not_found: nope [GET /v1/orders/x\\nINFO forged]"
