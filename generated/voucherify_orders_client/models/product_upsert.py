from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metadata import Metadata
from ..types import UNSET, SchemaMismatch, Unset


@_attrs_define
class ProductUpsert:
    """
    The product an item refers to. With `override: true` the product is stored (created by `source_id`, or its name,
        price and metadata replaced); without it the data only shapes this one order.
    """

    id: None | str | Unset = UNSET
    source_id: None | str | Unset = UNSET
    override: bool | None | Unset = UNSET
    name: None | str | Unset = UNSET
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
        v4 = self.name
        if v4 is None:
            field_dict["name"] = None
        elif not isinstance(v4, Unset):
            field_dict["name"] = v4
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
        get = src_dict.get
        known = 0  # how many keys of src_dict are fields (a required one is there, or it raised)
        f_id = get("id", UNSET)
        if f_id is not UNSET:
            known += 1
            if type(f_id) is not str:
                if f_id is not None:
                    raise SchemaMismatch(".id", "a string or null", f_id)

        f_source_id = get("source_id", UNSET)
        if f_source_id is not UNSET:
            known += 1
            if type(f_source_id) is not str:
                if f_source_id is not None:
                    raise SchemaMismatch(".source_id", "a string or null", f_source_id)

        f_override = get("override", UNSET)
        if f_override is not UNSET:
            known += 1
            if type(f_override) is not bool:
                if f_override is not None:
                    raise SchemaMismatch(".override", "true or false or null", f_override)

        f_name = get("name", UNSET)
        if f_name is not UNSET:
            known += 1
            if type(f_name) is not str:
                if f_name is not None:
                    raise SchemaMismatch(".name", "a string or null", f_name)

        f_price = get("price", UNSET)
        if f_price is not UNSET:
            known += 1
            if type(f_price) is not float and type(f_price) is not int:
                if f_price is not None:
                    raise SchemaMismatch(".price", "a number or null", f_price)

        f_metadata = get("metadata", UNSET)
        if f_metadata is not UNSET:
            known += 1
            if type(f_metadata) is not dict and not isinstance(f_metadata, Mapping):
                if f_metadata is not None:
                    raise SchemaMismatch(".metadata", "an object or null", f_metadata)

            else:
                try:
                    f_metadata = _Metadata_from_dict(f_metadata)
                except SchemaMismatch as error:
                    raise error.under(".metadata") from None

        # Built without calling __init__: every field (and additional_properties) is set here.
        obj = _new(cls)
        obj.id = f_id
        obj.source_id = f_source_id
        obj.override = f_override
        obj.name = f_name
        obj.price = f_price
        obj.metadata = f_metadata
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
        "id",
        "source_id",
        "override",
        "name",
        "price",
        "metadata",
    )
)

_new = object.__new__
_Metadata_from_dict = Metadata.from_dict
