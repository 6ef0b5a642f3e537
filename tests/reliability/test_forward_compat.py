"""Hypothesis mutates the official response examples as a newer API might; every mutation round-trips.

Mutations follow the curated schema: an enum value replaced by an undocumented one (not
a resource's `object`, a one-value enum: its constant names the resource, and another value
is another resource's JSON, refused by from_dict: tests/unit/test_wrong_body.py),
extra fields added at every depth where the schema leaves objects open, null where
the schema allows it, and optional fields removed.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from voucherify_orders_client import models

RESPONSE_MODELS = {
    "Order": models.Order,
    "OrdersList": models.OrdersList,
    "AsyncAction": models.AsyncAction,
    "Export": models.Export,
    "Error": models.Error,
    "AsyncActionCreated": models.AsyncActionCreated,
}
# Official response examples -> the curated schema describing them.
WHERE = {
    ("/v1/orders", "get", "200"): "OrdersList",
    ("/v1/orders", "post", "200"): "Order",
    ("/v1/orders/{orderId}", "put", "200"): "Order",
    ("/v1/orders/{orderId}", "get", "404"): "Error",
    ("/v1/orders/import", "post", "200"): "AsyncActionCreated",
    ("/v1/orders/import", "post", "400"): "Error",
    ("/v1/orders/export", "post", "200"): "Export",
    ("/v1/async-actions/{asyncActionId}", "get", "200"): "AsyncAction",
    ("/v1/exports/{exportId}", "get", "200"): "Export",
}
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_NEW_VALUE = st.from_regex(r"\A[A-Z][A-Z_]{2,14}\Z|\A[a-z][a-z_]{2,14}\Z")
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**9), 10**9) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)


def examples(official: dict[str, Any]) -> list[tuple[str, str, Any]]:
    found = []
    for (path, method, status), schema in WHERE.items():
        content = official["paths"][path][method]["responses"][status]["content"]["application/json"]
        for name, example in content["examples"].items():
            found.append((f"{method.upper()} {path} {status} {name}", schema, example["value"]))
    return found


def resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    if "allOf" in schema:
        merged = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            merged = {**resolve(spec, part), **merged}
        return merged
    return schema


def mutate(spec: dict[str, Any], value: Any, schema: dict[str, Any], draw: st.DrawFn, depth: int = 0) -> Any:
    schema = resolve(spec, schema)
    if isinstance(value, str) and "enum" in schema and draw(st.booleans()):
        return draw(_NEW_VALUE.filter(lambda v: v not in schema["enum"]))
    if isinstance(value, list):
        item_schema = schema.get("items", {})
        return [mutate(spec, item, item_schema, draw, depth + 1) for item in value]
    if not isinstance(value, dict):
        return value
    properties = schema.get("properties", {})
    required = set(schema.get("required", []))
    extra_schema = schema.get("additionalProperties", True)
    out: dict[str, Any] = {}
    for key, item in value.items():
        prop = properties.get(key, extra_schema if isinstance(extra_schema, dict) else {})
        prop = resolve(spec, prop) if prop else {}
        if key not in required and key in properties and draw(st.integers(0, 9)) == 0:
            continue  # an optional field the server stopped sending
        if prop.get("nullable") and draw(st.integers(0, 5)) == 0:
            out[key] = None
            continue
        if key == "object" and len(prop.get("enum", ())) == 1:
            out[key] = item  # the resource's type tag: a constant, not a value set that grows
            continue
        out[key] = mutate(spec, item, prop, draw, depth + 1)
    # A new field, wherever the object is open (not a typed map such as `redemptions`).
    if extra_schema in (True, {}) or (isinstance(extra_schema, dict) and not extra_schema):
        for _ in range(draw(st.integers(0, 2))):
            key = "new_" + draw(st.text(alphabet="abcdefghij_", min_size=1, max_size=6))
            if key not in properties:
                out[key] = draw(_JSON)
    return out


def normalized(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: normalized(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalized(v) for v in value]
    if isinstance(value, str) and _DATETIME.match(value):
        try:
            return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    return value


@pytest.fixture(scope="module")
def cases(official_spec: dict[str, Any]) -> list[tuple[str, str, Any]]:
    return examples(official_spec)


def test_the_examples_are_there(cases: list[tuple[str, str, Any]]) -> None:
    assert len(cases) >= 30


@pytest.mark.slow  # 400 hypothesis examples
@settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_mutated_examples_parse_and_round_trip(
    data: st.DataObject, cases: list[tuple[str, str, Any]], spec: dict[str, Any]
) -> None:
    label, schema_name, example = data.draw(st.sampled_from(cases))
    mutated = mutate(spec, example, {"$ref": f"#/components/schemas/{schema_name}"}, data.draw)
    parsed = RESPONSE_MODELS[schema_name].from_dict(mutated)
    assert normalized(parsed.to_dict()) == normalized(mutated), label


def test_a_page_with_an_undocumented_value_in_every_order_still_parses(
    cases: list[tuple[str, str, Any]],
) -> None:
    page = next(example for _, schema, example in cases if schema == "OrdersList")
    orders = [
        {**page["orders"][n % len(page["orders"])], "status": "PARTIALLY_REFUNDED", "id": f"ord_{n}"}
        for n in range(100)
    ]
    parsed = models.OrdersList.from_dict({**page, "orders": orders, "total": 100})
    assert all(not o.status.is_documented for o in parsed.orders)  # type: ignore[union-attr]
