"""The `voucherify-orders` command: orders get/list/create/update/import/export, emulator, demo."""

from __future__ import annotations

import json
import os
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from voucherify_orders import ConfigurationError, ParameterError, Voucherify, VoucherifyError

from ._output import (
    ImportBar,
    console,
    err_console,
    failed_table,
    import_summary,
    print_json,
    print_orders,
    write_failed,
)

__all__ = ["EXIT_API_ERROR", "EXIT_SOME_FAILED", "main", "run_export", "run_import"]

EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_API_ERROR = 3
EXIT_INTERRUPTED = 130

F = TypeVar("F", bound=Callable[..., Any])


class _State:
    def __init__(
        self,
        app_id: str | None,
        secret_key: str | None,
        cluster: str | None,
        base_url: str | None,
        as_json: bool,
        debug: bool,
    ) -> None:
        self.app_id = app_id
        self.secret_key = secret_key
        self.cluster = cluster
        self.base_url = base_url
        self.as_json = as_json
        self.debug = debug

    def client(self) -> Voucherify:
        try:
            return Voucherify(self.app_id, self.secret_key, cluster=self.cluster, base_url=self.base_url)
        except ConfigurationError as exc:
            raise click.UsageError(str(exc)) from None


def _fail(message: str, code: int) -> NoReturn:
    err_console.print(f"[bold red]error:[/] {message}", markup=True, highlight=False)
    sys.exit(code)


@contextmanager
def _api_errors(state: _State) -> Iterator[None]:
    """One clear line per failure, no traceback unless --debug (never a credential either way)."""
    try:
        yield
    except ParameterError as exc:
        raise click.UsageError(str(exc)) from None
    except VoucherifyError as exc:
        if state.debug:
            err_console.print(traceback.format_exc(), markup=False, highlight=False)
        _fail(str(exc), EXIT_API_ERROR)


def _read_json(source: str) -> Any:
    text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    try:
        return json.loads(text)
    except ValueError as exc:
        raise click.UsageError(f"{source} is not valid JSON: {exc}") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--app-id", envvar="VOUCHERIFY_APP_ID", help="Application id [env VOUCHERIFY_APP_ID].")
@click.option("--secret-key", envvar="VOUCHERIFY_SECRET_KEY", help="Secret key [env VOUCHERIFY_SECRET_KEY].")
@click.option(
    "--cluster", type=click.Choice(["eu", "us1", "as1"]), default=None, help="Regional cluster (default eu)."
)
@click.option(
    "--base-url",
    envvar="VOUCHERIFY_API_URL",
    help="Any API server instead of a cluster [env VOUCHERIFY_API_URL].",
)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output (JSON, or NDJSON for lists).")
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logs (credentials stay hidden).")
@click.pass_context
def cli(
    ctx: click.Context,
    app_id: str | None,
    secret_key: str | None,
    cluster: str | None,
    base_url: str | None,
    as_json: bool,
    debug: bool,
) -> None:
    """Work with Voucherify orders: read, write, bulk-import and export them."""
    if debug:
        import logging  # noqa: PLC0415

        logging.basicConfig(
            level=logging.DEBUG, stream=sys.stderr, format="%(name)s %(levelname)s %(message)s"
        )
    ctx.obj = _State(app_id, secret_key, cluster, base_url, as_json, debug)


@cli.group()
def orders() -> None:
    """Orders: get, list, create, update, import, export."""


@orders.command("get")
@click.argument("order_id")
@click.pass_obj
def orders_get(state: _State, order_id: str) -> None:
    """Show one order by id or source_id."""
    with _api_errors(state), state.client() as client:
        order = client.orders.get(order_id)
        if state.as_json:
            print_json(order.to_dict())
        else:
            print_orders([order])


@orders.command("list")
@click.option("--limit", type=click.IntRange(1, 100), default=None, help="Orders per page (1-100).")
@click.option("--page", type=click.IntRange(1, 100), default=None, help="Which page.")
@click.option(
    "--order", "sort", type=click.Choice(["created_at", "-created_at", "updated_at", "-updated_at"])
)
@click.option("--all", "every", is_flag=True, help="Stream every page, not just one.")
@click.pass_obj
def orders_list(state: _State, limit: int | None, page: int | None, sort: str | None, every: bool) -> None:
    """List one page of orders, or every order with --all."""
    with _api_errors(state), state.client() as client:
        first = client.orders.list(limit=limit if limit or not every else 100, page=page, order=sort)
        shown = print_orders(
            first if every else first.orders,
            as_json=state.as_json,
            title=None if every else f"page {first.page} · {first.total} orders in all",
        )
        if not state.as_json:
            err_console.print(f"{shown} shown of {first.total}")


