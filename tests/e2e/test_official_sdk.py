"""Voucherify's own SDKs, unchanged and used as their docs show, against `voucherify-orders emulator`.

The emulator runs as the CLI runs it, in a subprocess. Between SDK and emulator sits a
small recording proxy, so the test sees the bodies the emulator received: the official
SDKs send `null` for every optional field left unset, and the emulator must take them
(issue 15 item 2).
"""

from __future__ import annotations

import functools
import http.client
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

APP_ID = "sdk-app-id"
SECRET = "sdk-secret-key"


@dataclass
class Recorded:
    method: str
    path: str
    body: Any
    status: int


@dataclass
class Emulated:
    """The emulator subprocess and, in front of it, the recording proxy the SDKs talk to."""

    url: str
    calls: list[Recorded] = field(default_factory=list)

    def bodies(self, method: str, path: str) -> list[Any]:
        return [c.body for c in self.calls if c.method == method and c.path.split("?")[0] == path]


def _cli() -> list[str]:
    script = Path(sys.executable).with_name("voucherify-orders")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from voucherify_orders.cli import main; sys.exit(main())"]


@pytest.fixture
def emulated() -> Iterator[Emulated]:
    command = [*_cli(), "emulator", "--port", "0", "--app-id", APP_ID, "--secret-key", SECRET, "--seed", "7"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    timer = threading.Timer(60, process.kill)  # never hang the suite on a server that did not start
    timer.start()
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        found = re.search(r"serving on (http://[\d.]+:\d+)", line)
        assert found, f"the emulator did not start: {line!r}"
        timer.cancel()
        upstream = urlsplit(found.group(1))
        recorder = Emulated(url="")
        proxy = ThreadingHTTPServer(
            ("127.0.0.1", 0), _proxy_handler(upstream.hostname or "", upstream.port or 0, recorder)
        )
        threading.Thread(
            target=functools.partial(proxy.serve_forever, poll_interval=0.02), daemon=True
        ).start()
        recorder.url = f"http://127.0.0.1:{proxy.server_address[1]}"
        try:
            yield recorder
        finally:
            proxy.shutdown()
            proxy.server_close()
    finally:
        timer.cancel()
        process.terminate()
        process.wait(timeout=10)


def _proxy_handler(host: str, port: int, recorder: Emulated) -> type[BaseHTTPRequestHandler]:
    class Forward(BaseHTTPRequestHandler):
        def _forward(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            upstream = http.client.HTTPConnection(host, port, timeout=30)
            headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
            upstream.request(self.command, self.path, body=raw or None, headers=headers)
            answer = upstream.getresponse()
            payload = answer.read()
            body = json.loads(raw) if raw else None
            recorder.calls.append(Recorded(self.command, self.path, body, answer.status))
            self.send_response(answer.status)
            for key, value in answer.getheaders():
                if key.lower() not in ("transfer-encoding", "connection", "content-length"):
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
            upstream.close()

        do_GET = do_POST = do_PUT = _forward

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Forward


def nulls_in(value: Any, path: str = "") -> set[str]:
    """Every JSON path in `value` that holds an explicit null."""
    if isinstance(value, dict):
        found = set()
        for key, item in value.items():
            found |= {f"{path}.{key}"} if item is None else nulls_in(item, f"{path}.{key}")
        return found
    if isinstance(value, list):
        return {p for n, item in enumerate(value) for p in nulls_in(item, f"{path}[{n}]")}
    return set()


# The orders every scenario sends, written as Voucherify's docs write them.
ORDER = {
    "source_id": "sdk-1",
    "status": "CREATED",
    "customer": {"source_id": "cust-sdk-1", "name": "Ann Example", "email": "ann@example.com"},
    "items": [
        {
            "quantity": 2,
            "price": 500,
            "product": {"source_id": "prod-espresso", "name": "Espresso", "price": 500, "override": True},
            "sku": {"source_id": "sku-espresso-250", "sku": "Espresso 250 g", "price": 500, "override": True},
        }
    ],
    "metadata": {"channel": "web"},
}


@pytest.mark.slow  # the SDK's import alone takes seconds
def test_the_official_python_sdk_runs_every_orders_endpoint(emulated: Emulated) -> None:
    voucherify: Any = pytest.importorskip(
        "voucherify", reason="the official SDK (voucherify) is not installed"
    )
    configuration = voucherify.Configuration(host=emulated.url)
    configuration.api_key["X-App-Id"] = APP_ID
    configuration.api_key["X-App-Token"] = SECRET
    with voucherify.ApiClient(configuration) as api_client:
        orders = voucherify.OrdersApi(api_client)
        created = orders.create_order(voucherify.OrdersCreateRequestBody.from_dict(ORDER))
        assert (created.amount, created.status, created.source_id) == (1000, "CREATED", "sdk-1")
        assert created.items[0].product.name == "Espresso" and created.items[0].sku.sku == "Espresso 250 g"
        assert created.customer.id == created.customer_id

        # the same source_id again: an upsert of the same order
        upserted = orders.create_order(
            voucherify.OrdersCreateRequestBody.from_dict({"source_id": "sdk-1", "status": "PAID"})
        )
        assert (upserted.id, upserted.status, upserted.amount) == (created.id, "PAID", 1000)
        assert orders.get_order("sdk-1").id == created.id

        # `from_dict({"status": ...})` sends "source_id": null and "referrer_id": null as well;
        # null clears a nullable field (issue 15), so the order loses its source_id.
        updated = orders.update_order(
            created.id, voucherify.OrdersUpdateRequestBody.from_dict({"status": "FULFILLED"})
        )
        assert (updated.status, updated.source_id, updated.amount) == ("FULFILLED", None, 1000)
        assert orders.list_orders(limit=10, page=1, order="-created_at").total == 1

        imported = orders.import_orders(
            [
                voucherify.OrdersImportCreateRequestBodyItem.from_dict(
                    {
                        "source_id": f"hist-{n}",
                        "status": "PAID",
                        "amount": 100 * n,
                        "customer": {"source_id": "c-h"},
                    }
                )
                for n in range(1, 4)
            ]
        )
        action = voucherify.AsyncActionsApi(api_client).get_async_action(imported.async_action_id)
        assert (action.status, action.result["done_count"], action.result["failed_count"]) == ("DONE", 3, 0)

        export = orders.create_order_export(
            voucherify.OrdersExportCreateRequestBody.from_dict(
                {"parameters": {"fields": ["id", "source_id", "amount"], "order": "created_at"}}
            )
        )
        exports = voucherify.ExportsApi(api_client)
        done = exports.get_export(export.id)
        assert done.status == "DONE"
        token = done.result.url.split("token=", 1)[1]
        rows = exports.download_export(export.id, token=token).splitlines()
        assert rows[0] == "id,source_id,amount" and len(rows) == 5
        assert rows[1] == f"{created.id},,1000"  # its source_id was cleared by the update

        with pytest.raises(voucherify.exceptions.NotFoundException):
            orders.get_order("no-such-order")

    # What the emulator received: the SDK's explicit nulls, taken with 200.
    create_nulls = nulls_in(emulated.bodies("POST", "/v1/orders")[0])
    assert {
        ".id",
        ".amount",
        ".referrer_id",
        ".customer.id",
        ".items[0].product_id",
        ".items[0].product.id",
    } <= create_nulls
    assert {".source_id", ".referrer_id", ".metadata"} <= nulls_in(
        emulated.bodies("PUT", f"/v1/orders/{created.id}")[0]
    )
    assert {"[0].id", "[0].items", "[0].customer.id"} <= nulls_in(
        emulated.bodies("POST", "/v1/orders/import")[0]
    )
    assert [c.path for c in emulated.calls if c.status != 200] == ["/v1/orders/no-such-order"]


# @voucherify/sdk passes the caller's objects through, so its nulls are the caller's: data with
# NULL columns, say. It has no call for order exports or downloads; those two go through fetch
# with the same credentials, and the export is read back through the SDK (`distributions.exports`).
JS_SCENARIO = r"""
const { VoucherifyServerSide } = require('@voucherify/sdk')
const [url, applicationId, secretKey] = process.argv.slice(2)
const client = VoucherifyServerSide({ applicationId, secretKey, apiUrl: url })
const headers = { 'X-App-Id': applicationId, 'X-App-Token': secretKey, 'Content-Type': 'application/json' }
const out = {}
;(async () => {
  const order = {
    source_id: 'js-1', status: 'CREATED', referrer_id: null, metadata: null,
    customer: { source_id: 'cust-js-1', name: 'Bo Example', email: null, address: null },
    items: [{ quantity: 3, price: 200, sku_id: null, related_object: null,
              product: { source_id: 'prod-tea', name: 'Tea', price: 200, override: true, metadata: null },
              sku: { source_id: 'sku-tea-100', sku: 'Tea 100 g', price: 200, override: true } }],
  }
  out.created = await client.orders.create(order)
  out.upserted = await client.orders.create({ source_id: 'js-1', status: 'PAID', amount: null })
  out.got = await client.orders.get('js-1')
  out.updated = await client.orders.update(
    { id: out.created.id, status: 'FULFILLED', referrer_id: null, items: null })
  out.listed = await client.orders.list({ limit: 10, page: 1 })
  const imported = await client.orders.import(
    [{ source_id: 'js-h1', status: 'PAID', amount: 700, metadata: null, customer: null }])
  out.action = await client.asyncActions.get(imported.async_action_id)
  const body = JSON.stringify(
    { parameters: { fields: ['id', 'source_id'], order: 'created_at', filters: null } })
  const created = await (await fetch(`${url}/v1/orders/export`, { method: 'POST', headers, body })).json()
  out.export = await client.distributions.exports.get(created.id)
  out.csv = await (await fetch(out.export.result.url)).text()
  try { await client.orders.get('no-such-order'); out.missing = 'found' } catch (e) { out.missing = e.code }
  console.log(JSON.stringify(out))
})().catch((e) => { console.error(e); process.exit(1) })
"""
NPM_PACKAGE = "@voucherify/sdk"
NPM_CACHE = Path(
    os.environ.get("VOUCHERIFY_NPM_SDK_DIR", Path(tempfile.gettempdir()) / "voucherify-orders-npm-sdk")
)


def _installed_js_sdk() -> Path:
    """A folder with @voucherify/sdk installed by npm (kept between runs)."""
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        pytest.skip("npm and node are not installed")
    if not (NPM_CACHE / "node_modules" / "@voucherify" / "sdk" / "package.json").exists():
        NPM_CACHE.mkdir(parents=True, exist_ok=True)
        (NPM_CACHE / "package.json").write_text('{"name": "voucherify-orders-sdk-check", "private": true}')
        subprocess.run(
            [npm, "install", "--no-audit", "--no-fund", "--loglevel=error", NPM_PACKAGE],
            cwd=NPM_CACHE,
            check=True,
            timeout=600,
        )
    return NPM_CACHE


def test_the_official_node_sdk_runs_every_orders_endpoint(emulated: Emulated) -> None:
    folder = _installed_js_sdk()
    (folder / "scenario.js").write_text(JS_SCENARIO)
    done = subprocess.run(
        ["node", "scenario.js", emulated.url, APP_ID, SECRET],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    created = out["created"]
    assert (created["amount"], created["status"], created["items"][0]["product"]["name"]) == (
        600,
        "CREATED",
        "Tea",
    )
    assert out["upserted"]["id"] == created["id"] == out["got"]["id"] and out["upserted"]["status"] == "PAID"
    assert (out["updated"]["status"], out["updated"]["source_id"], out["updated"]["amount"]) == (
        "FULFILLED",
        "js-1",
        600,
    )
    assert out["listed"]["total"] == 1
    assert (out["action"]["status"], out["action"]["result"]["done_count"]) == ("DONE", 1)
    assert out["export"]["status"] == "DONE"
    lines = out["csv"].splitlines()
    assert (
        lines[:2] == ["id,source_id", f"{created['id']},js-1"]
        and lines[2].endswith(",js-h1")
        and len(lines) == 3
    )
    assert len(out["updated"]["items"]) == 1  # "items": null left the lines as they were
    assert out["missing"] == 404

    assert {
        ".referrer_id",
        ".metadata",
        ".customer.email",
        ".customer.address",
        ".items[0].sku_id",
    } <= nulls_in(emulated.bodies("POST", "/v1/orders")[0])
    assert {".amount"} <= nulls_in(emulated.bodies("POST", "/v1/orders")[1])
    assert {".referrer_id", ".items"} <= nulls_in(emulated.bodies("PUT", f"/v1/orders/{created['id']}")[0])
    assert {"[0].metadata", "[0].customer"} <= nulls_in(emulated.bodies("POST", "/v1/orders/import")[0])
    assert {".parameters.filters"} <= nulls_in(emulated.bodies("POST", "/v1/orders/export")[0])
    assert [c.path for c in emulated.calls if c.status != 200] == ["/v1/orders/no-such-order"]
