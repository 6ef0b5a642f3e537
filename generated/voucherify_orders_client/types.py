"""Shared by the generated models: the unset marker, the decoding error, and date-times that keep their text."""

from __future__ import annotations

import datetime
from enum import Enum
from typing import Any, Literal, SupportsIndex

__all__ = ["UNSET", "SchemaMismatch", "Timestamp", "Unset", "format_timestamp", "parse_day", "parse_timestamp"]


class Unset:
    """The value of a field the data did not hold (distinct from null)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # unpickled as the one marker, which `is UNSET` tests recognise


UNSET: Unset = Unset()


class SchemaMismatch(ValueError):
    """A value of the wrong type for the spec; `path` says where (`$.orders[3].amount`)."""

    def __init__(self, segment: str, expected: str, value: object) -> None:
        self.segments = [segment]
        self.expected = expected
        self.value = value
        super().__init__()

    def under(self, segment: str) -> SchemaMismatch:
        """This mismatch, seen from the object that holds `segment`."""
        self.segments.insert(0, segment)
        return self

    @property
    def path(self) -> str:
        return "$" + "".join(self.segments)

    def __str__(self) -> str:
        got = "nothing" if self.value is UNSET else f"{type(self.value).__name__} {repr(self.value)[:60]}"
        return f"{self.path}: expected {self.expected}, got {got}"

    def __reduce__(self) -> Any:
        copy = (type(self), (self.segments[-1], self.expected, self.value))
        return (_rebuild, (copy, self.segments))


def _rebuild(copy: tuple[Any, ...], segments: list[str]) -> SchemaMismatch:
    error: SchemaMismatch = copy[0](*copy[1])
    error.segments = list(segments)
    return error


class Timestamp(datetime.datetime):
    """A date-time read from JSON; it keeps its text, so it is written back exactly as it came."""

    __slots__ = ("text",)  # no per-instance __dict__: cheaper to make, smaller to keep
    text: str

    def __reduce_ex__(self, protocol: SupportsIndex) -> Any:
        return (parse_timestamp, (self.text, ""))  # datetime's own pickling would drop the text


class Day(datetime.date):
    """A date read from JSON; it keeps its text."""

    __slots__ = ("text",)
    text: str

    def __reduce_ex__(self, protocol: SupportsIndex) -> Any:
        return (parse_day, (self.text, ""))


def parse_timestamp(value: object, segment: str) -> Timestamp:
    if type(value) is not str:
        raise SchemaMismatch(segment, "an ISO 8601 date-time", value)
    try:
        parsed = Timestamp.fromisoformat(value)
    except ValueError:
        raise SchemaMismatch(segment, "an ISO 8601 date-time", value) from None
    parsed.text = value
    return parsed


def parse_day(value: object, segment: str) -> Day:
    if type(value) is not str:
        raise SchemaMismatch(segment, "an ISO 8601 date", value)
    try:
        parsed = Day.fromisoformat(value)
    except ValueError:
        raise SchemaMismatch(segment, "an ISO 8601 date", value) from None
    parsed.text = value
    return parsed


def format_timestamp(value: datetime.date) -> str:
    """The text a date or date-time was read from, or ISO 8601 for one made in Python."""
    text = getattr(value, "text", None)
    return text if isinstance(text, str) else value.isoformat()


def to_json_value(value: Any) -> Any:
    """The JSON form of a value whose type the spec leaves open (a union, or anything)."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, datetime.date):
        return format_timestamp(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return [to_json_value(item) for item in value]
    return value
