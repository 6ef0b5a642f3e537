from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, SchemaMismatch, Unset


@_attrs_define
class Error:
    """
    How Voucherify describes a failed call.
    """

    code: int
    """The HTTP status again."""
    message: str
    """A short human-readable summary."""
    key: str | Unset = UNSET
    """A stable, machine-readable name of the failure, such as `not_found`."""
    details: str | Unset = UNSET
    """What exactly was wrong, often naming a field."""
    request_id: str | Unset = UNSET
    """Voucherify's id of the failed request; quote it to support."""
    resource_id: str | Unset = UNSET
    """The id that was looked up, for `not_found`."""
    resource_type: str | Unset = UNSET
    """The kind of resource looked up, such as `order` or `export`."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not list, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: every value as it came, unset fields left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        v1 = self.code
        field_dict["code"] = v1
        v2 = self.message
        field_dict["message"] = v2
        v3 = self.key
        if not isinstance(v3, Unset):
            field_dict["key"] = v3
        v4 = self.details
        if not isinstance(v4, Unset):
            field_dict["details"] = v4
        v5 = self.request_id
        if not isinstance(v5, Unset):
            field_dict["request_id"] = v5
        v6 = self.resource_id
        if not isinstance(v6, Unset):
            field_dict["resource_id"] = v6
        v7 = self.resource_type
        if not isinstance(v7, Unset):
            field_dict["resource_type"] = v7
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """
        Read this object from JSON data. A value of the wrong type raises SchemaMismatch
        (a ValueError) naming its path; null in an optional field that is not nullable
        reads as absent; fields and enum values the spec does not list are kept.
        """
        d = dict(src_dict)
        f_1 = d.pop("code", UNSET)
        if type(f_1) is not int:
            raise SchemaMismatch(".code", "an integer", f_1)

        f_2 = d.pop("message", UNSET)
        if type(f_2) is not str:
            raise SchemaMismatch(".message", "a string", f_2)

        f_3 = d.pop("key", UNSET)
        if f_3 is not UNSET:
            if type(f_3) is not str:
                if f_3 is not None:
                    raise SchemaMismatch(".key", "a string", f_3)
                f_3 = UNSET  # optional, not nullable: null means absent

        f_4 = d.pop("details", UNSET)
        if f_4 is not UNSET:
            if type(f_4) is not str:
                if f_4 is not None:
                    raise SchemaMismatch(".details", "a string", f_4)
                f_4 = UNSET  # optional, not nullable: null means absent

        f_5 = d.pop("request_id", UNSET)
        if f_5 is not UNSET:
            if type(f_5) is not str:
                if f_5 is not None:
                    raise SchemaMismatch(".request_id", "a string", f_5)
                f_5 = UNSET  # optional, not nullable: null means absent

        f_6 = d.pop("resource_id", UNSET)
        if f_6 is not UNSET:
            if type(f_6) is not str:
                if f_6 is not None:
                    raise SchemaMismatch(".resource_id", "a string", f_6)
                f_6 = UNSET  # optional, not nullable: null means absent

        f_7 = d.pop("resource_type", UNSET)
        if f_7 is not UNSET:
            if type(f_7) is not str:
                if f_7 is not None:
                    raise SchemaMismatch(".resource_type", "a string", f_7)
                f_7 = UNSET  # optional, not nullable: null means absent

        obj = cls(
            code=f_1,
            message=f_2,
            key=f_3,
            details=f_4,
            request_id=f_5,
            resource_id=f_6,
            resource_type=f_7,
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
