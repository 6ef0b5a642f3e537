from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DateFilterConditions")


@_attrs_define
class DateFilterConditions:
    after: datetime.datetime | Unset = UNSET
    before: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        after: str | Unset = UNSET
        if not isinstance(self.after, Unset):
            after = self.after.isoformat()

        before: str | Unset = UNSET
        if not isinstance(self.before, Unset):
            before = self.before.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if after is not UNSET:
            field_dict["$after"] = after
        if before is not UNSET:
            field_dict["$before"] = before

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _after = d.pop("$after", UNSET)
        after: datetime.datetime | Unset
        if isinstance(_after, Unset):
            after = UNSET
        else:
            after = datetime.datetime.fromisoformat(_after)

        _before = d.pop("$before", UNSET)
        before: datetime.datetime | Unset
        if isinstance(_before, Unset):
            before = UNSET
        else:
            before = datetime.datetime.fromisoformat(_before)

        date_filter_conditions = cls(
            after=after,
            before=before,
        )

        return date_filter_conditions
