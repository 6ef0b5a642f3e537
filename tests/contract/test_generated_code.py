"""Whatever the spec's names and text, the generated code is valid, importable and typed as it says.

One copy of the spec, edited where the templates once went wrong, is generated into a temporary
folder once for the module; each test reads or runs that output (the calls in a subprocess,
through the hand-written clients, against an httpx.MockTransport).
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT, SPEC_PATH
from tests.contract.test_generation_checks import generate

pytestmark = pytest.mark.slow


def edited_spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    list_orders = spec["paths"]["/v1/orders"]["get"]
    # A query parameter named as the operation's own endpoint module (api/orders/list_orders.py).
    list_orders["parameters"].append(
        {
            "name": "list_orders",
            "in": "query",
            "schema": {"type": "string"},
            "description": "Shadows nothing.",
        }
    )
    # Spec text that is not plain prose, wherever it lands in a docstring.
    list_orders["summary"] = SUMMARY
    list_orders["description"] = DESCRIPTION
    list_orders["parameters"].append(
        {"name": "pattern", "in": "query", "schema": {"type": "string"}, "description": PARAMETER_DOC}
    )
    # Typed parameters: an inline enum (the generator makes ListOrdersChannel of it), a date-time,
    # a date, and a list of inline enums (ListOrdersStatusesItem).
    list_orders["parameters"] += [
        {"name": "channel", "in": "query", "schema": {"type": "string", "enum": ["web", "pos"]}},
        {"name": "created_after", "in": "query", "schema": {"type": "string", "format": "date-time"}},
        {"name": "created_on", "in": "query", "schema": {"type": "string", "format": "date"}},
        {
            "name": "statuses",
            "in": "query",
            "schema": {"type": "array", "items": {"type": "string", "enum": ["PAID", "CREATED"]}},
        },
    ]
    order = spec["components"]["schemas"]["Order"]
    order["description"] = MODEL_DOC
    order["properties"]["source_id"]["description"] = FIELD_DOC
    order["properties"]["id"]["description"] = 'Ends in a quote: "PAID"'
    return spec


SUMMARY = "List orders matching ^\\d+$"
DESCRIPTION = 'Use """triple""" quotes, a backslash \\d, a lone one \\ and \\N{DASH} or \\x.\n\n' + (
    "A long word with escapes: " + "\\u00e9\\" * 30
)
PARAMETER_DOC = 'A regular expression such as ^ord_\\d{4}$ or "\\w+"'
MODEL_DOC = 'An order. Its source_id matches `[^\\\\"]+` (no """ either)\\'
FIELD_DOC = 'Your own id; "\\" and """ are kept as written, as is a final backslash\\'


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("generated_code")
    result = generate(edited_spec(), folder)
    assert result.returncode == 0, result.stderr
    return folder / "g"


def search_path(generated: Path) -> str:
    return os.pathsep.join([str(generated), str(ROOT / "overrides")])


