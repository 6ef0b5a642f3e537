"""Export filters (issue 14 item 6): they reach the API as written, and the emulator applies
the documented operators or refuses the filter with a 400, never exporting every order."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from voucherify_orders import BadRequestError, ParameterError
from voucherify_orders.emulator import Emulator

from tests.conftest import OFFICIAL_SPEC, make_async_client, make_client

# The API's own list, in its 400 for a bad filter (the official spec's example).
_SPEC = json.loads(OFFICIAL_SPEC.read_text())
_EXAMPLE = _SPEC["paths"]["/v1/orders/export"]["post"]["responses"]["400"]["content"]["application/json"]
OFFICIAL_400_DETAILS: str = _EXAMPLE["examples"]["Invalid payload"]["value"]["details"]
DOCUMENTED = OFFICIAL_400_DETAILS.split("condition must be one of: ")[1].split(", ")

EXPORT: dict[str, Any] = {
    "id": "exp_1",
    "object": "export",
    "status": "SCHEDULED",
    "parameters": {},
    "result": None,
}


def test_the_documented_list_is_the_one_the_emulator_and_the_spec_know() -> None:
    from voucherify_orders.emulator._filters import OPERATORS
    from voucherify_orders_client.schemas import SCHEMAS

    assert len(DOCUMENTED) == 68
    assert list(OPERATORS) == DOCUMENTED
    assert list(SCHEMAS["FilterConditions"]["properties"]) == DOCUMENTED


def _capture() -> tuple[list[Any], Callable[[httpx.Request], httpx.Response]]:
    sent: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(200, json=EXPORT)

    return sent, handler


# Every documented operator, in both of the API's shapes, with a value of the kind it takes.
AS_WRITTEN: list[dict[str, Any]] = [
    {field: {"conditions": {op: value}}}
    for op in DOCUMENTED
    for field, value in (
        ("created_at", True),
        ("metadata.when", ["2018-05-30T22:00:00.000Z"]),
        ("amount", 100000),
        ("status", ["PAID", "FULFILLED"]),
    )
] + [
    {"created_at": {"conditions": {"$today": True}}},
    {"created_at": {"conditions": {"$after": ["2018-05-30T22:00:00.000Z"]}}},
    {"updated_at": {"conditions": {"$before": "2018-05-30T22:00:00.000+02:00"}}},
    {"created_at": {"conditions": {"$after": "2018-05-30"}}},
    {
        "junction": "or",
        "discount_amount": {"conditions": {"$more_than": 100000}},
        "metadata.x": {"conditions": {"$is": "y"}},
    },
]


@pytest.mark.parametrize("filters", AS_WRITTEN, ids=lambda f: json.dumps(f)[:70])
def test_filters_reach_the_api_as_written(filters: dict[str, Any]) -> None:
    sent, handler = _capture()
    with make_client(handler) as client:
        client.orders.export(filters=filters)
    assert sent == [{"parameters": {"filters": filters}}]


async def test_filters_reach_the_api_as_written_async() -> None:
    sent, handler = _capture()
    async with make_async_client(handler) as client:
        for filters in AS_WRITTEN:
            await client.orders.export(filters=filters)
    assert sent == [{"parameters": {"filters": filters}} for filters in AS_WRITTEN]


def test_a_filters_model_goes_out_as_written() -> None:
    from voucherify_orders_client.models import OrderExportFilters

    filters = {
        "junction": "or",
        "created_at": {"conditions": {"$after": ["2018-05-30T22:00:00.000Z"], "$today": True}},
        "metadata.payment_mean": {"conditions": {"$in": ["card", "cash"]}},
    }
    sent, handler = _capture()
    with make_client(handler) as client:
        client.orders.export(filters=OrderExportFilters.from_dict(filters))  # type: ignore[arg-type]
    assert sent == [{"parameters": {"filters": filters}}]


@pytest.mark.parametrize(
    ("filters", "where"),
    [
        ({"status": {"conditions": {"$bogus": 1}}}, "filters.status.conditions.$bogus"),
        (
            {"created_at": {"conditions": {"$after ": "2018-05-30T22:00:00.000Z"}}},
            "filters.created_at.conditions",
        ),
        # A null operand is refused, not dropped: dropping it would leave an empty condition,
        # which filters nothing and exports every order.
        ({"status": {"conditions": {"$is_unknown": None}}}, "filters.status.conditions.$is_unknown"),
        ({"metadata.x": {"conditions": {"$in": None}}}, "filters.metadata.x.conditions.$in"),
        ({"status": {"conditions": None}}, "filters.status.conditions"),
    ],
)
def test_what_the_api_cannot_take_is_refused_before_sending(filters: dict[str, Any], where: str) -> None:
    sent, handler = _capture()
    with (
        make_client(handler) as client,
        pytest.raises(ParameterError, match=rf"^{where.replace('$', '[$]')}"),
    ):
        client.orders.export(filters=filters)
    assert sent == []


# -- the emulator ---------------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 28, 12, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


TODAY = dt.datetime(2026, 11, 28, 12, 0, tzinfo=dt.UTC)  # a Saturday

# source_id: (created at, amount, status, metadata)
ORDERS: dict[str, tuple[dt.datetime, int, str, dict[str, Any]]] = {
    "old": (dt.datetime(2018, 5, 30, 21, 0, tzinfo=dt.UTC), 100, "PAID", {"tags": ["a", "b"]}),
    "after": (dt.datetime(2018, 5, 30, 22, 30, tzinfo=dt.UTC), 2000, "CREATED", {"region": "north"}),
    "lastyear": (dt.datetime(2025, 11, 29, 8, 0, tzinfo=dt.UTC), 150000, "FULFILLED", {"region": "south"}),
    "lastmonth": (dt.datetime(2026, 10, 31, 8, 0, tzinfo=dt.UTC), 500, "PAID", {"n": 7}),
    "monday": (dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC), 700, "CANCELED", {}),
    "yesterday": (
        dt.datetime(2026, 11, 27, 23, 59, tzinfo=dt.UTC),
        0,
        "PAID",
        {"when": "2026-11-28T01:00:00Z"},
    ),
    "today": (dt.datetime(2026, 11, 28, 0, 1, tzinfo=dt.UTC), 300, "PAID", {"n": 12}),
}


@pytest.fixture(scope="module")
def emulator() -> Emulator:
    clock = Clock()
    emulator = Emulator(seed=5, now=clock)
    with emulator.client() as client:
        for source_id, (created, amount, status, metadata) in ORDERS.items():
            clock.now = created
            client.orders.create(
                {"source_id": source_id, "amount": amount, "status": status, "metadata": metadata}
            )
    clock.now = TODAY
    return emulator


def exported(emulator: Emulator, filters: dict[str, Any]) -> list[str]:
    with emulator.client() as client:
        export = client.orders.export(fields=["source_id"], order="created_at", filters=filters)
        return [row["source_id"] for row in client.exports.iter_rows(export)]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (
            {"created_at": {"conditions": {"$after": ["2018-05-30T22:00:00.000Z"]}}},
            ["after", "lastyear", "lastmonth", "monday", "yesterday", "today"],
        ),
        (
            {"created_at": {"conditions": {"$after": "2018-05-31T00:00:00.000+02:00"}}},
            ["after", "lastyear", "lastmonth", "monday", "yesterday", "today"],
        ),
        ({"created_at": {"conditions": {"$before": "2018-05-30T22:00:00.000Z"}}}, ["old"]),
        ({"created_at": {"conditions": {"$today": True}}}, ["today"]),
        ({"created_at": {"conditions": {"$yesterday": True}}}, ["yesterday"]),
        ({"created_at": {"conditions": {"$this_week": True}}}, ["monday", "yesterday", "today"]),
        ({"created_at": {"conditions": {"$last_month": True}}}, ["lastmonth"]),
        ({"created_at": {"conditions": {"$this_year": True}}}, ["lastmonth", "monday", "yesterday", "today"]),
        ({"created_at": {"conditions": {"$last_year": True}}}, ["lastyear"]),
        ({"created_at": {"conditions": {"$is_days_ago": 1}}}, ["yesterday"]),
        ({"created_at": {"conditions": {"$less_than_ago": [6]}}}, ["monday", "yesterday", "today"]),
        ({"created_at": {"conditions": {"$more_than_ago": 365}}}, ["old", "after"]),
        ({"created_at": {"conditions": {"$is_day_of_month": 30}}}, ["old", "after"]),
        ({"created_at": {"conditions": {"$is_day": 1}}}, ["monday"]),
        ({"created_at": {"conditions": {"$is_month": "11"}}}, ["lastyear", "monday", "yesterday", "today"]),
        ({"created_at": {"conditions": {"$is_year": 2018}}}, ["old", "after"]),
        ({"created_at": {"conditions": {"$is_years_ago": 8}}}, ["old", "after"]),
        ({"created_at": {"conditions": {"$is_days_in_future_md": 1}}}, ["lastyear"]),
        ({"created_at": {"conditions": {"$today_md": True}}}, ["today"]),
        ({"created_at": {"conditions": {"$has_value": True}}}, list(ORDERS)),
        ({"amount": {"conditions": {"$more_than": 100000}}}, ["lastyear"]),
        ({"amount": {"conditions": {"$more_than_equal": 500, "$less_than": 2000}}}, ["lastmonth", "monday"]),
        ({"amount": {"conditions": {"$in": [100, 300]}}}, ["old", "today"]),
        ({"amount": {"conditions": {"$is": ["0"]}}}, ["yesterday"]),
        ({"status": {"conditions": {"$in": ["CREATED", "CANCELED"]}}}, ["after", "monday"]),
        ({"status": {"conditions": {"$is_not": "PAID"}}}, ["after", "lastyear", "monday"]),
        ({"source_id": {"conditions": {"$starts_with": "last"}}}, ["lastyear", "lastmonth"]),
        ({"source_id": {"conditions": {"$contains": ["day"]}}}, ["monday", "yesterday", "today"]),
        ({"metadata.region": {"conditions": {"$is": "north"}}}, ["after"]),
        ({"metadata.region": {"conditions": {"$has_value": True}}}, ["after", "lastyear"]),
        ({"metadata.n": {"conditions": {"$more_than": 10}}}, ["today"]),
        ({"metadata.tags": {"conditions": {"$count": 2}}}, ["old"]),
        ({"metadata.when": {"conditions": {"$today": True}}}, ["yesterday"]),
        (
            {
                "junction": "or",
                "status": {"conditions": {"$is": "CREATED"}},
                "amount": {"conditions": {"$more_than": 100000}},
            },
            ["after", "lastyear"],
        ),
        (
            {"status": {"conditions": {"$is": "PAID"}}, "created_at": {"conditions": {"$this_year": True}}},
            ["lastmonth", "yesterday", "today"],
        ),
    ],
    ids=lambda v: json.dumps(v)[:60] if isinstance(v, dict) else None,
)
def test_the_emulator_applies_the_documented_operators(
    emulator: Emulator, filters: dict[str, Any], expected: list[str]
) -> None:
    assert exported(emulator, filters) == expected


def _raw_export(emulator: Emulator, filters: Any) -> httpx.Response:
    with httpx.Client(transport=emulator.transport(), base_url="https://api.voucherify.io") as http:
        return http.post(
            "/v1/orders/export",
            json={"parameters": {"filters": filters}},
            headers={"X-App-Id": emulator.app_id, "X-App-Token": emulator.secret_key},
        )


@pytest.mark.parametrize(
    "conditions",
    [{"$bogus": 1}, {"$IN": ["PAID"]}, {"$is": None}, {"$in": [["PAID"]]}, {"$is": {"a": 1}}],
    ids=json.dumps,
)
def test_an_unknown_condition_gets_the_api_s_own_400(emulator: Emulator, conditions: dict[str, Any]) -> None:
    before = len(emulator.exports)
    answer = _raw_export(emulator, {"status": {"conditions": conditions}})
    assert answer.status_code == 400
    assert answer.json()["key"] == "invalid_payload"
    assert answer.json()["details"] == OFFICIAL_400_DETAILS
    assert len(emulator.exports) == before  # nothing scheduled, so nothing exported


@pytest.mark.parametrize(
    ("filters", "details"),
    [
        ({"statuss": {"conditions": {"$is": "PAID"}}}, "Property .parameters.filters.statuss is not allowed"),
        ({"id": {"conditions": {"$is": "ord_1"}}}, "Property .parameters.filters.id is not allowed"),
        ({"metadata": {"conditions": {"$is": "x"}}}, "Property .parameters.filters.metadata is not allowed"),
        (
            {"amount": {"conditions": {"$today": True}}},
            "Property .parameters.filters.amount.conditions.$today does not apply",
        ),
        (
            {"status": {"conditions": {"$more_than": 1}}},
            "Property .parameters.filters.status.conditions.$more_than does not apply",
        ),
        (
            {"created_at": {"conditions": {"$contains": "2018"}}},
            "Property .parameters.filters.created_at.conditions.$contains does not apply",
        ),
        (
            {"created_at": {"conditions": {"$is": "2018-05-30T22:00:00.000Z"}}},
            "Property .parameters.filters.created_at.conditions.$is does not apply",
        ),
        (
            {"metadata.geo": {"conditions": {"$in_location": "x"}}},
            "Property .parameters.filters.metadata.geo.conditions.$in_location does not apply",
        ),
        (
            {"status": {"conditions": {"$redeemable": True}}},
            "Property .parameters.filters.status.conditions.$redeemable does not apply",
        ),
        (
            {"created_at": {"conditions": {"$after": "yesterday"}}},
            "Property .parameters.filters.created_at.conditions.$after should be an ISO 8601 date-time",
        ),
        (
            {"created_at": {"conditions": {"$after": ["2018-01-01", "2019-01-01"]}}},
            "Property .parameters.filters.created_at.conditions.$after takes one value, got 2",
        ),
        (
            {"created_at": {"conditions": {"$is_days_ago": "two"}}},
            "Property .parameters.filters.created_at.conditions.$is_days_ago should be a whole number",
        ),
        (
            {"amount": {"conditions": {"$more_than": "lots"}}},
            "Property .parameters.filters.amount.conditions.$more_than should be a number",
        ),
    ],
    ids=lambda v: json.dumps(v)[:60] if isinstance(v, dict) else None,
)
def test_a_filter_the_emulator_cannot_apply_is_a_400_not_every_order(
    emulator: Emulator, filters: dict[str, Any], details: str
) -> None:
    before = len(emulator.exports)
    answer = _raw_export(emulator, filters)
    assert answer.status_code == 400, answer.text
    assert answer.json()["details"].startswith(details)
    assert len(emulator.exports) == before
    # Through the client it is a BadRequestError naming the field, not an export of every order.
    with emulator.client() as client, pytest.raises(BadRequestError, match=r"parameters\.filters"):
        client.orders.export(filters=filters)


def test_every_documented_operator_is_applied_or_refused_on_every_field(emulator: Emulator) -> None:
    from voucherify_orders.emulator._filters import APPLIES, FIELDS

    value = {
        "$after": "2018-05-30T22:00:00.000Z",
        "$before": "2018-05-30T22:00:00.000Z",
        "$in": ["1"],
        "$not_in": ["1"],
    }
    for field, kind in [*FIELDS.items(), ("metadata.region", "metadata")]:
        for op in DOCUMENTED:
            answer = _raw_export(emulator, {field: {"conditions": {op: value.get(op, 1)}}})
            expected = 200 if op in APPLIES[kind] else 400
            assert answer.status_code == expected, (field, op, answer.text)


def test_the_export_echoes_the_filters_as_sent(emulator: Emulator) -> None:
    filters = {"created_at": {"conditions": {"$after": ["2018-05-30T22:00:00.000Z"]}}}
    answer = _raw_export(emulator, filters)
    # The create's answer as sent (the official create example); a read adds the default junction.
    assert answer.json()["parameters"] == {"filters": filters}
    with httpx.Client(transport=emulator.transport(), base_url="https://api.voucherify.io") as http:
        read = http.get(
            f"/v1/exports/{answer.json()['id']}",
            headers={"X-App-Id": emulator.app_id, "X-App-Token": emulator.secret_key},
        )
    assert read.json()["parameters"]["filters"] == {**filters, "junction": "and"}


def test_the_cli_filter_takes_the_documented_operators(emulator: Emulator, tmp_path: Any) -> None:
    from tests.e2e.test_cli import run

    with emulator.serve() as server:
        result = run(
            server,
            "--app-id",
            emulator.app_id,
            "--secret-key",
            emulator.secret_key,
            "orders",
            "export",
            "--field",
            "source_id",
            "--filter",
            "created_at:$after=2018-05-30T22:00:00.000Z",
            "--filter",
            "created_at:$this_year",
            "--filter",
            "status:$in=PAID,CANCELED",
            "--filter",
            "amount:$is_unknown",
            "--filter",
            'metadata.note:$in=["a,b","c"]',
            "--filter",
            'updated_at:$before=["2030-01-01T00:00:00.000Z"]',
            "-o",
            str(tmp_path / "out.csv"),
        )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out.csv").read_text().splitlines() == ["source_id"]
    sent = emulator.exports[-1]["parameters"]["filters"]
    assert sent == {
        "junction": "and",
        "created_at": {"conditions": {"$after": "2018-05-30T22:00:00.000Z", "$this_year": True}},
        "status": {"conditions": {"$in": ["PAID", "CANCELED"]}},
        "amount": {"conditions": {"$is_unknown": True}},
        "metadata.note": {"conditions": {"$in": ["a,b", "c"]}},
        "updated_at": {"conditions": {"$before": ["2030-01-01T00:00:00.000Z"]}},
    }


def test_the_cli_refuses_an_unknown_operator_before_sending(emulator: Emulator) -> None:
    from tests.e2e.test_cli import run

    with emulator.serve() as server:
        before = len(emulator.exports)
        result = run(server, "--app-id", emulator.app_id, "--secret-key", emulator.secret_key,
                     "orders", "export", "--filter", "status:$bogus=1")  # fmt: skip
    assert result.returncode == 2
    assert "$bogus" in result.stderr
    assert len(emulator.exports) == before
