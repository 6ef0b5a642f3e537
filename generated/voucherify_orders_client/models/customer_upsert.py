from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_address import CustomerAddress
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CustomerUpsert")


@_attrs_define
class CustomerUpsert:
    """A customer (or referrer) as sent with an order. Voucherify creates it when it does not exist and updates it when it
    does; `id` wins over `source_id`.

    """

    id: str | Unset = UNSET
    source_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    birthday: datetime.date | Unset = UNSET
    """ Use `birthdate`. """
    birthdate: datetime.date | Unset = UNSET
    address: CustomerAddress | None | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    """ Free-form key/value data. Values may be strings, numbers, booleans, arrays or objects. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer_address import CustomerAddress  # noqa: PLC0415

        id = self.id

        source_id = self.source_id

        name = self.name

        description = self.description

        email = self.email

        phone = self.phone

        birthday: str | Unset = UNSET
        if not isinstance(self.birthday, Unset):
            birthday = self.birthday.isoformat()

        birthdate: str | Unset = UNSET
        if not isinstance(self.birthdate, Unset):
            birthdate = self.birthdate.isoformat()

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, CustomerAddress):
            address = self.address.to_dict()
        else:
            address = self.address

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if birthdate is not UNSET:
            field_dict["birthdate"] = birthdate
        if address is not UNSET:
            field_dict["address"] = address
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_address import CustomerAddress  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        source_id = d.pop("source_id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        _birthday = d.pop("birthday", UNSET)
        birthday: datetime.date | Unset
        if isinstance(_birthday, Unset):
            birthday = UNSET
        else:
            birthday = datetime.date.fromisoformat(_birthday)

        _birthdate = d.pop("birthdate", UNSET)
        birthdate: datetime.date | Unset
        if isinstance(_birthdate, Unset):
            birthdate = UNSET
        else:
            birthdate = datetime.date.fromisoformat(_birthdate)

        def _parse_address(data: object) -> CustomerAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_1 = CustomerAddress.from_dict(data)

                return address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerAddress | None | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        customer_upsert = cls(
            id=id,
            source_id=source_id,
            name=name,
            description=description,
            email=email,
            phone=phone,
            birthday=birthday,
            birthdate=birthdate,
            address=address,
            metadata=metadata,
        )

        customer_upsert.additional_properties = d
        return customer_upsert

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
