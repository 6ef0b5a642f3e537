from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_address import CustomerAddress
from ..models.metadata import Metadata
from ..types import UNSET, SchemaMismatch, Unset, format_timestamp, parse_day, to_json_value


@_attrs_define
class CustomerUpsert:
    """
    A customer (or referrer) as sent with an order. Voucherify creates it when it does not exist and updates it when
        it does; `id` wins over `source_id`.
    """

    id: str | Unset = UNSET
    source_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    birthday: datetime.date | Unset = UNSET
    """Use `birthdate`."""
    birthdate: datetime.date | Unset = UNSET
    address: CustomerAddress | None | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    """Free-form key/value data. Values may be strings, numbers, booleans, arrays or objects."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not list, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: every value as it came, unset fields left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        v1 = self.id
        if not isinstance(v1, Unset):
            field_dict["id"] = v1
        v2 = self.source_id
        if not isinstance(v2, Unset):
            field_dict["source_id"] = v2
        v3 = self.name
        if not isinstance(v3, Unset):
            field_dict["name"] = v3
        v4 = self.description
        if not isinstance(v4, Unset):
            field_dict["description"] = v4
        v5 = self.email
        if not isinstance(v5, Unset):
            field_dict["email"] = v5
        v6 = self.phone
        if not isinstance(v6, Unset):
            field_dict["phone"] = v6
        v7 = self.birthday
        if not isinstance(v7, Unset):
            field_dict["birthday"] = format_timestamp(v7)
        v8 = self.birthdate
        if not isinstance(v8, Unset):
            field_dict["birthdate"] = format_timestamp(v8)
        v9 = self.address
        if v9 is None:
            field_dict["address"] = None
        elif not isinstance(v9, Unset):
            field_dict["address"] = to_json_value(v9)
        v10 = self.metadata
        if not isinstance(v10, Unset):
            field_dict["metadata"] = v10.to_dict()
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
                    raise SchemaMismatch(".id", "a string", f_1)
                f_1 = UNSET  # optional, not nullable: null means absent

        f_2 = d.pop("source_id", UNSET)
        if f_2 is not UNSET:
            if type(f_2) is not str:
                if f_2 is not None:
                    raise SchemaMismatch(".source_id", "a string", f_2)
                f_2 = UNSET  # optional, not nullable: null means absent

        f_3 = d.pop("name", UNSET)
        if f_3 is not UNSET:
            if type(f_3) is not str:
                if f_3 is not None:
                    raise SchemaMismatch(".name", "a string", f_3)
                f_3 = UNSET  # optional, not nullable: null means absent

        f_4 = d.pop("description", UNSET)
        if f_4 is not UNSET:
            if type(f_4) is not str:
                if f_4 is not None:
                    raise SchemaMismatch(".description", "a string", f_4)
                f_4 = UNSET  # optional, not nullable: null means absent

        f_5 = d.pop("email", UNSET)
        if f_5 is not UNSET:
            if type(f_5) is not str:
                if f_5 is not None:
                    raise SchemaMismatch(".email", "a string", f_5)
                f_5 = UNSET  # optional, not nullable: null means absent

        f_6 = d.pop("phone", UNSET)
        if f_6 is not UNSET:
            if type(f_6) is not str:
                if f_6 is not None:
                    raise SchemaMismatch(".phone", "a string", f_6)
                f_6 = UNSET  # optional, not nullable: null means absent

        f_7 = d.pop("birthday", UNSET)
        if f_7 is not UNSET:
            if type(f_7) is not str:
                if f_7 is not None:
                    raise SchemaMismatch(".birthday", "an ISO 8601 date", f_7)
                f_7 = UNSET  # optional, not nullable: null means absent

            else:
                f_7 = parse_day(f_7, ".birthday")

        f_8 = d.pop("birthdate", UNSET)
        if f_8 is not UNSET:
            if type(f_8) is not str:
                if f_8 is not None:
                    raise SchemaMismatch(".birthdate", "an ISO 8601 date", f_8)
                f_8 = UNSET  # optional, not nullable: null means absent

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
                    raise SchemaMismatch(".metadata", "an object", f_10)
                f_10 = UNSET  # optional, not nullable: null means absent

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
