"""How the CLI shows things: tables for people, JSON for scripts, a progress bar for imports."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table
from voucherify_orders_client.models import Order
from voucherify_orders_client.types import Unset

from voucherify_orders import ImportProgress, ImportReport, Voucherify
from voucherify_orders._import import FailedOrder

__all__ = ["ImportBar", "console", "err_console", "order_rows", "print_json", "print_orders", "write_failed"]

console = Console(highlight=False, soft_wrap=True)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)


def _value(value: object) -> str:
    if value is None or isinstance(value, Unset):
        return ""
    return str(value)


def order_rows(orders: Iterable[Order]) -> Iterator[list[str]]:
    for order in orders:
        yield [
            order.id,
            _value(order.source_id),
            _value(order.status),
            _value(order.amount),
            _value(order.total_amount),
            str(len(order.items)) if isinstance(order.items, list) else "0",
            order.created_at.strftime("%Y-%m-%d %H:%M") if not isinstance(order.created_at, Unset) else "",
        ]


def print_orders(orders: Iterable[Order], *, title: str | None = None, as_json: bool = False) -> int:
    """Print orders as a table, or as NDJSON with `as_json`; returns how many."""
    count = 0
    if as_json:
        for order in orders:
            sys.stdout.write(json.dumps(order.to_dict(), default=str) + "\n")
            count += 1
        return count
    table = Table(title=title)
    table.add_column("id", no_wrap=True)
    table.add_column("source_id", no_wrap=True)
    for column in ("status", "amount", "total", "items", "created"):
        table.add_column(column)
    for row in order_rows(orders):
        table.add_row(*row)
        count += 1
    console.print(table)
    return count


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, default=str, indent=2) + "\n")


def write_failed(path: Path, failed: list[FailedOrder]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for failure in failed:
            handle.write(json.dumps(failure.__dict__) + "\n")


class ImportBar:
    """A rich progress bar fed by `import_orders(on_progress=...)`."""

    def __init__(self, total: int | None) -> None:
        self.progress = Progress(
            TextColumn("[bold]import"),
            BarColumn(),
            TextColumn("{task.fields[counts]}"),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=err_console,
            transient=False,
        )
        self.task: TaskID = self.progress.add_task("import", total=total, counts="", rate="")

    def __call__(self, event: ImportProgress) -> None:
        task = self.progress.tasks[0]
        elapsed = task.elapsed or 0.0
        rate = f"{event.settled / elapsed:,.0f} orders/s" if elapsed > 0 else ""
        counts = (
            f"read {event.read:,} · submitted {event.submitted:,} · processed {event.processed:,} · "
            f"failed {event.failed:,}"
        )
        self.progress.update(self.task, completed=event.settled, counts=counts, rate=rate)

    @contextmanager
    def shown(self) -> Iterator[ImportBar]:
        with self.progress:
            yield self


def import_summary(report: ImportReport) -> Table:
    table = Table(title="import report", show_header=False)
    table.add_row("orders read", f"{report.read:,}")
    table.add_row("imported", f"{report.imported:,}")
    table.add_row("refused before sending", f"{sum(f.outcome == 'invalid' for f in report.failed):,}")
    table.add_row("failed at the API", f"{sum(f.outcome == 'failed' for f in report.failed):,}")
    table.add_row("outcome unknown", f"{len(report.unknown):,}")
    table.add_row("async actions", f"{len(report.async_action_ids):,}")
    table.add_row("every order accounted for", "yes" if report.accounted_for else "NO")
    return table


def failed_table(failed: list[FailedOrder], limit: int = 10) -> Table:
    table = Table(title=f"failed orders (first {min(limit, len(failed))} of {len(failed)})")
    for column in ("position", "source_id", "outcome", "reason"):
        table.add_column(column, overflow="fold")
    for failure in failed[:limit]:
        table.add_row(_value(failure.position), _value(failure.source_id), failure.outcome, failure.reason)
    return table


def client_label(client: Voucherify) -> str:
    return client.settings.api_url
