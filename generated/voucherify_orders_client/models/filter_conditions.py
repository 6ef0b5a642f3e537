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
        d = dict(src_dict)
        f_1 = d.pop("$in", UNSET)
        if f_1 is not UNSET:
            pass  # any value

        f_2 = d.pop("$not_in", UNSET)
        if f_2 is not UNSET:
            pass  # any value

        f_3 = d.pop("$in_location", UNSET)
        if f_3 is not UNSET:
            pass  # any value

        f_4 = d.pop("$not_in_location", UNSET)
        if f_4 is not UNSET:
            pass  # any value

        f_5 = d.pop("$is", UNSET)
        if f_5 is not UNSET:
            pass  # any value

        f_6 = d.pop("$is_days_ago", UNSET)
        if f_6 is not UNSET:
            pass  # any value

        f_7 = d.pop("$is_days_in_future", UNSET)
        if f_7 is not UNSET:
            pass  # any value

        f_8 = d.pop("$is_not", UNSET)
        if f_8 is not UNSET:
            pass  # any value

        f_9 = d.pop("$has_value", UNSET)
        if f_9 is not UNSET:
            pass  # any value

        f_10 = d.pop("$is_unknown", UNSET)
        if f_10 is not UNSET:
            pass  # any value

        f_11 = d.pop("$contains", UNSET)
        if f_11 is not UNSET:
            pass  # any value

        f_12 = d.pop("$not_contain", UNSET)
        if f_12 is not UNSET:
            pass  # any value

        f_13 = d.pop("$starts_with", UNSET)
        if f_13 is not UNSET:
            pass  # any value

        f_14 = d.pop("$ends_with", UNSET)
        if f_14 is not UNSET:
            pass  # any value

        f_15 = d.pop("$more_than", UNSET)
        if f_15 is not UNSET:
            pass  # any value

        f_16 = d.pop("$less_than", UNSET)
        if f_16 is not UNSET:
            pass  # any value

        f_17 = d.pop("$more_than_ago", UNSET)
        if f_17 is not UNSET:
            pass  # any value

        f_18 = d.pop("$less_than_ago", UNSET)
        if f_18 is not UNSET:
            pass  # any value

        f_19 = d.pop("$more_than_future", UNSET)
        if f_19 is not UNSET:
            pass  # any value

        f_20 = d.pop("$less_than_future", UNSET)
        if f_20 is not UNSET:
            pass  # any value

        f_21 = d.pop("$more_than_equal", UNSET)
        if f_21 is not UNSET:
            pass  # any value

        f_22 = d.pop("$less_than_equal", UNSET)
        if f_22 is not UNSET:
            pass  # any value

        f_23 = d.pop("$after", UNSET)
        if f_23 is not UNSET:
            pass  # any value

        f_24 = d.pop("$before", UNSET)
        if f_24 is not UNSET:
            pass  # any value

        f_25 = d.pop("$count", UNSET)
        if f_25 is not UNSET:
            pass  # any value

        f_26 = d.pop("$count_less", UNSET)
        if f_26 is not UNSET:
            pass  # any value

        f_27 = d.pop("$count_more", UNSET)
        if f_27 is not UNSET:
            pass  # any value

        f_28 = d.pop("$today", UNSET)
        if f_28 is not UNSET:
            pass  # any value

        f_29 = d.pop("$tomorrow", UNSET)
        if f_29 is not UNSET:
            pass  # any value

        f_30 = d.pop("$yesterday", UNSET)
        if f_30 is not UNSET:
            pass  # any value

        f_31 = d.pop("$this_week", UNSET)
        if f_31 is not UNSET:
            pass  # any value

        f_32 = d.pop("$last_week", UNSET)
        if f_32 is not UNSET:
            pass  # any value

        f_33 = d.pop("$next_week", UNSET)
        if f_33 is not UNSET:
            pass  # any value

        f_34 = d.pop("$this_month", UNSET)
        if f_34 is not UNSET:
            pass  # any value

        f_35 = d.pop("$last_month", UNSET)
        if f_35 is not UNSET:
            pass  # any value

        f_36 = d.pop("$next_month", UNSET)
        if f_36 is not UNSET:
            pass  # any value

        f_37 = d.pop("$this_year", UNSET)
        if f_37 is not UNSET:
            pass  # any value

        f_38 = d.pop("$next_year", UNSET)
        if f_38 is not UNSET:
            pass  # any value

        f_39 = d.pop("$last_year", UNSET)
        if f_39 is not UNSET:
            pass  # any value

        f_40 = d.pop("$is_day_of_month", UNSET)
        if f_40 is not UNSET:
            pass  # any value

        f_41 = d.pop("$is_day", UNSET)
        if f_41 is not UNSET:
            pass  # any value

        f_42 = d.pop("$is_month", UNSET)
        if f_42 is not UNSET:
            pass  # any value

        f_43 = d.pop("$is_year", UNSET)
        if f_43 is not UNSET:
            pass  # any value

        f_44 = d.pop("$today_md", UNSET)
        if f_44 is not UNSET:
            pass  # any value

        f_45 = d.pop("$tomorrow_md", UNSET)
        if f_45 is not UNSET:
            pass  # any value

        f_46 = d.pop("$yesterday_md", UNSET)
        if f_46 is not UNSET:
            pass  # any value

        f_47 = d.pop("$this_week_md", UNSET)
        if f_47 is not UNSET:
            pass  # any value

        f_48 = d.pop("$last_week_md", UNSET)
        if f_48 is not UNSET:
            pass  # any value

        f_49 = d.pop("$next_week_md", UNSET)
        if f_49 is not UNSET:
            pass  # any value

        f_50 = d.pop("$this_month_md", UNSET)
        if f_50 is not UNSET:
            pass  # any value

        f_51 = d.pop("$last_month_md", UNSET)
        if f_51 is not UNSET:
            pass  # any value

        f_52 = d.pop("$next_month_md", UNSET)
        if f_52 is not UNSET:
            pass  # any value

        f_53 = d.pop("$is_days_ago_md", UNSET)
        if f_53 is not UNSET:
            pass  # any value

        f_54 = d.pop("$is_more_days_ago_md", UNSET)
        if f_54 is not UNSET:
            pass  # any value

        f_55 = d.pop("$is_less_days_ago_md", UNSET)
        if f_55 is not UNSET:
            pass  # any value

        f_56 = d.pop("$is_days_in_future_md", UNSET)
        if f_56 is not UNSET:
            pass  # any value

        f_57 = d.pop("$is_more_days_in_future_md", UNSET)
        if f_57 is not UNSET:
            pass  # any value

        f_58 = d.pop("$is_less_days_in_future_md", UNSET)
        if f_58 is not UNSET:
            pass  # any value

        f_59 = d.pop("$is_years_ago", UNSET)
        if f_59 is not UNSET:
            pass  # any value

        f_60 = d.pop("$active", UNSET)
        if f_60 is not UNSET:
            pass  # any value

        f_61 = d.pop("$failed", UNSET)
        if f_61 is not UNSET:
            pass  # any value

        f_62 = d.pop("$in_progress", UNSET)
        if f_62 is not UNSET:
            pass  # any value

        f_63 = d.pop("$expired", UNSET)
        if f_63 is not UNSET:
            pass  # any value

        f_64 = d.pop("$before_start", UNSET)
        if f_64 is not UNSET:
            pass  # any value

        f_65 = d.pop("$enabled", UNSET)
        if f_65 is not UNSET:
            pass  # any value

        f_66 = d.pop("$disabled", UNSET)
        if f_66 is not UNSET:
            pass  # any value

        f_67 = d.pop("$redeemed", UNSET)
        if f_67 is not UNSET:
            pass  # any value

        f_68 = d.pop("$redeemable", UNSET)
        if f_68 is not UNSET:
            pass  # any value

        obj = cls(
            in_=f_1,
            not_in=f_2,
            in_location=f_3,
            not_in_location=f_4,
            is_=f_5,
            is_days_ago=f_6,
            is_days_in_future=f_7,
            is_not=f_8,
            has_value=f_9,
            is_unknown=f_10,
            contains=f_11,
            not_contain=f_12,
            starts_with=f_13,
            ends_with=f_14,
            more_than=f_15,
            less_than=f_16,
            more_than_ago=f_17,
            less_than_ago=f_18,
            more_than_future=f_19,
            less_than_future=f_20,
            more_than_equal=f_21,
            less_than_equal=f_22,
            after=f_23,
            before=f_24,
            count=f_25,
            count_less=f_26,
            count_more=f_27,
            today=f_28,
            tomorrow=f_29,
            yesterday=f_30,
            this_week=f_31,
            last_week=f_32,
            next_week=f_33,
            this_month=f_34,
            last_month=f_35,
            next_month=f_36,
            this_year=f_37,
            next_year=f_38,
            last_year=f_39,
            is_day_of_month=f_40,
            is_day=f_41,
            is_month=f_42,
            is_year=f_43,
            today_md=f_44,
            tomorrow_md=f_45,
            yesterday_md=f_46,
            this_week_md=f_47,
            last_week_md=f_48,
            next_week_md=f_49,
            this_month_md=f_50,
            last_month_md=f_51,
            next_month_md=f_52,
            is_days_ago_md=f_53,
            is_more_days_ago_md=f_54,
            is_less_days_ago_md=f_55,
            is_days_in_future_md=f_56,
            is_more_days_in_future_md=f_57,
            is_less_days_in_future_md=f_58,
            is_years_ago=f_59,
            active=f_60,
            failed=f_61,
            in_progress=f_62,
            expired=f_63,
            before_start=f_64,
            enabled=f_65,
            disabled=f_66,
            redeemed=f_67,
            redeemable=f_68,
        )
        return obj
