"""Read orders one at a time from an iterable, a JSON array file or an NDJSON file.

Files are read as bytes and streamed: memory stays flat whatever their size, and
reading is linear in the length of each record. A UTF-8 byte order mark is skipped.
In NDJSON, a line that is not UTF-8 or not JSON is that record's failure; in a JSON
array, an item holding bytes that are not UTF-8 is that item's failure. (The JSON
array reader is a few lines over `json.JSONDecoder.raw_decode` rather than a
dependency such as ijson, which would be the client's only compiled one.)
"""

from __future__ import annotations

import codecs
import itertools
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ._exceptions import ParameterError

__all__ = ["OrderSource", "read_orders", "read_stream"]

OrderSource = Iterable[Any] | str | os.PathLike[str]
_BLOCK = 1 << 16
_DECODER = json.JSONDecoder()
#: Longer than any token but a string that a block's end can cut (a literal, an escape, the white
#: space before an error): how far from the end of what is read an error may be and not be final.
_TOKEN = 64
#: What may follow, to the end of a block, an item that a number there may continue.
_NUMBER_GOES_ON = re.compile(r"[0-9.eE+-]*")
# Bytes that are not UTF-8, as the "surrogateescape" error handler leaves them.
_UNDECODED = re.compile("[\udc80-\udcff]")


class _Malformed:
    """A record that could not be decoded; reported as a failed order, not a crash."""

    def __init__(self, reason: str) -> None:
        self.reason = reason


def read_orders(source: OrderSource) -> Iterator[Any]:
    """Yield each order of `source` (a `_Malformed` for a record that cannot be decoded)."""
    if isinstance(source, (bytes, dict)):
        raise ParameterError(
            "orders", "expected an iterable of orders or a path, got a single " + type(source).__name__
        )
    if not isinstance(source, (str, os.PathLike)):
        yield from source
    elif str(source) == "-":
        yield from read_stream(sys.stdin.buffer)
    elif not Path(source).is_file():
        raise ParameterError("orders", f"no such file: {Path(source)}")
    else:
        with Path(source).open("rb") as stream:
            yield from read_stream(stream)


def read_stream(stream: IO[bytes]) -> Iterator[Any]:
    """The orders of a binary stream holding a JSON array or NDJSON."""
    block = stream.read(_BLOCK)
    blocks = [block.removeprefix(codecs.BOM_UTF8)]
    while not blocks[-1].strip():  # to the first block with text in it (each looked at once: linear)
        if not block:
            return
        block = stream.read(_BLOCK)
        blocks.append(block)
    head = b"".join(blocks)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in head[:2]:
        # Every record would fail on its NULs (and the last NUL read as a record of its own).
        raise ParameterError("orders", "the input is UTF-16 or UTF-32 text; expected UTF-8 (save it so)")
    if head.lstrip().startswith(b"["):
        yield from _json_array(stream, head)
    elif _spread_over_lines(head):
        raise ParameterError(
            "orders",
            "the input opens with a JSON object written over several lines; expected NDJSON "
            "(one order per line) or a JSON array of orders",
        )
    else:
        yield from _ndjson(stream, head)


def _spread_over_lines(head: bytes) -> bool:
    """Whether the input opens with one JSON object written over several lines (pretty-printed)."""
    text = head.decode("utf-8", "replace").lstrip()
    if not text.startswith("{"):
        return False
    try:
        _, end = _DECODER.raw_decode(text)
    except RecursionError:
        return False  # nested too deeply: read as NDJSON, its first line that record's failure
    except ValueError as exc:
        # An object that does not end within the head, however its printer opens it: read
        # past its first line, the decoder stops only on the head's last line, where the head
        # was cut (a JSON string holds no line break). A broken first record of NDJSON stops
        # it on its own line, or on the next record's.
        stop = getattr(exc, "pos", 0)
        if "\n" not in text[:stop] or "\n" in text[stop:]:
            return False
        # Unless that last line is an object of its own: NDJSON's next record, after a broken
        # first one, at the end of the input (no line end after it).
        last = text[text.rindex("\n", 0, stop) + 1 :]
        try:
            return not isinstance(json.loads(last), dict)
        except (ValueError, RecursionError):
            return True
    return "\n" in text[:end]


