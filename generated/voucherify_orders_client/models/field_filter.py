from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.field_filter_conditions import FieldFilterConditions


T = TypeVar("T", bound="FieldFilter")


@_attrs_define
class FieldFilter:
    """Conditions on one field, keyed by operator. `$in` and `$not_in` take lists; the `_ago`/`_in_future` operators take a
    number of days; `$count*` compare the length of a list field.

    """

    conditions: FieldFilterConditions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conditions = self.conditions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conditions": conditions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_filter_conditions import FieldFilterConditions  # noqa: PLC0415

        d = dict(src_dict)
        conditions = FieldFilterConditions.from_dict(d.pop("conditions"))

        field_filter = cls(
            conditions=conditions,
        )

        field_filter.additional_properties = d
        return field_filter

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
