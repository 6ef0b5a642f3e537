"""The installed `voucherify-orders` console script against the emulator over HTTP.

Every test runs the script as a user would, in a subprocess. Where a test must act
while the command is mid-flight, it holds one of the emulator's answers (`Hold`) and
lets it go when it is done; nothing waits on a timer.
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import queue
import re
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import termios
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

import httpx
import pytest
from voucherify_orders.emulator import Emulator, EmulatorResponse, EmulatorServer, Fault

from tests.conftest import read_checkpoint

APP_ID = "cli-app-id-7c1"
SECRET = "cli-secret-key-4b9"
SCRIPT = Path(sys.executable).with_name("voucherify-orders")
# Generous: a bound on a hung process, never a measure of speed.
PATIENCE = 120.0


@pytest.fixture(scope="module", autouse=True)
def _installed_script() -> None:
    if not SCRIPT.is_file():
        pytest.fail(f"the console script is not installed beside {sys.executable}: pip install -e '.[all]'")


@pytest.fixture
def emulator() -> Emulator:
    return Emulator(app_id=APP_ID, secret_key=SECRET, seed=11)


@pytest.fixture
def server(emulator: Emulator) -> Iterator[EmulatorServer]:
    with emulator.serve() as running:
        yield running


def environment(server: EmulatorServer | None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VOUCHERIFY_")}
    env["COLUMNS"] = "80"  # as narrow as a default terminal: output must still not be cut
    if server is not None:
        env.update(VOUCHERIFY_APP_ID=APP_ID, VOUCHERIFY_SECRET_KEY=SECRET, VOUCHERIFY_API_URL=server.url)
    env.update(extra)
    return env


def run(
    server: EmulatorServer | None,
    *args: str,
    input: str | bytes | None = None,
    **env: str,
) -> subprocess.CompletedProcess[str]:
    data = input.encode() if isinstance(input, str) else input
    done = subprocess.run(
        [str(SCRIPT), *args],
        input=data,
        capture_output=True,
        env=environment(server, **env),
        timeout=PATIENCE,
        check=False,
    )
    return subprocess.CompletedProcess(
        done.args,
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
    )


def start(server: EmulatorServer | None, *args: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(SCRIPT), *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment(server, **env),
    )


# What the heartbeat prints while a command waits ("orders get · 3 s · waiting 3 s for GET ...").
HEARTBEAT = re.compile(r"^\S.* · \d+ s( · .*)?$")


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    """
    The run's only stderr line, which must be an error and carry no traceback or secret
    (heartbeat lines, which a slow machine may add while a command waits, aside).
    """
    lines = [line for line in result.stderr.splitlines() if not HEARTBEAT.match(line)]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.stderr and SECRET not in result.stderr
    return lines[0]


class Hold:
    """
    Holds the emulator's answer to one request for `method path*` (the first after
    `skip` others) until `release()`; `reached` is set when it arrives.
    """

    def __init__(self, emulator: Emulator, method: str, path_prefix: str, *, skip: int = 0) -> None:
        self.reached = threading.Event()
        self._release = threading.Event()
        self._seen = 0
        self._lock = threading.Lock()
        serve = emulator.handle

        def handle(verb: str, url: str, headers: Any, body: bytes) -> Any:
            held = False
            if verb == method and urlsplit(url).path.startswith(path_prefix):
                with self._lock:
                    held = self._seen == skip
                    self._seen += 1
            if held:
                self.reached.set()
                self._release.wait(PATIENCE)
            return serve(verb, url, headers, body)

        emulator.handle = handle  # type: ignore[method-assign,assignment]

    def wait_reached(self) -> None:
        assert self.reached.wait(PATIENCE), "the held request never arrived"

    def release(self) -> None:
        self._release.set()


class Lines:
    """A process's stderr, line by line, read on a thread so that the test never blocks blind."""

    def __init__(self, stream: IO[str]) -> None:
        self.seen: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def until(self, pattern: str) -> str:
        """The next line matching `pattern` (a regex); fails if the stream ends first."""
        while True:
            line = self._queue.get(timeout=PATIENCE)
            assert line is not None, f"no line matched {pattern!r}; saw {self.seen}"
            self.seen.append(line)
            if re.search(pattern, line):
                return line

    def rest(self) -> list[str]:
        self._thread.join(PATIENCE)
        while (line := self._queue.get_nowait()) is not None:
            self.seen.append(line)
        return self.seen


