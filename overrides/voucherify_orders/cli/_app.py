"""The `voucherify-orders` command: orders get/list/create/update/import/export, emulator, demo.

Every mistake ends the run with one line on stderr (`error: ...`) and its exit code;
`--debug` adds the traceback. Exit codes:

* 0 - done (`orders import`: every order imported).
* 1 - done in part: some orders failed or have an unknown outcome (`orders import`), or
  `orders list --all` stopped at the API's page limit.
* 2 - usage: a bad option or argument, bad configuration, an input file that cannot be
  read or parsed, an output path that cannot be written, a checkpoint that cannot be used
  (corrupt, another input's, or held by an import running now).
* 3 - the API refused a call or could not be reached.
* 70 - an unexpected internal error (a bug; `--debug` shows where).
* 74 - `orders import` ran, but its failed file could not be written: the report is
  printed, the failures went to another file named on stderr (or to stderr itself);
  running the import again would store the orders without id or source_id twice.
* 130 - interrupted (Ctrl-C); an import's checkpoint then resumes it.
* 141 - standard output was closed early (a pipe into `head`, say).
"""

from __future__ import annotations

import codecs
import json
import math
import os
import re
import signal
import socket
import sys
import tempfile
import threading
import traceback
import types
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import IO, Any, TypeVar, cast

import click
import httpx
from click.core import ParameterSource
from rich.text import Text

from voucherify_orders import (
    MAX_CHUNK,
    APIError,
    CheckpointError,
    ConfigurationError,
    ImportProgress,
    ImportReport,
    InputBrokeOffError,
    ListChangedError,
    PaginationLimitError,
    Voucherify,
    VoucherifyError,
    WaitTimeoutError,
)
from voucherify_orders._config import check_credential

from ._output import (
    Activity,
    ImportBar,
    err,
    failed_lines,
    failed_table,
    import_summary,
    literal,
    out,
    print_json,
    print_orders,
    setup,
    write_failed,
    write_failed_elsewhere,
)

__all__ = [
    "EXIT_API_ERROR",
    "EXIT_INTERNAL",
    "EXIT_INTERRUPTED",
    "EXIT_OUTPUT_LOST",
    "EXIT_SOME_FAILED",
    "EXIT_USAGE",
    "CliError",
    "main",
    "run_export",
    "run_import",
]

EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_API_ERROR = 3
EXIT_INTERNAL = 70
EXIT_OUTPUT_LOST = 74  # sysexits' EX_IOERR: the work is done, an output file could not be written
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141

EMULATOR_APP_ID = "emulator-app-id"
EMULATOR_SECRET_KEY = "emulator-secret-key"

F = TypeVar("F", bound=Callable[..., Any])


