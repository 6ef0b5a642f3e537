from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

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
        get = src_dict.get
        known = 0  # how many keys of src_dict are fields (a required one is there, or it raised)
        f_id = get("id", UNSET)
        if f_id is not UNSET:
            known += 1
            if type(f_id) is not str:
                if f_id is not None:
                    raise SchemaMismatch(".id", "a string or null", f_id)

        f_source_id = get("source_id", UNSET)
        if f_source_id is not UNSET:
            known += 1
            if type(f_source_id) is not str:
                if f_source_id is not None:
                    raise SchemaMismatch(".source_id", "a string or null", f_source_id)

        f_status = get("status", UNSET)
        if f_status is not UNSET:
            known += 1
            if type(f_status) is not str:
                if f_status is not None:
                    raise SchemaMismatch(".status", "a string or null", f_status)

            else:
                f_status = _OrderStatus_BY_VALUE.get(f_status) or OrderStatus(f_status)

        f_amount = get("amount", UNSET)
        if f_amount is not UNSET:
            known += 1
            if type(f_amount) is not int:
                if f_amount is not None:
                    raise SchemaMismatch(".amount", "an integer or null", f_amount)

        f_initial_amount = get("initial_amount", UNSET)
        if f_initial_amount is not UNSET:
            known += 1
            if type(f_initial_amount) is not int:
                if f_initial_amount is not None:
                    raise SchemaMismatch(".initial_amount", "an integer or null", f_initial_amount)

        f_discount_amount = get("discount_amount", UNSET)
        if f_discount_amount is not UNSET:
            known += 1
            if type(f_discount_amount) is not int:
                if f_discount_amount is not None:
                    raise SchemaMismatch(".discount_amount", "an integer or null", f_discount_amount)

        f_items = get("items", UNSET)
        if f_items is not UNSET:
            known += 1
            if type(f_items) is not list:
                if f_items is not None:
                    raise SchemaMismatch(".items", "a list or null", f_items)

            else:
                f_items_list: list[Any] = []
                f_items_list_append = f_items_list.append
                try:
                    for index0, item0 in enumerate(f_items):
                        if type(item0) is not dict and not isinstance(item0, Mapping):
                            raise SchemaMismatch(f"[{index0}]", "an object", item0)

                        else:
                            try:
                                item0 = _OrderItemCreate_from_dict(item0)
                            except SchemaMismatch as error:
                                raise error.under(f"[{index0}]") from None

                        f_items_list_append(item0)
                except SchemaMismatch as error:
                    raise error.under(".items") from None
                f_items = f_items_list

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

        f_referrer_id = get("referrer_id", UNSET)
        if f_referrer_id is not UNSET:
            known += 1
            if type(f_referrer_id) is not str:
                if f_referrer_id is not None:
                    raise SchemaMismatch(".referrer_id", "a string or null", f_referrer_id)

        f_customer = get("customer", UNSET)
        if f_customer is not UNSET:
            known += 1
            if type(f_customer) is not dict and not isinstance(f_customer, Mapping):
                if f_customer is not None:
                    raise SchemaMismatch(".customer", "an object or null", f_customer)

            else:
                try:
                    f_customer = _CustomerUpsert_from_dict(f_customer)
                except SchemaMismatch as error:
                    raise error.under(".customer") from None

        f_referrer = get("referrer", UNSET)
        if f_referrer is not UNSET:
            known += 1
            if type(f_referrer) is not dict and not isinstance(f_referrer, Mapping):
                if f_referrer is not None:
                    raise SchemaMismatch(".referrer", "an object or null", f_referrer)

            else:
                try:
                    f_referrer = _CustomerUpsert_from_dict(f_referrer)
                except SchemaMismatch as error:
                    raise error.under(".referrer") from None

        # Built without calling __init__: every field (and additional_properties) is set here.
        obj = _new(cls)
        obj.id = f_id
        obj.source_id = f_source_id
        obj.status = f_status
        obj.amount = f_amount
        obj.initial_amount = f_initial_amount
        obj.discount_amount = f_discount_amount
        obj.items = f_items
        obj.metadata = f_metadata
        obj.referrer_id = f_referrer_id
        obj.customer = f_customer
        obj.referrer = f_referrer
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
        "source_id",
        "status",
        "amount",
        "initial_amount",
        "discount_amount",
        "items",
        "metadata",
        "referrer_id",
        "customer",
        "referrer",
    )
)


_new = object.__new__
_CustomerUpsert_from_dict = CustomerUpsert.from_dict
_Metadata_from_dict = Metadata.from_dict
_OrderItemCreate_from_dict = OrderItemCreate.from_dict


# Each enum's members by value, for from_dict (an unknown value falls back to the constructor, which keeps it).
_OrderStatus_BY_VALUE = cast("dict[str, OrderStatus]", OrderStatus._value2member_map_)
