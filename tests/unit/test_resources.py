"""Inputs checked before sending; outputs kept whole; paths always one segment; raw responses."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from voucherify_orders import ParameterError
from voucherify_orders_client.models import OrderCreate, OrderItemCreate, OrderStatus

from tests.conftest import make_async_client, make_client, order_json


class Recorder:
    def __init__(self, answer: dict[str, Any] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.answer = answer or order_json()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(
            200, json=self.answer, headers={"X-Rate-Limit-Limit": "100", "X-Rate-Limit-Remaining": "42"}
        )


def test_dicts_and_models_are_both_accepted() -> None:
    recorder = Recorder()
    with make_client(recorder) as client:
        client.orders.create(
            {"source_id": "a", "items": [{"quantity": 2, "price": 5}], "metadata": {"x": [1]}}
        )
        client.orders.create(OrderCreate(source_id="b", items=[OrderItemCreate(quantity=1)]))
    bodies = [json.loads(r.content) for r in recorder.requests]
    assert bodies == [
        {"source_id": "a", "items": [{"quantity": 2, "price": 5}], "metadata": {"x": [1]}},
        {"source_id": "b", "items": [{"quantity": 1}]},
    ]


@pytest.mark.parametrize(
    ("call", "parameter"),
    [
        (lambda c: c.orders.create({"amount": "100"}), "order.amount"),
        (lambda c: c.orders.create({"amount": True}), "order.amount"),
        (lambda c: c.orders.create({"items": [{"quantity": 1}, {"price": 2.5}]}), "order.items[1].price"),
        (lambda c: c.orders.create({"items": {"quantity": 1}}), "order.items"),
        (lambda c: c.orders.create({"customer": {"email": 5}}), "order.customer.email"),
        (lambda c: c.orders.create({"created_at": "yesterday"}), "order.created_at"),
        (lambda c: c.orders.create({"created_at": "2024-01-01T10:00:00"}), "order.created_at"),  # no timezone
        (lambda c: c.orders.create({"metadata": []}), "order.metadata"),
        (lambda c: c.orders.create({"status": "PAYED"}), "order.status"),
        (lambda c: c.orders.create({"source_id": 42}), "order.source_id"),
        (lambda c: c.orders.create(["not", "an", "order"]), "order"),
        (lambda c: c.orders.upsert({"amount": 1}), "order"),
        (lambda c: c.orders.create(OrderCreate(amount="12")), "order.amount"),  # type: ignore[arg-type]
        (lambda c: c.orders.create(OrderCreate(status=OrderStatus("PAYED"))), "order.status"),
        (
            lambda c: c.orders.create(OrderCreate(items=[OrderItemCreate(quantity=1.5)])),
            "order.items[0].quantity",
        ),  # type: ignore[arg-type]
        (lambda c: c.orders.create(OrderCreate(items=[{"quantity": 1}])), "order"),  # type: ignore[list-item]
        (lambda c: c.orders.update("ord_1", {"status": 7}), "changes.status"),
        (lambda c: c.orders.get(""), "order_id"),
        (lambda c: c.orders.get(123), "order_id"),
        (lambda c: c.orders.list(limit=0), "limit"),
        (lambda c: c.orders.list(limit=101), "limit"),
        (lambda c: c.orders.list(limit="10"), "limit"),
        (lambda c: c.orders.list(page=0), "page"),
        (lambda c: c.orders.list(page=101), "page"),
        (lambda c: c.orders.list(order="amount"), "order"),
        (lambda c: c.async_actions.get(""), "async_action_id"),
        (lambda c: c.exports.get(None), "export_id"),
        (lambda c: c.orders.export(fields=["id", "colour"]), "fields[1]"),
        (lambda c: c.orders.export(fields="id"), "fields"),
        (lambda c: c.orders.export(order="amount"), "order"),
        (lambda c: c.orders.export(filters={"junction": "xor"}), "filters.junction"),
        (lambda c: c.orders.export(filters={"status": {"conditions": []}}), "filters.status.conditions"),
        (lambda c: c.orders.import_orders([{}], chunk_size=2001), "chunk_size"),
        (lambda c: c.orders.import_orders("/no/such/file.ndjson"), "orders"),
    ],
)
def test_bad_input_is_refused_before_any_request(call: Any, parameter: str) -> None:
    recorder = Recorder()
    with make_client(recorder) as client, pytest.raises(ParameterError) as caught:
        call(client)
    assert recorder.requests == []
    assert caught.value.parameter == parameter
    assert str(caught.value).startswith(caught.value.parameter + ":")


@pytest.mark.parametrize(
    "order_id",
    [
        "a/b",
        "a?b=c",
        "a#frag",
        "100%",
        "with space",
        "zürich-ü",
        ".",
        "..",
        "../v1/orders",
        "%2F",
        "a/../../b",
    ],
)
def test_path_parameters_are_exactly_one_segment(order_id: str) -> None:
    recorder = Recorder(order_json(order_id))  # the order asked for, as the API names it
    with make_client(recorder) as client:
        client.orders.get(order_id)
        client.orders.update(order_id, {"status": "PAID"})
    for request in recorder.requests:
        raw = request.url.raw_path.decode("ascii")
        assert "?" not in raw and "#" not in raw
        prefix, segment = raw.rsplit("/", 1)
        assert prefix == "/v1/orders"
        from urllib.parse import unquote

        assert unquote(segment) == order_id
        assert request.url.query == b""


def test_unknown_fields_and_values_in_responses_are_kept() -> None:
    answer = order_json(
        status="REFUNDED",
        loyalty={"points": 3},
        items=[{"object": "order_item", "related_object": "bundle", "new_field": [1, 2]}],
    )
    with make_client(Recorder(answer)) as client:
        order = client.orders.get("ord_1")
    assert order.status == "REFUNDED" and isinstance(order.status, OrderStatus)
    assert order.additional_properties == {"loyalty": {"points": 3}}
    assert order.to_dict() == answer


def test_the_http_response_is_reachable_without_sending_again() -> None:
    recorder = Recorder()
    with make_client(recorder) as client:
        raw = client.with_raw_response.orders.get("ord_1")
        recorder.answer = {"object": "list", "data_ref": "orders", "orders": [], "total": 0}
        page = client.orders.list()
    assert raw.parsed.id == "ord_1" and raw.status_code == 200 and raw.retries == 0
    assert raw.headers["x-rate-limit-remaining"] == "42"
    assert (raw.rate_limit.limit, raw.rate_limit.remaining) == (100, 42)
    assert page.response.rate_limit.remaining == 42
    assert len(recorder.requests) == 2


async def test_async_resources_check_inputs_and_keep_raw_responses() -> None:
    recorder = Recorder()
    async with make_async_client(recorder) as client:
        with pytest.raises(ParameterError):
            await client.orders.create({"amount": "1"})
        raw = await client.with_raw_response.orders.upsert({"source_id": "s"})
        assert raw.parsed.id == "ord_1"
        assert (await client.orders.update("a/b", {"status": "PAID"})).id == "ord_1"
    assert [r.url.raw_path for r in recorder.requests] == [b"/v1/orders", b"/v1/orders/a%2Fb"]


def test_an_upsert_names_the_keys_the_spec_finds_an_order_by() -> None:
    # The keys come from the spec (create-order's x-retry-safe-when-keyed-by), not a copy of them.
    from voucherify_orders_client.api.orders import create_order

    assert create_order.OPERATION.retry_safe_when_keyed_by == ("id", "source_id")
    with make_client(lambda request: httpx.Response(200, json=order_json("ord_1"))) as client:
        for unkeyed in ({"amount": 1}, {"id": "", "source_id": None}):
            with pytest.raises(ParameterError, match="order: an upsert needs `id` or `source_id` to find"):
                client.orders.upsert(unkeyed)
        assert client.orders.upsert({"source_id": "s-1"}).id == "ord_1"
