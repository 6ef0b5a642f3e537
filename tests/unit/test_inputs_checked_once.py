"""Input checks run once per body: what they built passes again as it is, anything else is checked."""

from __future__ import annotations

from typing import Any

import pytest
from voucherify_orders import ParameterError
from voucherify_orders._inputs import to_json
from voucherify_orders_client.schemas import SCHEMAS

ITEM = {"$ref": "OrderImportItem"}
ORDER: dict[str, Any] = {
    "source_id": "web-1",
    "status": "PAID",
    "metadata": {"n": 1},
    "items": [{"source_id": "sku-1", "related_object": "product", "quantity": 2, "price": 350}],
}


def test_a_checked_body_passes_again_as_it_is_and_a_plain_copy_is_checked_again() -> None:
    checked = to_json(ITEM, ORDER, "orders[1]")
    assert checked == ORDER
    assert to_json(ITEM, checked, "orders[1]") is checked  # not rebuilt: not checked again
    body = to_json({"type": "array", "items": ITEM}, [checked], "body")
    assert body[0] is checked
    plain = {**checked, "amount": "12"}  # a dict the checks did not build: checked, and refused
    with pytest.raises(ParameterError, match=r"orders\[1\]\.amount"):
        to_json(ITEM, plain, "orders[1]")


def test_a_body_checked_against_one_schema_is_checked_against_another() -> None:
    checked = to_json(ITEM, {"source_id": "web-1", "amount": 5}, "order")
    other = {"type": "object", "properties": {"fields": {"type": "array"}}, "required": ["fields"]}
    with pytest.raises(ParameterError, match=r"parameters\.fields: is required"):
        to_json(other, checked, "parameters")
    strict = {
        **SCHEMAS["OrderImportItem"],
        "additionalProperties": False,
        "properties": {"id": {"type": "string"}},
    }
    with pytest.raises(ParameterError, match="is not a field the API knows"):
        to_json(strict, checked, "order")


def test_resolving_a_schema_twice_gives_the_same_answer() -> None:
    nullable_ref = {"nullable": True, "allOf": [{"$ref": "Metadata"}]}
    first = to_json(nullable_ref, {"a": 1}, "metadata")
    second = to_json(nullable_ref, {"a": 2}, "metadata")
    assert (first, second) == ({"a": 1}, {"a": 2})
    assert to_json(nullable_ref, None, "metadata") is None
