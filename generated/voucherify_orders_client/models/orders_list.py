from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order import Order
from ..models.orders_list_data_ref import OrdersListDataRef
from ..models.orders_list_object import OrdersListObject
from ..types import UNSET, SchemaMismatch


@_attrs_define
class OrdersList:
    """
    One page of orders.
    """

    object_: OrdersListObject
    data_ref: OrdersListDataRef
    orders: list[Order]
    total: int
    """How many orders the project holds in all."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not list, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: every value as it came, unset fields left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        v1 = self.object_
        field_dict["object"] = v1.value
        v2 = self.data_ref
        field_dict["data_ref"] = v2.value
        v3 = self.orders
        field_dict["orders"] = [item0.to_dict() for item0 in v3]
        v4 = self.total
        field_dict["total"] = v4
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
            f_1 = OrdersListObject.from_json(f_1)

        f_2 = d.pop("data_ref", UNSET)
        if type(f_2) is not str:
            raise SchemaMismatch(".data_ref", "a string", f_2)

        else:
            f_2 = OrdersListDataRef.from_json(f_2)

        f_3 = d.pop("orders", UNSET)
        if type(f_3) is not list:
            raise SchemaMismatch(".orders", "a list", f_3)

        else:
            items0 = []
            try:
                for index0, item0 in enumerate(f_3):
                    if type(item0) is not dict and not isinstance(item0, Mapping):
                        raise SchemaMismatch(f"[{index0}]", "an object", item0)

                    else:
                        try:
                            item0 = Order.from_dict(item0)
                        except SchemaMismatch as error:
                            raise error.under(f"[{index0}]") from None

                    items0.append(item0)
            except SchemaMismatch as error:
                raise error.under(".orders") from None
            f_3 = items0

        f_4 = d.pop("total", UNSET)
        if type(f_4) is not int:
            raise SchemaMismatch(".total", "an integer", f_4)

        obj = cls(
            object_=f_1,
            data_ref=f_2,
            orders=f_3,
            total=f_4,
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
