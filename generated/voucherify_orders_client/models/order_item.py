from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

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
        An `object` other than "order_item" is another resource's JSON: SchemaMismatch.
        """
        get = src_dict.get
        known = 1  # how many keys of src_dict are fields (a required one is there, or it raised)
        f_object_ = get("object", UNSET)
        if type(f_object_) is not str:
            raise SchemaMismatch(".object", "a string", f_object_)

        elif f_object_ != "order_item":
            raise SchemaMismatch(".object", '"order_item"', f_object_)
        else:
            f_object_ = _OrderItemObject_BY_VALUE.get(f_object_) or OrderItemObject(f_object_)

        f_id = get("id")
        if f_id is None:
            f_id = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_id) is not str:
                raise SchemaMismatch(".id", "a string", f_id)

        f_sku_id = get("sku_id")
        if f_sku_id is None:
            f_sku_id = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_sku_id) is not str:
                raise SchemaMismatch(".sku_id", "a string", f_sku_id)

        f_product_id = get("product_id")
        if f_product_id is None:
            f_product_id = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_product_id) is not str:
                raise SchemaMismatch(".product_id", "a string", f_product_id)

        f_related_object = get("related_object")
        if f_related_object is None:
            f_related_object = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_related_object) is not str:
                raise SchemaMismatch(".related_object", "a string", f_related_object)

            else:
                f_related_object = _OrderItemRelatedObject_BY_VALUE.get(f_related_object) or OrderItemRelatedObject(
                    f_related_object
                )

        f_source_id = get("source_id")
        if f_source_id is None:
            f_source_id = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_source_id) is not str:
                raise SchemaMismatch(".source_id", "a string", f_source_id)

        f_quantity = get("quantity")
        if f_quantity is None:
            f_quantity = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_quantity) is not int:
                raise SchemaMismatch(".quantity", "an integer", f_quantity)

        f_discount_quantity = get("discount_quantity")
        if f_discount_quantity is None:
            f_discount_quantity = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_discount_quantity) is not int:
                raise SchemaMismatch(".discount_quantity", "an integer", f_discount_quantity)

        f_initial_quantity = get("initial_quantity")
        if f_initial_quantity is None:
            f_initial_quantity = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_initial_quantity) is not int:
                raise SchemaMismatch(".initial_quantity", "an integer", f_initial_quantity)

        f_amount = get("amount")
        if f_amount is None:
            f_amount = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_amount) is not int:
                raise SchemaMismatch(".amount", "an integer", f_amount)

        f_discount_amount = get("discount_amount")
        if f_discount_amount is None:
            f_discount_amount = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_discount_amount) is not int:
                raise SchemaMismatch(".discount_amount", "an integer", f_discount_amount)

        f_applied_discount_amount = get("applied_discount_amount")
        if f_applied_discount_amount is None:
            f_applied_discount_amount = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_applied_discount_amount) is not int:
                raise SchemaMismatch(".applied_discount_amount", "an integer", f_applied_discount_amount)

        f_applied_discount_quantity = get("applied_discount_quantity")
        if f_applied_discount_quantity is None:
            f_applied_discount_quantity = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_applied_discount_quantity) is not int:
                raise SchemaMismatch(".applied_discount_quantity", "an integer", f_applied_discount_quantity)

        f_applied_quantity = get("applied_quantity")
        if f_applied_quantity is None:
            f_applied_quantity = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_applied_quantity) is not int:
                raise SchemaMismatch(".applied_quantity", "an integer", f_applied_quantity)

        f_applied_quantity_amount = get("applied_quantity_amount")
        if f_applied_quantity_amount is None:
            f_applied_quantity_amount = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_applied_quantity_amount) is not int:
                raise SchemaMismatch(".applied_quantity_amount", "an integer", f_applied_quantity_amount)

        f_initial_amount = get("initial_amount")
        if f_initial_amount is None:
            f_initial_amount = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_initial_amount) is not int:
                raise SchemaMismatch(".initial_amount", "an integer", f_initial_amount)

        f_price = get("price")
        if f_price is None:
            f_price = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_price) is not int:
                raise SchemaMismatch(".price", "an integer", f_price)

        f_subtotal_amount = get("subtotal_amount")
        if f_subtotal_amount is None:
            f_subtotal_amount = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_subtotal_amount) is not int:
                raise SchemaMismatch(".subtotal_amount", "an integer", f_subtotal_amount)

        f_product = get("product")
        if f_product is None:
            f_product = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_product) is not dict and not isinstance(f_product, Mapping):
                raise SchemaMismatch(".product", "an object", f_product)

            else:
                try:
                    f_product = _ProductUpsert_from_dict(f_product)
                except SchemaMismatch as error:
                    raise error.under(".product") from None

        f_sku = get("sku")
        if f_sku is None:
            f_sku = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_sku) is not dict and not isinstance(f_sku, Mapping):
                raise SchemaMismatch(".sku", "an object", f_sku)

            else:
                try:
                    f_sku = _SkuUpsert_from_dict(f_sku)
                except SchemaMismatch as error:
                    raise error.under(".sku") from None

        f_metadata = get("metadata")
        if f_metadata is None:
            f_metadata = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_metadata) is not dict and not isinstance(f_metadata, Mapping):
                raise SchemaMismatch(".metadata", "an object", f_metadata)

            else:
                try:
                    f_metadata = _Metadata_from_dict(f_metadata)
                except SchemaMismatch as error:
                    raise error.under(".metadata") from None

        # Built without calling __init__: every field (and additional_properties) is set here.
        obj = _new(cls)
        obj.object_ = f_object_
        obj.id = f_id
        obj.sku_id = f_sku_id
        obj.product_id = f_product_id
        obj.related_object = f_related_object
        obj.source_id = f_source_id
        obj.quantity = f_quantity
        obj.discount_quantity = f_discount_quantity
        obj.initial_quantity = f_initial_quantity
        obj.amount = f_amount
        obj.discount_amount = f_discount_amount
        obj.applied_discount_amount = f_applied_discount_amount
        obj.applied_discount_quantity = f_applied_discount_quantity
        obj.applied_quantity = f_applied_quantity
        obj.applied_quantity_amount = f_applied_quantity_amount
        obj.initial_amount = f_initial_amount
        obj.price = f_price
        obj.subtotal_amount = f_subtotal_amount
        obj.product = f_product
        obj.sku = f_sku
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
        "object",
        "id",
        "sku_id",
        "product_id",
        "related_object",
        "source_id",
        "quantity",
        "discount_quantity",
        "initial_quantity",
        "amount",
        "discount_amount",
        "applied_discount_amount",
        "applied_discount_quantity",
        "applied_quantity",
        "applied_quantity_amount",
        "initial_amount",
        "price",
        "subtotal_amount",
        "product",
        "sku",
        "metadata",
    )
)

_new = object.__new__
_Metadata_from_dict = Metadata.from_dict
_ProductUpsert_from_dict = ProductUpsert.from_dict
_SkuUpsert_from_dict = SkuUpsert.from_dict

# Each enum's members by value, for from_dict (an unknown value falls back to the constructor, which keeps it).
_OrderItemObject_BY_VALUE = cast("dict[str, OrderItemObject]", OrderItemObject._value2member_map_)
_OrderItemRelatedObject_BY_VALUE = cast("dict[str, OrderItemRelatedObject]", OrderItemRelatedObject._value2member_map_)
