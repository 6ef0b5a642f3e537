"""A page is typed by its list model: `page.orders` is `list[Order]`, and a misspelt field is an error.

The run-time page reads its list model's own fields through from `data` (`page.orders`,
`page.data_ref`); the generated page protocols once ended in `__getattr__ -> Any`, so a user's
mypy read every such field, and any typo (`page.totl`), as `Any`. Each list operation now has
its own page protocol declaring the model's fields. Checked here on the spec as it is and on a
spec given a second paginated operation (another tag, optional fields, a field named like one
the page has itself), regenerated: the protocols, a user's program under mypy --strict, and
the same program run against a mock transport.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml
from voucherify_orders_client import client
from voucherify_orders_client.api.orders import OrdersListAsyncPage, OrdersListSyncPage

from tests.conftest import ROOT, SPEC_PATH
from tests.contract.test_generation_checks import generate

pytestmark = pytest.mark.slow

MODELS = "voucherify_orders_client.models"
ERRORS = {"400": {"$ref": "#/components/responses/BadRequest"}}


def paged_refunds_spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    spec["tags"].append({"name": "refunds"})
    schemas = spec["components"]["schemas"]
    schemas["Refund"] = {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}
    schemas["RefundsList"] = {
        "type": "object",
        "required": ["total"],
        "properties": {
            "refunds": {"type": "array", "items": {"$ref": "#/components/schemas/Refund"}},
            "total": {"type": "integer"},
            # Named like the page's own `page` (its number): the page's wins, so it is not declared.
            "page": {"type": "string"},
            "has_more": {"type": "boolean", "description": "Whether later pages hold more refunds."},
            "as_of": {"type": "string", "format": "date-time"},
        },
    }
    bounded = {"type": "integer", "minimum": 1, "maximum": 100}
    spec["paths"]["/v1/refunds"] = {
        "get": {
            "operationId": "list-refunds",
            "tags": ["refunds"],
            "summary": "List refunds",
            "x-pagination": {
                "page": "page",
                "limit": "limit",
                "items": "refunds",
                "total": "total",
                "default-limit": 10,
            },
            "parameters": [
                {"name": "page", "in": "query", "schema": bounded},
                {"name": "limit", "in": "query", "schema": bounded},
            ],
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RefundsList"}}},
                },
                **ERRORS,
            },
        }
    }
    return spec


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("page_types")
    result = generate(paged_refunds_spec(), folder)
    assert result.returncode == 0, result.stderr
    return folder / "g"


def mypy(program: str, search: list[Path], tmp_path: Path) -> tuple[dict[int, str], dict[int, str], str]:
    """mypy --strict on `program`: the revealed types and the errors, by line, and its output."""
    (tmp_path / "user_program.py").write_text(textwrap.dedent(program).lstrip())
    (tmp_path / "mypy.ini").write_text("[mypy]\n")
    env = dict(os.environ, MYPYPATH=os.pathsep.join(str(path) for path in search))
    command = [sys.executable, "-m", "mypy", "--strict", "--config-file", "mypy.ini", "--cache-dir", ".cache"]
    checked = subprocess.run(
        [*command, "user_program.py"], cwd=tmp_path, env=env, capture_output=True, text=True, check=False
    )
    out = checked.stdout + checked.stderr
    revealed = {
        int(line): shown
        for line, shown in re.findall(r"user_program\.py:(\d+): note: Revealed type is \"(.*)\"", out)
    }
    errors = {int(line): text for line, text in re.findall(r"user_program\.py:(\d+): error: (.*)", out)}
    return revealed, errors, out


def line_of(program: str, text: str) -> int:
    lines = textwrap.dedent(program).lstrip().splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


ORDERS_PROGRAM = """
    from voucherify_orders import AsyncVoucherify, Voucherify

    async def main() -> None:
        page = Voucherify("app", "key").orders.list(limit=100)
        print(page.total, len(page.orders))
        reveal_type(page.orders)  # sync orders
        reveal_type(page.data_ref)  # sync data_ref
        reveal_type(page.object_)  # sync object_
        reveal_type(page.next_page().orders)  # sync next orders
        for later in page.iter_pages():
            reveal_type(later.orders)  # sync later orders
        apage = await AsyncVoucherify("app", "key").orders.list()
        reveal_type(apage.orders)  # async orders
        reveal_type((await apage.next_page()).data_ref)  # async next data_ref
        async for alater in apage.iter_pages():
            reveal_type(alater.orders)  # async later orders
        page.totl  # sync typo
        apage.totl  # async typo
        page.next_page().ordrs  # sync next typo