@orders.command("create")
@click.argument("source", default="-")
@click.pass_obj
def orders_create(state: _State, source: str) -> None:
    """Create (or upsert) an order from a JSON file, or - for standard input."""
    body = _read_json(source)
    with _api_errors(state), state.client() as client:
        order = client.orders.create(body)
        print_json(order.to_dict()) if state.as_json else print_orders([order])


@orders.command("update")
@click.argument("order_id")
@click.argument("source", default="-")
@click.pass_obj
def orders_update(state: _State, order_id: str, source: str) -> None:
    """Change an order with the fields in a JSON file (or - for standard input)."""
    body = _read_json(source)
    with _api_errors(state), state.client() as client:
        order = client.orders.update(order_id, body)
        print_json(order.to_dict()) if state.as_json else print_orders([order])


@orders.command("import")
@click.argument("file")
@click.option("--chunk-size", type=click.IntRange(1, 2000), default=2000, show_default=True)
@click.option(
    "--checkpoint", type=click.Path(dir_okay=False), help="Default: FILE.checkpoint.json (none for stdin)."
)
@click.option("--resume", is_flag=True, help="Continue an interrupted import from its checkpoint.")
@click.option(
    "--failed-out",
    type=click.Path(dir_okay=False),
    help="Where to write failed orders (NDJSON). Default: FILE.failed.ndjson",
)
@click.pass_obj
def orders_import(
    state: _State, file: str, chunk_size: int, checkpoint: str | None, resume: bool, failed_out: str | None
) -> None:
    """Import historical orders from a JSON array or NDJSON FILE (- for stdin)."""
    if file != "-" and not Path(file).is_file():
        raise click.UsageError(f"no such file: {file}")
    checkpoint_path = (
        Path(checkpoint) if checkpoint else (None if file == "-" else Path(f"{file}.checkpoint.json"))
    )
    if checkpoint_path is not None and checkpoint_path.exists() and not resume:
        raise click.UsageError(
            f"{checkpoint_path} exists from an earlier run: pass --resume to continue it, or delete it"
        )
    if resume and (checkpoint_path is None or not checkpoint_path.exists()):
        raise click.UsageError("--resume needs an existing checkpoint (see --checkpoint)")
    failed_path = (
        Path(failed_out)
        if failed_out
        else (Path("failed-orders.ndjson") if file == "-" else Path(f"{file}.failed.ndjson"))
    )
    with _api_errors(state), state.client() as client:
        code = run_import(
            client,
            file,
            chunk_size=chunk_size,
            checkpoint=checkpoint_path,
            failed_out=failed_path,
            as_json=state.as_json,
        )
    sys.exit(code)


def _count_records(file: str) -> int | None:
    """A cheap total for the progress bar: NDJSON lines (a JSON array's length is not known up front)."""
    if file == "-":
        return None
    with open(file, "rb") as handle:
        head = handle.read(1 << 12).lstrip()
        if head.startswith(b"["):
            return None
        handle.seek(0)
        return sum(1 for line in handle if line.strip())


def run_import(
    client: Voucherify,
    source: Any,
    *,
    chunk_size: int = 2000,
    checkpoint: Path | None = None,
    failed_out: Path | None = None,
    as_json: bool = False,
    total: int | None = None,
) -> int:
    """Import with a progress bar and a summary; returns the exit code (0, or EXIT_SOME_FAILED)."""
    if total is None and isinstance(source, (str, os.PathLike)):
        total = _count_records(str(source))
    bar = ImportBar(total)
    try:
        with bar.shown():
            report = client.orders.import_orders(
                source, chunk_size=chunk_size, checkpoint=checkpoint, on_progress=bar
            )
    except KeyboardInterrupt:
        hint = f" (checkpoint: {checkpoint}; run again with --resume)" if checkpoint else ""
        _fail(f"interrupted{hint}", EXIT_INTERRUPTED)
    if report.failed and failed_out is not None:
        write_failed(failed_out, report.failed)
    if as_json:
        print_json(
            {
                "read": report.read,
                "imported": report.imported,
                "failed": len(report.failed),
                "unknown": len(report.unknown),
                "failed_out": str(failed_out) if report.failed else None,
            }
        )
    else:
        console.print(import_summary(report))
        if report.failed:
            console.print(failed_table(report.failed))
            if failed_out is not None:
                console.print(f"all {len(report.failed)} failed orders, with reasons: {failed_out}")
    if checkpoint is not None and checkpoint.exists() and report.accounted_for:
        checkpoint.unlink()
    return EXIT_SOME_FAILED if report.failed else 0


