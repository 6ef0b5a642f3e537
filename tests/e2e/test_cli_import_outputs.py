"""`orders import`'s outputs when things go wrong at the end: a failed file that cannot be
written, an interruption after the import, an earlier run's failed file, an empty input.
"""

from __future__ import annotations

import json
import os
import select
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from voucherify_orders import ImportProgress
from voucherify_orders._import import FailedOrder
from voucherify_orders.cli._app import _interrupted
from voucherify_orders.cli._output import write_failed
from voucherify_orders.emulator import Emulator, EmulatorServer, Fault

from tests.e2e.test_cli import APP_ID, PATIENCE, SCRIPT, SECRET, environment, run, start


@pytest.fixture
def emulator() -> Emulator:
    return Emulator(app_id=APP_ID, secret_key=SECRET, seed=43)


@pytest.fixture
def server(emulator: Emulator) -> Iterator[EmulatorServer]:
    with emulator.serve() as running:
        yield running


KEYLESS_AND_BROKEN = '{"status": "PAID", "amount": 123, "metadata": {"tag": "keyless"}}\nnot json\n'


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("as_json", [False, True])
def test_a_failed_file_that_cannot_be_written_keeps_the_report_and_the_failures(
    server: EmulatorServer, emulator: Emulator, tmp_path: Path, as_json: bool
) -> None:
    # The import ran and stored its keyless order; exit 2 ("usage") with no report invited
    # running it again, which stores that order twice, and the failures were lost.
    path = tmp_path / "in.ndjson"
    path.write_text(KEYLESS_AND_BROKEN)
    spare = tmp_path / "spare"
    spare.mkdir()
    flags = ["--json"] if as_json else []
    result = run(
        server, *flags, "orders", "import", str(path), "--failed-out", "/dev/full", TMPDIR=str(spare)
    )
    assert result.returncode == 74, result.stderr
    assert len(emulator.orders) == 1
    error = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(error) == 1 and "cannot write the failed file /dev/full" in error[0], result.stderr
    assert "do not run it again" in error[0]
    (elsewhere,) = spare.glob("voucherify-failed-orders-*.ndjson")
    assert str(elsewhere) in error[0]
    failed = [json.loads(line) for line in elsewhere.read_text().splitlines()]
    assert [(f["position"], f["outcome"]) for f in failed] == [(2, "invalid")]
    if as_json:
        summary = json.loads(result.stdout)
        assert summary["imported"] == 1 and summary["failed"] == 1
        assert summary["failed_out"] == str(elsewhere)
    else:
        text = " ".join(result.stdout.split())
        assert "│ imported │ 1 │" in text and "failed orders (first 1 of 1)" in text


def test_the_failed_file_is_written_whole_or_not_at_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It was written in place: a full disk or a Ctrl-C left a truncated list.
    target = tmp_path / "failed.ndjson"
    target.write_text("earlier\n")
    target.chmod(0o640)
    failures = [FailedOrder(n, None, "bad", "invalid") for n in range(1, 4)]

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(os, "fsync", full)
        with pytest.raises(OSError, match="No space"):
            write_failed(target, failures)
    assert target.read_text() == "earlier\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["failed.ndjson"]  # no temporary file left
    write_failed(target, failures)
    assert [json.loads(line)["position"] for line in target.read_text().splitlines()] == [1, 2, 3]
    assert target.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["failed.ndjson"]


def test_a_failed_out_in_a_folder_that_cannot_take_a_file_is_refused_up_front(
    server: EmulatorServer, emulator: Emulator, tmp_path: Path
) -> None:
    path = tmp_path / "in.ndjson"
    path.write_text(KEYLESS_AND_BROKEN)
    result = run(server, "orders", "import", str(path), "--failed-out", "/proc/self/failed.ndjson")
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("error: --failed-out /proc/self/failed.ndjson"), result.stderr
    assert len(emulator.orders) == 0