class CliError(Exception):
    """A mistake to report in one line, with its exit code (2, usage, unless said)."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


# -- global options -------------------------------------------------------------------

_OPTION_OF = {
    "app_id": ("--app-id", "VOUCHERIFY_APP_ID"),
    "secret_key": ("--secret-key", "VOUCHERIFY_SECRET_KEY"),
    "base_url": ("--base-url", "VOUCHERIFY_API_URL"),
    "cluster": ("--cluster", None),
}


class _State:
    """The global options, wherever on the command line they were given."""

    def __init__(self) -> None:
        self.app_id: str | None = None
        self.secret_key: str | None = None
        self.cluster: str | None = None
        self.base_url: str | None = None
        self.as_json = False
        self.debug = False
        self.allow_insecure_http = False
        # Where each value came from: "command line" or an environment variable.
        self.sources: dict[str, str] = {}

    def set(self, name: str, value: Any, source: ParameterSource | None) -> None:
        if value is None or value is False:
            return
        if source == ParameterSource.ENVIRONMENT and self.sources.get(name) == "command line":
            return  # given on the command line before the command; the environment does not undo it
        if name == "debug" and not self.debug:
            _debug_logging()
        setattr(self, name, value)
        env = _OPTION_OF.get(name, (None, None))[1]
        self.sources[name] = env if source == ParameterSource.ENVIRONMENT and env else "command line"

    def label(self, setting: str) -> str:
        """How the user gave `setting`: its option, or its environment variable."""
        option, env = _OPTION_OF.get(setting, (f"--{setting.replace('_', '-')}", None))
        if self.sources.get(setting) == env and env:
            return env
        return option

    @contextmanager
    def client(self, activity: Activity | None = None) -> Iterator[Voucherify]:
        """A client for this run; its calls feed `activity` (rate limits, calls in flight)."""
        for setting, what in (("app_id", "application id"), ("secret_key", "secret key")):
            if not getattr(self, setting):
                option, env = _OPTION_OF[setting]
                raise CliError(f"no {what}: pass {option} or set {env}")
        base_url = self.base_url
        if self.cluster is not None and self.sources.get("base_url") == "VOUCHERIFY_API_URL":
            base_url = None  # --cluster on the command line beats the environment's URL
        if activity is None:
            # A plain command gets the heartbeat too: a call held by rate limits shows.
            with Activity() as own, self.client(own) as client:
                command = click.get_current_context(silent=True)
                if command is not None:
                    own.set_status(command.command_path.partition(" ")[2] or command.command_path)
                yield client
            return
        from importlib.metadata import version  # noqa: PLC0415

        http = httpx.Client(
            headers={"User-Agent": f"voucherify-orders-cli/{version('voucherify-orders')}"},
            event_hooks={"request": [activity.on_request], "response": [activity.on_response]},
        )
        try:
            try:
                client = Voucherify(
                    self.app_id,
                    self.secret_key,
                    cluster=self.cluster,
                    base_url=base_url,
                    http_client=http,
                    allow_insecure_http=self.allow_insecure_http,
                )
            except ConfigurationError as exc:
                raise CliError(self._configuration_message(exc)) from None
            with client:
                yield client
        finally:
            http.close()

    def _configuration_message(self, exc: ConfigurationError) -> str:
        """The library's message in the CLI's words: options, not Python arguments."""
        problem = re.sub(
            r"\b(allow_insecure_http=True|app_id|secret_key|base_url|cluster)\b",
            lambda m: "--allow-insecure-http" if m[1].startswith("allow") else self.label(m[1]),
            exc.problem or str(exc),
        )
        if exc.setting in _OPTION_OF:
            return f"{self.label(exc.setting)} {problem}"
        return problem


def _debug_logging() -> None:
    import logging  # noqa: PLC0415

    logging.basicConfig(level=logging.DEBUG, stream=sys.stderr, format="%(name)s %(levelname)s %(message)s")
    logging.getLogger("httpx").addFilter(_without_queries)


def _without_queries(record: Any) -> bool:
    """
    httpx logs each request's whole URL; an export's download URL carries its token
    (`?token=...`), which lets anyone fetch the CSV. Keep the URL, hide the token.
    """
    if isinstance(record.args, tuple):
        record.args = tuple(
            arg.copy_set_param("token", "[hidden]")
            if isinstance(arg, httpx.URL) and "token" in arg.params
            else arg
            for arg in record.args
        )
    return True


def _store(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    state = ctx.ensure_object(_State)
    assert param.name is not None
    state.set(param.name, value, ctx.get_parameter_source(param.name))
    return value


def global_options(command: F) -> F:
    """
    The options every command takes, before or after its name:
    `voucherify-orders --json orders list` and `voucherify-orders orders list --json` alike.
    """
    options = [
        click.option(
            "--app-id",
            envvar="VOUCHERIFY_APP_ID",
            help="Application id [env VOUCHERIFY_APP_ID].",
            callback=_store,
            expose_value=False,
        ),
        click.option(
            "--secret-key",
            envvar="VOUCHERIFY_SECRET_KEY",
            help="Secret key [env VOUCHERIFY_SECRET_KEY].",
            callback=_store,
            expose_value=False,
        ),
        click.option(
            "--cluster",
            type=click.Choice(["eu", "us1", "as1"]),
            default=None,
            help="Regional cluster (default eu).",
            callback=_store,
            expose_value=False,
        ),
        click.option(
            "--base-url",
            envvar="VOUCHERIFY_API_URL",
            help="Any API server instead of a cluster [env VOUCHERIFY_API_URL].",
            callback=_store,
            expose_value=False,
        ),
        click.option(
            "--allow-insecure-http",
            is_flag=True,
            default=None,
            help="Allow a plain http:// --base-url to a host that is not loopback (credentials unencrypted).",
            callback=_store,
            expose_value=False,
        ),
        click.option(
            "--json",
            "as_json",
            is_flag=True,
            default=None,
            help="Machine-readable output (JSON, or NDJSON for lists).",
            callback=_store,
            expose_value=False,
        ),
        click.option(
            "--debug",
            is_flag=True,
            default=None,
            help="Show tracebacks and debug logs (credentials stay hidden).",
            callback=_store,
            expose_value=False,
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


# -- one line per mistake -----------------------------------------------------------------


class _Interrupted(Exception):
    """Ctrl-C, carried past click (which would print a blank line of its own)."""


class _PipeClosed(Exception):
    """Standard output closed early, carried past click (which would exit 1)."""


_NO_ARGS_IS_HELP: Any = getattr(click.exceptions, "NoArgsIsHelpError", ())


class _Cli(click.Group):
    """The root group: runs a command and turns every failure into one line and an exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            raise _Interrupted from None
        except BrokenPipeError:
            raise _PipeClosed from None

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        setup()
        argv = list(sys.argv[1:] if args is None else args)
        debug = "--debug" in argv[: argv.index("--")] if "--" in argv else "--debug" in argv
        try:
            code = super().main(argv, prog_name, complete_var, standalone_mode=False, **extra)
            code = code if isinstance(code, int) else 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        except BaseException as exc:  # every failure becomes one line and a code
            code = _report(exc, debug)
        if standalone_mode:
            if not _flushed() and code == 0:
                code = EXIT_BROKEN_PIPE
            sys.exit(code)
        return code


