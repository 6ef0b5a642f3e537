from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RedemptionEntry")


@_attrs_define
class RedemptionEntry:
    """A redemption applied to the order, keyed by redemption id in `redemptions`."""

    date: datetime.datetime | Unset = UNSET
    rollback_id: str | Unset = UNSET
    rollback_date: datetime.datetime | Unset = UNSET
    related_object_type: str | Unset = UNSET
    related_object_id: str | Unset = UNSET
    related_object_parent_id: str | Unset = UNSET
    stacked: list[str] | Unset = UNSET
    rollback_stacked: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        rollback_id = self.rollback_id

        rollback_date: str | Unset = UNSET
        if not isinstance(self.rollback_date, Unset):
            rollback_date = self.rollback_date.isoformat()

        related_object_type = self.related_object_type

        related_object_id = self.related_object_id

        related_object_parent_id = self.related_object_parent_id

        stacked: list[str] | Unset = UNSET
        if not isinstance(self.stacked, Unset):
            stacked = self.stacked

        rollback_stacked: list[str] | Unset = UNSET
        if not isinstance(self.rollback_stacked, Unset):
            rollback_stacked = self.rollback_stacked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if rollback_id is not UNSET:
            field_dict["rollback_id"] = rollback_id
        if rollback_date is not UNSET:
            field_dict["rollback_date"] = rollback_date
        if related_object_type is not UNSET:
            field_dict["related_object_type"] = related_object_type
        if related_object_id is not UNSET:
            field_dict["related_object_id"] = related_object_id
        if related_object_parent_id is not UNSET:
            field_dict["related_object_parent_id"] = related_object_parent_id
        if stacked is not UNSET:
            field_dict["stacked"] = stacked
        if rollback_stacked is not UNSET:
            field_dict["rollback_stacked"] = rollback_stacked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        rollback_id = d.pop("rollback_id", UNSET)

        _rollback_date = d.pop("rollback_date", UNSET)
        rollback_date: datetime.datetime | Unset
        if isinstance(_rollback_date, Unset):
            rollback_date = UNSET
        else:
            rollback_date = datetime.datetime.fromisoformat(_rollback_date)

        related_object_type = d.pop("related_object_type", UNSET)

        related_object_id = d.pop("related_object_id", UNSET)

        related_object_parent_id = d.pop("related_object_parent_id", UNSET)

        stacked = cast(list[str], d.pop("stacked", UNSET))

        rollback_stacked = cast(list[str], d.pop("rollback_stacked", UNSET))

        redemption_entry = cls(
            date=date,
            rollback_id=rollback_id,
            rollback_date=rollback_date,
            related_object_type=related_object_type,
            related_object_id=related_object_id,
            related_object_parent_id=related_object_parent_id,
            stacked=stacked,
            rollback_stacked=rollback_stacked,
        )

        redemption_entry.additional_properties = d
        return redemption_entry

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
