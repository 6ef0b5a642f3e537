"""Export filters: which stored orders match `parameters.filters`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

__all__ = ["field_value", "select"]


def field_value(order: dict[str, Any], name: str) -> Any:
    """An order field by export name; `metadata.<key>` reaches into metadata."""
    if name.startswith("metadata."):
        value: Any = order.get("metadata") or {}
        for part in name.split(".")[1:]:
            value = value.get(part) if isinstance(value, dict) else None
        return value
    return order.get(name)


def select(orders: Iterable[dict[str, Any]], filters: dict[str, Any], today: dt.date) -> list[dict[str, Any]]:
    """The orders `filters` keeps (`junction` `and`, the default, or `or`)."""
    tests = [(name, spec.get("conditions", {})) for name, spec in filters.items() if name != "junction"]
    combine = any if filters.get("junction") == "or" else all
    return [
        order
        for order in orders
        if not tests or combine(_matches(field_value(order, name), conds, today) for name, conds in tests)
    ]


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _matches(value: Any, conditions: dict[str, Any], today: dt.date) -> bool:
    try:
        return all(_condition(op, value, raw, today) for op, raw in conditions.items())
    except (TypeError, ValueError):  # comparing a number with text, say: no match, as the API does
        return False


def _condition(op: str, value: Any, raw: Any, today: dt.date) -> bool:
    target = _first(raw)
    listed = raw if isinstance(raw, list) else [raw]
    text = "" if value is None else str(value)
    if op in ("$is", "$is_not"):
        return (value == target) is (op == "$is")
    if op in ("$in", "$not_in"):
        return (value in listed) is (op == "$in")
    if op in ("$has_value", "$is_unknown"):
        return (value not in (None, "")) is (op == "$has_value")
    if op in ("$contains", "$not_contain"):
        return (str(target) in text) is (op == "$contains")
    if op == "$starts_with":
        return text.startswith(str(target))
    if op == "$ends_with":
        return text.endswith(str(target))
    if op.startswith("$count"):
        size = len(value) if isinstance(value, (list, dict, str)) else 0
        return bool(
            {"$count": size == target, "$count_less": size < target, "$count_more": size > target}[op]
        )
    if value is None:
        return False
    if op in ("$after", "$before"):
        return str(value) > str(target) if op == "$after" else str(value) < str(target)
    if op.endswith(("_ago", "_future")) or op.startswith("$is_days"):
        # Day-relative operators on a date field; the operand is a number of days.
        days = (today - dt.date.fromisoformat(str(value)[:10])).days  # > 0: in the past
        n = int(target)
        return {
            "$is_days_ago": days == n,
            "$more_than_ago": days > n,
            "$less_than_ago": 0 <= days < n,
            "$is_days_in_future": -days == n,
            "$more_than_future": -days > n,
            "$less_than_future": 0 <= -days < n,
        }[op]
    if op == "$more_than":
        return bool(value > target)
    if op == "$less_than":
        return bool(value < target)
    if op == "$more_than_equal":
        return bool(value >= target)
    return bool(value <= target)
