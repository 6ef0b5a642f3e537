"""The release gate (scripts/spec_diff.py), each spec change through the whole workflow.

Every test works in a scratch copy of the generation inputs with its own version, CHANGELOG
and release record, so nothing here depends on this repository's live version, CHANGELOG,
release records or git tags: a correct release of this repository keeps these tests green.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tomllib
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
SPEC = Path("openapi") / "voucherify-orders.yaml"
BASE_VERSION = "0.4.2"  # deliberately not this repository's version
BUMPS = {"breaking": "0.5.0", "additive": "0.4.3"}
CHANGELOG = "# Changelog\n\n## [0.4.2] - 2026-01-01\n\n- The release the scratch copy starts from.\n"


def generator_pins() -> dict[str, str]:
    """The exact generator pins, read from pyproject.toml (never hard-coded here)."""
    groups = tomllib.loads((ROOT / "pyproject.toml").read_text())["dependency-groups"]
    return dict(req.split("==", 1) for req in groups["codegen"] if "==" in req)


def run(repo: Path, script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(repo / "scripts" / script), *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )


def set_version(repo: Path, version: str) -> None:
    pyproject = repo / "pyproject.toml"
    text = re.sub(r'^version = ".*"', f'version = "{version}"', pyproject.read_text(), count=1, flags=re.M)
    pyproject.write_text(text)


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scratch copy of the generation inputs and outputs, recorded as its first release, 0.4.2."""
    repo = tmp_path_factory.mktemp("released")
    for name in ("openapi", "templates", "scripts", "generated", "overrides"):
        ignore = shutil.ignore_patterns("__pycache__", "releases")
        shutil.copytree(ROOT / name, repo / name, ignore=ignore)
    for name in ("generator-config.yml", "pyproject.toml"):
        shutil.copy(ROOT / name, repo)
    set_version(repo, BASE_VERSION)
    (repo / "CHANGELOG.md").write_text(CHANGELOG)
    recorded = run(repo, "spec_diff.py", "--record", "--first-release")
    assert recorded.returncode == 0, recorded.stdout + recorded.stderr
    return repo


def copy_of(released: Path, tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    shutil.copytree(released, repo)
    return repo


def load_fixture(name: str) -> dict[str, Any]:
    return dict(yaml.safe_load((FIXTURES / f"{name}.yaml").read_text()))


def apply(spec: dict[str, Any], edit: dict[str, Any]) -> None:
    *parents, last = edit["path"]
    node: Any = spec
    for key in parents:
        node = node[key]
    if edit["op"] == "set":
        node[last] = edit["value"]
    elif edit["op"] == "delete":
        del node[last]
    elif edit["op"] == "append":
        node[last].append(edit["value"])
    elif edit["op"] == "remove":
        node[last].remove(edit["value"])
    elif edit["op"] == "rename":
        target = node[last]
        target[edit["to"]] = target.pop(edit["key"])
    else:
        raise AssertionError(f"unknown edit {edit['op']}")


def change_spec(repo: Path, fixture: dict[str, Any]) -> None:
    """Apply the fixture's edits to the scratch spec and regenerate generated/ from it."""
    spec = yaml.safe_load((repo / SPEC).read_text())
    for edit in fixture["edits"]:
        apply(spec, edit)
    (repo / SPEC).write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=100))
    generated = run(repo, "generate.py")
    assert generated.returncode == 0, generated.stdout + generated.stderr


def change_lines(stdout: str) -> list[str]:
    return [line.strip() for line in stdout.splitlines() if line.startswith("  ")]


FIXTURE_NAMES = sorted(path.stem for path in FIXTURES.glob("*.yaml"))