"""


def test_the_orders_page_declares_the_list_models_fields_with_their_types(tmp_path: Path) -> None:
    revealed, errors, out = mypy(ORDERS_PROGRAM, [ROOT / "generated", ROOT / "overrides"], tmp_path)
    orders = "list[voucherify_orders_client.models.order.Order]"
    expected = {
        "# sync orders": orders,
        "# sync data_ref": f"{MODELS}.orders_list_data_ref.OrdersListDataRef",
        "# sync object_": f"{MODELS}.orders_list_object.OrdersListObject",
        "# sync next orders": orders,
        "# sync later orders": orders,
        "# async orders": orders,
        "# async next data_ref": f"{MODELS}.orders_list_data_ref.OrdersListDataRef",
        "# async later orders": orders,
    }
    for marker, shown in expected.items():
        assert revealed.get(line_of(ORDERS_PROGRAM, marker)) == shown, (marker, out)
    assert 'has no attribute "totl"' in errors[line_of(ORDERS_PROGRAM, "# sync typo")], out
    assert 'has no attribute "totl"' in errors[line_of(ORDERS_PROGRAM, "# async typo")], out
    assert 'has no attribute "ordrs"' in errors[line_of(ORDERS_PROGRAM, "# sync next typo")], out
    assert len(errors) == 3, out


def test_the_page_protocols_are_importable_and_end_in_no_getattr() -> None:
    assert "__getattr__" not in vars(client._PageFields)
    for page in (OrdersListSyncPage, OrdersListAsyncPage):
        assert {"orders", "data_ref", "object_"} <= set(vars(page)), page
        # The page's own total (and items, page, limit) is not declared again from the model.
        assert "total" not in vars(page)


def test_a_second_paginated_operation_gets_its_own_typed_page(regenerated: Path) -> None:
    module = (regenerated / "voucherify_orders_client" / "api" / "refunds" / "__init__.py").read_text()
    assert 'class RefundsListSyncPage(SyncPage["RefundsList", "Refund"], Protocol):' in module
    assert 'class RefundsListAsyncPage(AsyncPage["RefundsList", "Refund"], Protocol):' in module
    assert ") -> RefundsListSyncPage:" in module
    assert ") -> RefundsListAsyncPage:" in module
    assert "def refunds(self) -> list[Refund] | Unset:" in module
    assert "def has_more(self) -> bool | Unset:" in module
    assert "Whether later pages hold more refunds." in module
    # What the types name is imported for the type checker, and nothing else (UNSET, isoparse).
    assert "def as_of(self) -> datetime.datetime | Unset:" in module
    imports = module.partition("if TYPE_CHECKING:\n")[2].partition("\n\n__all__")[0]
    expected = "import datetime from ...models import Refund, RefundsList from ...types import Unset"
    assert " ".join(imports.split()) == expected, imports
    # Fields the page has itself are the page's: not declared from the model.
    assert "def page(self)" not in module and "def total(self)" not in module
    orders = (regenerated / "voucherify_orders_client" / "api" / "orders" / "__init__.py").read_text()
    assert ") -> OrdersListSyncPage:" in orders
    # The new tag's raw view (with_raw_response.refunds), whose page carries its own response.
    assert "class RefundsRawResource(Protocol):" in module
    assert "class AsyncRefundsRawResource(Protocol):" in module
    tags = (regenerated / "voucherify_orders_client" / "api" / "__init__.py").read_text()
    assert "def refunds(self) -> RefundsRawResource: ..." in tags
    assert "def refunds(self) -> AsyncRefundsRawResource: ..." in tags


REFUNDS_PROGRAM = """
    from voucherify_orders import AsyncVoucherify, Voucherify

    async def main() -> None:
        page = Voucherify("app", "key").refunds.list()
        reveal_type(page.refunds)  # sync refunds
        reveal_type(page.has_more)  # sync has_more
        reveal_type(page.page)  # sync page number
        reveal_type(page.total)  # sync total
        reveal_type(page.next_page().refunds)  # sync next refunds
        for refund in page:
            reveal_type(refund)  # sync item
        apage = await AsyncVoucherify("app", "key").refunds.list()
        reveal_type(apage.refunds)  # async refunds
        async for alater in apage.iter_pages():
            reveal_type(alater.has_more)  # async later has_more
        reveal_type(Voucherify("app", "key").orders.list().orders)  # orders still
        page.refundz  # sync typo
        apage.total_count  # async typo
