"""Export filters: which of them the emulator accepts, and which stored orders they keep.

The operators are the 68 the API names in its own refusal of a bad filter (the official
spec's 400 example for `POST /v1/orders/export`). Which of them apply to which field is
not documented: the table below is the emulator's reading of their names against the
types of the order export fields (FIDELITY.md says which answers are guesses). A filter
the emulator cannot apply is refused with a 400, never ignored, so a typo never exports
every order.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from collections.abc import Iterable, Mapping
from typing import Any

from ._errors import ApiError

__all__ = ["OPERATORS", "check_filters", "field_value", "select"]

OPERATORS = (
    "$in", "$not_in", "$in_location", "$not_in_location", "$is", "$is_days_ago", "$is_days_in_future",
    "$is_not", "$has_value", "$is_unknown", "$contains", "$not_contain", "$starts_with", "$ends_with",
    "$more_than", "$less_than", "$more_than_ago", "$less_than_ago", "$more_than_future",
    "$less_than_future", "$more_than_equal", "$less_than_equal", "$after", "$before", "$count",
    "$count_less", "$count_more", "$today", "$tomorrow", "$yesterday", "$this_week", "$last_week",
    "$next_week", "$this_month", "$last_month", "$next_month", "$this_year", "$next_year", "$last_year",
    "$is_day_of_month", "$is_day", "$is_month", "$is_year", "$today_md", "$tomorrow_md", "$yesterday_md",
    "$this_week_md", "$last_week_md", "$next_week_md", "$this_month_md", "$last_month_md",
    "$next_month_md", "$is_days_ago_md", "$is_more_days_ago_md", "$is_less_days_ago_md",
    "$is_days_in_future_md", "$is_more_days_in_future_md", "$is_less_days_in_future_md",
    "$is_years_ago", "$active", "$failed", "$in_progress", "$expired", "$before_start", "$enabled",
    "$disabled", "$redeemed", "$redeemable",
)  # fmt: skip

#: The API's own words when a condition is not one it knows (the official 400 example).
UNKNOWN_CONDITION = (
    "Property .parameters.filters should match either "
    "`filters[${field}][conditions][${condition}][${index}]` or "
    "`filters[${field}][conditions][${condition}]` format and condition must be one of: "
    + ", ".join(OPERATORS)
)

_PRESENCE = frozenset({"$has_value", "$is_unknown"})
_EQUALITY = frozenset({"$is", "$is_not", "$in", "$not_in"})
_TEXT = frozenset({"$contains", "$not_contain", "$starts_with", "$ends_with"})
_COMPARE = frozenset({"$more_than", "$less_than", "$more_than_equal", "$less_than_equal"})
_COUNT = frozenset({"$count", "$count_less", "$count_more"})
_DAYS = frozenset(
    {"$is_days_ago", "$more_than_ago", "$less_than_ago", "$is_days_in_future", "$more_than_future",
     "$less_than_future"}
)  # fmt: skip
_PERIODS = frozenset(
    {"$today", "$tomorrow", "$yesterday", "$this_week", "$last_week", "$next_week", "$this_month",
     "$last_month", "$next_month", "$this_year", "$next_year", "$last_year"}
)  # fmt: skip
_PARTS = frozenset({"$is_day_of_month", "$is_day", "$is_month", "$is_year", "$is_years_ago"})
_MD_PERIODS = frozenset(
    {"$today_md", "$tomorrow_md", "$yesterday_md", "$this_week_md", "$last_week_md", "$next_week_md",
     "$this_month_md", "$last_month_md", "$next_month_md"}
)  # fmt: skip
_MD_DAYS = frozenset(
    {"$is_days_ago_md", "$is_more_days_ago_md", "$is_less_days_ago_md", "$is_days_in_future_md",
     "$is_more_days_in_future_md", "$is_less_days_in_future_md"}
)  # fmt: skip
_DATE = _PRESENCE | {"$after", "$before"} | _DAYS | _PERIODS | _PARTS | _MD_PERIODS | _MD_DAYS

#: What each kind of field takes. No order field is a location, a list, a campaign or a voucher.
APPLIES: dict[str, frozenset[str]] = {
    "date": _DATE,
    "string": _PRESENCE | _EQUALITY | _TEXT,
    "number": _PRESENCE | _EQUALITY | _COMPARE,
    # A metadata value's type is set in the project's metadata schema, which the emulator
    # does not have: every operator that applies to a value metadata can hold.
    "metadata": _DATE | _EQUALITY | _TEXT | _COMPARE | _COUNT,
}

#: The filterable fields: the properties of the official `ExportOrderFilters`.
FIELDS = {
    "created_at": "date",
    "updated_at": "date",
    "status": "string",
    "source_id": "string",
    "amount": "number",
    "total_amount": "number",
    "discount_amount": "number",
    "total_discount_amount": "number",
    "items_discount_amount": "number",
}

#: Operators that take no operand of their own (`{"$today": true}`): any value is accepted.
_NO_OPERAND = _PRESENCE | _PERIODS | _MD_PERIODS
#: Operators that take a whole number of days, a day, a month, a year or a count.
_WHOLE = _DAYS | _PARTS | _MD_DAYS | _COUNT
#: Operators whose operand is a list of any length (any other takes one value, or a one-item list).
_MANY = frozenset({"$in", "$not_in"})


def field_kind(name: str) -> str | None:
    """`date`, `string`, `number` or `metadata`; None for a field the API does not filter on."""
    if name.startswith("metadata.") and len(name) > len("metadata."):
        return "metadata"
    return FIELDS.get(name)


def check_filters(filters: object) -> None:
    """Refuse, as the API would, a filter the emulator cannot apply (raises a 400 ApiError)."""
    if not isinstance(filters, Mapping):
        return  # not an object: the request model's check names it
    for name, spec in filters.items():
        if name == "junction" or spec is None:
            continue
        where = f"Property .parameters.filters.{name}"
        kind = field_kind(name)
        if kind is None:
            known = ", ".join(FIELDS)
            raise _invalid(
                f"{where} is not allowed: a filter is on one of {known}, or on a key starting with "
                '"metadata."'
            )
        conditions = spec.get("conditions") if isinstance(spec, Mapping) else None
        if not isinstance(conditions, Mapping):
            continue  # the request model's check names it
        for op, operand in conditions.items():
            if op not in OPERATORS or not _well_formed(operand):
                raise _invalid(UNKNOWN_CONDITION)
            if op not in APPLIES[kind]:
                raise _invalid(f"{where}.conditions.{op} does not apply to {name}, a {kind} field")
            problem = _operand_problem(op, operand, kind)
            if problem is not None:
                raise _invalid(f"{where}.conditions.{op} {problem}")


def _invalid(details: str) -> ApiError:
    return ApiError(400, "invalid_payload", "Invalid payload", details)


def _scalar(value: object) -> bool:
    return isinstance(value, (str, int, float)) and not (
        isinstance(value, float) and not math.isfinite(value)
    )


def _well_formed(operand: object) -> bool:
    """One of the API's two shapes: `[condition]` (a value) or `[condition][index]` (a list of values)."""
    if isinstance(operand, list):
        return all(_scalar(item) for item in operand)
    return _scalar(operand)


