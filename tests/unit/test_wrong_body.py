"""A body meant for another operation is not read as this one's model.

Every resource the API returns names itself in `object` ("order", "export", "async_action",
"list", ...), which the spec declares as a one-value enum. Enums are tolerant (an unknown value
is kept: the API adds values without notice), but a constant is no value set: an export's JSON
answering get-order was once returned as an Order (object='export', status unknown).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from voucherify_orders import DecodeError, Voucherify
from voucherify_orders_client.models import AsyncAction, Export, Order, OrdersList
from voucherify_orders_client.types import SchemaMismatch

from tests.conftest import make_async_client, make_client, order_json

EXPORT = {
    "id": "exp_1",
    "object": "export",
    "status": "SCHEDULED",
    "channel": "API",
    "exported_object": "order",
    "created_at": "2024-01-01T00:00:00Z",
    "parameters": {},
}
ORDER = order_json("ord_1", source_id="x", status="PAID")
ASYNC_ACTION = {"id": "aa_1", "object": "async_action", "type": "ORDER_IMPORT", "status": "DONE"}

CALLS: dict[str, Callable[[Voucherify], Any]] = {
    "orders.get": lambda client: client.orders.get("x"),
    "orders.create": lambda client: client.orders.create({"source_id": "x"}),
    "orders.update": lambda client: client.orders.update("x", {"status": "PAID"}),
    "orders.create_export": lambda client: client.orders.create_export({}),
    "exports.get": lambda client: client.exports.get("exp_1"),
    "async_actions.get": lambda client: client.async_actions.get("aa_1"),
}
RIGHT_BODY = {
    "orders.get": ORDER,
    "orders.create": ORDER,
    "orders.update": ORDER,
    "orders.create_export": EXPORT,
    "exports.get": EXPORT,
    "async_actions.get": ASYNC_ACTION,
}


def answering(body: dict[str, Any]) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(200, json=body)


@pytest.mark.parametrize("call", sorted(CALLS))
@pytest.mark.parametrize("body", ["order", "export", "async_action"])
def test_a_body_of_another_kind_is_a_decode_error(call: str, body: str) -> None:
    sent = {"order": ORDER, "export": EXPORT, "async_action": ASYNC_ACTION}[body]
    with make_client(answering(sent)) as client:
        if sent is RIGHT_BODY[call]:
            assert CALLS[call](client).object_ == body
        else:
            with pytest.raises(DecodeError, match=r"\$\.object: expected \"[a-z_]+\", got str '" + body):
                CALLS[call](client)


def test_the_witness_get_order_answered_with_an_export_sync_and_async() -> None:
    with make_client(answering(EXPORT)) as client, pytest.raises(DecodeError) as caught:
        client.orders.get("x")
    assert caught.value.response.json() == EXPORT

    async def main() -> None:
        async with make_async_client(answering(EXPORT)) as client:
            with pytest.raises(DecodeError):
                await client.orders.get("x")

    asyncio.run(main())


def test_a_nested_resource_of_another_kind_is_refused_naming_its_path() -> None:
    listing = {"object": "list", "data_ref": "orders", "orders": [ORDER, EXPORT], "total": 2}
    with pytest.raises(SchemaMismatch) as caught:
        OrdersList.from_dict(listing)
    assert caught.value.path == "$.orders[1].object"
    order = {**ORDER, "items": [{"object": "order_item", "quantity": 1}, {"object": "sku", "quantity": 1}]}
    with pytest.raises(SchemaMismatch, match=r"\$\.items\[1\]\.object: expected \"order_item\""):
        Order.from_dict(order)
    with pytest.raises(SchemaMismatch, match=r"\$\.customer\.object"):
        Order.from_dict({**ORDER, "customer": {"id": "cust_1", "object": "order"}})


def test_other_enums_stay_tolerant() -> None:
    # An undocumented status, channel or exported_object is kept as it came, as before.
    order = Order.from_dict({**ORDER, "status": "ON_HOLD"})
    assert order.status == "ON_HOLD"
    assert not order.status.is_documented
    export = Export.from_dict({**EXPORT, "status": "PAUSED", "exported_object": "voucher"})
    assert (export.status, export.exported_object) == ("PAUSED", "voucher")
    action = AsyncAction.from_dict({**ASYNC_ACTION, "type": "SOMETHING_NEW"})
    assert action.to_dict() == {**ASYNC_ACTION, "type": "SOMETHING_NEW"}
