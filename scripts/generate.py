"""Regenerate generated/ from openapi/ (both generators), wholesale and reproducibly.

Usage: python scripts/generate.py [--spec SPEC] [--out DIR]

SPEC defaults to openapi/voucherify-orders.yaml, DIR to generated/. The spec is
validated first, because openapi-python-client accepts some invalid documents
without a word.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename
from spec_operations import SpecError, component_schemas, operations_from_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "voucherify-orders.yaml"
CONFIG = ROOT / "generator-config.yml"
TEMPLATES = ROOT / "templates"
PACKAGE = "voucherify_orders_client"
PYDANTIC_MODULE = "pydantic_models.py"
SCHEMAS_MODULE = "schemas.py"
SERVERS_MODULE = "servers.py"

DATAMODEL_ARGS = [
    "--input-file-type",
    "openapi",
    "--output-model-type",
    "pydantic_v2.BaseModel",
    "--openapi-scopes",
    "schemas",
    "paths",
    "parameters",
    "--naming-strategy",
    "parent-prefixed",
    "--use-title-as-name",
    "--strict-nullable",
    # Optional but not nullable: `X | MISSING`, so an explicit null is refused as
    # the spec says, while nullable fields keep `| None`.
    "--use-missing-sentinel",
    "--target-pydantic-version",
    "2.14",
    "--type-mappings",
    "email=string",
    "--target-python-version",
    "3.11",
    "--disable-timestamp",
    "--use-annotated",
    "--field-constraints",
    "--use-standard-collections",
    "--use-union-operator",
    "--output-datetime-class",
    "AwareDatetime",
    "--use-double-quotes",
    # No formatter here: datamodel-codegen's ruff would pick up the repo's ruff
    # config. We format with ruff --isolated ourselves (see RUFF_FORMAT).
    "--formatters",
    "builtin",
]
RUFF_FORMAT = ["format", "--isolated", "--line-length", "120", "--quiet"]
# Code that would fail at first use: an undefined name (F821 and kin), a name defined twice
# (F811: two methods of one name), a syntax error (always reported).
RUFF_NAMES = [
    "check",
    "--isolated",
    "--select",
    "F811,F821,F822,F823",
    "--output-format",
    "concise",
    "--quiet",
]


def validate_spec(spec: Path) -> None:
    """Exit with the validator's own message (which names the location) if the spec is invalid."""
    try:
        document, _ = read_from_filename(str(spec))
        # The validator's own message for a $ref to nothing is the whole document, and no place.
        dangling = dangling_refs(document)
        if dangling:
            sys.exit(f"{_shown(spec)} is not a valid OpenAPI document:\n" + "\n".join(dangling))
        validate(document)
    except Exception as exc:
        sys.exit(f"{_shown(spec)} is not a valid OpenAPI document:\n{exc}")


def dangling_refs(document: Any) -> list[str]:
    """Each local $ref that points to nothing, with where it is (a JSON pointer)."""
    found: list[str] = []

    def target(ref: str) -> bool:
        node = document
        for raw in ref[2:].split("/") if ref != "#" else []:
            part = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                return False
        return True

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#") and not target(ref):
                found.append(f"{where}: $ref {ref!r} points to nothing in the document")
            for key, value in node.items():
                walk(value, f"{where}/{str(key).replace('~', '~0').replace('/', '~1')}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{where}/{index}")

    walk(document, "#")
    return found


def _shown(path: Path) -> str:
    """A path as messages show it: relative to the repo when inside it."""
    return str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def run(cmd: list[str], cwd: Path) -> None:
    # The venv's bin first, so the post-hooks find the pinned ruff.
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    result = subprocess.run(cmd, cwd=cwd, env=env, check=False)
    if result.returncode != 0:
        sys.exit(f"generation failed: {' '.join(cmd[:2])} exited {result.returncode}")


