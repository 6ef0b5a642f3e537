"""Bulk import and export against the emulator: every order accounted for, nothing lost or doubled."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from voucherify_orders import (
    ExportFailedError,
    ImportProgress,
    ParameterError,
    Voucherify,
    WaitTimeoutError,
    testing,
)
from voucherify_orders.emulator import Emulator, Fault, JobPacing

from tests.conftest import make_client, read_checkpoint


def history(count: int, start: int = 0) -> list[dict[str, Any]]:
    return [
        {
            "source_id": f"h-{n:06d}",
            "status": "PAID",
            "amount": 100 + n,
            "metadata": {"region": ["n", "s", "e", "w"][n % 4], "batch": n // 1000},
        }
        for n in range(start, start + count)
    ]


@pytest.mark.slow
def test_25000_orders_in_13_chunks_every_one_accounted_for_then_exported_row_by_row() -> None:
    emulator = Emulator(seed=3, pacing=JobPacing(polls=1))
    orders = history(25_000)
    invalid_client_side = {101: {"amount": "lots"}, 7_777: {"status": 5}, 24_999: {"metadata": "x"}}
    refused_by_api = {4_000, 19_001}  # schema-invalid: the API refuses the call naming the order
    failed_in_import = {12_345}  # refers to a product that does not exist: fails inside the import
    invalid_server_side = refused_by_api | failed_in_import
    for position, change in invalid_client_side.items():
        orders[position].update(change)
    for position in refused_by_api:
        orders[position]["items"] = [{"quantity": 0, "price": 1}]
    orders[12_345]["items"] = [{"product_id": "prod_nowhere", "quantity": 1}]
    events: list[ImportProgress] = []

    with emulator.client() as client:
        report = client.orders.import_orders(iter(orders), on_progress=events.append)

        assert report.read == 25_000 and report.accounted_for
        assert len(report.async_action_ids) == 13  # 24,997 sendable orders in chunks of 2,000
        imports = [r for r in emulator.requests if r.route == "POST /v1/orders/import"]
        # Each refusal costs two more calls: the named order alone (refused: confirmed), then the rest.
        assert len(imports) == 13 + 2 * len(refused_by_api)
        failed = {f.position - 1: f for f in report.failed}  # positions are record numbers, from 1
        assert set(failed) == set(invalid_client_side) | invalid_server_side
        assert all(failed[p].outcome == "invalid" for p in invalid_client_side)
        assert all(failed[p].outcome == "failed" and "quantity" in failed[p].reason for p in refused_by_api)
        assert failed[4_000].reason.startswith("Property .items[0].quantity")  # the API's own words
        assert failed[12_345].reason == "Product prod_nowhere not found (items[0].product_id)"
        assert failed[101].source_id == "h-000101" and "amount" in failed[101].reason
        assert report.imported == 25_000 - 6 and report.refused == 3

        stored = {o["source_id"]: o for o in emulator.orders}
        assert len(stored) == len(emulator.orders) == report.imported
        expected = {o["source_id"]: o for p, o in enumerate(orders) if p not in failed}
        assert stored.keys() == expected.keys()
        assert events[-1].settled == 25_000 and events[-1].imported == report.imported
        assert [e.submitted for e in events] == sorted(e.submitted for e in events)

        export = client.orders.export(
            fields=["source_id", "amount", "status", "metadata.region", "metadata.batch"], order="created_at"
        )
        rows = list(client.exports.iter_rows(export))
    assert len(rows) == report.imported
    for row in rows:
        original = expected[row["source_id"]]
        assert row == {
            "source_id": original["source_id"],
            "amount": str(original["amount"]),
            "status": "PAID",
            "metadata.region": original["metadata"]["region"],
            "metadata.batch": str(original["metadata"]["batch"]),
        }


def test_files_json_array_and_ndjson_are_streamed(tmp_path: Path) -> None:
    orders = history(120)
    array_file = tmp_path / "orders.json"
    array_file.write_text(json.dumps(orders, indent=1))
    ndjson_file = tmp_path / "orders.ndjson"
    lines = [json.dumps(o) for o in orders]
    lines.insert(50, "{not json")
    ndjson_file.write_text("\n".join(lines) + "\n\n")
    emulator = Emulator(seed=1)
    with emulator.client() as client:
        from_array = client.orders.import_orders(array_file, chunk_size=50)
        from_lines = client.orders.import_orders(str(ndjson_file), chunk_size=50)
    assert (from_array.read, from_array.imported, from_array.failed) == (120, 120, [])
    assert (from_lines.read, from_lines.imported) == (121, 120)
    assert from_lines.failed[0].position == 51 and "line 51 is not valid JSON" in from_lines.failed[0].reason
    assert len(emulator.orders) == 120  # the second import upserted the same source_ids


def test_a_broken_json_array_is_a_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('[{"source_id": "a"}, {"source_id": ')
    with Emulator().client() as client, pytest.raises(ParameterError, match="JSON array is malformed"):
        client.orders.import_orders(broken)


def test_an_interrupted_import_resumes_without_resending_accepted_chunks(tmp_path: Path) -> None:
    emulator = Emulator(seed=2, pacing=JobPacing(polls=1))
    checkpoint = tmp_path / "import.checkpoint.json"
    orders = history(1_000)

    def interrupt_after_three_chunks(event: ImportProgress) -> None:
        if event.submitted >= 300:
            raise KeyboardInterrupt

    with emulator.client() as client:
        with pytest.raises(KeyboardInterrupt):
            client.orders.import_orders(
                orders, chunk_size=100, checkpoint=checkpoint, on_progress=interrupt_after_three_chunks
            )
        sent_before = len([r for r in emulator.requests if r.route == "POST /v1/orders/import"])
        assert sent_before == 3
        report = client.orders.import_orders(orders, chunk_size=100, checkpoint=checkpoint)
    sent = len([r for r in emulator.requests if r.route == "POST /v1/orders/import"])
    assert sent == 10  # 3 before, 7 after: none of the first three again
    assert report.resumed_chunks == 3 and report.imported == 1_000 and report.accounted_for
    source_ids = [o["source_id"] for o in emulator.orders]
    assert len(source_ids) == len(set(source_ids)) == 1_000
    with emulator.client() as client:  # a finished import leaves no checkpoint: this one starts over
        again = client.orders.import_orders(orders, chunk_size=50, checkpoint=checkpoint)
    assert again.resumed_chunks == 0 and again.imported == 1_000 and not checkpoint.exists()


KILLED_IMPORT = """
import sys
from voucherify_orders import Voucherify
with Voucherify("{app}", "{secret}", base_url="{url}") as client:
    client.orders.import_orders("{file}", chunk_size=100, checkpoint="{checkpoint}")
