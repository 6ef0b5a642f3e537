"""The release gate: what a spec change does to the teams that pin this package, and the version it needs.

Usage:
    python scripts/spec_diff.py [--report]         report the changes since the last recorded release
    python scripts/spec_diff.py --check            the gate: fail unless version and CHANGELOG match them
    python scripts/spec_diff.py --write-changelog  draft the CHANGELOG section for the current version
    python scripts/spec_diff.py --record           record the current tree as the release of its version
    python scripts/spec_diff.py --compare OLD NEW  classify the changes between two spec files

The baseline is in the repository, not in git tags: openapi/releases/<version>/ holds the
spec as released, the public Python API it generated (python-api.json) and the generator
pins (release.json). The gate compares the working tree with the newest release recorded
below the version in pyproject.toml, so a shallow clone without tags gives the same
verdict as a full one. A tree without any recorded release fails, and so does a version
with nothing recorded before it, unless its own record carries the first-release marker
(`--record --first-release`).

Each change is classified from the point of view of code written against the old release:

* breaking: an operation, parameter, field, schema or enum value removed; a type or format
  changed; a parameter, request body or request field newly required; a response field made
  nullable or no longer required; a success status or its content type changed; a public
  Python name removed or a signature narrowed (a generated model's constructor gaining a
  required argument, say); an annotation changed other than as below.
* additive: a new optional parameter or field, operation, schema or enum value; a request
  that accepts more than before (a field or the request body now optional, a field nullable).
* other: descriptions, examples, generator pins; nothing a caller can notice.

Constraints are classified by direction and by the side a schema travels on. Narrower means
a higher minimum, a lower maximum (or either made exclusive), a higher minLength / minItems /
minProperties, a new or lower maxLength / maxItems / maxProperties, a new pattern, a new
multipleOf (or one the old divides), uniqueItems made true, additionalProperties made false,
a new enum restriction. On what the client sends (parameters, request bodies) narrower is
breaking (a call that worked is refused, by the client's own checks or the API's) and wider
additive. On what it receives the generated decoders check types, nulls and required fields
but none of these constraints, so nothing fails to decode; still, code may rely on a
documented bound, so a response that may now hold more is breaking (the conservative choice)
and one that holds less additive; an object opened to unlisted fields is additive there (the
decoders keep them). A changed pattern, or a multipleOf neither divides, admits other values:
breaking on either side. A parameter's style changed is breaking, and so is its explode when
it holds several values (an array or object); defaults are filled in before comparing.

Our vendor extensions change what the generated code is or does, so:

* breaking: x-pagination removed, added to an existing operation (the method's return type
  changes) or any of its keys changed (default-limit too); a key of
  x-retry-safe-when-keyed-by, or x-retry-safe, removed (calls no longer retried); x-null-clears
  added or removed on what is sent (None now clears, or no longer clears, a stored value);
  x-method-name, x-body-name or x-enum-varnames renaming a method, argument or enum member
  (an x-method-name equal to the name derived from the operationId renames nothing);
  x-hand-written added or changed (the generated method goes); a name removed from
  x-conveniences; a server's cluster (x-cluster) removed, top level or on an operation.
* additive: retry safety added, an x-conveniences name or a cluster added, x-hand-written
  removed (a generated method appears).
* other: x-real-path changed, a cluster's URL changed (the same `cluster=` still works),
  x-answer-echoes changed (what an answer must show of its request: only an answer that
  belongs to another call is refused).

The Python API snapshot records each parameter's annotation and each function's return
annotation: a parameter whose union now holds its old members and more is additive, a return
value whose union is now a subset of the old is additive, anything else breaking. Releases
recorded before annotations were (0.1.0 to 0.2.5) hold none; against them both sides are
compared without annotations.

Below 1.0 a breaking change needs a minor bump and anything else a patch bump; from 1.0 on,
major and minor (semantic versioning). The output is plain text.
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import shutil
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from spec_operations import generator_name
from spec_operations import method_name as derived_method_name

ROOT = Path(__file__).resolve().parent.parent
SPEC = Path("openapi") / "voucherify-orders.yaml"
RELEASES = Path("openapi") / "releases"
API_FILE = "python-api.json"
META_FILE = "release.json"
PACKAGES = {"voucherify_orders": "overrides", "voucherify_orders_client": "generated"}
PINNED_TOOLS = ("openapi-python-client", "datamodel-code-generator", "ruff")
SEVERITY = {"breaking": 0, "additive": 1, "other": 2}

Version = tuple[int, int, int]
Schema = dict[str, Any]


@dataclass(frozen=True, order=True)
class Change:
    kind: str  # "breaking", "additive" or "other"
    where: str  # a short, unique location, e.g. "list-orders.query.page" or "schemas.Order.status"
    what: str

    def __str__(self) -> str:
        return f"{self.kind:8} {self.where}: {self.what}"


# -- comparing two specs ---------------------------------------------------------------------------


def _ref_name(node: Any) -> str | None:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        return str(node["$ref"]).rsplit("/", 1)[1]
    return None


def _resolve(spec: Schema, node: Any, section: str) -> Any:
    """Follow a local `$ref` into components/<section>, once per hop."""
    seen = 0
    while (name := _ref_name(node)) is not None and seen < 20:
        node = spec.get("components", {}).get(section, {}).get(name, {})
        seen += 1
    return node


def _types(schema: Schema) -> tuple[frozenset[str], bool]:
    """A schema's JSON types and whether it admits null (OpenAPI 3.0 `nullable` and 3.1 type lists)."""
    raw = schema.get("type")
    names = set(raw) if isinstance(raw, list) else ({raw} if isinstance(raw, str) else set())
    nullable = bool(schema.get("nullable")) or "null" in names
    return frozenset(names - {"null"}), nullable