def ndjson(path: Path, count: int, broken: dict[int, dict[str, object]] | None = None) -> Path:
    with path.open("w") as handle:
        for n in range(count):
            order: dict[str, object] = {
                "source_id": f"c-{n:05d}",
                "amount": n,
                "metadata": {"shop": f"s{n % 3}"},
            }
            order.update((broken or {}).get(n, {}))
            handle.write(json.dumps(order) + "\n")
    return path


# -- the commands work -----------------------------------------------------------------------


def test_create_get_update_and_list(server: EmulatorServer, emulator: Emulator) -> None:
    created = run(server, "--json", "orders", "create", "-", input='{"source_id": "w-1", "amount": 250}')
    assert created.returncode == 0, created.stderr
    order = json.loads(created.stdout)
    assert (order["source_id"], order["amount"]) == ("w-1", 250)
    shown = run(server, "orders", "get", "w-1")
    assert shown.returncode == 0 and order["id"] in shown.stdout and "250" in shown.stdout
    updated = run(server, "--json", "orders", "update", "w-1", "-", input='{"status": "PAID"}')
    assert json.loads(updated.stdout)["status"] == "PAID"
    with emulator.client() as client:
        for n in range(24):
            client.orders.upsert({"source_id": f"x-{n}"})
    one_page = run(server, "--json", "orders", "list", "--limit", "5")
    assert len(one_page.stdout.splitlines()) == 5
    every = run(server, "--json", "orders", "list", "--all")
    assert len({json.loads(line)["id"] for line in every.stdout.splitlines()}) == 25
    table = run(server, "orders", "list", "--limit", "3")
    assert "page 1 · 25 orders in all" in table.stdout


def test_global_options_work_after_the_subcommand(server: EmulatorServer, emulator: Emulator) -> None:
    with emulator.client() as client:
        client.orders.upsert({"source_id": "g-1", "amount": 5})
    # Before: "No such option: --json", with no hint that it had to come first.
    listed = run(server, "orders", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout.splitlines()[0])["source_id"] == "g-1"
    got = run(server, "orders", "get", "g-1", "--json")
    assert json.loads(got.stdout)["amount"] == 5
    # Credentials after the subcommand beat a wrong environment, as they do before it.
    wrong = {"VOUCHERIFY_SECRET_KEY": "wrong-secret"}
    fixed = run(server, "orders", "get", "g-1", "--secret-key", SECRET, "--json", **wrong)
    assert fixed.returncode == 0, fixed.stderr
    before = run(server, "--secret-key", SECRET, "orders", "get", "g-1", "--json", **wrong)
    assert before.returncode == 0, before.stderr
    assert run(server, "orders", "get", "g-1", **wrong).returncode == 3


def test_import_exit_codes_report_and_failed_file(server: EmulatorServer, tmp_path: Path) -> None:
    clean = run(
        server, "orders", "import", str(ndjson(tmp_path / "clean.ndjson", 300)), "--chunk-size", "100"
    )
    assert clean.returncode == 0, clean.stderr
    assert "every order accounted for │ yes" in clean.stdout
    assert not (tmp_path / "clean.ndjson.checkpoint.json").exists()  # removed once complete
    broken: dict[int, dict[str, object]] = {3: {"amount": "x"}, 150: {"items": [{"quantity": 0}]}}
    path = ndjson(tmp_path / "some-bad.ndjson", 200, broken)
    partial = run(server, "--json", "orders", "import", str(path))
    assert partial.returncode == 1
    summary = json.loads(partial.stdout)
    assert (summary["read"], summary["imported"], summary["failed"]) == (200, 198, 2)
    failures = [json.loads(line) for line in Path(summary["failed_out"]).read_text().splitlines()]
    assert [(f["position"], f["source_id"], f["outcome"]) for f in failures] == [
        (4, "c-00003", "invalid"),  # record numbers in the input, from 1
        (151, "c-00150", "failed"),
    ]
    assert all(f["reason"] for f in failures)


