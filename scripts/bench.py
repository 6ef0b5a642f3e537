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


def order_json(n: int) -> dict[str, Any]:
    return {
        "id": f"ord_{n:024d}",
        "object": "order",
        "source_id": f"src-{n}",
        "status": "PAID",
        "amount": 12500,
        "discount_amount": 500,
        "items_discount_amount": 250,
        "total_discount_amount": 750,
        "total_amount": 11750,
        "created_at": "2024-05-01T10:20:30.123Z",
        "updated_at": None,
        "customer_id": "cust_abc",
        "referrer_id": None,
        "metadata": {"channel": "web", "tags": ["a", "b"]},
        "customer": {"id": "cust_abc", "object": "customer"},
        "items": [
            {
                "object": "order_item",
                "source_id": f"sku-{k}",
                "related_object": "product",
                "quantity": 2,
                "amount": 5000,
                "price": 2500,
                "subtotal_amount": 4750,
                "discount_amount": 250,
                "product": {"id": f"prod_{k}", "source_id": f"sku-{k}", "name": "Thing", "price": 2500},
            }
            for k in range(2)
        ],
    }


ORDER_BYTES = json.dumps(order_json(1)).encode()
PAGE_BYTES = json.dumps(
    {"object": "list", "data_ref": "orders", "orders": [order_json(n) for n in range(100)], "total": 100}
).encode()


# -- 1. import time -------------------------------------------------------------------

