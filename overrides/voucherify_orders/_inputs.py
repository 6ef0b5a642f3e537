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
import types
import typing
from collections.abc import Mapping
from typing import Any, Protocol, TypeVar

import attrs
from voucherify_orders_client import models as generated_models
from voucherify_orders_client.types import Unset

from ._exceptions import ParameterError

__all__ = ["check_int", "check_text", "to_model"]


class _Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


M = TypeVar("M")


def to_model(cls: type[M], value: object, parameter: str) -> M:
    """Return `value` as a checked `cls`: a `cls` is checked as it is, a mapping converted first."""
    if isinstance(value, cls):
        model = value
    elif isinstance(value, Mapping):
        try:
            model = cls.from_dict(dict(value))  # type: ignore[attr-defined]
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ParameterError(parameter, f"cannot be read as {cls.__name__}: {_describe(exc)}") from None
    else:
        raise ParameterError(parameter, f"expected {cls.__name__} or a dict, got {type(value).__name__}")
    _check_model(model, parameter)
    return model


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


def _describe(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"missing required field {exc.args[0]!r}"
    return str(exc) or type(exc).__name__


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    # Generated models import their nested models only under TYPE_CHECKING, so
    # resolve annotations against the models package.
    return typing.get_type_hints(cls, localns=vars(generated_models))


def _check_model(model: object, path: str) -> None:
    cls = type(model)
    hints = _hints(cls)
    for field in attrs.fields(cls):
        if field.name == "additional_properties":
            continue
        value = getattr(model, field.name)
        key = field.alias or field.name
        _check_value(value, hints[field.name], f"{path}.{key.lstrip('_').rstrip('_')}")


def _check_value(value: object, annotation: Any, path: str) -> None:
    if _matches(value, annotation, path):
        return
    raise ParameterError(path, f"expected {_type_name(annotation)}, got {type(value).__name__} {value!r:.60}")


def _matches(value: object, annotation: Any, path: str) -> bool:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(annotation)
        # Prefer the branch whose outer type fits, so nested errors name the real problem.
        for option in options:
            if _outer_fits(value, option):
                _check_value(value, option, path)
                return True
        return False
    if annotation is Any:
        return True
    if origin is list:
        if not isinstance(value, list):
            return False
        (item_type,) = typing.get_args(annotation)
        for index, item in enumerate(value):
            _check_value(item, item_type, f"{path}[{index}]")
        return True
    if origin is dict:
        return isinstance(value, dict)
    if annotation is type(None):
        return value is None
    if annotation is Unset:
        return isinstance(value, Unset)
    if annotation is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if annotation is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return isinstance(value, annotation)
    if annotation in (str, bool, datetime.datetime, datetime.date):
        return isinstance(value, annotation)
    if attrs.has(annotation):
        if not isinstance(value, annotation):
            return False
        _check_model(value, path)
        return True
    return isinstance(value, annotation)


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
