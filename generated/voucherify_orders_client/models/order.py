from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_reference import CustomerReference
from ..models.metadata import Metadata
from ..models.order_item import OrderItem
from ..models.order_object import OrderObject
from ..models.order_redemptions import OrderRedemptions
from ..models.order_status import OrderStatus
from ..types import UNSET, SchemaMismatch, Timestamp, Unset, format_timestamp


@_attrs_define
class Order:
    """
    A stored order as the server returns it. Amounts are integers in the smallest currency unit; discount amounts
        that are zero are left out, not sent as 0.
    """

    id: str
    object_: OrderObject
    source_id: None | str | Unset = UNSET
    status: OrderStatus | Unset = UNSET
    """Where the order is in its life. The server may add values; clients keep unknown ones."""
    amount: int | Unset = UNSET
    initial_amount: int | Unset = UNSET
    discount_amount: int | Unset = UNSET
    items_discount_amount: int | Unset = UNSET
    """Sum of the items' discounts."""
    total_discount_amount: int | Unset = UNSET
    """`discount_amount` plus `items_discount_amount`."""
    total_amount: int | Unset = UNSET
    """`amount` less `total_discount_amount`: what the customer pays."""
    applied_discount_amount: int | Unset = UNSET
    items_applied_discount_amount: int | Unset = UNSET
    total_applied_discount_amount: int | Unset = UNSET
    items: list[OrderItem] | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    """Free-form key/value data. Values may be strings, numbers, booleans, arrays or objects."""
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    referrer_id: None | str | Unset = UNSET
    customer: CustomerReference | Unset = UNSET
    """How a stored order points at its customer or referrer."""
    referrer: CustomerReference | Unset = UNSET
    """How a stored order points at its customer or referrer."""
    redemptions: OrderRedemptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not list, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: every value as it came, unset fields left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        v1 = self.id
        field_dict["id"] = v1
        v2 = self.object_
        field_dict["object"] = v2.value
        v3 = self.source_id
        if v3 is None:
            field_dict["source_id"] = None
        elif not isinstance(v3, Unset):
            field_dict["source_id"] = v3
        v4 = self.status
        if not isinstance(v4, Unset):
            field_dict["status"] = v4.value
        v5 = self.amount
        if not isinstance(v5, Unset):
            field_dict["amount"] = v5
        v6 = self.initial_amount
        if not isinstance(v6, Unset):
            field_dict["initial_amount"] = v6
        v7 = self.discount_amount
        if not isinstance(v7, Unset):
            field_dict["discount_amount"] = v7
        v8 = self.items_discount_amount
        if not isinstance(v8, Unset):
            field_dict["items_discount_amount"] = v8
        v9 = self.total_discount_amount
        if not isinstance(v9, Unset):
            field_dict["total_discount_amount"] = v9
        v10 = self.total_amount
        if not isinstance(v10, Unset):
            field_dict["total_amount"] = v10
        v11 = self.applied_discount_amount
        if not isinstance(v11, Unset):
            field_dict["applied_discount_amount"] = v11
        v12 = self.items_applied_discount_amount
        if not isinstance(v12, Unset):
            field_dict["items_applied_discount_amount"] = v12
        v13 = self.total_applied_discount_amount
        if not isinstance(v13, Unset):
            field_dict["total_applied_discount_amount"] = v13
        v14 = self.items
        if not isinstance(v14, Unset):
            field_dict["items"] = [item0.to_dict() for item0 in v14]
        v15 = self.metadata
        if not isinstance(v15, Unset):
            field_dict["metadata"] = v15.to_dict()
        v16 = self.created_at
        if not isinstance(v16, Unset):
            field_dict["created_at"] = format_timestamp(v16)
        v17 = self.updated_at
        if v17 is None:
            field_dict["updated_at"] = None
        elif not isinstance(v17, Unset):
            field_dict["updated_at"] = None if v17 is None else format_timestamp(v17)
        v18 = self.customer_id
        if v18 is None:
            field_dict["customer_id"] = None
        elif not isinstance(v18, Unset):
            field_dict["customer_id"] = v18
        v19 = self.referrer_id
        if v19 is None:
            field_dict["referrer_id"] = None
        elif not isinstance(v19, Unset):
            field_dict["referrer_id"] = v19
        v20 = self.customer
        if not isinstance(v20, Unset):
            field_dict["customer"] = v20.to_dict()
        v21 = self.referrer
        if not isinstance(v21, Unset):
            field_dict["referrer"] = v21.to_dict()
        v22 = self.redemptions
        if not isinstance(v22, Unset):
            field_dict["redemptions"] = v22.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """
        Read this object from JSON data. A value of the wrong type raises SchemaMismatch
        (a ValueError) naming its path; null in an optional field that is not nullable
        reads as absent; fields and enum values the spec does not list are kept.
        An `object` other than "order" is another resource's JSON: SchemaMismatch.
        """
        get = src_dict.get
        known = 2  # how many keys of src_dict are fields (a required one is there, or it raised)
        f_id = get("id", UNSET)
        if type(f_id) is not str:
            raise SchemaMismatch(".id", "a string", f_id)

        f_object_ = get("object", UNSET)
        if type(f_object_) is not str:
            raise SchemaMismatch(".object", "a string", f_object_)

        elif f_object_ != "order":
            raise SchemaMismatch(".object", '"order"', f_object_)
        else:
            f_object_ = _OrderObject_BY_VALUE.get(f_object_) or OrderObject(f_object_)

        f_source_id = get("source_id", UNSET)
        if f_source_id is not UNSET:
            known += 1
            if type(f_source_id) is not str:
                if f_source_id is not None:
                    raise SchemaMismatch(".source_id", "a string or null", f_source_id)

        f_status = get("status")
        if f_status is None:
            f_status = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_status) is not str:
                raise SchemaMismatch(".status", "a string", f_status)

            else:
                f_status = _OrderStatus_BY_VALUE.get(f_status) or OrderStatus(f_status)

        f_amount = get("amount")
        if f_amount is None:
            f_amount = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_amount) is not int:
                raise SchemaMismatch(".amount", "an integer", f_amount)

        f_initial_amount = get("initial_amount")
        if f_initial_amount is None:
            f_initial_amount = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_initial_amount) is not int:
                raise SchemaMismatch(".initial_amount", "an integer", f_initial_amount)

        f_discount_amount = get("discount_amount")
        if f_discount_amount is None:
            f_discount_amount = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_discount_amount) is not int:
                raise SchemaMismatch(".discount_amount", "an integer", f_discount_amount)

        f_items_discount_amount = get("items_discount_amount")
        if f_items_discount_amount is None:
            f_items_discount_amount = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_items_discount_amount) is not int:
                raise SchemaMismatch(".items_discount_amount", "an integer", f_items_discount_amount)

        f_total_discount_amount = get("total_discount_amount")
        if f_total_discount_amount is None:
            f_total_discount_amount = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_total_discount_amount) is not int:
                raise SchemaMismatch(".total_discount_amount", "an integer", f_total_discount_amount)

        f_total_amount = get("total_amount")
        if f_total_amount is None:
            f_total_amount = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_total_amount) is not int:
                raise SchemaMismatch(".total_amount", "an integer", f_total_amount)

        f_applied_discount_amount = get("applied_discount_amount")
        if f_applied_discount_amount is None:
            f_applied_discount_amount = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_applied_discount_amount) is not int:
                raise SchemaMismatch(".applied_discount_amount", "an integer", f_applied_discount_amount)

        f_items_applied_discount_amount = get("items_applied_discount_amount")
        if f_items_applied_discount_amount is None:
            f_items_applied_discount_amount = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_items_applied_discount_amount) is not int:
                raise SchemaMismatch(".items_applied_discount_amount", "an integer", f_items_applied_discount_amount)

        f_total_applied_discount_amount = get("total_applied_discount_amount")
        if f_total_applied_discount_amount is None:
            f_total_applied_discount_amount = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_total_applied_discount_amount) is not int:
                raise SchemaMismatch(".total_applied_discount_amount", "an integer", f_total_applied_discount_amount)

        f_items = get("items")
        if f_items is None:
            f_items = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_items) is not list:
                raise SchemaMismatch(".items", "a list", f_items)

            else:
                f_items_list: list[Any] = []
                f_items_list_append = f_items_list.append
                try:
                    for index0, item0 in enumerate(f_items):
                        if type(item0) is not dict and not isinstance(item0, Mapping):
                            raise SchemaMismatch(f"[{index0}]", "an object", item0)

                        else:
                            try:
                                item0 = _OrderItem_from_dict(item0)
                            except SchemaMismatch as error:
                                raise error.under(f"[{index0}]") from None

                        f_items_list_append(item0)
                except SchemaMismatch as error:
                    raise error.under(".items") from None
                f_items = f_items_list

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

        f_created_at = get("created_at")
        if f_created_at is None:
            f_created_at = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_created_at) is not str:
                raise SchemaMismatch(".created_at", "an ISO 8601 date-time", f_created_at)

            else:
                try:
                    timestamp = Timestamp.fromisoformat(f_created_at)
                except ValueError:
                    raise SchemaMismatch(".created_at", "an ISO 8601 date-time", f_created_at) from None
                timestamp.text = f_created_at
                f_created_at = timestamp

        f_updated_at = get("updated_at", UNSET)
        if f_updated_at is not UNSET:
            known += 1
            if type(f_updated_at) is not str:
                if f_updated_at is not None:
                    raise SchemaMismatch(".updated_at", "an ISO 8601 date-time or null", f_updated_at)

            else:
                try:
                    timestamp = Timestamp.fromisoformat(f_updated_at)
                except ValueError:
                    raise SchemaMismatch(".updated_at", "an ISO 8601 date-time", f_updated_at) from None
                timestamp.text = f_updated_at
                f_updated_at = timestamp

        f_customer_id = get("customer_id", UNSET)
        if f_customer_id is not UNSET:
            known += 1
            if type(f_customer_id) is not str:
                if f_customer_id is not None:
                    raise SchemaMismatch(".customer_id", "a string or null", f_customer_id)

        f_referrer_id = get("referrer_id", UNSET)
        if f_referrer_id is not UNSET:
            known += 1
            if type(f_referrer_id) is not str:
                if f_referrer_id is not None:
                    raise SchemaMismatch(".referrer_id", "a string or null", f_referrer_id)

        f_customer = get("customer")
        if f_customer is None:
            f_customer = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_customer) is not dict and not isinstance(f_customer, Mapping):
                raise SchemaMismatch(".customer", "an object", f_customer)

            else:
                try:
                    f_customer = _CustomerReference_from_dict(f_customer)
                except SchemaMismatch as error:
                    raise error.under(".customer") from None

        f_referrer = get("referrer")
        if f_referrer is None:
            f_referrer = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_referrer) is not dict and not isinstance(f_referrer, Mapping):
                raise SchemaMismatch(".referrer", "an object", f_referrer)

            else:
                try:
                    f_referrer = _CustomerReference_from_dict(f_referrer)
                except SchemaMismatch as error:
                    raise error.under(".referrer") from None

        f_redemptions = get("redemptions")
        if f_redemptions is None:
            f_redemptions = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_redemptions) is not dict and not isinstance(f_redemptions, Mapping):
                raise SchemaMismatch(".redemptions", "an object", f_redemptions)

            else:
                try:
                    f_redemptions = _OrderRedemptions_from_dict(f_redemptions)
                except SchemaMismatch as error:
                    raise error.under(".redemptions") from None

        # Built without calling __init__: every field (and additional_properties) is set here.
        obj = _new(cls)
        obj.id = f_id
        obj.object_ = f_object_
        obj.source_id = f_source_id
        obj.status = f_status
        obj.amount = f_amount
        obj.initial_amount = f_initial_amount
        obj.discount_amount = f_discount_amount
        obj.items_discount_amount = f_items_discount_amount
        obj.total_discount_amount = f_total_discount_amount
        obj.total_amount = f_total_amount
        obj.applied_discount_amount = f_applied_discount_amount
        obj.items_applied_discount_amount = f_items_applied_discount_amount
        obj.total_applied_discount_amount = f_total_applied_discount_amount
        obj.items = f_items
        obj.metadata = f_metadata
        obj.created_at = f_created_at
        obj.updated_at = f_updated_at
        obj.customer_id = f_customer_id
        obj.referrer_id = f_referrer_id
        obj.customer = f_customer
        obj.referrer = f_referrer
        obj.redemptions = f_redemptions
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
        "id",
        "object",
        "source_id",
        "status",
        "amount",
        "initial_amount",
        "discount_amount",
        "items_discount_amount",
        "total_discount_amount",
        "total_amount",
        "applied_discount_amount",
        "items_applied_discount_amount",
        "total_applied_discount_amount",
        "items",
        "metadata",
        "created_at",
        "updated_at",
        "customer_id",
        "referrer_id",
        "customer",
        "referrer",
        "redemptions",
    )
)


_new = object.__new__
_CustomerReference_from_dict = CustomerReference.from_dict
_Metadata_from_dict = Metadata.from_dict
_OrderItem_from_dict = OrderItem.from_dict
_OrderRedemptions_from_dict = OrderRedemptions.from_dict


# Each enum's members by value, for from_dict (an unknown value falls back to the constructor, which keeps it).
_OrderObject_BY_VALUE = cast("dict[str, OrderObject]", OrderObject._value2member_map_)
_OrderStatus_BY_VALUE = cast("dict[str, OrderStatus]", OrderStatus._value2member_map_)