def _flushed() -> bool:
    """Flush standard output; False if the reader has gone (a closed pipe)."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
        return False
    except ValueError:  # already closed
        pass
    return True


def _quiet_stdout() -> None:
    # Standard output is gone (a pipe closed early): make the interpreter's final
    # flush at exit write nowhere instead of printing a traceback.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def error_line(message: str) -> None:
    """`error: MESSAGE` on stderr, as one literal line."""
    line = Text("error: ", style="bold red")
    line.append(literal(message))
    err().print(line)


def _report(exc: BaseException, debug: bool) -> int:
    """One line on stderr for `exc` (the traceback first with --debug); returns the exit code."""
    if isinstance(exc, (BrokenPipeError, _PipeClosed)):
        _quiet_stdout()
        return EXIT_BROKEN_PIPE
    quiet = (_NO_ARGS_IS_HELP, click.Abort, KeyboardInterrupt, _Interrupted)
    if debug and not isinstance(exc, quiet):
        err().print(Text("".join(traceback.format_exception(exc)), style="dim"))
    if _NO_ARGS_IS_HELP and isinstance(exc, _NO_ARGS_IS_HELP):
        err().print(Text(exc.ctx.get_help()) if exc.ctx else Text(exc.format_message()))
        return EXIT_USAGE
    if isinstance(exc, (click.Abort, KeyboardInterrupt, _Interrupted)):
        error_line("interrupted")
        return EXIT_INTERRUPTED
    if isinstance(exc, click.UsageError):
        message = exc.format_message()
        hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx is not None else ""
        error_line(f"{message}{hint}")
        return EXIT_USAGE
    if isinstance(exc, click.ClickException):
        error_line(exc.format_message())
        return exc.exit_code
    if isinstance(exc, CliError):
        error_line(exc.message)
        return exc.code
    if isinstance(exc, PaginationLimitError):
        error_line(str(exc))
        return EXIT_SOME_FAILED
    if isinstance(exc, ValueError) and isinstance(exc, VoucherifyError):
        # ParameterError, ConfigurationError and the like: the input was wrong, nothing was sent.
        error_line(str(exc))
        return EXIT_USAGE
    if isinstance(exc, VoucherifyError):
        error_line(str(exc))
        return EXIT_API_ERROR
    if isinstance(exc, UnicodeDecodeError):
        error_line(f"the input is not UTF-8 text ({exc.reason} at byte {exc.start})")
        return EXIT_USAGE
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        error_line(f"{where}{exc.strerror or exc}")
        return EXIT_USAGE
    name = type(exc).__name__
    error_line(f"unexpected {name}: {exc}" + ("" if debug else " (run again with --debug for the traceback)"))
    return EXIT_INTERNAL


# -- files ----------------------------------------------------------------------------------


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text} is too large to send")
    return value


def _loads(text: str) -> Any:
    """JSON as the API takes it: no NaN or Infinity, no number that overflows to one."""
    return json.loads(text, parse_constant=_refuse_constant, parse_float=_finite)


def read_json(source: str) -> Any:
    """The JSON value in file `source` (or standard input for `-`); a CliError if it cannot be had."""
    where = "standard input" if source == "-" else source
    if source == "-":
        if sys.stdin is None:  # closed (`<&-`)
            raise CliError("standard input is closed: pipe the JSON in, or name a file")
        data = sys.stdin.buffer.read()
    else:
        path = Path(source)
        if path.is_dir():
            raise CliError(f"{source} is a directory, not a JSON file")
        if not path.exists():
            raise CliError(f"no such file: {source}")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CliError(f"cannot read {source}: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CliError(
            f"{where} is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    try:
        return _loads(text)
    except RecursionError:
        raise CliError(f"{where} is not usable JSON: it is nested too deeply") from None
    except ValueError as exc:
        raise CliError(f"{where} is not valid JSON: {exc}") from None


def writable(path: Path, what: str) -> Path:
    """`path` if a file can be created there (its folder exists); else a CliError naming `what`."""
    parent = path.parent
    if path.is_dir():
        raise CliError(f"{what} {path} is a directory")
    if not parent.is_dir():
        raise CliError(f"{what} {path}: no such folder {parent}")
    if not os.access(parent, os.W_OK):
        raise CliError(f"{what} {path}: the folder {parent} is not writable")
    return path


def can_write(path: Path, what: str) -> Path:
    """
    `writable`, and what else can be checked before any work is done: a file that exists
    and is not a regular one (a device, a pipe) is writable; else a file can be created in
    the folder (which finds a read-only file system that permissions do not show).
    """
    writable(path, what)
    if path.exists() and not path.is_file():
        if not os.access(path, os.W_OK):
            raise CliError(f"{what} {path} is not writable")
        return path
    folder = Path(os.path.realpath(path)).parent
    try:
        fd, probe = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise CliError(f"{what} {path}: cannot create a file in {folder}: {exc.strerror or exc}") from None
    os.close(fd)
    os.unlink(probe)
    return path


# -- commands ---------------------------------------------------------------------------------


@click.group(
    cls=_Cli,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@global_options
def cli() -> None:
    """
    Work with Voucherify orders: read, write, bulk-import and export them.

    Global options (credentials, --json, --debug) go before or after the command.
    Exit codes: 0 done; 1 done in part (some orders failed); 2 usage or bad input;
    3 API or network error; 70 internal error; 74 import done but its failed file not
    written; 130 interrupted; 141 output closed early.
    """


@cli.group()
@global_options
def orders() -> None:
    """Orders: get, list, create, update, import, export."""


@orders.command("get")
@click.argument("order_id")
@global_options
@click.pass_obj
def orders_get(state: _State, order_id: str) -> None:
    """Show one order by id or source_id."""
    with state.client() as client:
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
@click.option("--all", "every", is_flag=True, help="Stream every page, not just one (at most 10,000 orders).")
@global_options
@click.pass_obj
def orders_list(state: _State, limit: int | None, page: int | None, sort: str | None, every: bool) -> None:
    """List one page of orders, or every order with --all."""
    from voucherify_orders import MAX_PAGE  # noqa: PLC0415

    with state.client() as client:
        first = client.orders.list(limit=limit if limit or not every else 100, page=page, order=sort)
        size = first.limit or 10
        reachable = (MAX_PAGE - first.page + 1) * size
        if every and first.total > reachable:
            err().print(
                Text(
                    f"note: {first.total:,} orders exist, but the API lists at most {MAX_PAGE} pages; "
                    f"at {size} per page that is {reachable:,} of them"
                )
            )
        stopped: list[PaginationLimitError | ListChangedError] = []

        def until_the_limit() -> Iterator[Any]:
            try:
                yield from first
            except (PaginationLimitError, ListChangedError) as exc:
                stopped.append(exc)

        shown = print_orders(
            until_the_limit() if every else first.orders,
            as_json=state.as_json,
            title=None if every else f"page {first.page} · {first.total} orders in all",
        )
    if not state.as_json:
        err().print(Text(f"{shown:,} shown of {first.total:,}"))
    if stopped and isinstance(stopped[0], ListChangedError):
        raise CliError(
            f"stopped after {shown:,} orders, so those listed are not all: the list changed while it "
            f"was walked ({stopped[0].change}); list again, or export them: voucherify-orders orders "
            "export -o orders.csv",
            EXIT_SOME_FAILED,
        )
    if stopped:
        more = " (or --limit 100 to reach 10,000 with --all)" if size < 100 else ""
        raise CliError(
            f"stopped after {shown:,} of {first.total:,} orders: the API lists at most {MAX_PAGE} pages "
            f"of up to 100 orders; to get every order, export them: "
            f"voucherify-orders orders export -o orders.csv{more}",
            EXIT_SOME_FAILED,
        )


@orders.command("create")
@click.argument("source", default="-")
@global_options
@click.pass_obj
def orders_create(state: _State, source: str) -> None:
    """Create (or upsert) an order from a JSON file, or - for standard input."""
    body = read_json(source)
    with state.client() as client:
        try:
            order = client.orders.create(body)
        except KeyboardInterrupt:
            raise CliError(_create_interrupted(body), EXIT_INTERRUPTED) from None
    print_json(order.to_dict()) if state.as_json else print_orders([order])


def _create_interrupted(body: Any) -> str:
    """What a create cut short may have left: the API may have stored it all the same."""
    keyed = isinstance(body, dict) and any(
        isinstance(body.get(k), str) and body[k] for k in ("id", "source_id")
    )
    if keyed:
        return "interrupted: the order may have been created; creating it again updates it in place"
    return (
        "interrupted: the order may have been created; it names no id or source_id, so creating it "
        "again would store it twice: look for it first (orders list --order -created_at)"
    )


@orders.command("update")
@click.argument("order_id")
@click.argument("source", default="-")
@global_options
@click.pass_obj
def orders_update(state: _State, order_id: str, source: str) -> None:
    """Change an order with the fields in a JSON file (or - for standard input)."""
    body = read_json(source)
    with state.client() as client:
        order = client.orders.update(order_id, body)
    print_json(order.to_dict()) if state.as_json else print_orders([order])


@orders.command("import")
@click.argument("file")
@click.option("--chunk-size", type=click.IntRange(1, MAX_CHUNK), default=MAX_CHUNK, show_default=True)
@click.option(
    "--checkpoint", type=click.Path(dir_okay=False), help="Default: FILE.checkpoint.json (none for stdin)."
)
@click.option("--resume", is_flag=True, help="Continue an interrupted import from its checkpoint.")
@click.option(
    "--failed-out",
    type=click.Path(dir_okay=False),
    help=(
        "Where to write failed orders (NDJSON). Default: FILE.failed.ndjson, or failed-orders.ndjson "
        "for stdin (which must not exist). A run without failures leaves an existing one as it was."
    ),
)
@global_options
@click.pass_obj
def orders_import(
    state: _State, file: str, chunk_size: int, checkpoint: str | None, resume: bool, failed_out: str | None
) -> None:
    """
    Import historical orders from a JSON array or NDJSON FILE (- for stdin).

    Exit codes: 0 every order imported; 1 some failed or have an unknown outcome (listed
    in the failed file by record number, from 1); 2 usage, a bad input file, or a checkpoint
    that is corrupt, another input's or held by another import; 3 API or network error;
    74 imported, but the failed file could not be written (the failures went elsewhere,
    as stderr says: do not import again); 130 interrupted (resume with --resume).
    """
    if failed_out == "-":  # it made a file named "-", where `export -o -` means standard output
        raise CliError("--failed-out needs a file name: standard output carries the import's report")
    if file != "-":
        path = Path(file)
        if path.is_dir():
            raise CliError(f"{file} is a directory, not an orders file")
        if path.exists() and not path.is_file():  # a pipe (`<(zcat orders.gz)`), a device
            raise CliError(f"{file} is not a regular file (a pipe?): pipe the orders to 'orders import -'")
        if not path.is_file():
            raise CliError(f"no such file: {file}")
        if not os.access(path, os.R_OK):
            raise CliError(f"cannot read {file}: permission denied")
        if _blank(path):
            raise CliError(f"{file} is empty: it holds no orders to import")
    checkpoint_path = (
        Path(checkpoint) if checkpoint else (None if file == "-" else Path(f"{file}.checkpoint.json"))
    )
    if checkpoint_path is not None:
        if checkpoint_path.exists() and not checkpoint_path.is_file():
            raise CliError(f"the checkpoint {checkpoint_path} is not a regular file: name a file for it")
        if checkpoint_path.exists() and not resume:
            if _held(checkpoint_path):
                raise CliError(
                    f"the checkpoint {checkpoint_path} is held by another import running now: "
                    "wait for it, or stop it"
                )
            raise CliError(
                f"{checkpoint_path} exists: an earlier import of this input was interrupted (pass "
                "--resume to continue it), or one may be running now (it may be in use: delete it "
                "only once no import of this input runs, to start over)"
            )
        # Whether it belongs to this input, and is not held by a running import, the library checks.
        if resume and not checkpoint_path.is_file():
            raise CliError(f"--resume needs the checkpoint {checkpoint_path}, which does not exist")
        writable(checkpoint_path, "checkpoint")
    elif resume:
        raise CliError("--resume needs a checkpoint: pass --checkpoint (standard input has none by default)")
    if failed_out is None and file == "-" and Path(STDIN_FAILED_OUT).exists():
        # Every import of standard input shares this default: an earlier one's failures are
        # not overwritten (nothing is read from standard input yet).
        raise CliError(
            f"{STDIN_FAILED_OUT} exists, from an earlier import: pass --failed-out PATH to write "
            "this import's failures elsewhere, or move that file away"
        )
    failed_path = can_write(
        Path(failed_out)
        if failed_out
        else (Path(STDIN_FAILED_OUT) if file == "-" else Path(f"{file}.failed.ndjson")),
        "--failed-out",
    )
    if file != "-":  # writing either would destroy the orders being imported
        for option, other in (("--failed-out", failed_path), ("--checkpoint", checkpoint_path)):
            if other is not None and other.exists() and os.path.samefile(other, file):
                raise CliError(f"{option} {other} is the input file {file}: name another file")
    code: int | None = None
    try:
        with Activity() as activity, state.client(activity) as client:
            code = run_import(
                client,
                file,
                chunk_size=chunk_size,
                checkpoint=checkpoint_path,
                failed_out=failed_path,
                as_json=state.as_json,
                activity=activity,
            )
    except KeyboardInterrupt:
        if code is None:
            raise
        # Closing the connection or the heartbeat: the import is done and its report printed.
        raise CliError(
            "interrupted after the import finished and its report was printed: nothing is left to do",
            EXIT_INTERRUPTED,
        ) from None
    sys.exit(code)


@contextmanager
def deferred_interrupt() -> Iterator[None]:
    """
    A first Ctrl-C is held until the block is done (a second one interrupts it): for short
    work that must not be cut short, such as writing a file whole.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []

    def hold(signum: int, frame: Any) -> None:
        if caught:
            raise KeyboardInterrupt
        caught.append(signum)

    previous = signal.signal(signal.SIGINT, hold)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt


