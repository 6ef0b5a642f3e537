from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, SchemaMismatch, Unset


@_attrs_define
class CustomerAddress:
    """
    The `CustomerAddress` object of the spec.
    """

    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    line_1: None | str | Unset = UNSET
    line_2: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not list, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: every value as it came, unset fields left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        v1 = self.city
        if v1 is None:
            field_dict["city"] = None
        elif not isinstance(v1, Unset):
            field_dict["city"] = v1
        v2 = self.state
        if v2 is None:
            field_dict["state"] = None
        elif not isinstance(v2, Unset):
            field_dict["state"] = v2
        v3 = self.line_1
        if v3 is None:
            field_dict["line_1"] = None
        elif not isinstance(v3, Unset):
            field_dict["line_1"] = v3
        v4 = self.line_2
        if v4 is None:
            field_dict["line_2"] = None
        elif not isinstance(v4, Unset):
            field_dict["line_2"] = v4
        v5 = self.country
        if v5 is None:
            field_dict["country"] = None
        elif not isinstance(v5, Unset):
            field_dict["country"] = v5
        v6 = self.postal_code
        if v6 is None:
            field_dict["postal_code"] = None
        elif not isinstance(v6, Unset):
            field_dict["postal_code"] = v6
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
        f_city = get("city", UNSET)
        if f_city is not UNSET:
            known += 1
            if type(f_city) is not str:
                if f_city is not None:
                    raise SchemaMismatch(".city", "a string or null", f_city)

        f_state = get("state", UNSET)
        if f_state is not UNSET:
            known += 1
            if type(f_state) is not str:
                if f_state is not None:
                    raise SchemaMismatch(".state", "a string or null", f_state)

        f_line_1 = get("line_1", UNSET)
        if f_line_1 is not UNSET:
            known += 1
            if type(f_line_1) is not str:
                if f_line_1 is not None:
                    raise SchemaMismatch(".line_1", "a string or null", f_line_1)

        f_line_2 = get("line_2", UNSET)
        if f_line_2 is not UNSET:
            known += 1
            if type(f_line_2) is not str:
                if f_line_2 is not None:
                    raise SchemaMismatch(".line_2", "a string or null", f_line_2)

        f_country = get("country", UNSET)
        if f_country is not UNSET:
            known += 1
            if type(f_country) is not str:
                if f_country is not None:
                    raise SchemaMismatch(".country", "a string or null", f_country)

        f_postal_code = get("postal_code", UNSET)
        if f_postal_code is not UNSET:
            known += 1
            if type(f_postal_code) is not str:
                if f_postal_code is not None:
                    raise SchemaMismatch(".postal_code", "a string or null", f_postal_code)

        # Built without calling __init__: every field (and additional_properties) is set here.
        obj = _new(cls)
        obj.city = f_city
        obj.state = f_state
        obj.line_1 = f_line_1
        obj.line_2 = f_line_2
        obj.country = f_country
        obj.postal_code = f_postal_code
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
        "city",
        "state",
        "line_1",
        "line_2",
        "country",
        "postal_code",
    )
)

_new = object.__new__
