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
        get = src_dict.get
        known = 2  # how many keys of src_dict are fields (a required one is there, or it raised)
        f_code = get("code", UNSET)
        if type(f_code) is not int:
            raise SchemaMismatch(".code", "an integer", f_code)

        f_message = get("message", UNSET)
        if type(f_message) is not str:
            raise SchemaMismatch(".message", "a string", f_message)

        f_key = get("key")
        if f_key is None:
            f_key = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_key) is not str:
                raise SchemaMismatch(".key", "a string", f_key)

        f_details = get("details")
        if f_details is None:
            f_details = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_details) is not str:
                raise SchemaMismatch(".details", "a string", f_details)

        f_request_id = get("request_id")
        if f_request_id is None:
            f_request_id = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_request_id) is not str:
                raise SchemaMismatch(".request_id", "a string", f_request_id)

        f_resource_id = get("resource_id")
        if f_resource_id is None:
            f_resource_id = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_resource_id) is not str:
                raise SchemaMismatch(".resource_id", "a string", f_resource_id)

        f_resource_type = get("resource_type")
        if f_resource_type is None:
            f_resource_type = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_resource_type) is not str:
                raise SchemaMismatch(".resource_type", "a string", f_resource_type)

        # Built without calling __init__: every field (and additional_properties) is set here.
        obj = _new(cls)
        obj.code = f_code
        obj.message = f_message
        obj.key = f_key
        obj.details = f_details
        obj.request_id = f_request_id
        obj.resource_id = f_resource_id
        obj.resource_type = f_resource_type
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
        "code",
        "message",
        "key",
        "details",
        "request_id",
        "resource_id",
        "resource_type",
    )
)

_new = object.__new__
