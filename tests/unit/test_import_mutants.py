"""The bulk import's accounting, pinned where `nox -s mutants` found it loose.

Each test here killed a mutant of overrides/voucherify_orders/_import.py that the rest of the
suite let live (scripts/mutants.py lists them).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from voucherify_orders import CheckpointError, FailedOrder, ImportProgress, ImportReport, ParameterError
from voucherify_orders.emulator import Emulator, Fault

from tests.conftest import error_json, make_client


def order(source_id: Any, **fields: Any) -> dict[str, Any]:
    return {"source_id": source_id, "status": "PAID", "amount": 100, **fields}


def test_records_after_a_repeated_source_id_are_still_imported() -> None:
    emulator = Emulator(seed=41)
    orders = [order("a"), order("b"), order("a", amount=300), order("c"), order("d")]
    with emulator.client() as client:
        report = client.orders.import_orders(orders, chunk_size=100)
    assert report.read == 5 and report.imported == 4 and report.accounted_for
    assert [(r.position, r.source_id, r.outcome) for r in report.repeated] == [(1, "a", "repeated")]
    assert sorted(o["source_id"] for o in emulator.orders) == ["a", "b", "c", "d"]


def test_every_invalid_record_is_counted_once() -> None:
    emulator = Emulator(seed=42)
    orders = [order("a"), order("b", amount="lots"), order("c"), order("d", status=7), order("e")]
    with emulator.client() as client:
        report = client.orders.import_orders(orders, chunk_size=100)
    assert report.refused == 2 and report.imported == 3 and report.accounted_for
    assert [(f.position, f.source_id, f.outcome) for f in report.failed] == [
        (2, "b", "invalid"),
        (4, "d", "invalid"),
    ]


def test_a_source_id_that_is_not_a_string_is_not_reported_as_one() -> None:
    emulator = Emulator(seed=43)
    with emulator.client() as client:
        report = client.orders.import_orders([order("a"), order(12345)], chunk_size=100)
    (refused,) = report.failed
    assert refused.position == 2 and refused.source_id is None and refused.outcome == "invalid"


def importing(action: dict[str, Any]) -> Callable[[httpx.Request], httpx.Response]:
    """The import call is accepted; its async action then answers `action`."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/orders/import":
            return httpx.Response(200, json={"async_action_id": "aa_1"})
        return httpx.Response(
            200, json={"id": "aa_1", "object": "async_action", "type": "ORDERS.IMPORT", **action}
        )

    return handler


def test_an_async_action_that_failed_leaves_its_orders_unknown_not_lost() -> None:
    handler = importing({"status": "FAILED", "result": {"message": "worker crashed"}})
    with make_client(handler) as client:
        report = client.orders.import_orders([order("a"), order("b")], chunk_size=100)
    assert report.imported == 0 and report.accounted_for
    assert [(f.position, f.source_id, f.outcome) for f in report.failed] == [
        (1, "a", "unknown"),
        (2, "b", "unknown"),
    ]
    assert report.failed[0].reason.startswith("async action aa_1 ended FAILED: ")
    assert report.failed[0].reason.endswith("; the orders may have been imported")


def test_failures_the_api_did_not_tie_to_an_order_fall_on_the_keyless_ones() -> None:
    result = {"done_count": 1, "failed": [{"reason": "amount too large"}, {"reason": "amount too large"}]}
    handler = importing({"status": "DONE", "result": result})
    with make_client(handler) as client:
        report = client.orders.import_orders(
            [order("a"), {"status": "PAID"}, {"status": "PAID"}], chunk_size=100
        )
    assert report.imported == 1 and report.accounted_for
    assert [(f.position, f.outcome, f.reason) for f in report.failed] == [
        (2, "failed", "amount too large"),
        (3, "failed", "amount too large"),
    ]


def test_a_checkpoint_in_use_by_another_thread_is_refused_with_a_reason(tmp_path: Path) -> None:
    emulator = Emulator(seed=44)
    held = emulator.inject(Fault.hold(times=1), route="POST /v1/orders/import")
    checkpoint = tmp_path / "orders.ckpt"
    orders = [order(f"k-{n}") for n in range(200)]
    results: list[ImportReport] = []

    def first() -> None:
        with emulator.client() as client:
            results.append(client.orders.import_orders(orders, chunk_size=100, checkpoint=checkpoint))

    thread = threading.Thread(target=first)
    thread.start()
    try:
        held.gate.wait_for(1)  # the first import's first call has arrived, its answer held
        with (
            emulator.client() as client,
            pytest.raises(CheckpointError, match=r"is held by another import running in this process \("),
        ):
            client.orders.import_orders(orders, chunk_size=100, checkpoint=checkpoint)
    finally:
        held.gate.open()
        thread.join()
    assert results[0].imported == 200 and len(emulator.orders) == 200


