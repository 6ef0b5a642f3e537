"""The emulator refuses what the API refuses, in the API's words and shape (witness defects d10-d13)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from voucherify_orders.emulator import Emulator

from tests.conftest import OFFICIAL_SPEC

ITEM = {"source_id": "p", "related_object": "product", "quantity": 1, "price": 100}


@pytest.fixture
def emulator() -> Emulator:
    return Emulator(seed=7)


def raw(emulator: Emulator, method: str, path: str, body: Any = None) -> httpx.Response:
    auth = {"X-App-Id": emulator.app_id, "X-App-Token": emulator.secret_key}
    with httpx.Client(transport=emulator.transport(), base_url="https://api.voucherify.io") as http:
        return http.request(method, path, json=body, headers=auth)


def assert_invalid_payload(answer: httpx.Response, details: str) -> None:
    assert answer.status_code == 400, answer.text
    error = answer.json()
    assert list(error) == ["code", "key", "message", "details", "request_id"]
    assert (error["code"], error["key"], error["message"]) == (400, "invalid_payload", "Invalid payload")
    assert error["details"] == details
    assert error["request_id"].startswith("v-")


def test_the_recorded_import_refusal_is_the_one_this_file_copies() -> None:
    spec = json.loads(OFFICIAL_SPEC.read_text())
    examples = spec["paths"]["/v1/orders/import"]["post"]["responses"]["400"]["content"]["application/json"]
    recorded = examples["examples"]["Invalid Payload"]["value"]
    assert recorded["details"] == "Property .items[0].initial_quantity cannot be lower than 1"
    assert list(recorded) == ["code", "key", "message", "details", "request_id"]


@pytest.mark.parametrize("count", [0, -3])
def test_initial_quantity_under_one_is_refused_on_create_and_update(emulator: Emulator, count: int) -> None:
    bad = {**ITEM, "initial_quantity": count}
    created = raw(emulator, "POST", "/v1/orders", {"source_id": "y", "items": [ITEM, bad]})
    assert_invalid_payload(created, "Property .items[1].initial_quantity cannot be lower than 1")
    assert emulator.orders == []
    raw(emulator, "POST", "/v1/orders", {"source_id": "y", "items": [ITEM]})
    updated = raw(emulator, "PUT", "/v1/orders/y", {"items": [bad]})
    assert_invalid_payload(updated, "Property .items[0].initial_quantity cannot be lower than 1")
    assert "initial_quantity" not in emulator.orders[0]["items"][0]


def test_initial_quantity_under_one_refuses_the_whole_import(emulator: Emulator) -> None:
    orders = [
        {"source_id": "a", "items": [ITEM]},
        {"source_id": "b", "items": [{**ITEM, "initial_quantity": 0}]},
    ]
    answer = raw(emulator, "POST", "/v1/orders/import", orders)
    # The emulator names the order's index, as in its other import refusals (FIDELITY.md).
    assert_invalid_payload(answer, "Property [1].items[0].initial_quantity cannot be lower than 1")
    assert emulator.async_actions == [] and emulator.orders == []


def test_initial_quantity_of_one_or_more_is_taken(emulator: Emulator) -> None:
    answer = raw(emulator, "POST", "/v1/orders", {"items": [{**ITEM, "initial_quantity": 1}]})
    assert answer.status_code == 200, answer.text
    assert answer.json()["items"][0]["initial_quantity"] == 1


def test_quantity_under_one_is_worded_as_the_api_words_a_minimum(emulator: Emulator) -> None:
    created = raw(emulator, "POST", "/v1/orders", {"items": [{**ITEM, "quantity": 0}]})
    assert_invalid_payload(created, "Property .items[0].quantity cannot be lower than 1")
    imported = raw(emulator, "POST", "/v1/orders/import", [{"items": [{**ITEM, "quantity": 0}]}])
    assert_invalid_payload(imported, "Property [0].items[0].quantity cannot be lower than 1")


STATUSES = "'CREATED', 'PAID', 'CANCELED' or 'FULFILLED'"


@pytest.mark.parametrize(
    ("method", "path", "body", "details"),
    [
        ("POST", "/v1/orders", {"status": "paid"}, f"Property .status input should be {STATUSES}"),
        ("PUT", "/v1/orders/s", {"status": "Paid"}, f"Property .status input should be {STATUSES}"),
        (
            "POST",
            "/v1/orders/import",
            [{"source_id": "a"}, {"status": "fulfilled"}],
            f"Property [1].status input should be {STATUSES}",
        ),
    ],
)
def test_an_enum_refusal_lists_the_real_values(
    emulator: Emulator, method: str, path: str, body: Any, details: str
) -> None:
    raw(emulator, "POST", "/v1/orders", {"source_id": "s"})
    answer = raw(emulator, method, path, body)
    assert_invalid_payload(answer, details)
    # What the answer calls valid is valid: each listed value is taken as sent.
    for status in ("CREATED", "PAID", "CANCELED", "FULFILLED"):
        assert raw(emulator, "POST", "/v1/orders", {"source_id": "s", "status": status}).status_code == 200
