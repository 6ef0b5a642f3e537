from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

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
        An `object` other than "list" is another resource's JSON: SchemaMismatch.
        """
        get = src_dict.get
        known = 4  # how many keys of src_dict are fields (a required one is there, or it raised)
        f_object_ = get("object", UNSET)
        if type(f_object_) is not str:
            raise SchemaMismatch(".object", "a string", f_object_)

        elif f_object_ != "list":
            raise SchemaMismatch(".object", '"list"', f_object_)
        else:
            f_object_ = _OrdersListObject_BY_VALUE.get(f_object_) or OrdersListObject(f_object_)

        f_data_ref = get("data_ref", UNSET)
        if type(f_data_ref) is not str:
            raise SchemaMismatch(".data_ref", "a string", f_data_ref)

        else:
            f_data_ref = _OrdersListDataRef_BY_VALUE.get(f_data_ref) or OrdersListDataRef(f_data_ref)

        f_orders = get("orders", UNSET)
        if type(f_orders) is not list:
            raise SchemaMismatch(".orders", "a list", f_orders)

        else:
            f_orders_list: list[Any] = []
            f_orders_list_append = f_orders_list.append
            try:
                for index0, item0 in enumerate(f_orders):
                    if type(item0) is not dict and not isinstance(item0, Mapping):
                        raise SchemaMismatch(f"[{index0}]", "an object", item0)

                    else:
                        try:
                            item0 = _Order_from_dict(item0)
                        except SchemaMismatch as error:
                            raise error.under(f"[{index0}]") from None

                    f_orders_list_append(item0)
            except SchemaMismatch as error:
                raise error.under(".orders") from None
            f_orders = f_orders_list

        f_total = get("total", UNSET)
        if type(f_total) is not int:
            raise SchemaMismatch(".total", "an integer", f_total)

        # Built without calling __init__: every field (and additional_properties) is set here.
        obj = _new(cls)
        obj.object_ = f_object_
        obj.data_ref = f_data_ref
        obj.orders = f_orders
        obj.total = f_total
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
        "data_ref",
        "orders",
        "total",
    )
)


_new = object.__new__
_Order_from_dict = Order.from_dict


# Each enum's members by value, for from_dict (an unknown value falls back to the constructor, which keeps it).
_OrdersListDataRef_BY_VALUE = cast("dict[str, OrdersListDataRef]", OrdersListDataRef._value2member_map_)
_OrdersListObject_BY_VALUE = cast("dict[str, OrdersListObject]", OrdersListObject._value2member_map_)
