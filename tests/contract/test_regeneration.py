"""A spec change reaches `Voucherify` and `AsyncVoucherify` by regenerating, with no hand edit.

The spec is copied, given a new query parameter on list-orders and a new tag with a
POST that the spec declares safe to retry (answering 204), regenerated into a
temporary folder, and the regenerated package is imported in a subprocess that
calls both through the hand-written clients against a canned loopback server.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT, SPEC_PATH

pytestmark = pytest.mark.slow

ERRORS = {
    "400": {"$ref": "#/components/responses/BadRequest"},
    "503": {"$ref": "#/components/responses/ServerError"},
}


def changed_spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    spec["paths"]["/v1/orders"]["get"]["parameters"].append(
        {"name": "customer_id", "in": "query", "required": False, "schema": {"type": "string"}}
    )
    spec["tags"].append({"name": "refunds"})
    spec["components"]["schemas"]["RefundCreate"] = {
        "type": "object",
        "required": ["order_id"],
        "properties": {"order_id": {"type": "string"}, "amount": {"type": "integer", "minimum": 1}},
    }
    spec["paths"]["/v1/refunds"] = {
        "post": {
            "operationId": "create-refund",
            "tags": ["refunds"],
            "summary": "Refund an order",
            "description": "Refunds (part of) an order; repeating it with the same body refunds once.",
            "x-retry-safe": True,
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RefundCreate"}}},
            },
            "responses": {"204": {"description": "Refunded."}, **ERRORS},
        }
    }
    return spec


CALLER = textwrap.dedent(
    """
    import asyncio, functools, json, threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from voucherify_orders import AsyncVoucherify, ParameterError, Voucherify, testing
    import voucherify_orders_client

    seen = []
    refunds = {"n": 0}

    class Canned(BaseHTTPRequestHandler):
        def answer(self, status, body=None):
            data = b"" if body is None else json.dumps(body).encode()
            self.send_response(status)
            if body is not None:
                self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            seen.append(("GET", self.path, None))
            self.answer(200, {"object": "list", "data_ref": "orders", "orders": [], "total": 0})

        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            seen.append(("POST", self.path, body))
            refunds["n"] += 1
            if refunds["n"] % 2:
                self.answer(503, {"code": 503, "key": "unavailable", "message": "try again"})
            else:
                self.answer(204)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Canned)
    threading.Thread(target=functools.partial(server.serve_forever, poll_interval=0.02), daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}"
    options = dict(base_url=url, retry_policy=testing.no_waits())
    print("generated from", voucherify_orders_client.__file__)

    with Voucherify("app", "secret", **options) as client:
        page = client.orders.list(customer_id="cust_1", limit=5)
        assert page.total == 0, page
        assert client.refunds.create({"order_id": "ord_1", "amount": 100}) is None
        try:
            client.refunds.create({"amount": 100})
        except ParameterError as exc:
            assert exc.parameter == "body.order_id", exc.parameter
        else:
            raise AssertionError("a refund without order_id was sent")

    async def main():
        async with AsyncVoucherify("app", "secret", **options) as client:
            page = await client.orders.list(customer_id="cust_2")
            assert page.total == 0
            assert await client.refunds.create({"order_id": "ord_2"}) is None

    asyncio.run(main())
    server.shutdown()
    print(json.dumps(seen))
    """
)


def test_a_new_query_parameter_and_a_new_tag_reach_both_clients_by_regenerating(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(changed_spec(), sort_keys=False))
    out = tmp_path / "generated"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), "--spec", str(spec), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    resources = (out / "voucherify_orders_client" / "api" / "refunds" / "__init__.py").read_text()
    assert "def create(self, body: RefundCreate | Mapping[str, Any]) -> None:" in resources
    assert "async def create(self, body: RefundCreate | Mapping[str, Any]) -> None:" in resources

    env = dict(os.environ, PYTHONPATH=str(out))
    result = subprocess.run(
        [sys.executable, "-c", CALLER], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"generated from {out / 'voucherify_orders_client' / '__init__.py'}"
    seen = json.loads(lines[-1])
    gets = [path for method, path, _ in seen if method == "GET"]
    posts = [body for method, _, body in seen if method == "POST"]
    assert gets == ["/v1/orders?limit=5&customer_id=cust_1", "/v1/orders?customer_id=cust_2"]
    # Each refund answered 503 once and was sent again: the spec says repeating it is safe.
    assert posts == [
        {"order_id": "ord_1", "amount": 100},
        {"order_id": "ord_1", "amount": 100},
        {"order_id": "ord_2"},
        {"order_id": "ord_2"},
    ]


def generate(spec_data: dict[str, Any], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(spec_data, sort_keys=False))
    command = [sys.executable, str(ROOT / "scripts" / "generate.py"), "--spec", str(spec), "--out"]
    return subprocess.run([*command, str(tmp_path / "g")], capture_output=True, text=True, check=False)


def test_a_method_name_that_is_a_keyword_is_refused_at_generation(tmp_path: Path) -> None:
    spec_data = yaml.safe_load(SPEC_PATH.read_text())
    del spec_data["paths"]["/v1/orders/import"]["post"]["x-method-name"]
    result = generate(spec_data, tmp_path)
    assert result.returncode != 0
    assert "'import' is not a usable Python name (set x-method-name)" in result.stderr


def test_a_method_that_would_shadow_a_convenience_is_refused(tmp_path: Path) -> None:
    spec_data = yaml.safe_load(SPEC_PATH.read_text())
    spec_data["paths"]["/v1/orders/export"]["post"]["x-method-name"] = "export"
    result = generate(spec_data, tmp_path)
    assert result.returncode != 0
    assert "'export' is a hand-written convenience of 'orders'" in result.stderr


def test_an_operation_on_another_host_gets_no_generated_method(tmp_path: Path) -> None:
    spec_data = yaml.safe_load(SPEC_PATH.read_text())
    del spec_data["paths"]["/v1/exports/{exportId}/csv"]["get"]["x-hand-written"]
    result = generate(spec_data, tmp_path)
    assert result.returncode != 0
    assert "lives on another host or at another real path" in result.stderr


def test_a_new_cluster_in_the_specs_servers_reaches_the_client_by_regenerating(tmp_path: Path) -> None:
    spec_data = yaml.safe_load(SPEC_PATH.read_text())
    spec_data["servers"].append({"url": "https://eu2.api.voucherify.io", "x-cluster": "eu2"})
    download = spec_data["paths"]["/v1/exports/{exportId}/csv"]["get"]["servers"]
    download.append({"url": "https://eu2.download.voucherify.io", "x-cluster": "eu2"})
    result = generate(spec_data, tmp_path)
    assert result.returncode == 0, result.stderr
    namespace: dict[str, Any] = {}
    exec((tmp_path / "g" / "voucherify_orders_client" / "servers.py").read_text(), namespace)
    assert namespace["CLUSTERS"]["eu2"] == (
        "https://eu2.api.voucherify.io",
        "https://eu2.download.voucherify.io",
    )
    assert namespace["CLUSTERS"]["eu"] == ("https://api.voucherify.io", "https://download.voucherify.io")


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ("unnamed", "server https://us1.api.voucherify.io names no cluster (x-cluster)"),
        ("no download host", "API clusters ['as1', 'eu', 'us1'] and download clusters ['eu', 'us1'] differ"),
    ],
)
def test_a_cluster_the_servers_do_not_name_fully_is_refused(
    change: str, problem: str, tmp_path: Path
) -> None:
    spec_data = yaml.safe_load(SPEC_PATH.read_text())
    if change == "unnamed":
        del spec_data["servers"][1]["x-cluster"]
    else:
        spec_data["paths"]["/v1/exports/{exportId}/csv"]["get"]["servers"].pop()
    result = generate(spec_data, tmp_path)
    assert result.returncode != 0
    assert problem in result.stderr


@pytest.mark.parametrize(
    ("schema", "problem"),
    [
        ({"type": "object", "properties": {"count": {"type": "integer"}}}, "it is inline"),
        ({"$ref": "#/components/schemas/OrderArray"}, "OrderArray is not an object"),
        ({"$ref": "#/components/schemas/OrderStatus"}, "OrderStatus is not an object"),
    ],
)
def test_an_answer_without_a_generated_model_is_refused(
    schema: dict[str, Any], problem: str, tmp_path: Path
) -> None:
    # Generated anyway, the method would return None for the body the spec declares (an inline
    # schema), or import a model the generator never wrote (an array or a string component),
    # breaking every method of the tag at `client.orders`.
    spec_data = yaml.safe_load(SPEC_PATH.read_text())
    spec_data["components"]["schemas"]["OrderArray"] = {
        "type": "array",
        "items": {"$ref": "#/components/schemas/Order"},
    }
    spec_data["paths"]["/v1/orders/recent"] = {
        "get": {
            "operationId": "list-recent-orders",
            "tags": ["orders"],
            "summary": "Recent orders",
            "responses": {
                "200": {"description": "Them.", "content": {"application/json": {"schema": schema}}},
                **ERRORS,
            },
        }
    }
    result = generate(spec_data, tmp_path)
    assert result.returncode != 0
    assert "GET /v1/orders/recent (list-recent-orders): its 200 answer has a body" in result.stderr
    assert problem in result.stderr


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ("self", "query parameter 'self' cannot be the argument 'self'"),
        ("camel", "query parameter 'customer_id' and query parameter 'customerId' would both be"),
        ("body", "path parameter 'orderId' and the body (x-body-name) would both be the argument 'order_id'"),
    ],
)
def test_two_arguments_of_one_name_are_refused(change: str, problem: str, tmp_path: Path) -> None:
    # Generated anyway, `def list(self, *, ..., customer_id, customer_id)` is a SyntaxError:
    # every method of the tag, at `client.orders`, would fail to import.
    spec_data = yaml.safe_load(SPEC_PATH.read_text())
    list_parameters = spec_data["paths"]["/v1/orders"]["get"]["parameters"]
    if change == "self":
        list_parameters.append({"name": "self", "in": "query", "schema": {"type": "string"}})
    elif change == "camel":
        list_parameters.append({"name": "customer_id", "in": "query", "schema": {"type": "string"}})
        list_parameters.append({"name": "customerId", "in": "query", "schema": {"type": "string"}})
    else:
        spec_data["paths"]["/v1/orders/{orderId}"]["put"]["x-body-name"] = "order_id"
    result = generate(spec_data, tmp_path)
    assert result.returncode != 0
    assert problem in result.stderr


def test_an_operations_parameter_replaces_the_path_items_of_the_same_name(tmp_path: Path) -> None:
    # OpenAPI: an operation may redeclare a path-level parameter; it is one parameter, not two.
    spec_data = yaml.safe_load(SPEC_PATH.read_text())
    spec_data["paths"]["/v1/orders/{orderId}"]["get"]["parameters"] = [
        {
            "name": "orderId",
            "in": "path",
            "required": True,
            "description": "The order to read.",
            "schema": {"type": "string", "minLength": 1},
        }
    ]
    result = generate(spec_data, tmp_path)
    assert result.returncode == 0, result.stderr
    resources = tmp_path / "g" / "voucherify_orders_client" / "api" / "orders" / "__init__.py"
    source = resources.read_text()
    compile(source, str(resources), "exec")  # a repeated argument would be a SyntaxError
    assert "def get(self, order_id: str) -> Order:" in source
    assert "* **order_id** - The order to read." in source


def test_docstrings_read_well_whatever_the_spec_leaves_out(tmp_path: Path) -> None:
    # A summary that ends in a full stop, no description, a parameter without one.
    spec_data = yaml.safe_load(SPEC_PATH.read_text())
    path_item = spec_data["paths"]["/v1/orders/{orderId}"]
    path_item["get"]["summary"] = "Read one order."
    path_item["get"].pop("description", None)
    path_item["get"]["parameters"] = [
        {"name": "orderId", "in": "path", "required": True, "schema": {"type": "string", "minLength": 1}}
    ]
    result = generate(spec_data, tmp_path)
    assert result.returncode == 0, result.stderr
    source = (tmp_path / "g" / "voucherify_orders_client" / "api" / "orders" / "__init__.py").read_text()
    methods = [node for node in ast.walk(ast.parse(source)) if isinstance(node, ast.FunctionDef)]
    get = next(node for node in methods if node.name == "get")
    assert ast.get_docstring(get) == "Read one order.\n\n**Parameters:**\n\n* **order_id**"


def test_the_most_orders_per_import_call_follows_the_spec(tmp_path: Path) -> None:
    # The chunk size's default and bound, in the library and the CLI, are the import body's maxItems.
    spec_data = yaml.safe_load(SPEC_PATH.read_text())
    body = spec_data["paths"]["/v1/orders/import"]["post"]["requestBody"]["content"]["application/json"]
    body["schema"]["maxItems"] = 500
    assert generate(spec_data, tmp_path).returncode == 0
    check = textwrap.dedent(
        """
        import inspect, click
        from voucherify_orders import MAX_CHUNK, AsyncOrders, Orders
        from voucherify_orders.cli._app import cli
        defaults = {
            inspect.signature(method).parameters["chunk_size"].default
            for method in (Orders.import_orders, AsyncOrders.import_orders)
        }
        option = next(p for p in cli.commands["orders"].commands["import"].params if p.name == "chunk_size")
        print(MAX_CHUNK, defaults, option.default, option.type.max)
        """
    )
    env = dict(os.environ, PYTHONPATH=str(tmp_path / "g"))
    result = subprocess.run(
        [sys.executable, "-c", check], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["500", "{500}", "500", "500"]
