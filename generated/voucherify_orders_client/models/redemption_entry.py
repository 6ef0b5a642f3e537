from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, SchemaMismatch, Unset, format_timestamp, parse_timestamp


@_attrs_define
class RedemptionEntry:
    """
    A redemption applied to the order, keyed by redemption id in `redemptions`.
    """

    date: datetime.datetime | Unset = UNSET
    rollback_id: str | Unset = UNSET
    rollback_date: datetime.datetime | Unset = UNSET
    related_object_type: str | Unset = UNSET
    related_object_id: str | Unset = UNSET
    related_object_parent_id: str | Unset = UNSET
    stacked: list[str] | Unset = UNSET
    rollback_stacked: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not list, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: every value as it came, unset fields left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        v1 = self.date
        if not isinstance(v1, Unset):
            field_dict["date"] = format_timestamp(v1)
        v2 = self.rollback_id
        if not isinstance(v2, Unset):
            field_dict["rollback_id"] = v2
        v3 = self.rollback_date
        if not isinstance(v3, Unset):
            field_dict["rollback_date"] = format_timestamp(v3)
        v4 = self.related_object_type
        if not isinstance(v4, Unset):
            field_dict["related_object_type"] = v4
        v5 = self.related_object_id
        if not isinstance(v5, Unset):
            field_dict["related_object_id"] = v5
        v6 = self.related_object_parent_id
        if not isinstance(v6, Unset):
            field_dict["related_object_parent_id"] = v6
        v7 = self.stacked
        if not isinstance(v7, Unset):
            field_dict["stacked"] = [item0 for item0 in v7]
        v8 = self.rollback_stacked
        if not isinstance(v8, Unset):
            field_dict["rollback_stacked"] = [item0 for item0 in v8]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """
        Read this object from JSON data. A value of the wrong type raises SchemaMismatch
        (a ValueError) naming its path; null in an optional field that is not nullable
        reads as absent; fields and enum values the spec does not list are kept.
        """
        d = dict(src_dict)
        f_1 = d.pop("date", UNSET)
        if f_1 is not UNSET:
            if type(f_1) is not str:
                if f_1 is not None:
                    raise SchemaMismatch(".date", "an ISO 8601 date-time", f_1)
                f_1 = UNSET  # optional, not nullable: null means absent

            else:
                f_1 = parse_timestamp(f_1, ".date")

        f_2 = d.pop("rollback_id", UNSET)
        if f_2 is not UNSET:
            if type(f_2) is not str:
                if f_2 is not None:
                    raise SchemaMismatch(".rollback_id", "a string", f_2)
                f_2 = UNSET  # optional, not nullable: null means absent

        f_3 = d.pop("rollback_date", UNSET)
        if f_3 is not UNSET:
            if type(f_3) is not str:
                if f_3 is not None:
                    raise SchemaMismatch(".rollback_date", "an ISO 8601 date-time", f_3)
                f_3 = UNSET  # optional, not nullable: null means absent

            else:
                f_3 = parse_timestamp(f_3, ".rollback_date")

        f_4 = d.pop("related_object_type", UNSET)
        if f_4 is not UNSET:
            if type(f_4) is not str:
                if f_4 is not None:
                    raise SchemaMismatch(".related_object_type", "a string", f_4)
                f_4 = UNSET  # optional, not nullable: null means absent

        f_5 = d.pop("related_object_id", UNSET)
        if f_5 is not UNSET:
            if type(f_5) is not str:
                if f_5 is not None:
                    raise SchemaMismatch(".related_object_id", "a string", f_5)
                f_5 = UNSET  # optional, not nullable: null means absent

        f_6 = d.pop("related_object_parent_id", UNSET)
        if f_6 is not UNSET:
            if type(f_6) is not str:
                if f_6 is not None:
                    raise SchemaMismatch(".related_object_parent_id", "a string", f_6)
                f_6 = UNSET  # optional, not nullable: null means absent

        f_7 = d.pop("stacked", UNSET)
        if f_7 is not UNSET:
            if type(f_7) is not list:
                if f_7 is not None:
                    raise SchemaMismatch(".stacked", "a list", f_7)
                f_7 = UNSET  # optional, not nullable: null means absent

            else:
                items0 = []
                try:
                    for index0, item0 in enumerate(f_7):
                        if type(item0) is not str:
                            raise SchemaMismatch(f"[{index0}]", "a string", item0)

                        items0.append(item0)
                except SchemaMismatch as error:
                    raise error.under(".stacked") from None
                f_7 = items0

        f_8 = d.pop("rollback_stacked", UNSET)
        if f_8 is not UNSET:
            if type(f_8) is not list:
                if f_8 is not None:
                    raise SchemaMismatch(".rollback_stacked", "a list", f_8)
                f_8 = UNSET  # optional, not nullable: null means absent

            else:
                items0 = []
                try:
                    for index0, item0 in enumerate(f_8):
                        if type(item0) is not str:
                            raise SchemaMismatch(f"[{index0}]", "a string", item0)

                        items0.append(item0)
                except SchemaMismatch as error:
                    raise error.under(".rollback_stacked") from None
                f_8 = items0

        obj = cls(
            date=f_1,
            rollback_id=f_2,
            rollback_date=f_3,
            related_object_type=f_4,
            related_object_id=f_5,
            related_object_parent_id=f_6,
            stacked=f_7,
            rollback_stacked=f_8,
        )
        obj.additional_properties = d
        return obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
