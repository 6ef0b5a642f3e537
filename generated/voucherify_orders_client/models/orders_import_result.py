from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.orders_import_failure import OrdersImportFailure
from ..types import UNSET, SchemaMismatch, Unset


@_attrs_define
class OrdersImportResult:
    """
    The `result` of an `ORDERS.IMPORT` async action.
    """

    message: str | Unset = UNSET
    done_count: int | Unset = UNSET
    """How many orders were imported."""
    failed_count: int | Unset = UNSET
    """How many orders were not."""
    failed: list[OrdersImportFailure] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not list, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: every value as it came, unset fields left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        v1 = self.message
        if not isinstance(v1, Unset):
            field_dict["message"] = v1
        v2 = self.done_count
        if not isinstance(v2, Unset):
            field_dict["done_count"] = v2
        v3 = self.failed_count
        if not isinstance(v3, Unset):
            field_dict["failed_count"] = v3
        v4 = self.failed
        if not isinstance(v4, Unset):
            field_dict["failed"] = [item0.to_dict() for item0 in v4]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """
        Read this object from JSON data. A value of the wrong type raises SchemaMismatch
        (a ValueError) naming its path; null in an optional field that is not nullable
        reads as absent; fields and enum values the spec does not list are kept.
        """
        d = dict(src_dict)
        f_1 = d.pop("message", UNSET)
        if f_1 is not UNSET:
            if type(f_1) is not str:
                if f_1 is not None:
                    raise SchemaMismatch(".message", "a string", f_1)
                f_1 = UNSET  # optional, not nullable: null means absent

        f_2 = d.pop("done_count", UNSET)
        if f_2 is not UNSET:
            if type(f_2) is not int:
                if f_2 is not None:
                    raise SchemaMismatch(".done_count", "an integer", f_2)
                f_2 = UNSET  # optional, not nullable: null means absent

        f_3 = d.pop("failed_count", UNSET)
        if f_3 is not UNSET:
            if type(f_3) is not int:
                if f_3 is not None:
                    raise SchemaMismatch(".failed_count", "an integer", f_3)
                f_3 = UNSET  # optional, not nullable: null means absent

        f_4 = d.pop("failed", UNSET)
        if f_4 is not UNSET:
            if type(f_4) is not list:
                if f_4 is not None:
                    raise SchemaMismatch(".failed", "a list", f_4)
                f_4 = UNSET  # optional, not nullable: null means absent

            else:
                items0 = []
                try:
                    for index0, item0 in enumerate(f_4):
                        if type(item0) is not dict and not isinstance(item0, Mapping):
                            raise SchemaMismatch(f"[{index0}]", "an object", item0)

                        else:
                            try:
                                item0 = OrdersImportFailure.from_dict(item0)
                            except SchemaMismatch as error:
                                raise error.under(f"[{index0}]") from None

                        items0.append(item0)
                except SchemaMismatch as error:
                    raise error.under(".failed") from None
                f_4 = items0

        obj = cls(
            message=f_1,
            done_count=f_2,
            failed_count=f_3,
            failed=f_4,
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
