"""scripts/spec_diff.py against real history: changes to Voucherify's published spec whose effect is known.

Two kinds of evidence, both described in tests/fixtures/spec_history/README.md: excerpts of
changelog entries (voucherify_changelog.yaml), and two whole published versions of Voucherify's
orders spec, compared as they are.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT

HISTORY = ROOT / "tests" / "fixtures" / "spec_history"
CASES = yaml.safe_load((HISTORY / "voucherify_changelog.yaml").read_text())["cases"]
HEADER = {"openapi": "3.0.1", "info": {"title": "excerpt", "version": "1"}}

# The script, run in this process (its command line is tested end to end in test_spec_changes.py).
_LOADER = importlib.util.spec_from_file_location("spec_diff_script", ROOT / "scripts" / "spec_diff.py")
assert _LOADER is not None and _LOADER.loader is not None
SPEC_DIFF = sys.modules.setdefault("spec_diff_script", importlib.util.module_from_spec(_LOADER))
sys.path.insert(0, str(ROOT / "scripts"))  # as when it runs as a script: its neighbours import
try:
    _LOADER.loader.exec_module(SPEC_DIFF)
finally:
    sys.path.remove(str(ROOT / "scripts"))


def run_compare(old: Path, new: Path) -> str:
    """What `scripts/spec_diff.py --compare OLD NEW` prints (it must exit 0)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert SPEC_DIFF.main(["--compare", str(old), str(new)]) == 0
    return out.getvalue()


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_a_documented_change_is_classified_as_it_affected_clients(
    case: dict[str, Any], tmp_path: Path
) -> None:
    for side in ("old", "new"):
        (tmp_path / f"{side}.yaml").write_text(yaml.safe_dump({**HEADER, "paths": {}, **case[side]}))
    stdout = run_compare(tmp_path / "old.yaml", tmp_path / "new.yaml")
    lines = [line.strip() for line in stdout.splitlines() if line.startswith("  ")]
    for expected in case["expect"]:
        assert expected in lines, stdout
    verdict = "breaking" if any(line.startswith("breaking") for line in lines) else "additive"
    assert verdict == case["known"], stdout
    below, above = ("minor", "major") if case["known"] == "breaking" else ("patch", "minor")
    assert f"need: {below} bump below 1.0, {above} bump from 1.0" in stdout


# documentation/openapi/orders.json of voucherifyio/voucherify-openapi, whole, at two commits.
OLDER = HISTORY / "voucherify-orders-000382dc.json"
NEWER = HISTORY / "voucherify-orders-e33299a8.json"
# Two later versions of the same file; the README says how the order of all four was settled.
SPLIT_AUTH = HISTORY / "voucherify-orders-7e73c7ab.json"
LATEST = HISTORY / "voucherify-orders-64e1aedb.json"
# Sorted as the report sorts them: by location, so "create-order-export.body" before "create-order.body".
BODIES = sorted(
    f"{op}.body" for op in ("create-order", "update-order", "import-orders", "create-order-export")
)
IMPORT_ITEM_CREATED_AT = "schemas.OrdersImportCreateRequestBody[].allOf[1].created_at"


def compare(old: Path, new: Path) -> tuple[list[str], str]:
    stdout = run_compare(old, new)
    return [line.strip() for line in stdout.splitlines() if line.startswith("  ")], stdout


def test_the_published_versions_are_stored_whole_and_unchanged() -> None:
    """Each file is whole and unedited: the length upstream reports, in canonical two-space JSON layout."""
    for path, length in ((OLDER, 131_684), (NEWER, 131_167), (SPLIT_AUTH, 131_423), (LATEST, 131_614)):
        text = path.read_text(encoding="utf-8")
        assert len(text) == length
        assert json.dumps(json.loads(text), indent=2, ensure_ascii=False) == text


def test_a_real_release_of_the_orders_spec_is_classified_as_it_affected_clients() -> None:
    """000382dc -> e33299a8: the import item loses created_at, and four request bodies become optional."""
    lines, stdout = compare(OLDER, NEWER)
    expected = [f"breaking {IMPORT_ITEM_CREATED_AT}: field removed"] + [
        f"additive {body}: request body now optional" for body in BODIES
    ]
    # The stray `required: true` on six responses and the rewritten description change nothing.
    assert lines == expected, stdout
    assert "need: minor bump below 1.0, major bump from 1.0" in stdout