#: The failed file of an import of standard input without --failed-out.
STDIN_FAILED_OUT = "failed-orders.ndjson"


def _held(checkpoint: Path) -> bool:
    """Whether an import running now holds the checkpoint's lock (as the library takes it)."""
    try:
        import fcntl  # noqa: PLC0415 (POSIX only)
    except ImportError:
        return False
    try:
        fd = os.open(f"{os.path.realpath(checkpoint)}.lock", os.O_RDWR)  # never created here
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def _blank(path: Path) -> bool:
    """Whether the file holds nothing but white space (a byte order mark aside)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(3)
            rest = handle.read(1 << 16) if head == b"\xef\xbb\xbf" else head
            while rest:
                if rest.strip():
                    return False
                rest = handle.read(1 << 16)
    except OSError:
        return False  # the import says why it cannot be read
    return True


def _count_records(file: str) -> int | None:
    """A cheap total for the progress bar: NDJSON lines (a JSON array's length is not known up front)."""
    if file == "-":
        return None
    with open(file, "rb") as handle:
        head = handle.read(1 << 12).lstrip()
        if head.startswith((b"[", b"\xef\xbb\xbf[")):
            return None
        handle.seek(0)
        return sum(1 for line in handle if line.strip())


def run_import(
    client: Voucherify,
    source: Any,
    *,
    chunk_size: int = MAX_CHUNK,
    checkpoint: Path | None = None,
    failed_out: Path | None = None,
    as_json: bool = False,
    total: int | None = None,
    activity: Activity | None = None,
    show_paths: bool = True,
) -> int:
    """Import with progress and a summary; returns the exit code (0, or EXIT_SOME_FAILED)."""
    bar: ImportBar | None = None
    try:
        if total is None and isinstance(source, (str, os.PathLike)):
            total = _count_records(str(source))
        bar = ImportBar(total, activity)
        if activity is not None:
            activity.set_status("import: reading the input")
        with bar.shown(), _watched_stdin(str(source) == "-") as stdin:
            report = client.orders.import_orders(
                source, chunk_size=chunk_size, checkpoint=checkpoint, on_progress=bar
            )
    except KeyboardInterrupt:
        raise CliError(_interrupted(checkpoint, bar.last if bar else None), EXIT_INTERRUPTED) from None
    except CheckpointError as exc:
        if not isinstance(exc.__cause__, OSError):
            raise
        reason = exc.__cause__.strerror or exc.__cause__
        raise CliError(
            f"the checkpoint {checkpoint} could not be written ({reason}): make room, then run again "
            "with --resume to continue (do not delete it: orders it records as sent would be sent again)"
        ) from exc
    except (APIError, WaitTimeoutError) as exc:
        if checkpoint is not None and checkpoint.is_file():  # kept, as after a Ctrl-C
            raise CliError(
                f"{exc} (checkpoint: {checkpoint}; run again with --resume to continue)", EXIT_API_ERROR
            ) from exc
        last = bar.last if bar else None
        if last is not None and isinstance(exc, APIError) and not exc.outcome_unknown:
            last = replace(last, sending=0)  # the call it failed on applied nothing (a 4xx, say)
        if checkpoint is None and last is not None and (last.imported or last.in_doubt):
            # Orders went in before it stopped: importing the input again would repeat them.
            counted = f"imported {last.imported:,}, failed {last.failed:,} before it stopped"
            raise CliError(f"{exc} ({_unresumable(counted, last)})", EXIT_API_ERROR) from exc
        raise
    except InputBrokeOffError as exc:
        # Orders were imported before the break: their report and failed file, then the error.
        _conclude(exc.report, failed_out, [], as_json=as_json, show_paths=show_paths)
        raise CliError(str(exc)) from None
    if stdin is not None and not stdin.text:  # as an empty file is refused (a broken pipeline)
        raise CliError("standard input is empty: it holds no orders to import")
    written: list[Path] = []  # the failed file, once it is complete
    try:
        return _conclude(report, failed_out, written, as_json=as_json, show_paths=show_paths)
    except KeyboardInterrupt:
        if written:
            where = f"listed in {written[0]}"
        elif report.failed and failed_out is not None:
            where = f"not written to {failed_out}"
        else:
            where = "none to list"
        raise CliError(
            f"interrupted after the import finished: {report.imported:,} imported, "
            f"{len(report.failed):,} failed or unknown ({where}); nothing is left to resume, and "
            "importing again would store the orders without id or source_id twice",
            EXIT_INTERRUPTED,
        ) from None


class _WatchedStream:
    """Standard input's bytes as they are read, noting whether any text (not white space) came."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._started = False
        self.text = False

    def _seen(self, data: bytes) -> bytes:
        # A byte order mark opens it at most once; anything else but white space is text.
        shown = data if self._started else data.removeprefix(codecs.BOM_UTF8)
        self._started = self._started or bool(data)
        self.text = self.text or bool(shown.strip())
        return data

    def read(self, size: int = -1) -> bytes:
        return self._seen(self._stream.read(size))

    def readline(self, size: int = -1) -> bytes:
        return self._seen(self._stream.readline(size))

    def __iter__(self) -> Iterator[bytes]:
        return iter(self.readline, b"")


@contextmanager
def _watched_stdin(watch: bool) -> Iterator[_WatchedStream | None]:
    """While importing from standard input, its bytes are watched (`[]` is input; nothing is not)."""
    if not watch:
        yield None
        return
    if sys.stdin is None:  # closed (`<&-`)
        raise CliError("standard input is closed: pipe the orders in, or name a file")
    watched = _WatchedStream(sys.stdin.buffer)
    real = sys.stdin
    sys.stdin = cast(Any, types.SimpleNamespace(buffer=watched))  # what the reader takes: .buffer
    try:
        yield watched
    finally:
        sys.stdin = real


def _unresumable(counted: str, last: ImportProgress | None) -> str:
    """What an import of standard input without a checkpoint did before it stopped."""
    doubt = last.in_doubt if last is not None else 0
    sent = f"; {doubt:,} more were sent, or being sent, and may have been imported" if doubt else ""
    return f"{counted}{sent}; standard input without --checkpoint cannot be resumed"


def _interrupted(checkpoint: Path | None, last: ImportProgress | None) -> str:
    """What an interrupted import left: a checkpoint to resume, or why there is none."""
    counted = (
        f"read {last.read:,}, imported {last.imported:,}, failed {last.failed:,} when it stopped"
        if last is not None
        else "nothing was read"
    )
    if checkpoint is not None and checkpoint.is_file():
        return f"interrupted (checkpoint: {checkpoint}; run again with --resume to continue)"
    if checkpoint is None:
        return f"interrupted ({_unresumable(counted, last)})"
    # The checkpoint is written before the first call and removed once the import finished.
    if last is None or last.processed == 0:
        return f"interrupted before any order was sent: nothing was imported ({counted})"
    return (
        f"interrupted as the import finished: its checkpoint is already removed, so there is "
        f"nothing to resume ({counted}), and its report and failed file were not written; do not "
        "import again: the orders without id or source_id would be stored twice"
    )


def _conclude(
    report: ImportReport, failed_out: Path | None, written: list[Path], *, as_json: bool, show_paths: bool
) -> int:
    """Write the failed file and print the report; returns the exit code."""
    lost: str | None = None  # why the failed file could not be written
    failed_at = failed_out if report.failed else None
    if report.failed and failed_out is not None:
        try:
            with deferred_interrupt():  # the file is complete, or absent: never cut short
                write_failed(failed_out, report.failed)
                written.append(failed_out)
        except OSError as exc:
            lost = f"{exc.strerror or exc}"
            elsewhere = write_failed_elsewhere(report.failed)
            failed_at = Path(elsewhere) if elsewhere is not None else None
    elif failed_out is not None and failed_out.is_file():
        # An earlier run's failures, none of them this run's: never deleted (it may be the
        # only list of another import's failures), but said to be stale.
        err().print(
            Text(
                f"note: {literal(failed_out)} is from an earlier run and lists none of this run's "
                "orders (this run has no failures): it was left as it was"
            )
        )
    if as_json:
        summary: dict[str, Any] = {
            "read": report.read,
            "imported": report.imported,
            "failed": len(report.failed),
            "unknown": len(report.unknown),
            "repeated": len(report.repeated),
            "failed_out": str(failed_at) if failed_at is not None else None,
        }
        if lost is not None:
            summary["failed_out_error"] = f"cannot write {failed_out}: {lost}"
        print_json(summary)
    else:
        out().print(import_summary(report))
        if report.repeated:
            out().print(
                failed_table(report.repeated, title="records whose source_id comes again in their chunk")
            )
        if report.failed:
            out().print(failed_table(report.failed))
            if failed_at is not None and show_paths and lost is None:
                out().print(Text(f"all {len(report.failed)} failed orders, with reasons: {failed_at}"))
        if report.unknown:
            out().print(Text(UNKNOWN_HINT.format(count=len(report.unknown))))
    # The library removed the checkpoint once every chunk was settled: nothing is left to skip.
    if lost is not None:
        return _failed_file_lost(report, failed_out, lost, failed_at)
    return EXIT_SOME_FAILED if report.failed or not report.accounted_for else 0


def _failed_file_lost(
    report: ImportReport, failed_out: Path | None, lost: str, failed_at: Path | None
) -> int:
    """The import ran, but its failed file could not be written: say where the failures are."""
    count = len(report.failed)
    if failed_at is not None:
        where = f"all {count:,} failed orders, with reasons, are in {failed_at} instead"
    else:
        where = f"all {count:,} failed orders, with reasons, follow on stderr"
    error_line(
        f"cannot write the failed file {failed_out}: {lost}; the import ran (see its report: "
        f"{report.imported:,} imported), so do not run it again (its orders without id or "
        f"source_id would be stored twice); {where}"
    )
    if failed_at is None:
        sys.stderr.write(failed_lines(report.failed))
        sys.stderr.flush()
    return EXIT_OUTPUT_LOST


UNKNOWN_HINT = (
    "{count} orders have an unknown outcome: the API may have stored them (positions are record "
    "numbers in the input). Check each before importing it again: one with a source_id with "
    "`voucherify-orders orders get SOURCE_ID`, one without by looking for it in "
    "`voucherify-orders orders export` (its amount, date or metadata); an order without id or "
    "source_id that is imported again is stored twice."
)


#: Order fields whose values are text (ids, a status, dates sent as written): `source_id:$is=true`
#: compares with the text "true", not a JSON boolean. Amounts and metadata values are read as
#: JSON when they parse (`100`, `true`); quote one to send it as text (`metadata.flag:$is="true"`).
TEXT_FIELDS = frozenset(
    {"id", "source_id", "status", "customer_id", "referrer_id", "created_at", "updated_at"}
)
#: Conditions whose value is a list: given again for the same field, their values add up.
LIST_CONDITIONS = frozenset({"$in", "$not_in"})


def _parse_filter(text: str) -> tuple[str, str, Any]:
    """
    `FIELD:$CONDITION=VALUE`; `a,b` for the list of `$in` or `$not_in`, or a JSON list
    (`["a,b","c"]`), any other condition's value whole; no `=VALUE` for true
    (`created_at:$today`). A text field's values are text (`TEXT_FIELDS`), save for a count
    of days; any other's are JSON when they parse (`100`, `true`), else text.
    """
    field, sep, rest = text.partition(":")
    condition, eq, raw = rest.partition("=")
    if not sep or not condition.startswith("$") or not field:
        raise click.BadParameter(
            f"{text!r}: expected FIELD:$CONDITION=VALUE, e.g. status:$in=PAID,FULFILLED",
            param_hint="--filter",
        )
    scalar = _text if field in TEXT_FIELDS and "days" not in condition else _scalar
    value: Any
    as_json = _scalar(raw.strip(" \t")) if raw.strip(" \t").startswith("[") else None
    problem = None
    if not eq:
        value = True
    elif isinstance(as_json, list) or (as_json is not None and condition in LIST_CONDITIONS):
        value = as_json  # a JSON list, as the API's indexed form: ["a,b", "c"]
        if not isinstance(value, list):
            problem = "the list is not valid JSON (quote a text value that opens with '[')"
        elif scalar is _text and not all(isinstance(item, str) for item in value):
            problem = f"{field} takes text: quote each value of its JSON list"
        elif not value and condition in LIST_CONDITIONS:
            problem = "the list has no value"
    elif condition in LIST_CONDITIONS:  # a,b: only a list condition's value is split
        try:
            parts = _split_outside_quotes(raw)
        except ValueError as exc:
            parts, problem = [], str(exc)
        if "" in parts:
            problem = "the list has an empty value (two commas, one at an end, or none at all)"
        value = [scalar(part) for part in parts]
    else:
        value = scalar(raw)
    if problem is not None:
        raise click.BadParameter(f"{text!r}: {problem}", param_hint="--filter")
    if condition in LIST_CONDITIONS and eq:
        value = _once(value if isinstance(value, list) else [value])
    return field, condition, value


def _once(values: list[Any]) -> list[Any]:
    """Each value once, in order; compared as JSON (in Python True == 1: two values to the API)."""
    kept: dict[str, Any] = {}
    for value in values:
        kept.setdefault(json.dumps(value), value)
    return list(kept.values())


def _split_outside_quotes(raw: str) -> list[str]:
    """
    `a, "b,c" ,d` -> `a`, `"b,c"`, `d`: the values of a list, spaces and tabs around them left out.
    A value that opens with a quote keeps its commas (and its quotes) to the quote that closes
    it, which must come; a quote within a value (`5" screen`) is text.
    """
    parts, current, quoted, escaped = [], "", False, False
    for char in raw:
        if quoted:
            escaped, quoted = (False, True) if escaped else (char == "\\", char != '"')
        elif char == ",":
            parts.append(current.strip(" \t"))
            current = ""
            continue
        elif char == '"' and not current.strip(" \t"):
            current, quoted = "", True
        current += char
    if quoted:
        raise ValueError("a quote is not closed")
    return [*parts, current.strip(" \t")]


def _filters(texts: Sequence[str], junction: str) -> dict[str, Any] | None:
    """
    The export's filter from the --filter options: a list condition given again for the same
    field ($in, $not_in) takes the values of both; any other condition given twice with two
    values is refused (the API takes one value a condition, and the later would replace the first).
    """
    conditions: dict[str, dict[str, Any]] = {}
    for text in texts:
        field, condition, value = _parse_filter(text)
        given = conditions.setdefault(field, {"conditions": {}})["conditions"]
        if condition not in given:
            given[condition] = value
        elif condition in LIST_CONDITIONS and isinstance(given[condition], list) and isinstance(value, list):
            given[condition] = _once(given[condition] + value)
        elif json.dumps(given[condition]) != json.dumps(value):
            raise click.BadParameter(
                f"{field}:{condition} is given twice, with {json.dumps(given[condition])} and "
                f"{json.dumps(value)}: a condition takes one value (for any of several, use "
                f"{field}:$in=A,B)",
                param_hint="--filter",
            )
    return {"junction": junction, **conditions} if conditions else None


def _text(raw: str) -> str:
    """A text field's value: as written, or a JSON string's text when quoted ("a,b" stays whole)."""
    if len(raw) >= 2 and raw.startswith('"') and raw.endswith('"'):
        parsed = _scalar(raw)
        if isinstance(parsed, str):
            return parsed
    return raw


def _scalar(raw: str) -> Any:
    try:
        return _loads(raw)
    except (ValueError, RecursionError):
        return raw


@orders.command("export")
@click.option(
    "--field", "fields", multiple=True, help="A column (repeat): order field, metadata or metadata.<key>."
)
@click.option("--order", "sort", help="Sort: [-]created_at, [-]updated_at or [-]status.")
@click.option(
    "--filter",
    "filters",
    multiple=True,
    help=(
        "FIELD:$CONDITION=VALUE (repeat), any condition the API documents, e.g. amount:$more_than=1000, "
        "status:$in=PAID,FULFILLED (a list; $in and $not_in given again add values, any other "
        "condition takes one value), created_at:$after=2018-05-30T22:00:00.000Z (sent as written), "
        "created_at:$today (no value: true). Ids, status and dates are text; amounts and "
        'metadata values are JSON when they parse (quote text: metadata.flag:$is="true").'
    ),
)
@click.option("--junction", type=click.Choice(["and", "or"]), default="and", show_default=True)
@click.option("-o", "--output", default="-", show_default=True, help="CSV destination; - for stdout.")
@global_options
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
    filter_body = _filters(filters, junction)
    if output != "-":
        writable(Path(output), "-o")
    with Activity() as activity, state.client(activity) as client:
        run_export(client, list(fields) or None, sort, filter_body, output, activity=activity)


def run_export(
    client: Voucherify,
    fields: list[str] | None,
    sort: str | None,
    filters: dict[str, Any] | None,
    output: str,
    *,
    activity: Activity | None = None,
    show_paths: bool = True,
) -> int:
    """Create, wait for and download an export; returns the bytes written."""
    export = client.orders.export(fields=fields, order=sort, filters=filters)
    status = f"export {literal(export.id)}: waiting for the API to finish it"
    if activity is not None:
        activity.set_status(status)
    if err().is_terminal:
        if activity is not None:
            activity.live = True
        try:
            with err().status(Text(status)):
                export = client.exports.wait(export)
        finally:
            if activity is not None:
                activity.live = False
    else:
        export = client.exports.wait(export)
    if activity is not None:
        activity.set_status(f"export {literal(export.id)}: downloading")
    if output == "-":
        sink = _Counted(sys.stdout.buffer)
        try:
            written = client.exports.download(export, cast(IO[bytes], sink))
        except VoucherifyError as exc:
            if not sink.bytes:
                raise
            # What already went to standard output stays there: it is not "nothing".
            problem = re.sub(
                r"; (nothing was kept|its first \d+ bytes were written to it already)$", "", str(exc)
            )
            raise CliError(
                f"{problem}; the output is incomplete: the first {sink.bytes:,} bytes of the CSV "
                f"({sink.lines:,} lines, the last one maybe cut) were already written to standard output",
                EXIT_API_ERROR,
            ) from None
        sys.stdout.flush()
    else:
        try:
            written = client.exports.download(export, output)
        except OSError as exc:
            raise CliError(f"cannot write {output}: {exc.strerror or exc}") from None
        where = f" to {output}" if show_paths else ""
        err().print(Text(f"export {literal(export.id)}: {written:,} bytes written{where}"))
    return written


class _Counted:
    """A binary stream that counts the bytes and lines written through it."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.bytes = 0
        self.lines = 0

    def write(self, data: bytes) -> int:
        written: int = self.stream.write(data)
        self.bytes += len(data)
        self.lines += data.count(b"\n")
        return written

    def flush(self) -> None:
        self.stream.flush()


@cli.command()
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Interface to bind (loopback by default)."
)
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8080, show_default=True, help="0 picks a free port."
)
@click.option("--seed", type=int, default=None, help="Deterministic ids.")
@click.option("--rate-limit", type=click.IntRange(0), default=None, help="Calls per minute before a 429.")
@global_options
@click.pass_context
def emulator(ctx: click.Context, host: str, port: int, seed: int | None, rate_limit: int | None) -> None:
    """
    Serve the emulator over HTTP until interrupted.

    It accepts the credentials given as for every other command (--app-id and
    --secret-key, or VOUCHERIFY_APP_ID and VOUCHERIFY_SECRET_KEY), else
    emulator-app-id and emulator-secret-key; it prints its base URL and
    credentials when it starts.
    """
    state: _State = ctx.ensure_object(_State)
    try:
        from voucherify_orders.emulator import Emulator  # noqa: PLC0415
    except ImportError as exc:
        raise CliError(
            f"the emulator needs the 'emulator' extra ({exc}); pip install 'voucherify-orders[emulator]'"
        ) from None
    app_id = state.app_id or EMULATOR_APP_ID
    secret_key = state.secret_key or EMULATOR_SECRET_KEY
    for setting, value in (("app_id", app_id), ("secret_key", secret_key)):
        try:
            check_credential(setting, value)
        except ConfigurationError as exc:
            raise CliError(f"{state.label(setting)} {exc.problem}") from None
    try:
        server = Emulator(app_id=app_id, secret_key=secret_key, seed=seed, rate_limit=rate_limit).serve(
            host, port
        )
    except (OSError, OverflowError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        hint = "; pick another --port (0 picks a free one)" if _in_use(exc) else ""
        raise CliError(f"cannot serve on {host}:{port}: {reason}{hint}") from None
    shown_secret = (
        "(the value of VOUCHERIFY_SECRET_KEY in this environment)"
        if state.sources.get("secret_key") == "VOUCHERIFY_SECRET_KEY"
        else secret_key
    )
    console = err()
    console.print(Text(f"emulator serving on {server.url} (Ctrl-C to stop); clients connect with:"))
    console.print(Text(f"  VOUCHERIFY_API_URL={server.url}"))
    console.print(Text(f"  VOUCHERIFY_APP_ID={app_id}"))
    console.print(Text(f"  VOUCHERIFY_SECRET_KEY={shown_secret}"))
    try:
        server.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


def _in_use(exc: BaseException) -> bool:
    import errno  # noqa: PLC0415

    return isinstance(exc, OSError) and not isinstance(exc, socket.gaierror) and exc.errno == errno.EADDRINUSE


@cli.command()
@click.option(
    "--orders",
    "count",
    type=click.IntRange(100, 100_000),
    default=5000,
    show_default=True,
    help="How many historical orders to import.",
)
@click.option(
    "--keep",
    type=click.Path(file_okay=False),
    default=None,
    help="Keep the demo's files (the failed orders, the export CSV) in this folder.",
)
@global_options
def demo(count: int, keep: str | None) -> None:
    """A tour of every endpoint against the embedded emulator (in-process: no server, no credentials)."""
    from ._demo import run_demo  # noqa: PLC0415

    if keep is not None:
        folder = Path(keep)
        if folder.exists() and not folder.is_dir():
            raise CliError(f"--keep {keep} is not a folder")
        if not folder.parent.is_dir():
            raise CliError(f"--keep {keep}: no such folder {folder.parent}")
    sys.exit(run_demo(count, keep=Path(keep) if keep is not None else None))


def main() -> None:
    cli(prog_name="voucherify-orders")
