from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.date_filter import DateFilter
from ..models.field_filter import FieldFilter
from ..models.filter_junction import FilterJunction
from ..types import UNSET, SchemaMismatch, Unset


@_attrs_define
class OrderExportFilters:
    """
    Which orders to export. Keys are `junction` and field names (an order field, or `metadata.<key>`), each with its
        conditions.
    """

    junction: FilterJunction | None | Unset = UNSET
    created_at: DateFilter | None | Unset = UNSET
    updated_at: DateFilter | None | Unset = UNSET
    additional_properties: dict[str, FieldFilter] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not list, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: every value as it came, unset fields left out."""
        field_dict: dict[str, Any] = {key: value.to_dict() for key, value in self.additional_properties.items()}
        v1 = self.junction
        if v1 is None:
            field_dict["junction"] = None
        elif not isinstance(v1, Unset):
            field_dict["junction"] = None if v1 is None else v1.value
        v2 = self.created_at
        if v2 is None:
            field_dict["created_at"] = None
        elif not isinstance(v2, Unset):
            field_dict["created_at"] = None if v2 is None else v2.to_dict()
        v3 = self.updated_at
        if v3 is None:
            field_dict["updated_at"] = None
        elif not isinstance(v3, Unset):
            field_dict["updated_at"] = None if v3 is None else v3.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """
        Read this object from JSON data. A value of the wrong type raises SchemaMismatch
        (a ValueError) naming its path; null in an optional field that is not nullable
        reads as absent; fields and enum values the spec does not list are kept.
        """
        d = dict(src_dict)
        f_1 = d.pop("junction", UNSET)
        if f_1 is not UNSET:
            if type(f_1) is not str:
                if f_1 is not None:
                    raise SchemaMismatch(".junction", "a string or null", f_1)

            else:
                f_1 = FilterJunction.from_json(f_1)

        f_2 = d.pop("created_at", UNSET)
        if f_2 is not UNSET:
            if type(f_2) is not dict and not isinstance(f_2, Mapping):
                if f_2 is not None:
                    raise SchemaMismatch(".created_at", "an object or null", f_2)

            else:
                try:
                    f_2 = DateFilter.from_dict(f_2)
                except SchemaMismatch as error:
                    raise error.under(".created_at") from None

        f_3 = d.pop("updated_at", UNSET)
        if f_3 is not UNSET:
            if type(f_3) is not dict and not isinstance(f_3, Mapping):
                if f_3 is not None:
                    raise SchemaMismatch(".updated_at", "an object or null", f_3)

            else:
                try:
                    f_3 = DateFilter.from_dict(f_3)
                except SchemaMismatch as error:
                    raise error.under(".updated_at") from None

        obj = cls(
            junction=f_1,
            created_at=f_2,
            updated_at=f_3,
        )
        extra: dict[str, Any] = {}
        for key, raw in d.items():
            if type(raw) is not dict and not isinstance(raw, Mapping):
                raise SchemaMismatch("." + key, "an object", raw)

            else:
                try:
                    value = FieldFilter.from_dict(raw)
                except SchemaMismatch as error:
                    raise error.under("." + key) from None

            extra[key] = value
        obj.additional_properties = extra
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
