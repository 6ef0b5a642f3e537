"""Benchmarks, measured side by side in one run, reported as ratios and absolute figures.

Usage: python scripts/bench.py [--quick] [--out DIR]

Writes DIR/benchmarks.json and DIR/benchmarks.md (DIR defaults to bench-results/).
Subjects that are not installed (the official `voucherify` SDK, Prism) are
reported as skipped, never guessed. Numbers are printed, never asserted.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import json
import os
import platform
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
from voucherify_orders import Voucherify
from voucherify_orders_client.models import OrdersList

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "voucherify-orders.yaml"
APP_ID, SECRET = "bench-app", "bench-secret"


def stats(samples: list[float]) -> dict[str, float]:
    return {"median": statistics.median(samples), "min": min(samples), "max": max(samples), "n": len(samples)}


def order_input(n: int) -> dict[str, Any]:
    """An order as a shop sends it: a customer, metadata and two product lines."""
    return {
        "source_id": f"web-{n}",
        "status": "PAID",
        "customer": {"source_id": f"cust-{n % 7}"},
        "metadata": {"channel": "web", "n": n},
        "items": [
            {
                "source_id": f"sku-{k}",
                "related_object": "product",
                "quantity": 2,
                "price": 350 + k,
                "product": {"name": "Thing", "price": 350 + k},
            }
            for k in range(2)
        ],
    }


def emulator_bodies() -> tuple[bytes, bytes]:
    """One order and a 100-order page (two items each), exactly as the emulator answers them."""
    from voucherify_orders.emulator import Emulator  # noqa: PLC0415 (the emulator extra)

    emulator = Emulator(app_id=APP_ID, secret_key=SECRET, seed=1)
    headers = {"X-App-Id": APP_ID, "X-App-Token": SECRET, "Content-Type": "application/json"}
    for n in range(100):
        created = emulator.handle(
            "POST", "https://emulator/v1/orders", headers, json.dumps(order_input(n)).encode()
        )
        assert created.status in (200, 201), created.body
    page = emulator.handle("GET", "https://emulator/v1/orders?limit=100", headers, b"").body
    first = json.loads(page)["orders"][0]["id"]
    order = emulator.handle("GET", f"https://emulator/v1/orders/{first}", headers, b"").body
    return order, page


ORDER_BYTES, PAGE_BYTES = emulator_bodies()


# -- 1. import time -------------------------------------------------------------------

IMPORT_SUBJECTS = {
    "floor: import httpx, attrs": "import httpx, attrs",
    # every name of the package loads on first use: the client is what a program imports
    "voucherify_orders": "from voucherify_orders import Voucherify",
    "official SDK: import voucherify": "import voucherify",
}


def importable(module: str) -> bool:
    probe = subprocess.run([sys.executable, "-c", f"import {module}"], check=False, capture_output=True)
    return probe.returncode == 0


def bench_import(rounds: int) -> dict[str, Any]:
    subjects = {k: v for k, v in IMPORT_SUBJECTS.items() if importable(v.split()[1].rstrip(","))}
    samples: dict[str, list[float]] = {k: [] for k in subjects}
    code = "import time; t = time.perf_counter(); {stmt}; print(time.perf_counter() - t)"
    for _ in range(rounds):
        order = list(subjects)
        random.shuffle(order)  # interleaved, in a fresh interpreter each time
        for name in order:
            out = subprocess.run(
                [sys.executable, "-c", code.format(stmt=subjects[name])],
                capture_output=True,
                text=True,
                check=True,
            )
            samples[name].append(float(out.stdout) * 1000)
    result = {name: stats(s) for name, s in samples.items()}
    return {"unit": "ms", "results": result, "skipped": sorted(set(IMPORT_SUBJECTS) - set(subjects))}


# -- 2. per-call overhead -----------------------------------------------------------------


def interleaved(
    subjects: dict[str, Callable[[], object]], rounds: int, per_round: int
) -> dict[str, dict[str, float]]:
    """Per-call microseconds: each round runs every subject `per_round` times, in a shuffled order."""
    samples: dict[str, list[float]] = {k: [] for k in subjects}
    for fn in subjects.values():
        fn()  # warm up
    for _ in range(rounds):
        order = list(subjects)
        random.shuffle(order)
        for name in order:
            fn = subjects[name]
            start = time.perf_counter()
            for _ in range(per_round):
                fn()
            samples[name].append((time.perf_counter() - start) / per_round * 1e6)
    return {name: stats(s) for name, s in samples.items()}


class CannedPool:
    """Stands in for the official SDK's urllib3 PoolManager: canned bytes, no network."""

    def request(self, method: str, url: str, **_: Any) -> Any:
        import urllib3  # noqa: PLC0415 (the official SDK's transport)

        body = PAGE_BYTES if url.split("?", maxsplit=1)[0].endswith("/v1/orders") else ORDER_BYTES
        return urllib3.HTTPResponse(
            body=io.BytesIO(body),
            headers={"Content-Type": "application/json"},
            status=200,
            preload_content=False,
        )


def official_decoder() -> Callable[[bytes], object] | None:
    try:  # optional: only the bench environment installs the official SDK
        models: Any = importlib.import_module("voucherify.models.orders_list_response_body")
    except ImportError:
        return None
    return lambda body: models.OrdersListResponseBody.from_json(body.decode())


