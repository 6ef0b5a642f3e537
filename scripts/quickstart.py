"""Print the README's quickstart command lines, one per line, so CI runs exactly what users copy.

Fails unless the quickstart's first code block holds exactly two command lines.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def quickstart_lines(text: str) -> list[str]:
    section = re.search(r"^## Quickstart\n(.*?)(?=^## )", text, re.S | re.M)
    if section is None:
        raise SystemExit("README.md has no '## Quickstart' section")
    block = re.search(r"^```(?:sh|bash|console)?\n(.*?)^```", section.group(1), re.S | re.M)
    if block is None:
        raise SystemExit("README.md's quickstart has no code block")
    lines = [line for line in block.group(1).splitlines() if line.strip() and not line.startswith("#")]
    if len(lines) != 2:
        raise SystemExit(f"README.md's quickstart must be exactly two command lines, found {len(lines)}")
    return lines


if __name__ == "__main__":
    sys.stdout.write("\n".join(quickstart_lines(README.read_text())) + "\n")