def _blocked_in(pid: int, kernel_function: str) -> bool:
    """Whether the process's main thread waits in a kernel function named like `kernel_function`."""
    try:
        return kernel_function in Path(f"/proc/{pid}/wchan").read_text()
    except OSError:
        pytest.skip("needs /proc/PID/wchan")


def _wait_until(check: Callable[[], bool]) -> None:
    deadline = time.monotonic() + PATIENCE
    while not check():
        assert time.monotonic() < deadline, "the process never got there"
        time.sleep(0.02)


def test_ctrl_c_while_the_failed_file_is_written_leaves_it_whole_and_says_the_import_finished(
    server: EmulatorServer, emulator: Emulator, tmp_path: Path
) -> None:
    # Ctrl-C there left a truncated failed file and a plain "interrupted" (exit 130), with no
    # checkpoint left: nothing told the user that the import had finished.
    path = tmp_path / "in.ndjson"
    path.write_text('{"source_id": "k-1", "amount": 1}\n' + "not json\n" * 2000)
    fifo = tmp_path / "failed.fifo"  # its writer waits for a reader: Ctrl-C lands there
    os.mkfifo(fifo)
    process = start(server, "orders", "import", str(path), "--failed-out", str(fifo))
    try:
        _wait_until(lambda: process.poll() is not None or _blocked_in(process.pid, "wait_for_partner"))
        process.send_signal(signal.SIGINT)
    finally:
        reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    received = bytearray()
    with os.fdopen(reader, "rb", buffering=0) as handle:
        while True:
            select.select([handle], [], [], PATIENCE)
            chunk = handle.read(1 << 16)
            if chunk == b"" and process.poll() is not None:
                break
            received += chunk or b""
    _, stderr = process.communicate(timeout=PATIENCE)
    assert process.returncode == 130, stderr
    assert stderr.splitlines()[-1] == (
        "error: interrupted after the import finished: 1 imported, 2,000 failed or unknown "
        f"(listed in {fifo}); nothing is left to resume, and importing again would store the orders "
        "without id or source_id twice"
    )
    lines = received.decode().splitlines()
    assert [json.loads(line)["position"] for line in lines] == list(range(2, 2002))
    assert len(emulator.orders) == 1


