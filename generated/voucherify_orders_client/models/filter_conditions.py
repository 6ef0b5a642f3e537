from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..types import UNSET, Unset, to_json_value


@_attrs_define
class FilterConditions:
    """
    Conditions on one field, keyed by operator: every condition the API names in its own refusal of a bad filter (68
        of them), and no other. Which operators apply to which field's type is the API's to decide.
    """

    in_: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    not_in: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    in_location: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    not_in_location: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    is_: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    is_days_ago: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    is_days_in_future: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    is_not: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    has_value: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    is_unknown: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    contains: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    not_contain: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    starts_with: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    ends_with: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    more_than: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    less_than: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    more_than_ago: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    less_than_ago: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    more_than_future: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    less_than_future: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    more_than_equal: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    less_than_equal: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    after: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    before: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    count: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    count_less: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    count_more: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    today: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    tomorrow: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    yesterday: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    this_week: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    last_week: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    next_week: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    this_month: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    last_month: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    next_month: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    this_year: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    next_year: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    last_year: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    is_day_of_month: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    is_day: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    is_month: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    is_year: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    today_md: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    tomorrow_md: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    yesterday_md: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    this_week_md: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    last_week_md: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    next_week_md: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    this_month_md: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    last_month_md: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    next_month_md: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    is_days_ago_md: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    is_more_days_ago_md: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    is_less_days_ago_md: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    is_days_in_future_md: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    is_more_days_in_future_md: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    is_less_days_in_future_md: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    is_years_ago: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    active: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    failed: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    in_progress: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    expired: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    before_start: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    enabled: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    disabled: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    redeemed: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""
    redeemable: Any | Unset = UNSET
    """A condition's operand, as the operator needs it: a scalar (`100`, `"PAID"`, `true`, a date-time string) or a
    list (`["PAID", "FULFILLED"]`, or a one-item list such as `["2018-05-30T22:00:00.000Z"]`, the API's indexed
    form). Sent as written: date strings are not reformatted. Never null: `x-null-clears` keeps a null from
    being read as "left out" (which would empty the condition), and without `nullable` it is refused."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: every value as it came, unset fields left out."""
        field_dict: dict[str, Any] = {}
        v1 = self.in_
        if not isinstance(v1, Unset):
            field_dict["$in"] = to_json_value(v1)
        v2 = self.not_in
        if not isinstance(v2, Unset):
            field_dict["$not_in"] = to_json_value(v2)
        v3 = self.in_location
        if not isinstance(v3, Unset):
            field_dict["$in_location"] = to_json_value(v3)
        v4 = self.not_in_location
        if not isinstance(v4, Unset):
            field_dict["$not_in_location"] = to_json_value(v4)
        v5 = self.is_
        if not isinstance(v5, Unset):
            field_dict["$is"] = to_json_value(v5)
        v6 = self.is_days_ago
        if not isinstance(v6, Unset):
            field_dict["$is_days_ago"] = to_json_value(v6)
        v7 = self.is_days_in_future
        if not isinstance(v7, Unset):
            field_dict["$is_days_in_future"] = to_json_value(v7)
        v8 = self.is_not
        if not isinstance(v8, Unset):
            field_dict["$is_not"] = to_json_value(v8)
        v9 = self.has_value
        if not isinstance(v9, Unset):
            field_dict["$has_value"] = to_json_value(v9)
        v10 = self.is_unknown
        if not isinstance(v10, Unset):
            field_dict["$is_unknown"] = to_json_value(v10)
        v11 = self.contains
        if not isinstance(v11, Unset):
            field_dict["$contains"] = to_json_value(v11)
        v12 = self.not_contain
        if not isinstance(v12, Unset):
            field_dict["$not_contain"] = to_json_value(v12)
        v13 = self.starts_with
        if not isinstance(v13, Unset):
            field_dict["$starts_with"] = to_json_value(v13)
        v14 = self.ends_with
        if not isinstance(v14, Unset):
            field_dict["$ends_with"] = to_json_value(v14)
        v15 = self.more_than
        if not isinstance(v15, Unset):
            field_dict["$more_than"] = to_json_value(v15)
        v16 = self.less_than
        if not isinstance(v16, Unset):
            field_dict["$less_than"] = to_json_value(v16)
        v17 = self.more_than_ago
        if not isinstance(v17, Unset):
            field_dict["$more_than_ago"] = to_json_value(v17)
        v18 = self.less_than_ago
        if not isinstance(v18, Unset):
            field_dict["$less_than_ago"] = to_json_value(v18)
        v19 = self.more_than_future
        if not isinstance(v19, Unset):
            field_dict["$more_than_future"] = to_json_value(v19)
        v20 = self.less_than_future
        if not isinstance(v20, Unset):
            field_dict["$less_than_future"] = to_json_value(v20)
        v21 = self.more_than_equal
        if not isinstance(v21, Unset):
            field_dict["$more_than_equal"] = to_json_value(v21)
        v22 = self.less_than_equal
        if not isinstance(v22, Unset):
            field_dict["$less_than_equal"] = to_json_value(v22)
        v23 = self.after
        if not isinstance(v23, Unset):
            field_dict["$after"] = to_json_value(v23)
        v24 = self.before
        if not isinstance(v24, Unset):
            field_dict["$before"] = to_json_value(v24)
        v25 = self.count
        if not isinstance(v25, Unset):
            field_dict["$count"] = to_json_value(v25)
        v26 = self.count_less
        if not isinstance(v26, Unset):
            field_dict["$count_less"] = to_json_value(v26)
        v27 = self.count_more
        if not isinstance(v27, Unset):
            field_dict["$count_more"] = to_json_value(v27)
        v28 = self.today
        if not isinstance(v28, Unset):
            field_dict["$today"] = to_json_value(v28)
        v29 = self.tomorrow
        if not isinstance(v29, Unset):
            field_dict["$tomorrow"] = to_json_value(v29)
        v30 = self.yesterday
        if not isinstance(v30, Unset):
            field_dict["$yesterday"] = to_json_value(v30)
        v31 = self.this_week
        if not isinstance(v31, Unset):
            field_dict["$this_week"] = to_json_value(v31)
        v32 = self.last_week
        if not isinstance(v32, Unset):
            field_dict["$last_week"] = to_json_value(v32)
        v33 = self.next_week
        if not isinstance(v33, Unset):
            field_dict["$next_week"] = to_json_value(v33)
        v34 = self.this_month
        if not isinstance(v34, Unset):
            field_dict["$this_month"] = to_json_value(v34)
        v35 = self.last_month
        if not isinstance(v35, Unset):
            field_dict["$last_month"] = to_json_value(v35)
        v36 = self.next_month
        if not isinstance(v36, Unset):
            field_dict["$next_month"] = to_json_value(v36)
        v37 = self.this_year
        if not isinstance(v37, Unset):
            field_dict["$this_year"] = to_json_value(v37)
        v38 = self.next_year
        if not isinstance(v38, Unset):
            field_dict["$next_year"] = to_json_value(v38)
        v39 = self.last_year
        if not isinstance(v39, Unset):
            field_dict["$last_year"] = to_json_value(v39)
        v40 = self.is_day_of_month
        if not isinstance(v40, Unset):
            field_dict["$is_day_of_month"] = to_json_value(v40)
        v41 = self.is_day
        if not isinstance(v41, Unset):
            field_dict["$is_day"] = to_json_value(v41)
        v42 = self.is_month
        if not isinstance(v42, Unset):
            field_dict["$is_month"] = to_json_value(v42)
        v43 = self.is_year
        if not isinstance(v43, Unset):
            field_dict["$is_year"] = to_json_value(v43)
        v44 = self.today_md
        if not isinstance(v44, Unset):
            field_dict["$today_md"] = to_json_value(v44)
        v45 = self.tomorrow_md
        if not isinstance(v45, Unset):
            field_dict["$tomorrow_md"] = to_json_value(v45)
        v46 = self.yesterday_md
        if not isinstance(v46, Unset):
            field_dict["$yesterday_md"] = to_json_value(v46)
        v47 = self.this_week_md
        if not isinstance(v47, Unset):
            field_dict["$this_week_md"] = to_json_value(v47)
        v48 = self.last_week_md
        if not isinstance(v48, Unset):
            field_dict["$last_week_md"] = to_json_value(v48)
        v49 = self.next_week_md
        if not isinstance(v49, Unset):
            field_dict["$next_week_md"] = to_json_value(v49)
        v50 = self.this_month_md
        if not isinstance(v50, Unset):
            field_dict["$this_month_md"] = to_json_value(v50)
        v51 = self.last_month_md
        if not isinstance(v51, Unset):
            field_dict["$last_month_md"] = to_json_value(v51)
        v52 = self.next_month_md
        if not isinstance(v52, Unset):
            field_dict["$next_month_md"] = to_json_value(v52)
        v53 = self.is_days_ago_md
        if not isinstance(v53, Unset):
            field_dict["$is_days_ago_md"] = to_json_value(v53)
        v54 = self.is_more_days_ago_md
        if not isinstance(v54, Unset):
            field_dict["$is_more_days_ago_md"] = to_json_value(v54)
        v55 = self.is_less_days_ago_md
        if not isinstance(v55, Unset):
            field_dict["$is_less_days_ago_md"] = to_json_value(v55)
        v56 = self.is_days_in_future_md
        if not isinstance(v56, Unset):
            field_dict["$is_days_in_future_md"] = to_json_value(v56)
        v57 = self.is_more_days_in_future_md
        if not isinstance(v57, Unset):
            field_dict["$is_more_days_in_future_md"] = to_json_value(v57)
        v58 = self.is_less_days_in_future_md
        if not isinstance(v58, Unset):
            field_dict["$is_less_days_in_future_md"] = to_json_value(v58)
        v59 = self.is_years_ago
        if not isinstance(v59, Unset):
            field_dict["$is_years_ago"] = to_json_value(v59)
        v60 = self.active
        if not isinstance(v60, Unset):
            field_dict["$active"] = to_json_value(v60)
        v61 = self.failed
        if not isinstance(v61, Unset):
            field_dict["$failed"] = to_json_value(v61)
        v62 = self.in_progress
        if not isinstance(v62, Unset):
            field_dict["$in_progress"] = to_json_value(v62)
        v63 = self.expired
        if not isinstance(v63, Unset):
            field_dict["$expired"] = to_json_value(v63)
        v64 = self.before_start
        if not isinstance(v64, Unset):
            field_dict["$before_start"] = to_json_value(v64)
        v65 = self.enabled
        if not isinstance(v65, Unset):
            field_dict["$enabled"] = to_json_value(v65)
        v66 = self.disabled
        if not isinstance(v66, Unset):
            field_dict["$disabled"] = to_json_value(v66)
        v67 = self.redeemed
        if not isinstance(v67, Unset):
            field_dict["$redeemed"] = to_json_value(v67)
        v68 = self.redeemable
        if not isinstance(v68, Unset):
            field_dict["$redeemable"] = to_json_value(v68)
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

        f_in_location = get("$in_location")
        if f_in_location is None:
            f_in_location = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_not_in_location = get("$not_in_location")
        if f_not_in_location is None:
            f_not_in_location = UNSET  # absent, or null in an optional field that is not nullable: absent
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

        f_today = get("$today")
        if f_today is None:
            f_today = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_tomorrow = get("$tomorrow")
        if f_tomorrow is None:
            f_tomorrow = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_yesterday = get("$yesterday")
        if f_yesterday is None:
            f_yesterday = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_this_week = get("$this_week")
        if f_this_week is None:
            f_this_week = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_last_week = get("$last_week")
        if f_last_week is None:
            f_last_week = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_next_week = get("$next_week")
        if f_next_week is None:
            f_next_week = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_this_month = get("$this_month")
        if f_this_month is None:
            f_this_month = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_last_month = get("$last_month")
        if f_last_month is None:
            f_last_month = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_next_month = get("$next_month")
        if f_next_month is None:
            f_next_month = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_this_year = get("$this_year")
        if f_this_year is None:
            f_this_year = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_next_year = get("$next_year")
        if f_next_year is None:
            f_next_year = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_last_year = get("$last_year")
        if f_last_year is None:
            f_last_year = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_is_day_of_month = get("$is_day_of_month")
        if f_is_day_of_month is None:
            f_is_day_of_month = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_is_day = get("$is_day")
        if f_is_day is None:
            f_is_day = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_is_month = get("$is_month")
        if f_is_month is None:
            f_is_month = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_is_year = get("$is_year")
        if f_is_year is None:
            f_is_year = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_today_md = get("$today_md")
        if f_today_md is None:
            f_today_md = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_tomorrow_md = get("$tomorrow_md")
        if f_tomorrow_md is None:
            f_tomorrow_md = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_yesterday_md = get("$yesterday_md")
        if f_yesterday_md is None:
            f_yesterday_md = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_this_week_md = get("$this_week_md")
        if f_this_week_md is None:
            f_this_week_md = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_last_week_md = get("$last_week_md")
        if f_last_week_md is None:
            f_last_week_md = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_next_week_md = get("$next_week_md")
        if f_next_week_md is None:
            f_next_week_md = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_this_month_md = get("$this_month_md")
        if f_this_month_md is None:
            f_this_month_md = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_last_month_md = get("$last_month_md")
        if f_last_month_md is None:
            f_last_month_md = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_next_month_md = get("$next_month_md")
        if f_next_month_md is None:
            f_next_month_md = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_is_days_ago_md = get("$is_days_ago_md")
        if f_is_days_ago_md is None:
            f_is_days_ago_md = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_is_more_days_ago_md = get("$is_more_days_ago_md")
        if f_is_more_days_ago_md is None:
            f_is_more_days_ago_md = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_is_less_days_ago_md = get("$is_less_days_ago_md")
        if f_is_less_days_ago_md is None:
            f_is_less_days_ago_md = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_is_days_in_future_md = get("$is_days_in_future_md")
        if f_is_days_in_future_md is None:
            f_is_days_in_future_md = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_is_more_days_in_future_md = get("$is_more_days_in_future_md")
        if f_is_more_days_in_future_md is None:
            f_is_more_days_in_future_md = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_is_less_days_in_future_md = get("$is_less_days_in_future_md")
        if f_is_less_days_in_future_md is None:
            f_is_less_days_in_future_md = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_is_years_ago = get("$is_years_ago")
        if f_is_years_ago is None:
            f_is_years_ago = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_active = get("$active")
        if f_active is None:
            f_active = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_failed = get("$failed")
        if f_failed is None:
            f_failed = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_in_progress = get("$in_progress")
        if f_in_progress is None:
            f_in_progress = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_expired = get("$expired")
        if f_expired is None:
            f_expired = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_before_start = get("$before_start")
        if f_before_start is None:
            f_before_start = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_enabled = get("$enabled")
        if f_enabled is None:
            f_enabled = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_disabled = get("$disabled")
        if f_disabled is None:
            f_disabled = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_redeemed = get("$redeemed")
        if f_redeemed is None:
            f_redeemed = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        f_redeemable = get("$redeemable")
        if f_redeemable is None:
            f_redeemable = UNSET  # absent, or null in an optional field that is not nullable: absent
        else:
            pass  # any value

        # Built without calling __init__: every field (and additional_properties) is set here.
        obj = _new(cls)
        obj.in_ = f_in_
        obj.not_in = f_not_in
        obj.in_location = f_in_location
        obj.not_in_location = f_not_in_location
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
        obj.today = f_today
        obj.tomorrow = f_tomorrow
        obj.yesterday = f_yesterday
        obj.this_week = f_this_week
        obj.last_week = f_last_week
        obj.next_week = f_next_week
        obj.this_month = f_this_month
        obj.last_month = f_last_month
        obj.next_month = f_next_month
        obj.this_year = f_this_year
        obj.next_year = f_next_year
        obj.last_year = f_last_year
        obj.is_day_of_month = f_is_day_of_month
        obj.is_day = f_is_day
        obj.is_month = f_is_month
        obj.is_year = f_is_year
        obj.today_md = f_today_md
        obj.tomorrow_md = f_tomorrow_md
        obj.yesterday_md = f_yesterday_md
        obj.this_week_md = f_this_week_md
        obj.last_week_md = f_last_week_md
        obj.next_week_md = f_next_week_md
        obj.this_month_md = f_this_month_md
        obj.last_month_md = f_last_month_md
        obj.next_month_md = f_next_month_md
        obj.is_days_ago_md = f_is_days_ago_md
        obj.is_more_days_ago_md = f_is_more_days_ago_md
        obj.is_less_days_ago_md = f_is_less_days_ago_md
        obj.is_days_in_future_md = f_is_days_in_future_md
        obj.is_more_days_in_future_md = f_is_more_days_in_future_md
        obj.is_less_days_in_future_md = f_is_less_days_in_future_md
        obj.is_years_ago = f_is_years_ago
        obj.active = f_active
        obj.failed = f_failed
        obj.in_progress = f_in_progress
        obj.expired = f_expired
        obj.before_start = f_before_start
        obj.enabled = f_enabled
        obj.disabled = f_disabled
        obj.redeemed = f_redeemed
        obj.redeemable = f_redeemable
        return obj


_new = object.__new__
