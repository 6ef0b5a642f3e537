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

    sku_id: str | Unset = UNSET
    product_id: str | Unset = UNSET
    related_object: OrderItemRelatedObject | Unset = UNSET
    """Whether an item's `source_id` names a product or a SKU."""
    source_id: str | Unset = UNSET
    """The product's or SKU's source_id; `related_object` says which."""
    quantity: int | Unset = UNSET
    discount_quantity: int | Unset = UNSET
    initial_quantity: int | Unset = UNSET
    amount: int | Unset = UNSET
    """Line total; computed as price × quantity when left out."""
    discount_amount: int | Unset = UNSET
    initial_amount: int | Unset = UNSET
    price: int | Unset = UNSET
    """Unit price; taken from the SKU, else the product, when left out."""
    product: ProductUpsert | Unset = UNSET
    """The product an item refers to. With `override: true` the product is stored (created by `source_id`, or its
    name, price and metadata replaced); without it the data only shapes this one order."""
    sku: SkuUpsert | Unset = UNSET
    """The SKU an item refers to; stored only with `override: true`, like a product."""
    metadata: Metadata | Unset = UNSET
    """Free-form key/value data. Values may be strings, numbers, booleans, arrays or objects."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not list, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: every value as it came, unset fields left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        v1 = self.sku_id
        if not isinstance(v1, Unset):
            field_dict["sku_id"] = v1
        v2 = self.product_id
        if not isinstance(v2, Unset):
            field_dict["product_id"] = v2
        v3 = self.related_object
        if not isinstance(v3, Unset):
            field_dict["related_object"] = v3.value
        v4 = self.source_id
        if not isinstance(v4, Unset):
            field_dict["source_id"] = v4
        v5 = self.quantity
        if not isinstance(v5, Unset):
            field_dict["quantity"] = v5
        v6 = self.discount_quantity
        if not isinstance(v6, Unset):
            field_dict["discount_quantity"] = v6
        v7 = self.initial_quantity
        if not isinstance(v7, Unset):
            field_dict["initial_quantity"] = v7
        v8 = self.amount
        if not isinstance(v8, Unset):
            field_dict["amount"] = v8
        v9 = self.discount_amount
        if not isinstance(v9, Unset):
            field_dict["discount_amount"] = v9
        v10 = self.initial_amount
        if not isinstance(v10, Unset):
            field_dict["initial_amount"] = v10
        v11 = self.price
        if not isinstance(v11, Unset):
            field_dict["price"] = v11
        v12 = self.product
        if not isinstance(v12, Unset):
            field_dict["product"] = v12.to_dict()
        v13 = self.sku
        if not isinstance(v13, Unset):
            field_dict["sku"] = v13.to_dict()
        v14 = self.metadata
        if not isinstance(v14, Unset):
            field_dict["metadata"] = v14.to_dict()
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
                    raise SchemaMismatch(".sku_id", "a string", f_1)
                f_1 = UNSET  # optional, not nullable: null means absent

        f_2 = d.pop("product_id", UNSET)
        if f_2 is not UNSET:
            if type(f_2) is not str:
                if f_2 is not None:
                    raise SchemaMismatch(".product_id", "a string", f_2)
                f_2 = UNSET  # optional, not nullable: null means absent

        f_3 = d.pop("related_object", UNSET)
        if f_3 is not UNSET:
            if type(f_3) is not str:
                if f_3 is not None:
                    raise SchemaMismatch(".related_object", "a string", f_3)
                f_3 = UNSET  # optional, not nullable: null means absent

            else:
                f_3 = OrderItemRelatedObject.from_json(f_3)

        f_4 = d.pop("source_id", UNSET)
        if f_4 is not UNSET:
            if type(f_4) is not str:
                if f_4 is not None:
                    raise SchemaMismatch(".source_id", "a string", f_4)
                f_4 = UNSET  # optional, not nullable: null means absent

        f_5 = d.pop("quantity", UNSET)
        if f_5 is not UNSET:
            if type(f_5) is not int:
                if f_5 is not None:
                    raise SchemaMismatch(".quantity", "an integer", f_5)
                f_5 = UNSET  # optional, not nullable: null means absent

        f_6 = d.pop("discount_quantity", UNSET)
        if f_6 is not UNSET:
            if type(f_6) is not int:
                if f_6 is not None:
                    raise SchemaMismatch(".discount_quantity", "an integer", f_6)
                f_6 = UNSET  # optional, not nullable: null means absent

        f_7 = d.pop("initial_quantity", UNSET)
        if f_7 is not UNSET:
            if type(f_7) is not int:
                if f_7 is not None:
                    raise SchemaMismatch(".initial_quantity", "an integer", f_7)
                f_7 = UNSET  # optional, not nullable: null means absent

        f_8 = d.pop("amount", UNSET)
        if f_8 is not UNSET:
            if type(f_8) is not int:
                if f_8 is not None:
                    raise SchemaMismatch(".amount", "an integer", f_8)
                f_8 = UNSET  # optional, not nullable: null means absent

        f_9 = d.pop("discount_amount", UNSET)
        if f_9 is not UNSET:
            if type(f_9) is not int:
                if f_9 is not None:
                    raise SchemaMismatch(".discount_amount", "an integer", f_9)
                f_9 = UNSET  # optional, not nullable: null means absent

        f_10 = d.pop("initial_amount", UNSET)
        if f_10 is not UNSET:
            if type(f_10) is not int:
                if f_10 is not None:
                    raise SchemaMismatch(".initial_amount", "an integer", f_10)
                f_10 = UNSET  # optional, not nullable: null means absent

        f_11 = d.pop("price", UNSET)
        if f_11 is not UNSET:
            if type(f_11) is not int:
                if f_11 is not None:
                    raise SchemaMismatch(".price", "an integer", f_11)
                f_11 = UNSET  # optional, not nullable: null means absent

        f_12 = d.pop("product", UNSET)
        if f_12 is not UNSET:
            if type(f_12) is not dict and not isinstance(f_12, Mapping):
                if f_12 is not None:
                    raise SchemaMismatch(".product", "an object", f_12)
                f_12 = UNSET  # optional, not nullable: null means absent

            else:
                try:
                    f_12 = ProductUpsert.from_dict(f_12)
                except SchemaMismatch as error:
                    raise error.under(".product") from None

        f_13 = d.pop("sku", UNSET)
        if f_13 is not UNSET:
            if type(f_13) is not dict and not isinstance(f_13, Mapping):
                if f_13 is not None:
                    raise SchemaMismatch(".sku", "an object", f_13)
                f_13 = UNSET  # optional, not nullable: null means absent

            else:
                try:
                    f_13 = SkuUpsert.from_dict(f_13)
                except SchemaMismatch as error:
                    raise error.under(".sku") from None

        f_14 = d.pop("metadata", UNSET)
        if f_14 is not UNSET:
            if type(f_14) is not dict and not isinstance(f_14, Mapping):
                if f_14 is not None:
                    raise SchemaMismatch(".metadata", "an object", f_14)
                f_14 = UNSET  # optional, not nullable: null means absent

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
