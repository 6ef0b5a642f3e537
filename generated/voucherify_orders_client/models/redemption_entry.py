from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, SchemaMismatch, Timestamp, Unset, format_timestamp


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
        get = src_dict.get
        known = 0  # how many keys of src_dict are fields (a required one is there, or it raised)
        f_date = get("date")
        if f_date is None:
            f_date = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_date) is not str:
                raise SchemaMismatch(".date", "an ISO 8601 date-time", f_date)

            else:
                try:
                    timestamp = Timestamp.fromisoformat(f_date)
                except ValueError:
                    raise SchemaMismatch(".date", "an ISO 8601 date-time", f_date) from None
                timestamp.text = f_date
                f_date = timestamp

        f_rollback_id = get("rollback_id")
        if f_rollback_id is None:
            f_rollback_id = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_rollback_id) is not str:
                raise SchemaMismatch(".rollback_id", "a string", f_rollback_id)

        f_rollback_date = get("rollback_date")
        if f_rollback_date is None:
            f_rollback_date = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_rollback_date) is not str:
                raise SchemaMismatch(".rollback_date", "an ISO 8601 date-time", f_rollback_date)

            else:
                try:
                    timestamp = Timestamp.fromisoformat(f_rollback_date)
                except ValueError:
                    raise SchemaMismatch(".rollback_date", "an ISO 8601 date-time", f_rollback_date) from None
                timestamp.text = f_rollback_date
                f_rollback_date = timestamp

        f_related_object_type = get("related_object_type")
        if f_related_object_type is None:
            f_related_object_type = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_related_object_type) is not str:
                raise SchemaMismatch(".related_object_type", "a string", f_related_object_type)

        f_related_object_id = get("related_object_id")
        if f_related_object_id is None:
            f_related_object_id = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_related_object_id) is not str:
                raise SchemaMismatch(".related_object_id", "a string", f_related_object_id)

        f_related_object_parent_id = get("related_object_parent_id")
        if f_related_object_parent_id is None:
            f_related_object_parent_id = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_related_object_parent_id) is not str:
                raise SchemaMismatch(".related_object_parent_id", "a string", f_related_object_parent_id)

        f_stacked = get("stacked")
        if f_stacked is None:
            f_stacked = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_stacked) is not list:
                raise SchemaMismatch(".stacked", "a list", f_stacked)

            else:
                f_stacked_list: list[Any] = []
                f_stacked_list_append = f_stacked_list.append
                try:
                    for index0, item0 in enumerate(f_stacked):
                        if type(item0) is not str:
                            raise SchemaMismatch(f"[{index0}]", "a string", item0)

                        f_stacked_list_append(item0)
                except SchemaMismatch as error:
                    raise error.under(".stacked") from None
                f_stacked = f_stacked_list

        f_rollback_stacked = get("rollback_stacked")
        if f_rollback_stacked is None:
            f_rollback_stacked = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_rollback_stacked) is not list:
                raise SchemaMismatch(".rollback_stacked", "a list", f_rollback_stacked)

            else:
                f_rollback_stacked_list: list[Any] = []
                f_rollback_stacked_list_append = f_rollback_stacked_list.append
                try:
                    for index0, item0 in enumerate(f_rollback_stacked):
                        if type(item0) is not str:
                            raise SchemaMismatch(f"[{index0}]", "a string", item0)

                        f_rollback_stacked_list_append(item0)
                except SchemaMismatch as error:
                    raise error.under(".rollback_stacked") from None
                f_rollback_stacked = f_rollback_stacked_list

        # Built without calling __init__: every field (and additional_properties) is set here.
        obj = _new(cls)
        obj.date = f_date
        obj.rollback_id = f_rollback_id
        obj.rollback_date = f_rollback_date
        obj.related_object_type = f_related_object_type
        obj.related_object_id = f_related_object_id
        obj.related_object_parent_id = f_related_object_parent_id
        obj.stacked = f_stacked
        obj.rollback_stacked = f_rollback_stacked
        obj.additional_properties = (
            {} if len(src_dict) == known else {key: raw for key, raw in src_dict.items() if key not in _KNOWN_KEYS}
        )
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


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "date",
        "rollback_id",
        "rollback_date",
        "related_object_type",
        "related_object_id",
        "related_object_parent_id",
        "stacked",
        "rollback_stacked",
    )
)


_new = object.__new__