def _parse_filter(text: str) -> tuple[str, str, Any]:
    """`FIELD:$CONDITION=VALUE`, VALUE as JSON when it parses (`100`, `true`), else text; `a,b` for lists."""
    field, sep, rest = text.partition(":")
    condition, eq, raw = rest.partition("=")
    if not sep or not condition.startswith("$") or not field:
        raise click.BadParameter(f"{text!r}: expected FIELD:$CONDITION=VALUE, e.g. status:$in=PAID,FULFILLED")
    value: Any
    if not eq:
        value = True
    elif "," in raw:
        value = [_scalar(part) for part in raw.split(",")]
    else:
        value = _scalar(raw)
    return field, condition, value


def _scalar(raw: str) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return raw


@orders.command("export")
@click.option(
    "--field", "fields", multiple=True, help="A column (repeat): order field, metadata or metadata.<key>."
)
@click.option("--order", "sort", help="Sort: [-]created_at, [-]updated_at or [-]status.")
@click.option(
    "--filter", "filters", multiple=True, help="FIELD:$CONDITION=VALUE (repeat), e.g. amount:$more_than=1000."
)
@click.option("--junction", type=click.Choice(["and", "or"]), default="and", show_default=True)
@click.option("-o", "--output", default="-", show_default=True, help="CSV destination; - for stdout.")
@click.pass_obj
def orders_export(
    state: _State,
    fields: tuple[str, ...],
    sort: str | None,
    filters: tuple[str, ...],
    junction: str,
    output: str,
) -> None:
    """Export orders to CSV: schedule, wait, then stream the file."""
    conditions: dict[str, Any] = {}
    for text in filters:
        field, condition, value = _parse_filter(text)
        conditions.setdefault(field, {"conditions": {}})["conditions"][condition] = value
    filter_body = {"junction": junction, **conditions} if conditions else None
    with _api_errors(state), state.client() as client:
        run_export(client, list(fields) or None, sort, filter_body, output)


def run_export(
    client: Voucherify,
    fields: list[str] | None,
    sort: str | None,
    filters: dict[str, Any] | None,
    output: str,
) -> int:
    """Create, wait for and download an export; returns the bytes written."""
    export = client.orders.export(fields=fields, order=sort, filters=filters)
    with err_console.status(f"export {export.id}: {export.status}"):
        export = client.exports.wait(export)
    if output == "-":
        written = client.exports.download(export, sys.stdout.buffer)
        sys.stdout.flush()
    else:
        written = client.exports.download(export, output)
        err_console.print(f"export {export.id}: {written:,} bytes written to {output}")
    return written


@cli.command()
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Interface to bind (loopback by default)."
)
@click.option("--port", type=click.IntRange(0, 65535), default=8080, show_default=True)
@click.option("--app-id", "emu_app_id", default="emulator-app-id", show_default=True)
@click.option("--secret-key", "emu_secret", default="emulator-secret-key", show_default=True)
@click.option("--seed", type=int, default=None, help="Deterministic ids.")
@click.option("--rate-limit", type=int, default=None, help="Calls per minute before a 429.")
def emulator(
    host: str, port: int, emu_app_id: str, emu_secret: str, seed: int | None, rate_limit: int | None
) -> None:
    """Serve the emulator over HTTP until interrupted."""
    try:
        from voucherify_orders.emulator import Emulator  # noqa: PLC0415
    except ImportError as exc:
        _fail(
            f"the emulator needs the 'emulator' extra ({exc}); pip install 'voucherify-orders[emulator]'",
            EXIT_USAGE,
        )
    server = Emulator(app_id=emu_app_id, secret_key=emu_secret, seed=seed, rate_limit=rate_limit).serve(
        host, port
    )
    err_console.print(f"emulator serving on {server.url} (app id {emu_app_id!r}); Ctrl-C to stop")
    try:
        server.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


@cli.command()
@click.option(
    "--orders",
    "count",
    type=click.IntRange(100, 100_000),
    default=5000,
    show_default=True,
    help="How many historical orders to import.",
)
def demo(count: int) -> None:
    """A tour of every endpoint against the embedded emulator."""
    from ._demo import run_demo  # noqa: PLC0415

    sys.exit(run_demo(count))


def main() -> None:
    cli(prog_name="voucherify-orders")
