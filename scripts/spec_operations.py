"""Read what the templates need from the curated spec: each operation's metadata and names.

openapi-python-client does not hand templates an operation's vendor extensions,
its `servers` or the schemas' constraints, so the generate script computes them
here and gives them to the templates as the global `operations` (keyed by the
snake-cased operationId, as the generator names endpoint modules).

Vendor extensions read (and checked) here:

* `x-method-name` - the resource method's name when the rule (operationId without
  the tag's noun) gives a bad one.
* `x-body-name` - the name of the request body parameter (default `body`).
* `x-retry-safe-when-keyed-by` - a POST that is safe to repeat when its body, or
  every item of an array body, names itself by one of these keys (the API upserts).
* `x-retry-safe` - true: the operation is always safe to repeat (a POST the API makes
  idempotent); false: never (a PUT or DELETE that is not). Without it, HTTP's semantics.
* `x-pagination` - a list operation whose pages the client walks.
* `x-hand-written` - no generated method: the named convenience (`<tag>.<name>`, one of
  x-conveniences') covers it (an operation on another host, or whose real path
  differs: `x-real-path`).
* `x-answer-echoes` - what of the request the answer must show: per path parameter (its
  name) or top-level body key (`body.<key>`), the answer fields one of which holds its value.
  An answer that shows none of them belongs to another call (a server or proxy that sent
  one answer twice): the client refuses it rather than return another order as this one.
* `x-conveniences` (top level) - per tag (its client attribute), the names the
  hand-written layer adds; a generated method may not take one of them.

Any other `x-` key on an operation is refused (OPERATION_EXTENSIONS). Names are the
generator's (openapi-python-client's snake_case), and each tag is checked as the client
attribute it becomes.
"""

from __future__ import annotations

import json
import keyword
import re
from collections.abc import Mapping
from typing import Any

__all__ = ["SAFE_METHODS", "SpecError", "component_schemas", "operations_from_spec"]

#: HTTP methods that are safe to repeat by their semantics (RFC 9110).
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
#: What a client already is: a tag may not take one of these names.
CLIENT_ATTRIBUTES = frozenset(
    {"close", "aclose", "with_options", "with_raw_response", "settings", "timeout", "max_retries"}
)
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
_KEEP = (
    "type",
    "format",
    "enum",
    "nullable",
    "x-null-clears",
    "items",
    "properties",
    "required",
    "additionalProperties",
)
_KEEP_MORE = ("minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems", "pattern", "allOf")


def _is_json(media_type: str) -> bool:
    """`application/json`, with parameters or in any case, or a `+json` type: what the client sends."""
    essence = media_type.split(";", maxsplit=1)[0].strip().lower()
    return essence == "application/json" or (essence.startswith("application/") and essence.endswith("+json"))


class SpecError(ValueError):
    """The spec asks for something the generator cannot produce safely."""


#: The prefix openapi-python-client puts before a name that is no identifier (generator-config.yml).
FIELD_PREFIX = "field_"


def snake_case(value: str) -> str:
    """
    The generator's own snake_case (openapi-python-client's), so that what is computed here
    (`getHTTPOrder` -> `get_http_order`) is what the generator names its modules by.
    """
    from openapi_python_client.strings import snake_case as generators  # noqa: PLC0415 (codegen group only)

    return generators(value)


