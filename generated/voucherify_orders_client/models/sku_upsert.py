from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metadata import Metadata
from ..types import UNSET, SchemaMismatch, Unset


@_attrs_define
class SkuUpsert:
    """
    The SKU an item refers to; stored only with `override: true`, like a product.
    """

    id: None | str | Unset = UNSET
    source_id: None | str | Unset = UNSET
    override: bool | None | Unset = UNSET
    sku: None | str | Unset = UNSET
    """The SKU's display name."""
    price: float | None | Unset = UNSET
    """Unit price in the smallest currency unit."""
    metadata: Metadata | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not list, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: every value as it came, unset fields left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        v1 = self.id
        if v1 is None:
            field_dict["id"] = None
        elif not isinstance(v1, Unset):
            field_dict["id"] = v1
        v2 = self.source_id
        if v2 is None:
            field_dict["source_id"] = None
        elif not isinstance(v2, Unset):
            field_dict["source_id"] = v2
        v3 = self.override
        if v3 is None:
            field_dict["override"] = None
        elif not isinstance(v3, Unset):
            field_dict["override"] = v3
        v4 = self.sku
        if v4 is None:
            field_dict["sku"] = None
        elif not isinstance(v4, Unset):
            field_dict["sku"] = v4
        v5 = self.price
        if v5 is None:
            field_dict["price"] = None
        elif not isinstance(v5, Unset):
            field_dict["price"] = v5
        v6 = self.metadata
        if v6 is None:
            field_dict["metadata"] = None
        elif not isinstance(v6, Unset):
            field_dict["metadata"] = None if v6 is None else v6.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """
        Read this object from JSON data. A value of the wrong type raises SchemaMismatch
        (a ValueError) naming its path; null in an optional field that is not nullable
        reads as absent; fields and enum values the spec does not list are kept.
        """
        d = dict(src_dict)
        f_1 = d.pop("id", UNSET)
        if f_1 is not UNSET:
            if type(f_1) is not str:
                if f_1 is not None:
                    raise SchemaMismatch(".id", "a string or null", f_1)

        f_2 = d.pop("source_id", UNSET)
        if f_2 is not UNSET:
            if type(f_2) is not str:
                if f_2 is not None:
                    raise SchemaMismatch(".source_id", "a string or null", f_2)

        f_3 = d.pop("override", UNSET)
        if f_3 is not UNSET:
            if type(f_3) is not bool:
                if f_3 is not None:
                    raise SchemaMismatch(".override", "true or false or null", f_3)

        f_4 = d.pop("sku", UNSET)
        if f_4 is not UNSET:
            if type(f_4) is not str:
                if f_4 is not None:
                    raise SchemaMismatch(".sku", "a string or null", f_4)

        f_5 = d.pop("price", UNSET)
        if f_5 is not UNSET:
            if type(f_5) is not float and type(f_5) is not int:
                if f_5 is not None:
                    raise SchemaMismatch(".price", "a number or null", f_5)

        f_6 = d.pop("metadata", UNSET)
        if f_6 is not UNSET:
            if type(f_6) is not dict and not isinstance(f_6, Mapping):
                if f_6 is not None:
                    raise SchemaMismatch(".metadata", "an object or null", f_6)

            else:
                try:
                    f_6 = Metadata.from_dict(f_6)
                except SchemaMismatch as error:
                    raise error.under(".metadata") from None

        obj = cls(
            id=f_1,
            source_id=f_2,
            override=f_3,
            sku=f_4,
            price=f_5,
            metadata=f_6,
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
