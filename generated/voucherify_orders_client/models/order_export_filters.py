from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filter_junction import FilterJunction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_filter import DateFilter
    from ..models.field_filter import FieldFilter


T = TypeVar("T", bound="OrderExportFilters")


@_attrs_define
class OrderExportFilters:
    """Which orders to export. Keys are `junction` and field names (an order field, or `metadata.<key>`), each with its
    conditions.

    """

    junction: FilterJunction | Unset = UNSET
    """ Whether every filter must match (`and`) or any one (`or`). """
    created_at: DateFilter | Unset = UNSET
    """ Conditions on a date field, which takes only `$after` and `$before`. """
    updated_at: DateFilter | Unset = UNSET
    """ Conditions on a date field, which takes only `$after` and `$before`. """
    additional_properties: dict[str, FieldFilter] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        junction: str | Unset = UNSET
        if not isinstance(self.junction, Unset):
            junction = self.junction.value

        created_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.to_dict()

        updated_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.to_dict()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        field_dict.update({})
        if junction is not UNSET:
            field_dict["junction"] = junction
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_filter import DateFilter  # noqa: PLC0415
        from ..models.field_filter import FieldFilter  # noqa: PLC0415

        d = dict(src_dict)
        _junction = d.pop("junction", UNSET)
        junction: FilterJunction | Unset
        if isinstance(_junction, Unset):
            junction = UNSET
        else:
            junction = FilterJunction(_junction)

        _created_at = d.pop("created_at", UNSET)
        created_at: DateFilter | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = DateFilter.from_dict(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: DateFilter | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = DateFilter.from_dict(_updated_at)

        order_export_filters = cls(
            junction=junction,
            created_at=created_at,
            updated_at=updated_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = FieldFilter.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        order_export_filters.additional_properties = additional_properties
        return order_export_filters

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> FieldFilter:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: FieldFilter) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