def test_export_to_a_file_and_to_stdout(server: EmulatorServer, tmp_path: Path) -> None:
    assert run(server, "orders", "import", str(ndjson(tmp_path / "orders.ndjson", 90))).returncode == 0
    target = tmp_path / "out.csv"
    result = run(
        server,
        "orders",
        "export",
        "--field",
        "source_id",
        "--field",
        "metadata.shop",
        "--filter",
        "metadata.shop:$is=s1",
        "--order",
        "created_at",
        "-o",
        str(target),
    )
    assert result.returncode == 0, result.stderr
    lines = target.read_text().splitlines()
    assert lines[0] == "source_id,metadata.shop" and len(lines) == 31 and lines[1] == "c-00001,s1"
    piped = run(server, "orders", "export", "--field", "source_id", "--filter", "amount:$less_than=3")
    assert piped.stdout.splitlines()[0] == "source_id" and len(piped.stdout.splitlines()) == 4


# -- every mistake is one line and its exit code ---------------------------------------------------


def _files(tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "folder").mkdir()
    (tmp_path / "latin1.json").write_bytes('{"source_id": "caf\xe9"}'.encode("latin-1"))
    (tmp_path / "nan.json").write_text('{"amount": NaN}')
    (tmp_path / "huge.json").write_text('{"metadata": {"x": 1e999}}')
    (tmp_path / "deep.json").write_text("[" * 100_000)
    (tmp_path / "broken.json").write_text('{"amount": ')
    (tmp_path / "orders.ndjson").write_text('{"source_id": "a"}\n')
    os.mkfifo(tmp_path / "fifo")  # as `<(zcat orders.gz)` names one; nothing writes to it
    (tmp_path / "corrupt.ckpt").write_text('{"version": 1, "chun')
    (tmp_path / "orders.ndjson.checkpoint.json").write_text("{}")
    (tmp_path / "mangled.ckpt").write_text(
        '{"format": "voucherify-orders import checkpoint", "version": 3, "source": {"kind": "file"}, '
        '"chunk_size": 2000, "options": {}, "chunks": []}'
    )
    (tmp_path / "other.ckpt").write_text(
        json.dumps(
            {
                "format": "voucherify-orders import checkpoint",
                "version": 3,
                "source": {"kind": "iterable"},
                "chunk_size": 7,
                "options": {},
                "chunks": {},
            }
        )
    )
    (tmp_path / "old.ckpt").write_text('{"version": 1, "chunk_size": 7, "chunks": {}, "report": null}')
    return {}


