"""scripts/spec_diff.py against real history: changes to Voucherify's published spec whose effect is known.

The cases and their provenance are in tests/fixtures/spec_history/voucherify_changelog.yaml.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT

CASES = yaml.safe_load(
    (ROOT / "tests" / "fixtures" / "spec_history" / "voucherify_changelog.yaml").read_text()
)["cases"]
HEADER = {"openapi": "3.0.1", "info": {"title": "excerpt", "version": "1"}}


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_a_documented_change_is_classified_as_it_affected_clients(
    case: dict[str, Any], tmp_path: Path
) -> None:
    for side in ("old", "new"):
        (tmp_path / f"{side}.yaml").write_text(yaml.safe_dump({**HEADER, "paths": {}, **case[side]}))
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "spec_diff.py"), "--compare", "old.yaml", "new.yaml"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    lines = [line.strip() for line in result.stdout.splitlines() if line.startswith("  ")]
    for expected in case["expect"]:
        assert expected in lines, result.stdout
    verdict = "breaking" if any(line.startswith("breaking") for line in lines) else "additive"
    assert verdict == case["known"], result.stdout
    below, above = ("minor", "major") if case["known"] == "breaking" else ("patch", "minor")
    assert f"need: {below} bump below 1.0, {above} bump from 1.0" in result.stdout