def build_client(spec: Path, package: Path) -> None:
    """
    Run openapi-python-client in-process, so the templates also see what its parser
    drops: each operation's vendor extensions, servers and parameter constraints
    (the global `operations`, see spec_operations.py).
    """
    from openapi_python_client import Project  # noqa: PLC0415 (codegen group only)
    from openapi_python_client.config import (  # noqa: PLC0415
        Config,
        ConfigFile,
        MetaType,
    )
    from openapi_python_client.parser import GeneratorData  # noqa: PLC0415
    from openapi_python_client.parser.errors import GeneratorError  # noqa: PLC0415

    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    try:
        operations = operations_from_spec(document)
        regions = clusters(document)
    except SpecError as exc:
        sys.exit(f"{spec.name}: {exc}")
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG), MetaType.NONE, spec, "utf-8", overwrite=False, output_path=package
    )
    openapi = GeneratorData.from_dict(document, config=config)
    if isinstance(openapi, GeneratorError):
        sys.exit(f"generation failed: {openapi.header}: {openapi.detail}")
    # The templates find each endpoint's metadata by the generator's module name.
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            if endpoint.name not in operations:
                sys.exit(
                    f"{spec.name}: the generator names {endpoint.method.upper()} {endpoint.path} "
                    f"{endpoint.name!r}, unknown to spec_operations.py (it must use the generator's names)"
                )
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    project.env.globals["operations"] = operations
    project.env.filters["py"] = repr
    # The post-hooks run ruff by name: the venv's, pinned.
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    errors = project.build()
    # As --fail-on-warning: a warning means part of the spec was skipped.
    if errors:
        details = "\n".join(f"{error.header}: {error.detail}" for error in errors)
        sys.exit(f"generation failed:\n{details}")
    schemas = component_schemas(document)
    (package / SCHEMAS_MODULE).write_text(
        '"""The spec\'s component schemas, reduced to what input checks read '
        '(written by scripts/generate.py)."""'
        "\n\nfrom typing import Any\n\nSCHEMAS: dict[str, Any] = "
        f"{schemas!r}\n",
        encoding="utf-8",
    )
    (package / SERVERS_MODULE).write_text(
        '"""The spec\'s regional clusters: the API host and the download host of each '
        '(written by scripts/generate.py)."""'
        f"\n\nCLUSTERS: dict[str, tuple[str, str]] = {regions!r}\n",
        encoding="utf-8",
    )
    for module in (SCHEMAS_MODULE, SERVERS_MODULE):
        run([str(Path(sys.executable).parent / "ruff"), *RUFF_FORMAT, str(package / module)], cwd=package)


def clusters(document: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """
    Each regional cluster the spec's servers name (`x-cluster`): its API host (the
    document's servers) and its download host (the servers of the operations on it).
    """
    api: dict[str, str] = {}
    download: dict[str, str] = {}
    operations = [op for item in document["paths"].values() for op in item.values() if isinstance(op, dict)]
    for hosts, servers in [(api, document.get("servers", []))] + [
        (download, op["servers"]) for op in operations if op.get("servers")
    ]:
        for server in servers:
            if not isinstance(server.get("x-cluster"), str):
                raise SpecError(f"server {server.get('url')} names no cluster (x-cluster)")
            hosts[server["x-cluster"]] = server["url"]
    if download and api.keys() != download.keys():
        raise SpecError(f"API clusters {sorted(api)} and download clusters {sorted(download)} differ")
    # A spec with no operation on a host of its own downloads from the API host.
    return {name: (url, download.get(name, url)) for name, url in api.items()}


def generate(out: Path, spec: Path = SPEC) -> Path:
    """Write the generated package into out/ and return its path."""
    validate_spec(spec)
    package = out / PACKAGE
    if package.exists():
        shutil.rmtree(package)
    out.mkdir(parents=True, exist_ok=True)
    bindir = Path(sys.executable).parent
    build_client(spec, package)
    # datamodel-codegen reads formatter settings from pyproject.toml files above
    # its output path, so it writes into a fresh temporary folder: the bytes must
    # not depend on where the repo (or check_generated's temp tree) lives.
    with tempfile.TemporaryDirectory() as scratch:
        module = Path(scratch) / PYDANTIC_MODULE
        run(
            [
                str(bindir / "datamodel-codegen"),
                "--input",
                str(spec),
                "--output",
                str(module),
                *DATAMODEL_ARGS,
            ],
            cwd=Path(scratch),
        )
        run([str(bindir / "ruff"), *RUFF_FORMAT, str(module)], cwd=Path(scratch))
        shutil.copyfile(module, package / PYDANTIC_MODULE)
    check_names(package)
    # --meta none writes no py.typed; the package is typed, so say so.
    (package / "py.typed").write_text("")
    for cache in package.rglob(".ruff_cache"):
        shutil.rmtree(cache)
    for cache in package.rglob("__pycache__"):
        shutil.rmtree(cache)
    return package


def check_names(package: Path) -> None:
    """Exit if the generated code uses a name it never defines, or defines one twice (ruff)."""
    ruff = Path(sys.executable).parent / "ruff"
    result = subprocess.run(
        [str(ruff), *RUFF_NAMES, "."], cwd=package, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        sys.exit(
            f"generation failed: the generated code would fail when used:\n{result.stdout}{result.stderr}"
            "the spec asks for something scripts/spec_operations.py does not check yet; fix the spec "
            "(and add the check)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--spec", type=Path, default=SPEC, help="the OpenAPI document (default: the curated one)"
    )
    parser.add_argument(
        "--out", type=Path, default=ROOT / "generated", help="where to write (default: generated/)"
    )
    args = parser.parse_args()
    package = generate(args.out.resolve(), args.spec.resolve())
    print(f"generated {_shown(package)}")


if __name__ == "__main__":
    main()
