"""Every public name of `voucherify_orders` has its own type for a type checker, not `Any`.

Names loaded on first use come through the package's module `__getattr__`, which a type
checker reads as `Any` unless the package also imports them under `TYPE_CHECKING`; a user's
mypy would then check nothing done with them. This writes a module that reveals each name
of `__all__` and runs mypy on it.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

import voucherify_orders
from mypy import api


def main() -> int:
    names = sorted(voucherify_orders.__all__)
    lines = ["import voucherify_orders", *(f"reveal_type(voucherify_orders.{name})" for name in names)]
    with tempfile.TemporaryDirectory() as folder:
        module = Path(folder) / "public_names.py"
        module.write_text("\n".join(lines) + "\n")
        out, err, _ = api.run(["--strict", "--no-incremental", str(module)])
    revealed = dict(re.findall(r"public_names\.py:(\d+): note: Revealed type is \"(.*)\"", out))
    if len(revealed) != len(names):
        print(f"mypy revealed {len(revealed)} of {len(names)} names:\n{out}{err}", file=sys.stderr)
        return 1
    untyped = [name for line, name in enumerate(names, 2) if revealed[str(line)] == "Any"]
    if untyped:
        print(f"typed as Any for users' type checkers: {', '.join(untyped)}", file=sys.stderr)
        return 1
    print(f"OK: all {len(names)} public names have their own types")
    return 0


if __name__ == "__main__":
    sys.exit(main())
