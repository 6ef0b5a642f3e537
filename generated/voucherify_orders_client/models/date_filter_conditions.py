from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..types import UNSET, SchemaMismatch, Timestamp, Unset, format_timestamp


@_attrs_define
class DateFilterConditions:
    """
    The `DateFilterConditions` object of the spec.
    """

    after: datetime.datetime | Unset = UNSET
    before: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: every value as it came, unset fields left out."""
        field_dict: dict[str, Any] = {}
        v1 = self.after
        if not isinstance(v1, Unset):
            field_dict["$after"] = format_timestamp(v1)
        v2 = self.before
        if not isinstance(v2, Unset):
            field_dict["$before"] = format_timestamp(v2)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """
        Read this object from JSON data. A value of the wrong type raises SchemaMismatch
        (a ValueError) naming its path; null in an optional field that is not nullable
        reads as absent; fields and enum values the spec does not list are kept.
        """
        get = src_dict.get
        f_after = get("$after")
        if f_after is None:
            f_after = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            if type(f_after) is not str:
                raise SchemaMismatch(".$after", "an ISO 8601 date-time", f_after)

            else:
                try:
                    timestamp = Timestamp.fromisoformat(f_after)
                except ValueError:
                    raise SchemaMismatch(".$after", "an ISO 8601 date-time", f_after) from None
                timestamp.text = f_after
                f_after = timestamp

        f_before = get("$before")
        if f_before is None:
            f_before = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            if type(f_before) is not str:
                raise SchemaMismatch(".$before", "an ISO 8601 date-time", f_before)

            else:
                try:
                    timestamp = Timestamp.fromisoformat(f_before)
                except ValueError:
                    raise SchemaMismatch(".$before", "an ISO 8601 date-time", f_before) from None
                timestamp.text = f_before
                f_before = timestamp

        # Built without calling __init__: every field (and additional_properties) is set here.
        obj = _new(cls)
        obj.after = f_after
        obj.before = f_before
        return obj


_new = object.__new__
