"""Every example in Voucherify's official spec against the curated spec and the generated models."""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
from openapi_schema_validator import OAS30Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4
from voucherify_orders_client import models

from tests.conftest import ROOT

# Official (method, path, where) -> the curated schema that describes the same payload.
SCHEMA_FOR: dict[tuple[str, str, str], dict[str, Any]] = {
    ("get", "/v1/orders", "200"): {"$ref": "#/components/schemas/OrdersList"},
    ("post", "/v1/orders", "request"): {"$ref": "#/components/schemas/OrderCreate"},
    ("post", "/v1/orders", "200"): {"$ref": "#/components/schemas/Order"},
    ("get", "/v1/orders/{orderId}", "404"): {"$ref": "#/components/schemas/Error"},
    ("put", "/v1/orders/{orderId}", "request"): {"$ref": "#/components/schemas/OrderUpdate"},
    ("put", "/v1/orders/{orderId}", "200"): {"$ref": "#/components/schemas/Order"},
    ("post", "/v1/orders/import", "request"): {
        "type": "array",
        "maxItems": 2000,
        "items": {"$ref": "#/components/schemas/OrderImportItem"},
    },
    ("post", "/v1/orders/import", "200"): {"$ref": "#/components/schemas/AsyncActionCreated"},
    ("post", "/v1/orders/import", "400"): {"$ref": "#/components/schemas/Error"},
    ("post", "/v1/orders/export", "request"): {"$ref": "#/components/schemas/OrderExportCreate"},
    ("post", "/v1/orders/export", "200"): {"$ref": "#/components/schemas/Export"},
    ("post", "/v1/orders/export", "400"): {"$ref": "#/components/schemas/Error"},
    ("get", "/v1/async-actions/{asyncActionId}", "200"): {"$ref": "#/components/schemas/AsyncAction"},
    ("get", "/v1/async-actions/{asyncActionId}", "404"): {"$ref": "#/components/schemas/Error"},
    ("get", "/v1/exports/{exportId}", "200"): {"$ref": "#/components/schemas/Export"},
    ("get", "/v1/exports/{exportId}", "404"): {"$ref": "#/components/schemas/Error"},
    ("get", "/v1/exports/{export_Id}", "200"): {"type": "string"},
    ("get", "/v1/exports/{export_Id}", "401"): {"$ref": "#/components/schemas/Error"},
}

# The generated model for each curated schema (arrays: the item's model).
MODEL_FOR = {
    "OrdersList": models.OrdersList,
    "OrderCreate": models.OrderCreate,
    "Order": models.Order,
    "Error": models.Error,
    "OrderUpdate": models.OrderUpdate,
    "OrderImportItem": models.OrderImportItem,
    "AsyncActionCreated": models.AsyncActionCreated,
    "OrderExportCreate": models.OrderExportCreate,
    "Export": models.Export,
    "AsyncAction": models.AsyncAction,
}

# Examples that cannot validate against the curated spec; none today. Each must also be
# listed in CURATION.md, one line apiece, as "- exempt example: `<label>`: <the reason>".
KNOWN_INVALID: set[str] = set()
EXEMPTION = re.compile(r"^- exempt example: `([^`]+)`", re.MULTILINE)


