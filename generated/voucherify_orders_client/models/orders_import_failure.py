from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, SchemaMismatch, Unset


@_attrs_define
class OrdersImportFailure:
    """
    One order an import could not store, and why.
    """

    source_id: None | str | Unset = UNSET
    """The failed order's source_id; null when the order had none."""
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not list, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: every value as it came, unset fields left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        v1 = self.source_id
        if v1 is None:
            field_dict["source_id"] = None
        elif not isinstance(v1, Unset):
            field_dict["source_id"] = v1
        v2 = self.reason
        if not isinstance(v2, Unset):
            field_dict["reason"] = v2
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
        f_source_id = get("source_id", UNSET)
        if f_source_id is not UNSET:
            known += 1
            if type(f_source_id) is not str:
                if f_source_id is not None:
                    raise SchemaMismatch(".source_id", "a string or null", f_source_id)

        f_reason = get("reason")
        if f_reason is None:
            f_reason = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_reason) is not str:
                raise SchemaMismatch(".reason", "a string", f_reason)

        # Built without calling __init__: every field (and additional_properties) is set here.
        obj = _new(cls)
        obj.source_id = f_source_id
        obj.reason = f_reason
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
        "source_id",
        "reason",
    )
)

_new = object.__new__
