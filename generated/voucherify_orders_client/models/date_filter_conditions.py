from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..types import UNSET, SchemaMismatch, Unset, format_timestamp, parse_timestamp


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
        d = dict(src_dict)
        f_1 = d.pop("$after", UNSET)
        if f_1 is not UNSET:
            if type(f_1) is not str:
                if f_1 is not None:
                    raise SchemaMismatch(".$after", "an ISO 8601 date-time", f_1)
                f_1 = UNSET  # optional, not nullable: null means absent

            else:
                f_1 = parse_timestamp(f_1, ".$after")

        f_2 = d.pop("$before", UNSET)
        if f_2 is not UNSET:
            if type(f_2) is not str:
                if f_2 is not None:
                    raise SchemaMismatch(".$before", "an ISO 8601 date-time", f_2)
                f_2 = UNSET  # optional, not nullable: null means absent

            else:
                f_2 = parse_timestamp(f_2, ".$before")

        obj = cls(
            after=f_1,
            before=f_2,
        )
        return obj
