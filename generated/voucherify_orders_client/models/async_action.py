from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.async_action_object import AsyncActionObject
from ..models.async_action_operation_status import AsyncActionOperationStatus
from ..models.async_action_result import AsyncActionResult
from ..models.async_action_status import AsyncActionStatus
from ..types import UNSET, SchemaMismatch, Timestamp, Unset, format_timestamp


@_attrs_define
class AsyncAction:
    """
    A background job. `result` appears once the job has finished; its shape depends on `type`. For `ORDERS.IMPORT`
        it is an OrdersImportResult; other types are kept as free-form objects.
    """

    id: str
    object_: AsyncActionObject
    type_: str | Unset = UNSET
    """What kind of job this is, such as `ORDERS.IMPORT`. Kept as text so new kinds never break parsing."""
    status: AsyncActionStatus | Unset = UNSET
    """Where a background job is. The server may add values; clients keep unknown ones."""
    operation_status: AsyncActionOperationStatus | Unset = UNSET
    result: AsyncActionResult | None | Unset = UNSET
    """The job's outcome; see OrdersImportResult for `ORDERS.IMPORT`."""
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    request_id: str | Unset = UNSET
    processing_time: int | Unset = UNSET
    """Milliseconds the job took."""
    progress: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not list, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: every value as it came, unset fields left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        v1 = self.id
        field_dict["id"] = v1
        v2 = self.object_
        field_dict["object"] = v2.value
        v3 = self.type_
        if not isinstance(v3, Unset):
            field_dict["type"] = v3
        v4 = self.status
        if not isinstance(v4, Unset):
            field_dict["status"] = v4.value
        v5 = self.operation_status
        if not isinstance(v5, Unset):
            field_dict["operation_status"] = v5.value
        v6 = self.result
        if v6 is None:
            field_dict["result"] = None
        elif not isinstance(v6, Unset):
            field_dict["result"] = None if v6 is None else v6.to_dict()
        v7 = self.created_at
        if not isinstance(v7, Unset):
            field_dict["created_at"] = format_timestamp(v7)
        v8 = self.updated_at
        if v8 is None:
            field_dict["updated_at"] = None
        elif not isinstance(v8, Unset):
            field_dict["updated_at"] = None if v8 is None else format_timestamp(v8)
        v9 = self.request_id
        if not isinstance(v9, Unset):
            field_dict["request_id"] = v9
        v10 = self.processing_time
        if not isinstance(v10, Unset):
            field_dict["processing_time"] = v10
        v11 = self.progress
        if not isinstance(v11, Unset):
            field_dict["progress"] = v11
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """
        Read this object from JSON data. A value of the wrong type raises SchemaMismatch
        (a ValueError) naming its path; null in an optional field that is not nullable
        reads as absent; fields and enum values the spec does not list are kept.
        An `object` other than "async_action" is another resource's JSON: SchemaMismatch.
        """
        get = src_dict.get
        known = 2  # how many keys of src_dict are fields (a required one is there, or it raised)
        f_id = get("id", UNSET)
        if type(f_id) is not str:
            raise SchemaMismatch(".id", "a string", f_id)

        f_object_ = get("object", UNSET)
        if type(f_object_) is not str:
            raise SchemaMismatch(".object", "a string", f_object_)

        elif f_object_ != "async_action":
            raise SchemaMismatch(".object", '"async_action"', f_object_)
        else:
            f_object_ = _AsyncActionObject_BY_VALUE.get(f_object_) or AsyncActionObject(f_object_)

        f_type_ = get("type")
        if f_type_ is None:
            f_type_ = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_type_) is not str:
                raise SchemaMismatch(".type", "a string", f_type_)

        f_status = get("status")
        if f_status is None:
            f_status = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_status) is not str:
                raise SchemaMismatch(".status", "a string", f_status)

            else:
                f_status = _AsyncActionStatus_BY_VALUE.get(f_status) or AsyncActionStatus(f_status)

        f_operation_status = get("operation_status")
        if f_operation_status is None:
            f_operation_status = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_operation_status) is not str:
                raise SchemaMismatch(".operation_status", "a string", f_operation_status)

            else:
                f_operation_status = _AsyncActionOperationStatus_BY_VALUE.get(
                    f_operation_status
                ) or AsyncActionOperationStatus(f_operation_status)

        f_result = get("result", UNSET)
        if f_result is not UNSET:
            known += 1
            if type(f_result) is not dict and not isinstance(f_result, Mapping):
                if f_result is not None:
                    raise SchemaMismatch(".result", "an object or null", f_result)

            else:
                try:
                    f_result = _AsyncActionResult_from_dict(f_result)
                except SchemaMismatch as error:
                    raise error.under(".result") from None

        f_created_at = get("created_at")
        if f_created_at is None:
            f_created_at = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_created_at) is not str:
                raise SchemaMismatch(".created_at", "an ISO 8601 date-time", f_created_at)

            else:
                try:
                    timestamp = Timestamp.fromisoformat(f_created_at)
                except ValueError:
                    raise SchemaMismatch(".created_at", "an ISO 8601 date-time", f_created_at) from None
                timestamp.text = f_created_at
                f_created_at = timestamp

        f_updated_at = get("updated_at", UNSET)
        if f_updated_at is not UNSET:
            known += 1
            if type(f_updated_at) is not str:
                if f_updated_at is not None:
                    raise SchemaMismatch(".updated_at", "an ISO 8601 date-time or null", f_updated_at)

            else:
                try:
                    timestamp = Timestamp.fromisoformat(f_updated_at)
                except ValueError:
                    raise SchemaMismatch(".updated_at", "an ISO 8601 date-time", f_updated_at) from None
                timestamp.text = f_updated_at
                f_updated_at = timestamp

        f_request_id = get("request_id")
        if f_request_id is None:
            f_request_id = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_request_id) is not str:
                raise SchemaMismatch(".request_id", "a string", f_request_id)

        f_processing_time = get("processing_time")
        if f_processing_time is None:
            f_processing_time = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_processing_time) is not int:
                raise SchemaMismatch(".processing_time", "an integer", f_processing_time)

        f_progress = get("progress")
        if f_progress is None:
            f_progress = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_progress) is not int:
                raise SchemaMismatch(".progress", "an integer", f_progress)

        # Built without calling __init__: every field (and additional_properties) is set here.
        obj = _new(cls)
        obj.id = f_id
        obj.object_ = f_object_
        obj.type_ = f_type_
        obj.status = f_status
        obj.operation_status = f_operation_status
        obj.result = f_result
        obj.created_at = f_created_at
        obj.updated_at = f_updated_at
        obj.request_id = f_request_id
        obj.processing_time = f_processing_time
        obj.progress = f_progress
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
        "type",
        "status",
        "operation_status",
        "result",
        "created_at",
        "updated_at",
        "request_id",
        "processing_time",
        "progress",
    )
)

_new = object.__new__
_AsyncActionResult_from_dict = AsyncActionResult.from_dict

# Each enum's members by value, for from_dict (an unknown value falls back to the constructor, which keeps it).
_AsyncActionObject_BY_VALUE = cast("dict[str, AsyncActionObject]", AsyncActionObject._value2member_map_)
_AsyncActionOperationStatus_BY_VALUE = cast(
    "dict[str, AsyncActionOperationStatus]", AsyncActionOperationStatus._value2member_map_
)
_AsyncActionStatus_BY_VALUE = cast("dict[str, AsyncActionStatus]", AsyncActionStatus._value2member_map_)