def test_every_kind_of_change_the_issue_lists_has_a_fixture() -> None:
    wanted = {
        "operation_removed", "query_parameter_removed", "request_field_removed", "response_field_removed",
        "path_parameter_type_changed", "query_parameter_type_changed", "body_field_type_changed",
        "parameter_newly_required", "request_field_newly_required", "enum_value_removed",
        "response_field_made_nullable", "success_status_changed", "success_content_type_changed",
        "constructor_gains_required_argument", "optional_response_field_added", "optional_parameter_added",
        "operation_added", "enum_value_added", "request_field_accepts_null", "optional_request_field_added",
    }  # fmt: skip
    assert wanted <= set(FIXTURE_NAMES)


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_a_spec_change_through_the_whole_workflow(name: str, released: Path, tmp_path: Path) -> None:
    fixture = load_fixture(name)
    repo = copy_of(released, tmp_path)
    if "released_edits" in fixture:
        # The released spec this change starts from differs from today's (a field that did
        # not accept null yet, say): record that spec as the release first.
        change_spec(repo, {"edits": fixture["released_edits"]})
        shutil.rmtree(repo / "openapi" / "releases")
        recorded = run(repo, "spec_diff.py", "--record", "--first-release")
        assert recorded.returncode == 0, recorded.stdout + recorded.stderr
    change_spec(repo, fixture)

    # 1. The report classifies the change, in plain text.
    report = run(repo, "spec_diff.py")
    assert report.returncode == 0, report.stdout
    assert "\x1b[" not in report.stdout + report.stderr
    lines = change_lines(report.stdout)
    for expected in fixture["expect"]:
        assert expected in lines, report.stdout
    python = [line for line in lines if line.startswith("breaking python:")]
    for part in fixture.get("expect_python", []):
        assert any(part in line for line in python), report.stdout
    kind = "breaking" if any(line.startswith("breaking") for line in lines) else "additive"
    expected_kinds = {line.split()[0] for line in fixture["expect"]} | ({"breaking"} if python else set())
    assert kind == ("breaking" if "breaking" in expected_kinds else "additive"), report.stdout
    needed = "minor" if kind == "breaking" else "patch"
    assert f"these changes need: {needed} bump" in report.stdout

    # 2. The gate refuses the unbumped tree (and drafts nothing for the released version),
    #    and for a breaking change it refuses a patch bump.
    refused = run(repo, "spec_diff.py", "--check")
    assert refused.returncode == 1
    assert f"the tree changed since release {BASE_VERSION} was recorded" in refused.stdout
    assert run(repo, "spec_diff.py", "--write-changelog").returncode == 1
    assert (repo / "CHANGELOG.md").read_text() == CHANGELOG
    if kind == "breaking":
        set_version(repo, "0.4.3")
        too_small = run(repo, "spec_diff.py", "--check")
        assert too_small.returncode == 1
        assert f"need a minor bump from {BASE_VERSION}, but the version is 0.4.3" in too_small.stdout

    # 3. The right bump alone is not enough: the CHANGELOG section and the release record are missing.
    version = BUMPS[kind]
    set_version(repo, version)
    no_section = run(repo, "spec_diff.py", "--check")
    assert no_section.returncode == 1
    assert f"CHANGELOG.md has no section for {version}" in no_section.stdout
    assert "need a" not in no_section.stdout

    # 4. --write-changelog drafts the section (naming the pinned generators), --record records the release.
    drafted = run(repo, "spec_diff.py", "--write-changelog")
    assert drafted.returncode == 0, drafted.stdout
    section = (repo / "CHANGELOG.md").read_text().split(f"## [{BASE_VERSION}]")[0]
    assert f"## [{version}]" in section
    for tool, pin in generator_pins().items():
        if tool in ("openapi-python-client", "datamodel-code-generator"):
            assert f"{tool} {pin}" in section
    for expected in fixture["expect"]:
        assert expected.split()[1].rstrip(":") in section
    recorded = run(repo, "spec_diff.py", "--record")
    assert recorded.returncode == 0, recorded.stdout
    assert (repo / "openapi" / "releases" / version / "voucherify-orders.yaml").read_text() == (
        repo / SPEC
    ).read_text()

    # 5. Now the gate passes.
    accepted = run(repo, "spec_diff.py", "--check")
    assert accepted.returncode == 0, accepted.stdout
    assert f"OK: {version}" in accepted.stdout


