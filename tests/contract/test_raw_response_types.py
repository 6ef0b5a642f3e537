"""`with_raw_response` is typed: each call's `APIResponse[Model]`, from protocols the generator writes.

It was `Any`, so a user's mypy passed `raw.parsd` or `raw.orders.gett(...)` without a word.
Each tag now has generated raw protocols (sync and async) with the resource's own signatures,
returning `APIResponse[...]` (a page, which carries its own `response`); the hand-written layer
adds `upsert`, the one convenience that is a single call. Checked: a user's program under
mypy --strict; the protocols against the resources they mirror, method by method; and every
method of the raw protocols, run through a mock transport, returning what it declares.
"""

from __future__ import annotations

import importlib
import inspect
from typing import Any

import httpx
import pytest
from voucherify_orders import APIResponse, AsyncVoucherify, Voucherify
from voucherify_orders_client import api
from voucherify_orders_client.api import TAGS, AsyncRawResources, SyncRawResources

from tests.conftest import ROOT
from tests.contract.test_page_types import line_of, mypy

pytestmark = pytest.mark.slow

RAW_PROGRAM = """
    from voucherify_orders import AsyncVoucherify, Voucherify

    async def main() -> None:
        raw = Voucherify("app", "key").with_raw_response
        got = raw.orders.get("ord_1")
        reveal_type(got)  # sync get
        reveal_type(got.parsed.id)  # sync parsed id
        reveal_type(got.rate_limit.remaining)  # sync rate limit
        reveal_type(got.status_code)  # sync status
        reveal_type(raw.orders.upsert({"source_id": "s"}))  # sync upsert
        reveal_type(raw.exports.get("exp_1"))  # sync export
        reveal_type(raw.orders.list().response.parsed.total)  # sync page response
        reveal_type(raw.with_raw_response.orders.create({"source_id": "s"}))  # sync twice
        araw = AsyncVoucherify("app", "key").with_raw_response
        reveal_type(await araw.orders.update("ord_1", {"status": "PAID"}))  # async update
        reveal_type(await araw.orders.upsert({"source_id": "s"}))  # async upsert
        reveal_type(await araw.async_actions.get("aa_1"))  # async action
        got.parsd  # typo in the response
        raw.orders.gett("ord_1")  # typo in the method
        raw.orders.import_orders([])  # a workflow of many calls has no one answer
        await araw.orders.get(1)  # a wrong argument
"""


def test_a_user_program_sees_each_raw_call_typed(tmp_path: Any) -> None:
    revealed, errors, out = mypy(RAW_PROGRAM, [ROOT / "generated", ROOT / "overrides"], tmp_path)
    response = "voucherify_orders_client.client.APIResponse"
    order = f"{response}[voucherify_orders_client.models.order.Order]"
    expected = {
        "# sync get": order,
        "# sync parsed id": "str",
        "# sync rate limit": "int | None",
        "# sync status": "int",
        "# sync upsert": order,
        "# sync export": f"{response}[voucherify_orders_client.models.export.Export]",
        "# sync page response": "int",
        "# sync twice": order,
        "# async update": order,
        "# async upsert": order,
        "# async action": f"{response}[voucherify_orders_client.models.async_action.AsyncAction]",
    }
    for marker, shown in expected.items():
        assert revealed.get(line_of(RAW_PROGRAM, marker)) == shown, (marker, out)
    assert 'has no attribute "parsd"' in errors[line_of(RAW_PROGRAM, "# typo in the response")], out
    assert 'has no attribute "gett"' in errors[line_of(RAW_PROGRAM, "# typo in the method")], out
    assert 'has no attribute "import_orders"' in errors[line_of(RAW_PROGRAM, "# a workflow")], out
    assert "incompatible type" in errors[line_of(RAW_PROGRAM, "# a wrong argument")], out
    assert len(errors) == 4, out


