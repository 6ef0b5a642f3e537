from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_address import CustomerAddress
from ..models.metadata import Metadata
from ..types import UNSET, Day, SchemaMismatch, Unset, format_timestamp


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

        f_name = get("name", UNSET)
        if f_name is not UNSET:
            known += 1
            if type(f_name) is not str:
                if f_name is not None:
                    raise SchemaMismatch(".name", "a string or null", f_name)

        f_description = get("description", UNSET)
        if f_description is not UNSET:
            known += 1
            if type(f_description) is not str:
                if f_description is not None:
                    raise SchemaMismatch(".description", "a string or null", f_description)

        f_email = get("email", UNSET)
        if f_email is not UNSET:
            known += 1
            if type(f_email) is not str:
                if f_email is not None:
                    raise SchemaMismatch(".email", "a string or null", f_email)

        f_phone = get("phone", UNSET)
        if f_phone is not UNSET:
            known += 1
            if type(f_phone) is not str:
                if f_phone is not None:
                    raise SchemaMismatch(".phone", "a string or null", f_phone)

        f_birthday = get("birthday", UNSET)
        if f_birthday is not UNSET:
            known += 1
            if type(f_birthday) is not str:
                if f_birthday is not None:
                    raise SchemaMismatch(".birthday", "an ISO 8601 date or null", f_birthday)

            else:
                try:
                    day = Day.fromisoformat(f_birthday)
                except ValueError:
                    raise SchemaMismatch(".birthday", "an ISO 8601 date", f_birthday) from None
                day.text = f_birthday
                f_birthday = day

        f_birthdate = get("birthdate", UNSET)
        if f_birthdate is not UNSET:
            known += 1
            if type(f_birthdate) is not str:
                if f_birthdate is not None:
                    raise SchemaMismatch(".birthdate", "an ISO 8601 date or null", f_birthdate)

            else:
                try:
                    day = Day.fromisoformat(f_birthdate)
                except ValueError:
                    raise SchemaMismatch(".birthdate", "an ISO 8601 date", f_birthdate) from None
                day.text = f_birthdate
                f_birthdate = day

        f_address = get("address", UNSET)
        if f_address is not UNSET:
            known += 1
            if type(f_address) is not dict and not isinstance(f_address, Mapping):
                if f_address is not None:
                    raise SchemaMismatch(".address", "an object or null", f_address)

            else:
                try:
                    f_address = _CustomerAddress_from_dict(f_address)
                except SchemaMismatch as error:
                    raise error.under(".address") from None

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

        # Built without calling __init__: every field (and additional_properties) is set here.
        obj = _new(cls)
        obj.id = f_id
        obj.source_id = f_source_id
        obj.name = f_name
        obj.description = f_description
        obj.email = f_email
        obj.phone = f_phone
        obj.birthday = f_birthday
        obj.birthdate = f_birthdate
        obj.address = f_address
        obj.metadata = f_metadata
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
        "name",
        "description",
        "email",
        "phone",
        "birthday",
        "birthdate",
        "address",
        "metadata",
    )
)

_new = object.__new__
_CustomerAddress_from_dict = CustomerAddress.from_dict
_Metadata_from_dict = Metadata.from_dict
