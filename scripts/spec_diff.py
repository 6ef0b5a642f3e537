"""What a spec change does to the people who pin this package: breaking or additive, and the version it needs.

Usage: python scripts/spec_diff.py [--base REF] [--check] [--api]

Compares openapi/voucherify-orders.yaml at REF (default: the last release tag,
`v*`) with the working tree and lists every change, classified:

* breaking: an operation, parameter or field removed; a type changed; an enum
  value removed; a request field or parameter newly required; a response field
  made nullable.
* additive: anything a client written against the old spec keeps working with.

With --check it fails (exit 1) when the version in pyproject.toml is not bumped
enough for the changes (semantic versioning; below 1.0 a breaking change needs a
minor bump), or when generated/ changed without a CHANGELOG.md entry naming the
spec change and the generator version. With --api it also compares the public
Python API of both trees with griffe, to catch what the spec diff cannot see.
"""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = "openapi/voucherify-orders.yaml"
GENERATOR_PIN = re.compile(r'"openapi-python-client==([^"]+)"')


@dataclass(frozen=True)
class Change:
    kind: str  # "breaking" or "additive"
    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.kind:8} {self.where}: {self.what}"


def git(*args: str, cwd: Path = ROOT) -> str:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True).stdout


def last_release_tag(cwd: Path = ROOT) -> str | None:
    try:
        return git("describe", "--tags", "--abbrev=0", "--match", "v*", cwd=cwd).strip() or None
    except subprocess.CalledProcessError:
        return None


def load_at(ref: str | None, path: str, cwd: Path = ROOT) -> str:
    return (cwd / path).read_text() if ref is None else git("show", f"{ref}:{path}", cwd=cwd)


# -- which schemas are requests and which responses --------------------------------


