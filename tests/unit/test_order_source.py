"""The order reader's edges, read straight from bytes: blank lines, block boundaries, numbering.

Found by mutation testing of `_order_source.py` (`python -m nox -s mutants -- _order_source.py
--tests tests/unit tests/e2e/test_import_checkpoints.py`): each of these changed the orders
read or what a failure said, and no test noticed.
"""

from __future__ import annotations

import io
import json
import re
from typing import Any

import pytest
from voucherify_orders import ParameterError
from voucherify_orders._order_source import _BLOCK, _Malformed, read_stream


def read(data: bytes) -> list[Any]:
    return list(read_stream(io.BytesIO(data)))


def test_blank_and_whitespace_lines_between_ndjson_records_are_skipped_not_the_end() -> None:
    data = b'{"source_id": "a"}\n\n   \n\t\r\n{"source_id": "b"}\n\n{"source_id": "c"}\n'
    assert [order["source_id"] for order in read(data)] == ["a", "b", "c"]


def test_a_json_arrays_failures_are_numbered_from_one_by_item() -> None:
    items = [b'{"source_id": "a"}', b'{"source_id": "b"}', b'{"source_id": "caf\xe9"}', b'{"source_id": "d"}']
    orders = read(b"[" + b", ".join(items) + b"]")
    assert [type(order) for order in orders] == [dict, dict, _Malformed, dict]
    assert "item 3 of the JSON array" in orders[2].reason


@pytest.mark.parametrize("gap", [_BLOCK - 40, _BLOCK - 19, _BLOCK, _BLOCK + 7, 3 * _BLOCK])
def test_whitespace_and_commas_across_block_boundaries_separate_items(gap: int) -> None:
    # The run of separators ends at, just before, or just after where a block ends.
    first = b'[{"source_id": "a"}'
    data = first + b"," + b" " * (gap - len(first)) + b'{"source_id": "b"}' + b" " * gap + b"]"
    assert [order["source_id"] for order in read(data)] == ["a", "b"]


@pytest.mark.parametrize("cut", [1, 2, 3, 4])
def test_a_number_cut_by_a_block_boundary_is_read_whole(cut: int) -> None:
    # Not an order, but an item all the same: its failure must name 12345, not 12 and 345.
    prefix = b"[" + b" " * (_BLOCK - 1 - cut)
    orders = read(prefix + b'12345, {"source_id": "b"}]')
    assert orders[0] == 12345
    assert orders[1] == {"source_id": "b"}


def test_an_unclosed_array_and_a_malformed_one_are_parameter_errors_on_orders() -> None:
    with pytest.raises(ParameterError, match="not closed with") as unclosed:
        read(b'[{"source_id": "a"}, ')
    with pytest.raises(ParameterError, match="is malformed") as malformed:
        read(b'[{"source_id": "a"}, {"source_id": ]')
    with pytest.raises(ParameterError, match="several lines") as pretty:
        read(json.dumps({"source_id": "a", "amount": 1}, indent=2).encode())
    assert unclosed.value.parameter == malformed.value.parameter == pretty.value.parameter == "orders"


def test_text_between_array_items_is_malformed_not_skipped() -> None:
    with pytest.raises(ParameterError, match="is malformed"):
        read(b'[{"source_id": "a"} X {"source_id": "b"}]')


def test_too_deep_an_item_of_an_array_is_a_parameter_error_on_orders() -> None:
    with pytest.raises(ParameterError, match="item 2 nests too deeply") as caught:
        read(b'[{"source_id": "a"}, ' + b"[" * 100_000 + b"]" * 100_000 + b"]")
    assert caught.value.parameter == "orders"


def test_a_json_array_is_read_an_item_at_a_time() -> None:
    # Memory stays flat: the first item comes before the rest of the file is read.
    data = b"[" + b", ".join(
        json.dumps({"source_id": f"s{n}", "pad": "x" * 500}).encode() for n in range(2000)
    )
    stream = io.BytesIO(data + b"]")
    orders = read_stream(stream)
    assert next(orders)["source_id"] == "s0"
    assert stream.tell() <= 3 * _BLOCK < len(data)


def test_ndjson_whose_first_record_is_not_an_object_is_still_read_line_by_line() -> None:
    assert read(b'42\n{"source_id": "a"}\n') == [42, {"source_id": "a"}]


@pytest.mark.parametrize("source", [b'{"source_id": "a"}', {"source_id": "a"}])
def test_a_single_order_or_bytes_given_as_the_source_is_refused(source: Any) -> None:
    from voucherify_orders._order_source import read_orders

    with pytest.raises(ParameterError, match="got a single") as caught:
        list(read_orders(source))
    assert caught.value.parameter == "orders"


def test_a_json_arrays_refills_stay_a_block_however_many_items_it_holds() -> None:
    # Each refill reads what is pending or a block, whichever is more: never as much again as
    # the buffer already read (that doubled the read at every refill, the whole file at the end).
    data = b"[" + b", ".join(
        json.dumps({"source_id": f"s{n}", "pad": "x" * 500}).encode() for n in range(4000)
    )
    reads: list[int] = []

    class Recording(io.BytesIO):
        def read(self, size: int | None = -1) -> bytes:
            reads.append(-1 if size is None else size)
            return super().read(size)

    assert sum(1 for _ in read_stream(Recording(data + b"]"))) == 4000
    assert len(reads) > 30
    assert max(reads) == _BLOCK


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (
            b'{\n  "source_id": "a"\n}\n',
            "the input opens with a JSON object written over several lines; expected NDJSON "
            "(one order per line) or a JSON array of orders",
        ),
        (b'[{"source_id": "a"}, ', "the JSON array is not closed with ']'"),
    ],
)
def test_a_refused_inputs_problem_is_said_in_full(data: bytes, problem: str) -> None:
    with pytest.raises(ParameterError) as caught:
        read(data)
    assert (caught.value.parameter, caught.value.problem) == ("orders", problem)