@pytest.fixture(scope="module")
def one_change(released: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy with the order parameter retyped and the version bumped, but no CHANGELOG section yet."""
    repo = copy_of(released, tmp_path_factory.mktemp("one_change"))
    change_spec(repo, load_fixture("query_parameter_type_changed"))
    set_version(repo, "0.5.0")
    return repo


def test_a_section_must_list_each_change_not_just_mention_the_spec(one_change: Path, tmp_path: Path) -> None:
    repo = copy_of(one_change, tmp_path)
    vague = (
        "## [0.5.0] - 2026-02-01\n\n- Spec changes. Regenerated with openapi-python-client "
        f"{generator_pins()['openapi-python-client']}.\n\n"
    )
    (repo / "CHANGELOG.md").write_text(CHANGELOG.replace("## [0.4.2]", vague + "## [0.4.2]"))
    refused = run(repo, "spec_diff.py", "--check")
    assert refused.returncode == 1
    # The spec's change, and each Python signature it retypes (`order` -> `int | None`).
    unlisted = re.search(r"section does not list (\d+) change\(s\): (.*)", refused.stdout)
    assert unlisted is not None, refused.stdout
    locations = unlisted.group(2).split(", ")
    assert "`list-orders.query.order`" in locations, refused.stdout
    assert any(where.startswith("`python:") and where.endswith(".list`") for where in locations), (
        refused.stdout
    )
    assert int(unlisted.group(1)) == len(locations)
    assert "argument 'order' is int | None, was ListOrdersSort | str | None" in refused.stdout

    run(repo, "spec_diff.py", "--write-changelog")  # adds the missing lines to the existing section
    text = (repo / "CHANGELOG.md").read_text()
    assert "- Spec changes." in text and all(where in text for where in locations)
    assert text.count("## [0.5.0]") == 1
    assert "does not list" not in run(repo, "spec_diff.py", "--check").stdout


def test_a_missing_baseline_fails_the_gate(one_change: Path, tmp_path: Path) -> None:
    repo = copy_of(one_change, tmp_path)
    shutil.rmtree(repo / "openapi" / "releases")
    for args in ((), ("--check",)):
        refused = run(repo, "spec_diff.py", *args)
        assert "FAIL: no release baseline under openapi/releases/" in refused.stdout
    assert run(repo, "spec_diff.py", "--check").returncode == 1
    # Recording without the explicit marker is refused too: absence is never a first release.
    assert run(repo, "spec_diff.py", "--record").returncode == 1
    assert not (repo / "openapi" / "releases").exists()


def test_only_an_explicit_first_release_marker_passes_without_an_earlier_release(
    released: Path, tmp_path: Path
) -> None:
    repo = copy_of(released, tmp_path)
    assert run(repo, "spec_diff.py", "--check").returncode == 0  # the copy is marked as a first release
    meta_path = repo / "openapi" / "releases" / BASE_VERSION / "release.json"
    meta = json.loads(meta_path.read_text())
    assert meta.pop("first_release") is True
    meta_path.write_text(json.dumps(meta))
    refused = run(repo, "spec_diff.py", "--check")
    assert refused.returncode == 1
    assert f"no release recorded before {BASE_VERSION} and no first-release marker" in refused.stdout


def test_a_recorded_release_is_never_overwritten(released: Path, tmp_path: Path) -> None:
    repo = copy_of(released, tmp_path)
    change_spec(repo, load_fixture("enum_value_added"))
    refused = run(repo, "spec_diff.py", "--record")
    assert refused.returncode == 1
    assert "is never overwritten" in refused.stdout


def test_a_version_below_the_newest_record_is_refused(released: Path, tmp_path: Path) -> None:
    repo = copy_of(released, tmp_path)
    set_version(repo, "0.3.9")
    refused = run(repo, "spec_diff.py", "--check")
    assert refused.returncode == 1 and "below the newest recorded release 0.4.2" in refused.stdout


def git(repo: Path, *args: str) -> str:
    identity = ["-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    return subprocess.run(
        ["git", *identity, "-C", str(repo), *args], capture_output=True, text=True, check=True
    ).stdout


def test_a_shallow_clone_without_tags_gives_the_same_verdict(one_change: Path, tmp_path: Path) -> None:
    repo = copy_of(one_change, tmp_path / "full")
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "a change without its changelog")
    git(repo, "tag", "v0.4.2")
    git(repo, "commit", "-q", "--allow-empty", "-m", "one more commit, so depth 1 loses history")
    shallow = tmp_path / "shallow"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", "--no-tags", f"file://{repo}", str(shallow)], check=True
    )
    assert git(shallow, "tag") == ""
    full, cut = run(repo, "spec_diff.py", "--check"), run(shallow, "spec_diff.py", "--check")
    assert (full.returncode, full.stdout) == (cut.returncode, cut.stdout)
    assert full.returncode == 1 and "CHANGELOG.md has no section for 0.5.0" in full.stdout


def test_the_package_built_before_an_enum_change_parses_the_new_value(released: Path, tmp_path: Path) -> None:
    repo = copy_of(released, tmp_path)
    change_spec(repo, load_fixture("enum_value_added"))  # the API now sends REFUNDED ...
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
