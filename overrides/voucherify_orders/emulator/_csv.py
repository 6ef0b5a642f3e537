"""The CSV file of a finished order export."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable
from typing import Any

from ._filters import field_value, select

__all__ = ["DEFAULT_EXPORT_FIELDS", "render"]

DEFAULT_EXPORT_FIELDS = ("id", "source_id", "status")


def render(orders: Iterable[dict[str, Any]], params: dict[str, Any], today: dt.date) -> str:
    """The export's rows: the orders its filters keep, in its order, one column per field."""
    fields: list[str] = params["fields"]
    rows = select(orders, params.get("filters", {}), today)
    key = params["order"].lstrip("-")
    rows.sort(key=lambda o: (str(o.get(key) or ""), o["_seq"]), reverse=params["order"].startswith("-"))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(fields)
    for order in rows:
        writer.writerow([_cell(field_value(order, name)) for name in fields])
    return out.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    return str(value)