def test_the_reports_records_are_values() -> None:
    # Frozen: they can go in sets and be dict keys, and a report's entries cannot be edited.
    failed = FailedOrder(1, "a", "no", "failed")
    progress = ImportProgress(1, 0, 1, 1, 1, 0, 0)
    assert {failed, FailedOrder(1, "a", "no", "failed")} == {failed}
    assert {progress: 1}[ImportProgress(1, 0, 1, 1, 1, 0, 0)] == 1


def test_progress_is_told_every_thousand_records_and_adds_up_at_the_end() -> None:
    emulator = Emulator(seed=45)
    seen: list[ImportProgress] = []
    with emulator.client() as client:
        orders = [order(f"p-{n}") for n in range(1500)]
        report = client.orders.import_orders(orders, chunk_size=2000, on_progress=seen.append)
    assert report.imported == 1500
    # Read 1000 (nothing sent yet: the chunk is still filling), then the chunk's fate.
    assert seen[0] == ImportProgress(1000, 0, 0, 0, 0, 0, 0)
    assert seen[-1] == ImportProgress(1500, 0, 1500, 1500, 1500, 0, 0)


@pytest.mark.parametrize(("chunk_size", "accepted"), [(0, False), (1, True), (2000, True), (2001, False)])
def test_chunk_sizes_from_1_to_2000(chunk_size: int, accepted: bool) -> None:
    emulator = Emulator(seed=46)
    with emulator.client() as client:
        if accepted:
            assert client.orders.import_orders([order("a")], chunk_size=chunk_size).imported == 1
        else:
            with pytest.raises(ParameterError, match="chunk_size"):
                client.orders.import_orders([order("a")], chunk_size=chunk_size)


def test_a_finished_import_removes_its_checkpoint_and_lists_its_actions(tmp_path: Path) -> None:
    emulator = Emulator(seed=47)
    checkpoint = tmp_path / "orders.ckpt"
    with emulator.client() as client:
        report = client.orders.import_orders(
            [order("a"), order("b"), order("c")], chunk_size=2, checkpoint=checkpoint
        )
    assert report.imported == 3 and len(report.async_action_ids) == 2
    assert all(isinstance(action_id, str) and action_id for action_id in report.async_action_ids)
    assert not checkpoint.exists() and not Path(f"{checkpoint}.lock").exists()


def test_an_order_that_already_exists_on_a_first_send_is_a_failure() -> None:
    # Only a resent call may meet its own orders as "already existing";
    # on a first send it is the API's refusal.
    result = {"done_count": 1, "failed": [{"source_id": "a", "reason": "Order already exists"}]}
    with make_client(importing({"status": "DONE", "result": result})) as client:
        report = client.orders.import_orders([order("a"), order("b")], chunk_size=100)
    assert report.imported == 1
    assert [(f.position, f.source_id, f.outcome) for f in report.failed] == [(1, "a", "failed")]


def test_an_order_the_api_names_is_taken_out_and_refused_in_its_own_words() -> None:
    sizes: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/orders/import":
            orders = json.loads(request.content)
            sizes.append(len(orders))
            bad = [i for i, o in enumerate(orders) if o["source_id"] == "b"]
            if bad:
                details = f"Property [{bad[0]}].amount must be an integer"
                return httpx.Response(
                    400, json=error_json(400, "invalid_payload", "Invalid payload", details=details)
                )
            return httpx.Response(200, json={"async_action_id": "aa_1"})
        done = {"status": "DONE", "result": {"done_count": 2, "failed": []}}
        return httpx.Response(
            200, json={"id": "aa_1", "object": "async_action", "type": "ORDERS.IMPORT", **done}
        )

    with make_client(handler) as client:
        report = client.orders.import_orders([order("a"), order("b"), order("c")], chunk_size=100)
    assert sizes == [3, 1, 2]  # the named order alone, then the rest
    assert report.imported == 2
    assert [(f.position, f.source_id, f.outcome, f.reason) for f in report.failed] == [
        (2, "b", "failed", "Property .amount must be an integer")
    ]