def test_the_same_release_rolled_back_is_breaking_for_every_body() -> None:
    """e33299a8 -> 000382dc: four request bodies newly required, created_at back as an optional field."""
    lines, stdout = compare(NEWER, OLDER)
    expected = [f"breaking {body}: request body newly required" for body in BODIES] + [
        f"additive {IMPORT_ITEM_CREATED_AT}: field added"
    ]
    assert lines == expected, stdout


def test_the_next_release_makes_every_body_required_again_and_loosens_authentication() -> None:
    """e33299a8 -> 7e73c7ab: four request bodies newly required; app id + token or OAuth, either alone."""
    old, new = (json.loads(path.read_text(encoding="utf-8")) for path in (NEWER, SPLIT_AUTH))
    # Each operation's single security requirement (app id, token and OAuth together) becomes
    # two alternatives: a client sending either one alone now gets in.
    both = [{"X-App-Id": [], "X-App-Token": [], "X-Voucherify-OAuth": ["api", "orders"]}]
    either = [{"X-App-Id": [], "X-App-Token": []}, {"X-Voucherify-OAuth": ["api", "orders"]}]
    secured = []
    for spec, expected in ((old, both), (new, either)):
        operations = [op for item in spec["paths"].values() for op in item.values() if "security" in op]
        assert len(operations) == 6
        assert all(op["security"] == expected for op in operations)
        secured = sorted((op["operationId"] for op in operations), key=lambda op: f"{op}.security")
    lines, stdout = compare(NEWER, SPLIT_AUTH)
    assert lines == [f"breaking {body}: request body newly required" for body in BODIES] + [
        f"additive {op}.security: now also accepts {alone}"
        for op in secured
        for alone in ("X-App-Id + X-App-Token", "X-Voucherify-OAuth")
    ], stdout
    assert "need: minor bump below 1.0, major bump from 1.0" in stdout
    # Rolled back, the same change locks out a client that sent either alone.
    lines, _ = compare(SPLIT_AUTH, NEWER)
    for op in secured:
        for alone in ("X-App-Id + X-App-Token", "X-Voucherify-OAuth"):
            assert f"breaking {op}.security: {alone} no longer suffices" in lines


def test_authentication_changes_on_small_documents(tmp_path: Path) -> None:
    """Stricter (a scheme or a scope more, a header renamed) is breaking; looser is additive."""
    schemes = {
        "AppId": {"type": "apiKey", "in": "header", "name": "X-App-Id"},
        "OAuth": {"type": "oauth2", "flows": {}},
    }

    def spec(security: list[dict[str, list[str]]], **scheme_changes: str) -> Path:
        document = {
            "openapi": "3.0.1",
            "info": {"title": "t", "version": "1"},
            "security": security,
            "paths": {
                "/v1/orders": {
                    "get": {"operationId": "list-orders", "responses": {"200": {"description": "ok"}}}
                }
            },
            "components": {"securitySchemes": {**schemes, "AppId": {**schemes["AppId"], **scheme_changes}}},
        }
        path = tmp_path / f"spec-{len(list(tmp_path.iterdir()))}.json"
        path.write_text(json.dumps(document))
        return path

    def verdicts(old: Path, new: Path) -> list[str]:
        return [line for line in compare(old, new)[0] if ".security" in line]

    app_id = spec([{"AppId": []}])
    with_oauth = spec([{"AppId": [], "OAuth": ["orders"]}])
    assert verdicts(app_id, with_oauth) == ["breaking list-orders.security: AppId no longer suffices"]
    assert verdicts(with_oauth, app_id) == ["additive list-orders.security: now also accepts AppId"]
    wider_scope = spec([{"AppId": [], "OAuth": ["orders", "api"]}])
    assert verdicts(with_oauth, wider_scope) == [
        "breaking list-orders.security: AppId + OAuth no longer suffices"
    ]
    assert verdicts(app_id, spec([])) == ["additive list-orders.security: now also accepts no credentials"]
    assert verdicts(app_id, spec([{"AppId": []}], name="X-Api-Key")) == [
        "breaking list-orders.security.AppId: the scheme now asks for another credential"
    ]
    assert verdicts(app_id, spec([{"AppId": []}])) == []