def _ndjson(stream: IO[bytes], head: bytes) -> Iterator[Any]:
    *complete, partial = head.split(b"\n")
    lines = [*complete, partial + stream.readline()]  # one concatenation: linear
    # Then line by line: a line of any length is read in one go.
    for number, line in enumerate(itertools.chain(lines, stream), 1):
        if not line.strip():
            continue
        try:
            order = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError as exc:
            order = _Malformed(
                f"line {number} is not UTF-8 text (byte 0x{line[exc.start]:02x} at column {exc.start + 1})"
            )
        except (ValueError, RecursionError) as exc:  # RecursionError: nested too deeply
            # Lines ended by a carriage return alone (old Mac) read as one line: say so.
            alone = b"\r" in line.rstrip(b"\r\n").replace(b"\r\n", b"")
            hint = "; its lines seem to end in CR alone, and NDJSON ends them in LF" if alone else ""
            order = _Malformed(f"line {number} is not valid JSON: {exc}{hint}")
        yield order


def _json_array(stream: IO[bytes], head: bytes) -> Iterator[Any]:
    decoder = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
    buffer = decoder.decode(head)
    position = buffer.index("[") + 1
    eof = False

    def refill() -> None:
        nonlocal buffer, position, eof
        # Read as much again as is pending: a record of any length costs a few decode attempts.
        block = stream.read(max(_BLOCK, len(buffer) - position))
        buffer, position, eof = buffer[position:] + decoder.decode(block, final=not block), 0, not block

    def next_char() -> str:
        """The next character past white space, reading on as needed ('' at the end of the input)."""
        nonlocal position
        while True:
            while position < len(buffer) and buffer[position] in " \t\r\n":
                position += 1
            if position < len(buffer) or eof:
                return buffer[position : position + 1]
            refill()

    number = 0
    while (char := next_char()) != "]":
        if number and char == ",":  # exactly one comma between items
            position += 1
            char = next_char()
        elif number and char:
            raise _malformed(f"expected ',' or ']' after item {number}, got {char!r}")
        if not char:
            raise ParameterError("orders", "the JSON array is not closed with ']'")
        if char in ",]":  # a comma too many, or one before the closing bracket
            raise _malformed(f"expected item {number + 1}, got {char!r}")
        while True:
            try:
                item, end = _DECODER.raw_decode(buffer, position)
            except RecursionError:  # however much more is read
                raise _malformed(f"item {number + 1} nests too deeply") from None
            except json.JSONDecodeError as exc:
                # Only a string, or a token at the end of what is read, may be cut by the block's
                # end: an error before that is the item's own, and reading on would only hold the
                # rest of the input in memory before saying so.
                cut = exc.msg.startswith("Unterminated string") or exc.pos + _TOKEN >= len(buffer)
                if eof or not cut:
                    raise _malformed(str(exc)) from None
            else:
                # Unless the item ends the buffer: a number there may continue in the next block
                # (and one cut within it, at `1.` or `1e`, decodes shorter than it is).
                if eof or not _NUMBER_GOES_ON.fullmatch(buffer, end):
                    break
            refill()
        number += 1
        undecoded = _UNDECODED.search(buffer, position, end)
        if undecoded:
            byte = ord(undecoded.group()) - 0xDC00
            yield _Malformed(f"item {number} of the JSON array is not UTF-8 text (byte 0x{byte:02x})")
        else:
            yield item
        position = end
    # Nothing but white space may follow: a second array (or an NDJSON file of arrays) would
    # otherwise end the input at the first array's end, its orders left out without a word.
    position += 1
    if next_char():
        raise ParameterError(
            "orders",
            f"more follows the JSON array's closing ']' ({buffer[position : position + 20]!r}...): "
            "expected one JSON array of orders, or NDJSON (one order object per line)",
        )


def _malformed(problem: str) -> ParameterError:
    return ParameterError("orders", f"the JSON array is malformed: {problem}")
