"""Three spec changes, each through the whole workflow: change, regenerate, diff, version check, bump."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(
    shutil.which("openapi-python-client", path=str(Path(sys.executable).parent)) is None,
    reason="the pinned generators are not installed here (nox -s tests installs them)",
)
FIXTURES = ROOT / "tests" / "fixtures" / "spec_changes"
COPIED = ("openapi", "templates", "scripts", "generated")


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True).stdout


def run(repo: Path, script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(repo / "scripts" / script), *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scratch repository holding this project's generation inputs and output, tagged v0.1.0."""
    repo = tmp_path_factory.mktemp("released")
    for name in COPIED:
        shutil.copytree(ROOT / name, repo / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("generator-config.yml", "pyproject.toml", "CHANGELOG.md"):
        shutil.copy(ROOT / name, repo)
    text = (repo / "pyproject.toml").read_text()
    (repo / "pyproject.toml").write_text(
        re.sub(r'^version = ".*"', 'version = "0.1.0"', text, count=1, flags=re.M)
    )
    git(repo, "init", "-q")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "add", "-A")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "0.1.0")
    git(repo, "tag", "v0.1.0")
    return repo


def load_fixture(name: str) -> dict[str, Any]:
    return dict(yaml.safe_load((FIXTURES / f"{name}.yaml").read_text()))


def changed_copy(released: Path, tmp_path: Path, fixture: dict[str, Any]) -> Path:
    repo = tmp_path / "repo"
    shutil.copytree(released, repo)
    spec = repo / "openapi" / "voucherify-orders.yaml"
    text = spec.read_text()
    assert fixture["find"] in text, "the fixture no longer matches the spec"
    spec.write_text(text.replace(fixture["find"], fixture["replace"], 1))
    assert run(repo, "generate.py").returncode == 0
    return repo


def bump(repo: Path, version: str, fixture: dict[str, Any]) -> None:
    pyproject = repo / "pyproject.toml"
    pyproject.write_text(
        re.sub(r'^version = ".*"', f'version = "{version}"', pyproject.read_text(), count=1, flags=re.M)
    )
    changelog = repo / "CHANGELOG.md"
    entry = (
        f"## [{version}] - 2026-12-01\n\n### Changed\n\n- Spec: {fixture['description']}. "
        "Regenerated with openapi-python-client 0.29.1.\n\n"
    )
    changelog.write_text(changelog.read_text().replace("## [0.1.0]", entry + "## [0.1.0]", 1))


@pytest.mark.parametrize(
    "name", ["optional_response_field_added", "enum_value_added", "request_field_removed"]
)
def test_a_spec_change_through_the_whole_workflow(name: str, released: Path, tmp_path: Path) -> None:
    fixture = load_fixture(name)
    repo = changed_copy(released, tmp_path, fixture)

    report = run(repo, "spec_diff.py")
    assert report.returncode == 0
    lines = [line.strip() for line in report.stdout.splitlines() if line.startswith("  ")]
    kinds = {line.split()[0] for line in lines}
    assert kinds == {fixture["expect"]}, report.stdout
    needed = "minor" if fixture["expect"] == "breaking" else "patch"
    assert f"these changes need: {needed} bump" in report.stdout

    refused = run(repo, "spec_diff.py", "--check")
    assert refused.returncode == 1
    assert f"need a {needed} bump from 0.1.0, but the version is 0.1.0" in refused.stderr
    assert "CHANGELOG.md has no section for 0.1.0" not in refused.stderr  # 0.1.0 has one; it lacks the change

    bump(repo, fixture["bump_to"], fixture)
    accepted = run(repo, "spec_diff.py", "--check")
    assert accepted.returncode == 0, accepted.stderr


def test_a_bump_without_a_changelog_entry_is_refused(released: Path, tmp_path: Path) -> None:
    fixture = load_fixture("optional_response_field_added")
    repo = changed_copy(released, tmp_path, fixture)
    pyproject = repo / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace('version = "0.1.0"', 'version = "0.1.1"', 1))
    refused = run(repo, "spec_diff.py", "--check")
    assert refused.returncode == 1 and "CHANGELOG.md has no section for 0.1.1" in refused.stderr


def test_the_package_built_before_an_enum_change_parses_the_new_value(released: Path, tmp_path: Path) -> None:
    changed_copy(released, tmp_path, load_fixture("enum_value_added"))  # the API now sends REFUNDED ...
    code = (  # ... and the package generated before the change reads it unchanged
        "import json, sys; sys.path.insert(0, sys.argv[1]);"
        "from voucherify_orders_client.models import Order;"
        "order = Order.from_dict({'id': 'ord_1', 'object': 'order', 'status': 'REFUNDED'});"
        "print(json.dumps([order.status.value, order.status.is_documented, order.to_dict()['status']]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(released / "generated")],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    assert json.loads(out.stdout) == ["REFUNDED", False, "REFUNDED"]


def test_the_python_api_diff_catches_a_removed_parameter(released: Path, tmp_path: Path) -> None:
    pytest.importorskip("griffe")
    repo = changed_copy(released, tmp_path, load_fixture("request_field_removed"))
    report = run(repo, "spec_diff.py", "--api")
    assert report.returncode == 0
    assert "python API" in report.stdout and "initial_amount" in report.stdout