MISTAKES: list[tuple[str, list[str], int, str]] = [
    (
        "create: missing file",
        ["orders", "create", "{tmp}/missing.json"],
        2,
        "no such file: {tmp}/missing.json",
    ),
    ("create: a directory", ["orders", "create", "{tmp}/folder"], 2, "is a directory"),
    ("create: not UTF-8", ["orders", "create", "{tmp}/latin1.json"], 2, "is not UTF-8 text (byte 0xe9"),
    ("create: NaN", ["orders", "create", "{tmp}/nan.json"], 2, "NaN is not valid JSON"),
    ("create: a number JSON cannot carry", ["orders", "create", "{tmp}/huge.json"], 2, "1e999 is too large"),
    ("create: nested too deeply", ["orders", "create", "{tmp}/deep.json"], 2, "nested too deeply"),
    ("create: broken JSON", ["orders", "create", "{tmp}/broken.json"], 2, "is not valid JSON"),
    ("create: wrong type", ["orders", "create", "-"], 2, "order.amount"),
    ("update: missing file", ["orders", "update", "x", "{tmp}/missing.json"], 2, "no such file"),
    ("update: a directory", ["orders", "update", "x", "{tmp}/folder"], 2, "is a directory"),
    (
        "export: -o into a missing folder",
        ["orders", "export", "-o", "{tmp}/nope/out.csv"],
        2,
        "no such folder",
    ),
    ("export: -o a directory", ["orders", "export", "-o", "{tmp}/folder"], 2, "is a directory"),
    ("export: bad filter", ["orders", "export", "--filter", "nonsense"], 2, "FIELD:$CONDITION=VALUE"),
    ("import: missing file", ["orders", "import", "{tmp}/missing.ndjson"], 2, "no such file"),
    ("import: a directory", ["orders", "import", "{tmp}/folder"], 2, "is a directory"),
    # It said "no such file" of a pipe that `orders create` reads.
    (
        "import: a pipe",
        ["orders", "import", "{tmp}/fifo"],
        2,
        "{tmp}/fifo is not a regular file (a pipe?): pipe the orders to 'orders import -'",
    ),
    (
        "import: corrupt checkpoint",
        ["orders", "import", "{tmp}/orders.ndjson", "--checkpoint", "{tmp}/corrupt.ckpt", "--resume"],
        2,
        "checkpoint {tmp}/corrupt.ckpt is corrupt",
    ),
    (
        "import: checkpoint with mangled chunks",
        ["orders", "import", "{tmp}/orders.ndjson", "--checkpoint", "{tmp}/mangled.ckpt", "--resume"],
        2,
        "checkpoint {tmp}/mangled.ckpt is corrupt",
    ),
    (
        "import: checkpoint of another input",
        ["orders", "import", "{tmp}/orders.ndjson", "--checkpoint", "{tmp}/other.ckpt", "--resume"],
        2,
        "checkpoint {tmp}/other.ckpt belongs to another input",
    ),
    (
        "import: checkpoint of an older version",
        ["orders", "import", "{tmp}/orders.ndjson", "--checkpoint", "{tmp}/old.ckpt", "--resume"],
        2,
        "checkpoint {tmp}/old.ckpt was written by an older version",
    ),
    ("import: checkpoint without --resume", ["orders", "import", "{tmp}/orders.ndjson"], 2, "pass --resume"),
    (
        "import: --resume without a checkpoint",
        ["orders", "import", "{tmp}/orders.ndjson", "--checkpoint", "{tmp}/none.ckpt", "--resume"],
        2,
        "does not exist",
    ),
    (
        "import: --failed-out -",
        ["orders", "import", "{tmp}/orders.ndjson", "--checkpoint", "{tmp}/c3", "--failed-out", "-"],
        2,
        "--failed-out needs a file name: standard output carries the import's report",
    ),
    (
        "import: --failed-out into a missing folder",
        ["orders", "import", "{tmp}/orders.ndjson", "--checkpoint", "{tmp}/c2", "--failed-out", "{tmp}/no/f"],
        2,
        "no such folder",
    ),
    (
        "list: limit out of range",
        ["orders", "list", "--limit", "500"],
        2,
        "'--limit': 500 is not in the range",
    ),
    (
        "list: unknown option",
        ["orders", "list", "--jsn"],
        2,
        "Did you mean '--json'? (see 'voucherify-orders",
    ),
    ("unknown command", ["orders", "lsit"], 2, "No such command 'lsit'"),
    (
        "cluster and base URL",
        ["orders", "list", "--cluster", "us1", "--base-url", "https://x.example"],
        2,
        "error: --cluster cannot be combined with --base-url",
    ),
    (
        "base URL scheme",
        ["orders", "list", "--base-url", "ftp://x.example"],
        2,
        "--base-url must be an http://",
    ),
    ("get: not found", ["orders", "get", "nope"], 3, "404 not_found"),
]


@pytest.mark.parametrize(("name", "args", "code", "says"), MISTAKES, ids=[m[0] for m in MISTAKES])
def test_each_mistake_is_one_line_with_its_exit_code(
    server: EmulatorServer, tmp_path: Path, name: str, args: list[str], code: int, says: str
) -> None:
    _files(tmp_path)
    result = run(server, *(a.format(tmp=tmp_path) for a in args), input='{"amount": "not a number"}')
    line = one_error_line(result)
    assert result.returncode == code, (name, result.stderr)
    assert says.format(tmp=tmp_path) in line, line


def test_missing_credentials_name_the_option_and_the_variable(server: EmulatorServer) -> None:
    line = one_error_line(run(server, "orders", "list", VOUCHERIFY_APP_ID=""))
    assert line == "error: no application id: pass --app-id or set VOUCHERIFY_APP_ID"
    line = one_error_line(run(None, "orders", "list", VOUCHERIFY_APP_ID=APP_ID))
    assert line == "error: no secret key: pass --secret-key or set VOUCHERIFY_SECRET_KEY"


