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
#: Names the packages do not have (both load names on first use): a type checker must say
#: so, not read them as `Any`.
MISSPELT = ["voucherify_orders.Voucherfy", "voucherify_orders_client.models.Ordr"]


def main() -> int:
    names = [f"voucherify_orders.{name}" for name in sorted(voucherify_orders.__all__)]
    names += ["voucherify_orders.__version__"]
    names += [f"sync_page.{field}" for field in PAGE_FIELDS]
    names += [f"async_page.{field}" for field in PAGE_FIELDS]
    lines = [
        "import voucherify_orders",
        "import voucherify_orders_client.models",
        "async def main() -> None:",
        '    sync_page = voucherify_orders.Voucherify("app", "key").orders.list()',
        '    async_page = await voucherify_orders.AsyncVoucherify("app", "key").orders.list()',
        *(f"    {name}" for name in MISSPELT),
        *(f"    reveal_type({name})" for name in names),
    ]
    with tempfile.TemporaryDirectory() as folder:
        module = Path(folder) / "public_names.py"
        module.write_text("\n".join(lines) + "\n")
        out, err, _ = api.run(["--strict", "--no-incremental", str(module)])
    passed = [name for name in MISSPELT if f'has no attribute "{name.rpartition(".")[2]}"' not in out]
    if passed:
        print(f"misspelt names pass a user's type checker (as Any): {passed}\n{out}{err}", file=sys.stderr)
        return 1
    revealed = dict(re.findall(r"public_names\.py:(\d+): note: Revealed type is \"(.*)\"", out))
    if len(revealed) != len(names):
        print(f"mypy revealed {len(revealed)} of {len(names)} names:\n{out}{err}", file=sys.stderr)
        return 1
    first = len(lines) - len(names) + 1  # the line of the first reveal_type
    untyped = [name for line, name in enumerate(names, first) if revealed[str(line)] == "Any"]
    if untyped:
        print(f"typed as Any for users' type checkers: {', '.join(untyped)}", file=sys.stderr)
        return 1
    print(f"OK: all {len(names)} public names and page fields have their own types")
    return 0


if __name__ == "__main__":
    sys.exit(main())
