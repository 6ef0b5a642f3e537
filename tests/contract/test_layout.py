"""The seams: spec <-> generated package <-> hand-written package."""

from __future__ import annotations

import ast
import importlib
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from voucherify_orders_client import models

from tests.conftest import ROOT, make_client, order_json

GENERATED = ROOT / "generated" / "voucherify_orders_client"


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (m, p, op)
        for p, item in spec["paths"].items()
        for m, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    ]


def test_every_operation_has_a_generated_module(spec: dict[str, Any]) -> None:
    for _, _, op in operations(spec):
        module = op["operationId"].replace("-", "_")
        tag = op["tags"][0]
        assert (GENERATED / "api" / tag / f"{module}.py").is_file(), op["operationId"]
        importlib.import_module(f"voucherify_orders_client.api.{tag}.{module}")


def test_generated_code_never_imports_the_hand_written_package() -> None:
    offenders = []
    for path in GENERATED.rglob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else ([node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            )
            if any(n == "voucherify_orders" or n.startswith("voucherify_orders.") for n in names):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_the_client_does_not_import_pydantic_or_the_emulator() -> None:
    import subprocess
    import sys

    # Make the extras' libraries unimportable: the client must build without them.
    # (httpx imports click and rich for its own CLI whenever they are installed.)
    code = (
        "import sys\n"
        "for blocked in ('pydantic', 'pydantic_core', 'click', 'rich'): sys.modules[blocked] = None\n"
        "import voucherify_orders\n"
        "client = voucherify_orders.Voucherify('a', 'b')\n"
        "extras = ('voucherify_orders.emulator', 'voucherify_orders.cli')\n"
        "print([m for m in sys.modules if m.startswith(extras)])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def _template_regex(template: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$")


def test_overrides_send_the_method_and_path_the_spec_declares(spec: dict[str, Any]) -> None:
    seen: list[tuple[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.method.lower(), request.url.raw_path.decode().split("?")[0]))
        path = request.url.path
        if path.startswith("/v1/async-actions/"):
            return httpx.Response(
                200,
                json={
                    "id": "aa_1",
                    "object": "async_action",
                    "type": "ORDERS.IMPORT",
                    "status": "DONE",
                    "result": {"done_count": 1, "failed": []},
                },
            )
        if path.startswith("/v1/exports/") and "token" in request.url.params:
            return httpx.Response(200, text="id\nord_1\n", headers={"content-type": "text/csv"})
        if path.startswith("/v1/exports/") or path == "/v1/orders/export":
            return httpx.Response(
                200,
                json={
                    "id": "exp_1",
                    "object": "export",
                    "status": "DONE",
                    "result": {"url": "https://download.voucherify.io/v1/exports/exp_1?token=t"},
                },
            )
        if path == "/v1/orders/import":
            return httpx.Response(200, json={"async_action_id": "aa_1"})
        if request.method == "GET" and path == "/v1/orders":
            return httpx.Response(
                200, json={"object": "list", "data_ref": "orders", "orders": [], "total": 0}
            )
        return httpx.Response(200, json=order_json())

    with make_client(handler) as client:
        client.orders.create({"amount": 1})
        client.orders.upsert({"source_id": "s"})
        client.orders.get("ord_1")
        client.orders.update("ord_1", {"status": "PAID"})
        client.orders.list()
        client.orders.import_orders([{"source_id": "s"}])
        export = client.orders.export()
        client.async_actions.get("aa_1")
        client.exports.get("exp_1")
        list(client.exports.iter_rows(export))

    declared = {
        (m, _template_regex(p.removesuffix("/csv") if op["operationId"] == "download-export" else p))
        for m, p, op in operations(spec)
    }
    for method, path in seen:
        assert any(m == method and rx.match(path) for m, rx in declared), (method, path)
    called = {
        op["operationId"]
        for m, p, op in operations(spec)
        if any(
            m == sm
            and _template_regex(
                p.removesuffix("/csv") if op["operationId"] == "download-export" else p
            ).match(sp)
            for sm, sp in seen
        )
    }
    assert called == {op["operationId"] for _, _, op in operations(spec)}


def test_enum_member_names_follow_their_values(spec: dict[str, Any]) -> None:
    # x-enum-varnames is positional: reordering values without their names would
    # silently swap members. Names must be derivable from the values.
    checked = 0
    for name, schema in spec["components"]["schemas"].items():
        nodes = [schema, *schema.get("properties", {}).values()]
        for node in nodes:
            if "x-enum-varnames" not in node:
                continue
            for value, member in zip(node["enum"], node["x-enum-varnames"], strict=True):
                expected = value.lstrip("-").upper() + ("_DESC" if value.startswith("-") else "")
                assert member == expected, (name, value, member)
                checked += 1
    assert checked >= 10
    assert models.ListOrdersSort("-created_at") is models.ListOrdersSort.CREATED_AT_DESC
    assert not any(m.name.startswith("VALUE_") for m in models.OrderExportSort)


@pytest.mark.parametrize(
    ("enum", "value"),
    [
        (models.OrderStatus, "PROCESSING"),
        (models.AsyncActionStatus, "QUEUED"),
        (models.OrderItemRelatedObject, "bundle"),
        (models.ExportStatus, "EXPIRED"),
        (models.OrderObject, "order_v2"),
    ],
)
def test_undocumented_enum_values_are_kept(enum: Any, value: str) -> None:
    member = enum(value)
    assert member.value == value and str(member) == value
    assert not member.is_documented
    assert all(documented.is_documented for documented in enum)
    assert value not in [m.value for m in enum]  # the documented list is unchanged


def test_one_unknown_value_does_not_fail_a_page_of_a_hundred() -> None:
    orders = [
        order_json(f"ord_{n}", status="PAID", items=[{"object": "order_item", "related_object": "product"}])
        for n in range(100)
    ]
    orders[57]["status"] = "PROCESSING"
    orders[88]["items"][0]["related_object"] = "bundle"
    page = {"object": "list", "data_ref": "orders", "orders": orders, "total": 100}
    parsed = models.OrdersList.from_dict(page)
    assert parsed.orders[57].status == "PROCESSING"
    assert parsed.to_dict() == page


def test_both_packages_are_typed() -> None:
    assert (GENERATED / "py.typed").is_file()
    assert (ROOT / "overrides" / "voucherify_orders" / "py.typed").is_file()


def test_public_names_are_exactly_all() -> None:
    import voucherify_orders

    # Submodules (testing, emulator, cli) are reached by their own import.
    submodules = {"testing", "emulator", "cli", "pytest_plugin"}
    public = {
        n
        for n in vars(voucherify_orders)
        if not n.startswith(("_", "@")) and n not in submodules | {"annotations", "Any", "TYPE_CHECKING"}
    }
    # every name loads on first use, and stays in the module's namespace once used
    assert set(voucherify_orders._LAZY) == set(voucherify_orders.__all__)
    assert public <= set(voucherify_orders.__all__)
    assert set(dir(voucherify_orders)) >= set(voucherify_orders.__all__)
    for name in voucherify_orders.__all__:
        assert getattr(voucherify_orders, name) is not None


def test_importing_the_package_and_its_pytest_plugin_loads_nothing_else() -> None:
    # pytest imports the plugin at start in every consumer's test run (the pytest11 entry point),
    # after pytest-asyncio's where that is installed.
    code = (
        "import sys\n"
        "before = set(sys.modules)\n"
        "import voucherify_orders, voucherify_orders.pytest_plugin\n"
        "print(sorted(m for m in set(sys.modules) - before if not m.startswith('pytest')))\n"
    )
    plugins = "import pytest\ntry:\n    import pytest_asyncio\nexcept ImportError:\n    pass\n"
    out = subprocess.run([sys.executable, "-c", plugins + code], check=False, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "['voucherify_orders', 'voucherify_orders.pytest_plugin']"


def test_generated_package_path() -> None:
    import voucherify_orders_client

    assert Path(voucherify_orders_client.__file__).parent.name == "voucherify_orders_client"


def test_the_conveniences_the_spec_lists_are_exactly_what_the_hand_written_resources_add(
    spec: dict[str, Any],
) -> None:
    # Generation refuses a method named like a convenience only if `x-conveniences` lists it;
    # a convenience missing there would silently shadow a generated method of its name.
    from voucherify_orders import _resources

    pairs = {
        "orders": (_resources.Orders, _resources.AsyncOrders),
        "async_actions": (_resources.AsyncActions, _resources.AsyncAsyncActions),
        "exports": (_resources.Exports, _resources.AsyncExports),
    }
    assert set(pairs) == set(spec["x-conveniences"])
    for tag, classes in pairs.items():
        for cls in classes:
            generated = cls.__mro__[1]
            added = {name for name in vars(cls) if not name.startswith("_")}
            assert added == set(spec["x-conveniences"][tag]), (cls, added)
            assert not added & {name for name in vars(generated) if not name.startswith("_")}, cls


def test_what_type_checkers_see_by_star_import_is_public() -> None:
    # `from ._x import *` under TYPE_CHECKING shows every name of _x.__all__ to type
    # checkers: an internal name there would type-check and fail at run time.
    import voucherify_orders

    source = (ROOT / "overrides" / "voucherify_orders" / "__init__.py").read_text()
    starred = re.findall(r"from (\._\w+) import \*", source)
    assert starred
    for module in starred:
        names = importlib.import_module(module, "voucherify_orders").__all__
        assert set(names) <= set(voucherify_orders.__all__), module
