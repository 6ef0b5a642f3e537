"""`generate` and `check_generated` on a scratch copy of the repo's generation inputs."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(
    shutil.which("openapi-python-client", path=str(Path(sys.executable).parent)) is None,
    reason="the pinned generators are not installed here (nox -s tests installs them)",
)

GENERATED = Path("generated") / "voucherify_orders_client"


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of everything generation reads, plus the committed output."""
    root = tmp_path_factory.mktemp("repo")
    for name in ("openapi", "templates", "scripts", "generated"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "generator-config.yml", root)
    return root


def run(root: Path, script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(root / "scripts" / script), *args],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def fresh(scratch: Path, tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(scratch, root)
    return root


def test_committed_output_is_up_to_date(fresh: Path) -> None:
    result = run(fresh, "check_generated.py")
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout


def test_check_catches_a_hand_edit(fresh: Path) -> None:
    target = fresh / GENERATED / "models" / "order.py"
    target.write_text(target.read_text() + "# hotfix\n")
    result = run(fresh, "check_generated.py")
    assert result.returncode == 1
    assert "changed file: generated/voucherify_orders_client/models/order.py" in result.stderr
    assert "-# hotfix" in result.stderr


def test_check_catches_a_stray_file(fresh: Path) -> None:
    (fresh / GENERATED / "api" / "orders" / "helpers.py").write_text("x = 1\n")
    result = run(fresh, "check_generated.py")
    assert result.returncode == 1
    assert (
        "extra file (not produced by the generator): generated/voucherify_orders_client/api/orders/helpers.py"
        in result.stderr
    )


def test_check_catches_a_missing_file(fresh: Path) -> None:
    (fresh / GENERATED / "models" / "order_status.py").unlink()
    result = run(fresh, "check_generated.py")
    assert result.returncode == 1
    assert "missing file (the generator produces it)" in result.stderr


def test_check_catches_a_spec_change_that_was_not_regenerated(fresh: Path) -> None:
    spec = fresh / "openapi" / "voucherify-orders.yaml"
    text = spec.read_text()
    spec.write_text(
        text.replace(
            "enum: [CREATED, PAID, CANCELED, FULFILLED]",
            "enum: [CREATED, PAID, CANCELED, FULFILLED, REFUNDED]",
        )
    )
    result = run(fresh, "check_generated.py")
    assert result.returncode == 1
    assert '+    REFUNDED = "REFUNDED"' in result.stderr


def test_generate_is_byte_identical_across_runs(fresh: Path, tmp_path: Path) -> None:
    assert run(fresh, "generate.py", "--out", str(tmp_path / "one")).returncode == 0
    assert run(fresh, "generate.py", "--out", str(tmp_path / "two")).returncode == 0
    one, two = tmp_path / "one", tmp_path / "two"
    files_one = sorted(p.relative_to(one) for p in one.rglob("*") if p.is_file())
    files_two = sorted(p.relative_to(two) for p in two.rglob("*") if p.is_file())
    assert files_one == files_two
    assert all((one / f).read_bytes() == (two / f).read_bytes() for f in files_one)


def test_generate_removes_stale_files(fresh: Path) -> None:
    stale = fresh / GENERATED / "models" / "removed_model.py"
    stale.write_text("# from an older spec\n")
    assert run(fresh, "generate.py").returncode == 0
    assert not stale.exists()


def test_generate_refuses_an_invalid_spec_naming_the_place(fresh: Path) -> None:
    spec = fresh / "openapi" / "voucherify-orders.yaml"
    spec.write_text(
        spec.read_text().replace("        code: {type: integer,", "        code: {type: intgr,", 1)
    )
    result = run(fresh, "generate.py")
    assert result.returncode != 0
    assert "is not a valid OpenAPI document" in result.stderr
    assert "Error" in result.stderr and "intgr" in result.stderr  # the schema and the bad value


def test_a_generator_warning_fails_the_run(fresh: Path) -> None:
    spec = fresh / "openapi" / "voucherify-orders.yaml"
    # A response the generator cannot represent is a warning, and the operation would
    # silently lose it; --fail-on-warning turns that into a failure.
    spec.write_text(spec.read_text().replace("            text/csv:\n", "            application/pdf:\n", 1))
    result = run(fresh, "generate.py")
    assert result.returncode != 0
    assert "application/pdf" in (result.stdout + result.stderr)