def test_ctrl_c_before_any_order_was_sent_does_not_suggest_resume(
    server: EmulatorServer, emulator: Emulator, tmp_path: Path
) -> None:
    # It said "run again with --resume" naming a checkpoint that did not exist.
    checkpoint = tmp_path / "stdin.checkpoint.json"
    process = subprocess.Popen(
        [str(SCRIPT), "orders", "import", "-", "--checkpoint", str(checkpoint)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment(server),
    )
    assert process.stdin is not None
    process.stdin.write(b'{"source_id": "s-1", "amount": 1}\n')  # fewer than a chunk: it waits for more
    process.stdin.flush()
    lock = Path(f"{checkpoint}.lock")  # taken before the input is read
    _wait_until(
        lambda: process.poll() is not None or (lock.exists() and _blocked_in(process.pid, "pipe_read"))
    )
    process.send_signal(signal.SIGINT)
    _, stderr_bytes = process.communicate(timeout=PATIENCE)
    stderr = stderr_bytes.decode()
    assert process.returncode == 130, stderr
    assert stderr.splitlines()[-1].startswith(
        "error: interrupted before any order was sent: nothing was imported"
    )
    assert "--resume" not in stderr and not checkpoint.exists() and len(emulator.orders) == 0


def test_an_import_never_deletes_or_overwrites_an_earlier_imports_failed_file(
    server: EmulatorServer, emulator: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every import of standard input defaults to ./failed-orders.ndjson, and an import without
    # failures deleted any existing failed file: a clean import erased an earlier one's list.
    monkeypatch.chdir(tmp_path)  # the commands run here
    earlier = run(server, "orders", "import", "-", input='{"source_id": "x1", "amount": "oops"}\n')
    assert earlier.returncode == 1, earlier.stderr
    listed = (tmp_path / "failed-orders.ndjson").read_text()
    assert json.loads(listed)["source_id"] == "x1"
    clean = run(server, "orders", "import", "-", input='{"source_id": "y1", "amount": 1}\n')
    assert clean.returncode == 2, clean.stderr
    assert clean.stderr == (
        "error: failed-orders.ndjson exists, from an earlier import: pass --failed-out PATH to write "
        "this import's failures elsewhere, or move that file away\n"
    )
    assert (tmp_path / "failed-orders.ndjson").read_text() == listed and len(emulator.orders) == 0
    # Named with --failed-out, and this run has no failures: left, and said to be stale.
    named = run(
        server, "orders", "import", "-", "--failed-out", "failed-orders.ndjson",
        input='{"source_id": "y1", "amount": 1}\n',
    )  # fmt: skip
    assert named.returncode == 0, named.stderr
    assert (tmp_path / "failed-orders.ndjson").read_text() == listed and len(emulator.orders) == 1
    assert "note: failed-orders.ndjson is from an earlier run" in " ".join(named.stderr.split())


@pytest.mark.parametrize("content", [b"", b"\n  \n", b"\xef\xbb\xbf"])
def test_an_empty_input_file_is_a_usage_error(
    server: EmulatorServer, emulator: Emulator, tmp_path: Path, content: bytes
) -> None:
    # It exited 0 with a report of nothing, as if every order had been imported.
    path = tmp_path / "orders.ndjson"
    path.write_bytes(content)
    result = run(server, "orders", "import", str(path))
    assert result.returncode == 2, result.stderr
    assert result.stderr == f"error: {path} is empty: it holds no orders to import\n"
    assert not Path(f"{path}.checkpoint.json.lock").exists()


def test_an_empty_array_on_standard_input_is_input(server: EmulatorServer) -> None:
    # As a file holding `[]` is: a producer that found nothing is not a broken pipeline.
    result = run(server, "--json", "orders", "import", "-", input="[]\n")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["read"] == 0


@pytest.mark.parametrize("content", ["", "\n  \n", "\ufeff\n"])
def test_an_empty_standard_input_is_a_usage_error(
    server: EmulatorServer, tmp_path: Path, content: str
) -> None:
    # A broken pipeline (`zcat missing.gz | ... import -`) reported a clean success. Found by a witness.
    result = run(server, "orders", "import", "-", input=content)
    assert result.returncode == 2, result.stderr
    assert result.stderr.endswith("error: standard input is empty: it holds no orders to import\n"), (
        result.stderr
    )


def test_a_second_import_of_a_running_ones_input_is_told_it_runs_not_to_delete_its_checkpoint(
    server: EmulatorServer, emulator: Emulator, tmp_path: Path
) -> None:
    # It said "exists from an earlier run: pass --resume to continue it, or delete it": deleting
    # a running import's checkpoint loses what it recorded.
    held = emulator.inject(Fault.hold(times=1), route="POST /v1/orders/import")
    path = tmp_path / "orders.ndjson"
    path.write_text("".join(f'{{"source_id": "h-{n}", "amount": 1}}\n' for n in range(20)))
    first = start(server, "--json", "orders", "import", str(path), "--chunk-size", "10")
    checkpoint = Path(f"{path}.checkpoint.json")
    try:
        held.gate.wait_for(1)  # its first chunk in flight, recorded in its checkpoint
        second = run(server, "orders", "import", str(path), "--chunk-size", "10")
        assert second.returncode == 2, second.stderr
        assert second.stderr == (
            f"error: the checkpoint {checkpoint} is held by another import running now: "
            "wait for it, or stop it\n"
        )
    finally:
        held.gate.open()
    _, stderr = first.communicate(timeout=PATIENCE)
    assert first.returncode == 0, stderr
    checkpoint.write_text("{}")  # left by an import that is gone
    stale = run(server, "orders", "import", str(path))
    assert stale.returncode == 2
    assert "pass --resume to continue it" in stale.stderr and "it may be in use" in stale.stderr


def test_a_lone_byte_of_a_byte_order_mark_on_standard_input_is_a_record(
    server: EmulatorServer, tmp_path: Path
) -> None:
    # Each of the mark's three bytes counted as white space: the record was read and failed,
    # then standard input was called empty and its failure never written. Found by a witness.
    failed = tmp_path / "failed.ndjson"
    result = run(server, "orders", "import", "-", "--failed-out", str(failed), input=b"\xbb\n")
    assert result.returncode == 1, result.stderr
    assert "empty" not in result.stderr
    assert failed.read_text().count("\n") == 1


@pytest.mark.parametrize(
    ("closed", "command", "said"),
    [
        # an internal error (exit 70): `'NoneType' object has no attribute 'buffer'`
        (0, ["orders", "import", "-"], "error: standard input is closed"),
        (0, ["orders", "create", "-"], "error: standard input is closed"),
        # a traceback from every command: `'NoneType' object has no attribute 'isatty'`
        (1, ["orders", "list"], "error: standard output is closed"),
    ],
)
def test_a_closed_standard_stream_is_said_to_be_closed(
    server: EmulatorServer, closed: int, command: list[str], said: str
) -> None:
    done = subprocess.run(
        [str(SCRIPT), *command],
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=environment(server),
        timeout=PATIENCE,
        check=False,
        preexec_fn=lambda: os.close(closed),
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(said), done.stderr


def test_an_import_stopped_by_the_api_names_the_checkpoint_it_leaves(tmp_path: Path) -> None:
    # It said only "POST /v1/orders/import failed (ConnectError) after 2 retries", and the next
    # run was refused as "interrupted" for a checkpoint nothing had named.
    orders = tmp_path / "orders.ndjson"
    orders.write_text('{"source_id": "s-1", "amount": 1}\n')
    closed = socket.create_server(("127.0.0.1", 0))  # a port nothing answers on once closed
    url = f"http://127.0.0.1:{closed.getsockname()[1]}"
    closed.close()
    result = run(
        None,
        "orders",
        "import",
        str(orders),
        VOUCHERIFY_APP_ID=APP_ID,
        VOUCHERIFY_SECRET_KEY=SECRET,
        VOUCHERIFY_API_URL=url,
    )
    assert result.returncode == 3, result.stderr
    checkpoint = f"{orders}.checkpoint.json"
    assert result.stderr.splitlines()[-1].startswith("error: POST /v1/orders/import failed (ConnectError)")
    assert result.stderr.splitlines()[-1].endswith(
        f"(checkpoint: {checkpoint}; run again with --resume to continue)"
    ), result.stderr
    assert Path(checkpoint).is_file()


def test_an_interruption_says_what_may_have_been_sent() -> None:
    # Standard input without a checkpoint: it said "read 10, imported 10, failed 0", while the
    # next ten, read, were in a call the API had taken (a re-import "of the rest" doubled them).
    # Then, found by a second witness: it counted every order read and not settled as maybe
    # sent, also those of a chunk still being read, and said so even where nothing was sent.
    sending = ImportProgress(
        read=20, invalid=0, submitted=10, processed=10, imported=10, failed=0, unknown=0, sending=10
    )
    assert _interrupted(None, sending) == (
        "interrupted (read 20, imported 10, failed 0 when it stopped; 10 more were sent, or being "
        "sent, and may have been imported; standard input without --checkpoint cannot be resumed)"
    )
    waiting = ImportProgress(read=30, invalid=0, submitted=30, processed=20, imported=20, failed=0, unknown=0)
    assert "; 10 more were sent, or being sent," in _interrupted(None, waiting)
    filling = ImportProgress(
        read=1000, invalid=0, submitted=900, processed=900, imported=900, failed=0, unknown=0
    )
    assert "may have been" not in _interrupted(None, filling)  # the 100 read were never sent
    nothing = ImportProgress(read=6, invalid=1, submitted=0, processed=0, imported=0, failed=1, unknown=0)
    assert "may have been" not in _interrupted(None, nothing)
    assert "may have been" not in _interrupted(Path("gone.checkpoint.json"), nothing)


@pytest.mark.parametrize(
    ("order", "said"),
    [
        (
            {"amount": 1},
            "error: interrupted: the order may have been created; it names no id or source_id, so "
            "creating it again would store it twice: look for it first (orders list --order -created_at)",
        ),
        (
            {"source_id": "kept-1", "amount": 1},
            "error: interrupted: the order may have been created; creating it again updates it in place",
        ),
    ],
)
def test_a_create_cut_short_says_the_order_may_exist(
    server: EmulatorServer, emulator: Emulator, tmp_path: Path, order: dict[str, object], said: str
) -> None:
    # It said only "interrupted", and the order was stored: a second create stored it twice.
    held = emulator.inject(Fault.hold(times=1), route="POST /v1/orders")
    body = tmp_path / "order.json"
    body.write_text(json.dumps(order))
    process = start(server, "orders", "create", str(body))
    try:
        held.gate.wait_for(1)  # stored, its answer held
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=PATIENCE)
    finally:
        held.gate.open()
    assert process.returncode == 130, stderr
    assert stderr.splitlines()[-1] == said
    assert len(emulator.orders) == 1


def test_an_api_error_on_standard_input_says_what_went_in_before_it() -> None:
    # Without a checkpoint it said only "429 too_many_requests ...": ten orders without id or
    # source_id were stored, and importing the input again stored them twice. Found by a witness.
    from voucherify_orders.cli._app import CliError, run_import

    from tests.conftest import error_json, make_client

    posts: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/orders/import":
            posts.append(len(json.loads(request.content)))
            if len(posts) > 1:
                return httpx.Response(429, json=error_json(429, "too_many_requests"))
            return httpx.Response(200, json={"async_action_id": "aa_1"})
        action = {"id": "aa_1", "object": "async_action", "type": "ORDERS.IMPORT", "status": "DONE"}
        return httpx.Response(200, json={**action, "result": {"done_count": 10, "failed": []}})

    orders = [{"amount": n + 1} for n in range(20)]
    with make_client(handler, max_retries=0) as client, pytest.raises(CliError) as caught:
        run_import(client, iter(orders), chunk_size=10, checkpoint=None, failed_out=None)
    assert caught.value.code == 3
    # The second call's 429 applied nothing: none of its orders is in doubt.
    assert caught.value.message.endswith(
        "(imported 10, failed 0 before it stopped; standard input without --checkpoint cannot be resumed)"
    ), caught.value.message
    assert posts == [10, 10]


def test_a_checkpoint_that_cannot_be_written_says_to_make_room_and_resume(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Found by a witness: "error: No space left on device", naming no file and no --resume.
    from voucherify_orders import Voucherify
    from voucherify_orders.cli._app import CliError, run_import

    from tests.unit.test_import_checkpoint_mutants import FOUR, accept

    def full(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    checkpoint = tmp_path / "orders.ckpt"
    monkeypatch.setattr(os, "replace", full)
    client = Voucherify(APP_ID, SECRET, transport=httpx.MockTransport(accept))
    with client, pytest.raises(CliError) as caught:
        run_import(client, iter(FOUR), chunk_size=2, checkpoint=checkpoint, show_paths=False)
    assert caught.value.message == (
        f"the checkpoint {checkpoint} could not be written (No space left on device): make room, then "
        "run again with --resume to continue (do not delete it: orders it records as sent would be "
        "sent again)"
    )


def test_a_checkpoint_that_is_a_device_is_refused_as_one(server: EmulatorServer, tmp_path: Path) -> None:
    # It was said to exist without --resume, and not to exist with it.
    orders = tmp_path / "orders.ndjson"
    orders.write_text('{"source_id": "a"}\n')
    for resume in ([], ["--resume"]):
        result = run(server, "orders", "import", str(orders), "--checkpoint", "/dev/null", *resume)
        assert result.returncode == 2
        assert "error: the checkpoint /dev/null is not a regular file: name a file for it" in result.stderr
