"""`voucherify-orders orders import` end to end (issue 14): exit codes exactly as documented,
a checkpoint another import holds, an unreachable server, and orders whose outcome is unknown
after a kill mid-flight. Interruptions land on a held answer, never on a timer.
"""

from __future__ import annotations

import json
import os
import signal
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from voucherify_orders.emulator import Emulator, EmulatorServer, Fault

from tests.conftest import read_checkpoint, write_checkpoint
from tests.e2e.test_cli import APP_ID, PATIENCE, SECRET, run, start

IMPORT = "POST /v1/orders/import"


@pytest.fixture
def emulator() -> Emulator:
    return Emulator(app_id=APP_ID, secret_key=SECRET, seed=41)


@pytest.fixture
def server(emulator: Emulator) -> Iterator[EmulatorServer]:
    with emulator.serve() as running:
        yield running


def orders_file(path: Path, count: int, *, keyed: bool = True) -> Path:
    with path.open("w") as handle:
        for n in range(count):
            order: dict[str, object] = {"amount": n + 1, "metadata": {"n": n}}
            if keyed:
                order["source_id"] = f"i-{n:05d}"
            handle.write(json.dumps(order) + "\n")
    return path


def test_a_checkpoint_held_by_another_import_exits_2(
    server: EmulatorServer, emulator: Emulator, tmp_path: Path
) -> None:
    held = emulator.inject(Fault.hold(times=1), route=IMPORT)
    path = orders_file(tmp_path / "orders.ndjson", 200)
    first = start(server, "--json", "orders", "import", str(path), "--chunk-size", "100")
    try:
        held.gate.wait_for(1)  # the first import holds its checkpoint, its first chunk in flight
        second = run(server, "orders", "import", str(path), "--chunk-size", "100", "--resume")
        assert second.returncode == 2, second.stderr
        assert second.stderr.strip().splitlines()[-1] == (
            f"error: the checkpoint {path}.checkpoint.json is held by another import running now: "
            "wait for it, or stop it"
        )
        # By another name for it, a symlink, without --resume: held, not "interrupted".
        alias = tmp_path / "alias.ckpt"
        alias.symlink_to(f"{path}.checkpoint.json")
        third = run(server, "orders", "import", str(path), "--chunk-size", "100", "--checkpoint", str(alias))
        assert third.returncode == 2, third.stderr
        assert third.stderr.strip().splitlines()[-1] == (
            f"error: the checkpoint {alias} is held by another import running now: wait for it, or stop it"
        )
    finally:
        held.gate.open()
    stdout, stderr = first.communicate(timeout=PATIENCE)
    assert first.returncode == 0, stderr
    assert json.loads(stdout)["imported"] == 200 and len(emulator.orders) == 200
    assert not Path(f"{path}.checkpoint.json").exists() and not Path(f"{path}.checkpoint.json.lock").exists()


