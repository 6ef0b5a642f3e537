from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metadata import Metadata
from ..models.order_item_object import OrderItemObject
from ..models.order_item_related_object import OrderItemRelatedObject
from ..models.product_upsert import ProductUpsert
from ..models.sku_upsert import SkuUpsert
from ..types import UNSET, SchemaMismatch, Unset


@_attrs_define
class OrderItem:
    """
    One line of a stored order, with the amounts the server computed.
    """

    object_: OrderItemObject
    id: str | Unset = UNSET
    sku_id: str | Unset = UNSET
    product_id: str | Unset = UNSET
    related_object: OrderItemRelatedObject | Unset = UNSET
    """Whether an item's `source_id` names a product or a SKU."""
    source_id: str | Unset = UNSET
    quantity: int | Unset = UNSET
    discount_quantity: int | Unset = UNSET
    initial_quantity: int | Unset = UNSET
    amount: int | Unset = UNSET
    discount_amount: int | Unset = UNSET
    applied_discount_amount: int | Unset = UNSET
    applied_discount_quantity: int | Unset = UNSET
    applied_quantity: int | Unset = UNSET
    """Units added or removed by a discount; may be negative."""
    applied_quantity_amount: int | Unset = UNSET
    """The amount of `applied_quantity`; may be negative."""
    initial_amount: int | Unset = UNSET
    price: int | Unset = UNSET
    subtotal_amount: int | Unset = UNSET
    """`amount` less `discount_amount`."""
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
        v1 = self.object_
        field_dict["object"] = v1.value
        v2 = self.id
        if not isinstance(v2, Unset):
            field_dict["id"] = v2
        v3 = self.sku_id
        if not isinstance(v3, Unset):
            field_dict["sku_id"] = v3
        v4 = self.product_id
        if not isinstance(v4, Unset):
            field_dict["product_id"] = v4
        v5 = self.related_object
        if not isinstance(v5, Unset):
            field_dict["related_object"] = v5.value
        v6 = self.source_id
        if not isinstance(v6, Unset):
            field_dict["source_id"] = v6
        v7 = self.quantity
        if not isinstance(v7, Unset):
            field_dict["quantity"] = v7
        v8 = self.discount_quantity
        if not isinstance(v8, Unset):
            field_dict["discount_quantity"] = v8
        v9 = self.initial_quantity
        if not isinstance(v9, Unset):
            field_dict["initial_quantity"] = v9
        v10 = self.amount
        if not isinstance(v10, Unset):
            field_dict["amount"] = v10
        v11 = self.discount_amount
        if not isinstance(v11, Unset):
            field_dict["discount_amount"] = v11
        v12 = self.applied_discount_amount
        if not isinstance(v12, Unset):
            field_dict["applied_discount_amount"] = v12
        v13 = self.applied_discount_quantity
        if not isinstance(v13, Unset):
            field_dict["applied_discount_quantity"] = v13
        v14 = self.applied_quantity
        if not isinstance(v14, Unset):
            field_dict["applied_quantity"] = v14
        v15 = self.applied_quantity_amount
        if not isinstance(v15, Unset):
            field_dict["applied_quantity_amount"] = v15
        v16 = self.initial_amount
        if not isinstance(v16, Unset):
            field_dict["initial_amount"] = v16
        v17 = self.price
        if not isinstance(v17, Unset):
            field_dict["price"] = v17
        v18 = self.subtotal_amount
        if not isinstance(v18, Unset):
            field_dict["subtotal_amount"] = v18
        v19 = self.product
        if not isinstance(v19, Unset):
            field_dict["product"] = v19.to_dict()
        v20 = self.sku
        if not isinstance(v20, Unset):
            field_dict["sku"] = v20.to_dict()
        v21 = self.metadata
        if not isinstance(v21, Unset):
            field_dict["metadata"] = v21.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """
        Read this object from JSON data. A value of the wrong type raises SchemaMismatch
        (a ValueError) naming its path; null in an optional field that is not nullable
        reads as absent; fields and enum values the spec does not list are kept.
        """
        d = dict(src_dict)
        f_1 = d.pop("object", UNSET)
        if type(f_1) is not str:
            raise SchemaMismatch(".object", "a string", f_1)

        else:
            f_1 = OrderItemObject.from_json(f_1)

        f_2 = d.pop("id", UNSET)
        if f_2 is not UNSET:
            if type(f_2) is not str:
                if f_2 is not None:
                    raise SchemaMismatch(".id", "a string", f_2)
                f_2 = UNSET  # optional, not nullable: null means absent

        f_3 = d.pop("sku_id", UNSET)
        if f_3 is not UNSET:
            if type(f_3) is not str:
                if f_3 is not None:
                    raise SchemaMismatch(".sku_id", "a string", f_3)
                f_3 = UNSET  # optional, not nullable: null means absent

        f_4 = d.pop("product_id", UNSET)
        if f_4 is not UNSET:
            if type(f_4) is not str:
                if f_4 is not None:
                    raise SchemaMismatch(".product_id", "a string", f_4)
                f_4 = UNSET  # optional, not nullable: null means absent

        f_5 = d.pop("related_object", UNSET)
        if f_5 is not UNSET:
            if type(f_5) is not str:
                if f_5 is not None:
                    raise SchemaMismatch(".related_object", "a string", f_5)
                f_5 = UNSET  # optional, not nullable: null means absent

            else:
                f_5 = OrderItemRelatedObject.from_json(f_5)

        f_6 = d.pop("source_id", UNSET)
        if f_6 is not UNSET:
            if type(f_6) is not str:
                if f_6 is not None:
                    raise SchemaMismatch(".source_id", "a string", f_6)
                f_6 = UNSET  # optional, not nullable: null means absent

        f_7 = d.pop("quantity", UNSET)
        if f_7 is not UNSET:
            if type(f_7) is not int:
                if f_7 is not None:
                    raise SchemaMismatch(".quantity", "an integer", f_7)
                f_7 = UNSET  # optional, not nullable: null means absent

        f_8 = d.pop("discount_quantity", UNSET)
        if f_8 is not UNSET:
            if type(f_8) is not int:
                if f_8 is not None:
                    raise SchemaMismatch(".discount_quantity", "an integer", f_8)
                f_8 = UNSET  # optional, not nullable: null means absent

        f_9 = d.pop("initial_quantity", UNSET)
        if f_9 is not UNSET:
            if type(f_9) is not int:
                if f_9 is not None:
                    raise SchemaMismatch(".initial_quantity", "an integer", f_9)
                f_9 = UNSET  # optional, not nullable: null means absent

        f_10 = d.pop("amount", UNSET)
        if f_10 is not UNSET:
            if type(f_10) is not int:
                if f_10 is not None:
                    raise SchemaMismatch(".amount", "an integer", f_10)
                f_10 = UNSET  # optional, not nullable: null means absent

        f_11 = d.pop("discount_amount", UNSET)
        if f_11 is not UNSET:
            if type(f_11) is not int:
                if f_11 is not None:
                    raise SchemaMismatch(".discount_amount", "an integer", f_11)
                f_11 = UNSET  # optional, not nullable: null means absent

        f_12 = d.pop("applied_discount_amount", UNSET)
        if f_12 is not UNSET:
            if type(f_12) is not int:
                if f_12 is not None:
                    raise SchemaMismatch(".applied_discount_amount", "an integer", f_12)
                f_12 = UNSET  # optional, not nullable: null means absent

        f_13 = d.pop("applied_discount_quantity", UNSET)
        if f_13 is not UNSET:
            if type(f_13) is not int:
                if f_13 is not None:
                    raise SchemaMismatch(".applied_discount_quantity", "an integer", f_13)
                f_13 = UNSET  # optional, not nullable: null means absent

        f_14 = d.pop("applied_quantity", UNSET)
        if f_14 is not UNSET:
            if type(f_14) is not int:
                if f_14 is not None:
                    raise SchemaMismatch(".applied_quantity", "an integer", f_14)
                f_14 = UNSET  # optional, not nullable: null means absent

        f_15 = d.pop("applied_quantity_amount", UNSET)
        if f_15 is not UNSET:
            if type(f_15) is not int:
                if f_15 is not None:
                    raise SchemaMismatch(".applied_quantity_amount", "an integer", f_15)
                f_15 = UNSET  # optional, not nullable: null means absent

        f_16 = d.pop("initial_amount", UNSET)
        if f_16 is not UNSET:
            if type(f_16) is not int:
                if f_16 is not None:
                    raise SchemaMismatch(".initial_amount", "an integer", f_16)
                f_16 = UNSET  # optional, not nullable: null means absent

        f_17 = d.pop("price", UNSET)
        if f_17 is not UNSET:
            if type(f_17) is not int:
                if f_17 is not None:
                    raise SchemaMismatch(".price", "an integer", f_17)
                f_17 = UNSET  # optional, not nullable: null means absent

        f_18 = d.pop("subtotal_amount", UNSET)
        if f_18 is not UNSET:
            if type(f_18) is not int:
                if f_18 is not None:
                    raise SchemaMismatch(".subtotal_amount", "an integer", f_18)
                f_18 = UNSET  # optional, not nullable: null means absent

        f_19 = d.pop("product", UNSET)
        if f_19 is not UNSET:
            if type(f_19) is not dict and not isinstance(f_19, Mapping):
                if f_19 is not None:
                    raise SchemaMismatch(".product", "an object", f_19)
                f_19 = UNSET  # optional, not nullable: null means absent

            else:
                try:
                    f_19 = ProductUpsert.from_dict(f_19)
                except SchemaMismatch as error:
                    raise error.under(".product") from None

        f_20 = d.pop("sku", UNSET)
        if f_20 is not UNSET:
            if type(f_20) is not dict and not isinstance(f_20, Mapping):
                if f_20 is not None:
                    raise SchemaMismatch(".sku", "an object", f_20)
                f_20 = UNSET  # optional, not nullable: null means absent

            else:
                try:
                    f_20 = SkuUpsert.from_dict(f_20)
                except SchemaMismatch as error:
                    raise error.under(".sku") from None

        f_21 = d.pop("metadata", UNSET)
        if f_21 is not UNSET:
            if type(f_21) is not dict and not isinstance(f_21, Mapping):
                if f_21 is not None:
                    raise SchemaMismatch(".metadata", "an object", f_21)
                f_21 = UNSET  # optional, not nullable: null means absent

            else:
                try:
                    f_21 = Metadata.from_dict(f_21)
                except SchemaMismatch as error:
                    raise error.under(".metadata") from None

        obj = cls(
            object_=f_1,
            id=f_2,
            sku_id=f_3,
            product_id=f_4,
            related_object=f_5,
            source_id=f_6,
            quantity=f_7,
            discount_quantity=f_8,
            initial_quantity=f_9,
            amount=f_10,
            discount_amount=f_11,
            applied_discount_amount=f_12,
            applied_discount_quantity=f_13,
            applied_quantity=f_14,
            applied_quantity_amount=f_15,
            initial_amount=f_16,
            price=f_17,
            subtotal_amount=f_18,
            product=f_19,
            sku=f_20,
            metadata=f_21,
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
