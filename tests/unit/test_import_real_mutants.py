"""The bulk import's accounting, pinned where `nox -s mutants` found survivors that were real behaviour.

Each test here kills a mutant of overrides/voucherify_orders/_import.py that the rest of the
suite let live (issue 18, item 6): untied failures when every order has a source_id, a refused
order's index equal to the batch size, a single untied failure, and an invalid record changed
between an interrupted import and its resume; then (a second pass) the progress counts as each
step happens, the halving after a misleading hint, the reason of an interrupted unkeyed batch,
a chunk's failures in record order, a failure without a reason, and typed orders repeated;
then (a third pass) the keyed orders sent again after a lost answer or an interruption, and
an input that breaks off after invalid records only.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from voucherify_orders import CheckpointError, ImportProgress, ParameterError
from voucherify_orders.emulator import Emulator
from voucherify_orders_client.models import OrderImportItem

from tests.conftest import error_json, lossy_import_api, make_client

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
            return httpx.Response(200, json={"async_action_id": f"aa_{len(sizes)}"})
        action_id = request.url.path.rsplit("/", 1)[1]
        done = {"status": "DONE", "result": {"done_count": sizes[int(action_id[3:]) - 1], "failed": []}}
        return httpx.Response(
            200, json={"id": action_id, "object": "async_action", "type": "ORDERS.IMPORT", **done}
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


# -- the second pass (issue 18, item 6): progress counts, the report's order, messages ------------


def test_progress_is_told_as_each_step_happens_and_adds_up() -> None:
    # Read a, the invalid record (told at once), b; the chunk read whole, as it is sent (what
    # an interruption from then on may have sent: the CLI says so); submitted; then processed.
    seen: list[ImportProgress] = []
    handler = importing({"status": "DONE", "result": {"done_count": 2, "failed": []}})
    with make_client(handler) as client:
        client.orders.import_orders(
            [order("a"), order("bad", amount="lots"), order("b")], chunk_size=100, on_progress=seen.append
        )
    assert seen == [
        ImportProgress(read=2, invalid=1, submitted=0, processed=0, imported=0, failed=1, unknown=0),
        ImportProgress(
            read=3, invalid=1, submitted=0, processed=0, imported=0, failed=1, unknown=0, sending=2
        ),
        ImportProgress(read=3, invalid=1, submitted=2, processed=0, imported=0, failed=1, unknown=0),
        ImportProgress(read=3, invalid=1, submitted=2, processed=2, imported=2, failed=1, unknown=0),
        ImportProgress(read=3, invalid=1, submitted=2, processed=2, imported=2, failed=1, unknown=0),
    ]
    assert [event.settled for event in seen] == [1, 1, 1, 3, 3]
    assert [event.in_doubt for event in seen] == [0, 2, 2, 0, 0]


def test_progress_counts_the_orders_whose_fate_is_unknown() -> None:
    seen: list[ImportProgress] = []
    handler = importing({"status": "FAILED", "result": {"message": "worker crashed"}})
    with make_client(handler) as client:
        report = client.orders.import_orders(
            [order("a"), order("b"), order("c")], chunk_size=2, on_progress=seen.append
        )
    assert len(report.unknown) == 3
    assert seen[-1] == ImportProgress(
        read=3, invalid=0, submitted=3, processed=3, imported=0, failed=3, unknown=3
    )


def test_a_resumed_import_counts_the_chunks_done_before_as_submitted(tmp_path: Path) -> None:
    emulator = Emulator(seed=49)
    checkpoint = tmp_path / "orders.ckpt"
    orders = [order(name) for name in "abcdef"]

    def interrupt(event: ImportProgress) -> None:
        if event.submitted >= 4:  # the first chunk done, the second sent
            raise KeyboardInterrupt

    seen: list[ImportProgress] = []
    with emulator.client() as client:
        with pytest.raises(KeyboardInterrupt):
            client.orders.import_orders(
                iter(orders), chunk_size=2, checkpoint=checkpoint, on_progress=interrupt
            )
        report = client.orders.import_orders(
            iter(orders), chunk_size=2, checkpoint=checkpoint, on_progress=seen.append
        )
    assert report.imported == 6 and report.resumed_chunks == 2
    assert seen[0] == ImportProgress(
        read=2, invalid=0, submitted=2, processed=2, imported=2, failed=0, unknown=0
    )
    assert all(event.submitted >= event.processed for event in seen)


def test_after_a_misleading_hint_a_refused_batch_is_halved() -> None:
    # The API always names the first order, wrongly: once the order it named went in alone,
    # its hints are not followed again (each would cost a call per order), batches are halved.
    sizes: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/orders/import":
            orders = json.loads(request.content)
            sizes.append(len(orders))
            if any(o["source_id"] == "e" for o in orders):
                details = "Property [0].amount must be an integer"
                return httpx.Response(
                    400, json=error_json(400, "invalid_payload", "Invalid payload", details=details)
                )
            return httpx.Response(200, json={"async_action_id": f"aa_{len(sizes)}"})
        action_id = request.url.path.rsplit("/", 1)[1]
        done = {"status": "DONE", "result": {"done_count": sizes[int(action_id[3:]) - 1], "failed": []}}
        return httpx.Response(
            200, json={"id": action_id, "object": "async_action", "type": "ORDERS.IMPORT", **done}
        )

    with make_client(handler) as client:
        report = client.orders.import_orders([order(name) for name in "abcde"], chunk_size=100)
    assert sizes == [5, 1, 4, 2, 2, 1, 1]  # [a] as named; then [b, c, d, e] halved: [b, c], [d, e], [d], [e]
    assert report.imported == 4
    assert [(f.position, f.source_id, f.outcome) for f in report.failed] == [(5, "e", "failed")]


def test_an_unkeyed_batch_interrupted_in_flight_is_unknown_and_says_why(tmp_path: Path) -> None:
    checkpoint = tmp_path / "orders.ckpt"
    unkeyed = [{"status": "PAID", "amount": n} for n in (1, 2)]
    accepted = importing({"status": "DONE", "result": {"done_count": 2, "failed": []}})
    imports: list[int] = []

    def interrupted(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/orders/import":
            imports.append(1)
            raise KeyboardInterrupt  # the answer never arrives
        return accepted(request)

    with make_client(interrupted) as client, pytest.raises(KeyboardInterrupt):
        client.orders.import_orders(unkeyed, chunk_size=100, checkpoint=checkpoint)
    with make_client(accepted) as client:
        report = client.orders.import_orders(unkeyed, chunk_size=100, checkpoint=checkpoint)
    assert imports == [1] and report.imported == 0 and report.accounted_for
    reason = (
        "the import was interrupted while this order was being sent: it may have been imported, and it "
        "was not sent again because an order without id or source_id would be stored twice"
    )
    assert [(f.position, f.outcome, f.reason) for f in report.failed] == [
        (1, "unknown", reason),
        (2, "unknown", reason),
    ]


def test_a_chunks_failures_are_listed_by_record_number_whichever_step_found_them() -> None:
    # b is refused when sent (found first), a when processed (found later): listed a, b.
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/orders/import":
            orders = json.loads(request.content)
            bad = [i for i, o in enumerate(orders) if o["source_id"] == "b"]
            if bad:
                details = f"Property [{bad[0]}].amount must be an integer"
                return httpx.Response(
                    400, json=error_json(400, "invalid_payload", "Invalid payload", details=details)
                )
            return httpx.Response(200, json={"async_action_id": "aa_1"})
        result = {"done_count": 1, "failed": [{"source_id": "a", "reason": "customer missing"}]}
        done = {"status": "DONE", "result": result}
        return httpx.Response(
            200, json={"id": "aa_1", "object": "async_action", "type": "ORDERS.IMPORT", **done}
        )

    with make_client(handler) as client:
        report = client.orders.import_orders([order("a"), order("b"), order("c")], chunk_size=100)
    assert report.imported == 1 and report.accounted_for
    assert [(f.position, f.source_id) for f in report.failed] == [(1, "a"), (2, "b")]


def test_a_failure_without_a_reason_says_so() -> None:
    result = {"done_count": 1, "failed": [{"source_id": "a"}]}
    with make_client(importing({"status": "DONE", "result": result})) as client:
        report = client.orders.import_orders([order("a"), order("b")], chunk_size=100)
    assert [(f.position, f.source_id, f.outcome, f.reason) for f in report.failed] == [
        (1, "a", "failed", "no reason given")
    ]


def test_typed_orders_repeated_in_a_chunk_are_sent_once() -> None:
    bodies: list[list[dict[str, Any]]] = []
    accepted = importing({"status": "DONE", "result": {"done_count": 2, "failed": []}})

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/orders/import":
            bodies.append(json.loads(request.content))
        return accepted(request)

    items = [OrderImportItem.from_dict(o) for o in (order("a"), order("b"), order("a", amount=300))]
    with make_client(handler) as client:
        report = client.orders.import_orders(items, chunk_size=100)
    assert [(o["source_id"], o["amount"]) for o in bodies[0]] == [("a", 300), ("b", 100)]
    assert report.imported == 2 and report.accounted_for
    assert [(r.position, r.source_id, r.outcome) for r in report.repeated] == [(1, "a", "repeated")]


@pytest.mark.parametrize(
    ("counts", "outcome"),
    [
        ({"done_count": 0, "failed_count": 2}, "failed"),  # failures counted, none listed
        ({"done_count": 0, "failed_count": 0}, "failed"),  # nothing done with the call's orders
        ({"done_count": 1, "failed_count": 0}, "unknown"),  # one of two went in: which?
        ({"done_count": 7, "failed_count": 0}, "unknown"),  # more than were sent
        # A lone count is checked against the failures listed (it was ignored without the other:
        # "0 imported" with nothing listed counted both orders as imported).
        ({"done_count": 0}, "failed"),
        ({"done_count": 1}, "unknown"),
        # adds up to the two orders, and lists as many failures as counted, but -1 went in?
        ({"done_count": -1, "failed_count": 3, "failed": [{"source_id": "a", "reason": "x"}] * 3}, "unknown"),
        # the counts add up, but it lists a failure it did not count: was it imported or not?
        ({"done_count": 2, "failed_count": 0, "failed": [{"source_id": "a", "reason": "x"}]}, "unknown"),
    ],
)
def test_counts_that_do_not_add_up_to_the_orders_sent_count_none_as_imported(
    counts: dict[str, Any], outcome: str
) -> None:
    # The API's done_count and failed_count used to be ignored: an action that said "0 imported,
    # 2 failed" with an empty `failed` list was reported as 2 imported, exit 0.
    result = {"message": "", "failed": [], **counts}
    with make_client(importing({"status": "DONE", "result": result})) as client:
        report = client.orders.import_orders([order("a"), order("b")], chunk_size=100)
    assert report.imported == 0 and report.accounted_for and not report.ok
    assert [(f.position, f.outcome) for f in report.failed] == [(1, outcome), (2, outcome)]
    assert "reported" in report.failed[0].reason
    if "failed_count" not in counts:
        assert "and no failed count (0 listed) for the 2 orders" in report.failed[0].reason


def test_counts_that_add_up_leave_the_accounting_as_it_was() -> None:
    result = {
        "failed": [{"source_id": "b", "reason": "customer missing"}],
        "done_count": 1,
        "failed_count": 1,
    }
    with make_client(importing({"status": "DONE", "result": result})) as client:
        report = client.orders.import_orders([order("a"), order("b")], chunk_size=100)
    assert report.imported == 1 and [(f.position, f.outcome) for f in report.failed] == [(2, "failed")]


@pytest.mark.parametrize("result", [{}, {"message": "done"}])
def test_an_import_that_says_nothing_of_its_orders_leaves_them_unknown(result: dict[str, Any]) -> None:
    # No counts and no failures listed: every order used to be counted as imported.
    with make_client(importing({"status": "DONE", "result": result})) as client:
        report = client.orders.import_orders([order("a"), order("b")], chunk_size=100)
    assert report.imported == 0 and report.accounted_for and not report.ok
    assert [(f.position, f.outcome) for f in report.failed] == [(1, "unknown"), (2, "unknown")]
    assert "without saying how its orders fared" in report.failed[0].reason


# Third pass, after the import learnt to send again the keyed orders of a call that may have
# been applied: the mutants that survived it.


def test_input_that_breaks_off_after_only_invalid_records_says_nothing_was_imported(tmp_path: Path) -> None:
    from voucherify_orders import ParameterError

    path = tmp_path / "cut.json"
    path.write_text('[{"source_id": "a", "amount": "not a number"},\n{"amount": 1},')
    with Emulator(seed=61).client() as client, pytest.raises(ParameterError) as raised:
        client.orders.import_orders(path)
    assert "not closed" in str(raised.value) and "already imported" not in str(raised.value)


def _already_there(sent: list[dict[str, Any]]) -> dict[str, Any]:
    # Every keyed order of a call sent again was stored by the lost one: the API says so.
    failed = [{"source_id": o["source_id"], "reason": "order already exists"} for o in sent]
    return {"failed": failed, "done_count": 0, "failed_count": len(failed)}


def test_the_keyed_orders_sent_again_after_a_lost_answer_count_as_imported_when_they_already_exist() -> None:
    handler, posts = lossy_import_api(_already_there)
    orders = [order("a"), {"status": "PAID", "amount": 1}, order("c")]
    with make_client(handler) as client:
        report = client.orders.import_orders(orders, chunk_size=100)
    assert [[o.get("source_id") for o in call] for call in posts] == [["a", None, "c"], ["a", "c"]]
    assert report.imported == 2 and report.accounted_for
    assert [(f.position, f.outcome) for f in report.failed] == [(2, "unknown")]


def test_the_keyed_orders_in_flight_when_interrupted_count_as_imported_when_they_already_exist(
    tmp_path: Path,
) -> None:
    posts: list[list[dict[str, Any]]] = []
    answered, resent = lossy_import_api(_already_there, drop=False)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/orders/import" and not posts:
            posts.append(json.loads(request.content))
            raise KeyboardInterrupt  # Ctrl-C while the first call is out: it may have been applied
        return answered(request)

    checkpoint = tmp_path / "orders.ckpt"
    orders = [order("a"), {"status": "PAID", "amount": 1}, order("c")]
    with make_client(handler) as client:
        with pytest.raises(KeyboardInterrupt):
            client.orders.import_orders(orders, chunk_size=100, checkpoint=checkpoint)
        report = client.orders.import_orders(orders, chunk_size=100, checkpoint=checkpoint)
    assert [[o.get("source_id") for o in call] for call in resent] == [["a", "c"]]  # sent once: no retry
    assert report.imported == 2 and report.accounted_for and report.resumed_chunks == 1
    assert [(f.position, f.outcome) for f in report.failed] == [(2, "unknown")]


def test_a_keyed_call_whose_answer_is_lost_after_its_retries_is_unknown() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.RemoteProtocolError("dropped after commit", request=request)

    with make_client(handler) as client:
        report = client.orders.import_orders([order("a"), order("b")], chunk_size=100)
    assert report.imported == 0 and report.accounted_for
    assert [(f.position, f.outcome) for f in report.failed] == [(1, "unknown"), (2, "unknown")]


def test_failures_listed_without_counts_are_read_as_counted() -> None:
    # No done_count, no failed_count: the failures listed are the failed, the rest went in.
    result = {"failed": [{"source_id": "b", "reason": "customer missing"}]}
    with make_client(importing({"status": "DONE", "result": result})) as client:
        report = client.orders.import_orders([order("a"), order("b"), order("c")], chunk_size=100)
    assert report.imported == 2 and [(f.position, f.outcome) for f in report.failed] == [(2, "failed")]


def test_a_count_left_out_is_named_so_in_the_reason() -> None:
    result = {"failed": [], "failed_count": 2}  # two failures counted, none listed, no done_count
    with make_client(importing({"status": "DONE", "result": result})) as client:
        report = client.orders.import_orders([order("a"), order("b")], chunk_size=100)
    assert report.imported == 0 and [f.outcome for f in report.failed] == ["unknown", "unknown"]
    assert "reported no imported count and 2 failed (0 listed) for the 2 orders" in report.failed[0].reason


def test_one_order_keyed_by_id_sent_again_that_already_exists_counts_as_imported() -> None:
    # Keyed by id alone, the API's failure names no source_id (null, as in its own example).
    def already(sent: list[dict[str, Any]]) -> dict[str, Any]:
        failed = [{"source_id": None, "reason": "order already exists"}]
        return {"failed": failed, "done_count": 0, "failed_count": 1}

    handler, posts = lossy_import_api(already)
    with make_client(handler) as client:
        report = client.orders.import_orders([{"id": "ord_1", "amount": 1}], chunk_size=100)
    assert len(posts) == 2 and report.imported == 1 and report.ok


def test_the_parts_of_a_refused_resend_are_first_sends() -> None:
    # A 400 applies nothing, and the lost call carried every order of the resend, so it was
    # refused too: an order of the parts that "already exists" was stored by something else,
    # and is a failure, not an order this import stored.
    posts: list[list[dict[str, Any]]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/orders/import":
            sent = json.loads(request.content)
            posts.append(sent)
            if len(posts) == 1:
                raise httpx.RemoteProtocolError("dropped", request=request)
            if any(o["source_id"] == "c" for o in sent):
                details = f"Property [{[o['source_id'] for o in sent].index('c')}].amount is invalid"
                return httpx.Response(400, json=error_json(400, "invalid_payload", details=details))
            return httpx.Response(200, json={"async_action_id": f"aa_{len(posts)}"})
        failed = [{"source_id": o["source_id"], "reason": "order already exists"} for o in posts[-1]]
        result = {"failed": failed, "done_count": 0, "failed_count": len(failed)}
        action_id = request.url.path.rsplit("/", 1)[1]  # the action asked for, as the API names it
        action = {"id": action_id, "object": "async_action", "type": "ORDERS.IMPORT", "status": "DONE"}
        return httpx.Response(200, json={**action, "result": result})

    with make_client(handler) as client:
        report = client.orders.import_orders([order("a"), {"status": "PAID", "amount": 1}, order("c")])
    assert [[o.get("source_id") for o in call] for call in posts] == [
        ["a", None, "c"],
        ["a", "c"],
        ["c"],
        ["a"],
    ]
    assert report.imported == 0
    assert [(f.position, f.outcome) for f in report.failed] == [(1, "failed"), (2, "unknown"), (3, "failed")]
    assert [f.reason for f in report.failed][::2] == ["order already exists", "Property .amount is invalid"]


@pytest.mark.parametrize(
    "result",
    [
        {"done_count": 3.0, "failed_count": 0, "failed": []},
        {"done_count": "2", "failed_count": 0, "failed": []},
        {"done_count": 2, "failed_count": True, "failed": []},
        {"done_count": 2, "failed_count": 0, "failed": {"source_id": "a"}},
    ],
)
def test_a_result_of_the_wrong_types_leaves_the_orders_unknown(result: dict[str, Any]) -> None:
    # Before: the generated decoder's SchemaMismatch (a bare ValueError) ended the import after
    # its orders were sent, and a resume polled the same action into the same error.
    with make_client(importing({"status": "DONE", "result": result})) as client:
        report = client.orders.import_orders([order("a"), order("b")], chunk_size=100)
    assert report.imported == 0 and report.accounted_for and not report.ok
    assert [(f.position, f.outcome) for f in report.failed] == [(1, "unknown"), (2, "unknown")]
    assert "a result the spec does not allow" in report.failed[0].reason


def test_a_failure_of_an_order_not_sent_is_pinned_on_none() -> None:
    # Before: a failure naming "a" (the call sent "a ") was blamed on the order without a
    # source_id, reported failed, though nothing tied it to that order.
    result = {"done_count": 1, "failed_count": 1, "failed": [{"source_id": "a", "reason": "bad"}]}
    with make_client(importing({"status": "DONE", "result": result})) as client:
        report = client.orders.import_orders([order("a "), {"status": "PAID", "amount": 5}], chunk_size=100)
    assert report.imported == 0
    assert [(f.position, f.outcome) for f in report.failed] == [(1, "unknown"), (2, "unknown")]
    assert "orders this call did not send ('a')" in report.failed[0].reason


# Fourth pass: the survivors of the wait_timeout check and of the parts of a refused first send.


def test_a_wait_timeout_that_could_not_end_is_refused_by_its_own_name() -> None:
    # Pins the parameter named by the check: `wait_timeout`, the argument the caller passed.
    handler = importing({"status": "DONE", "result": {"done_count": 1, "failed": []}})
    with make_client(handler) as client, pytest.raises(ParameterError) as raised:
        client.orders.import_orders([order("a")], wait_timeout=-1)
    assert raised.value.parameter == "wait_timeout"
    assert str(raised.value) == "wait_timeout: must be a finite number of seconds >= 0, got -1"


@pytest.mark.parametrize(
    ("orders", "details", "stored_before", "calls", "failed"),
    [
        # The 400 names b, wrongly: b goes alone (accepted), then a and c.
        ("abc", "Property [1].amount is invalid", "b", ["abc", "b", "ac"], [2]),
        # The 400 names no order: halved, each half accepted.
        ("abcd", "Invalid payload", "ac", ["abcd", "ab", "cd"], [1, 3]),
    ],
)
def test_the_parts_of_a_refused_first_send_are_first_sends(
    orders: str, details: str, stored_before: str, calls: list[str], failed: list[int]
) -> None:
    # Pins that each part of a refused first call (a hinted order, its rest, either half) is
    # recorded as a first send: an order of it that "already exists" failed, it was not stored now.
    posts: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/orders/import":
            posts.append("".join(o["source_id"] for o in json.loads(request.content)))
            if len(posts) == 1:
                return httpx.Response(400, json=error_json(400, "invalid_payload", details=details))
            return httpx.Response(200, json={"async_action_id": f"aa_{len(posts)}"})
        sent = posts[int(request.url.path.rsplit("_", 1)[1]) - 1]
        listed = [{"source_id": s, "reason": "order already exists"} for s in sent if s in stored_before]
        result = {"failed": listed, "done_count": len(sent) - len(listed), "failed_count": len(listed)}
        action_id = request.url.path.rsplit("/", 1)[1]  # the action asked for, as the API names it
        action = {"id": action_id, "object": "async_action", "type": "ORDERS.IMPORT", "status": "DONE"}
        return httpx.Response(200, json={**action, "result": result})

    with make_client(handler) as client:
        report = client.orders.import_orders([order(s) for s in orders], chunk_size=100)
    assert posts == calls
    assert report.imported == len(orders) - len(failed) and report.accounted_for
    assert [(f.position, f.outcome, f.reason) for f in report.failed] == [
        (p, "failed", "order already exists") for p in failed
    ]


def test_input_broken_after_an_import_began_is_an_error_with_its_report(tmp_path: Path) -> None:
    from voucherify_orders import InputBrokeOffError

    path = tmp_path / "orders.json"
    path.write_text('[{"source_id": "a"}, {"source_id": "b"}, {"source_id": "c"} x')
    with Emulator(seed=62).client() as client, pytest.raises(InputBrokeOffError) as raised:
        client.orders.import_orders(path, chunk_size=2)
    error = raised.value
    assert error.parameter == "orders" and str(error).startswith("orders: the JSON array is malformed")
    assert error.report.imported == 2 and error.report.accounted_for
    assert [(f.position, f.source_id, f.outcome) for f in error.report.failed] == [(3, "c", "unsent")]


def test_a_failure_with_an_empty_source_id_is_no_stranger() -> None:
    # An empty source_id names no order: an untied failure, pinned on the one order without one.
    result = {"done_count": 1, "failed_count": 1, "failed": [{"source_id": "", "reason": "bad"}]}
    with make_client(importing({"status": "DONE", "result": result})) as client:
        report = client.orders.import_orders([order("a"), {"status": "PAID", "amount": 5}], chunk_size=100)
    assert report.imported == 1 and [(f.position, f.outcome) for f in report.failed] == [(2, "failed")]


def test_failures_of_orders_not_sent_are_named_three_at_most() -> None:
    failed = [{"source_id": name, "reason": "bad"} for name in ("w", "x", "y", "z")]
    result = {"done_count": 0, "failed_count": 4, "failed": failed}
    with make_client(importing({"status": "DONE", "result": result})) as client:
        report = client.orders.import_orders([order(n) for n in "abcd"], chunk_size=100)
    assert "orders this call did not send ('w', 'x', 'y'): each" in report.failed[0].reason