def bench_calls_in_process(rounds: int, per_round: int) -> dict[str, Any]:
    def canned(request: httpx.Request) -> httpx.Response:
        body = PAGE_BYTES if request.url.path == "/v1/orders" else ORDER_BYTES
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    transport = httpx.MockTransport(canned)
    client = Voucherify(APP_ID, SECRET, transport=transport)
    raw = httpx.Client(
        transport=transport,
        base_url="https://api.voucherify.io",
        headers={"X-App-Id": APP_ID, "X-App-Token": SECRET},
    )
    official = official_sdk("https://api.voucherify.io")
    if official is not None:
        official.api_client.rest_client.pool_manager = CannedPool()
    order_id = json.loads(ORDER_BYTES)["id"]
    get_subjects: dict[str, Callable[[], object]] = {
        "floor: httpx + json.loads": lambda: json.loads(raw.get(f"/v1/orders/{order_id}").content),
        "voucherify_orders: orders.get": lambda: client.orders.get(order_id),
    }
    list_subjects: dict[str, Callable[[], object]] = {
        "floor: httpx + json.loads": lambda: json.loads(raw.get("/v1/orders", params={"limit": 100}).content),
        "voucherify_orders: orders.list(limit=100)": lambda: client.orders.list(limit=100),
    }
    decode_subjects: dict[str, Callable[[], object]] = {
        "json.loads alone": lambda: json.loads(PAGE_BYTES),
        "voucherify_orders: json.loads + OrdersList.from_dict": lambda: OrdersList.from_dict(
            json.loads(PAGE_BYTES)
        ),
    }
    if official is not None:
        get_subjects["official SDK: get_order (canned urllib3 pool)"] = lambda: official.get_order(order_id)
        list_subjects["official SDK: list_orders(limit=100) (canned urllib3 pool)"] = lambda: (
            official.list_orders(limit=100)
        )
    decoder = official_decoder()
    if decoder is not None:
        decode_subjects["official SDK: OrdersListResponseBody.from_json"] = lambda: decoder(PAGE_BYTES)
    get_order = interleaved(get_subjects, rounds, per_round)
    list_page = interleaved(list_subjects, rounds, max(1, per_round // 10))
    decode = interleaved(decode_subjects, rounds, max(1, per_round // 10))
    return {"unit": "µs per call", "get_order": get_order, "list_100": list_page, "decode_100": decode}


# -- servers in other processes -------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on port {port} after {timeout}s")


@contextlib.contextmanager
def process(cmd: list[str], port: int, env: dict[str, str] | None = None) -> Iterator[None]:
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
        start_new_session=True,
    )
    try:
        wait_for_port(port)
        yield
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)


CANNED_SERVER = textwrap.dedent("""
    import socket, sys
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    ORDER, PAGE = open(sys.argv[2], "rb").read(), open(sys.argv[3], "rb").read()
    class H(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        def setup(self):
            super().setup()
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        def do_GET(self):
            body = PAGE if self.path.startswith("/v1/orders?") or self.path == "/v1/orders" else ORDER
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        def log_message(self, *a):
            pass
    ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
""")


def emulator_cmd(port: int) -> list[str]:
    return [
        sys.executable,
        "-c",
        "from voucherify_orders.cli import main; main()",
        "emulator",
        "--port",
        str(port),
        "--app-id",
        APP_ID,
        "--secret-key",
        SECRET,
        "--seed",
        "1",
    ]


def bench_calls_loopback(rounds: int, per_round: int, tmp: Path) -> dict[str, Any]:
    (tmp / "order.json").write_bytes(ORDER_BYTES)
    (tmp / "page.json").write_bytes(PAGE_BYTES)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    order_id = json.loads(ORDER_BYTES)["id"]
    cmd = [sys.executable, "-c", FAST_SERVER, str(port), str(tmp / "order.json"), str(tmp / "page.json")]
    with process(cmd, port):
        client = Voucherify(APP_ID, SECRET, base_url=url)
        raw = httpx.Client(base_url=url, headers={"X-App-Id": APP_ID, "X-App-Token": SECRET})
        get_subjects: dict[str, Callable[[], object]] = {
            "floor: httpx + json.loads": lambda: json.loads(raw.get(f"/v1/orders/{order_id}").content),
            "voucherify_orders: orders.get": lambda: client.orders.get(order_id),
        }
        list_subjects: dict[str, Callable[[], object]] = {
            "floor: httpx + json.loads": lambda: json.loads(
                raw.get("/v1/orders", params={"limit": 100}).content
            ),
            "voucherify_orders: orders.list(limit=100)": lambda: client.orders.list(limit=100),
        }
        official = official_sdk(url)
        if official is not None:
            get_subjects["official SDK: get_order"] = lambda: official.get_order(order_id)
            list_subjects["official SDK: list_orders(limit=100)"] = lambda: official.list_orders(limit=100)
        get_order = interleaved(get_subjects, rounds, per_round)
        list_page = interleaved(list_subjects, rounds, max(1, per_round // 10))
    return {
        "unit": "µs per call",
        "get_order": get_order,
        "list_100": list_page,
        "skipped": [] if official else ["official SDK"],
    }


def official_sdk(url: str) -> Any:
    try:  # optional: only the bench environment installs the official SDK
        voucherify: Any = importlib.import_module("voucherify")
    except ImportError:
        return None
    config = voucherify.Configuration(host=url, api_key={"X-App-Id": APP_ID, "X-App-Token": SECRET})
    return voucherify.OrdersApi(voucherify.ApiClient(config))


# -- 3. auto-pagination, 4. bulk import (client in its own process) -------------------

PAGINATE = textwrap.dedent("""
    import json, sys, time
    from voucherify_orders import Voucherify
    with Voucherify("{app}", "{secret}", base_url=sys.argv[1]) as client:
        count = int(sys.argv[2])
        client.orders.import_orders({{"source_id": f"p-{{n}}", "amount": n}} for n in range(count))
        cpu, wall = time.process_time(), time.perf_counter()
        count = sum(1 for _ in client.orders.list(limit=100))
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        print(json.dumps({{"orders": count, "cpu_s": cpu, "wall_s": wall}}))
""").format(app=APP_ID, secret=SECRET)

BULK = textwrap.dedent("""
    import json, sys, time
    from voucherify_orders import Voucherify, testing
    with Voucherify("{app}", "{secret}", base_url=sys.argv[1], retry_policy=testing.no_waits()) as client:
        start = time.perf_counter()
        report = client.orders.import_orders(sys.argv[2])
        wall = time.perf_counter() - start
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss across exec, so a child started
    # from a big parent would report the parent's size.
    status = open("/proc/self/status").read()
    hwm_kb = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")))
    print(json.dumps({{"orders": report.imported, "wall_s": wall, "peak_rss_mb": hwm_kb / 1024}}))
""").format(app=APP_ID, secret=SECRET)


def run_json(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, env={**os.environ, **(env or {})})
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def bench_paginate(count: int) -> dict[str, Any]:
    port = free_port()
    with process(emulator_cmd(port), port):
        result = run_json([sys.executable, "-c", PAGINATE, f"http://127.0.0.1:{port}", str(count)])
    result["cpu_us_per_order"] = result["cpu_s"] / result["orders"] * 1e6
    return result


def bench_bulk(counts: list[int], tmp: Path) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for count in counts:
        path = tmp / f"orders-{count}.ndjson"
        with path.open("w") as handle:
            for n in range(count):
                handle.write(
                    json.dumps(
                        {
                            "source_id": f"b-{n}",
                            "amount": n,
                            "status": "PAID",
                            "metadata": {"region": "north", "n": n},
                        }
                    )
                    + "\n"
                )
        port = (
            free_port()
        )  # a fresh emulator per run, in its own process: the client's memory is what we measure
        with process(emulator_cmd(port), port):
            result = run_json([sys.executable, "-c", BULK, f"http://127.0.0.1:{port}", str(path)])
        result["orders_per_s"] = result["orders"] / result["wall_s"]
        results[str(count)] = result
        path.unlink()
    return results


BULK_CPU = textwrap.dedent("""
    import json, sys, time
    url, path, subject = sys.argv[1], sys.argv[2], sys.argv[3]
    APP, SECRET = "{app}", "{secret}"
    HEADERS = {{"X-App-Id": APP, "X-App-Token": SECRET}}
    CHUNK = 2000
    if subject == "ours":
        from voucherify_orders import Voucherify
        client = Voucherify(APP, SECRET, base_url=url)
        client.orders.list(limit=1)  # connected, modules loaded: what follows is the import alone
        cpu, wall = time.process_time(), time.perf_counter()
        report = client.orders.import_orders(path)
        count = report.imported
    elif subject == "raw":
        import httpx
        client = httpx.Client(base_url=url, headers=HEADERS)
        client.get("/v1/orders", params={{"limit": 1}})
        def submit(chunk):
            action = client.post("/v1/orders/import", content=json.dumps(chunk).encode(),
                                 headers={{"Content-Type": "application/json"}}).json()["async_action_id"]
            while True:
                done = client.get(f"/v1/async-actions/{{action}}").json()
                if done["status"] in ("DONE", "FAILED"):
                    return len(chunk)
        cpu, wall = time.process_time(), time.perf_counter()
        count, chunk = 0, []
        with open(path, "rb") as lines:
            for line in lines:
                chunk.append(json.loads(line))
                if len(chunk) == CHUNK:
                    count += submit(chunk)
                    chunk = []
        if chunk:
            count += submit(chunk)
    elif subject == "official":
        import voucherify
        from voucherify.models import orders_import_create_request_body_item as item_module
        Item = item_module.OrdersImportCreateRequestBodyItem
        config = voucherify.Configuration(host=url, api_key=HEADERS)
        api_client = voucherify.ApiClient(config)
        orders, actions = voucherify.OrdersApi(api_client), voucherify.AsyncActionsApi(api_client)
        orders.list_orders(limit=1)
        def submit(chunk):
            action = orders.import_orders([Item.from_dict(order) for order in chunk]).async_action_id
            while actions.get_async_action(action).status not in ("DONE", "FAILED"):
                pass
            return len(chunk)
        cpu, wall = time.process_time(), time.perf_counter()
        count, chunk = 0, []
        with open(path, "rb") as lines:
            for line in lines:
                chunk.append(json.loads(line))
                if len(chunk) == CHUNK:
                    count += submit(chunk)
                    chunk = []
        if chunk:
            count += submit(chunk)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    print(json.dumps({{"orders": count, "cpu_s": cpu, "wall_s": wall}}))
""").format(app=APP_ID, secret=SECRET)

BULK_CPU_SUBJECTS = {
    "raw": "floor: raw httpx loop (json.loads per line, POST 2,000, poll)",
    "ours": "voucherify_orders: orders.import_orders(path)",
    "official": "official SDK: import_orders per 2,000 (from_dict per order), poll",
}


def bench_bulk_cpu(count: int, rounds: int, tmp: Path) -> dict[str, Any]:
    """Client CPU per imported order, each subject in its own process against a fresh emulator."""
    path = tmp / "bulk-cpu.ndjson"
    with path.open("w") as handle:
        for n in range(count):
            handle.write(json.dumps(order_input(n)) + "\n")
    subjects = dict(BULK_CPU_SUBJECTS)
    skipped = [] if importable("voucherify") else [subjects.pop("official")]
    samples: dict[str, list[float]] = {k: [] for k in subjects}
    for _ in range(rounds):
        order = list(subjects)
        random.shuffle(order)
        for key in order:
            port = free_port()
            with process(emulator_cmd(port), port):
                out = run_json([sys.executable, "-c", BULK_CPU, f"http://127.0.0.1:{port}", str(path), key])
            if out["orders"] != count:
                raise RuntimeError(f"{key} imported {out['orders']} of {count} orders")
            samples[key].append(out["cpu_s"] / count * 1e6)
    path.unlink()
    return {
        "unit": "client CPU µs per order",
        "orders": count,
        "results": {subjects[k]: stats(v) for k, v in samples.items()},
        "skipped": skipped,
    }


# -- 5. emulator vs Prism over HTTP -------------------------------------------------------

LOAD = textwrap.dedent("""
    import json, sys, threading, time, httpx
    url, path, workers, seconds = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
    headers = {{"X-App-Id": "{app}", "X-App-Token": "{secret}"}}
    counts, errors = [0] * workers, [0] * workers
    stop = time.perf_counter() + seconds
    def work(i):
        with httpx.Client(base_url=url, headers=headers) as c:
            while time.perf_counter() < stop:
                r = c.get(path)
                counts[i] += 1
                errors[i] += r.status_code != 200
    threads = [threading.Thread(target=work, args=(i,)) for i in range(workers)]
    [t.start() for t in threads]; [t.join() for t in threads]
    print(json.dumps({{"rps": sum(counts) / seconds, "errors": sum(errors), "requests": sum(counts)}}))
""").format(app=APP_ID, secret=SECRET)


def prism_command(port: int) -> list[str] | None:
    local = ROOT / "bench-results" / "prism" / "node_modules" / ".bin" / "prism"
    found = str(local) if local.exists() else shutil.which("prism")
    return [found, "mock", str(SPEC), "-p", str(port), "-h", "127.0.0.1"] if found else None


def bench_http(seconds: float, rounds: int) -> dict[str, Any]:
    emulator_port, prism_port = free_port(), free_port()
    prism = prism_command(prism_port)
    servers: dict[str, tuple[list[str], int, str]] = {
        "emulator": (emulator_cmd(emulator_port), emulator_port, "")
    }
    if prism:
        servers["Prism (stateless mock)"] = (prism, prism_port, "")
    results: dict[str, dict[str, list[float]]] = {name: {"1": [], "16": []} for name in servers}
    with contextlib.ExitStack() as stack:
        for cmd, port, _ in servers.values():
            stack.enter_context(process(cmd, port))
        created = httpx.post(
            f"http://127.0.0.1:{emulator_port}/v1/orders",
            json={"source_id": "load", "amount": 1},
            headers={"X-App-Id": APP_ID, "X-App-Token": SECRET},
        ).json()
        for _ in range(rounds):
            for concurrency in ("1", "16"):
                order = list(servers)
                random.shuffle(order)
                for name in order:
                    port = servers[name][1]
                    out = run_json(
                        [
                            sys.executable,
                            "-c",
                            LOAD,
                            f"http://127.0.0.1:{port}",
                            f"/v1/orders/{created['id']}",
                            concurrency,
                            str(seconds),
                        ]
                    )
                    results[name][concurrency].append(out["rps"])
    return {
        "unit": "requests/s",
        "results": {n: {c: stats(v) for c, v in r.items()} for n, r in results.items()},
        "skipped": [] if prism else ["Prism (not installed)"],
    }


# -- 6. regeneration ----------------------------------------------------------------------


def bench_regen(rounds: int) -> dict[str, Any]:
    samples = []
    for _ in range(rounds):
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, str(ROOT / "scripts" / "generate.py"), "--out", tmp],
                check=True,
                capture_output=True,
            )
            samples.append(time.perf_counter() - start)
    return {"unit": "s", "generate": stats(samples)}


# -- 7. concurrency: 32 get-order calls in flight (client and server each in its own process) -----

# A canned HTTP/1.1 server on asyncio: it parses only what it must (the request line, the
# Content-Length), so the two cores go to the clients being compared, not to the server.
FAST_SERVER = textwrap.dedent("""
    import asyncio, sys
    ORDER, PAGE = open(sys.argv[2], "rb").read(), open(sys.argv[3], "rb").read()
    def answer(body):
        head = b"HTTP/1.1 200 OK\\r\\nContent-Type: application/json\\r\\n"
        head += b"Content-Length: %d\\r\\n\\r\\n" % len(body)
        return head + body
    ANSWERS = {False: answer(ORDER), True: answer(PAGE)}
    class Canned(asyncio.Protocol):
        def connection_made(self, transport):
            self.transport, self.buffer = transport, b""
        def data_received(self, data):
            self.buffer += data
            while True:
                end = self.buffer.find(b"\\r\\n\\r\\n")
                if end < 0:
                    return
                head = self.buffer[:end].decode("latin-1")
                length = 0
                for line in head.split("\\r\\n")[1:]:
                    name, _, value = line.partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value)
                if len(self.buffer) < end + 4 + length:
                    return
                self.buffer = self.buffer[end + 4 + length:]
                path = head.split(" ", 2)[1]
                self.transport.write(ANSWERS[path.split("?")[0] == "/v1/orders"])
    async def main():
        loop = asyncio.get_running_loop()
        server = await loop.create_server(Canned, "127.0.0.1", int(sys.argv[1]), backlog=256)
        await server.serve_forever()
    asyncio.run(main())
""")

# One subject per run, in a fresh interpreter: `calls` get-order calls, `workers` in flight.
CONCURRENT_CLIENT = textwrap.dedent("""
    import json, sys, time
    url, subject, workers, calls = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    ORDER_ID = sys.argv[5]  # the canned order's: the client refuses an answer naming another
    APP, SECRET = "{app}", "{secret}"
    HEADERS = {{"X-App-Id": APP, "X-App-Token": SECRET}}

    def threaded(make, call):
        import threading
        per = calls // workers
        sessions = [make() for _ in range(workers)] if make else None
        shared = None if make else call.__self__ if hasattr(call, "__self__") else None
        barrier = threading.Barrier(workers + 1)
        def work(i):
            barrier.wait()
            for _ in range(per):
                call(i)
        threads = [threading.Thread(target=work, args=(i,)) for i in range(workers)]
        [t.start() for t in threads]
        for i in range(workers):  # warm up one connection per worker first
            call(i)
        cpu, wall = time.process_time(), time.perf_counter()
        barrier.wait()
        [t.join() for t in threads]
        return per * workers, time.process_time() - cpu, time.perf_counter() - wall

    async def gathered(call, close):
        import asyncio
        per = calls // workers
        await asyncio.gather(*(call() for _ in range(workers)))  # warm up: open the connections
        async def work():
            for _ in range(per):
                await call()
        cpu, wall = time.process_time(), time.perf_counter()
        await asyncio.gather(*(work() for _ in range(workers)))
        result = per * workers, time.process_time() - cpu, time.perf_counter() - wall
        await close()
        return result

    def ours(http_client=None, limits=None):
        import asyncio, httpx
        from voucherify_orders import AsyncVoucherify
        async def run():
            http = http_client() if http_client else None
            if limits is not None:
                http = httpx.AsyncClient(limits=limits, timeout=60)
            client = AsyncVoucherify(APP, SECRET, base_url=url, http_client=http)
            async def close():
                await client.aclose()
                if http is not None:
                    await http.aclose()
            return await gathered(lambda: client.orders.get(ORDER_ID), close)
        return asyncio.run(run())

    if subject == "ours-httpx":
        result = ours()
    elif subject == "ours-httpx-no-sniffio":
        import importlib.abc, importlib.machinery, sys as _sys
        class Missing(importlib.abc.MetaPathFinder):
            # sniffio as if it were not installed: the path is searched (the cost of a
            # failed import), then the import fails
            def find_spec(self, name, path=None, target=None):
                if name != "sniffio":
                    return None
                where = [p for p in _sys.path if not importlib.machinery.PathFinder.find_spec(name, [p])]
                importlib.machinery.PathFinder.find_spec(name, where)
                raise ModuleNotFoundError("No module named 'sniffio'", name=name)
        _sys.meta_path.insert(0, Missing())
        result = ours()
    elif subject == "ours-httpx-limits":
        import httpx
        result = ours(limits=httpx.Limits(max_connections=workers, max_keepalive_connections=workers))
    elif subject == "ours-aiohttp":
        from voucherify_orders import DefaultAioHttpClient
        result = ours(http_client=DefaultAioHttpClient)
    elif subject == "raw-httpx-async":
        import asyncio, httpx
        async def run():
            http = httpx.AsyncClient(base_url=url, headers=HEADERS)
            async def call():
                return json.loads((await http.get(f"/v1/orders/{{ORDER_ID}}")).content)
            return await gathered(call, http.aclose)
        result = asyncio.run(run())
    elif subject == "official-threads":
        import voucherify
        config = voucherify.Configuration(host=url, api_key={{"X-App-Id": APP, "X-App-Token": SECRET}})
        config.connection_pool_maxsize = workers  # one connection per thread (its default is 10)
        api = voucherify.OrdersApi(voucherify.ApiClient(config))
        result = threaded(None, lambda i: api.get_order(ORDER_ID))
    elif subject == "urllib3-threads":
        import urllib3
        pool = urllib3.HTTPConnectionPool("127.0.0.1", int(url.rsplit(":", 1)[1]), maxsize=workers)
        get = lambda i: json.loads(pool.request("GET", f"/v1/orders/{{ORDER_ID}}", headers=HEADERS).data)
        result = threaded(None, get)
    else:
        raise SystemExit(f"unknown subject {{subject}}")
    done, cpu, wall = result
    print(json.dumps({{"calls": done, "cpu_s": cpu, "wall_s": wall}}))
""").format(app=APP_ID, secret=SECRET)

CONCURRENCY_SUBJECTS = {
    "ours-httpx": "voucherify_orders: AsyncVoucherify, httpx (default pool, sniffio installed)",
    "ours-httpx-no-sniffio": "voucherify_orders: AsyncVoucherify, httpx, without sniffio",
    "ours-httpx-limits": "voucherify_orders: AsyncVoucherify, httpx, Limits(32 kept alive)",
    "ours-aiohttp": "voucherify_orders: AsyncVoucherify + DefaultAioHttpClient",
    "raw-httpx-async": "raw httpx.AsyncClient + json.loads",
    "official-threads": "official SDK: get_order, 32 threads",
    "urllib3-threads": "ceiling: raw urllib3 + json.loads, 32 threads",
}


def bench_concurrency(rounds: int, calls: int, workers: int, tmp: Path) -> dict[str, Any]:
    (tmp / "order.json").write_bytes(ORDER_BYTES)
    (tmp / "page.json").write_bytes(PAGE_BYTES)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    subjects = dict(CONCURRENCY_SUBJECTS)
    skipped = []
    if not importable("voucherify"):
        skipped.append(subjects.pop("official-threads"))
    if not importable("httpx_aiohttp"):
        skipped.append(subjects.pop("ours-aiohttp"))
    if not importable("sniffio"):
        skipped.append(subjects.pop("ours-httpx-no-sniffio") + " (sniffio is not installed for any subject)")
    samples: dict[str, list[dict[str, float]]] = {k: [] for k in subjects}
    cmd = [sys.executable, "-c", FAST_SERVER, str(port), str(tmp / "order.json"), str(tmp / "page.json")]
    with process(cmd, port):
        for _ in range(rounds):
            order = list(subjects)
            random.shuffle(order)
            for key in order:
                order_id = json.loads(ORDER_BYTES)["id"]
                out = run_json(
                    [sys.executable, "-c", CONCURRENT_CLIENT, url, key, str(workers), str(calls), order_id]
                )
                samples[key].append(out)
    results = {}
    for key, runs in samples.items():
        results[subjects[key]] = {
            "calls_per_s": stats([r["calls"] / r["wall_s"] for r in runs]),
            "cpu_us_per_call": stats([r["cpu_s"] / r["calls"] * 1e6 for r in runs]),
            "best_calls_per_s": max(r["calls"] / r["wall_s"] for r in runs),
        }
    return {"unit": "calls/s", "workers": workers, "calls": calls, "results": results, "skipped": skipped}


# -- 8. instruction counts (callgrind): the same per-call ratios, free of the machine's noise -----

INSTRUCTIONS = textwrap.dedent("""
    import json, sys, httpx
    sys.path.insert(0, {scripts!r})
    from bench import ORDER_BYTES, PAGE_BYTES, APP_ID, SECRET
    from voucherify_orders import Voucherify
    from voucherify_orders_client.models import OrdersList
    def canned(request):
        body = PAGE_BYTES if request.url.path == "/v1/orders" else ORDER_BYTES
        return httpx.Response(200, content=body, headers={{"content-type": "application/json"}})
    transport = httpx.MockTransport(canned)
    client = Voucherify(APP_ID, SECRET, transport=transport)
    raw = httpx.Client(transport=transport, base_url="https://api.voucherify.io",
                       headers={{"X-App-Id": APP_ID, "X-App-Token": SECRET}})
    order_id = json.loads(ORDER_BYTES)["id"]
    subjects = {{
        "get: floor": lambda: json.loads(raw.get(f"/v1/orders/{{order_id}}").content),
        "get: voucherify_orders": lambda: client.orders.get(order_id),
        "list: floor": lambda: json.loads(raw.get("/v1/orders", params={{"limit": 100}}).content),
        "list: voucherify_orders": lambda: client.orders.list(limit=100),
        "decode: json.loads": lambda: json.loads(PAGE_BYTES),
        "decode: voucherify_orders": lambda: OrdersList.from_dict(json.loads(PAGE_BYTES)),
    }}
    for fn in subjects.values():
        fn()  # every subject warmed up in every run: runs differ only by the loop below
    name, count = sys.argv[1], int(sys.argv[2])
    if name != "baseline":
        fn = subjects[name]
        for _ in range(count):
            fn()
""")

INSTRUCTION_SUBJECTS = [
    "get: floor",
    "get: voucherify_orders",
    "list: floor",
    "list: voucherify_orders",
    "decode: json.loads",
    "decode: voucherify_orders",
]


def callgrind_count(code: str, *args: str) -> int:
    # One hash seed for every run: with random ones, the loop's count less the baseline's
    # moved by up to 15% from process to process (set and dict layouts differ).
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    collected = next(line for line in out.stderr.splitlines() if "Collected :" in line)
    return int(collected.rsplit(":", 1)[1].strip().replace(",", ""))


def bench_instructions(count: int) -> dict[str, Any]:
    """Instructions per call (valgrind's callgrind), each subject's loop against a run without it."""
    if shutil.which("valgrind") is None:
        return {
            "unit": "instructions per call",
            "results": {},
            "skipped": ["callgrind (valgrind not installed)"],
        }
    code = INSTRUCTIONS.format(scripts=str(ROOT / "scripts"))
    baseline = callgrind_count(code, "baseline", "0")
    results = {
        name: (callgrind_count(code, name, str(count)) - baseline) / count for name in INSTRUCTION_SUBJECTS
    }
    return {"unit": "instructions per call", "calls": count, "results": results, "skipped": []}


# -- report -------------------------------------------------------------------------------


def ratio(a: dict[str, float], b: dict[str, float]) -> float:
    """Best against best: the minimum of each subject's interleaved repeats (the least disturbed)."""
    return a["min"] / b["min"]


def fmt(s: dict[str, float], digits: int = 1) -> str:
    return f"{s['min']:,.{digits}f} (median {s['median']:,.{digits}f}, max {s['max']:,.{digits}f})"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    system = f"{platform.system()} {platform.release()}"
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {system}"


def pick(block: dict[str, Any], prefix: str) -> dict[str, float] | None:
    return next((s for name, s in block.items() if name.startswith(prefix)), None)


def goals(data: dict[str, Any]) -> list[tuple[str, str, bool | None]]:
    """Each goal: what it asks, what was measured, met (None: not measured in this run)."""
    out: list[tuple[str, str, bool | None]] = []
    imp = data["import"]["results"]
    ours, floor = imp["voucherify_orders"], imp["floor: import httpx, attrs"]
    out.append(
        (
            "`from voucherify_orders import Voucherify` within 1.3x of `import httpx, attrs`",
            f"{ratio(ours, floor):.2f}x",
            ratio(ours, floor) <= 1.3,
        )
    )
    official = imp.get("official SDK: import voucherify")
    if official:
        out.append(
            (
                "imports at least 15x faster than the official SDK",
                f"{ratio(official, ours):.1f}x",
                ratio(official, ours) >= 15,
            )
        )
    conc = data["concurrency"]["results"]
    best_ours = max(
        (r["best_calls_per_s"], name) for name, r in conc.items() if name.startswith("voucherify_orders")
    )
    off = pick(conc, "official SDK")
    if off is not None:
        theirs = off["best_calls_per_s"]
        out.append(
            (
                f"{data['concurrency']['workers']} concurrent get-order calls: our best async "
                "configuration at least as fast as the official SDK with as many threads",
                f"{best_ours[0] / theirs:.2f}x its throughput ({best_ours[1].split(': ', 1)[1]})",
                best_ours[0] >= theirs,
            )
        )
    dec = data["calls_in_process"]["decode_100"]
    loads = dec["json.loads alone"]
    ours_dec = pick(dec, "voucherify_orders")
    assert ours_dec is not None
    out.append(
        (
            "decoding the emulator's 100-order page (items included) at most 3x `json.loads`",
            f"{ratio(ours_dec, loads):.2f}x",
            ratio(ours_dec, loads) <= 3,
        )
    )
    off_dec = pick(dec, "official SDK")
    if off_dec is not None:
        out.append(
            (
                "... and faster than the official SDK's `from_json`",
                f"{ratio(ours_dec, off_dec):.2f}x its time",
                ratio(ours_dec, off_dec) < 1,
            )
        )
    bulk = data["bulk_cpu"]["results"]
    raw_bulk, ours_bulk = pick(bulk, "floor"), pick(bulk, "voucherify_orders")
    assert raw_bulk is not None
    assert ours_bulk is not None
    out.append(
        (
            "bulk import: client CPU per order at most 3x a raw httpx loop",
            f"{ratio(ours_bulk, raw_bulk):.2f}x ({ours_bulk['min']:.1f} vs {raw_bulk['min']:.1f} µs)",
            ratio(ours_bulk, raw_bulk) <= 3,
        )
    )
    decode_only = ours_dec["min"] - loads["min"]
    for where, key in (("in-process", "calls_in_process"), ("loopback", "calls_loopback")):
        block = data[key]
        raw_get, ours_get = pick(block["get_order"], "floor"), pick(block["get_order"], "voucherify_orders")
        assert raw_get is not None
        assert ours_get is not None
        instr = data.get("instructions", {}).get("results", {})
        counted = (
            f"; {instr['get: voucherify_orders'] / instr['get: floor']:.2f}x in instructions"
            if instr and where == "in-process"
            else ""
        )
        out.append(
            (
                f"get-order per call at most 1.1x raw httpx + `json.loads` ({where})",
                f"{ratio(ours_get, raw_get):.2f}x "
                f"({ours_get['min']:.0f} vs {raw_get['min']:.0f} µs{counted})",
                ratio(ours_get, raw_get) <= 1.1,
            )
        )
        raw_list = pick(block["list_100"], "floor")
        ours_list = pick(block["list_100"], "voucherify_orders")
        assert raw_list is not None
        assert ours_list is not None
        budget = (raw_list["min"] + decode_only) * 1.1
        out.append(
            (
                f"list 100 per call at most (raw + decode) + 10% ({where})",
                f"{ours_list['min']:,.0f} µs against a budget of {budget:,.0f} "
                f"({ours_list['min'] / budget:.2f}x the budget)",
                ours_list["min"] <= budget,
            )
        )
    bulk_mem = data["bulk"]
    if len(bulk_mem) > 1:
        counts = sorted(bulk_mem, key=int)
        # rounded, then + 0.0: a change below 0.05 MB reads +0.0, never -0.0
        grew = round(bulk_mem[counts[-1]]["peak_rss_mb"] - bulk_mem[counts[0]]["peak_rss_mb"], 1) + 0.0
        out.append(
            (
                f"bulk import memory flat: {int(counts[-1]):,} within 20 MB of {int(counts[0]):,} orders",
                f"{grew:+.1f} MB",
                grew <= 20,
            )
        )
    return out


def table(block: dict[str, dict[str, float]], unit: str, base: str | None = None) -> list[str]:
    floor = block[base] if base else next(iter(block.values()))
    lines = [f"| subject | {unit}, best (median, max) | x first row |", "|---|---|---|"]
    lines += [f"| {name} | {fmt(s)} | {ratio(s, floor):.2f}x |" for name, s in block.items()]
    return lines


def markdown(data: dict[str, Any]) -> str:
    lines = [
        f"Machine: {data['machine']}. Mode: {data['mode']}. Every figure is the best (minimum) of "
        "interleaved repeats, with the median and maximum beside it; ratios are best against best.",
        "",
        "### Goals",
        "",
        "| goal | measured | |",
        "|---|---|---|",
    ]
    for goal, measured, met in goals(data):
        verdict = "met" if met else ("**missed**" if met is False else "not measured")
        lines.append(f"| {goal} | {measured} | {verdict} |")
    imp = data["import"]["results"]
    lines += ["", "### Import time (fresh interpreter per sample, ms)", "", *table(imp, "ms")]
    calls = data["calls_in_process"]
    lines += [
        "",
        "### Per call, in-process transport returning the emulator's bytes (µs per call)",
        "",
        "The official SDK runs on a stand-in for its urllib3 pool that returns the same bytes.",
        "",
        "get order:",
        "",
        *table(calls["get_order"], "µs"),
        "",
        "list 100 orders (two items each):",
        "",
        *table(calls["list_100"], "µs"),
        "",
        "decode the emulator's 100-order page (two items each, 76 KB):",
        "",
        *table(calls["decode_100"], "µs"),
    ]
    loop = data["calls_loopback"]
    lines += [
        "",
        "### Per call over loopback, to a canned server in its own process (µs per call)",
        "",
        "get order:",
        "",
        *table(loop["get_order"], "µs"),
        "",
        "list 100 orders:",
        "",
        *table(loop["list_100"], "µs"),
    ]
    conc = data["concurrency"]
    lines += [
        "",
        f"### {conc['workers']} concurrent get-order calls over loopback (client and canned server each "
        "in its own process)",
        "",
        f"{conc['calls']:,} calls per run, {conc['workers']} in flight; a fresh client process per run.",
        "",
        "| subject | calls/s, best (median) | client CPU µs per call (median) | x official SDK |",
        "|---|---|---|---|",
    ]
    official = pick(conc["results"], "official SDK")
    for name, r in conc["results"].items():
        versus = f"{r['best_calls_per_s'] / official['best_calls_per_s']:.2f}x" if official else "-"
        lines.append(
            f"| {name} | {r['best_calls_per_s']:,.0f} ({r['calls_per_s']['median']:,.0f}) | "
            f"{r['cpu_us_per_call']['median']:,.0f} | {versus} |"
        )
    instr = data.get("instructions", {}).get("results", {})
    if instr:
        lines += [
            "",
            f"### Instructions per call (callgrind, {data['instructions']['calls']} calls per subject; "
            "in-process transport)",
            "",
            "| operation | floor | voucherify_orders | ratio |",
            "|---|---|---|---|",
        ]
        for op, floor_name in (
            ("get", "get: floor"),
            ("list", "list: floor"),
            ("decode", "decode: json.loads"),
        ):
            ours_n, floor_n = instr[f"{op}: voucherify_orders"], instr[floor_name]
            lines.append(f"| {op} | {floor_n:,.0f} | {ours_n:,.0f} | {ours_n / floor_n:.2f}x |")
    bulk_cpu = data["bulk_cpu"]
    lines += [
        "",
        f"### Bulk import, client CPU per order ({bulk_cpu['orders']:,} orders with two items each; "
        "emulator in another process)",
        "",
        *table(bulk_cpu["results"], "µs per order"),
    ]
    pag = data["paginate"]
    lines += [
        "",
        "### Auto-pagination from the emulator (client process only)",
        "",
        f"{pag['orders']:,} orders in {pag['wall_s']:.2f} s wall; client CPU {pag['cpu_s']:.2f} s = "
        f"**{pag['cpu_us_per_order']:.1f} µs per order**.",
    ]
    bulk = data["bulk"]
    lines += [
        "",
        "### Bulk import from NDJSON, throughput and memory (client process; emulator in another process)",
        "",
        "| orders | orders/s | client peak RSS (MB) |",
        "|---|---|---|",
    ]
    lines += [f"| {int(n):,} | {r['orders_per_s']:,.0f} | {r['peak_rss_mb']:.1f} |" for n, r in bulk.items()]
    if len(bulk) > 1:
        counts = sorted(bulk, key=int)
        lines.append(
            f"\nPeak RSS difference, largest vs smallest run: "
            f"{round(bulk[counts[-1]]['peak_rss_mb'] - bulk[counts[0]]['peak_rss_mb'], 1) + 0.0:+.1f} MB."
        )
    http = data["http"]["results"]
    lines += [
        "",
        "### The emulator over HTTP on loopback, get order (requests/s)",
        "",
        "| server | concurrency 1, best (median, worst) | concurrency 16, best (median, worst) |",
        "|---|---|---|",
    ]

    def rate(s: dict[str, float]) -> str:  # higher is better here
        return f"{s['max']:,.0f} (median {s['median']:,.0f}, worst {s['min']:,.0f})"

    lines += [f"| {name} | {rate(r['1'])} | {rate(r['16'])} |" for name, r in http.items()]
    lines += [
        "",
        "### Regeneration (both generators, wall time, s)",
        "",
        f"{fmt(data['regen']['generate'], 2)}",
    ]
    skipped = [
        s
        for key in ("import", "calls_loopback", "http", "concurrency", "bulk_cpu")
        for s in data[key].get("skipped", [])
    ]
    if skipped:
        lines += ["", "Skipped (not installed): " + ", ".join(skipped)]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="small sizes and few rounds: checks the harness runs"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results")
    args = parser.parse_args()
    quick = args.quick
    args.out.mkdir(parents=True, exist_ok=True)
    data: dict[str, Any] = {"machine": machine(), "mode": "quick" if quick else "full"}
    with tempfile.TemporaryDirectory() as scratch:
        tmp = Path(scratch)
        steps: list[tuple[str, Callable[[], Any]]] = [
            ("import", lambda: bench_import(3 if quick else 11)),
            ("calls_in_process", lambda: bench_calls_in_process(3 if quick else 60, 50 if quick else 100)),
            ("calls_loopback", lambda: bench_calls_loopback(3 if quick else 40, 20 if quick else 50, tmp)),
            ("paginate", lambda: bench_paginate(500 if quick else 10_000)),
            ("bulk", lambda: bench_bulk([1_000, 3_000] if quick else [10_000, 100_000], tmp)),
            ("bulk_cpu", lambda: bench_bulk_cpu(2_000 if quick else 10_000, 1 if quick else 3, tmp)),
            ("concurrency", lambda: bench_concurrency(1 if quick else 3, 320 if quick else 1_600, 32, tmp)),
            ("http", lambda: bench_http(0.5 if quick else 3.0, 1 if quick else 3)),
            ("regen", lambda: bench_regen(1 if quick else 5)),
            ("instructions", lambda: bench_instructions(20) if not quick else {"results": {}, "skipped": []}),
        ]
        for name, step in steps:
            started = time.perf_counter()
            data[name] = step()
            print(f"{name}: done in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    (args.out / "benchmarks.json").write_text(json.dumps(data, indent=2) + "\n")
    report = markdown(data)
    (args.out / "benchmarks.md").write_text(report)
    print(report)


if __name__ == "__main__":
    main()
