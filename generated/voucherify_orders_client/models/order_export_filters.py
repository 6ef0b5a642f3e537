from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

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
        get = src_dict.get
        known = 0  # how many keys of src_dict are fields (a required one is there, or it raised)
        f_junction = get("junction", UNSET)
        if f_junction is not UNSET:
            known += 1
            if type(f_junction) is not str:
                if f_junction is not None:
                    raise SchemaMismatch(".junction", "a string or null", f_junction)

            else:
                f_junction = _FilterJunction_BY_VALUE.get(f_junction) or FilterJunction(f_junction)

        f_created_at = get("created_at", UNSET)
        if f_created_at is not UNSET:
            known += 1
            if type(f_created_at) is not dict and not isinstance(f_created_at, Mapping):
                if f_created_at is not None:
                    raise SchemaMismatch(".created_at", "an object or null", f_created_at)

            else:
                try:
                    f_created_at = _DateFilter_from_dict(f_created_at)
                except SchemaMismatch as error:
                    raise error.under(".created_at") from None

        f_updated_at = get("updated_at", UNSET)
        if f_updated_at is not UNSET:
            known += 1
            if type(f_updated_at) is not dict and not isinstance(f_updated_at, Mapping):
                if f_updated_at is not None:
                    raise SchemaMismatch(".updated_at", "an object or null", f_updated_at)

            else:
                try:
                    f_updated_at = _DateFilter_from_dict(f_updated_at)
                except SchemaMismatch as error:
                    raise error.under(".updated_at") from None

        # Built without calling __init__: every field (and additional_properties) is set here.
        obj = _new(cls)
        obj.junction = f_junction
        obj.created_at = f_created_at
        obj.updated_at = f_updated_at
        extra: dict[str, Any] = {}
        if len(src_dict) != known:
            for key, raw in src_dict.items():
                if key in _KNOWN_KEYS:
                    continue
                if type(raw) is not dict and not isinstance(raw, Mapping):
                    raise SchemaMismatch("." + key, "an object", raw)

                else:
                    try:
                        value = _FieldFilter_from_dict(raw)
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


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "junction",
        "created_at",
        "updated_at",
    )
)

_new = object.__new__
_DateFilter_from_dict = DateFilter.from_dict
_FieldFilter_from_dict = FieldFilter.from_dict

# Each enum's members by value, for from_dict (an unknown value falls back to the constructor, which keeps it).
_FilterJunction_BY_VALUE = cast("dict[str, FilterJunction]", FilterJunction._value2member_map_)
