"""Two headers, only to the configured hosts, never in a repr."""

from __future__ import annotations

import pickle

import httpx
import pytest
from voucherify_orders import Voucherify, VoucherifyAuth

from tests.conftest import APP_ID, SECRET, make_client, order_json


def test_both_headers_are_sent() -> None:
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.headers.get("x-app-id"), request.headers.get("x-app-token")))
        return httpx.Response(200, json=order_json())

    with make_client(handler) as client:
        client.orders.get("ord_1")
    assert seen == [(APP_ID, SECRET)]


def test_reprs_hide_credentials() -> None:
    client = Voucherify(APP_ID, SECRET)
    texts = [
        repr(client),
        repr(client.settings),
        repr(client._options.auth),
        repr(client._options),
        str(client.__dict__),
        repr(client.orders.__dict__),
    ]
    for text in texts:
        assert APP_ID not in text and SECRET not in text
    with pytest.raises(TypeError):
        pickle.dumps(client._options.auth)


def test_credentials_go_only_to_the_allowed_origins() -> None:
    auth = VoucherifyAuth(APP_ID, SECRET, ["https://api.voucherify.io", "https://download.voucherify.io"])
    for url, allowed in [
        ("https://api.voucherify.io/v1/orders", True),
        ("https://download.voucherify.io/v1/exports/x", True),
        ("https://api.voucherify.io:443/v1", True),
        ("http://api.voucherify.io/v1", False),  # scheme matters
        ("https://api.voucherify.io.evil.example/v1", False),
        ("https://evil.example/v1", False),
        ("https://api.voucherify.io:8443/v1", False),
    ]:
        request = httpx.Request("GET", url, headers={"X-App-Token": "smuggled"})
        sent = next(auth.auth_flow(request))
        assert ("x-app-token" in sent.headers and sent.headers["x-app-token"] == SECRET) is allowed, url
        if not allowed:
            assert "x-app-token" not in sent.headers and "x-app-id" not in sent.headers
