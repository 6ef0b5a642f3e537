from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

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
        d = dict(src_dict)
        f_1 = d.pop("order", UNSET)
        if f_1 is not UNSET:
            if type(f_1) is not str:
                if f_1 is not None:
                    raise SchemaMismatch(".order", "a string or null", f_1)

            else:
                f_1 = OrderExportSort.from_json(f_1)

        f_2 = d.pop("fields", UNSET)
        if f_2 is not UNSET:
            if type(f_2) is not list:
                if f_2 is not None:
                    raise SchemaMismatch(".fields", "a list or null", f_2)

            else:
                items0 = []
                try:
                    for index0, item0 in enumerate(f_2):
                        if type(item0) is not str:
                            raise SchemaMismatch(f"[{index0}]", "a string", item0)

                        items0.append(item0)
                except SchemaMismatch as error:
                    raise error.under(".fields") from None
                f_2 = items0

        f_3 = d.pop("filters", UNSET)
        if f_3 is not UNSET:
            if type(f_3) is not dict and not isinstance(f_3, Mapping):
                if f_3 is not None:
                    raise SchemaMismatch(".filters", "an object or null", f_3)

            else:
                try:
                    f_3 = OrderExportFilters.from_dict(f_3)
                except SchemaMismatch as error:
                    raise error.under(".filters") from None

        obj = cls(
            order=f_1,
            fields=f_2,
            filters=f_3,
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
