from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.async_action_object import AsyncActionObject
from ..models.async_action_operation_status import AsyncActionOperationStatus
from ..models.async_action_status import AsyncActionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.async_action_result import AsyncActionResult


T = TypeVar("T", bound="AsyncAction")


@_attrs_define
class AsyncAction:
    """A background job. `result` appears once the job has finished; its shape depends on `type`. For `ORDERS.IMPORT` it is
    an OrdersImportResult; other types are kept as free-form objects.

    """

    id: str
    object_: AsyncActionObject
    type_: str | Unset = UNSET
    """ What kind of job this is, such as `ORDERS.IMPORT`. Kept as text so new kinds never break parsing. """
    status: AsyncActionStatus | Unset = UNSET
    """ Where a background job is. The server may add values; clients keep unknown ones. """
    operation_status: AsyncActionOperationStatus | Unset = UNSET
    result: AsyncActionResult | None | Unset = UNSET
    """ The job's outcome; see OrdersImportResult for `ORDERS.IMPORT`. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    request_id: str | Unset = UNSET
    processing_time: int | Unset = UNSET
    """ Milliseconds the job took. """
    progress: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.async_action_result import AsyncActionResult  # noqa: PLC0415

        id = self.id

        object_ = self.object_.value

        type_ = self.type_

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        operation_status: str | Unset = UNSET
        if not isinstance(self.operation_status, Unset):
            operation_status = self.operation_status.value

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, AsyncActionResult):
            result = self.result.to_dict()
        else:
            result = self.result

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        request_id = self.request_id

        processing_time = self.processing_time

        progress = self.progress

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if operation_status is not UNSET:
            field_dict["operation_status"] = operation_status
        if result is not UNSET:
            field_dict["result"] = result
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if processing_time is not UNSET:
            field_dict["processing_time"] = processing_time
        if progress is not UNSET:
            field_dict["progress"] = progress

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.async_action_result import AsyncActionResult  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = AsyncActionObject(d.pop("object"))

        type_ = d.pop("type", UNSET)

        _status = d.pop("status", UNSET)
        status: AsyncActionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AsyncActionStatus(_status)

        _operation_status = d.pop("operation_status", UNSET)
        operation_status: AsyncActionOperationStatus | Unset
        if isinstance(_operation_status, Unset):
            operation_status = UNSET
        else:
            operation_status = AsyncActionOperationStatus(_operation_status)

        def _parse_result(data: object) -> AsyncActionResult | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = AsyncActionResult.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AsyncActionResult | None | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        request_id = d.pop("request_id", UNSET)

        processing_time = d.pop("processing_time", UNSET)

        progress = d.pop("progress", UNSET)

        async_action = cls(
            id=id,
            object_=object_,
            type_=type_,
            status=status,
            operation_status=operation_status,
            result=result,
            created_at=created_at,
            updated_at=updated_at,
            request_id=request_id,
            processing_time=processing_time,
            progress=progress,
        )

        async_action.additional_properties = d
        return async_action

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
