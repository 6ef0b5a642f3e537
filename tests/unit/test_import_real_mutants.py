"""The bulk import's accounting, pinned where `nox -s mutants` found survivors that were real behaviour.

Each test here kills a mutant of overrides/voucherify_orders/_import.py that the rest of the
suite let live (issue 18, item 6): untied failures when every order has a source_id, a refused
order's index equal to the batch size, a single untied failure, and an invalid record changed
between an interrupted import and its resume.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from voucherify_orders import CheckpointError, ImportProgress
from voucherify_orders.emulator import Emulator

from tests.conftest import error_json, make_client

IMPORT = "POST /v1/orders/import"


def order(source_id: Any, **fields: Any) -> dict[str, Any]:
    return {"source_id": source_id, "status": "PAID", "amount": 100, **fields}


def importing(action: dict[str, Any]) -> Callable[[httpx.Request], httpx.Response]:
    """The import call is accepted; its async action then answers `action`."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/orders/import":
            return httpx.Response(200, json={"async_action_id": "aa_1"})
        return httpx.Response(
            200, json={"id": "aa_1", "object": "async_action", "type": "ORDERS.IMPORT", **action}
        )

    return handler


def test_an_untied_failure_falls_on_the_keyed_orders_not_already_named() -> None:
    # Every order has a source_id: the untied failure can only be one of those the API did
    # not name (here just "b"), never "a" again, and never nobody (b counted as imported).
    result = {
        "done_count": 0,
        "failed": [{"source_id": "a", "reason": "amount too large"}, {"reason": "customer missing"}],
    }
    with make_client(importing({"status": "DONE", "result": result})) as client:
        report = client.orders.import_orders([order("a"), order("b")], chunk_size=100)
    assert report.imported == 0 and report.accounted_for
    assert [(f.position, f.source_id, f.outcome, f.reason) for f in report.failed] == [
        (1, "a", "failed", "amount too large"),
        (2, "b", "failed", "customer missing"),
    ]


def test_a_single_untied_failure_on_a_single_keyless_order_is_that_orders() -> None:
    result = {"done_count": 1, "failed": [{"reason": "amount too large"}]}
    with make_client(importing({"status": "DONE", "result": result})) as client:
        report = client.orders.import_orders([order("a"), {"status": "PAID", "amount": 5}], chunk_size=100)
    assert report.imported == 1 and report.accounted_for
    assert [(f.position, f.source_id, f.outcome, f.reason) for f in report.failed] == [
        (2, None, "failed", "amount too large")
    ]


def test_a_refused_order_index_equal_to_the_batch_size_names_no_order() -> None:
    # `Property [3]` in a call of 3 orders is past the last one: the batch is halved instead.
    sizes: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/orders/import":
            orders = json.loads(request.content)
            sizes.append(len(orders))
            if any(o["source_id"] == "b" for o in orders):
                details = f"Property [{len(orders)}].amount must be an integer"
                return httpx.Response(
                    400, json=error_json(400, "invalid_payload", "Invalid payload", details=details)
                )
            return httpx.Response(200, json={"async_action_id": "aa_1"})
        done = {"status": "DONE", "result": {"done_count": len(sizes), "failed": []}}
        return httpx.Response(
            200, json={"id": "aa_1", "object": "async_action", "type": "ORDERS.IMPORT", **done}
        )

    with make_client(handler) as client:
        report = client.orders.import_orders([order("a"), order("b"), order("c")], chunk_size=100)
    assert sizes == [3, 1, 2, 1, 1]  # halved: [a], then [b, c] halved again: [b], [c]
    assert report.imported == 2 and report.accounted_for
    assert [(f.position, f.source_id, f.outcome) for f in report.failed] == [(2, "b", "failed")]


def test_resuming_with_a_changed_invalid_record_is_refused(tmp_path: Path) -> None:
    emulator = Emulator(seed=48)
    checkpoint = tmp_path / "orders.ckpt"
    orders = [order("a"), order("bad", amount="lots"), order("b"), order("c"), order("d")]

    def interrupt(event: ImportProgress) -> None:
        if event.submitted >= 2:  # the first chunk (a, b; the invalid record between them) sent
            raise KeyboardInterrupt

    with emulator.client() as client:
        with pytest.raises(KeyboardInterrupt):
            client.orders.import_orders(
                iter(orders), chunk_size=2, checkpoint=checkpoint, on_progress=interrupt
            )
        sent = len([r for r in emulator.requests if r.route == IMPORT])
        changed = [dict(o) for o in orders]
        changed[1]["amount"] = "many"  # still invalid, for another reason: the input changed
        with pytest.raises(CheckpointError, match="another input"):
            client.orders.import_orders(iter(changed), chunk_size=2, checkpoint=checkpoint)
        assert len([r for r in emulator.requests if r.route == IMPORT]) == sent
        report = client.orders.import_orders(iter(orders), chunk_size=2, checkpoint=checkpoint)
    assert report.imported == 4 and report.refused == 1 and report.resumed_chunks == 1
    assert report.accounted_for and not checkpoint.exists()
