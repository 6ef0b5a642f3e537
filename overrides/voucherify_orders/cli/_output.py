"""How the CLI shows things: tables for people, JSON for scripts, progress on stderr.

Everything that comes from the API (ids, statuses, messages, failure reasons) is
shown literally: never read as rich markup, with control characters spelled out.
Output that is not a terminal is never cut to a width, and a long wait shows on
stderr at least every few seconds (see `Activity`).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import threading
import time
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import httpx
from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text
from voucherify_orders_client.models import Order
from voucherify_orders_client.types import Unset

from voucherify_orders import ImportProgress, ImportReport
from voucherify_orders._import import FailedOrder
from voucherify_orders._retry import retry_hint

__all__ = [
    "Activity",
    "ImportBar",
    "err",
    "failed_lines",
    "failed_table",
    "import_summary",
    "literal",
    "order_rows",
    "out",
    "print_json",
    "print_orders",
    "setup",
    "write_failed",
    "write_failed_elsewhere",
]

#: How often, at least, a long wait shows on stderr (seconds).
HEARTBEAT = 3.0
# Far wider than any row: a table written to a file or a pipe is never cut or folded.
_UNLIMITED_WIDTH = 1 << 15


def _console(stderr: bool) -> Console:
    stream = sys.stderr if stderr else sys.stdout
    terminal = stream.isatty()
    return Console(
        stderr=stderr,
        highlight=False,
        soft_wrap=True,
        width=None if terminal else _UNLIMITED_WIDTH,
        emoji=False,
    )


_consoles: dict[str, Console] = {}


def setup() -> None:
    """Build the consoles for this run's stdout and stderr (called once per invocation)."""
    _consoles["out"] = _console(stderr=False)
    _consoles["err"] = _console(stderr=True)


def out() -> Console:
    """The console on standard output."""
    if "out" not in _consoles:
        setup()
    return _consoles["out"]


def err() -> Console:
    """The console on standard error."""
    if "err" not in _consoles:
        setup()
    return _consoles["err"]


def literal(value: object) -> str:
    """
    `value` as one line of plain text: control characters (newlines, escape sequences)
    are spelled out as `\\n`, `\\x1b`; nothing else changes. Use it with `Text(...)`
    or `markup=False` so that `[b]` or `[/]` stay as they are.
    """
    text = "" if value is None or isinstance(value, Unset) else str(value)
    if text.isprintable():
        return text
    return "".join(
        char
        if char.isprintable() and unicodedata.category(char) not in ("Cc", "Cf")
        else char.encode("unicode_escape").decode("ascii")
        for char in text
    )


def order_rows(orders: Iterable[Order]) -> Iterator[list[str]]:
    for order in orders:
        yield [
            literal(order.id),
            literal(order.source_id),
            literal(order.status),
            literal(order.amount),
            literal(order.total_amount),
            str(len(order.items)) if isinstance(order.items, list) else "0",
            order.created_at.strftime("%Y-%m-%d %H:%M") if not isinstance(order.created_at, Unset) else "",
        ]


def orders_table(title: str | None = None) -> Table:
    table = Table(title=Text(title) if title else None)
    for column in ("id", "source_id", "status", "amount", "total", "items", "created"):
        # Fold rather than cut: in a narrow terminal a value wraps, it never ends in "…".
        table.add_column(column, overflow="fold")
    return table


def print_orders(orders: Iterable[Order], *, title: str | None = None, as_json: bool = False) -> int:
    """Print orders as a table, or as NDJSON with `as_json`; returns how many."""
    count = 0
    if as_json:
        for order in orders:
            sys.stdout.write(json.dumps(order.to_dict(), default=str) + "\n")
            count += 1
        return count
    table = orders_table(title)
    for row in order_rows(orders):
        table.add_row(*(Text(cell) for cell in row))
        count += 1
    out().print(table)
    return count


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, default=str, indent=2) + "\n")


def failed_lines(failed: list[FailedOrder]) -> str:
    """The failed orders as NDJSON, one object a line."""
    return "".join(json.dumps(failure.__dict__) + "\n" for failure in failed)