def test_a_secret_with_a_newline_is_refused_before_anything_is_sent(
    server: EmulatorServer, emulator: Emulator
) -> None:
    # Before: httpx's "Illegal header value b'<secret>\n'" on the first call, retried; --debug printed it.
    for args in (["orders", "list"], ["--debug", "orders", "list"]):
        result = run(server, *args, VOUCHERIFY_SECRET_KEY=SECRET + "\n")
        assert result.returncode == 2 and SECRET not in result.stderr + result.stdout
        assert "VOUCHERIFY_SECRET_KEY ends with whitespace (a newline)" in result.stderr
    result = run(server, "orders", "list", "--secret-key", SECRET + "\n")
    assert one_error_line(result).startswith("error: --secret-key ends with whitespace")
    assert emulator.requests == []


def test_plain_http_to_a_remote_host_needs_the_opt_in(server: EmulatorServer) -> None:
    line = one_error_line(run(server, "orders", "list", "--base-url", "http://orders.example.com"))
    assert "unencrypted" in line and "--allow-insecure-http" in line
    line = one_error_line(run(server, "orders", "list", "--base-url", "https://u:hunter2@orders.example.com"))
    assert "must not contain user info" in line and "hunter2" not in line


@pytest.mark.slow  # connect retries to a closed port, ~2 s
def test_an_unreachable_server_is_exit_3() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # bound, never listening: connections are refused
        result = run(
            None,
            "orders",
            "get",
            "x",
            VOUCHERIFY_APP_ID=APP_ID,
            VOUCHERIFY_SECRET_KEY=SECRET,
            VOUCHERIFY_API_URL=f"http://127.0.0.1:{port}",
        )
    assert result.returncode == 3
    assert "failed (ConnectError)" in one_error_line(result)


def test_debug_shows_a_traceback_and_logs_but_never_a_secret(server: EmulatorServer) -> None:
    plain = run(server, "orders", "get", "nope")
    assert plain.returncode == 3 and "Traceback" not in plain.stderr
    result = run(server, "--debug", "orders", "get", "nope")
    assert result.returncode == 3 and "Traceback" in result.stderr
    assert "GET /v1/orders/nope -> 404" in result.stderr  # the client's debug line
    assert "httpcore" in result.stderr  # the HTTP stack's debug lines too
    assert result.stderr.rstrip().splitlines()[-1].startswith("error: 404 not_found")
    for text in (result.stdout, result.stderr):
        assert SECRET not in text and APP_ID not in text


def test_a_hostile_answer_is_still_one_line(server: EmulatorServer, emulator: Emulator) -> None:
    # JSON nested 100,000 deep: the library should raise a DecodeError (exit 3); should a raw
    # exception ever slip through it, the CLI still says one line (exit 70), never a traceback.
    serve = emulator.handle

    def handle(verb: str, url: str, headers: Any, body: bytes) -> Any:
        if urlsplit(url).path == "/v1/orders/deep":
            return EmulatorResponse(200, {"Content-Type": "application/json"}, b"[" * 100_000)
        return serve(verb, url, headers, body)

    emulator.handle = handle  # type: ignore[method-assign,assignment]
    result = run(server, "orders", "get", "deep")
    line = one_error_line(result)
    assert result.returncode in (3, 70), line
    if result.returncode == 70:
        assert "run again with --debug for the traceback" in line
    debug = run(server, "--debug", "orders", "get", "deep")
    assert debug.returncode == result.returncode and "Traceback" in debug.stderr


# -- API text, widths, pipes ----------------------------------------------------------------------


def test_api_text_is_printed_literally(server: EmulatorServer, emulator: Emulator) -> None:
    tricky = "[/]x[b]bold[/b] \x1b[31mred"
    with emulator.client() as client:
        client.orders.upsert({"source_id": tricky, "amount": 7})
    # Before: "[/]" crashed the table (rich markup) and "[b]" vanished.
    listed = run(server, "orders", "list")
    assert listed.returncode == 0, listed.stderr
    assert "[/]x[b]bold[/b] \\x1b[31mred" in listed.stdout and "\x1b" not in listed.stdout
    missing = run(server, "orders", "get", "[/]nope[b]")
    line = one_error_line(missing)
    assert missing.returncode == 3 and "with id [/]nope[b])" in line