def _refs(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        name = _ref_name(node)
        if name is not None and str(node["$ref"]).startswith("#/components/schemas/"):
            found.add(name)
        for value in node.values():
            found |= _refs(value)
    elif isinstance(node, list):
        for value in node:
            found |= _refs(value)
    return found


def operations(spec: Schema) -> dict[str, tuple[str, str, Schema, Schema]]:
    """operationId (or METHOD path when there is none) -> (method, path, operation, path item)."""
    found = {}
    for path, item in (spec.get("paths") or {}).items():
        for method, op in item.items():
            if method in {"get", "put", "post", "delete", "patch", "head", "options", "trace"}:
                found[op.get("operationId") or f"{method.upper()} {path}"] = (method.upper(), path, op, item)
    return found


def schema_sides(spec: Schema) -> dict[str, set[str]]:
    """Component schema name -> the directions it travels in ("request", "response"), transitively."""
    roots: dict[str, set[str]] = {"request": set(), "response": set()}
    for _, _, op, item in operations(spec).values():
        roots["request"] |= _refs(op.get("requestBody", {}))
        for param in [*item.get("parameters", []), *op.get("parameters", [])]:
            roots["request"] |= _refs(_resolve(spec, param, "parameters"))
        for response in op.get("responses", {}).values():
            roots["response"] |= _refs(_resolve(spec, response, "responses"))
    schemas = spec.get("components", {}).get("schemas", {})
    sides: dict[str, set[str]] = {}
    for side, names in roots.items():
        pending = list(names)
        while pending:
            name = pending.pop()
            if side in sides.setdefault(name, set()):
                continue
            sides[name].add(side)
            pending.extend(_refs(schemas.get(name, {})))
    return sides


def _serialization(spec: Schema, param: Schema) -> str:
    """
    How a parameter is written into the request: its style and explode, defaults filled in.
    Explode is left out for a one-value parameter, which it does not change.
    """
    default = "simple" if param.get("in") in ("path", "header") else "form"
    style = param.get("style", default)
    kinds, _ = _types(_resolve(spec, param.get("schema", {}), "schemas"))
    if not kinds & {"array", "object"}:
        return f"style={style}"
    explode = param.get("explode", style == "form")
    return f"style={style}, explode={str(bool(explode)).lower()}"


def _method_name(op: Schema) -> str:
    """The resource method an operation becomes, as the generator names it."""
    if "x-method-name" in op:
        return str(op["x-method-name"])
    tag = (op.get("tags") or ["default"])[0]
    return derived_method_name(str(op.get("operationId")), generator_name(str(tag), prefix="tag"))


def _alternatives(spec: Schema, op: Schema) -> list[dict[str, frozenset[str]]]:
    """An operation's security alternatives (its own, or the document's): scheme -> scopes."""
    declared: list[dict[str, list[str] | None]] = op.get("security", spec.get("security")) or []
    return [{name: frozenset(scopes or []) for name, scopes in alt.items()} for alt in declared] or [{}]


def _needs_no_more(new: dict[str, frozenset[str]], old: dict[str, frozenset[str]]) -> bool:
    return all(name in old and scopes <= old[name] for name, scopes in new.items())


class SpecDiff:
    """Classifies every change between two OpenAPI 3 documents."""

    def __init__(self, old: Schema, new: Schema) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []

    def add(self, kind: str, where: str, what: str) -> None:
        self.changes.append(Change(kind, where, what))

    def run(self) -> list[Change]:
        self.compare_operations()
        self.compare_components()
        self.compare_servers("servers", self.old.get("servers") or [], self.new.get("servers") or [])
        self.compare_conveniences()
        if not self.changes and self.old != self.new:
            self.add("other", "spec", "descriptions, examples or other details changed")
        return sorted(set(self.changes), key=lambda c: (SEVERITY[c.kind], c.where, c.what))

    # operations

    def compare_operations(self) -> None:
        before, after = operations(self.old), operations(self.new)
        for op_id in sorted(before.keys() - after.keys()):
            method, path, _, _ = before[op_id]
            self.add("breaking", op_id, f"operation removed ({method} {path})")
        for op_id in sorted(after.keys() - before.keys()):
            method, path, _, _ = after[op_id]
            self.add("additive", op_id, f"operation added ({method} {path})")
        for op_id in sorted(before.keys() & after.keys()):
            old_method, old_path, old_op, old_item = before[op_id]
            new_method, new_path, new_op, new_item = after[op_id]
            if (old_method, old_path) != (new_method, new_path):
                self.add("breaking", op_id, f"moved from {old_method} {old_path} to {new_method} {new_path}")
            self.compare_parameters(op_id, old_op, old_item, new_op, new_item)
            self.compare_security(op_id, old_op, new_op)
            self.compare_request_body(op_id, old_op, new_op)
            self.compare_responses(op_id, old_op, new_op)
            self.compare_extensions(op_id, old_op, new_op)
            if "servers" in old_op or "servers" in new_op:
                self.compare_servers(
                    f"{op_id}.servers", old_op.get("servers") or [], new_op.get("servers") or []
                )

    def compare_extensions(self, op_id: str, old_op: Schema, new_op: Schema) -> None:
        """Our vendor extensions on an operation: what the generated method is and does."""
        before, after = old_op.get("x-pagination"), new_op.get("x-pagination")
        here = f"{op_id}.x-pagination"
        if before and not after:
            self.add("breaking", here, "no longer paginated: the method returns the list model, not a Page")
        elif after and not before:
            self.add("breaking", here, "now paginated: the method returns a Page, not the list model")
        elif isinstance(before, dict) and isinstance(after, dict):
            for key in sorted(before.keys() | after.keys()):
                if before.get(key) != after.get(key):
                    self.add("breaking", here, f"{key} {before.get(key)} -> {after.get(key)}")
        here = f"{op_id}.x-retry-safe-when-keyed-by"
        keys_before = set(old_op.get("x-retry-safe-when-keyed-by") or ())
        keys_after = set(new_op.get("x-retry-safe-when-keyed-by") or ())
        for key in sorted(keys_before - keys_after):
            self.add("breaking", here, f"a body keyed by {key} is no longer retried")
        for key in sorted(keys_after - keys_before):
            self.add("additive", here, f"a body keyed by {key} is now retried")
        here = f"{op_id}.x-retry-safe"
        if old_op.get("x-retry-safe") is True and new_op.get("x-retry-safe") is not True:
            self.add("breaking", here, "no longer retried")
        elif new_op.get("x-retry-safe") is True and old_op.get("x-retry-safe") is not True:
            self.add("additive", here, "now retried")
        before, after = _method_name(old_op), _method_name(new_op)
        if before != after:
            self.add("breaking", f"{op_id}.x-method-name", f"the method is named {after}, was {before}")
        before, after = old_op.get("x-body-name", "body"), new_op.get("x-body-name", "body")
        if before != after and "requestBody" in old_op:
            self.add(
                "breaking",
                f"{op_id}.x-body-name",
                f"the request body argument is named {after}, was {before}",
            )
        before, after = old_op.get("x-hand-written"), new_op.get("x-hand-written")
        here = f"{op_id}.x-hand-written"
        if after and not before:
            self.add("breaking", here, f"no generated method any more ({after} covers it)")
        elif before and not after:
            self.add("additive", here, f"a generated method now (besides {before})")
        elif before != after:
            self.add("breaking", here, f"covered by {after}, was {before}")
        if old_op.get("x-real-path") != new_op.get("x-real-path"):
            before, after = old_op.get("x-real-path", "its path"), new_op.get("x-real-path", "its path")
            self.add("other", f"{op_id}.x-real-path", f"sent to {after}, was {before}")
        if old_op.get("x-answer-echoes") != new_op.get("x-answer-echoes"):
            before, after = old_op.get("x-answer-echoes", "nothing"), new_op.get("x-answer-echoes", "nothing")
            self.add("other", f"{op_id}.x-answer-echoes", f"its answer must show {after}, was {before}")

    def compare_servers(self, where: str, old: list[Schema], new: list[Schema]) -> None:
        """Servers by cluster (`x-cluster`, else the URL): `cluster="as1"` fails once as1 is gone."""
        before = {str(s.get("x-cluster") or s.get("url")): s.get("url") for s in old if isinstance(s, dict)}
        after = {str(s.get("x-cluster") or s.get("url")): s.get("url") for s in new if isinstance(s, dict)}
        for name in sorted(before.keys() - after.keys()):
            self.add("breaking", f"{where}.{name}", "server (cluster) removed")
        for name in sorted(after.keys() - before.keys()):
            self.add("additive", f"{where}.{name}", "server (cluster) added")
        for name in sorted(before.keys() & after.keys()):
            if before[name] != after[name]:  # the same cluster name still reaches its API
                self.add("other", f"{where}.{name}", f"URL {before[name]} -> {after[name]}")

    def compare_conveniences(self) -> None:
        """`x-conveniences`: the names the hand-written layer adds to each resource."""
        old, new = self.old.get("x-conveniences") or {}, self.new.get("x-conveniences") or {}
        for tag in sorted(old.keys() | new.keys()):
            names_before, names_after = set(old.get(tag) or ()), set(new.get(tag) or ())
            for name in sorted(names_before - names_after):
                self.add("breaking", f"x-conveniences.{tag}.{name}", "convenience removed")
            for name in sorted(names_after - names_before):
                self.add("additive", f"x-conveniences.{tag}.{name}", "convenience added")

    def _parameters(self, spec: Schema, op: Schema, item: Schema) -> dict[tuple[str, str], Schema]:
        found = {}
        for declared in [*item.get("parameters", []), *op.get("parameters", [])]:
            param = _resolve(spec, declared, "parameters")
            found[(param.get("in", "query"), param["name"])] = param
        return found

    def compare_parameters(
        self, op_id: str, old_op: Schema, old_item: Schema, new_op: Schema, new_item: Schema
    ) -> None:
        before = self._parameters(self.old, old_op, old_item)
        after = self._parameters(self.new, new_op, new_item)
        for where, name in sorted(before.keys() - after.keys()):
            self.add("breaking", f"{op_id}.{where}.{name}", f"{where} parameter removed")
        for where, name in sorted(after.keys() - before.keys()):
            if after[(where, name)].get("required"):
                self.add("breaking", f"{op_id}.{where}.{name}", f"required {where} parameter added")
            else:
                self.add("additive", f"{op_id}.{where}.{name}", f"optional {where} parameter added")
        for key in sorted(before.keys() & after.keys()):
            old, new = before[key], after[key]
            here = f"{op_id}.{key[0]}.{key[1]}"
            if new.get("required") and not old.get("required"):
                self.add("breaking", here, "parameter newly required")
            elif old.get("required") and not new.get("required"):
                self.add("additive", here, "parameter now optional")
            old_form, new_form = _serialization(self.old, old), _serialization(self.new, new)
            if old_form != new_form:  # the server reads the value another way
                self.add("breaking", here, f"serialized as {new_form}, was {old_form}")
            self.compare_schema(here, old.get("schema", {}), new.get("schema", {}), {"request"})

    def compare_security(self, op_id: str, old_op: Schema, new_op: Schema) -> None:
        """
        A security requirement is a list of alternatives, each a set of schemes (with
        scopes) sent together. A client that met an old alternative still gets in if some
        new alternative asks for no more than it sent; else the change is breaking. So is a
        scheme that now means another header (or another kind of credential).
        """
        here = f"{op_id}.security"
        before = _alternatives(self.old, old_op)
        after = _alternatives(self.new, new_op)
        for old in before:
            if not any(_needs_no_more(new, old) for new in after):
                sent = " + ".join(sorted(old)) or "no credentials"
                self.add("breaking", here, f"{sent} no longer suffices")
        for new in after:  # a client sending just these was refused before
            if not any(_needs_no_more(old, new) for old in before):
                self.add("additive", here, f"now also accepts {' + '.join(sorted(new)) or 'no credentials'}")
        used = {name for alternative in before for name in alternative}
        old_schemes = self.old.get("components", {}).get("securitySchemes", {})
        new_schemes = self.new.get("components", {}).get("securitySchemes", {})
        for name in sorted(used & new_schemes.keys()):
            old_scheme, new_scheme = old_schemes.get(name, {}), new_schemes[name]
            keys = ("type", "in", "name", "scheme")
            if any(old_scheme.get(key) != new_scheme.get(key) for key in keys):
                self.add("breaking", f"{here}.{name}", "the scheme now asks for another credential")

    def compare_request_body(self, op_id: str, old_op: Schema, new_op: Schema) -> None:
        here = f"{op_id}.body"
        old = _resolve(self.old, old_op.get("requestBody"), "requestBodies")
        new = _resolve(self.new, new_op.get("requestBody"), "requestBodies")
        if not old and not new:
            return
        if not new:
            self.add("breaking", here, "request body removed")
            return
        if not old:
            required = bool(new.get("required"))
            self.add(
                "breaking" if required else "additive",
                here,
                f"{'required' if required else 'optional'} request body added",
            )
            return
        if new.get("required") and not old.get("required"):
            self.add("breaking", here, "request body newly required")
        elif old.get("required") and not new.get("required"):
            self.add("additive", here, "request body now optional")
        old_content, new_content = old.get("content", {}), new.get("content", {})
        for media in sorted(old_content.keys() - new_content.keys()):
            self.add("breaking", here, f"no longer accepts {media}")
        for media in sorted(new_content.keys() - old_content.keys()):
            self.add("additive", here, f"also accepts {media}")
        for media in sorted(old_content.keys() & new_content.keys()):
            self.compare_schema(
                here, old_content[media].get("schema", {}), new_content[media].get("schema", {}), {"request"}
            )

    def compare_responses(self, op_id: str, old_op: Schema, new_op: Schema) -> None:
        old = {str(k): _resolve(self.old, v, "responses") for k, v in old_op.get("responses", {}).items()}
        new = {str(k): _resolve(self.new, v, "responses") for k, v in new_op.get("responses", {}).items()}
        old_ok = sorted(s for s in old if s.startswith("2"))
        new_ok = sorted(s for s in new if s.startswith("2"))
        if old_ok != new_ok:
            self.add(
                "breaking", f"{op_id}.responses", f"success status {'/'.join(old_ok)} -> {'/'.join(new_ok)}"
            )
        for status in sorted((old.keys() | new.keys()) - set(old_ok) - set(new_ok)):
            if status not in new:
                self.add("other", f"{op_id}.responses.{status}", "error response no longer documented")
            elif status not in old:
                self.add("other", f"{op_id}.responses.{status}", "error response documented")
        for status in sorted(set(old_ok) & set(new_ok)):
            here = f"{op_id}.responses.{status}"
            old_content, new_content = old[status].get("content", {}), new[status].get("content", {})
            if sorted(old_content) != sorted(new_content):
                before = ", ".join(sorted(old_content)) or "no body"
                after = ", ".join(sorted(new_content)) or "no body"
                self.add("breaking", here, f"content type {before} -> {after}")
            for media in sorted(old_content.keys() & new_content.keys()):
                self.compare_schema(
                    here,
                    old_content[media].get("schema", {}),
                    new_content[media].get("schema", {}),
                    {"response"},
                )

    # schemas

    def compare_components(self) -> None:
        old_schemas = self.old.get("components", {}).get("schemas", {})
        new_schemas = self.new.get("components", {}).get("schemas", {})
        for name in sorted(old_schemas.keys() - new_schemas.keys()):
            self.add("breaking", f"schemas.{name}", "schema removed")
        for name in sorted(new_schemas.keys() - old_schemas.keys()):
            self.add("additive", f"schemas.{name}", "schema added")
        sides_old, sides_new = schema_sides(self.old), schema_sides(self.new)
        for name in sorted(old_schemas.keys() & new_schemas.keys()):
            # A schema nothing references still becomes a generated model: treat it as both.
            sides = sides_old.get(name, set()) | sides_new.get(name, set()) or {"request", "response"}
            self.compare_schema(f"schemas.{name}", old_schemas[name], new_schemas[name], sides)

    def compare_schema(self, where: str, old: Schema, new: Schema, sides: set[str]) -> None:
        request, response = "request" in sides, "response" in sides
        old_ref, new_ref = _ref_name(old), _ref_name(new)
        if old_ref or new_ref:
            if old_ref != new_ref:
                self.add("breaking", where, f"type {self._describe(old)} -> {self._describe(new)}")
            return  # the named schema is compared once, under components
        if (
            len(old.get("allOf", [])) == 1
            and len(new.get("allOf", [])) == 1
            and set(old) == set(new) == {"allOf"}
        ):
            self.compare_schema(where, old["allOf"][0], new["allOf"][0], sides)
            return
        (old_types, old_null), (new_types, new_null) = _types(old), _types(new)
        retyped = old_types != new_types or old.get("format") != new.get("format")
        if retyped:
            self.add("breaking", where, f"type {self._describe(old)} -> {self._describe(new)}")
        if new_null and not old_null:
            if response:
                self.add("breaking", where, "response field made nullable")
            else:
                self.add("additive", where, "now also accepts null")
        elif old_null and not new_null:
            if request:
                self.add("breaking", where, "no longer accepts null")
            else:
                self.add("additive", where, "response field no longer null")
        self.compare_enum(where, old.get("enum"), new.get("enum"), request)
        if not retyped:  # another type's bounds, lengths and patterns are not comparable
            self.compare_constraints(where, old, new, sides)
        self.compare_schema_extensions(where, old, new, sides)
        self.compare_properties(where, old, new, sides)
        if isinstance(old.get("items"), dict) and isinstance(new.get("items"), dict):
            self.compare_schema(f"{where}[]", old["items"], new["items"], sides)
        old_extra, new_extra = old.get("additionalProperties"), new.get("additionalProperties")
        if isinstance(old_extra, dict) and isinstance(new_extra, dict):
            self.compare_schema(f"{where}{{}}", old_extra, new_extra, sides)
        for combiner in ("oneOf", "anyOf", "allOf"):
            self.compare_variants(where, combiner, old.get(combiner, []), new.get(combiner, []), sides)

    def _describe(self, schema: Schema) -> str:
        name = _ref_name(schema)
        if name:
            return name
        types, nullable = _types(schema)
        text = "|".join(sorted(types)) or ("object" if "properties" in schema else "any")
        if schema.get("format"):
            text += f"({schema['format']})"
        if "array" in types and isinstance(schema.get("items"), dict):
            text += f"<{self._describe(schema['items'])}>"
        return text + ("?" if nullable else "")

    def compare_enum(self, where: str, old: list[Any] | None, new: list[Any] | None, request: bool) -> None:
        if old is None and new is None:
            return
        if old is None:
            self.add("breaking" if request else "additive", where, "values now limited to an enum")
            return
        if new is None:
            self.add("breaking", where, "enum dropped (its generated enum class goes away)")
            return
        for value in old:
            if value not in new:
                self.add("breaking", where, f"enum value {value!r} removed")
        for value in new:
            if value not in old:
                self.add("additive", where, f"enum value {value!r} added")

    def compare_schema_extensions(self, where: str, old: Schema, new: Schema, sides: set[str]) -> None:
        """`x-null-clears` (what None sends) and `x-enum-varnames` (the Python names of enum values)."""
        before, after = bool(old.get("x-null-clears")), bool(new.get("x-null-clears"))
        if before != after:
            kind = "breaking" if "request" in sides else "other"  # it changes only what is sent
            if after:
                self.add(kind, where, "None is now sent as null (clears the stored value), was left out")
            else:
                self.add(kind, where, "None is now left out, was sent as null (cleared the stored value)")
        old_names = dict(zip(old.get("enum") or [], old.get("x-enum-varnames") or [], strict=False))
        new_names = dict(zip(new.get("enum") or [], new.get("x-enum-varnames") or [], strict=False))
        for value in old_names.keys() & new_names.keys():
            if old_names[value] != new_names[value]:
                self.add(
                    "breaking",
                    where,
                    f"enum value {value!r} is named {new_names[value]}, was {old_names[value]}",
                )

    def narrowed(self, where: str, what: str, sides: set[str]) -> None:
        """A schema now admits less: breaking where the client sends it, additive where it reads it."""
        self.add("breaking" if "request" in sides else "additive", where, f"{what} (admits less)")

    def widened(self, where: str, what: str, sides: set[str]) -> None:
        """
        A schema now admits more: additive where the client sends it. Where it reads it, the
        generated decoders check types, nulls and required fields but no bound, length, pattern
        or closed object, so nothing fails to decode; but code written against the old release
        may rely on the documented bound (a percentage up to 100, an id of a fixed form), so a
        response that may now hold more is breaking (the conservative choice).
        """
        self.add("breaking" if "response" in sides else "additive", where, f"{what} (admits more)")

    def compare_constraints(self, where: str, old: Schema, new: Schema, sides: set[str]) -> None:
        """Bounds, lengths, item counts, patterns, multipleOf, uniqueItems, closed objects: by direction."""
        for low in (True, False):
            before, after = _bound(old, low), _bound(new, low)
            if before == after:
                continue
            name = "minimum" if low else "maximum"
            what = f"{name} {_show_bound(before)} -> {_show_bound(after)}"
            stricter = _stricter(after, before, low)
            (self.narrowed if stricter else self.widened)(where, what, sides)
        for key, low in _SIZES.items():
            size_before, size_after = _size(old, key, low), _size(new, key, low)
            if size_before == size_after or _NOT_A_SIZE in (size_before, size_after):
                continue
            what = f"{key} {_show_size(size_before)} -> {_show_size(size_after)}"
            (self.narrowed if _smaller(size_after, size_before, low) else self.widened)(where, what, sides)
        before, after = old.get("pattern"), new.get("pattern")
        if before != after:
            if before is None:
                self.narrowed(where, f"pattern {after!r} added", sides)
            elif after is None:
                self.widened(where, f"pattern {before!r} removed", sides)
            else:  # which strings either admits cannot be told in general: breaking on either side
                self.add("breaking", where, f"pattern {before!r} -> {after!r} (admits other strings)")
        before, after = old.get("multipleOf"), new.get("multipleOf")
        if before != after:
            what = f"multipleOf {before} -> {after}"
            if before is None or (after is not None and after % before == 0):
                self.narrowed(where, what, sides)
            elif after is None or before % after == 0:
                self.widened(where, what, sides)
            else:
                self.add("breaking", where, f"{what} (admits other numbers)")
        if bool(old.get("uniqueItems")) != bool(new.get("uniqueItems")):
            what = "items must now be unique" if new.get("uniqueItems") else "items need no longer be unique"
            (self.narrowed if new.get("uniqueItems") else self.widened)(where, what, sides)
        closed_before = old.get("additionalProperties") is False
        closed_after = new.get("additionalProperties") is False
        if closed_after and not closed_before:
            self.narrowed(where, "no longer accepts fields the schema does not list", sides)
        elif closed_before and not closed_after:
            # Decoders keep fields they do not know (as with any field added to a response).
            self.add("additive", where, "now also accepts fields the schema does not list (admits more)")

    def compare_properties(self, where: str, old: Schema, new: Schema, sides: set[str]) -> None:
        request, response = "request" in sides, "response" in sides
        old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
        old_req, new_req = set(old.get("required", [])), set(new.get("required", []))
        for name in sorted(old_props.keys() - new_props.keys()):
            self.add("breaking", f"{where}.{name}", "field removed")
        for name in sorted(new_props.keys() - old_props.keys()):
            if name in new_req and request:
                self.add("breaking", f"{where}.{name}", "required request field added")
            else:
                self.add(
                    "additive", f"{where}.{name}", "field added" + (" (required)" if name in new_req else "")
                )
        for name in sorted(old_props.keys() & new_props.keys()):
            here = f"{where}.{name}"
            if name in new_req and name not in old_req:
                if request:
                    self.add("breaking", here, "request field newly required")
                else:
                    self.add("additive", here, "response field now always present")
            elif name in old_req and name not in new_req:
                if response:
                    self.add("breaking", here, "response field no longer required (may be missing)")
                else:
                    self.add("additive", here, "request field now optional")
            self.compare_schema(here, old_props[name], new_props[name], sides)

    def compare_variants(
        self, where: str, combiner: str, old: list[Any], new: list[Any], sides: set[str]
    ) -> None:
        if not old and not new:
            return
        for index, (before, after) in enumerate(zip(old, new, strict=False)):
            self.compare_schema(f"{where}.{combiner}[{index}]", before, after, sides)
        if len(new) == len(old):
            return
        if combiner == "allOf":
            self.add("breaking", where, f"allOf has {len(new)} parts instead of {len(old)}")
        elif len(new) > len(old):
            kind = "breaking" if "response" in sides else "additive"
            self.add(kind, where, f"{combiner} gains {len(new) - len(old)} alternative(s)")
        else:
            kind = "breaking" if "request" in sides else "additive"
            self.add(kind, where, f"{combiner} loses {len(old) - len(new)} alternative(s)")


#: Size keywords: True for a lower bound (default 0), False for an upper one (default none).
_SIZES = {
    "minLength": True,
    "maxLength": False,
    "minItems": True,
    "maxItems": False,
    "minProperties": True,
    "maxProperties": False,
}

Bound = tuple[float, bool] | None  # (value, exclusive), or no bound


_NOT_A_SIZE = -1


def _size(schema: Schema, key: str, low: bool) -> int | None:
    """A size bound (None: no upper bound; a missing lower bound is 0; _NOT_A_SIZE: unreadable)."""
    value = schema.get(key)
    if value is None:
        return 0 if low else None
    return int(value) if _is_number(value) and value >= 0 else _NOT_A_SIZE


def _smaller(new: int | None, old: int | None, low: bool) -> bool:
    """Whether size bound `new` admits less than `old` (where they differ)."""
    if low:
        return (new or 0) > (old or 0)
    return new is not None and (old is None or new < old)


def _show_size(size: int | None) -> str:
    return "none" if size is None else str(size)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _bound(schema: Schema, low: bool) -> Bound:
    """A schema's lower (or upper) numeric bound, OpenAPI 3.0 (boolean) and 3.1 (numeric) exclusives alike."""
    plain, exclusive = ("minimum", "exclusiveMinimum") if low else ("maximum", "exclusiveMaximum")
    value, flag = schema.get(plain), schema.get(exclusive)
    found: list[tuple[float, bool]] = []
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        found.append((float(value), flag is True))
    if isinstance(flag, (int, float)) and not isinstance(flag, bool):
        found.append((float(flag), True))
    if not found:
        return None
    # Several bounds: the strictest one holds.
    best = found[0]
    for bound in found[1:]:
        if _stricter(bound, best, low):
            best = bound
    return best


def _stricter(new: Bound, old: Bound, low: bool) -> bool:
    """Whether bound `new` admits less than `old` (where they differ)."""
    if new is None:
        return False
    if old is None:
        return True
    if new[0] != old[0]:
        return new[0] > old[0] if low else new[0] < old[0]
    return new[1] and not old[1]


def _show_bound(bound: Bound) -> str:
    if bound is None:
        return "none"
    value = int(bound[0]) if bound[0].is_integer() else bound[0]
    return f"{value} (exclusive)" if bound[1] else str(value)


def diff_specs(old: Schema, new: Schema) -> list[Change]:
    return SpecDiff(old, new).run()


# -- the public Python API -------------------------------------------------------------------------

Surface = dict[str, Any]


def _is_public(name: str) -> bool:
    return not name.startswith("_") or name == "__init__"


def _annotation(node: Any) -> str | None:
    return None if node is None else str(node)


def _parameters(function: Any, method: bool = False) -> list[list[Any]]:
    """[name, kind, has a default, annotation (None: none written)] for each parameter."""
    params = [
        [p.name, str(p.kind.value), p.default is not None, _annotation(p.annotation)]
        for p in function.parameters
    ]
    return params[1:] if method and params and params[0][0] in ("self", "cls") else params


def _attrs_init(cls: Any) -> list[list[Any]] | None:
    """The __init__ attrs writes for a class decorated with attrs' define (griffe cannot see it)."""
    decorators = " ".join(str(d.value) for d in cls.decorators)
    if not re.search(r"\b(_?attrs_define|define|frozen|attr\.s|attrs|mutable)\b", decorators):
        return None
    params: list[list[Any]] = []
    for member in cls.members.values():
        if member.is_alias or not member.is_attribute or member.annotation is None:
            continue
        if "property" in member.labels or member.parent is not cls:
            continue
        if "ClassVar" in str(member.annotation):
            continue
        value = "" if member.value is None else str(member.value)
        if re.search(r"init\s*=\s*False", value):
            continue
        required = member.value is None or (
            ("field(" in value or "ib(" in value) and "default" not in value and "factory" not in value
        )
        params.append(
            [member.name.lstrip("_"), "positional or keyword", not required, _annotation(member.annotation)]
        )
    return params


def _describe_object(obj: Any, depth: int = 0) -> Any:
    import griffe  # noqa: PLC0415

    try:
        target = obj.final_target if obj.is_alias else obj
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return {"kind": "alias"}
    if target.is_function:
        return {
            "kind": "function",
            "params": _parameters(target, method=depth > 0),
            "returns": _annotation(target.returns),
        }
    if target.is_class:
        members = {}
        try:
            everything = target.all_members  # inherited members too: a method moved to a base stays public
        except (griffe.AliasResolutionError, griffe.CyclicAliasError):
            everything = target.members
        for name, member in sorted(everything.items()):
            if _is_public(name) and name != "__init__" and depth < 2:
                members[name] = _describe_object(member, depth + 1)
        init = everything.get("__init__")
        if init is not None and init.is_alias:  # inherited: griffe hands it over as an alias
            try:
                init = init.final_target
            except (griffe.AliasResolutionError, griffe.CyclicAliasError):
                init = None
        params = _attrs_init(target)
        if params is None and init is not None and init.is_function:
            params = _parameters(init, method=True)
        return {"kind": "class", "init": params, "members": members}
    if target.is_module:
        return {"kind": "module"}
    return {"kind": "attribute"}


def _walk(module: Any) -> Iterator[tuple[str, Any]]:
    exports = None if module.exports is None else {str(name) for name in module.exports}
    for name, member in sorted(module.members.items()):
        if not _is_public(name) or name == "__init__":
            continue
        if not member.is_alias and member.is_module:
            yield from _walk(member)
            continue
        if member.is_alias:
            if member.target_path.split(".")[0] not in PACKAGES:
                continue  # third-party names (typing, attrs, httpx) are not ours
            if name not in (exports or ()) and not (exports is None and module.is_init_module):
                continue  # an import for the module's own use, not a re-export
        elif exports is not None and name not in exports:
            continue
        yield f"{module.path}.{name}", member


def python_api(root: Path) -> Surface:
    """Every public module-level name of both packages, with signatures, as plain JSON-ready data."""
    import griffe  # noqa: PLC0415

    loader = griffe.GriffeLoader(search_paths=[str(root / folder) for folder in PACKAGES.values()])
    modules = [loader.load(package) for package in PACKAGES]
    loader.resolve_aliases(external=False, implicit=False)
    return {path: _describe_object(member) for module in modules for path, member in _walk(module)}


def _union(annotation: str) -> frozenset[str]:
    """The members of a written annotation's top-level union (`A | B`, `Optional[A]`, `Union[A, B]`)."""
    text = annotation.strip()
    for prefix, joiner in (
        ("Optional[", None),
        ("typing.Optional[", None),
        ("Union[", ","),
        ("typing.Union[", ","),
    ):
        if text.startswith(prefix) and text.endswith("]"):
            inner = text[len(prefix) : -1]
            parts = _split_top(inner, ",") if joiner else [inner, "None"]
            return frozenset(member for part in parts for member in _union(part))
    return frozenset(part.strip() for part in _split_top(text, "|"))


def _split_top(text: str, separator: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        if char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
        if char == separator and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]


def _compare_annotation(where: str, what: str, old: Any, new: Any, wider_is_fine: bool) -> list[Change]:
    """
    A changed annotation: a parameter that now accepts a superset of its old union (or a
    return value that is now a subset of its old union) is additive; anything else is
    breaking, since what a type checker accepts cannot be told from the text in general.
    Records written before annotations were recorded (None on either side) compare equal.
    """
    if not isinstance(old, str) or not isinstance(new, str) or old == new:
        return []
    before, after = _union(old), _union(new)
    if before == after:
        return []
    fine = before <= after if wider_is_fine else after <= before
    return [Change("additive" if fine else "breaking", f"python:{where}", f"{what} {new}, was {old}")]


def _compare_params(where: str, old: list[list[Any]], new: list[list[Any]]) -> list[Change]:
    changes = []
    old_by, new_by = {p[0]: p for p in old}, {p[0]: p for p in new}
    takes_any = any(p[1] == "variadic keyword" for p in new)
    for name, kind, *_ in old:
        if name not in new_by and not (takes_any and kind != "positional only"):
            changes.append(Change("breaking", f"python:{where}", f"parameter {name!r} removed"))
    for name, _kind, has_default, *_ in new:
        if name in old_by:
            continue
        if not has_default and _kind not in ("variadic positional", "variadic keyword"):
            changes.append(Change("breaking", f"python:{where}", f"new required argument {name!r}"))
        else:
            changes.append(Change("additive", f"python:{where}", f"new optional argument {name!r}"))
    for name in old_by.keys() & new_by.keys():
        _, old_kind, old_default, *old_rest = old_by[name]
        _, new_kind, new_default, *new_rest = new_by[name]
        if old_default and not new_default:
            changes.append(Change("breaking", f"python:{where}", f"argument {name!r} now required"))
        if old_kind != new_kind:
            changes.append(Change("breaking", f"python:{where}", f"argument {name!r} is now {new_kind}"))
        if old_rest and new_rest:
            changes += _compare_annotation(where, f"argument {name!r} is", old_rest[0], new_rest[0], True)
    positional = [p[0] for p in old if p[1] in ("positional only", "positional or keyword")]
    still = [p[0] for p in new if p[1] in ("positional only", "positional or keyword")]
    common = [name for name in positional if name in still]
    if common != [name for name in still if name in common]:
        changes.append(Change("breaking", f"python:{where}", "positional arguments reordered"))
    return changes


def diff_api(old: Surface, new: Surface, prefix: str = "") -> list[Change]:
    changes = []
    for path in sorted(old.keys() - new.keys()):
        changes.append(Change("breaking", f"python:{prefix}{path}", "removed"))
    for path in sorted(new.keys() - old.keys()):
        changes.append(Change("additive", f"python:{prefix}{path}", "added"))
    for path in sorted(old.keys() & new.keys()):
        before, after = old[path], new[path]
        where = f"{prefix}{path}"
        if before["kind"] != after["kind"]:
            changes.append(
                Change("breaking", f"python:{where}", f"was a {before['kind']}, now a {after['kind']}")
            )
            continue
        if before["kind"] == "function":
            changes += _compare_params(where, before["params"], after["params"])
            changes += _compare_annotation(
                where, "returns", before.get("returns"), after.get("returns"), False
            )
        elif before["kind"] == "class":
            if before.get("init") is not None and after.get("init") is not None:
                changes += _compare_params(f"{where}()", before["init"], after["init"])
            changes += diff_api(before.get("members", {}), after.get("members", {}), prefix=f"{where}.")
    return changes


def _annotated(api: Surface) -> bool:
    """Whether a recorded surface holds annotations (records before 0.2.7 hold none)."""
    for entry in api.values():
        if isinstance(entry, dict):
            if "returns" in entry or any(len(p) > 3 for p in entry.get("params") or entry.get("init") or ()):
                return True
            if _annotated(entry.get("members") or {}):
                return True
    return False


def _unannotated(api: Surface) -> Surface:
    """A surface as records without annotations have it: parameters as [name, kind, has a default]."""
    out: Surface = {}
    for path, entry in api.items():
        if not isinstance(entry, dict):
            out[path] = entry
            continue
        plain = {key: value for key, value in entry.items() if key != "returns"}
        for key in ("params", "init"):
            if isinstance(plain.get(key), list):
                plain[key] = [list(p[:3]) for p in plain[key]]
        if isinstance(plain.get("members"), dict):
            plain["members"] = _unannotated(plain["members"])
        out[path] = plain
    return out


def comparable(old: Surface, new: Surface) -> tuple[Surface, Surface]:
    """Both surfaces in the format both have: a record without annotations ignores the other's."""
    if _annotated(old) and _annotated(new):
        return old, new
    return _unannotated(old), _unannotated(new)


# -- releases, versions and the changelog ----------------------------------------------------------


@dataclass
class Snapshot:
    """What a release is compared by: the spec, the public Python API and the generator pins."""

    version: str
    spec_text: str
    api: Surface
    generators: dict[str, str]
    first_release: bool = False
    source: str = "working tree"
    spec: Schema = field(init=False)

    def __post_init__(self) -> None:
        self.spec = dict(yaml.safe_load(self.spec_text))

    def same_as(self, other: Snapshot) -> bool:
        mine, theirs = comparable(self.api, other.api)
        return (self.spec_text, mine, self.generators) == (other.spec_text, theirs, other.generators)


def parse_version(text: str) -> Version:
    match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", text.strip())
    if match is None:
        raise SystemExit(f"not a plain X.Y.Z version: {text!r}")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def pins(pyproject: dict[str, Any]) -> dict[str, str]:
    """The exact pins of the code generators, read from [dependency-groups] codegen."""
    found = {}
    for requirement in pyproject.get("dependency-groups", {}).get("codegen", []):
        if isinstance(requirement, str) and "==" in requirement:
            name, version = requirement.split("==", 1)
            if name.strip() in PINNED_TOOLS:
                found[name.strip()] = version.strip()
    return found


def current(root: Path) -> Snapshot:
    pyproject = tomllib.loads((root / "pyproject.toml").read_text())
    return Snapshot(
        version=str(pyproject["project"]["version"]),
        spec_text=(root / SPEC).read_text(),
        api=python_api(root),
        generators=pins(pyproject),
    )


def recorded(root: Path) -> dict[Version, Snapshot]:
    releases = {}
    for meta_path in sorted((root / RELEASES).glob(f"*/{META_FILE}")):
        folder = meta_path.parent
        meta = json.loads(meta_path.read_text())
        releases[parse_version(meta["version"])] = Snapshot(
            version=meta["version"],
            spec_text=(folder / SPEC.name).read_text(),
            api=json.loads((folder / API_FILE).read_text()),
            generators=dict(meta["generators"]),
            first_release=meta.get("first_release") is True,
            source=str(folder.relative_to(root)),
        )
    return releases


def record(root: Path, snapshot: Snapshot, first_release: bool) -> Path:
    folder = root / RELEASES / snapshot.version
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    (folder / SPEC.name).write_text(snapshot.spec_text)
    lines = [
        f"{json.dumps(path)}: {json.dumps(snapshot.api[path], separators=(',', ':'))}"
        for path in sorted(snapshot.api)
    ]
    (folder / API_FILE).write_text("{\n" + ",\n".join(lines) + "\n}\n")  # one line per public name
    meta: dict[str, Any] = {"version": snapshot.version, "generators": snapshot.generators}
    if first_release:
        meta["first_release"] = True
    (folder / META_FILE).write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    return folder


def all_changes(base: Snapshot, now: Snapshot) -> list[Change]:
    changes = diff_specs(base.spec, now.spec)
    changes = [c for c in changes if not (c.where == "spec" and c.kind == "other")]
    base_api, now_api = comparable(base.api, now.api)
    changes += diff_api(base_api, now_api)
    for tool in sorted(base.generators.keys() | now.generators.keys()):
        before, after = base.generators.get(tool, "none"), now.generators.get(tool, "none")
        if before != after:
            changes.append(Change("other", f"generator.{tool}", f"{before} -> {after}"))
    if not changes and (base.spec_text != now.spec_text or base_api != now_api):
        changes.append(Change("other", "spec", "descriptions, examples or other details changed"))
    return sorted(set(changes), key=lambda c: (SEVERITY[c.kind], c.where, c.what))


def required_bump(changes: list[Change], base: Version) -> str:
    kinds = {change.kind for change in changes}
    if "breaking" in kinds:
        return "major" if base[0] >= 1 else "minor"  # below 1.0 a minor bump is the breaking one
    if "additive" in kinds:
        return "minor" if base[0] >= 1 else "patch"
    return "patch" if kinds else "none"


def bumped_enough(base: Version, new: Version, bump: str) -> bool:
    if bump == "major":
        return new[0] > base[0]
    if bump == "minor":
        return new[:2] > base[:2]
    if bump == "patch":
        return new > base
    return new >= base


def changelog_section(text: str, version: str) -> str | None:
    match = re.search(rf"^## \[?{re.escape(version)}\]?[^\n]*\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    return match.group(1) if match else None


def changelog_missing(root: Path, version: str, changes: list[Change]) -> list[Change] | None:
    """The changes the CHANGELOG section for `version` does not list (None: no such section)."""
    path = root / "CHANGELOG.md"
    section = changelog_section(path.read_text(), version) if path.exists() else None
    if section is None:
        return None
    return [change for change in changes if f"`{change.where}`" not in section]


def draft_lines(changes: list[Change]) -> list[str]:
    return [f"- {change.kind}: `{change.where}`: {change.what}" for change in changes]


def write_changelog(root: Path, version: str, changes: list[Change], generators: dict[str, str]) -> str:
    path = root / "CHANGELOG.md"
    text = path.read_text() if path.exists() else "# Changelog\n\n"
    missing = changelog_missing(root, version, changes)
    if missing is None:
        tools = ", ".join(f"{tool} {pin}" for tool, pin in sorted(generators.items()))
        section = (
            f"## [{version}] - {datetime.date.today().isoformat()}\n\n"
            f"### Changed\n\nRegenerated with {tools}. Found by `nox -s spec_diff`:\n\n"
            + "\n".join(draft_lines(changes))
            + "\n\n"
        )
        first = re.search(r"^## ", text, re.M)
        at = first.start() if first else len(text)
        path.write_text(text[:at] + section + text[at:])
        return (
            f"drafted a {version} section in CHANGELOG.md ({len(changes)} change(s)); edit its prose freely"
        )
    if not missing:
        return f"CHANGELOG.md's {version} section already lists every change"
    match = re.search(rf"^## \[?{re.escape(version)}\]?[^\n]*\n.*?(?=^## |\Z)", text, re.S | re.M)
    assert match is not None
    body = match.group(0).rstrip("\n") + "\n" + "\n".join(draft_lines(missing)) + "\n\n"
    path.write_text(text[: match.start()] + body + text[match.end() :])
    return f"added {len(missing)} missing change(s) to CHANGELOG.md's {version} section"


# -- the gate ----------------------------------------------------------------------------------------


def gate(root: Path, check: bool, out: list[str], failures: list[str]) -> tuple[list[Change], Snapshot]:
    """Report the changes since the baseline; collect what stops a release in `failures`."""
    now = current(root)
    releases = recorded(root)
    version = parse_version(now.version)
    if not releases:
        failures.append(
            f"no release baseline under {RELEASES}/: record the last released version "
            "(python scripts/spec_diff.py --record), or mark the first release with --record --first-release"
        )
        return [], now
    newest = max(releases)
    if version < newest:
        failures.append(
            f"version {now.version} is below the newest recorded release {releases[newest].version}"
        )
        return [], now
    own = releases.get(version)
    if own is not None and not own.same_as(now):
        changes = all_changes(own, now)
        out.append(f"baseline: {own.source} (release {own.version}, recorded in the repository)")
        report(changes, own.version, now.version, out)
        failures.append(
            f"the tree changed since release {now.version} was recorded in {own.source}: bump the version "
            f"({required_bump(changes, version)} bump at least), draft its CHANGELOG section with "
            "--write-changelog, then --record it"
        )
        return changes, now
    earlier = sorted(v for v in releases if v < version)
    if not earlier:
        if own is not None and own.first_release:
            out.append(
                f"{now.version} is marked as the first release ({own.source}): nothing earlier to compare"
            )
            return [], now
        failures.append(
            f"no release recorded before {now.version} and no first-release marker: the gate has no baseline "
            f"(record the last release under {RELEASES}/, or --record --first-release for the very first one)"
        )
        return [], now
    base = releases[earlier[-1]]
    changes = all_changes(base, now)
    out.append(f"baseline: {base.source} (release {base.version}, recorded in the repository)")
    report(changes, base.version, now.version, out)
    bump = required_bump(changes, earlier[-1])
    if not bumped_enough(earlier[-1], version, bump):
        failures.append(
            f"the changes need a {bump} bump from {base.version}, but the version is {now.version}"
        )
    missing = changelog_missing(root, now.version, changes)
    if missing is None:
        failures.append(f"CHANGELOG.md has no section for {now.version} (draft one with --write-changelog)")
    elif missing:
        listed = ", ".join(f"`{c.where}`" for c in missing)
        failures.append(
            f"CHANGELOG.md's {now.version} section does not list {len(missing)} change(s): {listed}"
        )
    if own is None and check:
        failures.append(
            f"{now.version} has no release record: run python scripts/spec_diff.py --record "
            f"(writes {RELEASES}/{now.version}/) and commit it with the bump"
        )
    return changes, now


def report(changes: list[Change], base: str, version: str, out: list[str]) -> None:
    out.append(f"changes since {base}: {len(changes)}")
    out.extend(f"  {change}" for change in changes)
    needed = required_bump(changes, parse_version(base))
    out.append(f"version {base} -> {version}; these changes need: {needed} bump")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository (default: this one)")
    parser.add_argument("--report", action="store_true", help="only report (what happens without --check)")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 unless version, CHANGELOG and record match"
    )
    parser.add_argument("--write-changelog", action="store_true", help="draft the CHANGELOG section")
    parser.add_argument("--record", action="store_true", help="record the tree as the release of its version")
    parser.add_argument(
        "--first-release", action="store_true", help="with --record: mark it the first release"
    )
    parser.add_argument(
        "--compare", nargs=2, type=Path, metavar=("OLD", "NEW"), help="classify two spec files"
    )
    args = parser.parse_args(argv)
    root = args.root.resolve()

    if args.compare:
        old, new = (yaml.safe_load(path.read_text()) for path in args.compare)
        changes = diff_specs(old, new)
        print(f"changes: {len(changes)}")
        for change in changes:
            print(f"  {change}")
        print(
            f"these changes need: {required_bump(changes, (0, 1, 0))} bump below 1.0, "
            f"{required_bump(changes, (1, 0, 0))} bump from 1.0"
        )
        return 0

    if args.write_changelog:
        changes, now = gate(root, False, [], [])
        own = recorded(root).get(parse_version(now.version))
        if own is not None and not own.same_as(now):
            print(f"FAIL: {now.version} is recorded as released: bump the version, then draft its section")
            return 1
        print(
            write_changelog(root, now.version, changes, now.generators) if changes else "no changes to draft"
        )
    out: list[str] = []
    failures: list[str] = []
    if args.record:
        _, now = gate(root, True, out, failures)
        blocking = [f for f in failures if "has no release record" not in f]
        if args.first_release:
            earlier = [v for v in recorded(root) if v < parse_version(now.version)]
            blocking = [f"releases are recorded before {now.version}: it is not the first"] if earlier else []
        existing = root / RELEASES / now.version
        same = recorded(root).get(parse_version(now.version))
        if not blocking and same is not None and same.same_as(now):
            print(f"release {now.version} is already recorded in {same.source}, unchanged")
        elif blocking or existing.exists():
            print("\n".join(out))
            for failure in blocking:
                print(f"FAIL: {failure}")
            if existing.exists():
                print(
                    f"FAIL: {existing.relative_to(root)} exists; a recorded release is never overwritten "
                    "(delete that folder by hand only if that version was never published)"
                )
            print("nothing recorded")
            return 1
        else:
            folder = record(root, now, args.first_release)
            print(f"recorded release {now.version} in {folder.relative_to(root)}")

    out, failures = [], []  # the final verdict, after any drafting or recording
    _, now = gate(root, args.check, out, failures)
    print("\n".join(out))
    for failure in failures:
        print(f"FAIL: {failure}")
    if args.check and not failures:
        print(f"OK: {now.version} matches its changes, CHANGELOG.md and release record")
    return 1 if failures and (args.check or args.record) else 0


if __name__ == "__main__":
    sys.exit(main())
