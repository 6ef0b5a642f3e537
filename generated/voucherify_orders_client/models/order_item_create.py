from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

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
    """At least 1: the API refuses 0 (its recorded import 400)."""
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
        get = src_dict.get
        known = 0  # how many keys of src_dict are fields (a required one is there, or it raised)
        f_sku_id = get("sku_id", UNSET)
        if f_sku_id is not UNSET:
            known += 1
            if type(f_sku_id) is not str:
                if f_sku_id is not None:
                    raise SchemaMismatch(".sku_id", "a string or null", f_sku_id)

        f_product_id = get("product_id", UNSET)
        if f_product_id is not UNSET:
            known += 1
            if type(f_product_id) is not str:
                if f_product_id is not None:
                    raise SchemaMismatch(".product_id", "a string or null", f_product_id)

        f_related_object = get("related_object", UNSET)
        if f_related_object is not UNSET:
            known += 1
            if type(f_related_object) is not str:
                if f_related_object is not None:
                    raise SchemaMismatch(".related_object", "a string or null", f_related_object)

            else:
                f_related_object = _OrderItemRelatedObject_BY_VALUE.get(f_related_object) or OrderItemRelatedObject(
                    f_related_object
                )

        f_source_id = get("source_id", UNSET)
        if f_source_id is not UNSET:
            known += 1
            if type(f_source_id) is not str:
                if f_source_id is not None:
                    raise SchemaMismatch(".source_id", "a string or null", f_source_id)

        f_quantity = get("quantity", UNSET)
        if f_quantity is not UNSET:
            known += 1
            if type(f_quantity) is not int:
                if f_quantity is not None:
                    raise SchemaMismatch(".quantity", "an integer or null", f_quantity)

        f_discount_quantity = get("discount_quantity", UNSET)
        if f_discount_quantity is not UNSET:
            known += 1
            if type(f_discount_quantity) is not int:
                if f_discount_quantity is not None:
                    raise SchemaMismatch(".discount_quantity", "an integer or null", f_discount_quantity)

        f_initial_quantity = get("initial_quantity", UNSET)
        if f_initial_quantity is not UNSET:
            known += 1
            if type(f_initial_quantity) is not int:
                if f_initial_quantity is not None:
                    raise SchemaMismatch(".initial_quantity", "an integer or null", f_initial_quantity)

        f_amount = get("amount", UNSET)
        if f_amount is not UNSET:
            known += 1
            if type(f_amount) is not int:
                if f_amount is not None:
                    raise SchemaMismatch(".amount", "an integer or null", f_amount)

        f_discount_amount = get("discount_amount", UNSET)
        if f_discount_amount is not UNSET:
            known += 1
            if type(f_discount_amount) is not int:
                if f_discount_amount is not None:
                    raise SchemaMismatch(".discount_amount", "an integer or null", f_discount_amount)

        f_initial_amount = get("initial_amount", UNSET)
        if f_initial_amount is not UNSET:
            known += 1
            if type(f_initial_amount) is not int:
                if f_initial_amount is not None:
                    raise SchemaMismatch(".initial_amount", "an integer or null", f_initial_amount)

        f_price = get("price", UNSET)
        if f_price is not UNSET:
            known += 1
            if type(f_price) is not int:
                if f_price is not None:
                    raise SchemaMismatch(".price", "an integer or null", f_price)

        f_product = get("product", UNSET)
        if f_product is not UNSET:
            known += 1
            if type(f_product) is not dict and not isinstance(f_product, Mapping):
                if f_product is not None:
                    raise SchemaMismatch(".product", "an object or null", f_product)

            else:
                try:
                    f_product = _ProductUpsert_from_dict(f_product)
                except SchemaMismatch as error:
                    raise error.under(".product") from None

        f_sku = get("sku", UNSET)
        if f_sku is not UNSET:
            known += 1
            if type(f_sku) is not dict and not isinstance(f_sku, Mapping):
                if f_sku is not None:
                    raise SchemaMismatch(".sku", "an object or null", f_sku)

            else:
                try:
                    f_sku = _SkuUpsert_from_dict(f_sku)
                except SchemaMismatch as error:
                    raise error.under(".sku") from None

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
        obj.sku_id = f_sku_id
        obj.product_id = f_product_id
        obj.related_object = f_related_object
        obj.source_id = f_source_id
        obj.quantity = f_quantity
        obj.discount_quantity = f_discount_quantity
        obj.initial_quantity = f_initial_quantity
        obj.amount = f_amount
        obj.discount_amount = f_discount_amount
        obj.initial_amount = f_initial_amount
        obj.price = f_price
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
        "sku_id",
        "product_id",
        "related_object",
        "source_id",
        "quantity",
        "discount_quantity",
        "initial_quantity",
        "amount",
        "discount_amount",
        "initial_amount",
        "price",
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
_OrderItemRelatedObject_BY_VALUE = cast("dict[str, OrderItemRelatedObject]", OrderItemRelatedObject._value2member_map_)