IMPORT_SUBJECTS = {
    "floor: import httpx, attrs": "import httpx, attrs",
    "voucherify_orders": "import voucherify_orders",
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
    get_order = interleaved(
        {
            "floor: httpx + json.loads": lambda: json.loads(raw.get("/v1/orders/ord_1").content),
            "voucherify_orders: orders.get": lambda: client.orders.get("ord_1"),
        },
        rounds,
        per_round,
    )
    list_page = interleaved(
        {
            "floor: httpx + json.loads": lambda: json.loads(
                raw.get("/v1/orders", params={"limit": 100}).content
            ),
            "voucherify_orders: orders.list(limit=100)": lambda: client.orders.list(limit=100),
        },
        rounds,
        max(1, per_round // 10),
    )
    decode = interleaved(
        {
            "json.loads alone": lambda: json.loads(PAGE_BYTES),
            "json.loads + OrdersList.from_dict": lambda: OrdersList.from_dict(json.loads(PAGE_BYTES)),
        },
        rounds,
        max(1, per_round // 10),
    )
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
    cmd = [sys.executable, "-c", CANNED_SERVER, str(port), str(tmp / "order.json"), str(tmp / "page.json")]
    with process(cmd, port):
        client = Voucherify(APP_ID, SECRET, base_url=url)
        raw = httpx.Client(base_url=url, headers={"X-App-Id": APP_ID, "X-App-Token": SECRET})
        subjects: dict[str, Callable[[], object]] = {
            "floor: httpx + json.loads": lambda: json.loads(raw.get("/v1/orders/ord_1").content),
            "voucherify_orders: orders.get": lambda: client.orders.get("ord_1"),
        }
        official = official_sdk(url)
        if official is not None:
            subjects["official SDK: get_order"] = lambda: official.get_order("ord_1")
        result = interleaved(subjects, rounds, per_round)
    return {"unit": "µs per call", "get_order": result, "skipped": [] if official else ["official SDK"]}


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
        head = b"HTTP/1.1 200 OK\\r\\nContent-Type: application/json\\r\\nContent-Length: %d\\r\\n\\r\\n" % len(body)
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
        server = await asyncio.get_running_loop().create_server(Canned, "127.0.0.1", int(sys.argv[1]), backlog=256)
        await server.serve_forever()
    asyncio.run(main())
""")

# One subject per run, in a fresh interpreter: `calls` get-order calls, `workers` in flight.
CONCURRENT_CLIENT = textwrap.dedent("""
    import json, sys, time
    url, subject, workers, calls = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
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
            return await gathered(lambda: client.orders.get("ord_1"), close)
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
                return json.loads((await http.get("/v1/orders/ord_1")).content)
            return await gathered(call, http.aclose)
        result = asyncio.run(run())
    elif subject == "official-threads":
        import voucherify
        config = voucherify.Configuration(host=url, api_key={{"X-App-Id": APP, "X-App-Token": SECRET}})
        config.connection_pool_maxsize = workers  # one connection per thread (its default is 10)
        api = voucherify.OrdersApi(voucherify.ApiClient(config))
        result = threaded(None, lambda i: api.get_order("ord_1"))
    elif subject == "urllib3-threads":
        import urllib3
        pool = urllib3.HTTPConnectionPool("127.0.0.1", int(url.rsplit(":", 1)[1]), maxsize=workers)
        result = threaded(None, lambda i: json.loads(pool.request("GET", "/v1/orders/ord_1", headers=HEADERS).data))
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
                out = run_json([sys.executable, "-c", CONCURRENT_CLIENT, url, key, str(workers), str(calls)])
                samples[key].append(out)
    results = {}
    for key, runs in samples.items():
        results[subjects[key]] = {
            "calls_per_s": stats([r["calls"] / r["wall_s"] for r in runs]),
            "cpu_us_per_call": stats([r["cpu_s"] / r["calls"] * 1e6 for r in runs]),
            "best_calls_per_s": max(r["calls"] / r["wall_s"] for r in runs),
        }
    return {"unit": "calls/s", "workers": workers, "calls": calls, "results": results, "skipped": skipped}


# -- report -------------------------------------------------------------------------------


def ratio(a: dict[str, float], b: dict[str, float]) -> float:
    return a["median"] / b["median"]


def fmt(s: dict[str, float], digits: int = 1) -> str:
    return f"{s['median']:.{digits}f} ({s['min']:.{digits}f}-{s['max']:.{digits}f})"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    system = f"{platform.system()} {platform.release()}"
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {system}"


def markdown(data: dict[str, Any]) -> str:
    lines = [
        f"Machine: {data['machine']}. Mode: {data['mode']}. Medians, (min-max) over interleaved rounds.",
        "",
    ]
    imp = data["import"]["results"]
    floor = imp["floor: import httpx, attrs"]
    lines += [
        "### Import time (fresh interpreter per sample, ms)",
        "",
        "| subject | ms | x floor |",
        "|---|---|---|",
    ]
    for name, s in imp.items():
        lines.append(f"| {name} | {fmt(s)} | {ratio(s, floor):.2f}x |")
    if "official SDK: import voucherify" in imp:
        lines.append(
            f"\n`voucherify_orders` imports "
            f"{ratio(imp['official SDK: import voucherify'], imp['voucherify_orders']):.1f}x "
            "faster than the official SDK."
        )
    calls = data["calls_in_process"]
    lines += [
        "",
        "### Per-call overhead, in-process transport returning canned bytes (µs per call)",
        "",
        "| operation | subject | µs | x floor |",
        "|---|---|---|---|",
    ]
    for op, key in (
        ("get order", "get_order"),
        ("list 100 orders", "list_100"),
        ("decode a 100-order page", "decode_100"),
    ):
        block = calls[key]
        base = next(iter(block.values()))
        for name, s in block.items():
            lines.append(f"| {op} | {name} | {fmt(s)} | {ratio(s, base):.2f}x |")
    loop = data["calls_loopback"]["get_order"]
    base = loop["floor: httpx + json.loads"]
    lines += [
        "",
        "### get order over one loopback server serving canned bytes (µs per call)",
        "",
        "| subject | µs | x floor |",
        "|---|---|---|",
    ]
    lines += [f"| {name} | {fmt(s)} | {ratio(s, base):.2f}x |" for name, s in loop.items()]
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
        "### Bulk import from NDJSON (client process; emulator in another process)",
        "",
        "| orders | orders/s | client peak RSS (MB) |",
        "|---|---|---|",
    ]
    lines += [f"| {int(n):,} | {r['orders_per_s']:,.0f} | {r['peak_rss_mb']:.1f} |" for n, r in bulk.items()]
    if len(bulk) > 1:
        counts = sorted(bulk, key=int)
        lines.append(
            f"\nPeak RSS difference, largest vs smallest run: "
            f"{bulk[counts[-1]]['peak_rss_mb'] - bulk[counts[0]]['peak_rss_mb']:+.1f} MB."
        )
    http = data["http"]["results"]
    lines += [
        "",
        "### get order over HTTP on loopback (requests/s)",
        "",
        "| server | concurrency 1 | concurrency 16 |",
        "|---|---|---|",
    ]
    lines += [f"| {name} | {fmt(r['1'], 0)} | {fmt(r['16'], 0)} |" for name, r in http.items()]
    if "Prism (stateless mock)" in http:
        prism = http["Prism (stateless mock)"]
        lines.append(
            f"\nEmulator / Prism: {ratio(http['emulator']['1'], prism['1']):.2f}x at "
            f"concurrency 1, {ratio(http['emulator']['16'], prism['16']):.2f}x at 16."
        )
    lines += [
        "",
        "### Regeneration (both generators, wall time, s)",
        "",
        f"{fmt(data['regen']['generate'], 2)}",
    ]
    skipped = [s for key in ("import", "calls_loopback", "http") for s in data[key].get("skipped", [])]
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
            ("import", lambda: bench_import(3 if quick else 21)),
            ("calls_in_process", lambda: bench_calls_in_process(3 if quick else 15, 50 if quick else 400)),
            ("calls_loopback", lambda: bench_calls_loopback(3 if quick else 11, 20 if quick else 200, tmp)),
            ("paginate", lambda: bench_paginate(500 if quick else 10_000)),
            ("bulk", lambda: bench_bulk([1_000, 3_000] if quick else [10_000, 100_000], tmp)),
            ("http", lambda: bench_http(0.5 if quick else 3.0, 1 if quick else 3)),
            ("regen", lambda: bench_regen(1 if quick else 5)),
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