def test_output_off_a_terminal_is_never_cut(server: EmulatorServer, emulator: Emulator) -> None:
    long_id = "order-with-a-rather-long-source-id-" + "x" * 90
    with emulator.client() as client:
        client.orders.upsert({"source_id": long_id, "status": "CREATED", "amount": 123456789})
    result = run(server, "orders", "list")  # COLUMNS=80, stdout a pipe
    assert result.returncode == 0
    assert long_id in result.stdout and "CREATED" in result.stdout and "123456789" in result.stdout
    assert "…" not in result.stdout


def test_a_narrow_terminal_folds_values_and_never_cuts_them(
    server: EmulatorServer, emulator: Emulator
) -> None:
    # Before: at 80 columns the table cut values to "CRE…".
    long_id = "terminal-source-id-" + "y" * 60
    with emulator.client() as client:
        client.orders.upsert({"source_id": long_id, "status": "CREATED", "amount": 123456789})
    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 80, 0, 0))
    env = environment(server, TERM="xterm")
    env.pop("COLUMNS")
    process = subprocess.Popen(
        [str(SCRIPT), "orders", "list"], stdin=subprocess.DEVNULL, stdout=terminal, stderr=terminal, env=env
    )
    os.close(terminal)
    shown = b""
    while True:
        try:
            block = os.read(controller, 1 << 16)
        except OSError:  # EIO: the process closed its end
            break
        if not block:
            break
        shown += block
    os.close(controller)
    assert process.wait(PATIENCE) == 0
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown.decode("utf-8", "replace"))
    assert "…" not in text and "CREATED" in text and "123456789" in text
    assert max(len(line) for line in text.splitlines()) <= 80
    cells = "".join(re.findall(r"│([^│]*)│", text)).replace(" ", "")
    assert long_id in "".join(
        line.split("│")[2].strip() for line in text.splitlines() if line.count("│") >= 8
    ), cells


def test_a_closed_pipe_ends_quietly(server: EmulatorServer, emulator: Emulator) -> None:
    with emulator.client() as client:
        for n in range(3):
            client.orders.upsert({"source_id": f"p-{n}"})
    hold = Hold(emulator, "GET", "/v1/orders", skip=1)  # the second page waits for the reader to leave
    process = start(server, "--json", "orders", "list", "--all", "--limit", "1")
    assert process.stdout is not None and process.stderr is not None
    try:
        hold.wait_reached()
        process.stdout.close()  # like `| head -1` exiting
    finally:
        hold.release()
    stderr = process.stderr.read()
    assert process.wait(PATIENCE) == 141, stderr
    assert [line for line in stderr.splitlines() if not HEARTBEAT.match(line)] == []


def test_list_all_past_the_page_limit_points_to_export(server: EmulatorServer, emulator: Emulator) -> None:
    with emulator.client() as client:
        client.orders.import_orders([{"source_id": f"l-{n:03d}"} for n in range(101)])
    # 101 orders at one per page: the API's 100-page limit is reached after 100.
    result = run(server, "--json", "orders", "list", "--all", "--limit", "1")
    assert result.returncode == 1
    assert len(result.stdout.splitlines()) == 100
    lines = [line for line in result.stderr.splitlines() if not HEARTBEAT.match(line)]
    assert lines[0].startswith("note: 101 orders exist, but the API lists at most 100 pages")
    assert lines[-1].startswith("error: stopped after 100 of 101 orders: the API lists at most 100 pages")
    assert "voucherify-orders orders export" in lines[-1] and "limit=100" not in lines[-1]
    assert "Traceback" not in result.stderr