def _refs(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        if "$ref" in node and node["$ref"].startswith("#/components/schemas/"):
            found.add(node["$ref"].rsplit("/", 1)[1])
        for value in node.values():
            found |= _refs(value)
    elif isinstance(node, list):
        for value in node:
            found |= _refs(value)
    return found


def usage(spec: dict[str, Any]) -> dict[str, set[str]]:
    """Schema name -> {"request", "response"}, following references transitively."""
    roots: dict[str, set[str]] = {"request": set(), "response": set()}
    for item in spec.get("paths", {}).values():
        for op in item.values():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            roots["request"] |= _refs(op.get("requestBody", {})) | _refs(op.get("parameters", []))
            for response in op["responses"].values():
                roots["response"] |= _refs(resolve_response(spec, response))
    schemas = spec.get("components", {}).get("schemas", {})
    result: dict[str, set[str]] = {name: set() for name in schemas}
    for side, names in roots.items():
        pending = list(names)
        while pending:
            name = pending.pop()
            if side in result.get(name, {side}):
                continue
            result.setdefault(name, set()).add(side)
            pending.extend(_refs(schemas.get(name, {})))
    return result


def resolve_response(spec: dict[str, Any], response: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in response:
        resolved: dict[str, Any] = spec["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
        return resolved
    return response


# -- comparing ------------------------------------------------------------------------


def _type(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        return "ref:" + str(schema["$ref"]).rsplit("/", 1)[1]
    if "allOf" in schema and len(schema["allOf"]) == 1:
        return _type(schema["allOf"][0])
    kind = schema.get("type", "any")
    if kind == "array":
        return f"array<{_type(schema.get('items', {}))}>"
    return str(kind)


def compare_schema(
    name: str, old: dict[str, Any], new: dict[str, Any], sides: set[str], changes: list[Change]
) -> None:
    where = f"schemas.{name}"
    request, response = "request" in sides, "response" in sides
    if _type(old) != _type(new):
        changes.append(Change("breaking", where, f"type {_type(old)} -> {_type(new)}"))
    old_enum, new_enum = old.get("enum"), new.get("enum")
    if old_enum is not None and new_enum is not None:
        for value in old_enum:
            if value not in new_enum:
                changes.append(Change("breaking", where, f"enum value {value!r} removed"))
        for value in new_enum:
            if value not in old_enum:
                changes.append(Change("additive", where, f"enum value {value!r} added"))
    old_props, new_props = old.get("properties", {}), new.get("properties", {})
    old_req, new_req = set(old.get("required", [])), set(new.get("required", []))
    for field in sorted(old_props.keys() - new_props.keys()):
        changes.append(Change("breaking", f"{where}.{field}", "field removed"))
    for field in sorted(new_props.keys() - old_props.keys()):
        newly_required = field in new_req and request
        changes.append(
            Change(
                "breaking" if newly_required else "additive",
                f"{where}.{field}",
                "required field added" if newly_required else "optional field added",
            )
        )
    for field in sorted(old_props.keys() & new_props.keys()):
        before, after = old_props[field], new_props[field]
        here = f"{where}.{field}"
        if _type(before) != _type(after):
            changes.append(Change("breaking", here, f"type {_type(before)} -> {_type(after)}"))
        if field in new_req and field not in old_req and request:
            changes.append(Change("breaking", here, "request field newly required"))
        if field in old_req and field not in new_req and response:
            changes.append(Change("breaking", here, "response field no longer required"))
        if after.get("nullable") and not before.get("nullable") and response:
            changes.append(Change("breaking", here, "response field made nullable"))
        if before.get("enum") is not None or after.get("enum") is not None:
            compare_schema(f"{name}.{field}", before, after, sides, changes)


def compare_operations(old: dict[str, Any], new: dict[str, Any], changes: list[Change]) -> None:
    def operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
        return {
            op["operationId"]: {**op, "_path_params": item.get("parameters", [])}
            for item in spec.get("paths", {}).values()
            for op in item.values()
            if isinstance(op, dict) and "operationId" in op
        }

    before, after = operations(old), operations(new)
    for op_id in sorted(before.keys() - after.keys()):
        changes.append(Change("breaking", f"operations.{op_id}", "operation removed"))
    for op_id in sorted(after.keys() - before.keys()):
        changes.append(Change("additive", f"operations.{op_id}", "operation added"))
    for op_id in sorted(before.keys() & after.keys()):

        def params(op: dict[str, Any], spec: dict[str, Any]) -> dict[str, bool]:
            result = {}
            for declared in [*op["_path_params"], *op.get("parameters", [])]:
                param = declared
                if "$ref" in declared:
                    param = spec["components"]["parameters"][declared["$ref"].rsplit("/", 1)[1]]
                result[param["name"]] = bool(param.get("required"))
            return result

        old_params, new_params = params(before[op_id], old), params(after[op_id], new)
        for name in sorted(old_params.keys() - new_params.keys()):
            changes.append(Change("breaking", f"operations.{op_id}.{name}", "parameter removed"))
        for name in sorted(new_params.keys() - old_params.keys()):
            kind = "breaking" if new_params[name] else "additive"
            changes.append(
                Change(
                    kind,
                    f"operations.{op_id}.{name}",
                    f"{'required' if new_params[name] else 'optional'} parameter added",
                )
            )
        for name in sorted(old_params.keys() & new_params.keys()):
            if new_params[name] and not old_params[name]:
                changes.append(Change("breaking", f"operations.{op_id}.{name}", "parameter newly required"))


def diff_specs(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    changes: list[Change] = []
    compare_operations(old, new, changes)
    old_schemas = old.get("components", {}).get("schemas", {})
    new_schemas = new.get("components", {}).get("schemas", {})
    sides_old, sides_new = usage(old), usage(new)
    for name in sorted(old_schemas.keys() - new_schemas.keys()):
        changes.append(Change("breaking", f"schemas.{name}", "schema removed"))
    for name in sorted(new_schemas.keys() - old_schemas.keys()):
        changes.append(Change("additive", f"schemas.{name}", "schema added"))
    for name in sorted(old_schemas.keys() & new_schemas.keys()):
        compare_schema(
            name,
            old_schemas[name],
            new_schemas[name],
            sides_old.get(name, set()) | sides_new.get(name, set()),
            changes,
        )
    return changes


# -- versions and the changelog ----------------------------------------------------------


def parse_version(text: str) -> tuple[int, int, int]:
    major, minor, patch = (int(part) for part in re.match(r"(\d+)\.(\d+)\.(\d+)", text).groups())  # type: ignore[union-attr]
    return major, minor, patch


def required_bump(changes: list[Change], old: tuple[int, int, int]) -> str:
    if any(c.kind == "breaking" for c in changes):
        return "major" if old[0] >= 1 else "minor"  # below 1.0, a minor bump is the breaking one
    if changes:
        return "minor" if old[0] >= 1 else "patch"
    return "none"


def bumped_enough(old: tuple[int, int, int], new: tuple[int, int, int], bump: str) -> bool:
    if bump == "major":
        return new[0] > old[0]
    if bump == "minor":
        return new[:2] > old[:2]
    if bump == "patch":
        return new > old
    return new >= old


def project_version(ref: str | None, cwd: Path = ROOT) -> str:
    return str(tomllib.loads(load_at(ref, "pyproject.toml", cwd))["project"]["version"])


def generated_changed(ref: str, cwd: Path = ROOT) -> bool:
    return bool(git("diff", "--name-only", ref, "--", "generated", cwd=cwd).strip()) or bool(
        git("status", "--porcelain", "--", "generated", cwd=cwd).strip()
    )


def changelog_problem(version: str, cwd: Path = ROOT) -> str | None:
    """None when CHANGELOG.md has a section for `version` naming the spec change and the generator version."""
    path = cwd / "CHANGELOG.md"
    if not path.exists():
        return "CHANGELOG.md is missing"
    text = path.read_text()
    section = re.search(rf"^## \[?{re.escape(version)}\]?.*?(?=^## |\Z)", text, re.S | re.M)
    if section is None:
        return f"CHANGELOG.md has no section for {version}"
    pin = GENERATOR_PIN.search((cwd / "pyproject.toml").read_text())
    generator = f"openapi-python-client {pin.group(1)}" if pin else "openapi-python-client"
    body = section.group(0)
    problems = []
    if "spec" not in body.lower():
        problems.append("the spec change")
    if generator not in body:
        problems.append(f"the generator version ({generator})")
    return f"CHANGELOG.md's {version} section does not name {' and '.join(problems)}" if problems else None


# -- the Python API, with griffe ---------------------------------------------------------------


def api_changes(ref: str, cwd: Path = ROOT) -> list[str]:
    import griffe  # noqa: PLC0415 - only for --api

    packages = {"voucherify_orders": "overrides", "voucherify_orders_client": "generated"}
    present = set(git("ls-tree", "--name-only", ref, cwd=cwd).split())
    folders = sorted(
        {folder for folder in packages.values() if folder in present and (cwd / folder).is_dir()}
    )
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(
            ["git", "-C", str(cwd), "archive", "--format=tar", ref, *folders], capture_output=True, check=True
        ).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        for package, folder in packages.items():
            if folder not in folders:
                continue
            old = griffe.load(package, search_paths=[str(Path(tmp) / folder)], resolve_aliases=False)
            new = griffe.load(package, search_paths=[str(cwd / folder)], resolve_aliases=False)
            found += [f"python API: {b.explain()}" for b in griffe.find_breaking_changes(old, new)]
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", help="git ref to compare with (default: the last v* tag)")
    parser.add_argument(
        "--check", action="store_true", help="fail when the version or CHANGELOG do not match"
    )
    parser.add_argument("--api", action="store_true", help="also compare the public Python API (griffe)")
    parser.add_argument("--root", type=Path, default=ROOT)
    args = parser.parse_args()
    root = args.root.resolve()
    base = args.base or last_release_tag(root)
    if base is None:
        print("no release tag (v*) yet: nothing to compare with")
        return 0
    changes = diff_specs(yaml.safe_load(load_at(base, SPEC, root)), yaml.safe_load(load_at(None, SPEC, root)))
    print(f"spec changes since {base}: {len(changes)}")
    for change in changes:
        print(f"  {change}")
    api = api_changes(base, root) if args.api else []
    for line in api:
        print(f"  breaking {line}")
    if api:
        changes.append(Change("breaking", "python API", f"{len(api)} breaking change(s)"))
    old_version, new_version = project_version(base, root), project_version(None, root)
    bump = required_bump(changes, parse_version(old_version))
    print(f"version {old_version} -> {new_version}; these changes need: {bump} bump")
    if not args.check:
        return 0
    failures = []
    if not bumped_enough(parse_version(old_version), parse_version(new_version), bump):
        failures.append(
            f"the changes need a {bump} bump from {old_version}, but the version is {new_version}"
        )
    if generated_changed(base, root):
        problem = changelog_problem(new_version, root)
        if problem:
            failures.append(f"generated/ changed since {base}, but {problem}")
    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
