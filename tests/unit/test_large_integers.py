"""Integers that a JSON number cannot carry exactly are refused, naming the field.

Found by a witness (0.4.0): 10**400 as a price raised a bare OverflowError, and 10**5000 a
ValueError from `json`, each naming no field; in a bulk import, one such order stopped the
whole import without a report. A parser that reads numbers as doubles (JavaScript's) rounds
an integer past 2**53 - 1 without a word, so the client refuses those too.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from voucherify_orders import ParameterError, Voucherify

from tests.conftest import make_client

LARGEST = 2**53 - 1


def refused(request: httpx.Request) -> httpx.Response:
    raise AssertionError("nothing is sent")


@pytest.mark.parametrize(
    ("order", "field", "shown"),
    [
        (
            {"items": [{"product": {"name": "p", "price": 10**400}, "quantity": 1}]},
            "items[0].product.price",
            "a number of 1329 bits",
        ),
        (
            {"items": [{"source_id": "p", "quantity": 10**5000}]},
            "items[0].quantity",
            "a number of 16610 bits",
        ),
        ({"metadata": {"x": [-(10**5000)]}}, "metadata.x[0]", "a number of 16610 bits"),
        ({"amount": LARGEST + 1}, "amount", str(LARGEST + 1)),
        ({"amount": -LARGEST - 1}, "amount", str(-LARGEST - 1)),
    ],
)
def test_an_integer_past_what_json_carries_exactly_is_refused_naming_its_field(
    order: dict[str, Any], field: str, shown: str
) -> None:
    with make_client(refused) as client, pytest.raises(ParameterError) as caught:
        client.orders.create(order)
    advice = ": send it as a string" if field.startswith("metadata") else ""  # free-form data only
    assert str(caught.value) == (
        f"order.{field}: {shown} is beyond ±{LARGEST}, which a JSON number cannot carry exactly{advice}"
    )


def test_the_largest_exact_integers_are_sent_as_they_are() -> None:
    sent: list[Any] = []

    def echo(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(200, json={"id": "ord_1", "object": "order", **sent[-1]})

    with make_client(echo) as client:
        client.orders.create({"amount": LARGEST, "metadata": {"low": -LARGEST}})
    assert sent == [{"amount": LARGEST, "metadata": {"low": -LARGEST}}]


def test_an_import_lists_such_an_order_as_invalid_and_imports_the_others(tmp_path: Path) -> None:
    source = tmp_path / "orders.ndjson"
    lines = [
        '{"source_id": "a", "amount": 1}',
        '{"source_id": "b", "items": [{"source_id": "p", "quantity": 1, "price": 1' + "0" * 400 + "}]}",
        '{"source_id": "c", "metadata": {"n": 1' + "0" * 5000 + "}}",  # past int()'s 4,300 digits
        '{"source_id": "d", "amount": 2}',
    ]
    source.write_text("".join(line + "\n" for line in lines))

    def accept(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/orders/import":
            return httpx.Response(200, json={"async_action_id": "aa_1"})
        result = {"done_count": 2, "failed_count": 0, "failed": []}
        action = {"id": "aa_1", "object": "async_action", "type": "ORDERS.IMPORT", "status": "DONE"}
        return httpx.Response(200, json={**action, "result": result})

    with Voucherify("app", "key", transport=httpx.MockTransport(accept)) as client:
        report = client.orders.import_orders(source)
    assert report.imported == 2 and report.accounted_for
    assert [(f.position, f.outcome) for f in report.failed] == [(2, "invalid"), (3, "invalid")]
    assert "order.items[0].price: a number of 1329 bits is beyond" in report.failed[0].reason
    # Python's int() reads no more than 4,300 digits: the record is unreadable, and says why.
    assert report.failed[1].reason.startswith("line 3 is not valid JSON: Exceeds the limit (4300 digits)")


def test_a_field_s_own_range_is_checked_before_what_json_carries() -> None:
    from voucherify_orders._inputs import to_json

    with pytest.raises(ParameterError, match="must be at most 10, got"):
        to_json({"type": "integer", "maximum": 10}, 2**60, "n")


def test_a_bounded_integer_of_thousands_of_digits_is_refused_by_its_range() -> None:
    # Python would not write it into the message: a bare ValueError (found by a witness).
    with make_client(refused) as client, pytest.raises(ParameterError) as caught:
        client.orders.list(limit=10**5000)
    assert str(caught.value) == "limit: must be between 1 and 100, got a number of 16610 bits"
