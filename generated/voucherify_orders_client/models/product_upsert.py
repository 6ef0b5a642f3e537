from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="ProductUpsert")


@_attrs_define
class ProductUpsert:
    """The product an item refers to. With `override: true` the product is stored (created by `source_id`, or its name,
    price and metadata replaced); without it the data only shapes this one order.

    """

    id: str | Unset = UNSET
    source_id: str | Unset = UNSET
    override: bool | Unset = UNSET
    name: str | Unset = UNSET
    price: float | Unset = UNSET
    """ Unit price in the smallest currency unit. """
    metadata: Metadata | Unset = UNSET
    """ Free-form key/value data. Values may be strings, numbers, booleans, arrays or objects. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_id = self.source_id

        override = self.override

        name = self.name

        price = self.price

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if override is not UNSET:
            field_dict["override"] = override
        if name is not UNSET:
            field_dict["name"] = name
        if price is not UNSET:
            field_dict["price"] = price
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        source_id = d.pop("source_id", UNSET)

        override = d.pop("override", UNSET)

        name = d.pop("name", UNSET)

        price = d.pop("price", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        product_upsert = cls(
            id=id,
            source_id=source_id,
            override=override,
            name=name,
            price=price,
            metadata=metadata,
        )

        product_upsert.additional_properties = d
        return product_upsert

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