def resource_pairs() -> list[tuple[str, type, type]]:
    """Per tag and side: the generated resource class and the raw protocol that mirrors it."""
    pairs = []
    for tag in TAGS:
        module = importlib.import_module(f"{api.__name__}.{tag}")
        name = "".join(part.title() for part in tag.split("_"))
        pairs.append((tag, getattr(module, f"{name}Resource"), getattr(module, f"{name}RawResource")))
        pairs.append(
            (tag, getattr(module, f"Async{name}Resource"), getattr(module, f"Async{name}RawResource"))
        )
    return pairs


@pytest.mark.parametrize(
    ("tag", "resource", "raw"), resource_pairs(), ids=lambda value: getattr(value, "__name__", value)
)
def test_each_raw_protocol_mirrors_its_resource_method_by_method(tag: str, resource: type, raw: type) -> None:
    def methods(cls: type) -> set[str]:
        return {name for name, value in vars(cls).items() if inspect.isfunction(value) and name[0] != "_"}

    assert methods(resource) and methods(resource) == methods(raw)
    for name in methods(resource):
        ours, theirs = inspect.signature(getattr(resource, name)), inspect.signature(getattr(raw, name))
        assert list(ours.parameters.values()) == list(theirs.parameters.values()), (tag, name)
        assert inspect.iscoroutinefunction(getattr(resource, name)) == inspect.iscoroutinefunction(
            getattr(raw, name)
        )
        returned = str(theirs.return_annotation)
        if returned.endswith("Page"):
            assert returned == ours.return_annotation, (tag, name)
        else:
            assert returned == f"APIResponse[{ours.return_annotation}]", (tag, name)


def test_the_raw_views_name_every_tag() -> None:
    for view in (SyncRawResources, AsyncRawResources):
        assert {name for name, value in vars(view).items() if isinstance(value, property)} == set(TAGS)


ANSWERS = {
    "/v1/orders": {"object": "list", "data_ref": "orders", "orders": [], "total": 0},
    "/v1/exports/exp_1": {
        "id": "exp_1",
        "object": "export",
        "created_at": "2026-01-01T00:00:00.000Z",
        "status": "SCHEDULED",
        "exported_object": "order",
        "parameters": {},
        "result": None,
        "user_id": None,
    },
}


def answer(request: httpx.Request) -> httpx.Response:
    order = {"id": "ord_1", "object": "order", "source_id": "s", "status": "PAID", "amount": 1}
    if request.url.path == "/v1/orders" and request.method == "GET":
        return httpx.Response(200, json=ANSWERS["/v1/orders"])
    if request.url.path.startswith("/v1/exports/"):
        return httpx.Response(200, json=ANSWERS["/v1/exports/exp_1"])
    return httpx.Response(200, json=order, headers={"x-rate-limit-remaining": "7"})


def test_the_raw_calls_return_what_they_declare_at_run_time() -> None:
    with Voucherify(
        "app", "key", base_url="https://api.test", transport=httpx.MockTransport(answer)
    ) as client:
        raw = client.with_raw_response
        got = raw.orders.get("ord_1")
        assert isinstance(got, APIResponse) and got.parsed.id == "ord_1" and got.rate_limit.remaining == 7
        assert isinstance(raw.orders.upsert({"source_id": "s"}), APIResponse)
        assert isinstance(raw.orders.update("ord_1", {"status": "PAID"}), APIResponse)
        assert raw.exports.get("exp_1").parsed.id == "exp_1"
        page = raw.orders.list()
        assert isinstance(page.response, APIResponse) and page.total == 0
        assert client.orders.get("ord_1").id == "ord_1"  # the client itself stays plain


async def test_the_async_raw_calls_return_what_they_declare_at_run_time() -> None:
    transport = httpx.MockTransport(answer)
    async with AsyncVoucherify("app", "key", base_url="https://api.test", transport=transport) as client:
        raw = client.with_raw_response
        assert raw.with_raw_response is raw
        got = await raw.orders.create({"source_id": "s"})
        assert isinstance(got, APIResponse) and got.status_code == 200 and got.retries == 0
        assert (await raw.exports.get("exp_1")).parsed.id == "exp_1"
        assert (await client.orders.get("ord_1")).id == "ord_1"
