"""What None and null mean, in requests and in responses (issue 15 items 1 and 3)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from voucherify_orders import DecodeError, ParameterError
from voucherify_orders_client.models import Export, Order, OrderCreate, OrdersList
from voucherify_orders_client.types import UNSET, SchemaMismatch

from tests.conftest import make_client, order_json


def sent_bodies(call: Any) -> list[Any]:
    bodies: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(200, json=order_json())

    with make_client(handler) as client:
        call(client)
    return bodies


def test_none_for_an_optional_field_is_left_out_of_a_dict_body() -> None:
    (body,) = sent_bodies(
        lambda c: c.orders.create(
            {"source_id": "s-1", "amount": None, "items": None, "metadata": None, "customer": {"name": None}}
        )
    )
    assert body == {"source_id": "s-1", "customer": {}}


def test_none_for_an_optional_field_is_left_out_of_a_model_body() -> None:
    order = OrderCreate(source_id="s-1", amount=None, metadata=None)
    (body,) = sent_bodies(lambda c: c.orders.create(order))
    assert body == {"source_id": "s-1"}


def test_none_where_null_clears_the_field_is_sent_as_null() -> None:
    (body,) = sent_bodies(lambda c: c.orders.update("s-1", {"referrer_id": None, "amount": None}))
    assert body == {"referrer_id": None}


def test_a_wrong_type_is_still_refused_naming_the_field() -> None:
    with pytest.raises(ParameterError) as caught:
        sent_bodies(lambda c: c.orders.create({"source_id": "s", "items": [{"quantity": "2"}]}))
    assert caught.value.parameter == "order.items[0].quantity"


ORDER = {"id": "ord_1", "object": "order", "created_at": "2024-05-01T10:00:00.000Z"}


def test_null_in_a_nullable_response_field_stays_none_and_round_trips() -> None:
    export = Export.from_dict(
        {"id": "exp_1", "object": "export", "status": "SCHEDULED", "exported_object": "order", "result": None}
    )
    assert export.result is None
    assert export.to_dict()["result"] is None


def test_null_in_an_optional_non_nullable_response_field_reads_as_absent() -> None:
    order = Order.from_dict({**ORDER, "status": None, "amount": None, "metadata": None, "items": None})
    assert order.status is UNSET and order.amount is UNSET and order.metadata is UNSET
    assert order.to_dict() == ORDER


def test_every_other_value_comes_back_as_it_was_given() -> None:
    data = {
        **ORDER,
        "status": "SOMETHING_NEW",
        "amount": 1200,
        "metadata": {"nested": {"list": [1, "a", None]}},
        "brand_new_field": {"x": 1},
    }
    order = Order.from_dict(data)
    assert order.status == "SOMETHING_NEW" and not order.status.is_documented
    assert order.to_dict() == data  # the date-time text too: ".000Z" stays as it came


@pytest.mark.parametrize(
    ("change", "path"),
    [
        ({"amount": "12"}, "$.amount"),
        ({"id": 12}, "$.id"),
        (
            {"items": [{"object": "order_item"}, {"object": "order_item", "quantity": 1.5}]},
            "$.items[1].quantity",
        ),
        ({"created_at": "yesterday"}, "$.created_at"),
        ({"items": {"not": "a list"}}, "$.items"),
    ],
)
def test_a_wrong_type_names_its_json_path(change: dict[str, Any], path: str) -> None:
    with pytest.raises(SchemaMismatch) as caught:
        Order.from_dict({**ORDER, **change})
    assert caught.value.path == path
    assert str(caught.value).startswith(f"{path}: expected ")


def test_a_wrong_type_in_a_page_is_a_decode_error_naming_the_path() -> None:
    page = {"object": "list", "data_ref": "orders", "total": 2, "orders": [ORDER, {**ORDER, "amount": "12"}]}
    with (
        make_client(lambda request: httpx.Response(200, json=page)) as client,
        pytest.raises(DecodeError) as caught,
    ):
        client.orders.list()
    assert "$.orders[1].amount: expected an integer, got str '12'" in str(caught.value)


def test_nulls_never_fail_a_page() -> None:
    nulls = {
        **ORDER,
        "customer": None,
        "referrer": None,
        "metadata": None,
        "items": [{"object": "order_item", "related_object": None, "product": None}],
    }
    page = OrdersList.from_dict({"object": "list", "data_ref": "orders", "total": 1, "orders": [nulls]})
    assert page.orders[0].id == "ord_1"
