from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_upsert import CustomerUpsert
    from ..models.metadata import Metadata
    from ..models.order_item_create import OrderItemCreate


T = TypeVar("T", bound="OrderUpdate")


@_attrs_define
class OrderUpdate:
    """The fields of an order to change; fields left out keep their stored values."""

    source_id: None | str | Unset = UNSET
    status: OrderStatus | Unset = UNSET
    """ Where the order is in its life. The server may add values; clients keep unknown ones. """
    amount: int | Unset = UNSET
    initial_amount: int | Unset = UNSET
    discount_amount: int | Unset = UNSET
    items: list[OrderItemCreate] | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    """ Free-form key/value data. Values may be strings, numbers, booleans, arrays or objects. """
    created_at: datetime.datetime | Unset = UNSET
    referrer_id: None | str | Unset = UNSET
    customer: CustomerUpsert | Unset = UNSET
    """ A customer (or referrer) as sent with an order. Voucherify creates it when it does not exist and updates it
    when it does; `id` wins over `source_id`. """
    referrer: CustomerUpsert | Unset = UNSET
    """ A customer (or referrer) as sent with an order. Voucherify creates it when it does not exist and updates it
    when it does; `id` wins over `source_id`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if items is not UNSET:
            field_dict["items"] = items
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if referrer_id is not UNSET:
            field_dict["referrer_id"] = referrer_id
        if customer is not UNSET:
            field_dict["customer"] = customer
        if referrer is not UNSET:
            field_dict["referrer"] = referrer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_upsert import CustomerUpsert  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.order_item_create import OrderItemCreate  # noqa: PLC0415

        d = dict(src_dict)

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

        _items = d.pop("items", UNSET)
        items: list[OrderItemCreate] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = OrderItemCreate.from_dict(items_item_data)

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

        def _parse_referrer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referrer_id = _parse_referrer_id(d.pop("referrer_id", UNSET))

        _customer = d.pop("customer", UNSET)
        customer: CustomerUpsert | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerUpsert.from_dict(_customer)

        _referrer = d.pop("referrer", UNSET)
        referrer: CustomerUpsert | Unset
        if isinstance(_referrer, Unset):
            referrer = UNSET
        else:
            referrer = CustomerUpsert.from_dict(_referrer)

        order_update = cls(
            source_id=source_id,
            status=status,
            amount=amount,
            initial_amount=initial_amount,
            discount_amount=discount_amount,
            items=items,
            metadata=metadata,
            created_at=created_at,
            referrer_id=referrer_id,
            customer=customer,
            referrer=referrer,
        )

        order_update.additional_properties = d
        return order_update

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
