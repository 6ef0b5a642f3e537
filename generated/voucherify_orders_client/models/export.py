from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_object import ExportObject
from ..models.export_parameters import ExportParameters
from ..models.export_result import ExportResult
from ..models.export_status import ExportStatus
from ..types import UNSET, SchemaMismatch, Unset, format_timestamp, parse_timestamp


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
        """
        d = dict(src_dict)
        f_1 = d.pop("id", UNSET)
        if type(f_1) is not str:
            raise SchemaMismatch(".id", "a string", f_1)

        f_2 = d.pop("object", UNSET)
        if type(f_2) is not str:
            raise SchemaMismatch(".object", "a string", f_2)

        else:
            f_2 = ExportObject.from_json(f_2)

        f_3 = d.pop("status", UNSET)
        if type(f_3) is not str:
            raise SchemaMismatch(".status", "a string", f_3)

        else:
            f_3 = ExportStatus.from_json(f_3)

        f_4 = d.pop("created_at", UNSET)
        if f_4 is not UNSET:
            if type(f_4) is not str:
                if f_4 is not None:
                    raise SchemaMismatch(".created_at", "an ISO 8601 date-time", f_4)
                f_4 = UNSET  # optional, not nullable: null means absent

            else:
                f_4 = parse_timestamp(f_4, ".created_at")

        f_5 = d.pop("channel", UNSET)
        if f_5 is not UNSET:
            if type(f_5) is not str:
                if f_5 is not None:
                    raise SchemaMismatch(".channel", "a string", f_5)
                f_5 = UNSET  # optional, not nullable: null means absent

        f_6 = d.pop("exported_object", UNSET)
        if f_6 is not UNSET:
            if type(f_6) is not str:
                if f_6 is not None:
                    raise SchemaMismatch(".exported_object", "a string", f_6)
                f_6 = UNSET  # optional, not nullable: null means absent

        f_7 = d.pop("parameters", UNSET)
        if f_7 is not UNSET:
            if type(f_7) is not dict and not isinstance(f_7, Mapping):
                if f_7 is not None:
                    raise SchemaMismatch(".parameters", "an object", f_7)
                f_7 = UNSET  # optional, not nullable: null means absent

            else:
                try:
                    f_7 = ExportParameters.from_dict(f_7)
                except SchemaMismatch as error:
                    raise error.under(".parameters") from None

        f_8 = d.pop("result", UNSET)
        if f_8 is not UNSET:
            if type(f_8) is not dict and not isinstance(f_8, Mapping):
                if f_8 is not None:
                    raise SchemaMismatch(".result", "an object or null", f_8)

            else:
                try:
                    f_8 = ExportResult.from_dict(f_8)
                except SchemaMismatch as error:
                    raise error.under(".result") from None

        f_9 = d.pop("user_id", UNSET)
        if f_9 is not UNSET:
            if type(f_9) is not str:
                if f_9 is not None:
                    raise SchemaMismatch(".user_id", "a string or null", f_9)

        obj = cls(
            id=f_1,
            object_=f_2,
            status=f_3,
            created_at=f_4,
            channel=f_5,
            exported_object=f_6,
            parameters=f_7,
            result=f_8,
            user_id=f_9,
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
