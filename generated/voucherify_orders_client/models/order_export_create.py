from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_export_parameters import OrderExportParameters
from ..types import UNSET, SchemaMismatch, Unset


@_attrs_define
class OrderExportCreate:
    """
    What to export. Every part is optional.
    """

    parameters: None | OrderExportParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not list, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: every value as it came, unset fields left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        v1 = self.parameters
        if v1 is None:
            field_dict["parameters"] = None
        elif not isinstance(v1, Unset):
            field_dict["parameters"] = None if v1 is None else v1.to_dict()
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
        f_parameters = get("parameters", UNSET)
        if f_parameters is not UNSET:
            known += 1
            if type(f_parameters) is not dict and not isinstance(f_parameters, Mapping):
                if f_parameters is not None:
                    raise SchemaMismatch(".parameters", "an object or null", f_parameters)

            else:
                try:
                    f_parameters = _OrderExportParameters_from_dict(f_parameters)
                except SchemaMismatch as error:
                    raise error.under(".parameters") from None

        # Built without calling __init__: every field (and additional_properties) is set here.
        obj = _new(cls)
        obj.parameters = f_parameters
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


_KNOWN_KEYS: frozenset[str] = frozenset(("parameters",))

_new = object.__new__
_OrderExportParameters_from_dict = OrderExportParameters.from_dict
