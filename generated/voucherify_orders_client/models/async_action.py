from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.async_action_object import AsyncActionObject
from ..models.async_action_operation_status import AsyncActionOperationStatus
from ..models.async_action_result import AsyncActionResult
from ..models.async_action_status import AsyncActionStatus
from ..types import UNSET, SchemaMismatch, Unset, format_timestamp, parse_timestamp


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
        """
        d = dict(src_dict)
        f_1 = d.pop("id", UNSET)
        if type(f_1) is not str:
            raise SchemaMismatch(".id", "a string", f_1)

        f_2 = d.pop("object", UNSET)
        if type(f_2) is not str:
            raise SchemaMismatch(".object", "a string", f_2)

        else:
            f_2 = AsyncActionObject.from_json(f_2)

        f_3 = d.pop("type", UNSET)
        if f_3 is not UNSET:
            if type(f_3) is not str:
                if f_3 is not None:
                    raise SchemaMismatch(".type", "a string", f_3)
                f_3 = UNSET  # optional, not nullable: null means absent

        f_4 = d.pop("status", UNSET)
        if f_4 is not UNSET:
            if type(f_4) is not str:
                if f_4 is not None:
                    raise SchemaMismatch(".status", "a string", f_4)
                f_4 = UNSET  # optional, not nullable: null means absent

            else:
                f_4 = AsyncActionStatus.from_json(f_4)

        f_5 = d.pop("operation_status", UNSET)
        if f_5 is not UNSET:
            if type(f_5) is not str:
                if f_5 is not None:
                    raise SchemaMismatch(".operation_status", "a string", f_5)
                f_5 = UNSET  # optional, not nullable: null means absent

            else:
                f_5 = AsyncActionOperationStatus.from_json(f_5)

        f_6 = d.pop("result", UNSET)
        if f_6 is not UNSET:
            if type(f_6) is not dict and not isinstance(f_6, Mapping):
                if f_6 is not None:
                    raise SchemaMismatch(".result", "an object or null", f_6)

            else:
                try:
                    f_6 = AsyncActionResult.from_dict(f_6)
                except SchemaMismatch as error:
                    raise error.under(".result") from None

        f_7 = d.pop("created_at", UNSET)
        if f_7 is not UNSET:
            if type(f_7) is not str:
                if f_7 is not None:
                    raise SchemaMismatch(".created_at", "an ISO 8601 date-time", f_7)
                f_7 = UNSET  # optional, not nullable: null means absent

            else:
                f_7 = parse_timestamp(f_7, ".created_at")

        f_8 = d.pop("updated_at", UNSET)
        if f_8 is not UNSET:
            if type(f_8) is not str:
                if f_8 is not None:
                    raise SchemaMismatch(".updated_at", "an ISO 8601 date-time or null", f_8)

            else:
                f_8 = parse_timestamp(f_8, ".updated_at")

        f_9 = d.pop("request_id", UNSET)
        if f_9 is not UNSET:
            if type(f_9) is not str:
                if f_9 is not None:
                    raise SchemaMismatch(".request_id", "a string", f_9)
                f_9 = UNSET  # optional, not nullable: null means absent

        f_10 = d.pop("processing_time", UNSET)
        if f_10 is not UNSET:
            if type(f_10) is not int:
                if f_10 is not None:
                    raise SchemaMismatch(".processing_time", "an integer", f_10)
                f_10 = UNSET  # optional, not nullable: null means absent

        f_11 = d.pop("progress", UNSET)
        if f_11 is not UNSET:
            if type(f_11) is not int:
                if f_11 is not None:
                    raise SchemaMismatch(".progress", "an integer", f_11)
                f_11 = UNSET  # optional, not nullable: null means absent

        obj = cls(
            id=f_1,
            object_=f_2,
            type_=f_3,
            status=f_4,
            operation_status=f_5,
            result=f_6,
            created_at=f_7,
            updated_at=f_8,
            request_id=f_9,
            processing_time=f_10,
            progress=f_11,
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
