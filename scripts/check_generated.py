"""Fail when generated/ is not exactly what the spec, config and templates produce.

Regenerates into a temporary folder and compares the trees file by file:
changed, missing and extra files are all reported, with a diff for changes.

Usage: python scripts/check_generated.py [--root DIR]
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import PACKAGE, ROOT, generate

IGNORED = ["__pycache__", ".ruff_cache", ".mypy_cache"]


def compare(committed: Path, fresh: Path) -> list[str]:
    """Return one line per difference between the two trees (empty when they match)."""
    problems: list[str] = []

    def walk(cmp: filecmp.dircmp[str], rel: Path) -> None:
        for name in sorted(cmp.left_only):
            problems.append(f"extra file (not produced by the generator): {rel / name}")
        for name in sorted(cmp.right_only):
            problems.append(f"missing file (the generator produces it): {rel / name}")
        for name in sorted(cmp.diff_files + cmp.funny_files):
            problems.append(f"changed file: {rel / name}")
            old = (Path(cmp.left) / name).read_text(errors="replace").splitlines(keepends=True)
            new = (Path(cmp.right) / name).read_text(errors="replace").splitlines(keepends=True)
            diff = difflib.unified_diff(old, new, f"committed/{rel / name}", f"regenerated/{rel / name}")
            problems.append("".join(diff).rstrip("\n"))
        for sub, subcmp in sorted(cmp.subdirs.items()):
            walk(subcmp, rel / sub)

    # shallow=False: compare bytes, not just size and mtime.
    class DeepCmp(filecmp.dircmp[str]):
        def phase3(self) -> None:
            self.same_files, self.diff_files, self.funny_files = filecmp.cmpfiles(
                self.left, self.right, self.common_files, shallow=False
            )

    walk(DeepCmp(str(committed), str(fresh), ignore=IGNORED), Path("generated") / PACKAGE)
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--root", type=Path, default=ROOT / "generated", help="the committed generated/ folder"
    )
    args = parser.parse_args()
    committed = args.root.resolve() / PACKAGE
    if not committed.is_dir():
        print(f"{committed} does not exist: run `nox -s generate`", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        fresh = generate(Path(tmp))
        problems = compare(committed, fresh)
    if problems:
        print("generated/ is out of date with openapi/, generator-config.yml or templates/:", file=sys.stderr)
        print("\n".join(problems), file=sys.stderr)
        print("\nRun `nox -s generate` and commit the inputs and the output together.", file=sys.stderr)
        return 1
    print("generated/ is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
