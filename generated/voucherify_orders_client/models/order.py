from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_reference import CustomerReference
from ..models.metadata import Metadata
from ..models.order_item import OrderItem
from ..models.order_object import OrderObject
from ..models.order_redemptions import OrderRedemptions
from ..models.order_status import OrderStatus
from ..types import UNSET, SchemaMismatch, Unset, format_timestamp, parse_timestamp


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
        """
        d = dict(src_dict)
        f_1 = d.pop("id", UNSET)
        if type(f_1) is not str:
            raise SchemaMismatch(".id", "a string", f_1)

        f_2 = d.pop("object", UNSET)
        if type(f_2) is not str:
            raise SchemaMismatch(".object", "a string", f_2)

        else:
            f_2 = OrderObject.from_json(f_2)

        f_3 = d.pop("source_id", UNSET)
        if f_3 is not UNSET:
            if type(f_3) is not str:
                if f_3 is not None:
                    raise SchemaMismatch(".source_id", "a string or null", f_3)

        f_4 = d.pop("status", UNSET)
        if f_4 is not UNSET:
            if type(f_4) is not str:
                if f_4 is not None:
                    raise SchemaMismatch(".status", "a string", f_4)
                f_4 = UNSET  # optional, not nullable: null means absent

            else:
                f_4 = OrderStatus.from_json(f_4)

        f_5 = d.pop("amount", UNSET)
        if f_5 is not UNSET:
            if type(f_5) is not int:
                if f_5 is not None:
                    raise SchemaMismatch(".amount", "an integer", f_5)
                f_5 = UNSET  # optional, not nullable: null means absent

        f_6 = d.pop("initial_amount", UNSET)
        if f_6 is not UNSET:
            if type(f_6) is not int:
                if f_6 is not None:
                    raise SchemaMismatch(".initial_amount", "an integer", f_6)
                f_6 = UNSET  # optional, not nullable: null means absent

        f_7 = d.pop("discount_amount", UNSET)
        if f_7 is not UNSET:
            if type(f_7) is not int:
                if f_7 is not None:
                    raise SchemaMismatch(".discount_amount", "an integer", f_7)
                f_7 = UNSET  # optional, not nullable: null means absent

        f_8 = d.pop("items_discount_amount", UNSET)
        if f_8 is not UNSET:
            if type(f_8) is not int:
                if f_8 is not None:
                    raise SchemaMismatch(".items_discount_amount", "an integer", f_8)
                f_8 = UNSET  # optional, not nullable: null means absent

        f_9 = d.pop("total_discount_amount", UNSET)
        if f_9 is not UNSET:
            if type(f_9) is not int:
                if f_9 is not None:
                    raise SchemaMismatch(".total_discount_amount", "an integer", f_9)
                f_9 = UNSET  # optional, not nullable: null means absent

        f_10 = d.pop("total_amount", UNSET)
        if f_10 is not UNSET:
            if type(f_10) is not int:
                if f_10 is not None:
                    raise SchemaMismatch(".total_amount", "an integer", f_10)
                f_10 = UNSET  # optional, not nullable: null means absent

        f_11 = d.pop("applied_discount_amount", UNSET)
        if f_11 is not UNSET:
            if type(f_11) is not int:
                if f_11 is not None:
                    raise SchemaMismatch(".applied_discount_amount", "an integer", f_11)
                f_11 = UNSET  # optional, not nullable: null means absent

        f_12 = d.pop("items_applied_discount_amount", UNSET)
        if f_12 is not UNSET:
            if type(f_12) is not int:
                if f_12 is not None:
                    raise SchemaMismatch(".items_applied_discount_amount", "an integer", f_12)
                f_12 = UNSET  # optional, not nullable: null means absent

        f_13 = d.pop("total_applied_discount_amount", UNSET)
        if f_13 is not UNSET:
            if type(f_13) is not int:
                if f_13 is not None:
                    raise SchemaMismatch(".total_applied_discount_amount", "an integer", f_13)
                f_13 = UNSET  # optional, not nullable: null means absent

        f_14 = d.pop("items", UNSET)
        if f_14 is not UNSET:
            if type(f_14) is not list:
                if f_14 is not None:
                    raise SchemaMismatch(".items", "a list", f_14)
                f_14 = UNSET  # optional, not nullable: null means absent

            else:
                items0 = []
                try:
                    for index0, item0 in enumerate(f_14):
                        if type(item0) is not dict and not isinstance(item0, Mapping):
                            raise SchemaMismatch(f"[{index0}]", "an object", item0)

                        else:
                            try:
                                item0 = OrderItem.from_dict(item0)
                            except SchemaMismatch as error:
                                raise error.under(f"[{index0}]") from None

                        items0.append(item0)
                except SchemaMismatch as error:
                    raise error.under(".items") from None
                f_14 = items0

        f_15 = d.pop("metadata", UNSET)
        if f_15 is not UNSET:
            if type(f_15) is not dict and not isinstance(f_15, Mapping):
                if f_15 is not None:
                    raise SchemaMismatch(".metadata", "an object", f_15)
                f_15 = UNSET  # optional, not nullable: null means absent

            else:
                try:
                    f_15 = Metadata.from_dict(f_15)
                except SchemaMismatch as error:
                    raise error.under(".metadata") from None

        f_16 = d.pop("created_at", UNSET)
        if f_16 is not UNSET:
            if type(f_16) is not str:
                if f_16 is not None:
                    raise SchemaMismatch(".created_at", "an ISO 8601 date-time", f_16)
                f_16 = UNSET  # optional, not nullable: null means absent

            else:
                f_16 = parse_timestamp(f_16, ".created_at")

        f_17 = d.pop("updated_at", UNSET)
        if f_17 is not UNSET:
            if type(f_17) is not str:
                if f_17 is not None:
                    raise SchemaMismatch(".updated_at", "an ISO 8601 date-time or null", f_17)

            else:
                f_17 = parse_timestamp(f_17, ".updated_at")

        f_18 = d.pop("customer_id", UNSET)
        if f_18 is not UNSET:
            if type(f_18) is not str:
                if f_18 is not None:
                    raise SchemaMismatch(".customer_id", "a string or null", f_18)

        f_19 = d.pop("referrer_id", UNSET)
        if f_19 is not UNSET:
            if type(f_19) is not str:
                if f_19 is not None:
                    raise SchemaMismatch(".referrer_id", "a string or null", f_19)

        f_20 = d.pop("customer", UNSET)
        if f_20 is not UNSET:
            if type(f_20) is not dict and not isinstance(f_20, Mapping):
                if f_20 is not None:
                    raise SchemaMismatch(".customer", "an object", f_20)
                f_20 = UNSET  # optional, not nullable: null means absent

            else:
                try:
                    f_20 = CustomerReference.from_dict(f_20)
                except SchemaMismatch as error:
                    raise error.under(".customer") from None

        f_21 = d.pop("referrer", UNSET)
        if f_21 is not UNSET:
            if type(f_21) is not dict and not isinstance(f_21, Mapping):
                if f_21 is not None:
                    raise SchemaMismatch(".referrer", "an object", f_21)
                f_21 = UNSET  # optional, not nullable: null means absent

            else:
                try:
                    f_21 = CustomerReference.from_dict(f_21)
                except SchemaMismatch as error:
                    raise error.under(".referrer") from None

        f_22 = d.pop("redemptions", UNSET)
        if f_22 is not UNSET:
            if type(f_22) is not dict and not isinstance(f_22, Mapping):
                if f_22 is not None:
                    raise SchemaMismatch(".redemptions", "an object", f_22)
                f_22 = UNSET  # optional, not nullable: null means absent

            else:
                try:
                    f_22 = OrderRedemptions.from_dict(f_22)
                except SchemaMismatch as error:
                    raise error.under(".redemptions") from None

        obj = cls(
            id=f_1,
            object_=f_2,
            source_id=f_3,
            status=f_4,
            amount=f_5,
            initial_amount=f_6,
            discount_amount=f_7,
            items_discount_amount=f_8,
            total_discount_amount=f_9,
            total_amount=f_10,
            applied_discount_amount=f_11,
            items_applied_discount_amount=f_12,
            total_applied_discount_amount=f_13,
            items=f_14,
            metadata=f_15,
            created_at=f_16,
            updated_at=f_17,
            customer_id=f_18,
            referrer_id=f_19,
            customer=f_20,
            referrer=f_21,
            redemptions=f_22,
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