"""


def test_a_user_program_on_the_second_paginated_operation_type_checks(
    regenerated: Path, tmp_path: Path
) -> None:
    revealed, errors, out = mypy(REFUNDS_PROGRAM, [regenerated, ROOT / "overrides"], tmp_path)
    refunds = f"list[{MODELS}.refund.Refund] | voucherify_orders_client.types.Unset"
    expected = {
        "# sync refunds": refunds,
        "# sync has_more": "bool | voucherify_orders_client.types.Unset",
        "# sync page number": "int",
        "# sync total": "int",
        "# sync next refunds": refunds,
        "# sync item": f"{MODELS}.refund.Refund",
        "# async refunds": refunds,
        "# async later has_more": "bool | voucherify_orders_client.types.Unset",
        "# orders still": f"list[{MODELS}.order.Order]",
    }
    for marker, shown in expected.items():
        assert revealed.get(line_of(REFUNDS_PROGRAM, marker)) == shown, (marker, out)
    assert 'has no attribute "refundz"' in errors[line_of(REFUNDS_PROGRAM, "# sync typo")], out
    assert 'has no attribute "total_count"' in errors[line_of(REFUNDS_PROGRAM, "# async typo")], out
    assert len(errors) == 2, out


RUN = """
    import asyncio, httpx
    from voucherify_orders import AsyncVoucherify, Voucherify
    from voucherify_orders_client.types import UNSET

    def answer(request):
        page = int(request.url.params.get("page", "1"))
        refunds = [{"id": f"r{page}"}]
        body = {"refunds": refunds, "total": 2, "page": "model's"}
        if page == 1:
            body["has_more"] = True
        return httpx.Response(200, json=body)

    with Voucherify("app", "secret", transport=httpx.MockTransport(answer)) as client:
        page = client.refunds.list(limit=1)
        assert [refund.id for refund in page.refunds] == ["r1"], page.refunds
        assert page.has_more is True and page.page == 1 and page.total == 2
        later = page.next_page()
        assert later.has_more is UNSET and later.page == 2 and later.refunds[0].id == "r2"
        assert [refund.id for refund in page] == ["r1", "r2"]

    async def main():
        async with AsyncVoucherify("app", "secret", transport=httpx.MockTransport(answer)) as client:
            page = await client.refunds.list(limit=1)
            assert page.refunds[0].id == "r1" and page.has_more is True
            assert [refund.id async for refund in page] == ["r1", "r2"]

    asyncio.run(main())
    print("ok")
"""


def test_the_declared_fields_are_what_the_page_reads_at_run_time(regenerated: Path) -> None:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(regenerated), str(ROOT / "overrides")]))
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", textwrap.dedent(RUN)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "ok"
