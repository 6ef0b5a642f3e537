"""Check that a built wheel holds both packages, their py.typed, its licence and metadata, and nothing else.

Usage: python scripts/check_wheel.py dist/voucherify_orders-*.whl
"""

from __future__ import annotations

import sys
import zipfile

REQUIRED = [
    "voucherify_orders/__init__.py",
    "voucherify_orders/py.typed",
    "voucherify_orders_client/__init__.py",
    "voucherify_orders_client/py.typed",
    "voucherify_orders_client/client.py",
    "voucherify_orders_client/pydantic_models.py",
]
ALLOWED_TOP = {"voucherify_orders", "voucherify_orders_client"}
REQUIRED_HEADERS = ("License-Expression: MIT", "License-File: LICENSE", "Author:", "Project-URL:")
# The client must not require the emulator's or the CLI's libraries.
FORBIDDEN_REQUIREMENTS = ("pydantic", "click", "rich")


def main(path: str) -> int:
    problems: list[str] = []
    headers: list[str] = []
    with zipfile.ZipFile(path) as wheel:
        names = wheel.namelist()
        metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
        headers = wheel.read(metadata).decode().split("\n\n", 1)[0].splitlines()
        requires = [line.split(":", 1)[1].strip() for line in headers if line.startswith("Requires-Dist:")]
        dist_info = metadata.rsplit("/", 1)[0]
        licence = f"{dist_info}/licenses/LICENSE"
        if licence not in names:
            problems.append(f"missing from the wheel: {licence}")
        elif "MIT License" not in wheel.read(licence).decode():
            problems.append(f"{licence} is not the MIT licence")
    problems += [f"missing from the wheel: {name}" for name in REQUIRED if name not in names]
    for header in REQUIRED_HEADERS:
        if not any(line.startswith(header) for line in headers):
            problems.append(f"metadata has no {header.rstrip(':')}")
    tops = {n.split("/", 1)[0] for n in names if not n.split("/", 1)[0].endswith(".dist-info")}
    problems += [f"unexpected top-level entry: {top}" for top in sorted(tops - ALLOWED_TOP)]
    problems += [f"stray file in the wheel: {n}" for n in names if "__pycache__" in n or n.endswith(".pyc")]
    for req in requires:
        if "extra ==" not in req and req.startswith(FORBIDDEN_REQUIREMENTS):
            problems.append(f"run-time requirement that belongs in an extra: {req}")
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"{path}: {len(names)} files, both packages and py.typed present")
        print("requires: " + "; ".join(requires))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
