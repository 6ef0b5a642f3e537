"""Turn what a caller passes (a generated model or a plain dict) into a checked model.

The generated `from_dict` does not check types: `{"amount": "12"}` becomes an
order whose amount is a string, and the server rejects it a round trip later.
Here every field is checked against the model's annotations before anything is
sent, and a mistake is reported with the path to the offending value.
"""

from __future__ import annotations

import datetime
import enum
import functools
import inspect
import re
import types
import typing
from collections.abc import Mapping
from typing import Any, TypeVar

import attrs
from voucherify_orders_client import models as generated_models
from voucherify_orders_client.types import Unset

from ._exceptions import ParameterError

__all__ = ["check_int", "check_text", "to_model"]


M = TypeVar("M")


def to_model(cls: type[M], value: object, parameter: str) -> M:
    """Return `value` as a checked `cls`: a mapping is checked and converted, a `cls` checked as it is."""
    if isinstance(value, cls):
        # One check for both forms: a model is checked as the JSON it would send.
        try:
            data = value.to_dict()  # type: ignore[attr-defined]
        except (AttributeError, TypeError, ValueError) as exc:
            raise ParameterError(parameter, f"cannot be serialized: {_describe(exc)}") from None
        _check_raw(data, cls, parameter)
        return value
    if not isinstance(value, Mapping):
        raise ParameterError(parameter, f"expected {cls.__name__} or a dict, got {type(value).__name__}")
    # Check the plain data first: the generated from_dict converts without checking
    # (a list where an object belongs can come out as an empty object).
    _check_raw(value, cls, parameter)
    try:
        return cls.from_dict(dict(value))  # type: ignore[attr-defined,no-any-return]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ParameterError(parameter, f"cannot be read as {cls.__name__}: {_describe(exc)}") from None


def check_int(value: object, parameter: str, minimum: int, maximum: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ParameterError(parameter, f"expected an integer, got {type(value).__name__} {value!r}")
    if not minimum <= value <= maximum:
        raise ParameterError(parameter, f"must be between {minimum} and {maximum}, got {value}")
    return value


def check_text(value: object, parameter: str) -> str:
    if not isinstance(value, str):
        raise ParameterError(parameter, f"expected a string, got {type(value).__name__}")
    if not value:
        raise ParameterError(parameter, "must not be empty")
    return value


def _check_raw(value: object, annotation: Any, path: str) -> None:
    """Check JSON-like data against a generated model's annotations (what from_dict will read)."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(annotation) if a is not Unset]
        if value is None and type(None) in options:
            return
        candidates = [a for a in options if a is not type(None)]
        errors: list[ParameterError] = []
        for option in candidates:
            try:
                _check_raw(value, option, path)
                return
            except ParameterError as exc:
                errors.append(exc)
        if len(errors) == 1:
            raise errors[0]
        raise ParameterError(path, f"expected {_type_name(annotation)}, got {_got(value)}")
    if annotation is Any:
        return
    if origin is list:
        if not isinstance(value, list):
            raise ParameterError(path, f"expected a list, got {_got(value)}")
        (item_type,) = typing.get_args(annotation)
        for index, item in enumerate(value):
            _check_raw(item, item_type, f"{path}[{index}]")
        return
    if origin is dict or annotation is dict:
        if not isinstance(value, Mapping):
            raise ParameterError(path, f"expected an object, got {_got(value)}")
        return
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        allowed = [m.value for m in annotation]
        if not isinstance(value, str) or value not in allowed:
            raise ParameterError(path, f"must be one of {', '.join(map(repr, allowed))}, got {_got(value)}")
        return
    if annotation in (datetime.datetime, datetime.date):
        if isinstance(value, annotation):
            return
        if isinstance(value, str):
            try:
                parsed = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                pass
            else:
                if annotation is datetime.date or parsed.tzinfo is not None:
                    return
        kind = (
            "an ISO 8601 date-time with a timezone" if annotation is datetime.datetime else "an ISO 8601 date"
        )
        raise ParameterError(path, f"expected {kind}, got {_got(value)}")
    if attrs.has(annotation):
        if not isinstance(value, Mapping):
            raise ParameterError(path, f"expected an object, got {_got(value)}")
        hints = _hints(annotation)
        for field in attrs.fields(annotation):
            if field.name == "additional_properties":
                continue
            key = _json_key(annotation, field.name)
            if key not in value:
                if field.default is attrs.NOTHING:
                    raise ParameterError(f"{path}.{key}", "is required")
                continue
            _check_raw(value[key], hints[field.name], f"{path}.{key}")
        # Typed additionalProperties (export filters: field name -> FieldFilter).
        extra = typing.get_args(hints.get("additional_properties", dict[str, Any]))
        if len(extra) == 2 and extra[1] is not Any:
            declared = {_json_key(annotation, f.name) for f in attrs.fields(annotation)}
            for key, item in value.items():
                if key not in declared:
                    _check_raw(item, extra[1], f"{path}.{key}")
        return
    if not _outer_fits(value, annotation) or (annotation is str and not isinstance(value, str)):
        raise ParameterError(path, f"expected {_type_name(annotation)}, got {_got(value)}")


@functools.cache
def _json_keys(cls: type) -> dict[str, str]:
    """attrs field name -> JSON key (`object_` -> `object`, `in_` -> `$in`), read from what from_dict pops."""
    source = inspect.getsource(cls.from_dict)  # type: ignore[attr-defined]
    return dict(_POPPED.findall(source))


_POPPED = re.compile(r"^\s*(\w+) = .*?d\.pop\(\"([^\"]+)\"", re.M)


def _json_key(cls: type, field_name: str) -> str:
    return _json_keys(cls).get(field_name, field_name)


def _got(value: object) -> str:
    text = repr(value)
    return f"{type(value).__name__} {text[:60]}{'...' if len(text) > 60 else ''}"


def _describe(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"missing required field {exc.args[0]!r}"
    return str(exc) or type(exc).__name__


class _ModelNames(dict[str, Any]):
    """Model names for resolving annotations, loaded as they are asked for (the package is lazy)."""

    def __missing__(self, name: str) -> Any:
        try:
            return getattr(generated_models, name)
        except AttributeError:
            raise KeyError(name) from None


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    # Generated models import their nested models only under TYPE_CHECKING, so
    # resolve annotations against the models package.
    return typing.get_type_hints(cls, localns=_ModelNames())


def _outer_fits(value: object, annotation: Any) -> bool:
    origin = typing.get_origin(annotation)
    if origin is list:
        return isinstance(value, list)
    if origin is dict:
        return isinstance(value, dict)
    if annotation is type(None):
        return value is None
    if annotation is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if annotation is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if annotation is Any:
        return True
    return isinstance(annotation, type) and isinstance(value, annotation)


def _type_name(annotation: Any) -> str:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        names = [_type_name(a) for a in typing.get_args(annotation) if a is not Unset]
        return " or ".join(names)
    if origin is list:
        return f"a list of {_type_name(typing.get_args(annotation)[0])}"
    if annotation is type(None):
        return "null"
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return f"one of {', '.join(repr(m.value) for m in annotation)}"
    return getattr(annotation, "__name__", str(annotation))
