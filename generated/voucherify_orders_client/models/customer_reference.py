from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_reference_object import CustomerReferenceObject
from ..types import UNSET, SchemaMismatch


@_attrs_define
class CustomerReference:
    """
    How a stored order points at its customer or referrer.
    """

    id: str
    object_: CustomerReferenceObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not list, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: every value as it came, unset fields left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        v1 = self.id
        field_dict["id"] = v1
        v2 = self.object_
        field_dict["object"] = v2.value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """
        Read this object from JSON data. A value of the wrong type raises SchemaMismatch
        (a ValueError) naming its path; null in an optional field that is not nullable
        reads as absent; fields and enum values the spec does not list are kept.
        An `object` other than "customer" is another resource's JSON: SchemaMismatch.
        """
        get = src_dict.get
        known = 2  # how many keys of src_dict are fields (a required one is there, or it raised)
        f_id = get("id", UNSET)
        if type(f_id) is not str:
            raise SchemaMismatch(".id", "a string", f_id)

        f_object_ = get("object", UNSET)
        if type(f_object_) is not str:
            raise SchemaMismatch(".object", "a string", f_object_)

        elif f_object_ != "customer":
            raise SchemaMismatch(".object", '"customer"', f_object_)
        else:
            f_object_ = _CustomerReferenceObject_BY_VALUE.get(f_object_) or CustomerReferenceObject(f_object_)

        # Built without calling __init__: every field (and additional_properties) is set here.
        obj = _new(cls)
        obj.id = f_id
        obj.object_ = f_object_
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
    )
)

_new = object.__new__

# Each enum's members by value, for from_dict (an unknown value falls back to the constructor, which keeps it).
_CustomerReferenceObject_BY_VALUE = cast(
    "dict[str, CustomerReferenceObject]", CustomerReferenceObject._value2member_map_
)
