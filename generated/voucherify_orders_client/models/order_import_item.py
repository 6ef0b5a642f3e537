from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_upsert import CustomerUpsert
from ..models.metadata import Metadata
from ..models.order_item_create import OrderItemCreate
from ..models.order_status import OrderStatus
from ..types import UNSET, SchemaMismatch, Unset


@_attrs_define
class OrderImportItem:
    """
    One historical order in an import. Give each a `source_id`: it is how the result names failed orders and how an
        interrupted import can be resumed safely.
    """

    id: None | str | Unset = UNSET
    source_id: None | str | Unset = UNSET
    status: None | OrderStatus | Unset = UNSET
    amount: int | None | Unset = UNSET
    initial_amount: int | None | Unset = UNSET
    discount_amount: int | None | Unset = UNSET
    items: list[OrderItemCreate] | None | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    referrer_id: None | str | Unset = UNSET
    customer: CustomerUpsert | None | Unset = UNSET
    referrer: CustomerUpsert | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not list, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: every value as it came, unset fields left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        v1 = self.id
        if v1 is None:
            field_dict["id"] = None
        elif not isinstance(v1, Unset):
            field_dict["id"] = v1
        v2 = self.source_id
        if v2 is None:
            field_dict["source_id"] = None
        elif not isinstance(v2, Unset):
            field_dict["source_id"] = v2
        v3 = self.status
        if v3 is None:
            field_dict["status"] = None
        elif not isinstance(v3, Unset):
            field_dict["status"] = None if v3 is None else v3.value
        v4 = self.amount
        if v4 is None:
            field_dict["amount"] = None
        elif not isinstance(v4, Unset):
            field_dict["amount"] = v4
        v5 = self.initial_amount
        if v5 is None:
            field_dict["initial_amount"] = None
        elif not isinstance(v5, Unset):
            field_dict["initial_amount"] = v5
        v6 = self.discount_amount
        if v6 is None:
            field_dict["discount_amount"] = None
        elif not isinstance(v6, Unset):
            field_dict["discount_amount"] = v6
        v7 = self.items
        if v7 is None:
            field_dict["items"] = None
        elif not isinstance(v7, Unset):
            field_dict["items"] = None if v7 is None else [item0.to_dict() for item0 in v7]
        v8 = self.metadata
        if v8 is None:
            field_dict["metadata"] = None
        elif not isinstance(v8, Unset):
            field_dict["metadata"] = None if v8 is None else v8.to_dict()
        v9 = self.referrer_id
        if v9 is None:
            field_dict["referrer_id"] = None
        elif not isinstance(v9, Unset):
            field_dict["referrer_id"] = v9
        v10 = self.customer
        if v10 is None:
            field_dict["customer"] = None
        elif not isinstance(v10, Unset):
            field_dict["customer"] = None if v10 is None else v10.to_dict()
        v11 = self.referrer
        if v11 is None:
            field_dict["referrer"] = None
        elif not isinstance(v11, Unset):
            field_dict["referrer"] = None if v11 is None else v11.to_dict()
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
        if f_1 is not UNSET:
            if type(f_1) is not str:
                if f_1 is not None:
                    raise SchemaMismatch(".id", "a string or null", f_1)

        f_2 = d.pop("source_id", UNSET)
        if f_2 is not UNSET:
            if type(f_2) is not str:
                if f_2 is not None:
                    raise SchemaMismatch(".source_id", "a string or null", f_2)

        f_3 = d.pop("status", UNSET)
        if f_3 is not UNSET:
            if type(f_3) is not str:
                if f_3 is not None:
                    raise SchemaMismatch(".status", "a string or null", f_3)

            else:
                f_3 = OrderStatus.from_json(f_3)

        f_4 = d.pop("amount", UNSET)
        if f_4 is not UNSET:
            if type(f_4) is not int:
                if f_4 is not None:
                    raise SchemaMismatch(".amount", "an integer or null", f_4)

        f_5 = d.pop("initial_amount", UNSET)
        if f_5 is not UNSET:
            if type(f_5) is not int:
                if f_5 is not None:
                    raise SchemaMismatch(".initial_amount", "an integer or null", f_5)

        f_6 = d.pop("discount_amount", UNSET)
        if f_6 is not UNSET:
            if type(f_6) is not int:
                if f_6 is not None:
                    raise SchemaMismatch(".discount_amount", "an integer or null", f_6)

        f_7 = d.pop("items", UNSET)
        if f_7 is not UNSET:
            if type(f_7) is not list:
                if f_7 is not None:
                    raise SchemaMismatch(".items", "a list or null", f_7)

            else:
                items0 = []
                try:
                    for index0, item0 in enumerate(f_7):
                        if type(item0) is not dict and not isinstance(item0, Mapping):
                            raise SchemaMismatch(f"[{index0}]", "an object", item0)

                        else:
                            try:
                                item0 = OrderItemCreate.from_dict(item0)
                            except SchemaMismatch as error:
                                raise error.under(f"[{index0}]") from None

                        items0.append(item0)
                except SchemaMismatch as error:
                    raise error.under(".items") from None
                f_7 = items0

        f_8 = d.pop("metadata", UNSET)
        if f_8 is not UNSET:
            if type(f_8) is not dict and not isinstance(f_8, Mapping):
                if f_8 is not None:
                    raise SchemaMismatch(".metadata", "an object or null", f_8)

            else:
                try:
                    f_8 = Metadata.from_dict(f_8)
                except SchemaMismatch as error:
                    raise error.under(".metadata") from None

        f_9 = d.pop("referrer_id", UNSET)
        if f_9 is not UNSET:
            if type(f_9) is not str:
                if f_9 is not None:
                    raise SchemaMismatch(".referrer_id", "a string or null", f_9)

        f_10 = d.pop("customer", UNSET)
        if f_10 is not UNSET:
            if type(f_10) is not dict and not isinstance(f_10, Mapping):
                if f_10 is not None:
                    raise SchemaMismatch(".customer", "an object or null", f_10)

            else:
                try:
                    f_10 = CustomerUpsert.from_dict(f_10)
                except SchemaMismatch as error:
                    raise error.under(".customer") from None

        f_11 = d.pop("referrer", UNSET)
        if f_11 is not UNSET:
            if type(f_11) is not dict and not isinstance(f_11, Mapping):
                if f_11 is not None:
                    raise SchemaMismatch(".referrer", "an object or null", f_11)

            else:
                try:
                    f_11 = CustomerUpsert.from_dict(f_11)
                except SchemaMismatch as error:
                    raise error.under(".referrer") from None

        obj = cls(
            id=f_1,
            source_id=f_2,
            status=f_3,
            amount=f_4,
            initial_amount=f_5,
            discount_amount=f_6,
            items=f_7,
            metadata=f_8,
            referrer_id=f_9,
            customer=f_10,
            referrer=f_11,
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
