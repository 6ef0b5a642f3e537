from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldFilterConditions")


@_attrs_define
class FieldFilterConditions:
    in_: Any | Unset = UNSET
    """ A condition's operand; a scalar or a list, as the operator needs. """
    not_in: Any | Unset = UNSET
    """ A condition's operand; a scalar or a list, as the operator needs. """
    is_: Any | Unset = UNSET
    """ A condition's operand; a scalar or a list, as the operator needs. """
    is_days_ago: Any | Unset = UNSET
    """ A condition's operand; a scalar or a list, as the operator needs. """
    is_days_in_future: Any | Unset = UNSET
    """ A condition's operand; a scalar or a list, as the operator needs. """
    is_not: Any | Unset = UNSET
    """ A condition's operand; a scalar or a list, as the operator needs. """
    has_value: Any | Unset = UNSET
    """ A condition's operand; a scalar or a list, as the operator needs. """
    is_unknown: Any | Unset = UNSET
    """ A condition's operand; a scalar or a list, as the operator needs. """
    contains: Any | Unset = UNSET
    """ A condition's operand; a scalar or a list, as the operator needs. """
    not_contain: Any | Unset = UNSET
    """ A condition's operand; a scalar or a list, as the operator needs. """
    starts_with: Any | Unset = UNSET
    """ A condition's operand; a scalar or a list, as the operator needs. """
    ends_with: Any | Unset = UNSET
    """ A condition's operand; a scalar or a list, as the operator needs. """
    more_than: Any | Unset = UNSET
    """ A condition's operand; a scalar or a list, as the operator needs. """
    less_than: Any | Unset = UNSET
    """ A condition's operand; a scalar or a list, as the operator needs. """
    more_than_ago: Any | Unset = UNSET
    """ A condition's operand; a scalar or a list, as the operator needs. """
    less_than_ago: Any | Unset = UNSET
    """ A condition's operand; a scalar or a list, as the operator needs. """
    more_than_future: Any | Unset = UNSET
    """ A condition's operand; a scalar or a list, as the operator needs. """
    less_than_future: Any | Unset = UNSET
    """ A condition's operand; a scalar or a list, as the operator needs. """
    more_than_equal: Any | Unset = UNSET
    """ A condition's operand; a scalar or a list, as the operator needs. """
    less_than_equal: Any | Unset = UNSET
    """ A condition's operand; a scalar or a list, as the operator needs. """
    after: Any | Unset = UNSET
    """ A condition's operand; a scalar or a list, as the operator needs. """
    before: Any | Unset = UNSET
    """ A condition's operand; a scalar or a list, as the operator needs. """
    count: Any | Unset = UNSET
    """ A condition's operand; a scalar or a list, as the operator needs. """
    count_less: Any | Unset = UNSET
    """ A condition's operand; a scalar or a list, as the operator needs. """
    count_more: Any | Unset = UNSET
    """ A condition's operand; a scalar or a list, as the operator needs. """

    def to_dict(self) -> dict[str, Any]:
        in_ = self.in_

        not_in = self.not_in

        is_ = self.is_

        is_days_ago = self.is_days_ago

        is_days_in_future = self.is_days_in_future

        is_not = self.is_not

        has_value = self.has_value

        is_unknown = self.is_unknown

        contains = self.contains

        not_contain = self.not_contain

        starts_with = self.starts_with

        ends_with = self.ends_with

        more_than = self.more_than

        less_than = self.less_than

        more_than_ago = self.more_than_ago

        less_than_ago = self.less_than_ago

        more_than_future = self.more_than_future

        less_than_future = self.less_than_future

        more_than_equal = self.more_than_equal

        less_than_equal = self.less_than_equal

        after = self.after

        before = self.before

        count = self.count

        count_less = self.count_less

        count_more = self.count_more

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if in_ is not UNSET:
            field_dict["$in"] = in_
        if not_in is not UNSET:
            field_dict["$not_in"] = not_in
        if is_ is not UNSET:
            field_dict["$is"] = is_
        if is_days_ago is not UNSET:
            field_dict["$is_days_ago"] = is_days_ago
        if is_days_in_future is not UNSET:
            field_dict["$is_days_in_future"] = is_days_in_future
        if is_not is not UNSET:
            field_dict["$is_not"] = is_not
        if has_value is not UNSET:
            field_dict["$has_value"] = has_value
        if is_unknown is not UNSET:
            field_dict["$is_unknown"] = is_unknown
        if contains is not UNSET:
            field_dict["$contains"] = contains
        if not_contain is not UNSET:
            field_dict["$not_contain"] = not_contain
        if starts_with is not UNSET:
            field_dict["$starts_with"] = starts_with
        if ends_with is not UNSET:
            field_dict["$ends_with"] = ends_with
        if more_than is not UNSET:
            field_dict["$more_than"] = more_than
        if less_than is not UNSET:
            field_dict["$less_than"] = less_than
        if more_than_ago is not UNSET:
            field_dict["$more_than_ago"] = more_than_ago
        if less_than_ago is not UNSET:
            field_dict["$less_than_ago"] = less_than_ago
        if more_than_future is not UNSET:
            field_dict["$more_than_future"] = more_than_future
        if less_than_future is not UNSET:
            field_dict["$less_than_future"] = less_than_future
        if more_than_equal is not UNSET:
            field_dict["$more_than_equal"] = more_than_equal
        if less_than_equal is not UNSET:
            field_dict["$less_than_equal"] = less_than_equal
        if after is not UNSET:
            field_dict["$after"] = after
        if before is not UNSET:
            field_dict["$before"] = before
        if count is not UNSET:
            field_dict["$count"] = count
        if count_less is not UNSET:
            field_dict["$count_less"] = count_less
        if count_more is not UNSET:
            field_dict["$count_more"] = count_more

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        in_ = d.pop("$in", UNSET)

        not_in = d.pop("$not_in", UNSET)

        is_ = d.pop("$is", UNSET)

        is_days_ago = d.pop("$is_days_ago", UNSET)

        is_days_in_future = d.pop("$is_days_in_future", UNSET)

        is_not = d.pop("$is_not", UNSET)

        has_value = d.pop("$has_value", UNSET)

        is_unknown = d.pop("$is_unknown", UNSET)

        contains = d.pop("$contains", UNSET)

        not_contain = d.pop("$not_contain", UNSET)

        starts_with = d.pop("$starts_with", UNSET)

        ends_with = d.pop("$ends_with", UNSET)

        more_than = d.pop("$more_than", UNSET)

        less_than = d.pop("$less_than", UNSET)

        more_than_ago = d.pop("$more_than_ago", UNSET)

        less_than_ago = d.pop("$less_than_ago", UNSET)

        more_than_future = d.pop("$more_than_future", UNSET)

        less_than_future = d.pop("$less_than_future", UNSET)

        more_than_equal = d.pop("$more_than_equal", UNSET)

        less_than_equal = d.pop("$less_than_equal", UNSET)

        after = d.pop("$after", UNSET)

        before = d.pop("$before", UNSET)

        count = d.pop("$count", UNSET)

        count_less = d.pop("$count_less", UNSET)

        count_more = d.pop("$count_more", UNSET)

        field_filter_conditions = cls(
            in_=in_,
            not_in=not_in,
            is_=is_,
            is_days_ago=is_days_ago,
            is_days_in_future=is_days_in_future,
            is_not=is_not,
            has_value=has_value,
            is_unknown=is_unknown,
            contains=contains,
            not_contain=not_contain,
            starts_with=starts_with,
            ends_with=ends_with,
            more_than=more_than,
            less_than=less_than,
            more_than_ago=more_than_ago,
            less_than_ago=less_than_ago,
            more_than_future=more_than_future,
            less_than_future=less_than_future,
            more_than_equal=more_than_equal,
            less_than_equal=less_than_equal,
            after=after,
            before=before,
            count=count,
            count_less=count_less,
            count_more=count_more,
        )

        return field_filter_conditions