def test_a_single_order_as_the_source_is_refused_in_full() -> None:
    from voucherify_orders._order_source import read_orders

    with pytest.raises(ParameterError) as caught:
        list(read_orders({"source_id": "a"}))
    assert caught.value.problem == "expected an iterable of orders or a path, got a single dict"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        # Two arrays, or NDJSON whose lines are arrays: the orders after the first were left out.
        (b'[{"source_id": "a"}]\n[{"source_id": "b"}]\n', "more follows the JSON array's closing ']'"),
        (b'[{"source_id": "a"}] trailing', "more follows the JSON array's closing ']'"),
        (b'[{"source_id": "a"} {"source_id": "b"}]', "expected ',' or ']' after item 1, got '{'"),
        (b'[{"source_id": "a"},,{"source_id": "b"}]', "expected item 2, got ','"),
        (b'[{"source_id": "a"},]', "expected item 2, got ']'"),
        (b'[,{"source_id": "a"}]', "expected item 1, got ','"),
    ],
)
def test_a_json_array_is_read_strictly_to_its_end(data: bytes, problem: str) -> None:
    # Found by a witness: the reader skipped any run of commas, took items without one, and
    # stopped at the first ']' (an import of two arrays imported the first, exited 0, and said
    # every order was accounted for).
    with pytest.raises(ParameterError, match=re.escape(problem)):
        read(data + b" " * 70_000)  # past the first block too


def test_white_space_around_an_array_is_fine() -> None:
    assert read(b' \n[ {"source_id": "a"} ,\n {"source_id": "b"} ]\n\n') == [
        {"source_id": "a"},
        {"source_id": "b"},
    ]
    assert read(b"[ ]\n") == []


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_or_utf32_input_is_refused_as_a_whole(encoding: str) -> None:
    # Read as UTF-8, every line failed, and the final NUL byte became a record of its own.
    text = '{"source_id": "a"}\n{"source_id": "b"}\n'
    with pytest.raises(ParameterError, match="UTF-16 or UTF-32"):
        read(text.encode(encoding))


def test_a_bom_then_a_block_of_white_space_before_an_array_is_still_an_array() -> None:
    # The BOM counted as content, so the head was judged to be all white space: NDJSON, and the
    # whole array one failed record. Found by a witness.
    data = b"\xef\xbb\xbf" + b" " * (_BLOCK + 10) + b'[{"source_id": "a"}, {"source_id": "b"}]'
    assert read(data) == [{"source_id": "a"}, {"source_id": "b"}]


@pytest.mark.parametrize("number", [b"1.25e-07", b"-12.5", b"3e+10", b"1234567"])
def test_a_number_item_cut_by_a_block_boundary_anywhere_is_read_whole(number: bytes) -> None:
    # Cut at `1.` or `1e`, the decoder read a shorter number and the rest was "expected ','".
    for cut in range(1, len(number)):
        prefix = b"[" + b" " * (_BLOCK - 1 - cut)  # the block ends `cut` bytes into the number
        data = prefix + number + b', {"source_id": "a"}]'
        assert read(data) == [json.loads(number), {"source_id": "a"}], cut


# Survivors of a later `nox -s mutants` run: what a refusal names and says, and which bytes count.


def test_utf16_input_is_refused_on_orders_in_so_many_words() -> None:
    # Pins the refusal's parameter and its whole message (the match above finds it within others).
    with pytest.raises(ParameterError) as refused:
        read('{"source_id": "a"}\n'.encode("utf-16"))
    assert refused.value.parameter == "orders"
    assert str(refused.value) == "orders: the input is UTF-16 or UTF-32 text; expected UTF-8 (save it so)"


def test_a_nul_byte_past_the_first_two_is_that_records_failure_not_a_utf16_refusal() -> None:
    # Pins that only the first two bytes are read for UTF-16/32's NULs: UTF-8 NDJSON with a NUL
    # later (here its third byte) loses that line alone, the other records are read.
    orders = read(b'{}\x00\n{"source_id": "a"}\n')
    assert [type(order) for order in orders] == [_Malformed, dict]
    assert orders[0].reason.startswith("line 1 is not valid JSON")
    assert orders[1] == {"source_id": "a"}


def test_a_stray_letter_between_items_is_no_white_space() -> None:
    # Pins the white space skipped between items: a letter there is malformed, never skipped.
    with pytest.raises(ParameterError) as caught:
        read(b'[{"source_id": "a"} X]')
    assert (
        str(caught.value) == "orders: the JSON array is malformed: expected ',' or ']' after item 1, got 'X'"
    )


def test_a_letter_where_an_item_begins_is_the_decoders_complaint() -> None:
    # Pins that only ',' and ']' are taken for a missing item: any other character is left to
    # the JSON decoder, whose message is then the refusal's.
    with pytest.raises(ParameterError, match="malformed: Expecting value"):
        read(b"[X]")


def test_one_character_right_after_the_closing_bracket_is_more_that_follows() -> None:
    # Pins the check after the array from the character right after its ']' (an extra bracket
    # was skipped, and the input taken as whole), and the parameter it names.
    with pytest.raises(ParameterError) as caught:
        read(b'[{"source_id": "a"}]]')
    assert caught.value.parameter == "orders"
    assert str(caught.value) == (
        "orders: more follows the JSON array's closing ']' (']'...): "
        "expected one JSON array of orders, or NDJSON (one order object per line)"
    )
