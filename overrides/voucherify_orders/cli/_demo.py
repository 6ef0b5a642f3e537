"""`voucherify-orders demo`: the whole library, end to end, against the embedded emulator."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import random
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from voucherify_orders import NotFoundError

from ._app import run_export, run_import
from ._output import literal, out, print_orders

__all__ = ["historical_orders", "run_demo"]

REGIONS = ("north", "south", "east", "west")


def historical_orders(count: int, seed: int = 7, broken_every: int = 1000) -> Iterator[dict[str, Any]]:
    """
    Deterministic historical orders. Every `broken_every`-th one is broken on purpose,
    alternating between a wrong type (refused before sending) and a zero quantity
    (refused by the API), so the report has failures of both kinds to show.
    """
    rng = random.Random(seed)
    start = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    for n in range(count):
        quantity = rng.randint(1, 4)
        order: dict[str, Any] = {
            "source_id": f"hist-{n:06d}",
            "status": rng.choice(["PAID", "FULFILLED", "CANCELED"]),
            "metadata": {
                "region": REGIONS[n % len(REGIONS)],
                "ordered_at": (start + dt.timedelta(minutes=37 * n)).isoformat(),
            },
            "items": [
                {
                    "source_id": f"sku-{rng.randint(1, 40):03d}",
                    "related_object": "product",
                    "quantity": quantity,
                    "price": rng.choice([499, 1250, 2999, 8900]),
                }
            ],
        }
        if broken_every and n % broken_every == broken_every - 1:
            if (n // broken_every) % 2 == 0:
                order["items"][0]["quantity"] = str(quantity)  # wrong type: caught client-side
            else:
                order["items"][0]["quantity"] = 0  # below the minimum: refused by the API
        yield order


def _step(title: str) -> None:
    console = out()
    # A rule spans the console; off a terminal the console is unlimited, so give it a width.
    console.print(Rule(Text(title, style="bold")), width=console.width if console.is_terminal else 100)


def run_demo(count: int = 5000, keep: Path | None = None) -> int:
    """
    The tour. Its files (failed orders, the export CSV) go to `keep` when given, and
    are listed at the end; otherwise to a temporary folder that is removed, and no
    path is shown.
    """
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        return _tour(count, keep, show_paths=True)
    with tempfile.TemporaryDirectory(prefix="voucherify-demo-") as tmp:
        return _tour(count, Path(tmp), show_paths=False)


def _tour(count: int, folder: Path, *, show_paths: bool) -> int:
    from voucherify_orders.emulator import Emulator, JobPacing  # noqa: PLC0415

    clock = itertools.count()
    epoch = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    emulator = Emulator(
        seed=2026,
        pacing=JobPacing(polls=1),
        now=lambda: epoch + dt.timedelta(milliseconds=next(clock)),
    )
    started = time.monotonic()
    summary: list[tuple[str, str]] = []
    console = out()
    with emulator.client() as client:
        console.print(
            Text.assemble(
                ("voucherify-orders demo", "bold"),
                " · runs on its embedded emulator, in-process: no server, no credentials, "
                "nothing leaves this machine",
            )
        )

        _step("1. upsert orders by source_id")
        first = client.orders.upsert(
            {
                "source_id": "web-1001",
                "status": "CREATED",
                "customer": {"source_id": "ada@example.com", "name": "Ada"},
                "items": [
                    {
                        "source_id": "espresso",
                        "related_object": "product",
                        "quantity": 2,
                        "product": {"name": "Espresso", "price": 350, "override": True},
                    },
                    {"source_id": "croissant", "related_object": "product", "quantity": 1, "price": 280},
                ],
                "metadata": {"channel": "web"},
            }
        )
        client.orders.upsert({"source_id": "web-1002", "status": "PAID", "amount": 1999})
        again = client.orders.upsert({"source_id": "web-1001", "status": "PAID"})
        print_orders([first, again], title="web-1001 created, then upserted again (same id)")
        assert first.id == again.id
        summary.append(("upsert", f"{first.id}: {first.status} -> {again.status}, amount {again.amount}"))

        _step("2. list with auto-pagination (limit=1, so every order is its own page)")
        page = client.orders.list(limit=1, order="created_at")
        pages = list(page.iter_pages())
        print_orders(
            (order for p in pages for order in p.orders), title=f"{len(pages)} pages, total {page.total}"
        )
        summary.append(("list", f"{len(pages)} pages walked, {page.total} orders"))

        _step("3. update one field; the rest is kept")
        updated = client.orders.update("web-1002", {"status": "FULFILLED"})
        print_orders([updated])
        summary.append(("update", f"web-1002 -> {updated.status}, amount still {updated.amount}"))

        _step("4. errors are typed and say what went wrong")
        try:
            client.orders.get("no-such-order")
        except NotFoundError as exc:
            console.print(Text(f"NotFoundError: {literal(exc)}"))
            summary.append(("get (missing)", f"NotFoundError, resource_type={exc.resource_type}"))

        _step(f"5. import {count:,} historical orders in chunks of 2,000")
        failed_out = folder / "failed-orders.ndjson"
        run_import(
            client, historical_orders(count), failed_out=failed_out, total=count, show_paths=show_paths
        )
        failures = len(failed_out.read_text().splitlines()) if failed_out.exists() else 0
        stored = len(emulator.orders)
        summary.append(
            ("import", f"{count:,} read, {count - failures:,} imported, {failures} failed on purpose")
        )

        _step("6. export with a metadata.<key> column, then download the CSV")
        target = folder / "orders-north.csv"
        run_export(
            client,
            ["id", "source_id", "status", "amount", "metadata.region"],
            "created_at",
            {"junction": "and", "metadata.region": {"conditions": {"$is": "north"}}},
            str(target),
            show_paths=show_paths,
        )
        with target.open(newline="") as handle:
            rows = list(csv.DictReader(handle))
        preview = Table(title=f"{len(rows):,} rows with metadata.region = north (first 5)")
        for column in rows[0] if rows else []:
            preview.add_column(column, overflow="fold")
        for row in rows[:5]:
            preview.add_row(*(Text(literal(value)) for value in row.values()))
        console.print(preview)
        summary.append(("export", f"{len(rows):,} rows, columns {', '.join(rows[0]) if rows else '-'}"))

    _step("summary")
    table = Table(show_header=True)
    table.add_column("step")
    table.add_column("result")
    for step, result in summary:
        table.add_row(Text(step), Text(literal(result)))
    table.add_row("emulator", f"{stored:,} orders stored, {len(emulator.requests):,} requests served")
    table.add_row("time", f"{time.monotonic() - started:.1f} s")
    if show_paths:
        kept = sorted(path for path in (failed_out, target) if path.exists())
        table.add_row("files kept", Text("\n".join(str(path) for path in kept) or "-"))
    else:
        table.add_row("files", "written to a temporary folder, removed now (--keep DIR keeps them)")
    console.print(table)
    return 0
