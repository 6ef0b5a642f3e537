"""Every public name of `voucherify_orders`, and every field of a page, is typed (not `Any`).

Names loaded on first use come through the package's module `__getattr__`, which a type
checker reads as `Any` unless the package also imports them under `TYPE_CHECKING`; a page's
fields read through its `__getattr__` unless the generated page protocols declare them. A
user's mypy would then check nothing done with them, nor notice a misspelt name. This writes
a module that reveals each name of `__all__` and each field of a sync and an async page,
and uses a misspelt name, and runs mypy on it.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

import voucherify_orders
from mypy import api

#: What a user reaches on the page `client.orders.list()` returns (`page`), sync and async.
PAGE_FIELDS = ["data", "items", "total", "page", "limit", "has_next_page()", "next_page()", "iter_pages()"]
#: The list model's own fields, read through the page (README: `len(page.orders)`), with the
#: exact type mypy must reveal: the OrdersList model's, not `Any`. The next page's too.
MODELS = "voucherify_orders_client.models"
ORDERS = f"builtins.list[{MODELS}.order.Order]"
PAGE_MODEL_FIELDS = {
    "sync_page.orders": ORDERS,
    "async_page.orders": ORDERS,
    "sync_page.data_ref": f"{MODELS}.orders_list_data_ref.OrdersListDataRef",
    "async_page.data_ref": f"{MODELS}.orders_list_data_ref.OrdersListDataRef",
    "sync_page.object_": f"{MODELS}.orders_list_object.OrdersListObject",
    "async_page.object_": f"{MODELS}.orders_list_object.OrdersListObject",
    "sync_page.next_page().orders": ORDERS,
    "(await async_page.next_page()).orders": ORDERS,
}
#: Page fields still typed `Any`, shown but not refused: `response` is the hand-written
#: client's APIResponse, which the generated page protocols cannot name.
KNOWN_ANY = ["sync_page.response", "async_page.response"]
#: Names the packages and pages do not have (both packages load names on first use, and the
#: run-time page reads any other name through from its list model): a type checker must say
#: so, not read them as `Any`.
MISSPELT = [
    "voucherify_orders.Voucherfy",
    "voucherify_orders_client.models.Ordr",
    "sync_page.totl",
    "async_page.totl",
    "sync_page.next_page().ordrs",
]


def _same_type(revealed: str, expected: str) -> bool:
    """mypy shows builtins unqualified in newer versions (`list[...]`), qualified in older ones."""
    return revealed in (expected, expected.replace("builtins.", ""))


def main() -> int:
    names = [f"voucherify_orders.{name}" for name in sorted(voucherify_orders.__all__)]
    names += ["voucherify_orders.__version__"]
    names += [f"sync_page.{field}" for field in PAGE_FIELDS]
    names += [f"async_page.{field}" for field in PAGE_FIELDS]
    exact = PAGE_MODEL_FIELDS
    names += [*exact, *KNOWN_ANY]
    head = [
        "import voucherify_orders",
        "import voucherify_orders_client.models",
        "async def main() -> None:",
        '    sync_page = voucherify_orders.Voucherify("app", "key").orders.list()',
        '    async_page = await voucherify_orders.AsyncVoucherify("app", "key").orders.list()',
    ]
    lines = [*head, *(f"    {name}" for name in MISSPELT), *(f"    reveal_type({name})" for name in names)]
    with tempfile.TemporaryDirectory() as folder:
        module = Path(folder) / "public_names.py"
        module.write_text("\n".join(lines) + "\n")
        out, err, _ = api.run(["--strict", "--no-incremental", str(module)])
    # Each misspelt name must be refused on its own line (sync_page.totl and async_page.totl alike).
    refused = {
        int(line): attribute
        for line, attribute in re.findall(r"public_names\.py:(\d+): error: .*has no attribute \"(\w+)\"", out)
    }
    passed = [
        name
        for line, name in enumerate(MISSPELT, len(head) + 1)
        if refused.get(line) != name.rpartition(".")[2]
    ]
    if passed:
        print(f"misspelt names pass a user's type checker (as Any): {passed}\n{out}{err}", file=sys.stderr)
        return 1
    revealed = dict(re.findall(r"public_names\.py:(\d+): note: Revealed type is \"(.*)\"", out))
    if len(revealed) != len(names):
        print(f"mypy revealed {len(revealed)} of {len(names)} names:\n{out}{err}", file=sys.stderr)
        return 1
    first = len(lines) - len(names) + 1  # the line of the first reveal_type
    types = {name: revealed[str(line)] for line, name in enumerate(names, first)}
    untyped = [name for name, shown in types.items() if shown == "Any" and name not in KNOWN_ANY]
    if untyped:
        print(f"typed as Any for users' type checkers: {', '.join(untyped)}", file=sys.stderr)
        return 1
    wrong = [
        f"{name} is {types[name]}, not {expected}"
        for name, expected in exact.items()
        if not _same_type(types[name], expected)
    ]
    if wrong:
        print("page fields typed other than their list model's:\n  " + "\n  ".join(wrong), file=sys.stderr)
        return 1
    still_any = [name for name in KNOWN_ANY if types[name] == "Any"]
    note = f" ({', '.join(still_any)}: Any, the hand-written client's type)" if still_any else ""
    print(f"OK: all {len(names)} public names and page fields have their own types{note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