def official_examples(official: dict[str, Any]) -> list[tuple[str, Any, tuple[str, str, str]]]:
    found = []
    for path, item in official["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            places = [("request", operation.get("requestBody", {}).get("content", {}))]
            places += [(status, r.get("content", {})) for status, r in operation["responses"].items()]
            for where, content in places:
                for media in content.values():
                    for name, example in media.get("examples", {}).items():
                        key = (method, path, where)
                        found.append((f"{method.upper()} {path} {where} {name}", example["value"], key))
    return found


def validator_for(spec: dict[str, Any], schema: dict[str, Any]) -> OAS30Validator:
    resource = Resource.from_contents({"components": spec["components"]}, default_specification=DRAFT4)
    registry: Registry = Registry().with_resource("urn:curated", resource)
    rooted = {"$ref": "urn:curated" + schema["$ref"]} if "$ref" in schema else _rebase(schema)
    return OAS30Validator(rooted, registry=registry)


def _rebase(schema: Any) -> Any:
    if isinstance(schema, dict):
        return {k: ("urn:curated" + v if k == "$ref" else _rebase(v)) for k, v in schema.items()}
    return schema


def test_every_official_example_is_mapped(official_spec: dict[str, Any]) -> None:
    examples = official_examples(official_spec)
    assert len(examples) >= 40  # 41 in the extract read for the facts sheet
    unmapped = {key for _, _, key in examples if key not in SCHEMA_FOR}
    assert unmapped == set()


def test_official_examples_validate_against_the_curated_spec(
    official_spec: dict[str, Any], spec: dict[str, Any]
) -> None:
    failures = []
    for label, value, key in official_examples(official_spec):
        errors = sorted(validator_for(spec, SCHEMA_FOR[key]).iter_errors(value), key=str)
        if errors and label not in KNOWN_INVALID:
            failures.append(f"{label}: {errors[0].message} at {list(errors[0].absolute_path)}")
        if not errors and label in KNOWN_INVALID:
            failures.append(f"{label} validates now; drop it from KNOWN_INVALID and CURATION.md")
    assert failures == []


def test_curation_notes_and_the_exemptions_here_agree(official_spec: dict[str, Any]) -> None:
    curation = (ROOT / "openapi" / "CURATION.md").read_text()
    prose = " ".join(curation.split())
    labels = [label for label, _, _ in official_examples(official_spec)]
    # Every exemption is a real example, and CURATION.md gives the reason for exactly these.
    assert KNOWN_INVALID.issubset(labels)
    assert set(EXEMPTION.findall(curation)) == KNOWN_INVALID
    # What the notes claim about the examples is what is there.
    assert f"embedded in the official spec ({len(labels)} of them)" in prose
    assert ("No official example is exempt today" in prose) == (not KNOWN_INVALID)


_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def _normalized(value: Any) -> Any:
    # date-time strings are parsed into datetimes and written back in Python's ISO
    # form (`+00:00` for `Z`, microseconds): compare the instants, not the spelling.
    if isinstance(value, dict):
        return {k: _normalized(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalized(v) for v in value]
    if isinstance(value, str) and _DATETIME.match(value):
        try:
            return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    return value


def round_trip_cases(official: dict[str, Any]) -> list[tuple[str, type, Any]]:
    cases = []
    for label, value, key in official_examples(official):
        schema = SCHEMA_FOR[key]
        ref = schema.get("$ref") or schema.get("items", {}).get("$ref")
        if not ref:
            continue
        model = MODEL_FOR[ref.rsplit("/", 1)[1]]
        for item in value if isinstance(value, list) else [value]:
            cases.append((label, model, item))
    return cases


def test_official_examples_round_trip_through_the_generated_models(official_spec: dict[str, Any]) -> None:
    cases = round_trip_cases(official_spec)
    assert len(cases) >= 40
    mismatched = []
    for label, model, value in cases:
        back = model.from_dict(value).to_dict()
        if _normalized(back) != _normalized(value):
            mismatched.append(label)
    assert mismatched == []


@pytest.mark.parametrize("unknown", [{"brand_new": 1}, {"nested": {"deeper": [1, {"x": None}]}}])
def test_unknown_keys_survive_at_every_level(official_spec: dict[str, Any], unknown: dict[str, Any]) -> None:
    example = official_spec["paths"]["/v1/orders"]["get"]["responses"]["200"]["content"]["application/json"][
        "examples"
    ]["Example"]["value"]
    mutated = {**example, **unknown}
    mutated["orders"] = [
        {**o, **unknown, "items": [{**i, **unknown} for i in o.get("items", [])]} for o in example["orders"]
    ]
    back = models.OrdersList.from_dict(mutated).to_dict()
    assert _normalized(back) == _normalized(mutated)
