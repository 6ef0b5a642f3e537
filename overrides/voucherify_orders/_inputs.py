"""Check what a caller passes against the spec's schemas, and turn it into the JSON to send.

The schemas come from the generated package (`voucherify_orders_client.schemas`,
written from the spec at generation time). A generated model is checked as the
JSON it would send; a plain dict is checked and sent as it is, without a round
trip through the models. A mistake is reported with the path to the offending
value (`order.items[0].quantity`), before anything is sent.

`None` for an optional field means the same as leaving it out (the official SDKs
send such nulls), except where the spec says null clears the stored value
(`x-null-clears`: `source_id` and `referrer_id` on update, a customer's `address`):
there it is sent as `null`.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Mapping
from typing import Any

from voucherify_orders_client.client import Parameter
from voucherify_orders_client.schemas import SCHEMAS

from ._exceptions import ParameterError

__all__ = ["check_parameter", "to_json"]


def check_parameter(parameter: Parameter, value: object) -> Any:
    """A path or query argument, checked (None: left out); enums are sent as their string."""
    if value is None:
        if parameter.required:
            raise ParameterError(parameter.python_name, "is required")
        return None
    checked = to_json(parameter.schema, value, parameter.python_name)
    # An untyped parameter's dict would go out as Python's text of it (the spec's mistake).
    values = checked if isinstance(checked, list) and parameter.location == "query" else [checked]
    if any(isinstance(item, (dict, list)) for item in values):
        problem = f"cannot be sent as a {parameter.location} parameter: {_got(value)} is no text or number"
        raise ParameterError(parameter.python_name, problem)
    if parameter.location == "path" and checked == "":
        raise ParameterError(parameter.python_name, "must not be empty")
    return checked


def to_json(schema: Mapping[str, Any], value: object, path: str) -> Any:
    """`value` (a generated model, or plain data) checked against `schema`, as JSON-ready data."""
    if hasattr(value, "to_dict") and hasattr(type(value), "from_dict"):
        try:
            value = value.to_dict()
        except (AttributeError, TypeError, ValueError) as exc:
            raise ParameterError(path, f"cannot be serialized: {exc}") from None
    return _check(schema, value, path)


class _Checked(dict[str, Any]):
    """An object this module checked and built; `schema` is the (resolved) schema it satisfies.

    A body checked once (each order of an import, as it is read) is not checked again when
    the request that carries it is built: the same object against the same schema passes as it is.
    """

    __slots__ = ("schema",)
    schema: Mapping[str, Any]


#: Resolved schemas by the id of the schema they came from (the schemas are constants;
#: the source is kept alongside, so its id cannot be reused while the entry lives).
_RESOLVED: dict[int, tuple[Mapping[str, Any], Mapping[str, Any]]] = {}


def _resolve(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    cached = _RESOLVED.get(id(schema))
    if cached is not None and cached[0] is schema:
        return cached[1]
    resolved = schema
    while "$ref" in resolved:
        resolved = SCHEMAS[resolved["$ref"]]
    if "allOf" in resolved and len(resolved["allOf"]) == 1:
        resolved = {**_resolve(resolved["allOf"][0]), **{k: v for k, v in resolved.items() if k != "allOf"}}
    if len(_RESOLVED) < 10_000:  # the spec's schemas, and nothing a caller could grow without bound
        _RESOLVED[id(schema)] = (schema, resolved)
    return resolved


def _check(schema: Mapping[str, Any], value: Any, path: str) -> Any:
    schema = _resolve(schema)
    if value is None:
        if schema.get("nullable"):
            return None
        raise ParameterError(path, f"must not be null (expected {_expected(schema)})")
    kind = schema.get("type")
    if "enum" in schema:
        if isinstance(value, bool) or not isinstance(value, (str, int)) or value not in schema["enum"]:
            allowed = ", ".join(repr(v) for v in schema["enum"])
            raise ParameterError(path, f"must be one of {allowed}, got {_got(value)}")
        return str(value) if isinstance(value, str) else int(value)
    if kind == "object" or (kind is None and "properties" in schema):
        return _check_object(schema, value, path)
    if kind == "array":
        if not isinstance(value, (list, tuple)):
            raise ParameterError(path, f"expected a list, got {_got(value)}")
        _check_size(schema, len(value), path, "items", "minItems", "maxItems")
        item_schema = schema.get("items", {})
        return [_check(item_schema, item, f"{path}[{index}]") for index, item in enumerate(value)]
    if kind == "string":
        return _check_string(schema, value, path)
    if kind == "integer":
        if type(value) is not int and (not isinstance(value, int) or isinstance(value, bool)):
            raise ParameterError(path, f"expected an integer, got {_got(value)}")
        _check_range(schema, value, path)
        return _exact(value, path)
    if kind == "number":
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise ParameterError(path, f"expected a finite number, got {_got(value)}")
        if isinstance(value, float) and not math.isfinite(value):
            raise ParameterError(path, f"expected a finite number, got {_got(value)}")
        _check_range(schema, value, path)
        return _exact(value, path) if isinstance(value, int) else value
    if kind == "boolean":
        if not isinstance(value, bool):
            raise ParameterError(path, f"expected true or false, got {_got(value)}")
        return value
    return _plain_json(value, path, depth=0)


def _check_object(schema: Mapping[str, Any], value: Any, path: str) -> dict[str, Any]:
    if type(value) is _Checked and value.schema is schema:
        return value  # built by this module against this very schema: nothing to check again
    if type(value) is not dict and not isinstance(value, Mapping):
        raise ParameterError(path, f"expected an object, got {_got(value)}")
    properties: Mapping[str, Any] = schema.get("properties", {})
    required = schema.get("required", ())
    extra = schema.get("additionalProperties", True)
    out = _Checked()
    out.schema = schema
    for key, item in value.items():
        if type(key) is not str and not isinstance(key, str):
            raise ParameterError(path, f"keys must be strings, got {_got(key)}")
        where = f"{path}.{_check_text(key, path)}"
        prop = properties.get(key)
        if prop is None:
            if extra is False:
                known = ", ".join(properties)
                raise ParameterError(where, f"is not a field the API knows (expected one of {known})")
            out[key] = _plain_json(item, where, 0) if extra is True else _check(extra, item, where)
        elif item is None and key not in required and not _resolve(prop).get("x-null-clears"):
            continue  # None for an optional field means "left out", as the official SDKs send it
        else:
            out[key] = _check(prop, item, where)
    for key in required:
        if key not in out:
            raise ParameterError(f"{path}.{key}", "is required")
    if value and properties and extra is True and not any(key in properties for key in value):
        # A wrapper ({"orders": [...]}) or a misspelt object: sent, it would be stored empty.
        known, got = ", ".join(properties), ", ".join(map(str, value))
        raise ParameterError(path, f"has none of the fields the API knows ({known}), only: {got}")
    return out


def _check_string(schema: Mapping[str, Any], value: Any, path: str) -> str:
    kind = schema.get("format")
    if kind == "date-time":
        if isinstance(value, datetime.datetime):
            if value.tzinfo is None:
                raise ParameterError(path, "expected a date-time with a timezone, got a naive datetime")
            return value.isoformat()
        if not isinstance(value, str) or not _is_iso(value, kind):
            raise ParameterError(path, f"expected an ISO 8601 date-time with a timezone, got {_got(value)}")
        return value
    if kind == "date":
        if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
            return value.isoformat()
        if not isinstance(value, str) or not _is_iso(value, kind):
            raise ParameterError(path, f"expected an ISO 8601 date, got {_got(value)}")
        return value
    if not isinstance(value, str):
        raise ParameterError(path, f"expected a string, got {_got(value)}")
    _check_text(value, path)
    _check_size(schema, len(value), path, "characters", "minLength", "maxLength")
    pattern = schema.get("pattern")
    if pattern is not None and not re.search(pattern, value):
        raise ParameterError(path, f"{value!r} does not have the form the API accepts ({pattern})")
    return value


def _check_text(text: str, path: str) -> str:
    """
    `text`, unless it holds a lone surrogate (JSON's `"\\udc80"` reads as one): that is no text,
    and nothing a request's UTF-8 can carry.
    """
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ParameterError(
                path,
                f"holds a lone surrogate (U+{ord(text[exc.start]):04X}) at {exc.start}, which is not text",
            ) from None
    return text


def _is_iso(text: str, kind: str) -> bool:
    """Whether `text` is an ISO 8601 date (`kind` "date"), or date-time with a timezone."""
    try:
        if kind == "date":
            datetime.date.fromisoformat(text)
            return True
        return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).tzinfo is not None
    except ValueError:
        return False


def _check_range(schema: Mapping[str, Any], value: float, path: str) -> None:
    low, high = schema.get("minimum"), schema.get("maximum")
    if (low is not None and value < low) or (high is not None and value > high):
        bounds = (
            f"between {low} and {high}"
            if low is not None and high is not None
            else (f"at least {low}" if low is not None else f"at most {high}")
        )
        raise ParameterError(path, f"must be {bounds}, got {_number(value)}")


def _check_size(
    schema: Mapping[str, Any], size: int, path: str, unit: str, low_key: str, high_key: str
) -> None:
    low, high = schema.get(low_key), schema.get(high_key)
    if low is not None and size < low:
        raise ParameterError(path, "must not be empty" if low == 1 else f"needs at least {low} {unit}")
    if high is not None and size > high:
        raise ParameterError(path, f"holds {size} {unit}, more than the {high} allowed")


_MAX_DEPTH = 64
# JSON numbers carry an integer exactly only up to this (RFC 8259, section 6): a parser that
# reads them as doubles, as JavaScript's does, rounds a larger one without a word.
_MAX_EXACT = 2**53 - 1


def _number(value: float) -> str:
    """A number as a message shows it: Python will not write an int of over 4,300 digits."""
    if isinstance(value, int) and value.bit_length() > 128:
        return f"a number of {value.bit_length()} bits"
    return str(value)


def _exact(value: int, path: str, advice: str = "") -> int:
    if -_MAX_EXACT <= value <= _MAX_EXACT:
        return value
    problem = f"{_number(value)} is beyond ±{_MAX_EXACT}, which a JSON number cannot carry exactly"
    raise ParameterError(path, f"{problem}: {advice}" if advice else problem)


def _plain_json(value: Any, path: str, depth: int) -> Any:
    """Free-form data (metadata, say): anything JSON can carry, nothing it cannot."""
    if depth > _MAX_DEPTH:
        raise ParameterError(path, f"is nested more than {_MAX_DEPTH} levels deep")
    if type(value) is str or isinstance(value, str):
        return _check_text(value, path)
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return _exact(value, path, "send it as a string")
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ParameterError(path, f"JSON cannot carry {value!r}")
        return value
    if type(value) is dict or isinstance(value, Mapping):
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise ParameterError(path, f"keys must be strings, got {_got(key)}")
            out[key] = _plain_json(item, f"{path}.{_check_text(key, path)}", depth + 1)
        return out
    if isinstance(value, (list, tuple)):
        return [_plain_json(item, f"{path}[{index}]", depth + 1) for index, item in enumerate(value)]
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    raise ParameterError(path, f"JSON cannot carry {_got(value)}")


def _expected(schema: Mapping[str, Any]) -> str:
    if "enum" in schema:
        return "one of " + ", ".join(repr(v) for v in schema["enum"])
    return {"object": "an object", "array": "a list", "integer": "an integer", "number": "a number"}.get(
        str(schema.get("type")), str(schema.get("type", "a value"))
    )


def _got(value: object) -> str:
    text = repr(value)
    return f"{type(value).__name__} {text[:60]}{'...' if len(text) > 60 else ''}"
