from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_address import CustomerAddress
from ..models.metadata import Metadata
from ..types import UNSET, SchemaMismatch, Unset, format_timestamp, parse_day


@_attrs_define
class CustomerUpsert:
    """
    A customer (or referrer) as sent with an order. Voucherify creates it when it does not exist and updates it when
        it does; `id` wins over `source_id`.
    """

    id: None | str | Unset = UNSET
    source_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    birthday: datetime.date | None | Unset = UNSET
    """Use `birthdate`."""
    birthdate: datetime.date | None | Unset = UNSET
    address: CustomerAddress | None | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
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
        v3 = self.name
        if v3 is None:
            field_dict["name"] = None
        elif not isinstance(v3, Unset):
            field_dict["name"] = v3
        v4 = self.description
        if v4 is None:
            field_dict["description"] = None
        elif not isinstance(v4, Unset):
            field_dict["description"] = v4
        v5 = self.email
        if v5 is None:
            field_dict["email"] = None
        elif not isinstance(v5, Unset):
            field_dict["email"] = v5
        v6 = self.phone
        if v6 is None:
            field_dict["phone"] = None
        elif not isinstance(v6, Unset):
            field_dict["phone"] = v6
        v7 = self.birthday
        if v7 is None:
            field_dict["birthday"] = None
        elif not isinstance(v7, Unset):
            field_dict["birthday"] = None if v7 is None else format_timestamp(v7)
        v8 = self.birthdate
        if v8 is None:
            field_dict["birthdate"] = None
        elif not isinstance(v8, Unset):
            field_dict["birthdate"] = None if v8 is None else format_timestamp(v8)
        v9 = self.address
        if v9 is None:
            field_dict["address"] = None
        elif not isinstance(v9, Unset):
            field_dict["address"] = None if v9 is None else v9.to_dict()
        v10 = self.metadata
        if v10 is None:
            field_dict["metadata"] = None
        elif not isinstance(v10, Unset):
            field_dict["metadata"] = None if v10 is None else v10.to_dict()
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

        f_3 = d.pop("name", UNSET)
        if f_3 is not UNSET:
            if type(f_3) is not str:
                if f_3 is not None:
                    raise SchemaMismatch(".name", "a string or null", f_3)

        f_4 = d.pop("description", UNSET)
        if f_4 is not UNSET:
            if type(f_4) is not str:
                if f_4 is not None:
                    raise SchemaMismatch(".description", "a string or null", f_4)

        f_5 = d.pop("email", UNSET)
        if f_5 is not UNSET:
            if type(f_5) is not str:
                if f_5 is not None:
                    raise SchemaMismatch(".email", "a string or null", f_5)

        f_6 = d.pop("phone", UNSET)
        if f_6 is not UNSET:
            if type(f_6) is not str:
                if f_6 is not None:
                    raise SchemaMismatch(".phone", "a string or null", f_6)

        f_7 = d.pop("birthday", UNSET)
        if f_7 is not UNSET:
            if type(f_7) is not str:
                if f_7 is not None:
                    raise SchemaMismatch(".birthday", "an ISO 8601 date or null", f_7)

            else:
                f_7 = parse_day(f_7, ".birthday")

        f_8 = d.pop("birthdate", UNSET)
        if f_8 is not UNSET:
            if type(f_8) is not str:
                if f_8 is not None:
                    raise SchemaMismatch(".birthdate", "an ISO 8601 date or null", f_8)

            else:
                f_8 = parse_day(f_8, ".birthdate")

        f_9 = d.pop("address", UNSET)
        if f_9 is not UNSET:
            if type(f_9) is not dict and not isinstance(f_9, Mapping):
                if f_9 is not None:
                    raise SchemaMismatch(".address", "an object or null", f_9)

            else:
                try:
                    f_9 = CustomerAddress.from_dict(f_9)
                except SchemaMismatch as error:
                    raise error.under(".address") from None

        f_10 = d.pop("metadata", UNSET)
        if f_10 is not UNSET:
            if type(f_10) is not dict and not isinstance(f_10, Mapping):
                if f_10 is not None:
                    raise SchemaMismatch(".metadata", "an object or null", f_10)

            else:
                try:
                    f_10 = Metadata.from_dict(f_10)
                except SchemaMismatch as error:
                    raise error.under(".metadata") from None

        obj = cls(
            id=f_1,
            source_id=f_2,
            name=f_3,
            description=f_4,
            email=f_5,
            phone=f_6,
            birthday=f_7,
            birthdate=f_8,
            address=f_9,
            metadata=f_10,
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