def run_python(generated: Path, program: str) -> subprocess.CompletedProcess[str]:
    """`program` run with the regenerated package (and this checkout's hand-written client)."""
    env = dict(os.environ, PYTHONPATH=search_path(generated))
    return subprocess.run(
        [sys.executable, "-W", "error", "-c", textwrap.dedent(program)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


CALLS = """
    import asyncio, httpx
    from voucherify_orders import AsyncVoucherify, Voucherify
    import voucherify_orders_client
    assert voucherify_orders_client.__file__.startswith({root!r}), voucherify_orders_client.__file__

    seen = []
    def answer(request):
        seen.append(str(request.url))
        return httpx.Response(200, json={{"object": "list", "data_ref": "orders", "orders": [], "total": 0}})

    with Voucherify("app", "secret", transport=httpx.MockTransport(answer)) as client:
        assert client.orders.list().total == 0
        assert client.orders.list(list_orders="x").total == 0

    async def main():
        async with AsyncVoucherify("app", "secret", transport=httpx.MockTransport(answer)) as client:
            assert (await client.orders.list()).total == 0
            assert (await client.orders.list(list_orders="y")).total == 0

    asyncio.run(main())
    print(seen)
"""


def test_a_parameter_named_like_an_endpoint_module_shadows_nothing(generated: Path) -> None:
    # The method body once read `list_orders.OPERATION`: with an argument of that name (None
    # when left out), even a plain `client.orders.list()` raised AttributeError.
    result = run_python(generated, CALLS.format(root=str(generated)))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(
        [
            "https://api.voucherify.io/v1/orders",
            "https://api.voucherify.io/v1/orders?list_orders=x",
            "https://api.voucherify.io/v1/orders",
            "https://api.voucherify.io/v1/orders?list_orders=y",
        ]
    )


def test_every_generated_module_compiles_without_a_warning(generated: Path) -> None:
    package = generated / "voucherify_orders_client"
    for module in sorted(package.rglob("*.py")):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            ast.parse(module.read_text(), str(module))
            compile(module.read_text(), str(module), "exec")


def words(text: str | None) -> list[str]:
    return (text or "").split()


def test_spec_text_reads_back_from_the_docstrings_as_written(generated: Path) -> None:
    # Backslashes once landed unescaped (`\\d`: an invalid escape, a SyntaxWarning on 3.12 and a
    # SyntaxError under -W error), and `"""` in a description ended the docstring early.
    package = generated / "voucherify_orders_client"
    resources = ast.parse((package / "api" / "orders" / "__init__.py").read_text())
    methods = [
        node for node in ast.walk(resources) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    ]
    listing = [node for node in methods if node.name == "list"]
    assert len(listing) == 4  # sync and async, each as a resource's method and a raw protocol's
    for method in listing:
        doc = ast.get_docstring(method) or ""
        assert doc.startswith(SUMMARY + ".\n\n"), doc
        assert "".join(words(DESCRIPTION)) in "".join(words(doc))
        assert "* **pattern** - " + PARAMETER_DOC in doc
    model = ast.parse((package / "models" / "order.py").read_text())
    (order,) = [node for node in model.body if isinstance(node, ast.ClassDef) and node.name == "Order"]
    assert words(ast.get_docstring(order)) == words(MODEL_DOC)
    field_docs: dict[str, str] = {}
    for previous, node in zip(order.body, order.body[1:], strict=False):
        if (
            isinstance(previous, ast.AnnAssign)
            and isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Constant)
        ):
            assert isinstance(previous.target, ast.Name)
            field_docs[previous.target.id] = str(node.value.value)
    assert words(field_docs["source_id"]) == words(FIELD_DOC)
    assert words(field_docs["id"]) == words('Ends in a quote: "PAID"')


# Each argument in both forms the project's rule allows: "enum parameters take the generated
# enum or its string"; a date-time a timezone-aware datetime or ISO 8601 text; a date a date or text.
TYPED_CALLS = """
    import datetime, httpx
    from voucherify_orders import ParameterError, Voucherify
    from voucherify_orders_client.models import ListOrdersChannel, ListOrdersSort, ListOrdersStatusesItem

    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url.query, "ascii"))
        return httpx.Response(200, json={"object": "list", "data_ref": "orders", "orders": [], "total": 0})

    with Voucherify("app", "secret", transport=httpx.MockTransport(answer)) as client:
        client.orders.list(
            channel=ListOrdersChannel.WEB,
            created_after=datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc),
            created_on=datetime.date(2024, 1, 2),
            statuses=[ListOrdersStatusesItem.PAID, "CREATED"],
            order=ListOrdersSort.CREATED_AT_DESC,
        )
        client.orders.list(
            channel="pos", created_after="2024-01-02T03:04:05Z", created_on="2024-01-02", order="created_at"
        )
        try:
            client.orders.list(created_after=datetime.datetime(2024, 1, 2))
        except ParameterError as error:
            seen.append(str(error))
    print(seen)
"""


def test_typed_parameters_take_the_enum_or_its_string_and_a_datetime_or_its_text(generated: Path) -> None:
    resources = (generated / "voucherify_orders_client" / "api" / "orders" / "__init__.py").read_text()
    assert "channel: ListOrdersChannel | str | None = None" in resources
    assert "created_after: datetime.datetime | str | None = None" in resources
    assert "created_on: datetime.date | str | None = None" in resources
    assert "statuses: Sequence[ListOrdersStatusesItem | str] | None = None" in resources

    result = run_python(generated, TYPED_CALLS)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(
        [
            "order=-created_at&channel=web&created_after=2024-01-02T03%3A04%3A05%2B00%3A00"
            "&created_on=2024-01-02&statuses=PAID&statuses=CREATED",
            "order=created_at&channel=pos&created_after=2024-01-02T03%3A04%3A05Z&created_on=2024-01-02",
            "created_after: expected a date-time with a timezone, got a naive datetime",
        ]
    )


def test_a_user_program_passing_datetimes_and_enums_type_checks(generated: Path, tmp_path: Path) -> None:
    # mypy --strict once refused `created_after=datetime(...)` and `channel=ListOrdersChannel.WEB`:
    # both parameters were typed `str`.
    # mypy is in the tests group: a missing one fails here rather than skip the check.
    program = tmp_path / "user_program.py"
    program.write_text(textwrap.dedent(TYPED_CALLS))
    wrong = tmp_path / "wrong_program.py"
    wrong.write_text(
        "from voucherify_orders import Voucherify\n"
        "Voucherify('app', 'secret').orders.list(created_after=5, channel=1)\n"
    )
    (tmp_path / "mypy.ini").write_text("[mypy]\n")
    command = [sys.executable, "-m", "mypy", "--strict", "--config-file", "mypy.ini", "--cache-dir", ".cache"]
    env = dict(os.environ, MYPYPATH=search_path(generated))
    checked = subprocess.run(
        [*command, "user_program.py"], cwd=tmp_path, env=env, capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    refused = subprocess.run(
        [*command, "wrong_program.py"], cwd=tmp_path, env=env, capture_output=True, text=True, check=False
    )
    assert refused.returncode == 1, refused.stdout
    assert (
        'Argument "created_after" to "list" of "OrdersResource" has incompatible type "int"' in refused.stdout
    )
    assert 'Argument "channel" to "list" of "OrdersResource" has incompatible type "int"' in refused.stdout