def test_a_release_that_only_rewords_a_description_changes_nothing() -> None:
    """7e73c7ab -> 64e1aedb: one sentence added to OrderBase.source_id's description."""
    lines, stdout = compare(SPLIT_AUTH, LATEST)
    assert lines == ["other    spec: descriptions, examples or other details changed"], stdout
    assert "need: patch bump below 1.0, patch bump from 1.0" in stdout


# -- edits of this repository's spec whose effect on the client is known ---------------------------
# Each case edits openapi/voucherify-orders.yaml and names the lines the gate must report (and
# the verdict): the witness cases of the release gate, and the rule each one needs.

SPEC = ROOT / "openapi" / "voucherify-orders.yaml"
EXPORT_FIELD_PATTERN = yaml.safe_load(SPEC.read_text())["components"]["schemas"]["OrderExportField"][
    "pattern"
]


def _param(spec: dict[str, Any], name: str) -> Any:
    return spec["components"]["parameters"][name]


def _schema(spec: dict[str, Any], *path: str) -> Any:
    node = spec["components"]["schemas"]
    for key in path:
        node = node[key]
    return node


def _set(node: dict[str, Any], key: str, value: Any) -> None:
    node[key] = value


def _op(spec: dict[str, Any], path: str, method: str) -> Any:
    return spec["paths"][path][method]


def _import_body(spec: dict[str, Any]) -> Any:
    return spec["paths"]["/v1/orders/import"]["post"]["requestBody"]["content"]["application/json"]["schema"]


def _exclusive_page(spec: dict[str, Any]) -> None:
    schema = _param(spec, "Page")["schema"]
    schema["exclusiveMinimum"] = schema.pop("minimum") - 1