def test_an_unreachable_server_exits_3_and_the_checkpoint_resumes(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    path = orders_file(tmp_path / "orders.ndjson", 10, keyed=False)
    result = run(
        None,
        "orders",
        "import",
        str(path),
        VOUCHERIFY_APP_ID="a",
        VOUCHERIFY_SECRET_KEY="s",
        VOUCHERIFY_API_URL=f"http://127.0.0.1:{port}",
    )
    assert result.returncode == 3, result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("error: POST /v1/orders/import failed")
    saved = read_checkpoint(Path(f"{path}.checkpoint.json"))
    assert saved["chunks"]["0"]["state"] == "sent" and saved["chunks"]["0"]["failed"] == []
    back = Emulator(app_id="a", secret_key="s", seed=40)
    with back.serve(port=port) as up:  # the server is back
        resumed = run(
            None, "--json", "orders", "import", str(path), "--resume", VOUCHERIFY_APP_ID="a",
            VOUCHERIFY_SECRET_KEY="s", VOUCHERIFY_API_URL=up.url,
        )  # fmt: skip
    # Provably never sent, so sent now, although these orders name no source_id.
    assert resumed.returncode == 0, resumed.stderr
    assert json.loads(resumed.stdout)["imported"] == 10 and len(back.orders) == 10


def test_a_killed_import_resumes_with_unknown_orders_listed_and_how_to_check_them(
    server: EmulatorServer, emulator: Emulator, tmp_path: Path
) -> None:
    submissions = emulator.inject(Fault.hold(), route=IMPORT)
    path = orders_file(tmp_path / "orders.ndjson", 300, keyed=False)
    process = start(server, "orders", "import", str(path), "--chunk-size", "100")
    try:
        submissions.gate.wait_for(1)
        submissions.gate.release()
        submissions.gate.wait_for(2)  # the second chunk is stored; its answer held: kill now
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.communicate(timeout=PATIENCE)
    emulator.clear_faults()
    resumed = run(server, "orders", "import", str(path), "--chunk-size", "100", "--resume")
    assert resumed.returncode == 1, resumed.stderr
    assert len(emulator.orders) == 300  # the second chunk stored once, never again
    failed = [json.loads(line) for line in Path(f"{path}.failed.ndjson").read_text().splitlines()]
    assert [f["position"] for f in failed] == list(range(101, 201))
    assert {f["outcome"] for f in failed} == {"unknown"}
    text = " ".join(resumed.stdout.split())
    assert "100 orders have an unknown outcome" in text and "voucherify-orders orders get SOURCE_ID" in text
    assert "│ outcome unknown │ 100 │" in text and "│ imported │ 200 │" in text


def test_a_repeated_source_id_is_reported_and_exits_0(server: EmulatorServer, tmp_path: Path) -> None:
    path = tmp_path / "orders.ndjson"
    path.write_bytes(
        b"\xef\xbb\xbf"
        + b'{"source_id": "r-1", "amount": 1}\n{"source_id": "r-2", "amount": 2}\n'
        + b'{"source_id": "r-1", "amount": 3}\n'
    )
    result = run(server, "orders", "import", str(path))
    assert result.returncode == 0, result.stderr
    text = " ".join(result.stdout.split())
    assert "│ repeated in their chunk (later record sent) │ 1 │" in text
    assert "counts are of orders submitted" in text


def test_the_failed_file_is_never_the_input_and_never_an_earlier_runs(
    server: EmulatorServer, emulator: Emulator, tmp_path: Path
) -> None:
    # `--failed-out` naming the input overwrote the orders with the failures; and a run with
    # no failures left the previous run's FILE.failed.ndjson in place, listing stale failures
    # without a word (it is still left: it may be the only list of another import's failures).
    path = orders_file(tmp_path / "orders.ndjson", 3)
    original = path.read_bytes()
    for extra in (["--failed-out", str(path)], ["--checkpoint", str(path), "--resume"]):
        same = run(server, "orders", "import", str(path), *extra)
        assert same.returncode == 2 and "is the input file" in same.stderr, same.stderr
        assert path.read_bytes() == original
    stale = Path(f"{path}.failed.ndjson")
    stale.write_text('{"position": 2, "source_id": "i-00001", "reason": "old", "outcome": "failed"}\n')
    result = run(server, "orders", "import", str(path))
    assert result.returncode == 0, result.stderr
    assert stale.read_text().startswith('{"position": 2') and len(emulator.orders) == 3
    assert f"note: {stale} is from an earlier run" in " ".join(result.stderr.split())


def test_a_report_that_does_not_account_for_every_order_never_exits_0(
    server: EmulatorServer, tmp_path: Path
) -> None:
    # A checkpoint edited by hand (a chunk's imported count lowered): the report printed
    # "every order accounted for: NO" and the import still exited 0.
    from voucherify_orders import ImportProgress, Voucherify

    path = orders_file(tmp_path / "orders.ndjson", 300)
    checkpoint = tmp_path / "orders.ckpt"

    def interrupt(progress: ImportProgress) -> None:
        if progress.submitted >= 200:
            raise KeyboardInterrupt

    with Voucherify(APP_ID, SECRET, base_url=server.url) as client, pytest.raises(KeyboardInterrupt):
        client.orders.import_orders(path, chunk_size=100, checkpoint=checkpoint, on_progress=interrupt)
    saved = read_checkpoint(checkpoint)
    saved["chunks"]["0"]["imported"] = 50
    write_checkpoint(checkpoint, saved)
    args = ("orders", "import", str(path), "--chunk-size", "100", "--checkpoint", str(checkpoint), "--resume")
    resumed = run(server, *args)
    assert resumed.returncode == 1, resumed.stderr
    assert "│ every order accounted for │ NO │" in " ".join(resumed.stdout.split())


def test_input_broken_after_an_import_began_still_reports_what_was_sent(
    server: EmulatorServer, tmp_path: Path
) -> None:
    # Before: exit 2 with "2 orders before it were already imported", and record 1's refusal by
    # the API was in no table and no failed file; a fixed input is another input to the checkpoint.
    path = tmp_path / "orders.json"
    path.write_text(
        '[{"source_id": "m1", "items": [{"product_id": "prod_nope", "quantity": 1}]}, {"amount": 3},'
        ' {"source_id": "m3"}, {"source_id": "m4"} {"source_id": "m5"}]'
    )
    result = run(server, "orders", "import", str(path), "--chunk-size", "3")
    assert result.returncode == 2, result.stderr
    assert "(after record 4); 2 orders before it were already imported" in result.stderr
    failed = [json.loads(line) for line in Path(f"{path}.failed.ndjson").read_text().splitlines()]
    assert [(f["position"], f["outcome"]) for f in failed] == [(1, "failed"), (4, "unsent")]
    text = " ".join(result.stdout.split())
    assert "│ imported │ 2 │" in text and "│ every order accounted for │ yes │" in text
    assert "│ not sent (the input broke off) │ 1 │" in text