def test_list_all_of_a_list_that_changes_stops_and_says_what_it_listed_is_not_all(
    server: EmulatorServer, emulator: Emulator
) -> None:
    with emulator.client() as client:
        for n in range(3):
            client.orders.upsert({"source_id": f"c-{n}"})
    hold = Hold(emulator, "GET", "/v1/orders", skip=1)  # the second page waits for a new order
    process = start(server, "--json", "orders", "list", "--all", "--limit", "1")
    try:
        hold.wait_reached()
        with emulator.client() as client:
            client.orders.upsert({"source_id": "c-new"})
    finally:
        hold.release()
    stdout, stderr = process.communicate(timeout=PATIENCE)
    assert process.returncode == 1, stderr
    assert len(stdout.splitlines()) == 1
    lines = [line for line in stderr.splitlines() if not HEARTBEAT.match(line)]
    assert lines[-1] == (
        "error: stopped after 1 orders, so those listed are not all: the list changed while it was "
        "walked (page 2: it counted 3 orders then, and 4 now); list again, or export them: "
        "voucherify-orders orders export -o orders.csv"
    )


# -- long waits show ------------------------------------------------------------------------------


@pytest.mark.slow  # waits out two real 3 s heartbeats
def test_a_long_import_wait_shows_on_stderr_every_few_seconds(
    server: EmulatorServer, emulator: Emulator, tmp_path: Path
) -> None:
    hold = Hold(emulator, "GET", "/v1/async-actions/")
    process = start(server, "orders", "import", str(ndjson(tmp_path / "orders.ndjson", 10)))
    assert process.stderr is not None
    lines = Lines(process.stderr)
    try:
        hold.wait_reached()
        first = lines.until(r"^import: .*waiting for the API")
        # A second heartbeat while the answer is still held (one that never came would fail
        # `until`, which waits PATIENCE seconds for a line).
        second = lines.until(r"^import: .*waiting for the API")
        assert "read 10 of 10 · submitted 10 · processed 0" in first
        assert re.search(r"waiting \d+ s for GET /v1/async-actions/", second), second
    finally:
        hold.release()
    assert process.wait(PATIENCE) == 0, lines.rest()
    assert lines.rest()[-1].startswith("import: read 10 of 10 · submitted 10 · processed 10")


@pytest.mark.slow  # waits a real 1 s Retry-After and a heartbeat
def test_a_rate_limit_and_export_polling_show_on_stderr(server: EmulatorServer, emulator: Emulator) -> None:
    emulator.inject(Fault.rate_limited(retry_after=1), route="POST /v1/orders/export")
    hold = Hold(emulator, "GET", "/v1/exports/")
    process = start(server, "orders", "export", "--field", "id")
    assert process.stderr is not None
    lines = Lines(process.stderr)
    try:
        note = lines.until(r"429")
        assert "the API answered 429 (rate limited) to POST /v1/orders/export; it asked to wait 1 s" in note
        hold.wait_reached()
        beat = lines.until(r"^export exp_\w+: waiting for the API to finish it")
        assert "s for GET /v1/exports/" in beat or "rate limited" in beat
    finally:
        hold.release()
    assert process.wait(PATIENCE) == 0, lines.rest()


