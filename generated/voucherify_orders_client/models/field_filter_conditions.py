from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..types import UNSET, Unset, to_json_value


@_attrs_define
class FieldFilterConditions:
    """
    The `FieldFilterConditions` object of the spec.
    """

    in_: Any | Unset = UNSET
    """A condition's operand; a scalar or a list, as the operator needs."""
    not_in: Any | Unset = UNSET
    """A condition's operand; a scalar or a list, as the operator needs."""
    is_: Any | Unset = UNSET
    """A condition's operand; a scalar or a list, as the operator needs."""
    is_days_ago: Any | Unset = UNSET
    """A condition's operand; a scalar or a list, as the operator needs."""
    is_days_in_future: Any | Unset = UNSET
    """A condition's operand; a scalar or a list, as the operator needs."""
    is_not: Any | Unset = UNSET
    """A condition's operand; a scalar or a list, as the operator needs."""
    has_value: Any | Unset = UNSET
    """A condition's operand; a scalar or a list, as the operator needs."""
    is_unknown: Any | Unset = UNSET
    """A condition's operand; a scalar or a list, as the operator needs."""
    contains: Any | Unset = UNSET
    """A condition's operand; a scalar or a list, as the operator needs."""
    not_contain: Any | Unset = UNSET
    """A condition's operand; a scalar or a list, as the operator needs."""
    starts_with: Any | Unset = UNSET
    """A condition's operand; a scalar or a list, as the operator needs."""
    ends_with: Any | Unset = UNSET
    """A condition's operand; a scalar or a list, as the operator needs."""
    more_than: Any | Unset = UNSET
    """A condition's operand; a scalar or a list, as the operator needs."""
    less_than: Any | Unset = UNSET
    """A condition's operand; a scalar or a list, as the operator needs."""
    more_than_ago: Any | Unset = UNSET
    """A condition's operand; a scalar or a list, as the operator needs."""
    less_than_ago: Any | Unset = UNSET
    """A condition's operand; a scalar or a list, as the operator needs."""
    more_than_future: Any | Unset = UNSET
    """A condition's operand; a scalar or a list, as the operator needs."""
    less_than_future: Any | Unset = UNSET
    """A condition's operand; a scalar or a list, as the operator needs."""
    more_than_equal: Any | Unset = UNSET
    """A condition's operand; a scalar or a list, as the operator needs."""
    less_than_equal: Any | Unset = UNSET
    """A condition's operand; a scalar or a list, as the operator needs."""
    after: Any | Unset = UNSET
    """A condition's operand; a scalar or a list, as the operator needs."""
    before: Any | Unset = UNSET
    """A condition's operand; a scalar or a list, as the operator needs."""
    count: Any | Unset = UNSET
    """A condition's operand; a scalar or a list, as the operator needs."""
    count_less: Any | Unset = UNSET
    """A condition's operand; a scalar or a list, as the operator needs."""
    count_more: Any | Unset = UNSET
    """A condition's operand; a scalar or a list, as the operator needs."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: every value as it came, unset fields left out."""
        field_dict: dict[str, Any] = {}
        v1 = self.in_
        if not isinstance(v1, Unset):
            field_dict["$in"] = to_json_value(v1)
        v2 = self.not_in
        if not isinstance(v2, Unset):
            field_dict["$not_in"] = to_json_value(v2)
        v3 = self.is_
        if not isinstance(v3, Unset):
            field_dict["$is"] = to_json_value(v3)
        v4 = self.is_days_ago
        if not isinstance(v4, Unset):
            field_dict["$is_days_ago"] = to_json_value(v4)
        v5 = self.is_days_in_future
        if not isinstance(v5, Unset):
            field_dict["$is_days_in_future"] = to_json_value(v5)
        v6 = self.is_not
        if not isinstance(v6, Unset):
            field_dict["$is_not"] = to_json_value(v6)
        v7 = self.has_value
        if not isinstance(v7, Unset):
            field_dict["$has_value"] = to_json_value(v7)
        v8 = self.is_unknown
        if not isinstance(v8, Unset):
            field_dict["$is_unknown"] = to_json_value(v8)
        v9 = self.contains
        if not isinstance(v9, Unset):
            field_dict["$contains"] = to_json_value(v9)
        v10 = self.not_contain
        if not isinstance(v10, Unset):
            field_dict["$not_contain"] = to_json_value(v10)
        v11 = self.starts_with
        if not isinstance(v11, Unset):
            field_dict["$starts_with"] = to_json_value(v11)
        v12 = self.ends_with
        if not isinstance(v12, Unset):
            field_dict["$ends_with"] = to_json_value(v12)
        v13 = self.more_than
        if not isinstance(v13, Unset):
            field_dict["$more_than"] = to_json_value(v13)
        v14 = self.less_than
        if not isinstance(v14, Unset):
            field_dict["$less_than"] = to_json_value(v14)
        v15 = self.more_than_ago
        if not isinstance(v15, Unset):
            field_dict["$more_than_ago"] = to_json_value(v15)
        v16 = self.less_than_ago
        if not isinstance(v16, Unset):
            field_dict["$less_than_ago"] = to_json_value(v16)
        v17 = self.more_than_future
        if not isinstance(v17, Unset):
            field_dict["$more_than_future"] = to_json_value(v17)
        v18 = self.less_than_future
        if not isinstance(v18, Unset):
            field_dict["$less_than_future"] = to_json_value(v18)
        v19 = self.more_than_equal
        if not isinstance(v19, Unset):
            field_dict["$more_than_equal"] = to_json_value(v19)
        v20 = self.less_than_equal
        if not isinstance(v20, Unset):
            field_dict["$less_than_equal"] = to_json_value(v20)
        v21 = self.after
        if not isinstance(v21, Unset):
            field_dict["$after"] = to_json_value(v21)
        v22 = self.before
        if not isinstance(v22, Unset):
            field_dict["$before"] = to_json_value(v22)
        v23 = self.count
        if not isinstance(v23, Unset):
            field_dict["$count"] = to_json_value(v23)
        v24 = self.count_less
        if not isinstance(v24, Unset):
            field_dict["$count_less"] = to_json_value(v24)
        v25 = self.count_more
        if not isinstance(v25, Unset):
            field_dict["$count_more"] = to_json_value(v25)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """
        Read this object from JSON data. A value of the wrong type raises SchemaMismatch
        (a ValueError) naming its path; null in an optional field that is not nullable
        reads as absent; fields and enum values the spec does not list are kept.
        """
        d = dict(src_dict)
        f_1 = d.pop("$in", UNSET)
        if f_1 is not UNSET:
            pass  # any value

        f_2 = d.pop("$not_in", UNSET)
        if f_2 is not UNSET:
            pass  # any value

        f_3 = d.pop("$is", UNSET)
        if f_3 is not UNSET:
            pass  # any value

        f_4 = d.pop("$is_days_ago", UNSET)
        if f_4 is not UNSET:
            pass  # any value

        f_5 = d.pop("$is_days_in_future", UNSET)
        if f_5 is not UNSET:
            pass  # any value

        f_6 = d.pop("$is_not", UNSET)
        if f_6 is not UNSET:
            pass  # any value

        f_7 = d.pop("$has_value", UNSET)
        if f_7 is not UNSET:
            pass  # any value

        f_8 = d.pop("$is_unknown", UNSET)
        if f_8 is not UNSET:
            pass  # any value

        f_9 = d.pop("$contains", UNSET)
        if f_9 is not UNSET:
            pass  # any value

        f_10 = d.pop("$not_contain", UNSET)
        if f_10 is not UNSET:
            pass  # any value

        f_11 = d.pop("$starts_with", UNSET)
        if f_11 is not UNSET:
            pass  # any value

        f_12 = d.pop("$ends_with", UNSET)
        if f_12 is not UNSET:
            pass  # any value

        f_13 = d.pop("$more_than", UNSET)
        if f_13 is not UNSET:
            pass  # any value

        f_14 = d.pop("$less_than", UNSET)
        if f_14 is not UNSET:
            pass  # any value

        f_15 = d.pop("$more_than_ago", UNSET)
        if f_15 is not UNSET:
            pass  # any value

        f_16 = d.pop("$less_than_ago", UNSET)
        if f_16 is not UNSET:
            pass  # any value

        f_17 = d.pop("$more_than_future", UNSET)
        if f_17 is not UNSET:
            pass  # any value

        f_18 = d.pop("$less_than_future", UNSET)
        if f_18 is not UNSET:
            pass  # any value

        f_19 = d.pop("$more_than_equal", UNSET)
        if f_19 is not UNSET:
            pass  # any value

        f_20 = d.pop("$less_than_equal", UNSET)
        if f_20 is not UNSET:
            pass  # any value

        f_21 = d.pop("$after", UNSET)
        if f_21 is not UNSET:
            pass  # any value

        f_22 = d.pop("$before", UNSET)
        if f_22 is not UNSET:
            pass  # any value

        f_23 = d.pop("$count", UNSET)
        if f_23 is not UNSET:
            pass  # any value

        f_24 = d.pop("$count_less", UNSET)
        if f_24 is not UNSET:
            pass  # any value

        f_25 = d.pop("$count_more", UNSET)
        if f_25 is not UNSET:
            pass  # any value

        obj = cls(
            in_=f_1,
            not_in=f_2,
            is_=f_3,
            is_days_ago=f_4,
            is_days_in_future=f_5,
            is_not=f_6,
            has_value=f_7,
            is_unknown=f_8,
            contains=f_9,
            not_contain=f_10,
            starts_with=f_11,
            ends_with=f_12,
            more_than=f_13,
            less_than=f_14,
            more_than_ago=f_15,
            less_than_ago=f_16,
            more_than_future=f_17,
            less_than_future=f_18,
            more_than_equal=f_19,
            less_than_equal=f_20,
            after=f_21,
            before=f_22,
            count=f_23,
            count_less=f_24,
            count_more=f_25,
        )
        return obj