def _values(operand: Any) -> list[Any]:
    return list(operand) if isinstance(operand, list) else [operand]


def _operand_problem(op: str, operand: Any, kind: str) -> str | None:
    values = _values(operand)
    if op in _NO_OPERAND:
        return None
    if not values:
        return "needs a value"
    if op not in _MANY and len(values) != 1:
        return f"takes one value, got {len(values)}"
    if op in _WHOLE:
        good, expected = all(_whole(v) is not None for v in values), "a whole number"
    elif op in ("$after", "$before"):
        good, expected = all(_instant(v) is not None for v in values), "an ISO 8601 date-time"
    elif op in _COMPARE or (kind == "number" and op in _EQUALITY):
        good, expected = all(_number(v) is not None for v in values), "a number"
    else:
        good, expected = True, ""
    return None if good else f"should be {expected}"


def _whole(value: Any) -> int | None:
    number = _number(value)
    return int(number) if number is not None and number == int(number) else None


def _number(value: Any) -> float | None:
    """A number, or text that is one (the API's indexed form comes as text too)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            return None
        return number if math.isfinite(number) else None
    return None


def _instant(value: Any) -> dt.datetime | None:
    """A date-time (UTC when it names no offset), or a date as its midnight UTC; None otherwise."""
    if not isinstance(value, str):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=dt.UTC)


def field_value(order: dict[str, Any], name: str) -> Any:
    """An order field by export name; `metadata.<key>` reaches into metadata."""
    if name.startswith("metadata."):
        value: Any = order.get("metadata") or {}
        for part in name.split(".")[1:]:
            value = value.get(part) if isinstance(value, dict) else None
        return value
    return order.get(name)


def select(orders: Iterable[dict[str, Any]], filters: dict[str, Any], today: dt.date) -> list[dict[str, Any]]:
    """The orders `filters` keeps (`junction` `and`, the default, or `or`); checked by `check_filters`."""
    tests = [
        (name, spec.get("conditions", {}))
        for name, spec in filters.items()
        if name != "junction" and isinstance(spec, dict)
    ]
    combine = any if filters.get("junction") == "or" else all
    return [
        order
        for order in orders
        if not tests or combine(_matches(field_value(order, name), conds, today) for name, conds in tests)
    ]


def _matches(value: Any, conditions: dict[str, Any], today: dt.date) -> bool:
    return all(_condition(op, value, operand, today) for op, operand in conditions.items())


def _condition(op: str, value: Any, operand: Any, today: dt.date) -> bool:
    values = _values(operand)
    if op in _PRESENCE:
        return (value not in (None, "")) is (op == "$has_value")
    if value is None:
        return op in ("$is_not", "$not_in", "$not_contain")
    if op in _EQUALITY:
        found = any(_equal(value, v) for v in values)
        return found is (op in ("$is", "$in"))
    if op in _TEXT:
        if not isinstance(value, str):
            return False
        target = str(values[0])
        return {
            "$contains": target in value,
            "$not_contain": target not in value,
            "$starts_with": value.startswith(target),
            "$ends_with": value.endswith(target),
        }[op]
    if op in _COMPARE:
        number, target_number = _number(value), _number(values[0])
        if isinstance(value, str) or number is None or target_number is None:
            return False
        return {
            "$more_than": number > target_number,
            "$less_than": number < target_number,
            "$more_than_equal": number >= target_number,
            "$less_than_equal": number <= target_number,
        }[op]
    if op in _COUNT:
        if not isinstance(value, list):
            return False
        size, n = len(value), _whole(values[0])
        return {"$count": size == n, "$count_less": n is not None and size < n,
                "$count_more": n is not None and size > n}[op]  # fmt: skip
    return _date_condition(op, _instant(value), values[0], today)


def _equal(value: Any, target: Any) -> bool:
    if isinstance(value, bool) or isinstance(target, bool):
        return value is target if isinstance(target, bool) else str(value).lower() == str(target).lower()
    if isinstance(value, (int, float)):
        return _number(target) == float(value)
    return bool(value == str(target))


def _date_condition(op: str, instant: dt.datetime | None, target: Any, today: dt.date) -> bool:
    if instant is None:
        return False  # not a date (a metadata value, say): no match
    day = instant.astimezone(dt.UTC).date()
    if op in ("$after", "$before"):
        bound = _instant(target)
        return bound is not None and (instant > bound if op == "$after" else instant < bound)
    n = _whole(target) if op not in _PERIODS and op not in _MD_PERIODS else 0
    if n is None:
        return False
    if op in _DAYS:
        ago = (today - day).days  # > 0: in the past
        return {
            "$is_days_ago": ago == n,
            "$more_than_ago": ago > n,
            "$less_than_ago": 0 <= ago < n,
            "$is_days_in_future": -ago == n,
            "$more_than_future": -ago > n,
            "$less_than_future": 0 <= -ago < n,
        }[op]
    if op in _PERIODS:
        start, end = _period(op, today)
        return start <= day < end
    if op in _PARTS:
        return {
            "$is_day_of_month": day.day == n,
            "$is_day": day.isoweekday() == n,  # 1 Monday ... 7 Sunday
            "$is_month": day.month == n,
            "$is_year": day.year == n,
            "$is_years_ago": _years_between(day, today) == n,
        }[op]
    if op in _MD_PERIODS:
        start, end = _period(op.removesuffix("_md"), today)
        return any(_same_md(day, start + dt.timedelta(days=i)) for i in range((end - start).days))
    since, until = _days_since_anniversary(day, today), _days_until_anniversary(day, today)
    return {
        "$is_days_ago_md": since == n,
        "$is_more_days_ago_md": since > n,
        "$is_less_days_ago_md": since < n,
        "$is_days_in_future_md": until == n,
        "$is_more_days_in_future_md": until > n,
        "$is_less_days_in_future_md": until < n,
    }[op]


def _period(op: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """[start, end) of the day, ISO week (from Monday), month or year the operator names."""
    step = {"$today": 0, "$this_week": 0, "$this_month": 0, "$this_year": 0, "$tomorrow": 1,
            "$next_week": 1, "$next_month": 1, "$next_year": 1}.get(op, -1)  # fmt: skip
    if op in ("$today", "$tomorrow", "$yesterday"):
        start = today + dt.timedelta(days=step)
        return start, start + dt.timedelta(days=1)
    if op.endswith("_week"):
        start = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=step)
        return start, start + dt.timedelta(weeks=1)
    if op.endswith("_month"):
        year, month = divmod(today.year * 12 + today.month - 1 + step, 12)
        start = dt.date(year, month + 1, 1)
        return start, start + dt.timedelta(days=calendar.monthrange(year, month + 1)[1])
    start = dt.date(today.year + step, 1, 1)
    return start, dt.date(today.year + step + 1, 1, 1)


def _same_md(day: dt.date, other: dt.date) -> bool:
    return _anniversary(day, other.year) == other


def _anniversary(day: dt.date, year: int) -> dt.date:
    """The day's month and day in `year` (29 February falls on the 28th in other years)."""
    return dt.date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))


def _days_since_anniversary(day: dt.date, today: dt.date) -> int:
    last = _anniversary(day, today.year)
    if last > today:
        last = _anniversary(day, today.year - 1)
    return (today - last).days


def _days_until_anniversary(day: dt.date, today: dt.date) -> int:
    following = _anniversary(day, today.year)
    if following < today:
        following = _anniversary(day, today.year + 1)
    return (following - today).days


def _years_between(day: dt.date, today: dt.date) -> int:
    years = today.year - day.year
    return years - 1 if (today.month, today.day) < (day.month, day.day) else years
