from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_object import OrderObject
from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_reference import CustomerReference
    from ..models.metadata import Metadata
    from ..models.order_item import OrderItem
    from ..models.order_redemptions import OrderRedemptions


T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """A stored order as the server returns it. Amounts are integers in the smallest currency unit; discount amounts that
    are zero are left out, not sent as 0.

    """

    id: str
    object_: OrderObject
    source_id: None | str | Unset = UNSET
    status: OrderStatus | Unset = UNSET
    """ Where the order is in its life. The server may add values; clients keep unknown ones. """
    amount: int | Unset = UNSET
    initial_amount: int | Unset = UNSET
    discount_amount: int | Unset = UNSET
    items_discount_amount: int | Unset = UNSET
    """ Sum of the items' discounts. """
    total_discount_amount: int | Unset = UNSET
    """ `discount_amount` plus `items_discount_amount`. """
    total_amount: int | Unset = UNSET
    """ `amount` less `total_discount_amount`: what the customer pays. """
    applied_discount_amount: int | Unset = UNSET
    items_applied_discount_amount: int | Unset = UNSET
    total_applied_discount_amount: int | Unset = UNSET
    items: list[OrderItem] | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    """ Free-form key/value data. Values may be strings, numbers, booleans, arrays or objects. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    referrer_id: None | str | Unset = UNSET
    customer: CustomerReference | Unset = UNSET
    """ How a stored order points at its customer or referrer. """
    referrer: CustomerReference | Unset = UNSET
    """ How a stored order points at its customer or referrer. """
    redemptions: OrderRedemptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_.value

        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        amount = self.amount

        initial_amount = self.initial_amount

        discount_amount = self.discount_amount

        items_discount_amount = self.items_discount_amount

        total_discount_amount = self.total_discount_amount

        total_amount = self.total_amount

        applied_discount_amount = self.applied_discount_amount

        items_applied_discount_amount = self.items_applied_discount_amount

        total_applied_discount_amount = self.total_applied_discount_amount

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        referrer_id: None | str | Unset
        if isinstance(self.referrer_id, Unset):
            referrer_id = UNSET
        else:
            referrer_id = self.referrer_id

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        referrer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.referrer, Unset):
            referrer = self.referrer.to_dict()

        redemptions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redemptions, Unset):
            redemptions = self.redemptions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
            }
        )
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if status is not UNSET:
            field_dict["status"] = status
        if amount is not UNSET:
            field_dict["amount"] = amount
        if initial_amount is not UNSET:
            field_dict["initial_amount"] = initial_amount
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if items_discount_amount is not UNSET:
            field_dict["items_discount_amount"] = items_discount_amount
        if total_discount_amount is not UNSET:
            field_dict["total_discount_amount"] = total_discount_amount
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if applied_discount_amount is not UNSET:
            field_dict["applied_discount_amount"] = applied_discount_amount
        if items_applied_discount_amount is not UNSET:
            field_dict["items_applied_discount_amount"] = items_applied_discount_amount
        if total_applied_discount_amount is not UNSET:
            field_dict["total_applied_discount_amount"] = total_applied_discount_amount
        if items is not UNSET:
            field_dict["items"] = items
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if referrer_id is not UNSET:
            field_dict["referrer_id"] = referrer_id
        if customer is not UNSET:
            field_dict["customer"] = customer
        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        if redemptions is not UNSET:
            field_dict["redemptions"] = redemptions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_reference import CustomerReference  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.order_item import OrderItem  # noqa: PLC0415
        from ..models.order_redemptions import OrderRedemptions  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = OrderObject(d.pop("object"))

        def _parse_source_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_id = _parse_source_id(d.pop("source_id", UNSET))

        _status = d.pop("status", UNSET)
        status: OrderStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OrderStatus(_status)

        amount = d.pop("amount", UNSET)

        initial_amount = d.pop("initial_amount", UNSET)

        discount_amount = d.pop("discount_amount", UNSET)

        items_discount_amount = d.pop("items_discount_amount", UNSET)

        total_discount_amount = d.pop("total_discount_amount", UNSET)

        total_amount = d.pop("total_amount", UNSET)

        applied_discount_amount = d.pop("applied_discount_amount", UNSET)

        items_applied_discount_amount = d.pop("items_applied_discount_amount", UNSET)

        total_applied_discount_amount = d.pop("total_applied_discount_amount", UNSET)

        _items = d.pop("items", UNSET)
        items: list[OrderItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = OrderItem.from_dict(items_item_data)

                items.append(items_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_referrer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referrer_id = _parse_referrer_id(d.pop("referrer_id", UNSET))

        _customer = d.pop("customer", UNSET)
        customer: CustomerReference | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerReference.from_dict(_customer)

        _referrer = d.pop("referrer", UNSET)
        referrer: CustomerReference | Unset
        if isinstance(_referrer, Unset):
            referrer = UNSET
        else:
            referrer = CustomerReference.from_dict(_referrer)

        _redemptions = d.pop("redemptions", UNSET)
        redemptions: OrderRedemptions | Unset
        if isinstance(_redemptions, Unset):
            redemptions = UNSET
        else:
            redemptions = OrderRedemptions.from_dict(_redemptions)

        order = cls(
            id=id,
            object_=object_,
            source_id=source_id,
            status=status,
            amount=amount,
            initial_amount=initial_amount,
            discount_amount=discount_amount,
            items_discount_amount=items_discount_amount,
            total_discount_amount=total_discount_amount,
            total_amount=total_amount,
            applied_discount_amount=applied_discount_amount,
            items_applied_discount_amount=items_applied_discount_amount,
            total_applied_discount_amount=total_applied_discount_amount,
            items=items,
            metadata=metadata,
            created_at=created_at,
            updated_at=updated_at,
            customer_id=customer_id,
            referrer_id=referrer_id,
            customer=customer,
            referrer=referrer,
            redemptions=redemptions,
        )

        order.additional_properties = d
        return order

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
