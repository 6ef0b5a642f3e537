from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field_filter import FieldFilter
from ..models.filter_junction import FilterJunction
from ..types import UNSET, SchemaMismatch, Unset


@_attrs_define
class OrderExportFilters:
    """
    Which orders to export. Keys are `junction` and the filterable order fields below; any other key must be
        `metadata.<key>`, each with its conditions.
    """

    junction: FilterJunction | None | Unset = UNSET
    created_at: FieldFilter | None | Unset = UNSET
    updated_at: FieldFilter | None | Unset = UNSET
    status: FieldFilter | None | Unset = UNSET
    source_id: FieldFilter | None | Unset = UNSET
    amount: FieldFilter | None | Unset = UNSET
    total_amount: FieldFilter | None | Unset = UNSET
    discount_amount: FieldFilter | None | Unset = UNSET
    total_discount_amount: FieldFilter | None | Unset = UNSET
    items_discount_amount: FieldFilter | None | Unset = UNSET
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
        v4 = self.status
        if v4 is None:
            field_dict["status"] = None
        elif not isinstance(v4, Unset):
            field_dict["status"] = None if v4 is None else v4.to_dict()
        v5 = self.source_id
        if v5 is None:
            field_dict["source_id"] = None
        elif not isinstance(v5, Unset):
            field_dict["source_id"] = None if v5 is None else v5.to_dict()
        v6 = self.amount
        if v6 is None:
            field_dict["amount"] = None
        elif not isinstance(v6, Unset):
            field_dict["amount"] = None if v6 is None else v6.to_dict()
        v7 = self.total_amount
        if v7 is None:
            field_dict["total_amount"] = None
        elif not isinstance(v7, Unset):
            field_dict["total_amount"] = None if v7 is None else v7.to_dict()
        v8 = self.discount_amount
        if v8 is None:
            field_dict["discount_amount"] = None
        elif not isinstance(v8, Unset):
            field_dict["discount_amount"] = None if v8 is None else v8.to_dict()
        v9 = self.total_discount_amount
        if v9 is None:
            field_dict["total_discount_amount"] = None
        elif not isinstance(v9, Unset):
            field_dict["total_discount_amount"] = None if v9 is None else v9.to_dict()
        v10 = self.items_discount_amount
        if v10 is None:
            field_dict["items_discount_amount"] = None
        elif not isinstance(v10, Unset):
            field_dict["items_discount_amount"] = None if v10 is None else v10.to_dict()
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
                    f_created_at = _FieldFilter_from_dict(f_created_at)
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
                    f_updated_at = _FieldFilter_from_dict(f_updated_at)
                except SchemaMismatch as error:
                    raise error.under(".updated_at") from None

        f_status = get("status", UNSET)
        if f_status is not UNSET:
            known += 1
            if type(f_status) is not dict and not isinstance(f_status, Mapping):
                if f_status is not None:
                    raise SchemaMismatch(".status", "an object or null", f_status)

            else:
                try:
                    f_status = _FieldFilter_from_dict(f_status)
                except SchemaMismatch as error:
                    raise error.under(".status") from None

        f_source_id = get("source_id", UNSET)
        if f_source_id is not UNSET:
            known += 1
            if type(f_source_id) is not dict and not isinstance(f_source_id, Mapping):
                if f_source_id is not None:
                    raise SchemaMismatch(".source_id", "an object or null", f_source_id)

            else:
                try:
                    f_source_id = _FieldFilter_from_dict(f_source_id)
                except SchemaMismatch as error:
                    raise error.under(".source_id") from None

        f_amount = get("amount", UNSET)
        if f_amount is not UNSET:
            known += 1
            if type(f_amount) is not dict and not isinstance(f_amount, Mapping):
                if f_amount is not None:
                    raise SchemaMismatch(".amount", "an object or null", f_amount)

            else:
                try:
                    f_amount = _FieldFilter_from_dict(f_amount)
                except SchemaMismatch as error:
                    raise error.under(".amount") from None

        f_total_amount = get("total_amount", UNSET)
        if f_total_amount is not UNSET:
            known += 1
            if type(f_total_amount) is not dict and not isinstance(f_total_amount, Mapping):
                if f_total_amount is not None:
                    raise SchemaMismatch(".total_amount", "an object or null", f_total_amount)

            else:
                try:
                    f_total_amount = _FieldFilter_from_dict(f_total_amount)
                except SchemaMismatch as error:
                    raise error.under(".total_amount") from None

        f_discount_amount = get("discount_amount", UNSET)
        if f_discount_amount is not UNSET:
            known += 1
            if type(f_discount_amount) is not dict and not isinstance(f_discount_amount, Mapping):
                if f_discount_amount is not None:
                    raise SchemaMismatch(".discount_amount", "an object or null", f_discount_amount)

            else:
                try:
                    f_discount_amount = _FieldFilter_from_dict(f_discount_amount)
                except SchemaMismatch as error:
                    raise error.under(".discount_amount") from None

        f_total_discount_amount = get("total_discount_amount", UNSET)
        if f_total_discount_amount is not UNSET:
            known += 1
            if type(f_total_discount_amount) is not dict and not isinstance(f_total_discount_amount, Mapping):
                if f_total_discount_amount is not None:
                    raise SchemaMismatch(".total_discount_amount", "an object or null", f_total_discount_amount)

            else:
                try:
                    f_total_discount_amount = _FieldFilter_from_dict(f_total_discount_amount)
                except SchemaMismatch as error:
                    raise error.under(".total_discount_amount") from None

        f_items_discount_amount = get("items_discount_amount", UNSET)
        if f_items_discount_amount is not UNSET:
            known += 1
            if type(f_items_discount_amount) is not dict and not isinstance(f_items_discount_amount, Mapping):
                if f_items_discount_amount is not None:
                    raise SchemaMismatch(".items_discount_amount", "an object or null", f_items_discount_amount)

            else:
                try:
                    f_items_discount_amount = _FieldFilter_from_dict(f_items_discount_amount)
                except SchemaMismatch as error:
                    raise error.under(".items_discount_amount") from None

        # Built without calling __init__: every field (and additional_properties) is set here.
        obj = _new(cls)
        obj.junction = f_junction
        obj.created_at = f_created_at
        obj.updated_at = f_updated_at
        obj.status = f_status
        obj.source_id = f_source_id
        obj.amount = f_amount
        obj.total_amount = f_total_amount
        obj.discount_amount = f_discount_amount
        obj.total_discount_amount = f_total_discount_amount
        obj.items_discount_amount = f_items_discount_amount
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
        "status",
        "source_id",
        "amount",
        "total_amount",
        "discount_amount",
        "total_discount_amount",
        "items_discount_amount",
    )
)

_new = object.__new__
_FieldFilter_from_dict = FieldFilter.from_dict

# Each enum's members by value, for from_dict (an unknown value falls back to the constructor, which keeps it).
_FilterJunction_BY_VALUE = cast("dict[str, FilterJunction]", FilterJunction._value2member_map_)
