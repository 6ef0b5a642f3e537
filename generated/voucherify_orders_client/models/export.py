from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_object import ExportObject
from ..models.export_parameters import ExportParameters
from ..models.export_result import ExportResult
from ..models.export_status import ExportStatus
from ..types import UNSET, SchemaMismatch, Timestamp, Unset, format_timestamp


@_attrs_define
class Export:
    """
    A CSV export and, once it is `DONE`, where to download it.
    """

    id: str
    object_: ExportObject
    status: ExportStatus
    """Where an export is. The server may add values; clients keep unknown ones."""
    created_at: datetime.datetime | Unset = UNSET
    channel: str | Unset = UNSET
    """`API` for exports created through the API."""
    exported_object: str | Unset = UNSET
    """What was exported; `order` for order exports."""
    parameters: ExportParameters | Unset = UNSET
    """The parameters an export was created with, as the server echoes them (it fills in defaults). Kept loose,
    because exports of other objects share this resource."""
    result: ExportResult | None | Unset = UNSET
    """Null until the export is `DONE`."""
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not list, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: every value as it came, unset fields left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        v1 = self.id
        field_dict["id"] = v1
        v2 = self.object_
        field_dict["object"] = v2.value
        v3 = self.status
        field_dict["status"] = v3.value
        v4 = self.created_at
        if not isinstance(v4, Unset):
            field_dict["created_at"] = format_timestamp(v4)
        v5 = self.channel
        if not isinstance(v5, Unset):
            field_dict["channel"] = v5
        v6 = self.exported_object
        if not isinstance(v6, Unset):
            field_dict["exported_object"] = v6
        v7 = self.parameters
        if not isinstance(v7, Unset):
            field_dict["parameters"] = v7.to_dict()
        v8 = self.result
        if v8 is None:
            field_dict["result"] = None
        elif not isinstance(v8, Unset):
            field_dict["result"] = None if v8 is None else v8.to_dict()
        v9 = self.user_id
        if v9 is None:
            field_dict["user_id"] = None
        elif not isinstance(v9, Unset):
            field_dict["user_id"] = v9
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """
        Read this object from JSON data. A value of the wrong type raises SchemaMismatch
        (a ValueError) naming its path; null in an optional field that is not nullable
        reads as absent; fields and enum values the spec does not list are kept.
        An `object` other than "export" is another resource's JSON: SchemaMismatch.
        """
        get = src_dict.get
        known = 3  # how many keys of src_dict are fields (a required one is there, or it raised)
        f_id = get("id", UNSET)
        if type(f_id) is not str:
            raise SchemaMismatch(".id", "a string", f_id)

        f_object_ = get("object", UNSET)
        if type(f_object_) is not str:
            raise SchemaMismatch(".object", "a string", f_object_)

        elif f_object_ != "export":
            raise SchemaMismatch(".object", '"export"', f_object_)
        else:
            f_object_ = _ExportObject_BY_VALUE.get(f_object_) or ExportObject(f_object_)

        f_status = get("status", UNSET)
        if type(f_status) is not str:
            raise SchemaMismatch(".status", "a string", f_status)

        else:
            f_status = _ExportStatus_BY_VALUE.get(f_status) or ExportStatus(f_status)

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

        f_channel = get("channel")
        if f_channel is None:
            f_channel = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_channel) is not str:
                raise SchemaMismatch(".channel", "a string", f_channel)

        f_exported_object = get("exported_object")
        if f_exported_object is None:
            f_exported_object = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_exported_object) is not str:
                raise SchemaMismatch(".exported_object", "a string", f_exported_object)

        f_parameters = get("parameters")
        if f_parameters is None:
            f_parameters = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            known += 1
            if type(f_parameters) is not dict and not isinstance(f_parameters, Mapping):
                raise SchemaMismatch(".parameters", "an object", f_parameters)

            else:
                try:
                    f_parameters = _ExportParameters_from_dict(f_parameters)
                except SchemaMismatch as error:
                    raise error.under(".parameters") from None

        f_result = get("result", UNSET)
        if f_result is not UNSET:
            known += 1
            if type(f_result) is not dict and not isinstance(f_result, Mapping):
                if f_result is not None:
                    raise SchemaMismatch(".result", "an object or null", f_result)

            else:
                try:
                    f_result = _ExportResult_from_dict(f_result)
                except SchemaMismatch as error:
                    raise error.under(".result") from None

        f_user_id = get("user_id", UNSET)
        if f_user_id is not UNSET:
            known += 1
            if type(f_user_id) is not str:
                if f_user_id is not None:
                    raise SchemaMismatch(".user_id", "a string or null", f_user_id)

        # Built without calling __init__: every field (and additional_properties) is set here.
        obj = _new(cls)
        obj.id = f_id
        obj.object_ = f_object_
        obj.status = f_status
        obj.created_at = f_created_at
        obj.channel = f_channel
        obj.exported_object = f_exported_object
        obj.parameters = f_parameters
        obj.result = f_result
        obj.user_id = f_user_id
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
        "status",
        "created_at",
        "channel",
        "exported_object",
        "parameters",
        "result",
        "user_id",
    )
)

_new = object.__new__
_ExportParameters_from_dict = ExportParameters.from_dict
_ExportResult_from_dict = ExportResult.from_dict

# Each enum's members by value, for from_dict (an unknown value falls back to the constructor, which keeps it).
_ExportObject_BY_VALUE = cast("dict[str, ExportObject]", ExportObject._value2member_map_)
_ExportStatus_BY_VALUE = cast("dict[str, ExportStatus]", ExportStatus._value2member_map_)