def generator_name(value: str, prefix: str = FIELD_PREFIX) -> str:
    """
    The identifier the generator makes of `value` (its PythonIdentifier): an operation's
    module (the key of `operations`), a tag's collection (a client attribute, prefix "tag"),
    a model's attribute.
    """
    from openapi_python_client.strings import PythonIdentifier  # noqa: PLC0415 (codegen group only)

    return str(PythonIdentifier(value, prefix=prefix))


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _resolve(spec: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in node:
        section, name = node["$ref"].split("/")[-2:]
        node = spec["components"][section][name]
    return node


def _slim(schema: Any, *, ranges: bool = True) -> Any:
    """
    A schema with only what input checks read; `$ref`s become bare component names.
    Without `ranges`, numeric bounds are left out: inside a body they are the API's
    to enforce (its refusal names the order), while the client checks shapes.
    """
    if isinstance(schema, list):
        return [_slim(item, ranges=ranges) for item in schema]
    if not isinstance(schema, Mapping):
        return schema
    if "$ref" in schema:
        return {"$ref": _ref_name(schema["$ref"])}
    slim: dict[str, Any] = {}
    for key in (*_KEEP, *_KEEP_MORE):
        if key not in schema or (not ranges and key in ("minimum", "maximum")):
            continue
        value = schema[key]
        if key == "properties":
            slim[key] = {name: _slim(prop, ranges=ranges) for name, prop in value.items()}
        elif key in ("items", "additionalProperties", "allOf"):
            slim[key] = _slim(value, ranges=ranges)
        else:
            slim[key] = value
    return slim


def component_schemas(spec: Mapping[str, Any]) -> dict[str, Any]:
    """Every component schema, slimmed for input checks."""
    return {name: _slim(schema, ranges=False) for name, schema in spec["components"]["schemas"].items()}


def _python_type(spec: Mapping[str, Any], schema: Mapping[str, Any], *, loose_models: bool) -> str:
    if "$ref" in schema:
        name = _ref_name(schema["$ref"])
        target = _resolve(spec, schema)
        if "enum" in target:
            return f"{name} | str"
        if target.get("type") == "object" and loose_models:
            return f"{name} | Mapping[str, Any]"
        return name
    kind = schema.get("type")
    if kind == "array":
        inner = _python_type(spec, schema.get("items", {}), loose_models=loose_models)
        return f"Sequence[{inner}]" if loose_models else f"list[{inner}]"
    return {"integer": "int", "number": "float", "boolean": "bool", "string": "str"}.get(
        str(kind), "Mapping[str, Any]" if loose_models else "dict[str, Any]"
    )


def method_name(operation_id: str, attribute: str) -> str:
    """The operationId without the tag's noun (plural or singular), both snake-cased: camelCase works too."""
    words = snake_case(operation_id).split("_")
    tag_words = attribute.split("_")
    singular = [*tag_words[:-1], tag_words[-1].removesuffix("s")]
    for noun in (tag_words, singular):
        for start in range(len(words) - len(noun) + 1):
            if words[start : start + len(noun)] == noun:
                return "_".join(words[:start] + words[start + len(noun) :])
    return "_".join(words)


def _check_identifier(value: object, where: str, hint: str = "set x-method-name") -> str:
    if not isinstance(value, str) or not value.isidentifier() or keyword.iskeyword(value):
        raise SpecError(f"{where}: {value!r} is not a usable Python name ({hint})")
    if value.startswith("_"):
        raise SpecError(f"{where}: {value!r} would be private; public names only ({hint})")
    return value


def _argument_name(name: str, where: str) -> str:
    """
    A parameter's Python argument: its name snake-cased, any punctuation a separator
    (`created_at[after]` -> `created_at_after`), and a keyword given a trailing `_` as the
    generator does (`from` -> `from_`); the request still sends `from`.
    """
    python_name = snake_case(re.sub(r"[^A-Za-z0-9]+", "_", name))
    if keyword.iskeyword(python_name):
        python_name += "_"
    return _check_identifier(python_name, f"{where}: the parameter {name!r}", "rename the parameter")


def _success(spec: Mapping[str, Any], operation: Mapping[str, Any], where: str) -> dict[str, Any]:
    """The one success answer: a method returns one model (or None), so two would lose one."""
    responses = {str(status): declared for status, declared in operation["responses"].items()}
    successes = [status for status in responses if status.upper().startswith("2")]
    if not successes:
        raise SpecError(f"{where}: no success response")
    if len(successes) > 1 or not successes[0].isdigit():
        raise SpecError(
            f"{where}: declares the success answers {', '.join(successes)}; the client decodes one "
            "success status (a number: no range such as 2XX), so declare only the one the API sends"
        )
    (status,) = successes
    content = _resolve(spec, responses[status]).get("content") or {}
    if not content:
        return {"status": int(status), "content_type": None, "model": None}
    # The JSON one, where an answer is offered in several media types: the client asks for it.
    content_type, media = next(
        ((kind, media) for kind, media in content.items() if _is_json(kind)), next(iter(content.items()))
    )
    schema = media.get("schema", {})
    model = _ref_name(schema["$ref"]) if "$ref" in schema else None
    return {"status": int(status), "content_type": content_type, "model": model}


def _shapes(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The schema and every schema it combines (allOf, anyOf, oneOf), each resolved."""
    target = _resolve(spec, schema)
    parts = [*target.get("allOf", []), *target.get("anyOf", []), *target.get("oneOf", [])]
    return [target, *(shape for part in parts for shape in _shapes(spec, part))]


def _kind(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> str | None:
    """The JSON type a schema gives its value, looking through allOf, anyOf and oneOf."""
    kinds = (shape.get("type") for shape in _shapes(spec, schema))
    return next((kind for kind in kinds if isinstance(kind, str)), None)


def _check_encoding(spec: Mapping[str, Any], parameter: Mapping[str, Any], where: str) -> None:
    """
    The parameter is sent as the spec says: the client sends scalars, and a query array as
    `style: form, explode: true` (name=a&name=b); no other style, and no object, is implemented.
    An object hidden in allOf, anyOf or oneOf (or a parameter described by `content`) would be
    sent as Python's text of a dict.
    """
    location, name = parameter["in"], parameter["name"]
    what = f"{where}: the {location} parameter {name!r}"
    if "content" in parameter:
        raise SpecError(f"{what} is described by content, which the client cannot send; give it a schema")
    default_style = "form" if location == "query" else "simple"
    style = parameter.get("style", default_style)
    explode = parameter.get("explode", style == "form")
    shapes = _shapes(spec, parameter.get("schema", {}))
    arrays = [shape for shape in shapes if shape.get("type") == "array"]
    items = [item for array in arrays for item in _shapes(spec, array.get("items", {}))]

    def structured(schema: Mapping[str, Any]) -> bool:
        return (
            schema.get("type") in ("object", "array")
            or "properties" in schema
            or "additionalProperties" in schema
        )

    if style != default_style:
        raise SpecError(
            f"{what} has style: {style}, which the client does not implement; "
            f"it sends {location} parameters as style: {default_style}"
        )
    if not any("type" in shape or "enum" in shape for shape in shapes):
        raise SpecError(
            f"{what} has no type, so any value would be sent as Python's text of it; give it one "
            "(string, integer, number, boolean, or an array of those in a query)"
        )
    objects = [shape for shape in shapes if shape.get("type") != "array" and structured(shape)]
    if objects or (arrays and location != "query") or any(structured(item) for item in items):
        shape = "an array of scalars (query only)" if location == "query" else "a scalar"
        shown = "array" if arrays and not objects else "object"
        raise SpecError(f"{what} is {shown}, which the client cannot send; make it {shape}")
    if arrays and explode is not True:
        raise SpecError(
            f"{what} is an array with explode: {json.dumps(explode)}, which the client does not implement; "
            "it sends arrays exploded (explode: true, name=a&name=b)"
        )


def _check_arguments(parameters: list[dict[str, Any]], body: Mapping[str, Any] | None, where: str) -> None:
    """Each argument of the method gets a name of its own (not `self`, not another's)."""
    seen: dict[str, str] = {}
    named = [(p["python_name"], f"{p['location']} parameter {p['name']!r}") for p in parameters]
    for python_name, what in [*named, *([(body["name"], "the body (x-body-name)")] if body else [])]:
        if python_name in ("self", "cast", "Call"):  # names the generated method's body uses
            raise SpecError(f"{where}: {what} cannot be the argument {python_name!r}; rename it")
        if python_name in seen:
            raise SpecError(
                f"{where}: {seen[python_name]} and {what} would both be the argument {python_name!r}"
            )
        seen[python_name] = what


def _is_model(spec: Mapping[str, Any], name: str | None) -> bool:
    """Whether `name` is a component schema the generator makes a model class of (an object)."""
    if name is None or name not in spec["components"]["schemas"]:
        return False
    target = _resolve(spec, spec["components"]["schemas"][name])
    if "enum" in target:
        return False
    return target.get("type") == "object" or "properties" in target or "allOf" in target


_PAGINATION_KEYS = ("page", "limit", "items", "total", "default-limit")


def _pagination(
    spec: Mapping[str, Any],
    pagination: Any,
    parameters: list[dict[str, Any]],
    model: str | None,
    where: str,
) -> tuple[dict[str, Any], str]:
    """
    The operation's `x-pagination`, checked against its parameters and its answer's model, and
    the model of its items. `default-limit` may be left out when the limit parameter has a default.
    """
    where = f"{where}: x-pagination"
    if not isinstance(pagination, Mapping):
        raise SpecError(f"{where} must be a mapping of {', '.join(_PAGINATION_KEYS)}")
    unknown = sorted(set(pagination) - set(_PAGINATION_KEYS))
    if unknown:
        raise SpecError(f"{where}: unknown key(s) {unknown}; it takes {', '.join(_PAGINATION_KEYS)}")
    query = {p["name"]: p for p in parameters if p["location"] == "query"}
    for key in ("page", "limit"):
        parameter = query.get(pagination.get(key))
        if parameter is None:
            raise SpecError(
                f"{where}: {key} is {pagination.get(key)!r}, which is none of the operation's "
                f"query parameters ({', '.join(query) or 'it has none'})"
            )
        if parameter["schema"].get("type") != "integer":
            raise SpecError(f"{where}: the {key} parameter {parameter['name']!r} must be an integer")
    page_maximum = query[pagination["page"]]["schema"].get("maximum")
    if not isinstance(page_maximum, int) or isinstance(page_maximum, bool) or page_maximum < 1:
        raise SpecError(
            f"{where}: the page parameter {pagination['page']!r} has no integer maximum: "
            "give its schema the last page the API serves (the client stops there)"
        )
    limit_maximum = query[pagination["limit"]]["schema"].get("maximum")
    if limit_maximum is not None and (
        not isinstance(limit_maximum, int) or isinstance(limit_maximum, bool) or limit_maximum < 1
    ):
        raise SpecError(f"{where}: the limit parameter's maximum is {limit_maximum!r}, not a whole number")
    default_limit = pagination.get("default-limit", query[pagination["limit"]]["default"])
    if not isinstance(default_limit, int) or isinstance(default_limit, bool) or default_limit < 1:
        raise SpecError(
            f"{where}: default-limit is {default_limit!r}: give the server's page size when no limit is "
            f"asked for (default-limit: N, or a default in the limit parameter's schema)"
        )
    target = _resolve(spec, spec["components"]["schemas"][model]) if model else {}
    fields = target.get("properties", {})
    items = fields.get(pagination.get("items"))
    items_ref = _resolve(spec, items).get("items", {}).get("$ref") if isinstance(items, Mapping) else None
    if (
        not items_ref
        or _resolve(spec, items).get("type") != "array"
        or not _is_model(spec, _ref_name(items_ref))
    ):
        raise SpecError(
            f"{where}: items is {pagination.get('items')!r}, which is no field of {model} holding "
            f"an array of $refs to an object schema ({model}'s fields: {', '.join(fields) or 'none'})"
        )
    total = fields.get(pagination.get("total"))
    if not isinstance(total, Mapping) or _resolve(spec, total).get("type") != "integer":
        raise SpecError(
            f"{where}: total is {pagination.get('total')!r}, which is no integer field of {model} "
            f"({model}'s fields: {', '.join(fields) or 'none'})"
        )
    checked = {
        # The client reads a call's arguments, and the model's attributes: their Python names.
        "page": query[pagination["page"]]["python_name"],
        "limit": query[pagination["limit"]]["python_name"],
        "max-page": page_maximum,
        "max-limit": limit_maximum,
        "items": generator_name(pagination["items"]),
        "total": generator_name(pagination["total"]),
        "default-limit": default_limit,
    }
    return checked, _ref_name(items_ref)


#: The vendor extensions an operation may carry: any other `x-` key on an operation is refused
#: (a misspelt one, x-retry-save, would otherwise be ignored without a word).
OPERATION_EXTENSIONS = (
    "x-method-name",
    "x-body-name",
    "x-retry-safe",
    "x-retry-safe-when-keyed-by",
    "x-pagination",
    "x-hand-written",
    "x-real-path",
    "x-answer-echoes",
)


def _conveniences(spec: Mapping[str, Any]) -> dict[str, list[str]]:
    """`x-conveniences`, checked: per client attribute, the names of its hand-written methods."""
    conveniences = spec.get("x-conveniences", {})
    if not isinstance(conveniences, Mapping) or not all(
        isinstance(names, list) and all(isinstance(name, str) for name in names)
        for names in conveniences.values()
    ):
        raise SpecError("x-conveniences must map each tag's client attribute to a list of method names")
    return {str(attribute): list(names) for attribute, names in conveniences.items()}


def _check_extensions(operation: Mapping[str, Any], where: str) -> None:
    """Every `x-` key of the operation is one the generator reads, and each value has its type."""
    for key in operation:
        if str(key).startswith("x-") and key not in OPERATION_EXTENSIONS:
            raise SpecError(
                f"{where}: unknown extension {key!r}; "
                f"an operation may carry {', '.join(OPERATION_EXTENSIONS)}"
            )
    if not isinstance(operation.get("x-retry-safe", False), bool):
        raise SpecError(
            f"{where}: x-retry-safe must be true or false (a boolean), not {operation['x-retry-safe']!r}"
        )
    keyed_by = operation.get("x-retry-safe-when-keyed-by", [])
    if not isinstance(keyed_by, list) or not all(isinstance(key, str) and key for key in keyed_by):
        raise SpecError(f"{where}: x-retry-safe-when-keyed-by must be a list of body keys, not {keyed_by!r}")
    if "x-retry-safe" in operation and "x-retry-safe-when-keyed-by" in operation:
        raise SpecError(
            f"{where}: x-retry-safe and x-retry-safe-when-keyed-by say two things of one call; give one"
        )
    for name in ("x-method-name", "x-body-name"):
        if name in operation:
            _check_identifier(operation[name], f"{where}: {name}", f"give {name} a Python name")
    real_path = operation.get("x-real-path", "/")
    if not isinstance(real_path, str) or not real_path.startswith("/"):
        raise SpecError(f"{where}: x-real-path must be a path (/...), not {real_path!r}")


def _fields(spec: Mapping[str, Any], schema: Mapping[str, Any], *, items: bool) -> dict[str, Any]:
    """An object schema's properties, through allOf and the rest (with `items`, an array's items' too)."""
    found: dict[str, Any] = {}
    for shape in _shapes(spec, schema):
        found.update(shape.get("properties", {}))
        if items and shape.get("type") == "array":
            found.update(_fields(spec, shape.get("items", {}), items=False))
    return found


def _answer_echoes(
    spec: Mapping[str, Any],
    echoes: Any,
    parameters: list[dict[str, Any]],
    body_schema: Mapping[str, Any] | None,
    success: dict[str, Any],
    where: str,
    path_schemas: Mapping[str, Any],
) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """`x-answer-echoes`, checked: (location, the argument's Python name or body key, answer fields)."""
    if echoes is None:
        return ()
    if not isinstance(echoes, Mapping) or not echoes:
        raise SpecError(f"{where}: x-answer-echoes must map request values to lists of answer fields")
    answer = _fields(spec, spec["components"]["schemas"].get(success["model"] or "", {}), items=False)
    body = _fields(spec, body_schema, items=False) if body_schema is not None else {}
    path = {p["name"]: p for p in parameters if p["location"] == "path"}
    found = []
    for asked, fields in echoes.items():
        if not isinstance(fields, list) or not fields or not all(isinstance(f, str) for f in fields):
            raise SpecError(f"{where}: x-answer-echoes.{asked} must be a list of answer fields")
        if not set(fields) <= set(answer):
            unknown = ", ".join(sorted(set(fields) - set(answer)))
            raise SpecError(f"{where}: x-answer-echoes.{asked} names {unknown}, not a field of its answer")
        key = str(asked).removeprefix("body.")
        if str(asked).startswith("body.") and key in body:
            found.append(("body", key, tuple(fields)))
            kind = _kind(spec, body[key])
        elif asked in path:
            found.append(("path", path[asked]["python_name"], tuple(fields)))
            kind = _kind(spec, path_schemas[asked])
        else:
            raise SpecError(
                f"{where}: x-answer-echoes names {asked!r}: neither a path parameter nor body.<key> "
                "naming a field of an object body"
            )
        for field in fields:
            field_kind = _kind(spec, answer[field])
            if kind and field_kind and {kind, field_kind} - {"integer", "number"} and kind != field_kind:
                raise SpecError(
                    f"{where}: x-answer-echoes.{asked} is {kind}, but the answer's {field} is {field_kind}: "
                    "the answer could never show it"
                )
    return tuple(found)


def _check_no_type_lists(node: Any, where: str) -> None:
    """OpenAPI 3.1's `type: [string, "null"]`: the checks here and at run time read one type."""
    if isinstance(node, Mapping):
        if isinstance(node.get("type"), list):
            listed = node["type"]
            raise SpecError(f"{where}: a type list {listed} is not supported; give one type, and nullable")
        for key, value in node.items():
            if key not in ("example", "examples"):  # data, where `type` may be any field
                _check_no_type_lists(value, f"{where}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _check_no_type_lists(value, f"{where}[{index}]")


def operations_from_spec(spec: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Per operation (keyed by its snake-cased operationId), what the templates render."""
    _check_no_type_lists(spec.get("components", {}), "components")
    _check_no_type_lists(spec.get("paths", {}), "paths")
    conveniences = _conveniences(spec)
    taken: dict[str, str] = {}
    attributes: dict[str, str] = {}
    operations: dict[str, dict[str, Any]] = {}
    for path, item in spec["paths"].items():
        shared_parameters = item.get("parameters", [])
        if "trace" in item:
            raise SpecError(f"TRACE {path}: TRACE operations are not supported; leave it out of the spec")
        for method in _METHODS:
            if method not in item:
                continue
            operation = item[method]
            operation_id = operation.get("operationId")
            where = f"{method.upper()} {path} ({operation_id})"
            if not isinstance(operation_id, str) or not operation_id:
                raise SpecError(f"{where}: has no operationId (it names the operation's module and method)")
            tags = operation.get("tags") or ["default"]
            if len(tags) != 1:
                raise SpecError(
                    f"{where}: has the tags {tags}; give it exactly one (the client attribute it belongs to)"
                )
            (tag,) = tags
            _check_extensions(operation, where)
            module = generator_name(operation_id)
            if module in operations:
                other = operations[module]
                raise SpecError(
                    f"{where}: its operationId names the module {module!r}, as {other['where']}'s does "
                    "(operationIds that differ only in case or separators are one name); rename one"
                )
            # Every check is on the tag as the client attribute the generator makes of it.
            attribute = generator_name(tag, prefix="tag") if isinstance(tag, str) else None
            if attribute is None or attribute != snake_case(tag) or attribute in CLIENT_ATTRIBUTES:
                raise SpecError(
                    f"{where}: the tag {tag!r} cannot be a client attribute "
                    f"(client.{attribute}); rename the tag"
                )
            if attributes.setdefault(attribute, tag) != tag:
                raise SpecError(
                    f"{where}: the tag {tag!r} is client.{attribute}, "
                    f"as the tag {attributes[attribute]!r} is; spell the tag one way"
                )
            hand_written = operation.get("x-hand-written")
            if hand_written is not None and hand_written not in [
                f"{attribute}.{convenience}" for convenience in conveniences.get(attribute, [])
            ]:
                listed = ", ".join(f"{attribute}.{name}" for name in conveniences.get(attribute, []))
                raise SpecError(
                    f"{where}: x-hand-written is {hand_written!r}; it must name the convenience that covers "
                    f"the operation, one of x-conveniences' for {attribute!r} ({listed or 'it lists none'})"
                )
            if ("servers" in operation or "x-real-path" in operation) and not hand_written:
                raise SpecError(
                    f"{where}: lives on another host or at another real path; "
                    "generate no method for it (x-hand-written) rather than call a path the API lacks"
                )
            name = None
            if not hand_written:
                name = _check_identifier(
                    operation.get("x-method-name") or method_name(operation_id, attribute), where
                )
                if name in conveniences.get(attribute, []):
                    raise SpecError(f"{where}: {name!r} is a hand-written convenience of {attribute!r}")
                if f"{attribute}.{name}" in taken:
                    raise SpecError(f"{where}: {attribute}.{name} is also {taken[f'{attribute}.{name}']}")
                taken[f"{attribute}.{name}"] = operation_id
            parameters = []
            # An operation's parameter replaces the path item's of the same name and location.
            declared = {
                (parameter["name"], parameter["in"]): parameter
                for parameter in (
                    _resolve(spec, raw) for raw in [*shared_parameters, *operation.get("parameters", [])]
                )
            }
            for parameter in declared.values():
                if parameter["in"] not in ("path", "query"):
                    raise SpecError(f"{where}: {parameter['in']} parameters are not supported")
                _check_encoding(spec, parameter, where)
                schema = parameter.get("schema", {})
                target = _resolve(spec, schema)
                parameters.append(
                    {
                        "name": parameter["name"],
                        "python_name": _argument_name(parameter["name"], where),
                        "location": parameter["in"],
                        "required": bool(parameter.get("required")),
                        "schema": _slim(target)
                        | ({"$ref": _ref_name(schema["$ref"])} if "$ref" in schema else {}),
                        "python_type": _python_type(spec, schema, loose_models=True),
                        "description": parameter.get("description", ""),
                        "default": target.get("default"),
                    }
                )
            body = body_schema = None
            if "requestBody" in operation:
                request_body = _resolve(spec, operation["requestBody"])
                content = request_body.get("content", {})
                if len(content) != 1 or not _is_json(next(iter(content))):
                    kinds = ", ".join(content) or "none"
                    raise SpecError(f"{where}: the request body must be JSON alone (it has {kinds})")
                (media,) = content.values()
                body_schema = media["schema"]
                body_name = _check_identifier(operation.get("x-body-name", "body"), where, "set x-body-name")
                body = {
                    "name": body_name,
                    "required": bool(request_body.get("required")),
                    "schema": _slim(media["schema"], ranges=False),
                    "python_type": _python_type(spec, media["schema"], loose_models=True),
                }
            _check_arguments(parameters, body, where)
            if "x-body-name" in operation and body is None:
                raise SpecError(f"{where}: x-body-name names a request body the operation does not have")
            keyed_by = tuple(operation.get("x-retry-safe-when-keyed-by", ()))
            keys = _fields(spec, body_schema, items=True) if body_schema is not None else {}
            if set(keyed_by) - set(keys):
                strangers = ", ".join(sorted(set(keyed_by) - set(keys)))
                raise SpecError(
                    f"{where}: x-retry-safe-when-keyed-by names {strangers}, not a field of its request "
                    "body (or of the body's items)"
                )
            pagination = operation.get("x-pagination")
            success = _success(spec, operation, where)
            if not hand_written and success["content_type"] and not _is_model(spec, success["model"]):
                # The method returns the answer's generated model: without one it would
                # return None for a body the spec declares, or import a model never generated.
                what = f"{success['model']} is not an object" if success["model"] else "it is inline"
                raise SpecError(
                    f"{where}: its {success['status']} answer has a body, so its schema must be a "
                    f"$ref to an object schema in components/schemas (a generated model); {what}"
                )
            if not hand_written and success["content_type"] and not _is_json(success["content_type"]):
                raise SpecError(
                    f"{where}: its {success['status']} answer is {success['content_type']}; a generated "
                    "method decodes JSON only: leave it to a hand-written convenience (x-hand-written)"
                )
            path_schemas = {p["name"]: p.get("schema", {}) for p in declared.values() if p["in"] == "path"}
            echoes = _answer_echoes(
                spec, operation.get("x-answer-echoes"), parameters, body_schema, success, where, path_schemas
            )
            item_model = None
            if pagination is not None:
                pagination, item_model = _pagination(spec, pagination, parameters, success["model"], where)
            operations[module] = {
                "operation_id": operation_id,
                "where": where,
                "tag": attribute,
                "method_name": name,
                "hand_written": hand_written,
                "summary": operation.get("summary", ""),
                "description": operation.get("description", ""),
                "http_method": method.upper(),
                "path": operation.get("x-real-path", path),
                "host": "download" if "servers" in operation else "api",
                "parameters": parameters,
                "body": body,
                "success": success,
                # HTTP's semantics, unless the spec says otherwise either way.
                "retry_safe": operation.get("x-retry-safe", method.upper() in SAFE_METHODS),
                "retry_safe_when_keyed_by": keyed_by,
                "answer_echoes": echoes,
                "pagination": pagination,
                "item_model": item_model,
                "model_names": sorted(
                    {
                        *re.findall(r"\b[A-Z]\w*", " ".join(p["python_type"] for p in parameters)),
                        *re.findall(r"\b[A-Z]\w*", body["python_type"] if body else ""),
                        *([success["model"]] if success["model"] else []),
                        *([item_model] if item_model else []),
                    }
                    - {"Mapping", "Sequence", "Any"}
                ),
            }
    unknown = sorted(set(conveniences) - set(attributes))
    if unknown:
        raise SpecError(
            f"x-conveniences names {', '.join(map(repr, unknown))}, no tag's client attribute "
            f"(the attributes: {', '.join(sorted(attributes))})"
        )
    return operations
