from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_object import ExportObject
from ..models.export_status import ExportStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.export_parameters import ExportParameters
    from ..models.export_result import ExportResult


T = TypeVar("T", bound="Export")


@_attrs_define
class Export:
    """A CSV export and, once it is `DONE`, where to download it."""

    id: str
    object_: ExportObject
    status: ExportStatus
    """ Where an export is. The server may add values; clients keep unknown ones. """
    created_at: datetime.datetime | Unset = UNSET
    channel: str | Unset = UNSET
    """ `API` for exports created through the API. """
    exported_object: str | Unset = UNSET
    """ What was exported; `order` for order exports. """
    parameters: ExportParameters | Unset = UNSET
    """ The parameters an export was created with, as the server echoes them (it fills in defaults). Kept loose,
    because exports of other objects share this resource. """
    result: ExportResult | None | Unset = UNSET
    """ Null until the export is `DONE`. """
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.export_result import ExportResult  # noqa: PLC0415

        id = self.id

        object_ = self.object_.value

        status = self.status.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        channel = self.channel

        exported_object = self.exported_object

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, ExportResult):
            result = self.result.to_dict()
        else:
            result = self.result

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "status": status,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if channel is not UNSET:
            field_dict["channel"] = channel
        if exported_object is not UNSET:
            field_dict["exported_object"] = exported_object
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if result is not UNSET:
            field_dict["result"] = result
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.export_parameters import ExportParameters  # noqa: PLC0415
        from ..models.export_result import ExportResult  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = ExportObject(d.pop("object"))

        status = ExportStatus(d.pop("status"))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        channel = d.pop("channel", UNSET)

        exported_object = d.pop("exported_object", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: ExportParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = ExportParameters.from_dict(_parameters)

        def _parse_result(data: object) -> ExportResult | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = ExportResult.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExportResult | None | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        export = cls(
            id=id,
            object_=object_,
            status=status,
            created_at=created_at,
            channel=channel,
            exported_object=exported_object,
            parameters=parameters,
            result=result,
            user_id=user_id,
        )

        export.additional_properties = d
        return export

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
