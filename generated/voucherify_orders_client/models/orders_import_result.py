from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.orders_import_failure import OrdersImportFailure


T = TypeVar("T", bound="OrdersImportResult")


@_attrs_define
class OrdersImportResult:
    """The `result` of an `ORDERS.IMPORT` async action."""

    message: str | Unset = UNSET
    done_count: int | Unset = UNSET
    """ How many orders were imported. """
    failed_count: int | Unset = UNSET
    """ How many orders were not. """
    failed: list[OrdersImportFailure] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        done_count = self.done_count

        failed_count = self.failed_count

        failed: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failed, Unset):
            failed = []
            for failed_item_data in self.failed:
                failed_item = failed_item_data.to_dict()
                failed.append(failed_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if done_count is not UNSET:
            field_dict["done_count"] = done_count
        if failed_count is not UNSET:
            field_dict["failed_count"] = failed_count
        if failed is not UNSET:
            field_dict["failed"] = failed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.orders_import_failure import OrdersImportFailure  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message", UNSET)

        done_count = d.pop("done_count", UNSET)

        failed_count = d.pop("failed_count", UNSET)

        _failed = d.pop("failed", UNSET)
        failed: list[OrdersImportFailure] | Unset = UNSET
        if _failed is not UNSET:
            failed = []
            for failed_item_data in _failed:
                failed_item = OrdersImportFailure.from_dict(failed_item_data)

                failed.append(failed_item)

        orders_import_result = cls(
            message=message,
            done_count=done_count,
            failed_count=failed_count,
            failed=failed,
        )

        orders_import_result.additional_properties = d
        return orders_import_result

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
