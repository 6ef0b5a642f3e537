"""A base install (no extras): the CLI script and the pytest fixtures name the extra to install."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BLOCK = "import sys\nfor name in {names}: sys.modules[name] = None\n"


def python(code: str, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=False, cwd=cwd
    )


def test_the_cli_without_its_extra_prints_one_line_and_exits_2() -> None:
    code = BLOCK.format(names=("click",)) + "from voucherify_orders.cli import main\nmain()\n"
    result = python(code)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "voucherify-orders: the command line needs the cli extra: pip install 'voucherify-orders[cli]'"
    ]


def test_rich_missing_is_reported_the_same_way() -> None:
    result = python(BLOCK.format(names=("rich",)) + "from voucherify_orders.cli import main\nmain()\n")
    assert result.returncode == 2
    assert "pip install 'voucherify-orders[cli]'" in result.stderr and "Traceback" not in result.stderr


def test_importing_the_cli_package_does_not_import_the_command() -> None:
    code = "import sys, voucherify_orders.cli\nprint('voucherify_orders.cli._app' in sys.modules)\n"
    assert python(code).stdout.split() == ["False"]


def test_the_cli_object_without_its_extra_is_an_import_error_naming_it() -> None:
    code = BLOCK.format(names=("click",)) + (
        "try:\n    from voucherify_orders.cli import cli\nexcept ImportError as exc:\n    print(exc)\n"
    )
    assert python(code).stdout.strip().endswith("needs the cli extra: pip install 'voucherify-orders[cli]'")


@pytest.mark.slow  # a pytest subprocess
def test_the_pytest_fixtures_without_the_emulator_extra_name_it(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(BLOCK.format(names=("pydantic", "pydantic_core")))
    (tmp_path / "test_consumer.py").write_text(
        "def test_uses_the_client(voucherify_client):\n    pass\n\n"
        "def test_does_not_use_the_fixtures():\n    assert True\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 1, result.stdout
    assert "1 passed, 1 error" in result.stdout  # a fixture that fails is an error at setup
    assert (
        "the voucherify-orders fixtures need the emulator extra: pip install 'voucherify-orders[emulator]'"
        in result.stdout
    )
    assert "ModuleNotFoundError" not in result.stdout
