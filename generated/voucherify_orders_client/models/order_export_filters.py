from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

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
                    f_2 = FieldFilter.from_dict(f_2)
                except SchemaMismatch as error:
                    raise error.under(".created_at") from None

        f_3 = d.pop("updated_at", UNSET)
        if f_3 is not UNSET:
            if type(f_3) is not dict and not isinstance(f_3, Mapping):
                if f_3 is not None:
                    raise SchemaMismatch(".updated_at", "an object or null", f_3)

            else:
                try:
                    f_3 = FieldFilter.from_dict(f_3)
                except SchemaMismatch as error:
                    raise error.under(".updated_at") from None

        f_4 = d.pop("status", UNSET)
        if f_4 is not UNSET:
            if type(f_4) is not dict and not isinstance(f_4, Mapping):
                if f_4 is not None:
                    raise SchemaMismatch(".status", "an object or null", f_4)

            else:
                try:
                    f_4 = FieldFilter.from_dict(f_4)
                except SchemaMismatch as error:
                    raise error.under(".status") from None

        f_5 = d.pop("source_id", UNSET)
        if f_5 is not UNSET:
            if type(f_5) is not dict and not isinstance(f_5, Mapping):
                if f_5 is not None:
                    raise SchemaMismatch(".source_id", "an object or null", f_5)

            else:
                try:
                    f_5 = FieldFilter.from_dict(f_5)
                except SchemaMismatch as error:
                    raise error.under(".source_id") from None

        f_6 = d.pop("amount", UNSET)
        if f_6 is not UNSET:
            if type(f_6) is not dict and not isinstance(f_6, Mapping):
                if f_6 is not None:
                    raise SchemaMismatch(".amount", "an object or null", f_6)

            else:
                try:
                    f_6 = FieldFilter.from_dict(f_6)
                except SchemaMismatch as error:
                    raise error.under(".amount") from None

        f_7 = d.pop("total_amount", UNSET)
        if f_7 is not UNSET:
            if type(f_7) is not dict and not isinstance(f_7, Mapping):
                if f_7 is not None:
                    raise SchemaMismatch(".total_amount", "an object or null", f_7)

            else:
                try:
                    f_7 = FieldFilter.from_dict(f_7)
                except SchemaMismatch as error:
                    raise error.under(".total_amount") from None

        f_8 = d.pop("discount_amount", UNSET)
        if f_8 is not UNSET:
            if type(f_8) is not dict and not isinstance(f_8, Mapping):
                if f_8 is not None:
                    raise SchemaMismatch(".discount_amount", "an object or null", f_8)

            else:
                try:
                    f_8 = FieldFilter.from_dict(f_8)
                except SchemaMismatch as error:
                    raise error.under(".discount_amount") from None

        f_9 = d.pop("total_discount_amount", UNSET)
        if f_9 is not UNSET:
            if type(f_9) is not dict and not isinstance(f_9, Mapping):
                if f_9 is not None:
                    raise SchemaMismatch(".total_discount_amount", "an object or null", f_9)

            else:
                try:
                    f_9 = FieldFilter.from_dict(f_9)
                except SchemaMismatch as error:
                    raise error.under(".total_discount_amount") from None

        f_10 = d.pop("items_discount_amount", UNSET)
        if f_10 is not UNSET:
            if type(f_10) is not dict and not isinstance(f_10, Mapping):
                if f_10 is not None:
                    raise SchemaMismatch(".items_discount_amount", "an object or null", f_10)

            else:
                try:
                    f_10 = FieldFilter.from_dict(f_10)
                except SchemaMismatch as error:
                    raise error.under(".items_discount_amount") from None

        obj = cls(
            junction=f_1,
            created_at=f_2,
            updated_at=f_3,
            status=f_4,
            source_id=f_5,
            amount=f_6,
            total_amount=f_7,
            discount_amount=f_8,
            total_discount_amount=f_9,
            items_discount_amount=f_10,
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
