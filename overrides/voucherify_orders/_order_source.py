"""Read orders one at a time from an iterable, a JSON array file or an NDJSON file.

Files are streamed: memory stays flat whatever their size. (The JSON array reader
is a few lines over `json.JSONDecoder.raw_decode` rather than a dependency such
as ijson, which would be the client's only compiled one.)
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ._exceptions import ParameterError

__all__ = ["OrderSource", "read_orders"]

OrderSource = Iterable[Any] | str | os.PathLike[str]
_BLOCK = 1 << 16
_DECODER = json.JSONDecoder()


class _Malformed:
    """A record that could not be decoded; reported as a failed order, not a crash."""

    def __init__(self, reason: str) -> None:
        self.reason = reason


def read_orders(source: OrderSource) -> Iterator[Any]:
    """Yield each order of `source` (a `_Malformed` for an unreadable NDJSON line)."""
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if str(source) == "-":
            yield from _read_stream(sys.stdin)
            return
        if not path.is_file():
            raise ParameterError("orders", f"no such file: {path}")
        with path.open(encoding="utf-8") as stream:
            yield from _read_stream(stream)
        return
    if isinstance(source, (bytes, dict)):
        raise ParameterError(
            "orders", "expected an iterable of orders or a path, got a single " + type(source).__name__
        )
    yield from source


def _read_stream(stream: IO[str] | io.TextIOBase) -> Iterator[Any]:
    head = ""
    while not head.strip():
        block = stream.read(_BLOCK)
        if not block:
            return
        head += block
    if head.lstrip().startswith("["):
        yield from _json_array(stream, head)
    else:
        yield from _ndjson(stream, head)


def _ndjson(stream: IO[str] | io.TextIOBase, head: str) -> Iterator[Any]:
    pending = head
    line_number = 0
    while True:
        *lines, pending = pending.split("\n")
        for line in lines:
            line_number += 1
            if line.strip():
                yield _decode_line(line, line_number)
        block = stream.read(_BLOCK)
        if not block:
            break
        pending += block
    if pending.strip():
        yield _decode_line(pending, line_number + 1)


def _decode_line(line: str, number: int) -> Any:
    try:
        return json.loads(line)
    except ValueError as exc:
        return _Malformed(f"line {number} is not valid JSON: {exc}")


def _json_array(stream: IO[str] | io.TextIOBase, buffer: str) -> Iterator[Any]:
    position = buffer.index("[") + 1
    eof = False
    while True:
        # Skip whitespace and the comma between items; refill as needed.
        while True:
            while position < len(buffer) and buffer[position] in " \t\r\n,":
                position += 1
            if position < len(buffer) or eof:
                break
            buffer, position, eof = _refill(stream, buffer, position)
        if position >= len(buffer):
            raise ParameterError("orders", "the JSON array is not closed with ']'")
        if buffer[position] == "]":
            return
        while True:
            try:
                item, end = _DECODER.raw_decode(buffer, position)
            except ValueError as exc:
                if eof:
                    raise ParameterError("orders", f"the JSON array is malformed: {exc}") from None
                buffer, position, eof = _refill(stream, buffer, position)
                continue
            if end == len(buffer) and not eof:
                # A number at the end of the buffer may continue in the next block.
                buffer, position, eof = _refill(stream, buffer, position)
                continue
            break
        yield item
        position = end


def _refill(stream: IO[str] | io.TextIOBase, buffer: str, position: int) -> tuple[str, int, bool]:
    block = stream.read(_BLOCK)
    return buffer[position:] + block, 0, not block
