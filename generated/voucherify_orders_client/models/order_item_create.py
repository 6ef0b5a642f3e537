from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metadata import Metadata
from ..models.order_item_related_object import OrderItemRelatedObject
from ..models.product_upsert import ProductUpsert
from ..models.sku_upsert import SkuUpsert
from ..types import UNSET, SchemaMismatch, Unset


@_attrs_define
class OrderItemCreate:
    """
    One line of an order as a client sends it.
    """

    sku_id: None | str | Unset = UNSET
    product_id: None | str | Unset = UNSET
    related_object: None | OrderItemRelatedObject | Unset = UNSET
    source_id: None | str | Unset = UNSET
    """The product's or SKU's source_id; `related_object` says which."""
    quantity: int | None | Unset = UNSET
    discount_quantity: int | None | Unset = UNSET
    initial_quantity: int | None | Unset = UNSET
    amount: int | None | Unset = UNSET
    """Line total; computed as price × quantity when left out."""
    discount_amount: int | None | Unset = UNSET
    initial_amount: int | None | Unset = UNSET
    price: int | None | Unset = UNSET
    """Unit price; taken from the SKU, else the product, when left out."""
    product: None | ProductUpsert | Unset = UNSET
    sku: None | SkuUpsert | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not list, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: every value as it came, unset fields left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        v1 = self.sku_id
        if v1 is None:
            field_dict["sku_id"] = None
        elif not isinstance(v1, Unset):
            field_dict["sku_id"] = v1
        v2 = self.product_id
        if v2 is None:
            field_dict["product_id"] = None
        elif not isinstance(v2, Unset):
            field_dict["product_id"] = v2
        v3 = self.related_object
        if v3 is None:
            field_dict["related_object"] = None
        elif not isinstance(v3, Unset):
            field_dict["related_object"] = None if v3 is None else v3.value
        v4 = self.source_id
        if v4 is None:
            field_dict["source_id"] = None
        elif not isinstance(v4, Unset):
            field_dict["source_id"] = v4
        v5 = self.quantity
        if v5 is None:
            field_dict["quantity"] = None
        elif not isinstance(v5, Unset):
            field_dict["quantity"] = v5
        v6 = self.discount_quantity
        if v6 is None:
            field_dict["discount_quantity"] = None
        elif not isinstance(v6, Unset):
            field_dict["discount_quantity"] = v6
        v7 = self.initial_quantity
        if v7 is None:
            field_dict["initial_quantity"] = None
        elif not isinstance(v7, Unset):
            field_dict["initial_quantity"] = v7
        v8 = self.amount
        if v8 is None:
            field_dict["amount"] = None
        elif not isinstance(v8, Unset):
            field_dict["amount"] = v8
        v9 = self.discount_amount
        if v9 is None:
            field_dict["discount_amount"] = None
        elif not isinstance(v9, Unset):
            field_dict["discount_amount"] = v9
        v10 = self.initial_amount
        if v10 is None:
            field_dict["initial_amount"] = None
        elif not isinstance(v10, Unset):
            field_dict["initial_amount"] = v10
        v11 = self.price
        if v11 is None:
            field_dict["price"] = None
        elif not isinstance(v11, Unset):
            field_dict["price"] = v11
        v12 = self.product
        if v12 is None:
            field_dict["product"] = None
        elif not isinstance(v12, Unset):
            field_dict["product"] = None if v12 is None else v12.to_dict()
        v13 = self.sku
        if v13 is None:
            field_dict["sku"] = None
        elif not isinstance(v13, Unset):
            field_dict["sku"] = None if v13 is None else v13.to_dict()
        v14 = self.metadata
        if v14 is None:
            field_dict["metadata"] = None
        elif not isinstance(v14, Unset):
            field_dict["metadata"] = None if v14 is None else v14.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """
        Read this object from JSON data. A value of the wrong type raises SchemaMismatch
        (a ValueError) naming its path; null in an optional field that is not nullable
        reads as absent; fields and enum values the spec does not list are kept.
        """
        d = dict(src_dict)
        f_1 = d.pop("sku_id", UNSET)
        if f_1 is not UNSET:
            if type(f_1) is not str:
                if f_1 is not None:
                    raise SchemaMismatch(".sku_id", "a string or null", f_1)

        f_2 = d.pop("product_id", UNSET)
        if f_2 is not UNSET:
            if type(f_2) is not str:
                if f_2 is not None:
                    raise SchemaMismatch(".product_id", "a string or null", f_2)

        f_3 = d.pop("related_object", UNSET)
        if f_3 is not UNSET:
            if type(f_3) is not str:
                if f_3 is not None:
                    raise SchemaMismatch(".related_object", "a string or null", f_3)

            else:
                f_3 = OrderItemRelatedObject.from_json(f_3)

        f_4 = d.pop("source_id", UNSET)
        if f_4 is not UNSET:
            if type(f_4) is not str:
                if f_4 is not None:
                    raise SchemaMismatch(".source_id", "a string or null", f_4)

        f_5 = d.pop("quantity", UNSET)
        if f_5 is not UNSET:
            if type(f_5) is not int:
                if f_5 is not None:
                    raise SchemaMismatch(".quantity", "an integer or null", f_5)

        f_6 = d.pop("discount_quantity", UNSET)
        if f_6 is not UNSET:
            if type(f_6) is not int:
                if f_6 is not None:
                    raise SchemaMismatch(".discount_quantity", "an integer or null", f_6)

        f_7 = d.pop("initial_quantity", UNSET)
        if f_7 is not UNSET:
            if type(f_7) is not int:
                if f_7 is not None:
                    raise SchemaMismatch(".initial_quantity", "an integer or null", f_7)

        f_8 = d.pop("amount", UNSET)
        if f_8 is not UNSET:
            if type(f_8) is not int:
                if f_8 is not None:
                    raise SchemaMismatch(".amount", "an integer or null", f_8)

        f_9 = d.pop("discount_amount", UNSET)
        if f_9 is not UNSET:
            if type(f_9) is not int:
                if f_9 is not None:
                    raise SchemaMismatch(".discount_amount", "an integer or null", f_9)

        f_10 = d.pop("initial_amount", UNSET)
        if f_10 is not UNSET:
            if type(f_10) is not int:
                if f_10 is not None:
                    raise SchemaMismatch(".initial_amount", "an integer or null", f_10)

        f_11 = d.pop("price", UNSET)
        if f_11 is not UNSET:
            if type(f_11) is not int:
                if f_11 is not None:
                    raise SchemaMismatch(".price", "an integer or null", f_11)

        f_12 = d.pop("product", UNSET)
        if f_12 is not UNSET:
            if type(f_12) is not dict and not isinstance(f_12, Mapping):
                if f_12 is not None:
                    raise SchemaMismatch(".product", "an object or null", f_12)

            else:
                try:
                    f_12 = ProductUpsert.from_dict(f_12)
                except SchemaMismatch as error:
                    raise error.under(".product") from None

        f_13 = d.pop("sku", UNSET)
        if f_13 is not UNSET:
            if type(f_13) is not dict and not isinstance(f_13, Mapping):
                if f_13 is not None:
                    raise SchemaMismatch(".sku", "an object or null", f_13)

            else:
                try:
                    f_13 = SkuUpsert.from_dict(f_13)
                except SchemaMismatch as error:
                    raise error.under(".sku") from None

        f_14 = d.pop("metadata", UNSET)
        if f_14 is not UNSET:
            if type(f_14) is not dict and not isinstance(f_14, Mapping):
                if f_14 is not None:
                    raise SchemaMismatch(".metadata", "an object or null", f_14)

            else:
                try:
                    f_14 = Metadata.from_dict(f_14)
                except SchemaMismatch as error:
                    raise error.under(".metadata") from None

        obj = cls(
            sku_id=f_1,
            product_id=f_2,
            related_object=f_3,
            source_id=f_4,
            quantity=f_5,
            discount_quantity=f_6,
            initial_quantity=f_7,
            amount=f_8,
            discount_amount=f_9,
            initial_amount=f_10,
            price=f_11,
            product=f_12,
            sku=f_13,
            metadata=f_14,
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
