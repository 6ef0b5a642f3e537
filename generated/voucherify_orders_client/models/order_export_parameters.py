from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_export_sort import OrderExportSort
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_export_filters import OrderExportFilters


T = TypeVar("T", bound="OrderExportParameters")


@_attrs_define
class OrderExportParameters:
    order: OrderExportSort | Unset = UNSET
    """ Sort key for the exported rows; `-` means descending. """
    fields: list[str] | Unset = UNSET
    filters: OrderExportFilters | Unset = UNSET
    """ Which orders to export. Keys are `junction` and field names (an order field, or `metadata.<key>`), each with
    its conditions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.value

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order is not UNSET:
            field_dict["order"] = order
        if fields is not UNSET:
            field_dict["fields"] = fields
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_export_filters import OrderExportFilters  # noqa: PLC0415

        d = dict(src_dict)
        _order = d.pop("order", UNSET)
        order: OrderExportSort | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = OrderExportSort(_order)

        fields = cast(list[str], d.pop("fields", UNSET))

        _filters = d.pop("filters", UNSET)
        filters: OrderExportFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = OrderExportFilters.from_dict(_filters)

        order_export_parameters = cls(
            order=order,
            fields=fields,
            filters=filters,
        )

        order_export_parameters.additional_properties = d
        return order_export_parameters

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
