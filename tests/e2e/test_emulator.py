"""The emulator behaves like the API: state, computed amounts, queues, errors, faults, HTTP."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest
from voucherify_orders import (
    APIConnectionError,
    APITimeoutError,
    AsyncVoucherify,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    RateLimitError,
    Voucherify,
    orders_import_result,
)
from voucherify_orders.emulator import Emulator, Fault, JobPacing

from tests.conftest import OFFICIAL_SPEC, PAYLOADS

ORDER_ID = re.compile(r"^ord_[0-9a-f]{18}$")  # as the 2024 SDK recordings (tests/fixtures/payloads)
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")


@pytest.fixture
def emulator() -> Emulator:
    return Emulator(seed=5)


@pytest.fixture
def client(emulator: Emulator) -> Voucherify:
    return emulator.client()


def raw(emulator: Emulator, method: str, path: str, body: Any = None, **headers: str) -> httpx.Response:
    """Talk to the emulator without the client, to see exactly what it sends."""
    auth = {"X-App-Id": emulator.app_id, "X-App-Token": emulator.secret_key}
    with httpx.Client(transport=emulator.transport(), base_url="https://api.voucherify.io") as http:
        return http.request(method, path, json=body, headers={**auth, **headers})


def test_create_is_an_upsert_by_source_id_and_by_id(client: Voucherify, emulator: Emulator) -> None:
    first = client.orders.create({"source_id": "s-1", "amount": 100})
    assert ORDER_ID.match(first.id)
    again = client.orders.create({"source_id": "s-1", "status": "PAID"})
    by_id = client.orders.create({"id": first.id, "metadata": {"k": "v"}})
    assert again.id == first.id == by_id.id
    assert (by_id.status, by_id.amount, by_id.metadata.to_dict()) == ("PAID", 100, {"k": "v"})
    assert len(emulator.orders) == 1
    assert client.orders.create({"amount": 5}).id != first.id  # no key: a new order
    assert len(emulator.orders) == 2


def test_get_and_update_by_id_or_source_id_change_only_what_is_sent(client: Voucherify) -> None:
    order = client.orders.create(
        {"source_id": "s-2", "status": "CREATED", "amount": 500, "metadata": {"a": 1}}
    )
    assert client.orders.get("s-2").id == order.id
    updated = client.orders.update(order.id, {"status": "PAID"})
    assert (updated.status, updated.amount, updated.metadata.to_dict()) == ("PAID", 500, {"a": 1})
    assert updated.updated_at is not None and order.updated_at is None
    assert client.orders.update("s-2", {"amount": 700}).status == "PAID"


def test_amounts_are_computed_as_the_api_does(emulator: Emulator) -> None:
    spec = json.loads(OFFICIAL_SPEC.read_text())
    create = spec["paths"]["/v1/orders"]["post"]
    request = create["requestBody"]["content"]["application/json"]["examples"]["Example 2"]["value"]
    expected = create["responses"]["200"]["content"]["application/json"]["examples"]["Example"]["value"]
    body = raw(emulator, "POST", "/v1/orders", request).json()
    for key in ("amount", "total_amount", "status", "source_id", "metadata", "object"):
        assert body[key] == expected[key], key
    for got, want in zip(body["items"], expected["items"], strict=True):
        for key in (
            "amount",
            "price",
            "subtotal_amount",
            "quantity",
            "object",
            "related_object",
            "source_id",
        ):
            assert got[key] == want[key], key
        assert got["product"]["name"] == want["product"]["name"]
        assert got["product"]["price"] == want["product"]["price"]
    assert body["items"][1]["product_id"] == body["items"][1]["product"]["id"]
    assert body["customer"]["object"] == "customer" and body["customer_id"] == body["customer"]["id"]
    assert body["referrer_id"] == body["referrer"]["id"]
    assert TIMESTAMP.match(body["created_at"])


def test_discounts_and_presence_of_fields(emulator: Emulator) -> None:
    body = raw(
        emulator,
        "POST",
        "/v1/orders",
        {
            "discount_amount": 100,
            "items": [{"quantity": 2, "price": 500, "discount_amount": 50}, {"quantity": 1, "price": 300}],
        },
    ).json()
    assert (
        body["amount"],
        body["items_discount_amount"],
        body["total_discount_amount"],
        body["total_amount"],
    ) == (1300, 50, 150, 1150)
    assert body["items"][0]["subtotal_amount"] == 950 and "discount_amount" not in body["items"][1]
    plain = raw(emulator, "POST", "/v1/orders", {"amount": 100}).json()
    for absent in ("discount_amount", "items_discount_amount", "total_discount_amount", "customer", "items"):
        assert absent not in plain, absent  # zero amounts and unset references are left out
    for null in ("source_id", "referrer_id", "customer_id", "updated_at"):
        assert plain[null] is None, null  # ... while these are sent as null
    # Metadata only when given, as the recorded create and update responses show (FIDELITY.md).
    assert "metadata" not in plain
    assert raw(emulator, "POST", "/v1/orders", {"amount": 1, "metadata": {}}).json()["metadata"] == {}


ITEM_ID = re.compile(r"^ordli_[0-9a-f]{18}$")


def test_items_get_ids_that_last_until_the_items_are_sent_again(emulator: Emulator) -> None:
    body = {"source_id": "li-1", "items": [{"quantity": 1, "price": 5}, {"quantity": 2, "price": 7}]}
    created = raw(emulator, "POST", "/v1/orders", body).json()
    ids = [item["id"] for item in created["items"]]
    assert all(ITEM_ID.match(i) for i in ids) and len(set(ids)) == 2
    assert [item["id"] for item in raw(emulator, "GET", "/v1/orders/li-1").json()["items"]] == ids
    paid = raw(emulator, "PUT", "/v1/orders/li-1", {"status": "PAID"}).json()
    assert [item["id"] for item in paid["items"]] == ids  # the lines were not touched
    resent = raw(emulator, "PUT", "/v1/orders/li-1", {"items": body["items"]}).json()
    assert {item["id"] for item in resent["items"]}.isdisjoint(ids)


def test_timestamps_are_written_as_most_recordings_write_them(emulator: Emulator) -> None:
    # A created_at given with microseconds and an offset comes back in the API's own form.
    body = {"source_id": "ts-1", "created_at": "2022-09-09T09:20:01.660123+02:00"}
    created = raw(emulator, "POST", "/v1/orders", body).json()
    assert created["created_at"] == "2022-09-09T07:20:01.660Z"
    updated = raw(emulator, "PUT", "/v1/orders/ts-1", {"created_at": "2021-01-02T03:04:05Z"}).json()
    assert updated["created_at"] == "2021-01-02T03:04:05.000Z"
    assert TIMESTAMP.match(updated["updated_at"])


def test_customers_are_upserted_and_products_stored_only_with_override(
    client: Voucherify, emulator: Emulator
) -> None:
    client.orders.create(
        {
            "customer": {"source_id": "c@x", "name": "C"},
            "items": [
                {
                    "source_id": "p-1",
                    "related_object": "product",
                    "quantity": 1,
                    "product": {"name": "P", "price": 10},
                }
            ],
        }
    )
    assert emulator.products == []
    order = client.orders.create(
        {
            "customer": {"source_id": "c@x", "email": "c@x"},
            "items": [
                {
                    "source_id": "p-1",
                    "related_object": "product",
                    "quantity": 3,
                    "product": {"name": "P", "price": 10, "override": True},
                }
            ],
        }
    )
    assert len(emulator.customers) == 1 and emulator.customers[0]["email"] == "c@x"
    assert emulator.customers[0]["name"] == "C"
    assert [p["source_id"] for p in emulator.products] == ["p-1"]
    assert order.items[0].amount == 30 and order.customer.id == emulator.customers[0]["id"]


def test_list_envelope_limits_and_orders(client: Voucherify, emulator: Emulator) -> None:
    for n in range(23):
        client.orders.create({"source_id": f"o-{n:02d}"})
    client.orders.update("o-05", {"status": "PAID"})
    body = raw(emulator, "GET", "/v1/orders").json()
    assert (body["object"], body["data_ref"], body["total"], len(body["orders"])) == (
        "list",
        "orders",
        23,
        10,
    )
    assert [o["source_id"] for o in body["orders"]][:2] == ["o-22", "o-21"]  # newest first by default
    page = client.orders.list(limit=100, order="created_at")
    assert [o.source_id for o in page.orders] == [f"o-{n:02d}" for n in range(23)]
    assert client.orders.list(limit=1, order="-updated_at").orders[0].source_id == "o-05"
    assert raw(emulator, "GET", "/v1/orders?limit=101").status_code == 400
    assert raw(emulator, "GET", "/v1/orders?page=0").json()["key"] == "invalid_query_params"
    assert [o.source_id for o in client.orders.list(limit=10, page=3).orders] == ["o-02", "o-01", "o-00"]


def test_imports_run_one_at_a_time_in_order() -> None:
    emulator = Emulator(seed=1, pacing=JobPacing(polls=1))
    client = emulator.client()
    first = raw(emulator, "POST", "/v1/orders/import", [{"source_id": "a"}]).json()["async_action_id"]
    second = raw(
        emulator,
        "POST",
        "/v1/orders/import",
        [{"source_id": "a", "status": "PAID"}, {"source_id": "b", "items": [{"product_id": "prod_gone"}]}],
    ).json()
    second_id = second["async_action_id"]
    assert re.match(r"^aa_[0-9a-f]{18}$", first)
    observed = []
    for _ in range(5):
        polled = client.async_actions.get(second_id).status  # any poll moves the queue
        first_now, second_now = (a["status"] for a in emulator.async_actions)
        observed.append((first_now, second_now))
        assert polled == second_now
    assert observed[0] == ("IN_PROGRESS", "ENQUEUED")
    assert all(b == "ENQUEUED" for a, b in observed if a != "DONE")  # never two at once
    assert ("DONE", "IN_PROGRESS") in observed and observed[-1] == ("DONE", "DONE")
    done = client.async_actions.get(second_id)
    result = orders_import_result(done)
    assert result is not None
    assert (result.done_count, result.failed_count) == (1, 1)
    assert result.failed[0].source_id == "b"
    assert result.failed[0].reason == "Product prod_gone not found (items[0].product_id)"
    assert result.message == "1 order(s) imported successfully, 1 failed."
    assert [o["status"] for o in emulator.orders] == ["PAID"]  # the later import won


def test_an_import_with_a_schema_invalid_order_is_refused_naming_it(emulator: Emulator) -> None:
    answer = raw(emulator, "POST", "/v1/orders/import", [{"source_id": "a"}, {"items": [{"quantity": 0}]}])
    assert answer.status_code == 400 and answer.json()["key"] == "invalid_payload"
    assert answer.json()["details"].startswith("Property [1].items[0].quantity ")
    assert emulator.async_actions == []


def test_import_limits(emulator: Emulator) -> None:
    too_many = raw(emulator, "POST", "/v1/orders/import", [{"source_id": str(n)} for n in range(2001)])
    assert too_many.status_code == 400 and "2000" in too_many.json()["details"]
    assert raw(emulator, "POST", "/v1/orders/import", {"source_id": "x"}).status_code == 400


def test_pacing_by_a_clock_the_test_controls() -> None:
    now = [0.0]
    emulator = Emulator(seed=1, pacing=JobPacing(seconds=5), clock=lambda: now[0])
    client = emulator.client()
    action = raw(emulator, "POST", "/v1/orders/import", [{"source_id": "a"}]).json()["async_action_id"]
    assert client.async_actions.get(action).status == "ENQUEUED"
    now[0] = 5.0
    assert client.async_actions.get(action).status == "IN_PROGRESS"
    now[0] = 9.9
    assert client.async_actions.get(action).status == "IN_PROGRESS"
    now[0] = 10.0
    assert client.async_actions.get(action).status == "DONE"


def test_exports_progress_and_serve_their_csv_with_a_token() -> None:
    emulator = Emulator(seed=1, pacing=JobPacing(polls=1))
    client = emulator.client()
    client.orders.create(
        {"source_id": "a", "status": "PAID", "amount": 5, "metadata": {"region": "n", "tags": ["x"]}}
    )
    client.orders.create({"source_id": "b", "status": "CREATED", "amount": 9, "metadata": {"region": "s"}})
    export = client.orders.export(
        fields=["source_id", "amount", "metadata.region", "metadata"],
        order="-created_at",
        filters={"status": {"conditions": {"$in": ["PAID", "CREATED"]}}},
    )
    assert (export.status, export.result) == ("SCHEDULED", None)
    assert client.exports.get(export.id).status == "IN_PROGRESS"
    done = client.exports.get(export.id)
    assert done.status == "DONE" and done.result
    url = httpx.URL(done.result.url)
    assert url.host == "download.voucherify.io" and url.params["token"]
    with httpx.Client(transport=emulator.transport()) as http:
        csv_text = http.get(url).text
        assert http.get(url.copy_with(params={"token": "wrong"})).status_code == 401
    assert csv_text.splitlines() == [
        "source_id,amount,metadata.region,metadata",
        'b,9,s,"{""region"":""s""}"',
        'a,5,n,"{""region"":""n"",""tags"":[""x""]}"',
    ]
    defaults = client.exports.get(client.orders.export().id)
    assert (
        defaults.parameters.fields == ["id", "source_id", "status"]
        and defaults.parameters.order == "-created_at"
    )


def test_errors_are_shaped_like_voucherifys(emulator: Emulator, client: Voucherify) -> None:
    with pytest.raises(BadRequestError) as bad:
        client.orders.create({"items": [{"quantity": 0}]})
    assert bad.value.key == "invalid_payload" and ".items[0].quantity" in (bad.value.details or "")
    with pytest.raises(NotFoundError) as missing:
        client.exports.get("exp_nope")
    assert (missing.value.resource_type, missing.value.resource_id) == ("export", "exp_nope")
    assert missing.value.request_id and missing.value.request_id.startswith("v-")
    with pytest.raises(AuthenticationError):
        Voucherify("wrong", "creds", transport=emulator.transport()).orders.list()
    assert raw(emulator, "GET", "/v1/orders", **{"X-App-Token": ""}).status_code == 401
    wrong_method = raw(emulator, "DELETE", "/v1/orders/ord_1")
    assert wrong_method.status_code == 405 and wrong_method.headers["allow"] == "GET, PUT"
    # As Voucherify's errors guide shows a 405 (docs/reference-docs/Errors.md): no key.
    assert {k: v for k, v in wrong_method.json().items() if k != "request_id"} == {
        "code": 405,
        "message": "HTTP Method Not Allowed",
        "details": "DELETE is not supported by this endpoint. Did you mean GET or PUT?",
    }
    assert raw(emulator, "PUT", "/v1/orders").json()["details"] == (
        "PUT is not supported by this endpoint. Did you mean GET or POST?"
    )
    assert raw(emulator, "POST", "/v1/nothing").status_code == 404
    broken = raw(emulator, "POST", "/v1/orders", None, **{"Content-Type": "application/json"})
    assert broken.status_code == 400


@pytest.mark.parametrize(
    ("accept", "status"),
    [
        ("text/html", 406),
        ("application/json;q=0, text/html", 406),
        ("text/csv, application/*;q=0.0", 406),
        ("application/json", 200),
        ("text/html, */*;q=0.1", 200),
        ("application/problem+json", 406),
        ("application/json;q=0, */*", 406),
        (",", 200),
        ("text/*, application/*;q=0.5", 200),
        ("application/json; q=oops", 200),
        ("", 200),
    ],
)
def test_an_accept_header_that_takes_no_json_is_refused_with_406(
    emulator: Emulator, accept: str, status: int
) -> None:
    answer = raw(emulator, "GET", "/v1/orders", Accept=accept)
    assert answer.status_code == status
    if status == 406:
        assert answer.json()["message"] == "Not Acceptable" and "key" not in answer.json()


@pytest.mark.parametrize(
    ("content_type", "status"),
    [
        ("application/x-www-form-urlencoded", 415),
        ("text/plain; charset=utf-8", 415),
        ("application/json; charset=utf-8", 200),
        ("application/merge-patch+json", 200),
        ("", 200),
    ],
)
def test_a_body_that_is_not_json_by_its_content_type_is_refused_with_415(
    emulator: Emulator, content_type: str, status: int
) -> None:
    auth = {"X-App-Id": emulator.app_id, "X-App-Token": emulator.secret_key}
    with httpx.Client(transport=emulator.transport(), base_url="https://api.voucherify.io") as http:
        answer = http.post(
            "/v1/orders", content=b'{"amount": 5}', headers={**auth, "Content-Type": content_type}
        )
    assert answer.status_code == status
    if status == 415:
        assert answer.json()["message"] == "Unsupported Media Type" and "key" not in answer.json()
        assert answer.json()["details"].endswith(f"not {content_type.split(';', maxsplit=1)[0]}")
        assert len(emulator.orders) == 0


def test_rate_limit_headers_on_every_response_and_429_past_the_budget() -> None:
    now = [0.0]
    emulator = Emulator(rate_limit=3, clock=lambda: now[0])
    answers = [raw(emulator, "GET", "/v1/orders") for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert [a.headers["x-rate-limit-remaining"] for a in answers] == ["2", "1", "0", "0"]
    assert all(a.headers["x-rate-limit-limit"] == "3" and a.headers["x-rate-limit-retry"] for a in answers)
    assert answers[3].headers["retry-after"] == "60" and answers[3].json()["code"] == 429
    now[0] = 60.0
    assert raw(emulator, "GET", "/v1/orders").status_code == 200  # a new window
    for _ in range(2):
        raw(emulator, "GET", "/v1/orders")
    with pytest.raises(RateLimitError) as caught:
        emulator.client(max_retries=0).orders.list()
    assert caught.value.retry_after == 60


def test_faults_status_latency_and_drop_after_commit(emulator: Emulator) -> None:
    emulator.inject(Fault.status(503, times=2), route="GET /v1/orders/{orderId}")
    client = emulator.client()
    client.orders.create({"source_id": "s"})
    assert client.orders.get("s").source_id == "s"  # two 503s, retried
    assert [r.status for r in emulator.requests if r.route == "GET /v1/orders/{orderId}"] == [503, 503, 200]

    emulator.inject(Fault.drop_after_commit(), route="POST /v1/orders")
    with pytest.raises(APIConnectionError) as dropped:
        client.orders.create({"amount": 1})  # no key: not retried
    assert dropped.value.outcome_unknown and len(emulator.orders) == 2  # ... but it was committed

    emulator.inject(Fault.latency(0.2), route="GET /v1/orders")
    with pytest.raises(APITimeoutError):
        emulator.client(timeout=0.05, max_retries=0).orders.list()


def _in_thread(call: Any) -> tuple[threading.Thread, dict[str, Any]]:
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except BaseException as exc:  # handed to the test
            outcome["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    return worker, outcome


def test_a_held_answer_is_committed_and_waits_for_its_release_in_process(emulator: Emulator) -> None:
    hold = emulator.inject(Fault.hold(timeout=30), route="POST /v1/orders")
    worker, outcome = _in_thread(lambda: emulator.client().orders.upsert({"source_id": "held", "amount": 5}))
    hold.gate.wait_for(1)
    assert [o["source_id"] for o in emulator.orders] == ["held"]  # stored while the answer waits
    assert hold.gate.held == 1 and worker.is_alive() and outcome == {}
    hold.gate.release()
    worker.join(30)
    assert outcome["value"].source_id == "held" and hold.gate.held == 0


def test_held_answers_go_in_arrival_order_over_http(emulator: Emulator) -> None:
    hold = emulator.inject(Fault.hold(timeout=30), route="GET /v1/orders/{orderId}")
    with emulator.serve() as server:
        client = Voucherify(emulator.app_id, emulator.secret_key, base_url=server.url)
        for key in ("first", "second"):
            client.orders.upsert({"source_id": key})
        first, first_outcome = _in_thread(lambda: client.orders.get("first"))
        hold.gate.wait_for(1)
        second, second_outcome = _in_thread(lambda: client.orders.get("second"))
        hold.gate.wait_for(2)
        hold.gate.release()
        first.join(30)
        assert first_outcome["value"].source_id == "first"
        assert second.is_alive() and second_outcome == {} and hold.gate.held == 1
        emulator.clear_faults()  # lets what is still held go
        second.join(30)
        assert second_outcome["value"].source_id == "second"
        client.close()


async def test_a_held_answer_async_does_not_block_the_event_loop(emulator: Emulator) -> None:
    import asyncio

    hold = emulator.inject(Fault.hold(timeout=30), route="POST /v1/orders")
    async with emulator.async_client() as client:
        held = asyncio.create_task(client.orders.upsert({"source_id": "held"}))
        await hold.gate.wait_for_async(1)
        assert not held.done() and len(emulator.orders) == 1
        hold.gate.release()
        assert (await held).source_id == "held"


def test_an_answer_held_past_the_read_timeout_is_a_timeout_in_process(emulator: Emulator) -> None:
    hold = emulator.inject(Fault.hold(timeout=30), route="PUT /v1/orders/{orderId}")
    client = emulator.client(max_retries=0)
    client.orders.upsert({"source_id": "o"})
    with pytest.raises(APITimeoutError):
        client.with_options(timeout=0.05).orders.update("o", {"status": "PAID"})
    assert hold.gate.arrived == 1 and emulator.orders[0]["status"] == "PAID"  # applied all the same


def test_a_gate_nobody_releases_lets_the_answer_go_after_its_own_timeout(emulator: Emulator) -> None:
    hold = emulator.inject(Fault.hold(timeout=0.01), route="GET /v1/orders")
    assert emulator.client(timeout=30).orders.list().total == 0  # the safety net, not a timeout
    assert hold.gate.arrived == 1


@pytest.mark.parametrize("note", ["cr\rinside", "lf\ninside", "crlf\r\ninside", 'a "quote", a comma'])
def test_an_export_cell_holding_a_line_break_reads_back_whole(client: Voucherify, note: str) -> None:
    # Python 3.11 and 3.12's csv writer quotes only the line terminator's characters (here
    # `\n`): a lone `\r` went out bare, a reader ended the record there, and the row fell
    # apart (refused under a repeated column, a wrong row under a single one).
    order = client.orders.create({"source_id": "s", "metadata": {"note": note}})
    export = client.exports.wait(client.orders.export(fields=["metadata.note", "id", "metadata.note"]))
    assert list(client.exports.iter_rows(export)) == [{"metadata.note": note, "id": order.id}]


def test_inspection_and_reset(emulator: Emulator, client: Voucherify) -> None:
    client.orders.create({"source_id": "s", "customer": {"source_id": "c"}})
    assert len(emulator.orders) == 1 and len(emulator.customers) == 1 and len(emulator.requests) == 1
    assert emulator.requests[0].route == "POST /v1/orders" and emulator.requests[0].status == 200
    emulator.reset()
    assert emulator.orders == [] and emulator.customers == [] and emulator.requests == []


def test_over_real_http_on_loopback(emulator: Emulator) -> None:
    with emulator.serve() as server:
        assert server.url.startswith("http://127.0.0.1:")
        with Voucherify(emulator.app_id, emulator.secret_key, base_url=server.url) as client:
            order = client.orders.upsert({"source_id": "a/b c", "amount": 5})
            assert client.orders.get("a/b c").id == order.id
            report = client.orders.import_orders([{"source_id": f"i{n}"} for n in range(30)], chunk_size=7)
            assert report.imported == 30
            export = client.exports.wait(client.orders.export(fields=["source_id"]))
            assert export.result and export.result.url.startswith(server.url)
            rows = list(client.exports.iter_rows(export))
            assert len(rows) == 31

            emulator.inject(Fault.drop_after_commit(), route="POST /v1/orders")
            with pytest.raises(APIConnectionError):
                client.orders.create({"amount": 1})
            assert len(emulator.orders) == 32


@pytest.mark.slow
def test_concurrent_upserts_over_http_keep_exact_state(emulator: Emulator) -> None:
    errors: list[BaseException] = []
    with emulator.serve() as server:

        def worker(thread: int) -> None:
            try:
                with Voucherify(emulator.app_id, emulator.secret_key, base_url=server.url) as client:
                    for n in range(500):
                        # Half the source_ids are shared by every thread, half are the thread's own.
                        key = f"shared-{n}" if n % 2 == 0 else f"t{thread}-{n}"
                        client.orders.upsert({"source_id": key, "amount": n})
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=worker, args=(t,)) for t in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert errors == []
    source_ids = [o["source_id"] for o in emulator.orders]
    assert len(source_ids) == len(set(source_ids)) == 250 + 8 * 250


def test_the_pytest_fixtures(voucherify_client: Voucherify, voucherify_emulator: Emulator) -> None:
    voucherify_client.orders.upsert({"source_id": "from-fixture"})
    assert voucherify_emulator.orders[0]["source_id"] == "from-fixture"


async def test_the_async_fixture(
    voucherify_async_client: AsyncVoucherify, voucherify_emulator: Emulator
) -> None:
    await voucherify_async_client.orders.upsert({"source_id": "from-async-fixture"})
    assert voucherify_emulator.orders[0]["source_id"] == "from-async-fixture"


@pytest.mark.slow  # a pytest subprocess
def test_the_async_fixture_in_pytest_asyncios_default_strict_mode(tmp_path: Path) -> None:
    # A consumer's project rarely sets asyncio_mode = "auto" as ours does.
    (tmp_path / "test_consumer.py").write_text(
        "import pytest\n\n"
        "@pytest.mark.asyncio\n"
        "async def test_uses_the_async_client(voucherify_async_client, voucherify_emulator):\n"
        "    await voucherify_async_client.orders.upsert({'source_id': 'strict'})\n"
        "    assert voucherify_emulator.orders[0]['source_id'] == 'strict'\n"
    )
    plugins = ["-p", "no:cacheprovider", "-p", "no:randomly", "-p", "no:xdist"]
    strict = ["-o", "asyncio_mode=strict", "-o", "asyncio_default_fixture_loop_scope=function"]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", *plugins, *strict, str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout
    assert "1 passed" in result.stdout


def test_timestamps_come_from_the_injected_clock() -> None:
    epoch = dt.datetime(2030, 5, 6, 7, 8, 9, 123000, tzinfo=dt.UTC)
    emulator = Emulator(now=lambda: epoch)
    body = raw(emulator, "POST", "/v1/orders", {}).json()
    assert body["created_at"] == "2030-05-06T07:08:09.123Z"


def test_concrete_paths_match_before_templated_ones(emulator: Emulator) -> None:
    # OpenAPI's matching rule: /v1/orders/import is the import route, not order "import".
    answer = raw(emulator, "GET", "/v1/orders/import")
    assert answer.status_code == 405 and answer.headers["allow"] == "POST"
    assert raw(emulator, "GET", "/v1/orders/imports").json()["key"] == "not_found"


def test_a_finished_import_has_the_shape_of_the_recorded_orders_import() -> None:
    recorded = json.loads((PAYLOADS / "spec_orders_import.async_action.json").read_text())
    emulator = Emulator(seed=2)
    action_id = raw(
        emulator, "POST", "/v1/orders/import", [{"source_id": "i-1"}, {"id": "x", "customer": {"id": "gone"}}]
    ).json()["async_action_id"]
    done = raw(emulator, "GET", f"/v1/async-actions/{action_id}").json()
    assert list(done) == list(recorded)  # the same keys in the same order: no operation_status
    assert list(done["result"]) == list(recorded["result"])
    assert done["result"]["failed"] == [
        {"source_id": None, "reason": "Customer gone not found (customer.id)"}
    ]
    assert (done["status"], done["progress"], done["type"]) == ("DONE", 100, "ORDERS.IMPORT")
    assert done["processing_time"] > 0 and TIMESTAMP.match(done["updated_at"])


def test_null_export_parameters_mean_the_defaults(emulator: Emulator) -> None:
    body = {"parameters": {"fields": None, "order": None, "filters": {"junction": None, "created_at": None}}}
    created = raw(emulator, "POST", "/v1/orders/export", body)
    assert created.status_code == 200, created.text
    assert created.json()["parameters"] == {"filters": {}}  # what was sent, its nulls left out
    read = raw(emulator, "GET", f"/v1/exports/{created.json()['id']}")
    assert read.json()["parameters"] == {
        "order": "-created_at",
        "fields": ["id", "source_id", "status"],
        "filters": {"junction": "and"},
    }
    assert raw(emulator, "GET", f"/v1/exports/{created.json()['id']}").json()["status"] == "DONE"


def test_explicit_null_is_absent_except_where_it_clears(emulator: Emulator) -> None:
    # As the official Python SDK sends a create: null for every field left unset.
    sdk_like = {
        "id": None,
        "source_id": "n-1",
        "status": None,
        "amount": None,
        "initial_amount": None,
        "discount_amount": None,
        "metadata": None,
        "created_at": None,
        "referrer_id": "cust_ref",
        "customer": {"id": None, "source_id": "c-n", "name": "N", "email": None, "address": {"city": "Oslo"}},
        "referrer": None,
        "items": [
            {"quantity": 2, "price": 5, "sku_id": None, "product": {"name": "P", "id": None}, "sku": None}
        ],
    }
    created = raw(emulator, "POST", "/v1/orders", sdk_like)
    assert created.status_code == 200, created.text
    body = created.json()
    assert (body["status"], body["amount"], body["referrer_id"]) == ("CREATED", 10, "cust_ref")
    assert "metadata" not in body and "sku" not in body["items"][0]
    # null clears source_id, referrer_id and an address; elsewhere it leaves the value alone
    cleared = raw(
        emulator,
        "PUT",
        f"/v1/orders/{body['id']}",
        {
            "source_id": None,
            "referrer_id": None,
            "status": None,
            "items": None,
            "customer": {"source_id": "c-n", "address": None},
        },
    ).json()
    assert (cleared["source_id"], cleared["referrer_id"], cleared["status"], cleared["amount"]) == (
        None,
        None,
        "CREATED",
        10,
    )
    assert emulator.customers[0]["address"] is None and emulator.customers[0]["name"] == "N"
    assert raw(emulator, "GET", "/v1/orders/n-1").status_code == 404


@pytest.mark.parametrize(
    ("method", "path", "body", "detail"),
    [
        ("POST", "/v1/orders", {"amount": "12"}, "Property .amount input should be a valid integer"),
        (
            "POST",
            "/v1/orders",
            {"items": [{"quantity": None, "price": "5"}]},
            "Property .items[0].price input should be a valid integer",
        ),
        ("PUT", "/v1/orders/x", {"metadata": []}, "Property .metadata input should be an object"),
        (
            "POST",
            "/v1/orders/import",
            [{"source_id": None, "customer": {"name": 5}}],
            "Property [0].customer.name input should be a valid string",
        ),
        (
            "POST",
            "/v1/orders/export",
            {"parameters": {"fields": None, "order": 3}},
            "Property .parameters.order input should be",
        ),
    ],
)
def test_wrong_types_are_still_refused_in_the_api_shape(
    emulator: Emulator, method: str, path: str, body: Any, detail: str
) -> None:
    answer = raw(emulator, method, path, body)
    assert answer.status_code == 400
    error = answer.json()
    assert (error["code"], error["key"], error["message"]) == (400, "invalid_payload", "Invalid payload")
    assert error["details"].startswith(detail), error["details"]
    assert error["request_id"].startswith("v-")


def _official(path: str, method: str) -> dict[str, Any]:
    operation: dict[str, Any] = json.loads(OFFICIAL_SPEC.read_text())["paths"][path][method]
    return operation


def test_an_export_create_answers_with_the_parameters_sent_as_the_official_example_does() -> None:
    # It answered with the defaults filled in (`order`, `filters.junction`); the official 200
    # example for the "Using fields" request holds its `fields` alone. Found by a witness (W-X2).
    operation = _official("/v1/orders/export", "post")
    sent = operation["requestBody"]["content"]["application/json"]["examples"]["Using fields"]["value"]
    example = operation["responses"]["200"]["content"]["application/json"]["examples"]["Example"]["value"]
    created = raw(Emulator(seed=3), "POST", "/v1/orders/export", sent).json()
    assert created["parameters"] == example["parameters"] == sent["parameters"]
    assert list(created) == list(example)


def test_a_list_page_shows_an_items_product_and_sku_as_the_official_example_does() -> None:
    # The official list example's items carry `product` as {name, price} and `sku` as
    # {sku, price}, in all 10 orders; the emulator's list repeated a get's whole echo, so code
    # tested against it could read `items[].product.id` that the real list does not send.
    operation = _official("/v1/orders", "get")
    example = operation["responses"]["200"]["content"]["application/json"]["examples"]["Example"]["value"]
    shapes = {
        key: {frozenset(item[key]) for order in example["orders"] for item in order["items"] if key in item}
        for key in ("product", "sku")
    }
    assert shapes == {
        "product": {frozenset({"name"}), frozenset({"name", "price"})},
        "sku": {frozenset({"sku", "price"})},
    }
    emulator = Emulator(seed=4)
    comic = {"source_id": "p-1", "name": "Comic", "price": 1600, "override": True}
    items = [
        {"source_id": "p-1", "related_object": "product", "quantity": 1, "product": comic},
        {
            "source_id": "s-1",
            "related_object": "sku",
            "quantity": 2,
            "product": comic,
            "sku": {"source_id": "s-1", "sku": "Comics1", "price": 1500, "override": True},
        },
    ]
    created = raw(emulator, "POST", "/v1/orders", {"source_id": "o-1", "items": items}).json()
    assert {"id", "source_id", "name", "price"} <= set(created["items"][0]["product"])
    assert {"id", "source_id", "sku", "price"} <= set(created["items"][1]["sku"])
    listed = raw(emulator, "GET", "/v1/orders").json()["orders"][0]["items"]
    assert listed[0]["product"] == {"name": "Comic", "price": 1600}
    assert listed[1]["product"] == {"name": "Comic", "price": 1600}
    assert listed[1]["sku"] == {"sku": "Comics1", "price": 1500}
    gotten = raw(emulator, "GET", "/v1/orders/o-1").json()["items"]
    assert gotten == created["items"]  # a get still shows them whole