"""


def test_a_killed_process_resumes_from_its_checkpoint(tmp_path: Path) -> None:
    emulator = Emulator(seed=4)
    # Every chunk's submission is held at the server once stored, until the test lets it go.
    submissions = emulator.inject(Fault.hold(), route="POST /v1/orders/import")
    orders_file = tmp_path / "orders.ndjson"
    orders_file.write_text("".join(json.dumps(o) + "\n" for o in history(1_500)))
    checkpoint = tmp_path / "checkpoint.json"
    with emulator.serve() as server:
        script = KILLED_IMPORT.format(
            app=emulator.app_id,
            secret=emulator.secret_key,
            url=server.url,
            file=orders_file,
            checkpoint=checkpoint,
        )
        process = subprocess.Popen([sys.executable, "-c", script])
        try:
            for chunk in range(1, 5):  # four chunks go through
                submissions.gate.wait_for(chunk)
                submissions.gate.release()
            # The fifth is stored by the server, and its answer held: kill the client now.
            submissions.gate.wait_for(5)
        finally:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
        chunks = read_checkpoint(checkpoint)["chunks"]
        assert sorted(chunks) == ["0", "1", "2", "3", "4"]  # each chunk is recorded before it is sent
        assert all(chunks[c]["state"] == "done" and chunks[c]["imported"] == 100 for c in "0123")
        assert chunks["4"]["state"] == "sending" and chunks["4"]["batch"] == list(range(401, 501))
        emulator.clear_faults()  # the held answer goes to a client that is gone
        with Voucherify(emulator.app_id, emulator.secret_key, base_url=server.url) as client:
            report = client.orders.import_orders(orders_file, chunk_size=100, checkpoint=checkpoint)
    assert report.imported == 1_500 and report.accounted_for and report.resumed_chunks == 5
    assert len(emulator.async_actions) == 16  # the fifth chunk twice: before the kill and after
    source_ids = [o["source_id"] for o in emulator.orders]
    assert len(source_ids) == len(set(source_ids)) == 1_500


def test_a_dropped_chunk_without_source_ids_is_reported_unknown_not_resent() -> None:
    emulator = Emulator(seed=6)
    emulator.inject(Fault.drop_after_commit(times=1), route="POST /v1/orders/import")
    orders = [{"amount": n} for n in range(10)]  # no source_id: resending could duplicate
    with emulator.client() as client:
        report = client.orders.import_orders(orders, chunk_size=5)
    assert report.imported == 5 and len(report.unknown) == 5 and report.accounted_for
    assert {f.position for f in report.unknown} == {1, 2, 3, 4, 5}  # record numbers
    assert "outcome is unknown" in report.unknown[0].reason
    assert len([r for r in emulator.requests if r.route == "POST /v1/orders/import"]) == 2
    assert len(emulator.orders) == 10  # the dropped chunk was in fact committed


def test_a_dropped_chunk_with_source_ids_is_resent_without_duplicates() -> None:
    emulator = Emulator(seed=6)
    emulator.inject(Fault.drop_after_commit(times=1), route="POST /v1/orders/import")
    emulator.inject(Fault.status(503, times=2), route="POST /v1/orders/import")
    with emulator.client() as client:
        report = client.orders.import_orders(history(10), chunk_size=5)
    assert report.imported == 10 and report.failed == []
    assert len(emulator.orders) == 10


async def test_async_import_and_export() -> None:
    emulator = Emulator(seed=8, pacing=JobPacing(polls=2))
    async with emulator.async_client() as client:
        report = await client.orders.import_orders(history(4_100))
        assert report.imported == 4_100 and len(report.async_action_ids) == 3
        export = await client.orders.export(
            fields=["source_id", "metadata.region"], filters={"metadata.region": {"conditions": {"$is": "n"}}}
        )
        export = await client.exports.wait(export)
        rows = [row async for row in client.exports.iter_rows(export)]
        assert len(rows) == 1_025 and {r["metadata.region"] for r in rows} == {"n"}
        target = Path(os.devnull)
        written = await client.exports.download(export, target)
        assert written > 10_000


def test_export_download_to_a_file(tmp_path: Path) -> None:
    emulator = Emulator(seed=9)
    with emulator.client() as client:
        client.orders.import_orders(history(50))
        target = tmp_path / "out.csv"
        written = client.exports.download(client.orders.export(fields=["source_id"]).id, to=target)
    assert written == target.stat().st_size
    assert target.read_text().splitlines()[0] == "source_id" and len(target.read_text().splitlines()) == 51


def test_waiting_gives_up_and_failed_exports_raise() -> None:
    emulator = Emulator(seed=1, pacing=JobPacing(polls=1_000_000))
    with emulator.client() as client, testing.fake_clock(client) as clock:
        export = client.orders.export()
        with pytest.raises(WaitTimeoutError, match="did not finish within 30s"):
            client.exports.wait(export, timeout=30)
        assert 29 <= sum(clock.sleeps) <= 30.001
        queued = client._http.post(  # a raw import, so nothing waits on it yet
            "https://api.voucherify.io/v1/orders/import",
            json=[{"source_id": "a"}],
            headers={"X-App-Id": emulator.app_id, "X-App-Token": emulator.secret_key},
        ).json()["async_action_id"]
        with pytest.raises(WaitTimeoutError):
            client.async_actions.wait(queued, timeout=5)

    def failing(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json={"id": "exp_1", "object": "export", "status": "ERROR", "result": None}
        )

    with make_client(failing) as client, pytest.raises(ExportFailedError) as caught:
        client.exports.wait("exp_1")
    assert caught.value.export.id == "exp_1"


def test_downloads_only_go_to_configured_hosts() -> None:
    seen: list[tuple[str, str | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.host, request.headers.get("x-app-token")))
        if request.url.params.get("token"):
            return httpx.Response(200, text="id\nord_1\n", headers={"content-type": "text/csv"})
        url = "https://files.attacker.example/v1/exports/exp_1?token=abc"
        return httpx.Response(
            200, json={"id": "exp_1", "object": "export", "status": "DONE", "result": {"url": url}}
        )

    with make_client(handler) as client:
        rows = list(client.exports.iter_rows("exp_1"))
    assert rows == [{"id": "ord_1"}]
    assert [host for host, _ in seen] == ["api.voucherify.io", "download.voucherify.io"]
    assert all(token is not None for _, token in seen)
