"""The voucherify-orders command against the emulator over HTTP."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from voucherify_orders.cli import cli
from voucherify_orders.emulator import Emulator, EmulatorServer, Fault

APP_ID = "cli-app-id-7c1"
SECRET = "cli-secret-key-4b9"


@pytest.fixture
def emulator() -> Emulator:
    return Emulator(app_id=APP_ID, secret_key=SECRET, seed=11)


@pytest.fixture
def server(emulator: Emulator) -> Iterator[EmulatorServer]:
    with emulator.serve() as running:
        yield running


def invoke(server: EmulatorServer, *args: str, input: str | None = None, secret: str = SECRET) -> Result:
    env = {"VOUCHERIFY_APP_ID": APP_ID, "VOUCHERIFY_SECRET_KEY": secret, "VOUCHERIFY_API_URL": server.url}
    return CliRunner().invoke(cli, list(args), env=env, input=input, catch_exceptions=False)


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


def test_create_get_update_and_list(server: EmulatorServer, emulator: Emulator) -> None:
    created = invoke(server, "--json", "orders", "create", "-", input='{"source_id": "w-1", "amount": 250}')
    assert created.exit_code == 0
    order = json.loads(created.stdout)
    assert (order["source_id"], order["amount"]) == ("w-1", 250)
    shown = invoke(server, "orders", "get", "w-1")
    assert shown.exit_code == 0 and order["id"] in shown.stdout and "250" in shown.stdout
    updated = invoke(server, "--json", "orders", "update", "w-1", "-", input='{"status": "PAID"}')
    assert json.loads(updated.stdout)["status"] == "PAID"
    for n in range(24):
        emulator.client().orders.upsert({"source_id": f"x-{n}"})
    one_page = invoke(server, "--json", "orders", "list", "--limit", "5")
    assert len(one_page.stdout.splitlines()) == 5
    every = invoke(server, "--json", "orders", "list", "--all")
    assert len({json.loads(line)["id"] for line in every.stdout.splitlines()}) == 25
    table = invoke(server, "orders", "list", "--limit", "3")
    assert "page 1 · 25 orders in all" in table.stdout


def test_import_exit_codes_report_and_failed_file(
    server: EmulatorServer, emulator: Emulator, tmp_path: Path
) -> None:
    clean = invoke(
        server, "orders", "import", str(ndjson(tmp_path / "clean.ndjson", 300)), "--chunk-size", "100"
    )
    assert clean.exit_code == 0, clean.output
    assert "every order accounted for │ yes" in clean.stdout
    assert not (tmp_path / "clean.ndjson.checkpoint.json").exists()  # removed once complete

    broken = {3: {"amount": "x"}, 150: {"items": [{"quantity": 0}]}}
    path = ndjson(tmp_path / "some-bad.ndjson", 200, broken)
    partial = invoke(server, "--json", "orders", "import", str(path))
    assert partial.exit_code == 1
    summary = json.loads(partial.stdout)
    assert (summary["read"], summary["imported"], summary["failed"]) == (200, 198, 2)
    failures = [json.loads(line) for line in Path(summary["failed_out"]).read_text().splitlines()]
    assert [(f["position"], f["source_id"], f["outcome"]) for f in failures] == [
        (3, "c-00003", "invalid"),
        (150, "c-00150", "failed"),
    ]
    assert all(f["reason"] for f in failures)


def test_usage_and_api_errors_have_distinct_exit_codes(server: EmulatorServer, tmp_path: Path) -> None:
    assert invoke(server, "orders", "import", str(tmp_path / "missing.ndjson")).exit_code == 2
    assert invoke(server, "orders", "list", "--limit", "500").exit_code == 2
    assert invoke(server, "orders", "export", "--filter", "nonsense").exit_code == 2
    denied = invoke(server, "orders", "list", secret="wrong-secret")
    assert denied.exit_code == 3
    assert denied.stderr.count("\n") == 1 and "Traceback" not in denied.stderr
    assert "401 unauthorized: Unauthorized" in denied.stderr and "request_id=v-" in denied.stderr
    missing = invoke(server, "orders", "get", "nope")
    assert missing.exit_code == 3 and "not_found" in missing.stderr


def test_debug_shows_a_traceback_but_never_a_secret(
    server: EmulatorServer, caplog: pytest.LogCaptureFixture
) -> None:
    # Under pytest the records go to caplog; outside it, --debug writes them to stderr.
    caplog.set_level("DEBUG")
    result = invoke(server, "--debug", "orders", "get", "nope")
    assert result.exit_code == 3 and "Traceback" in result.stderr
    assert "GET /v1/orders/nope -> 404" in caplog.text  # the client's debug line
    assert "httpcore" in caplog.text  # the HTTP stack's debug lines too
    for text in (result.stdout, result.stderr, caplog.text):
        assert SECRET not in text and APP_ID not in text


def test_resume_needs_the_flag_and_finishes_the_rest(
    server: EmulatorServer, emulator: Emulator, tmp_path: Path
) -> None:
    path = ndjson(tmp_path / "orders.ndjson", 500)
    checkpoint = Path(f"{path}.checkpoint.json")
    checkpoint.write_text(
        json.dumps(
            {
                "version": 1,
                "chunk_size": 100,
                "report": None,
                "chunks": {"0": {"async_action_id": None, "imported": 100, "failed": []}},
            }
        )
    )
    refused = invoke(server, "orders", "import", str(path), "--chunk-size", "100")
    assert refused.exit_code == 2 and "--resume" in refused.stderr
    resumed = invoke(server, "--json", "orders", "import", str(path), "--chunk-size", "100", "--resume")
    assert resumed.exit_code == 0
    assert json.loads(resumed.stdout)["imported"] == 500
    assert len(emulator.orders) == 400  # the first chunk was recorded as done and not sent again


def test_ctrl_c_leaves_a_checkpoint_that_resumes(emulator: Emulator, tmp_path: Path) -> None:
    emulator.inject(Fault.latency(0.1, times=None), route="GET /v1/async-actions/{asyncActionId}")
    path = ndjson(tmp_path / "orders.ndjson", 1_000)
    checkpoint = Path(f"{path}.checkpoint.json")
    with emulator.serve() as server:
        env = {
            **os.environ,
            "VOUCHERIFY_APP_ID": APP_ID,
            "VOUCHERIFY_SECRET_KEY": SECRET,
            "VOUCHERIFY_API_URL": server.url,
        }
        command = [
            sys.executable,
            "-c",
            "from voucherify_orders.cli import main; main()",
            "orders",
            "import",
            str(path),
            "--chunk-size",
            "100",
        ]
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (
            checkpoint.exists() and len(json.loads(checkpoint.read_text() or "{}").get("chunks", {})) >= 3
        ):
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
        assert process.returncode == 130, stderr
        assert "--resume" in stderr and checkpoint.exists()
        emulator.clear_faults()
        resumed = invoke(server, "--json", "orders", "import", str(path), "--chunk-size", "100", "--resume")
    assert resumed.exit_code == 0 and json.loads(resumed.stdout)["imported"] == 1_000
    source_ids = [o["source_id"] for o in emulator.orders]
    assert len(source_ids) == len(set(source_ids)) == 1_000


def test_export_to_a_file_and_to_stdout(server: EmulatorServer, tmp_path: Path) -> None:
    invoke(server, "orders", "import", str(ndjson(tmp_path / "orders.ndjson", 90)))
    target = tmp_path / "out.csv"
    result = invoke(
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
    assert result.exit_code == 0, result.output
    lines = target.read_text().splitlines()
    assert lines[0] == "source_id,metadata.shop" and len(lines) == 31 and lines[1] == "c-00001,s1"
    piped = invoke(
        server, "orders", "export", "--field", "source_id", "--filter", "amount:$less_than=3", "-o", "-"
    )
    assert piped.stdout.splitlines()[0] == "source_id" and len(piped.stdout.splitlines()) == 4


def test_the_emulator_command_serves_on_loopback() -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", "from voucherify_orders.cli import main; main()", "emulator", "--port", "0"],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+", line)
        assert url, line
        import httpx

        answer = httpx.get(
            url.group(0) + "/v1/orders",
            headers={"X-App-Id": "emulator-app-id", "X-App-Token": "emulator-secret-key"},
        )
        assert answer.status_code == 200 and answer.json()["object"] == "list"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_the_demo_runs_the_whole_tour() -> None:
    result = CliRunner().invoke(cli, ["demo", "--orders", "1000"], catch_exceptions=False)
    assert result.exit_code == 0
    for step in (
        "upsert orders",
        "auto-pagination",
        "update one field",
        "import 1,000 historical orders",
        "metadata.<key>",
        "summary",
    ):
        assert step in result.stdout, step
    assert "every order accounted for │ yes" in result.stdout
