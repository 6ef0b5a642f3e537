from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_item_object import OrderItemObject
from ..models.order_item_related_object import OrderItemRelatedObject
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.product_upsert import ProductUpsert
    from ..models.sku_upsert import SkuUpsert


T = TypeVar("T", bound="OrderItem")


@_attrs_define
class OrderItem:
    """One line of a stored order, with the amounts the server computed."""

    object_: OrderItemObject
    id: str | Unset = UNSET
    sku_id: str | Unset = UNSET
    product_id: str | Unset = UNSET
    related_object: OrderItemRelatedObject | Unset = UNSET
    """ Whether an item's `source_id` names a product or a SKU. """
    source_id: str | Unset = UNSET
    quantity: int | Unset = UNSET
    discount_quantity: int | Unset = UNSET
    initial_quantity: int | Unset = UNSET
    amount: int | Unset = UNSET
    discount_amount: int | Unset = UNSET
    applied_discount_amount: int | Unset = UNSET
    applied_discount_quantity: int | Unset = UNSET
    applied_quantity: int | Unset = UNSET
    """ Units added or removed by a discount; may be negative. """
    applied_quantity_amount: int | Unset = UNSET
    """ The amount of `applied_quantity`; may be negative. """
    initial_amount: int | Unset = UNSET
    price: int | Unset = UNSET
    subtotal_amount: int | Unset = UNSET
    """ `amount` less `discount_amount`. """
    product: ProductUpsert | Unset = UNSET
    """ The product an item refers to. With `override: true` the product is stored (created by `source_id`, or its
    name, price and metadata replaced); without it the data only shapes this one order. """
    sku: SkuUpsert | Unset = UNSET
    """ The SKU an item refers to; stored only with `override: true`, like a product. """
    metadata: Metadata | Unset = UNSET
    """ Free-form key/value data. Values may be strings, numbers, booleans, arrays or objects. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_.value

        id = self.id

        sku_id = self.sku_id

        product_id = self.product_id

        related_object: str | Unset = UNSET
        if not isinstance(self.related_object, Unset):
            related_object = self.related_object.value

        source_id = self.source_id

        quantity = self.quantity

        discount_quantity = self.discount_quantity

        initial_quantity = self.initial_quantity

        amount = self.amount

        discount_amount = self.discount_amount

        applied_discount_amount = self.applied_discount_amount

        applied_discount_quantity = self.applied_discount_quantity

        applied_quantity = self.applied_quantity

        applied_quantity_amount = self.applied_quantity_amount

        initial_amount = self.initial_amount

        price = self.price

        subtotal_amount = self.subtotal_amount

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        sku: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sku, Unset):
            sku = self.sku.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if sku_id is not UNSET:
            field_dict["sku_id"] = sku_id
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if related_object is not UNSET:
            field_dict["related_object"] = related_object
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if discount_quantity is not UNSET:
            field_dict["discount_quantity"] = discount_quantity
        if initial_quantity is not UNSET:
            field_dict["initial_quantity"] = initial_quantity
        if amount is not UNSET:
            field_dict["amount"] = amount
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if applied_discount_amount is not UNSET:
            field_dict["applied_discount_amount"] = applied_discount_amount
        if applied_discount_quantity is not UNSET:
            field_dict["applied_discount_quantity"] = applied_discount_quantity
        if applied_quantity is not UNSET:
            field_dict["applied_quantity"] = applied_quantity
        if applied_quantity_amount is not UNSET:
            field_dict["applied_quantity_amount"] = applied_quantity_amount
        if initial_amount is not UNSET:
            field_dict["initial_amount"] = initial_amount
        if price is not UNSET:
            field_dict["price"] = price
        if subtotal_amount is not UNSET:
            field_dict["subtotal_amount"] = subtotal_amount
        if product is not UNSET:
            field_dict["product"] = product
        if sku is not UNSET:
            field_dict["sku"] = sku
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.product_upsert import ProductUpsert  # noqa: PLC0415
        from ..models.sku_upsert import SkuUpsert  # noqa: PLC0415

        d = dict(src_dict)
        object_ = OrderItemObject(d.pop("object"))

        id = d.pop("id", UNSET)

        sku_id = d.pop("sku_id", UNSET)

        product_id = d.pop("product_id", UNSET)

        _related_object = d.pop("related_object", UNSET)
        related_object: OrderItemRelatedObject | Unset
        if isinstance(_related_object, Unset):
            related_object = UNSET
        else:
            related_object = OrderItemRelatedObject(_related_object)

        source_id = d.pop("source_id", UNSET)

        quantity = d.pop("quantity", UNSET)

        discount_quantity = d.pop("discount_quantity", UNSET)

        initial_quantity = d.pop("initial_quantity", UNSET)

        amount = d.pop("amount", UNSET)

        discount_amount = d.pop("discount_amount", UNSET)

        applied_discount_amount = d.pop("applied_discount_amount", UNSET)

        applied_discount_quantity = d.pop("applied_discount_quantity", UNSET)

        applied_quantity = d.pop("applied_quantity", UNSET)

        applied_quantity_amount = d.pop("applied_quantity_amount", UNSET)

        initial_amount = d.pop("initial_amount", UNSET)

        price = d.pop("price", UNSET)

        subtotal_amount = d.pop("subtotal_amount", UNSET)

        _product = d.pop("product", UNSET)
        product: ProductUpsert | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = ProductUpsert.from_dict(_product)

        _sku = d.pop("sku", UNSET)
        sku: SkuUpsert | Unset
        if isinstance(_sku, Unset):
            sku = UNSET
        else:
            sku = SkuUpsert.from_dict(_sku)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        order_item = cls(
            object_=object_,
            id=id,
            sku_id=sku_id,
            product_id=product_id,
            related_object=related_object,
            source_id=source_id,
            quantity=quantity,
            discount_quantity=discount_quantity,
            initial_quantity=initial_quantity,
            amount=amount,
            discount_amount=discount_amount,
            applied_discount_amount=applied_discount_amount,
            applied_discount_quantity=applied_discount_quantity,
            applied_quantity=applied_quantity,
            applied_quantity_amount=applied_quantity_amount,
            initial_amount=initial_amount,
            price=price,
            subtotal_amount=subtotal_amount,
            product=product,
            sku=sku,
            metadata=metadata,
        )

        order_item.additional_properties = d
        return order_item

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
