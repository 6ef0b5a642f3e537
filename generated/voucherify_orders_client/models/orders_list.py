from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.orders_list_data_ref import OrdersListDataRef
from ..models.orders_list_object import OrdersListObject

if TYPE_CHECKING:
    from ..models.order import Order


T = TypeVar("T", bound="OrdersList")


@_attrs_define
class OrdersList:
    """One page of orders."""

    object_: OrdersListObject
    data_ref: OrdersListDataRef
    orders: list[Order]
    total: int
    """ How many orders the project holds in all. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_.value

        data_ref = self.data_ref.value

        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "data_ref": data_ref,
                "orders": orders,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order import Order  # noqa: PLC0415

        d = dict(src_dict)
        object_ = OrdersListObject(d.pop("object"))

        data_ref = OrdersListDataRef(d.pop("data_ref"))

        orders = []
        _orders = d.pop("orders")
        for orders_item_data in _orders:
            orders_item = Order.from_dict(orders_item_data)

            orders.append(orders_item)

        total = d.pop("total")

        orders_list = cls(
            object_=object_,
            data_ref=data_ref,
            orders=orders,
            total=total,
        )

        orders_list.additional_properties = d
        return orders_list

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
