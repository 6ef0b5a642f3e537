from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.redemption_entry import RedemptionEntry
from ..types import SchemaMismatch


@_attrs_define
class OrderRedemptions:
    """
    The `OrderRedemptions` object of the spec.
    """

    additional_properties: dict[str, RedemptionEntry] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not list, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: every value as it came, unset fields left out."""
        field_dict: dict[str, Any] = {key: value.to_dict() for key, value in self.additional_properties.items()}
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """
        Read this object from JSON data. A value of the wrong type raises SchemaMismatch
        (a ValueError) naming its path; null in an optional field that is not nullable
        reads as absent; fields and enum values the spec does not list are kept.
        """
        known = 0  # how many keys of src_dict are fields (a required one is there, or it raised)
        # Built without calling __init__: every field (and additional_properties) is set here.
        obj = _new(cls)
        extra: dict[str, Any] = {}
        if len(src_dict) != known:
            for key, raw in src_dict.items():
                if key in _KNOWN_KEYS:
                    continue
                if type(raw) is not dict and not isinstance(raw, Mapping):
                    raise SchemaMismatch("." + key, "an object", raw)

                else:
                    try:
                        value = _RedemptionEntry_from_dict(raw)
                    except SchemaMismatch as error:
                        raise error.under("." + key) from None

                extra[key] = value
        obj.additional_properties = extra
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


_KNOWN_KEYS: frozenset[str] = frozenset(())

_new = object.__new__
_RedemptionEntry_from_dict = RedemptionEntry.from_dict
