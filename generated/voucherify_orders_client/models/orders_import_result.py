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
        get = src_dict.get
        known = 0  # how many keys of src_dict are fields (a required one is there, or it raised)
        f_message = get("message")
        if f_message is None:
            f_message = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_message) is not str:
                raise SchemaMismatch(".message", "a string", f_message)

        f_done_count = get("done_count")
        if f_done_count is None:
            f_done_count = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_done_count) is not int:
                raise SchemaMismatch(".done_count", "an integer", f_done_count)

        f_failed_count = get("failed_count")
        if f_failed_count is None:
            f_failed_count = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_failed_count) is not int:
                raise SchemaMismatch(".failed_count", "an integer", f_failed_count)

        f_failed = get("failed")
        if f_failed is None:
            f_failed = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_failed) is not list:
                raise SchemaMismatch(".failed", "a list", f_failed)

            else:
                f_failed_list: list[Any] = []
                f_failed_list_append = f_failed_list.append
                try:
                    for index0, item0 in enumerate(f_failed):
                        if type(item0) is not dict and not isinstance(item0, Mapping):
                            raise SchemaMismatch(f"[{index0}]", "an object", item0)

                        else:
                            try:
                                item0 = _OrdersImportFailure_from_dict(item0)
                            except SchemaMismatch as error:
                                raise error.under(f"[{index0}]") from None

                        f_failed_list_append(item0)
                except SchemaMismatch as error:
                    raise error.under(".failed") from None
                f_failed = f_failed_list

        # Built without calling __init__: every field (and additional_properties) is set here.
        obj = _new(cls)
        obj.message = f_message
        obj.done_count = f_done_count
        obj.failed_count = f_failed_count
        obj.failed = f_failed
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
        "message",
        "done_count",
        "failed_count",
        "failed",
    )
)


_new = object.__new__
_OrdersImportFailure_from_dict = OrdersImportFailure.from_dict