def test_ctrl_c_leaves_a_checkpoint_that_resumes(
    server: EmulatorServer, emulator: Emulator, tmp_path: Path
) -> None:
    path = ndjson(tmp_path / "orders.ndjson", 1_000)
    checkpoint = Path(f"{path}.checkpoint.json")
    # Each chunk's submission is held once the emulator has stored it (Fault.hold): three go
    # through, and Ctrl-C lands while the fourth, already queued, waits for its answer.
    submissions = emulator.inject(Fault.hold(), route="POST /v1/orders/import")
    process = start(server, "orders", "import", str(path), "--chunk-size", "100")
    assert process.stderr is not None
    try:
        for chunk in range(1, 4):
            submissions.gate.wait_for(chunk, timeout=PATIENCE)
            submissions.gate.release()
        submissions.gate.wait_for(4, timeout=PATIENCE)
        process.send_signal(signal.SIGINT)
    finally:
        # Let the held answer go: the interrupt is already pending, and should the signal
        # land on another thread than the one blocked in the read, the read returns now.
        submissions.gate.open()
    _, stderr = process.communicate(timeout=PATIENCE)
    assert process.returncode == 130, stderr
    assert stderr.splitlines()[-1].startswith("error: interrupted (checkpoint: ")
    assert "--resume" in stderr and "Traceback" not in stderr
    chunks = read_checkpoint(checkpoint)["chunks"]
    assert all(chunks[c]["state"] == "done" and chunks[c]["imported"] == 100 for c in "012")
    # The fourth chunk is recorded before it is sent. Its action id is there only if its answer
    # was read before the interrupt took effect: then it is waited for on resume, else sent again.
    assert sorted(chunks) == ["0", "1", "2", "3"] and chunks["3"]["state"] != "done"
    resent = not chunks["3"]["actions"]
    resumed = run(server, "--json", "orders", "import", str(path), "--chunk-size", "100", "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert json.loads(resumed.stdout)["imported"] == 1_000
    assert len(emulator.async_actions) == 10 + resent  # stored before Ctrl-C: at most once more
    source_ids = [o["source_id"] for o in emulator.orders]
    assert len(source_ids) == len(set(source_ids)) == 1_000


# -- the emulator and the demo --------------------------------------------------------------------


@pytest.mark.slow  # four emulator processes
def test_the_emulator_prints_its_url_and_credentials_and_takes_global_ones() -> None:
    for args, env, app_id, secret in (
        (["emulator", "--port", "0"], {}, "emulator-app-id", "emulator-secret-key"),
        (["--app-id", "mine", "--secret-key", "s3cr3t", "emulator", "--port", "0"], {}, "mine", "s3cr3t"),
        (["emulator", "--port", "0", "--app-id", "after"], {}, "after", "emulator-secret-key"),
        (
            ["emulator", "--port", "0"],
            {"VOUCHERIFY_APP_ID": "env-id", "VOUCHERIFY_SECRET_KEY": "env-key"},
            "env-id",
            None,
        ),
    ):
        process = start(None, *args, **env)
        assert process.stderr is not None
        try:
            lines = Lines(process.stderr)
            url = lines.until(r"^  VOUCHERIFY_API_URL=").split("=", 1)[1]
            assert re.fullmatch(r"http://127\.0\.0\.1:\d+", url)
            assert lines.until(r"^  VOUCHERIFY_APP_ID=") == f"  VOUCHERIFY_APP_ID={app_id}"
            shown = lines.until(r"^  VOUCHERIFY_SECRET_KEY=")
            if secret is None:  # from the environment: a real secret is never echoed
                assert "env-key" not in shown and "environment" in shown
            else:
                assert shown == f"  VOUCHERIFY_SECRET_KEY={secret}"
            token = secret or "env-key"
            answer = httpx.get(url + "/v1/orders", headers={"X-App-Id": app_id, "X-App-Token": token})
            assert answer.status_code == 200 and answer.json()["object"] == "list"
        finally:
            process.send_signal(signal.SIGINT)
            assert process.wait(PATIENCE) == 0


def test_the_emulator_on_a_port_in_use_is_one_line() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run(None, "emulator", "--port", str(port))
    assert result.returncode == 2
    assert f"cannot serve on 127.0.0.1:{port}" in one_error_line(result) and "--port" in result.stderr


def test_the_demo_runs_the_whole_tour_on_its_embedded_emulator(tmp_path: Path) -> None:
    # A URL in the environment is not the demo's server, and must not be named as such.
    result = run(None, "demo", "--orders", "1000", VOUCHERIFY_API_URL="https://elsewhere.example")
    assert result.returncode == 0, result.stderr
    for step in (
        "runs on its embedded emulator",
        "upsert orders",
        "auto-pagination",
        "update one field",
        "import 1,000 historical orders",
        "metadata.<key>",
        "summary",
        "every order accounted for │ yes",
    ):
        assert step in result.stdout, step
    assert "elsewhere.example" not in result.stdout + result.stderr
    # Without --keep the files live in a folder that is gone: no path to them is shown.
    assert tempfile.gettempdir() not in result.stdout + result.stderr
    assert "voucherify-demo-" not in result.stdout + result.stderr
    kept = run(None, "demo", "--orders", "1000", "--keep", str(tmp_path / "kept"))
    assert kept.returncode == 0, kept.stderr
    shown = re.findall(re.escape(str(tmp_path / "kept")) + r"/[\w.-]+", kept.stdout + kept.stderr)
    assert shown and all(Path(path).is_file() for path in shown)
    assert {Path(p).name for p in shown} == {"failed-orders.ndjson", "orders-north.csv"}
