"""The hosted pipeline (.github/workflows): its rules checked statically, its offline steps run."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
PINNED = re.compile(r"^[\w.-]+/[\w.-]+@[0-9a-f]{40}$")
STEP_COMMAND = re.compile(r"^python -m (nox -s \S.*|pip install nox==[\d.]+)$")


def load(path: Path) -> dict[str, Any]:
    workflow = yaml.safe_load(path.read_text())
    workflow["on"] = workflow.pop(True, workflow.get("on"))  # YAML 1.1 reads the key `on` as True
    return dict(workflow)


def steps(workflow: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(name, step) for name, job in workflow["jobs"].items() for step in job["steps"]]


def test_there_are_the_three_workflows() -> None:
    assert [path.name for path in WORKFLOWS] == ["ci.yml", "regenerate.yml", "release.yml"]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_least_privilege_and_pinned_actions(path: Path) -> None:
    workflow = load(path)
    assert "pull_request_target" not in workflow["on"]
    assert workflow["permissions"] == {}
    for job in workflow["jobs"].values():
        assert job["permissions"] == {"contents": "read"}
    for _, step in steps(workflow):
        if "uses" in step:
            assert PINNED.match(step["uses"]), step["uses"]
            if step["uses"].startswith("actions/checkout@"):
                assert step["with"]["persist-credentials"] is False


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_every_command_is_a_nox_session(path: Path) -> None:
    for _, step in steps(load(path)):
        if "run" in step:
            assert STEP_COMMAND.match(step["run"].strip()), step["run"]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_secrets_only_in_jobs_with_a_protected_environment(path: Path) -> None:
    for name, job in load(path)["jobs"].items():
        if "secrets." in yaml.safe_dump(job):
            assert job.get("environment"), f"{path.name}: job {name} reads secrets outside an environment"


def test_the_triggers() -> None:
    ci, regenerate, release = (load(path) for path in WORKFLOWS)
    assert list(ci["on"]) == ["pull_request"]
    assert regenerate["on"]["push"]["branches"] == ["main"]
    assert set(regenerate["on"]["push"]["paths"]) == {"openapi/**", "generator-config.yml", "templates/**"}
    assert release["on"]["push"]["tags"] == ["v*"]
    assert release["jobs"]["publish"]["needs"] == "gate"
    assert release["jobs"]["publish"]["environment"] == "internal-index"
    matrix = ci["jobs"]["tests"]["strategy"]["matrix"]["python"]
    assert matrix == ["3.11", "3.12", "3.13"]


def nox(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nox", "--no-install", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.slow  # runs nox
def test_the_release_tag_must_equal_the_package_version() -> None:
    pytest.importorskip("nox")
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert nox("-s", "release_tag", "--", f"v{version}").returncode == 0
    refused = nox("-s", "release_tag", "--", f"v{version}.1")
    assert refused.returncode == 1
    assert f"does not match the package version {version}" in refused.stderr


def test_publishing_needs_the_index_secrets(tmp_path: Path) -> None:
    pytest.importorskip("nox")
    refused = nox("-s", "publish", "--", str(tmp_path))
    assert refused.returncode == 1
    assert "TWINE_REPOSITORY_URL is not set" in refused.stderr


def test_without_a_token_the_regeneration_job_fails_with_the_difference(tmp_path: Path) -> None:
    pytest.importorskip("nox")
    patch = tmp_path / "regen.patch"
    patch.write_text("diff --git a/generated/x.py b/generated/x.py\n+changed\n")
    refused = nox("-s", "regen_pr", "--", str(patch))
    assert refused.returncode == 1
    assert "+changed" in refused.stdout
    assert "set the REGEN_PR_TOKEN secret" in refused.stderr
    patch.write_text("")
    assert nox("-s", "regen_pr", "--", str(patch)).returncode == 0
