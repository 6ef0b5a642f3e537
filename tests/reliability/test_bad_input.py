"""Every out-of-range or wrongly typed argument is refused before any request, naming the parameter."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from voucherify_orders import AsyncVoucherify, ParameterError, Voucherify

WRONG = [None, 7, 2.5, True, "", [], {}, b"bytes", object()]

# (method path on the client, a valid call's keyword arguments, the parameter being spoiled)
CALLS: list[tuple[str, dict[str, Any], str]] = [
    ("orders.get", {"order_id": "o"}, "order_id"),
    ("orders.update", {"order_id": "o", "changes": {"status": "PAID"}}, "order_id"),
    ("orders.update", {"order_id": "o", "changes": {"status": "PAID"}}, "changes"),
    ("orders.create", {"order": {"amount": 1}}, "order"),
    ("orders.upsert", {"order": {"source_id": "s"}}, "order"),
    ("orders.list", {"limit": 10}, "limit"),
    ("orders.list", {"page": 2}, "page"),
    ("orders.list", {"order": "created_at"}, "order"),
    ("async_actions.get", {"async_action_id": "aa_1"}, "async_action_id"),
    ("exports.get", {"export_id": "exp_1"}, "export_id"),
    ("orders.export", {"fields": ["id"]}, "fields"),
    ("orders.export", {"order": "-created_at"}, "order"),
    ("orders.export", {"filters": {"junction": "and"}}, "filters"),
]
OUT_OF_RANGE: list[tuple[str, dict[str, Any], str]] = [
    ("orders.list", {"limit": 0}, "limit"),
    ("orders.list", {"limit": 101}, "limit"),
    ("orders.list", {"page": 0}, "page"),
    ("orders.list", {"page": 101}, "page"),
    ("orders.list", {"order": "amount"}, "order"),
    ("orders.export", {"order": "amount"}, "order"),
    ("orders.export", {"fields": ["nope"]}, "fields[0]"),
    ("orders.create", {"order": {"status": "PAYED"}}, "order.status"),
    ("orders.create", {"order": {"items": [{"related_object": "bundle"}]}}, "order.items[0].related_object"),
    ("orders.upsert", {"order": {"amount": 1}}, "order"),
    ("orders.import_orders", {"orders": [{"source_id": "a"}], "chunk_size": 0}, "chunk_size"),
    ("orders.import_orders", {"orders": [{"source_id": "a"}], "chunk_size": 2001}, "chunk_size"),
]


def _method(client: Any, path: str) -> Any:
    owner, name = path.split(".")
    return getattr(getattr(client, owner), name)


# Values that are valid for a parameter, so not a spoiled call (None leaves an optional one out).
VALID: dict[str, list[Any]] = {
    "limit": [None, 7],
    "page": [None, 7],
    "fields": [None, []],
    "filters": [None, {}],
    "changes": [{}],
    "order": [None],
}


def _cases() -> list[tuple[str, dict[str, Any], str]]:
    cases = []
    for path, valid, parameter in CALLS:
        for wrong in WRONG:
            fine = VALID.get(parameter, [])
            if path == "orders.create" and parameter == "order":
                fine = [{}]  # an empty order is a valid create
            if any(wrong is v or (type(wrong) is type(v) and wrong == v) for v in fine):
                continue
            cases.append((path, {**valid, parameter: wrong}, parameter))
    return cases + OUT_OF_RANGE


@pytest.mark.parametrize(("path", "kwargs", "parameter"), _cases())
def test_refused_before_any_request(path: str, kwargs: dict[str, Any], parameter: str) -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(500))
    with Voucherify("a", "s", transport=transport) as client, pytest.raises(ParameterError) as caught:
        _method(client, path)(**kwargs)
    assert sent == []
    # The error names the spoiled parameter (or a path inside it: `order.items[0].quantity`).
    assert caught.value.parameter == parameter or caught.value.parameter.startswith(
        (parameter + ".", parameter + "[")
    )
    assert str(caught.value).startswith(caught.value.parameter + ": ")


@pytest.mark.parametrize(("path", "kwargs", "parameter"), OUT_OF_RANGE[:6])
async def test_refused_before_any_request_async(path: str, kwargs: dict[str, Any], parameter: str) -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(500))
    async with AsyncVoucherify("a", "s", transport=transport) as client:
        with pytest.raises(ParameterError) as caught:
            await _method(client, path)(**kwargs)
    assert sent == [] and caught.value.parameter == parameter


@pytest.mark.parametrize(
    ("order", "where"),
    [
        ({"source_id": "a\udc80"}, "order.source_id"),  # a typed string
        ({"source_id": "a", "metadata": {"note": "\udc80"}}, "order.metadata.note"),  # free-form
        ({"source_id": "a", "metadata": {"\ud800": 1}}, "order.metadata"),  # a key
    ],
)
def test_a_lone_surrogate_is_refused_before_sending(order: dict[str, Any], where: str) -> None:
    # JSON's "\udc80" escape reads as one. Before: a bare UnicodeEncodeError as the request was
    # built, and in an import after earlier chunks went in, on every --resume again.
    transport = httpx.MockTransport(lambda request: httpx.Response(500))
    with Voucherify("a", "s", transport=transport) as client, pytest.raises(ParameterError) as caught:
        client.orders.create(order)
    assert caught.value.parameter == where and "lone surrogate" in caught.value.problem


def test_an_import_record_with_a_lone_surrogate_is_that_records_failure(tmp_path: Path) -> None:
    from voucherify_orders.emulator import Emulator

    source = tmp_path / "orders.ndjson"
    source.write_text(
        '{"source_id": "a"}\n{"source_id": "b", "metadata": {"note": "\\udc80"}}\n{"source_id": "c"}\n'
    )
    emulator = Emulator()
    with emulator.client() as client:
        report = client.orders.import_orders(source, chunk_size=1)
    assert report.imported == 2 and [(f.position, f.outcome) for f in report.failed] == [(2, "invalid")]
    assert sorted(order["source_id"] for order in emulator.orders) == ["a", "c"]
