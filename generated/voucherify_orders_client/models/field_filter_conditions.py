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
        get = src_dict.get
        f_in_ = get("$in")
        if f_in_ is None:
            f_in_ = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_not_in = get("$not_in")
        if f_not_in is None:
            f_not_in = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_is_ = get("$is")
        if f_is_ is None:
            f_is_ = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_is_days_ago = get("$is_days_ago")
        if f_is_days_ago is None:
            f_is_days_ago = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_is_days_in_future = get("$is_days_in_future")
        if f_is_days_in_future is None:
            f_is_days_in_future = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_is_not = get("$is_not")
        if f_is_not is None:
            f_is_not = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_has_value = get("$has_value")
        if f_has_value is None:
            f_has_value = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_is_unknown = get("$is_unknown")
        if f_is_unknown is None:
            f_is_unknown = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_contains = get("$contains")
        if f_contains is None:
            f_contains = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_not_contain = get("$not_contain")
        if f_not_contain is None:
            f_not_contain = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_starts_with = get("$starts_with")
        if f_starts_with is None:
            f_starts_with = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_ends_with = get("$ends_with")
        if f_ends_with is None:
            f_ends_with = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_more_than = get("$more_than")
        if f_more_than is None:
            f_more_than = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_less_than = get("$less_than")
        if f_less_than is None:
            f_less_than = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_more_than_ago = get("$more_than_ago")
        if f_more_than_ago is None:
            f_more_than_ago = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_less_than_ago = get("$less_than_ago")
        if f_less_than_ago is None:
            f_less_than_ago = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_more_than_future = get("$more_than_future")
        if f_more_than_future is None:
            f_more_than_future = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_less_than_future = get("$less_than_future")
        if f_less_than_future is None:
            f_less_than_future = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_more_than_equal = get("$more_than_equal")
        if f_more_than_equal is None:
            f_more_than_equal = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_less_than_equal = get("$less_than_equal")
        if f_less_than_equal is None:
            f_less_than_equal = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_after = get("$after")
        if f_after is None:
            f_after = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_before = get("$before")
        if f_before is None:
            f_before = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_count = get("$count")
        if f_count is None:
            f_count = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_count_less = get("$count_less")
        if f_count_less is None:
            f_count_less = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_count_more = get("$count_more")
        if f_count_more is None:
            f_count_more = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        # Built without calling __init__: every field (and additional_properties) is set here.
        obj = _new(cls)
        obj.in_ = f_in_
        obj.not_in = f_not_in
        obj.is_ = f_is_
        obj.is_days_ago = f_is_days_ago
        obj.is_days_in_future = f_is_days_in_future
        obj.is_not = f_is_not
        obj.has_value = f_has_value
        obj.is_unknown = f_is_unknown
        obj.contains = f_contains
        obj.not_contain = f_not_contain
        obj.starts_with = f_starts_with
        obj.ends_with = f_ends_with
        obj.more_than = f_more_than
        obj.less_than = f_less_than
        obj.more_than_ago = f_more_than_ago
        obj.less_than_ago = f_less_than_ago
        obj.more_than_future = f_more_than_future
        obj.less_than_future = f_less_than_future
        obj.more_than_equal = f_more_than_equal
        obj.less_than_equal = f_less_than_equal
        obj.after = f_after
        obj.before = f_before
        obj.count = f_count
        obj.count_less = f_count_less
        obj.count_more = f_count_more
        return obj


_new = object.__new__
