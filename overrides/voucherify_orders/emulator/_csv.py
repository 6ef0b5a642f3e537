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
    lines = [_line(fields)]
    lines += [_line([_cell(field_value(order, name)) for name in fields]) for order in rows]
    return "".join(lines)


def _line(cells: list[str]) -> str:
    """
    One line of the CSV, ending in `\n`; a cell holding `\r` or `\n` is quoted, as Python
    3.13's writer quotes it. 3.11 and 3.12's quote only the line terminator's characters: a
    bare `\r` went out, and a reader ends the record there.
    """
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow(cells)
    return out.getvalue().removesuffix("\r\n") + "\n"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    return str(value)