# name -> (edit, lines the report must hold, verdict)
EDIT_CASES: dict[str, tuple[Any, list[str], str]] = {
    # What the client sends: narrower is breaking (the client itself refuses limit=80), wider additive.
    "limit maximum lowered": (
        lambda s: _set(_param(s, "Limit")["schema"], "maximum", 50),
        ["breaking list-orders.query.limit: maximum 100 -> 50 (admits less)"],
        "breaking",
    ),
    "limit maximum raised": (
        lambda s: _set(_param(s, "Limit")["schema"], "maximum", 200),
        ["additive list-orders.query.limit: maximum 100 -> 200 (admits more)"],
        "additive",
    ),
    "limit maximum made exclusive": (
        lambda s: _set(_param(s, "Limit")["schema"], "exclusiveMaximum", True),
        ["breaking list-orders.query.limit: maximum 100 -> 100 (exclusive) (admits less)"],
        "breaking",
    ),
    "page minimum raised": (
        lambda s: _set(_param(s, "Page")["schema"], "minimum", 2),
        ["breaking list-orders.query.page: minimum 1 -> 2 (admits less)"],
        "breaking",
    ),
    "page minimum made a 3.1 exclusiveMinimum of 0 (wider for numbers)": (
        _exclusive_page,
        ["additive list-orders.query.page: minimum 1 -> 0 (exclusive) (admits more)"],
        "additive",
    ),
    "path parameter gains a pattern": (
        lambda s: _set(_param(s, "OrderId")["schema"], "pattern", "^ord_"),
        [
            "breaking get-order.path.orderId: pattern '^ord_' added (admits less)",
            "breaking update-order.path.orderId: pattern '^ord_' added (admits less)",
        ],
        "breaking",
    ),
    "path parameter loses its minLength": (
        lambda s: _param(s, "OrderId")["schema"].pop("minLength"),
        ["additive get-order.path.orderId: minLength 1 -> 0 (admits more)"],
        "additive",
    ),
    "request field gains a minLength": (
        lambda s: _set(_schema(s, "OrderCreate", "properties", "source_id"), "minLength", 5),
        ["breaking schemas.OrderCreate.source_id: minLength 0 -> 5 (admits less)"],
        "breaking",
    ),
    "request field gains a maxLength": (
        lambda s: _set(_schema(s, "OrderCreate", "properties", "source_id"), "maxLength", 64),
        ["breaking schemas.OrderCreate.source_id: maxLength none -> 64 (admits less)"],
        "breaking",
    ),
    "request object closed": (
        lambda s: _set(_schema(s, "OrderCreate"), "additionalProperties", False),
        ["breaking schemas.OrderCreate: no longer accepts fields the schema does not list (admits less)"],
        "breaking",
    ),
    "request object opened": (
        lambda s: _schema(s, "FilterConditions").pop("additionalProperties"),
        ["additive schemas.FilterConditions: now also accepts fields the schema does not list (admits more)"],
        "additive",
    ),
    "request pattern removed": (
        lambda s: _schema(s, "OrderExportField").pop("pattern"),
        [f"additive schemas.OrderExportField: pattern {EXPORT_FIELD_PATTERN!r} removed (admits more)"],
        "additive",
    ),
    "request pattern changed (direction unknown)": (
        lambda s: _set(_schema(s, "OrderExportField"), "pattern", "^[a-z_.]+$"),
        [
            f"breaking schemas.OrderExportField: pattern {EXPORT_FIELD_PATTERN!r} -> '^[a-z_.]+$' "
            "(admits other strings)"
        ],
        "breaking",
    ),
    "request body holds fewer items": (
        lambda s: _set(_import_body(s), "maxItems", 1000),
        ["breaking import-orders.body: maxItems 2000 -> 1000 (admits less)"],
        "breaking",
    ),
    "request body may hold more items": (
        lambda s: _set(_import_body(s), "maxItems", 5000),
        ["additive import-orders.body: maxItems 2000 -> 5000 (admits more)"],
        "additive",
    ),
    "request body needs more items": (
        lambda s: _set(_import_body(s), "minItems", 2),
        ["breaking import-orders.body: minItems 1 -> 2 (admits less)"],
        "breaking",
    ),
    "request items must be unique": (
        lambda s: _set(_import_body(s), "uniqueItems", True),
        ["breaking import-orders.body: items must now be unique (admits less)"],
        "breaking",
    ),
    "request number must be a multiple": (
        lambda s: _set(_schema(s, "OrderItemCreate", "properties", "quantity"), "multipleOf", 2),
        ["breaking schemas.OrderItemCreate.quantity: multipleOf None -> 2 (admits less)"],
        "breaking",
    ),
    # What the client receives: the decoders check no bound, length, pattern or closed object, so
    # nothing fails to decode; a response that may hold more is still breaking (code written against
    # the old release may rely on the bound: the conservative choice), one that holds less additive.
    "response bound widened": (
        lambda s: _set(_schema(s, "AsyncAction", "properties", "progress"), "maximum", 1000),
        ["breaking schemas.AsyncAction.progress: maximum 100 -> 1000 (admits more)"],
        "breaking",
    ),
    "response bound narrowed": (
        lambda s: _set(_schema(s, "AsyncAction", "properties", "progress"), "maximum", 50),
        ["additive schemas.AsyncAction.progress: maximum 100 -> 50 (admits less)"],
        "additive",
    ),
    "response field gains a pattern": (
        lambda s: _set(_schema(s, "Order", "properties", "id"), "pattern", "^ord_"),
        ["additive schemas.Order.id: pattern '^ord_' added (admits less)"],
        "additive",
    ),
    "response object closed": (
        lambda s: _set(_schema(s, "Order"), "additionalProperties", False),
        ["additive schemas.Order: no longer accepts fields the schema does not list (admits less)"],
        "additive",
    ),
    # How a parameter is written into the URL.
    "query parameter style changed": (
        lambda s: _set(_param(s, "Limit"), "style", "spaceDelimited"),
        [
            "breaking list-orders.query.limit: serialized as style=spaceDelimited, was style=form"
        ],
        "breaking",
    ),
    "query parameter explode changed": (
        lambda s: [
            _set(_param(s, "Page"), "schema", {"type": "array", "items": {"type": "integer"}}),
            _set(_param(s, "Page"), "explode", False),
        ],
        [
            "breaking list-orders.query.page: "
            "serialized as style=form, explode=false, was style=form",
            "breaking list-orders.query.page: type integer -> array<integer>",
        ],
        "breaking",
    ),
    "explode on a one-value parameter changes nothing": (
        lambda s: _set(_param(s, "Page"), "explode", False),
        ["other    spec: descriptions, examples or other details changed"],
        "additive",
    ),
    "the default style written out changes nothing": (
        lambda s: [_set(_param(s, "Page"), "style", "form"), _set(_param(s, "OrderId"), "style", "simple")],
        ["other    spec: descriptions, examples or other details changed"],
        "additive",
    ),
    # Our vendor extensions: what the generated method is and does at run time.
    "pagination removed": (
        lambda s: _op(s, "/v1/orders", "get").pop("x-pagination"),
        [
            "breaking list-orders.x-pagination: "
            "no longer paginated: the method returns the list model, not a Page"
        ],
        "breaking",
    ),
    "pagination added (compared the other way)": (
        lambda s: _op(s, "/v1/orders", "get").pop("x-pagination"),
        ["breaking list-orders.x-pagination: now paginated: the method returns a Page, not the list model"],
        "breaking",
    ),
    "pagination's default limit changed": (
        lambda s: _set(_op(s, "/v1/orders", "get")["x-pagination"], "default-limit", 20),
        ["breaking list-orders.x-pagination: default-limit 10 -> 20"],
        "breaking",
    ),
    "pagination's items renamed": (
        lambda s: _set(_op(s, "/v1/orders", "get")["x-pagination"], "total", "count"),
        ["breaking list-orders.x-pagination: total total -> count"],
        "breaking",
    ),
    "retry safety removed": (
        lambda s: _op(s, "/v1/orders", "post").pop("x-retry-safe-when-keyed-by"),
        [
            "breaking create-order.x-retry-safe-when-keyed-by: a body keyed by id is no longer retried",
            "breaking create-order.x-retry-safe-when-keyed-by: "
            "a body keyed by source_id is no longer retried",
        ],
        "breaking",
    ),
    "retry safety narrowed to one key": (
        lambda s: _set(_op(s, "/v1/orders", "post"), "x-retry-safe-when-keyed-by", ["id"]),
        ["breaking create-order.x-retry-safe-when-keyed-by: a body keyed by source_id is no longer retried"],
        "breaking",
    ),
    "retry safety added": (
        lambda s: _set(_op(s, "/v1/orders/{orderId}", "put"), "x-retry-safe-when-keyed-by", ["id"]),
        ["additive update-order.x-retry-safe-when-keyed-by: a body keyed by id is now retried"],
        "additive",
    ),
    "always retry-safe added": (
        lambda s: _set(_op(s, "/v1/orders/export", "post"), "x-retry-safe", True),
        ["additive create-order-export.x-retry-safe: now retried"],
        "additive",
    ),
    "null no longer clears": (
        lambda s: _schema(s, "OrderUpdate", "properties", "source_id").pop("x-null-clears"),
        [
            "breaking schemas.OrderUpdate.source_id: "
            "None is now left out, was sent as null (cleared the stored value)"
        ],
        "breaking",
    ),
    "null now clears": (
        lambda s: _set(_schema(s, "OrderCreate", "properties", "id"), "x-null-clears", True),
        ["breaking schemas.OrderCreate.id: None is now sent as null (clears the stored value), was left out"],
        "breaking",
    ),
    "method renamed": (
        lambda s: _set(_op(s, "/v1/orders/import", "post"), "x-method-name", "start_import"),
        ["breaking import-orders.x-method-name: the method is named start_import, was submit_import"],
        "breaking",
    ),
    "method given a name": (
        lambda s: _set(_op(s, "/v1/orders/export", "post"), "x-method-name", "start_export"),
        [
            "breaking create-order-export.x-method-name: "
            "the method is named start_export, was create_export"
        ],
        "breaking",
    ),
    "method given the name it had": (
        lambda s: _set(_op(s, "/v1/orders/export", "post"), "x-method-name", "create_export"),
        ["other    spec: descriptions, examples or other details changed"],
        "additive",
    ),
    "body argument renamed": (
        lambda s: _set(_op(s, "/v1/orders", "post"), "x-body-name", "payload"),
        ["breaking create-order.x-body-name: the request body argument is named payload, was order"],
        "breaking",
    ),
    "operation handed to the hand-written layer": (
        lambda s: _set(_op(s, "/v1/exports/{exportId}", "get"), "x-hand-written", "exports.get"),
        ["breaking get-export.x-hand-written: no generated method any more (exports.get covers it)"],
        "breaking",
    ),
    "operation generated again": (
        lambda s: _op(s, "/v1/exports/{exportId}/csv", "get").pop("x-hand-written"),
        ["additive download-export.x-hand-written: a generated method now (besides exports.download)"],
        "additive",
    ),
    "convenience removed": (
        lambda s: s["x-conveniences"]["exports"].remove("iter_rows"),
        ["breaking x-conveniences.exports.iter_rows: convenience removed"],
        "breaking",
    ),
    "convenience added": (
        lambda s: s["x-conveniences"]["orders"].append("iter_all"),
        ["additive x-conveniences.orders.iter_all: convenience added"],
        "additive",
    ),
    "enum value's Python name changed": (
        lambda s: _schema(s, "ListOrdersSort")["x-enum-varnames"].__setitem__(0, "CREATED"),
        ["breaking schemas.ListOrdersSort: enum value 'created_at' is named CREATED, was CREATED_AT"],
        "breaking",
    ),
    "cluster removed": (
        lambda s: [s["servers"].pop(), _op(s, "/v1/exports/{exportId}/csv", "get")["servers"].pop()],
        [
            "breaking servers.as1: server (cluster) removed",
            "breaking download-export.servers.as1: server (cluster) removed",
        ],
        "breaking",
    ),
    "cluster added": (
        lambda s: [
            s["servers"].append({"url": "https://xx1.api.voucherify.io", "x-cluster": "xx1"}),
            _op(s, "/v1/exports/{exportId}/csv", "get")["servers"].append(
                {"url": "https://xx1.download.voucherify.io", "x-cluster": "xx1"}
            ),
        ],
        [
            "additive servers.xx1: server (cluster) added",
            "additive download-export.servers.xx1: server (cluster) added",
        ],
        "additive",
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(EDIT_CASES))
def test_an_edit_of_this_spec_is_classified_by_its_effect_on_the_client(name: str, tmp_path: Path) -> None:
    edit, expected, verdict = EDIT_CASES[name]
    spec = yaml.safe_load(SPEC.read_text())
    edit(spec)
    edited = tmp_path / "new.yaml"
    edited.write_text(yaml.safe_dump(spec, sort_keys=False))
    lines, stdout = compare(edited, SPEC) if "(compared the other way)" in name else compare(SPEC, edited)
    for line in expected:
        assert line in lines, stdout
    found = "breaking" if any(line.startswith("breaking") for line in lines) else "additive"
    assert found == verdict, stdout
    below = "minor" if verdict == "breaking" else "patch"
    assert f"need: {below} bump below 1.0" in stdout


# -- the public Python API's annotations -----------------------------------------------------------


def _function(params: list[list[Any]], returns: str | None) -> dict[str, Any]:
    return {"kind": "function", "params": params, "returns": returns}


def _api_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    base, now = SPEC_DIFF.comparable(old, new)
    return [str(change) for change in SPEC_DIFF.diff_api(base, now)]


def test_annotations_are_compared_by_direction() -> None:
    """A parameter that accepts more is additive; a return value that may be more (or other) is breaking."""
    keyword = "keyword-only"
    old = {"m.list": _function([["limit", keyword, True, "int | None"]], "SyncPage[OrdersList, Order]")}
    returns_list = {"m.list": _function([["limit", keyword, True, "int | None"]], "OrdersList")}
    assert _api_changes(old, returns_list) == [
        "breaking python:m.list: returns OrdersList, was SyncPage[OrdersList, Order]"
    ]
    narrower = {"m.list": _function([["limit", keyword, True, "int"]], "SyncPage[OrdersList, Order]")}
    assert _api_changes(old, narrower) == ["breaking python:m.list: argument 'limit' is int, was int | None"]
    assert _api_changes(narrower, old) == ["additive python:m.list: argument 'limit' is int | None, was int"]
    same = {"m.list": _function([["limit", keyword, True, "Optional[int]"]], "SyncPage[OrdersList, Order]")}
    assert _api_changes(old, same) == []
    # A return value that may be less is additive; a class's methods and constructor are compared too.
    old_class = {
        "m.C": {"kind": "class", "init": [["x", keyword, False, "str"]], "members": {"f": old["m.list"]}}
    }
    new_class = {
        "m.C": {
            "kind": "class",
            "init": [["x", keyword, False, "int"]],
            "members": {"f": _function([["limit", keyword, True, "int | None"]], "None")},
        }
    }
    assert _api_changes(old_class, new_class) == [
        "breaking python:m.C(): argument 'x' is int, was str",
        "breaking python:m.C.f: returns None, was SyncPage[OrdersList, Order]",
    ]
    maybe_none = {"m.f": _function([], "Order | None")}
    assert _api_changes(maybe_none, {"m.f": _function([], "Order")}) == [
        "additive python:m.f: returns Order, was Order | None"
    ]


def test_a_new_argument_is_breaking_when_required_and_additive_when_optional() -> None:
    # Before: a new optional argument was no change at all, so the CHANGELOG's Added missed it.
    keyword = "keyword-only"
    old = {"m.f": _function([["a", keyword, False, "str"]], "None")}
    optional = {"m.f": _function([["a", keyword, False, "str"], ["b", keyword, True, "int"]], "None")}
    required = {"m.f": _function([["a", keyword, False, "str"], ["b", keyword, False, "int"]], "None")}
    assert _api_changes(old, optional) == ["additive python:m.f: new optional argument 'b'"]
    assert _api_changes(old, required) == ["breaking python:m.f: new required argument 'b'"]


def test_a_record_without_annotations_is_compared_without_them() -> None:
    """The releases recorded before annotations were: the gate ignores annotations against them."""
    now = SPEC_DIFF.python_api(ROOT)
    listing = now["voucherify_orders_client.api.orders.OrdersResource"]["members"]["list"]
    assert listing["returns"] == "OrdersListSyncPage"
    assert ["limit", "keyword-only", True, "int | None"] in listing["params"]
    old = SPEC_DIFF._unannotated(now)
    assert not SPEC_DIFF._annotated(old) and SPEC_DIFF._annotated(now)
    assert _api_changes(old, now) == []
    snapshot = {"version": "0.0.1", "spec_text": SPEC.read_text(), "generators": {}}
    assert SPEC_DIFF.Snapshot(api=old, **snapshot).same_as(SPEC_DIFF.Snapshot(api=now, **snapshot))
    assert (
        SPEC_DIFF.all_changes(
            SPEC_DIFF.Snapshot(api=old, **snapshot), SPEC_DIFF.Snapshot(api=now, **snapshot)
        )
        == []
    )
    # What the old format records is still compared: a parameter renamed is found.
    renamed = json.loads(json.dumps(now))
    renamed["voucherify_orders_client.api.orders.OrdersResource"]["members"]["list"]["params"][0][0] = "size"
    assert (
        "breaking python:voucherify_orders_client.api.orders.OrdersResource.list: parameter 'limit' removed"
        in (_api_changes(old, renamed))
    )
    # Every recorded release is in one format or the other.
    for folder in sorted((ROOT / "openapi" / "releases").iterdir()):
        recorded = json.loads((folder / "python-api.json").read_text())
        assert SPEC_DIFF._annotated(recorded) or recorded == SPEC_DIFF._unannotated(recorded), folder
