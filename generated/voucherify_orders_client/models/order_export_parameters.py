from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_export_filters import OrderExportFilters
from ..models.order_export_sort import OrderExportSort
from ..types import UNSET, SchemaMismatch, Unset


@_attrs_define
class OrderExportParameters:
    """
    The `OrderExportParameters` object of the spec.
    """

    order: None | OrderExportSort | Unset = UNSET
    fields: list[str] | None | Unset = UNSET
    filters: None | OrderExportFilters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not list, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: every value as it came, unset fields left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        v1 = self.order
        if v1 is None:
            field_dict["order"] = None
        elif not isinstance(v1, Unset):
            field_dict["order"] = None if v1 is None else v1.value
        v2 = self.fields
        if v2 is None:
            field_dict["fields"] = None
        elif not isinstance(v2, Unset):
            field_dict["fields"] = None if v2 is None else [item0 for item0 in v2]
        v3 = self.filters
        if v3 is None:
            field_dict["filters"] = None
        elif not isinstance(v3, Unset):
            field_dict["filters"] = None if v3 is None else v3.to_dict()
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
        f_order = get("order", UNSET)
        if f_order is not UNSET:
            known += 1
            if type(f_order) is not str:
                if f_order is not None:
                    raise SchemaMismatch(".order", "a string or null", f_order)

            else:
                f_order = _OrderExportSort_BY_VALUE.get(f_order) or OrderExportSort(f_order)

        f_fields = get("fields", UNSET)
        if f_fields is not UNSET:
            known += 1
            if type(f_fields) is not list:
                if f_fields is not None:
                    raise SchemaMismatch(".fields", "a list or null", f_fields)

            else:
                f_fields_list: list[Any] = []
                f_fields_list_append = f_fields_list.append
                try:
                    for index0, item0 in enumerate(f_fields):
                        if type(item0) is not str:
                            raise SchemaMismatch(f"[{index0}]", "a string", item0)

                        f_fields_list_append(item0)
                except SchemaMismatch as error:
                    raise error.under(".fields") from None
                f_fields = f_fields_list

        f_filters = get("filters", UNSET)
        if f_filters is not UNSET:
            known += 1
            if type(f_filters) is not dict and not isinstance(f_filters, Mapping):
                if f_filters is not None:
                    raise SchemaMismatch(".filters", "an object or null", f_filters)

            else:
                try:
                    f_filters = _OrderExportFilters_from_dict(f_filters)
                except SchemaMismatch as error:
                    raise error.under(".filters") from None

        # Built without calling __init__: every field (and additional_properties) is set here.
        obj = _new(cls)
        obj.order = f_order
        obj.fields = f_fields
        obj.filters = f_filters
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
        "order",
        "fields",
        "filters",
    )
)


_new = object.__new__
_OrderExportFilters_from_dict = OrderExportFilters.from_dict


# Each enum's members by value, for from_dict (an unknown value falls back to the constructor, which keeps it).
_OrderExportSort_BY_VALUE = cast("dict[str, OrderExportSort]", OrderExportSort._value2member_map_)