def write_failed(path: Path, failed: list[FailedOrder]) -> None:
    """
    Write the failed orders to `path`, all or nothing: into a temporary file in the same
    folder, then an atomic replace, so that a failure (a full disk) or an interruption
    leaves no partial file (and an existing one as it was). A path that exists and is not
    a regular file (`/dev/null`, a pipe) is written in place: it cannot be replaced.
    """
    text = failed_lines(failed)
    if path.exists() and not path.is_file():
        with path.open("w", encoding="utf-8") as handle:
            handle.write(text)
        return
    target = Path(os.path.realpath(path))  # a symbolic link's file, not the link
    if target.exists():
        mode = target.stat().st_mode & 0o7777
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


def write_failed_elsewhere(failed: list[FailedOrder]) -> str | None:
    """
    The failed orders in a new file in the system's temporary folder (when the one asked
    for cannot be written); its path, or None if that cannot be written either.
    """
    try:
        fd, tmp = tempfile.mkstemp(prefix="voucherify-failed-orders-", suffix=".ndjson")
    except OSError:
        return None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(failed_lines(failed))
    except OSError:
        with suppress(OSError):
            os.unlink(tmp)
        return None
    return tmp


class Activity:
    """
    Keeps a long wait visible: what the CLI is doing (`status`), noted rate limits,
    and a heartbeat line on stderr whenever nothing was printed for `HEARTBEAT`
    seconds. While a live display (a progress bar in a terminal) shows the same,
    the heartbeat is quiet.

    Its `on_request` and `on_response` are httpx event hooks: they tell it which call
    is in flight and when the API asked to wait (429, or 503 with Retry-After).
    """

    def __init__(self, interval: float = HEARTBEAT) -> None:
        self.interval = interval
        self.status = "working"
        self.live = False
        self._lock = threading.Lock()
        self._started = self._last_line = time.monotonic()
        self._in_flight: tuple[str, float] | None = None
        self._throttled: tuple[str, float, float | None] | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def line(self, text: str) -> None:
        """Print one literal line on stderr now."""
        with self._lock:
            self._last_line = time.monotonic()
        err().print(Text(text, style="dim"))

    def set_status(self, status: str) -> None:
        with self._lock:
            self.status = status

    def on_request(self, request: httpx.Request) -> None:
        with self._lock:
            self._in_flight = (f"{request.method} {request.url.path}", time.monotonic())

    def on_response(self, response: httpx.Response) -> None:
        request = response.request
        with self._lock:
            self._in_flight = None
        if response.status_code in (429, 503):
            # Seconds from now, as the client reads them: Retry-After (seconds or a date), or a
            # 429's X-Rate-Limit-Retry (the Unix time when the rate-limit window resets).
            seconds = retry_hint(response)
            wait = f"it asked to wait {seconds:.0f} s" if seconds is not None else "it gave no wait"
            what = "rate limited" if response.status_code == 429 else "unavailable"
            note = f"the API answered {response.status_code} ({what}) to {request.method} {request.url.path}"
            with self._lock:
                self._throttled = (what, time.monotonic(), seconds)
            self.line(f"{note}; {wait}; retrying when that is safe")

    def heartbeat(self) -> str:
        now = time.monotonic()
        with self._lock:
            parts = [f"{self.status} · {now - self._started:.0f} s"]
            if self._in_flight is not None and now - self._in_flight[1] >= 1:
                parts.append(f"waiting {now - self._in_flight[1]:.0f} s for {self._in_flight[0]}")
            if self._throttled is not None and now - self._throttled[1] < 120:
                what, noted, seconds = self._throttled
                if seconds is None:
                    parts.append(f"{what}; it gave no wait ({now - noted:.0f} s ago)")
                else:
                    left = max(0.0, noted + seconds - now)
                    ago = now - noted
                    parts.append(
                        f"{what}; it asked to wait {seconds:.0f} s ({ago:.0f} s ago, {left:.0f} s left)"
                    )
        return " · ".join(parts)

    def _run(self) -> None:
        while not self._stop.wait(min(0.5, self.interval / 4)):
            with self._lock:
                due = not self.live and time.monotonic() - self._last_line >= self.interval
            if due:
                self.line(self.heartbeat())

    def __enter__(self) -> Activity:
        self._thread = threading.Thread(target=self._run, name="voucherify-cli-heartbeat", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()


class ImportBar:
    """
    Progress fed by `import_orders(on_progress=...)`: a rich bar in a terminal;
    elsewhere the activity's heartbeat prints the counts every few seconds.
    """

    def __init__(self, total: int | None, activity: Activity | None = None) -> None:
        self.activity = activity
        self.total = total
        self.terminal = err().is_terminal
        self.started = time.monotonic()
        self.progress = Progress(
            TextColumn("[bold]import"),
            BarColumn(),
            TextColumn("{task.fields[counts]}"),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=err(),
            transient=False,
        )
        self.task: TaskID = self.progress.add_task("import", total=total, counts="", rate="")
        self.last: ImportProgress | None = None

    def _counts(self, event: ImportProgress) -> str:
        of = f" of {self.total:,}" if self.total is not None else ""
        return (
            f"read {event.read:,}{of} · submitted {event.submitted:,} · processed {event.processed:,} · "
            f"failed {event.failed:,}"
        )

    def __call__(self, event: ImportProgress) -> None:
        self.last = event
        elapsed = time.monotonic() - self.started
        rate = f"{event.settled / elapsed:,.0f} orders/s" if elapsed > 0 else ""
        counts = self._counts(event)
        if self.activity is not None:
            waiting = " · waiting for the API" if event.submitted > event.processed else ""
            self.activity.set_status(f"import: {counts}{waiting}")
        self.progress.update(self.task, completed=event.settled, counts=counts, rate=rate)

    @contextmanager
    def shown(self) -> Iterator[ImportBar]:
        if not self.terminal:
            # Not a terminal: no redrawn bar (it would print nothing until the end);
            # the heartbeat prints the counts instead, and a last line says where it ended.
            yield self
            if self.last is not None and self.activity is not None:
                self.activity.line(f"import: {self._counts(self.last)}")
            return
        if self.activity is not None:
            self.activity.live = True
        try:
            with self.progress:
                yield self
        finally:
            if self.activity is not None:
                self.activity.live = False


def import_summary(report: ImportReport) -> Table:
    table = Table(title="import report", show_header=False)
    table.add_column(overflow="fold")
    table.add_column(overflow="fold")
    table.add_row("orders read", f"{report.read:,}")
    table.add_row("imported", f"{report.imported:,}")
    table.add_row("refused before sending", f"{sum(f.outcome == 'invalid' for f in report.failed):,}")
    table.add_row("failed at the API", f"{sum(f.outcome == 'failed' for f in report.failed):,}")
    table.add_row("outcome unknown", f"{len(report.unknown):,}")
    unsent = sum(f.outcome == "unsent" for f in report.failed)
    if unsent:
        table.add_row("not sent (the input broke off)", f"{unsent:,}")
    table.add_row("async actions", f"{len(report.async_action_ids):,}")
    if report.repeated:
        table.add_row("repeated in their chunk (later record sent)", f"{len(report.repeated):,}")
    table.add_row("every order accounted for", "yes" if report.accounted_for else "NO")
    table.caption = (
        "positions are record numbers in the input, from 1; counts are of orders submitted "
        "(a source_id that comes again in a later chunk updates the earlier order)"
    )
    return table


def failed_table(failed: list[FailedOrder], limit: int = 10, title: str = "failed orders") -> Table:
    table = Table(title=f"{title} (first {min(limit, len(failed))} of {len(failed)})")
    for column in ("position", "source_id", "outcome", "reason"):
        table.add_column(column, overflow="fold")
    for failure in failed[:limit]:
        table.add_row(
            Text(literal(failure.position)),
            Text(literal(failure.source_id)),
            Text(literal(failure.outcome)),
            Text(literal(failure.reason)),
        )
    return table
