"""`orders export` against a fake API whose CSV download breaks off, and its --filter parsing."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from voucherify_orders.emulator import Emulator, EmulatorServer

from tests.e2e.test_cli import APP_ID, SECRET, run

ROWS = 20_000
CSV = ("id,source_id,status\n" + "".join(f"ord_{i:018d},src{i},PAID\n" for i in range(ROWS))).encode()


class _ShortDownload(BaseHTTPRequestHandler):
    """An export that is done at once; its CSV announces its whole length and sends half."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args: Any) -> None:
        pass

    def _json(self, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _export(self, status: str) -> dict[str, Any]:
        port = self.server.server_address[1]
        return {
            "id": "exp_short1",
            "object": "export",
            "created_at": "2026-01-01T00:00:00.000Z",
            "status": status,
            "channel": "API",
            "exported_object": "order",
            "parameters": {"order": "-created_at", "fields": ["id", "source_id", "status"]},
            "result": {"url": f"http://127.0.0.1:{port}/v1/exports/exp_short1?token=t0k"}
            if status == "DONE"
            else None,
            "user_id": None,
        }

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self._json(self._export("SCHEDULED"))

    def do_GET(self) -> None:
        if "token=" not in self.path:
            self._json(self._export("DONE"))
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/csv")
        self.send_header("Content-Length", str(len(CSV)))
        self.end_headers()
        self.wfile.write(CSV[: len(CSV) // 2])
        self.wfile.flush()
        self.close_connection = True


@pytest.fixture
def short_download() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _ShortDownload)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_download_cut_short_on_stdout_says_what_was_written(short_download: str) -> None:
    # It said "nothing was kept" although half the CSV was already on standard output.
    result = run(
        None,
        "orders",
        "export",
        VOUCHERIFY_APP_ID=APP_ID,
        VOUCHERIFY_SECRET_KEY=SECRET,
        VOUCHERIFY_API_URL=short_download,
    )
    assert result.returncode == 3, result.stderr
    lines = result.stdout.count("\n")
    assert 0 < lines < ROWS
    error = result.stderr.splitlines()[-1]
    assert error.startswith("error: the download broke off after "), error
    assert "nothing was kept" not in error
    assert "written to it already" not in error  # said twice: once by the library, once here
    assert error.endswith(
        f"; the output is incomplete: the first {len(result.stdout.encode()):,} bytes of the CSV "
        f"({lines:,} lines, the last one maybe cut) were already written to standard output"
    ), error


@pytest.fixture
def server() -> Iterator[EmulatorServer]:
    with Emulator(app_id=APP_ID, secret_key=SECRET, seed=47).serve() as running:
        yield running


def test_a_repeated_list_filter_adds_its_values_and_any_other_repeat_is_refused(
    server: EmulatorServer, tmp_path: Path
) -> None:
    # `--filter status:$in=PAID --filter status:$in=CREATED` exported only CREATED: the
    # second silently replaced the first.
    orders = tmp_path / "orders.ndjson"
    orders.write_text(
        '{"source_id": "p1", "status": "PAID", "amount": 5}\n'
        '{"source_id": "c1", "status": "CREATED", "amount": 50}\n'
        '{"source_id": "f1", "status": "FULFILLED", "amount": 500}\n'
    )
    assert run(server, "orders", "import", str(orders)).returncode == 0
    both = run(
        server, "orders", "export", "--field", "source_id", "--order", "created_at",
        "--filter", "status:$in=PAID", "--filter", "status:$in=CREATED",
    )  # fmt: skip
    assert both.returncode == 0, both.stderr
    assert both.stdout.splitlines() == ["source_id", "p1", "c1"]
    twice = run(
        server, "orders", "export", "--filter", "amount:$more_than=1", "--filter", "amount:$more_than=10"
    )
    assert twice.returncode == 2 and twice.stdout == ""
    assert twice.stderr.startswith(
        "error: Invalid value for --filter: amount:$more_than is given twice, with 1 and 10: "
        "a condition takes one value (for any of several, use amount:$in=A,B)"
    ), twice.stderr


def test_a_text_fields_filter_value_is_text(server: EmulatorServer, tmp_path: Path) -> None:
    # `source_id:$is=true` was sent as the JSON boolean true, which no source_id equals.
    orders = tmp_path / "orders.ndjson"
    orders.write_text('{"source_id": "true", "amount": 1}\n{"source_id": "100", "amount": 2}\n')
    assert run(server, "orders", "import", str(orders)).returncode == 0
    for condition, expected in (("$is=true", ["true"]), ("$in=true,100", ["true", "100"])):
        result = run(
            server, "orders", "export", "--field", "source_id", "--order", "created_at",
            "--filter", f"source_id:{condition}",
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines() == ["source_id", *expected], condition


def test_filter_values_that_python_thinks_equal_are_two_values_and_a_quoted_comma_stays() -> None:
    # Found by a witness: `$in=1` then `$in=true` kept [1] (True == 1 in Python), leaving out the
    # orders whose metadata holds true; and `$is="a,b"` was split at its quoted comma.
    from voucherify_orders.cli._app import _filters, _parse_filter

    merged = _filters(["metadata.x:$in=1", "metadata.x:$in=true", "metadata.x:$in=1"], "and")
    assert merged == {"junction": "and", "metadata.x": {"conditions": {"$in": [1, True]}}}
    assert [type(v) for v in merged["metadata.x"]["conditions"]["$in"]] == [int, bool]
    assert _parse_filter('source_id:$is="a,b"') == ("source_id", "$is", "a,b")
    assert _parse_filter('source_id:$in=a,"b,c",d') == ("source_id", "$in", ["a", "b,c", "d"])
    assert _parse_filter('metadata.note:$in="x,y",2') == ("metadata.note", "$in", ["x,y", 2])


def test_filter_lists_split_only_where_the_values_mean_it() -> None:
    # Found by a witness: a quote within a value (`5" screen`) opened a quoted run that swallowed
    # the next comma; empty values were sent as ""; repeats within one option stayed doubled;
    # a text field's JSON list had its numbers re-printed (`1e2` as "100.0").
    import click
    from voucherify_orders.cli._app import _filters, _parse_filter

    assert _parse_filter('metadata.size:$in=5" screen,6" screen')[2] == ['5" screen', '6" screen']
    assert _parse_filter('source_id:$in=O"Brien,Smith')[2] == ['O"Brien', "Smith"]
    assert _parse_filter("status:$in=PAID,PAID")[2] == ["PAID"]
    assert _filters(["metadata.n:$in=1", "metadata.n:$in=2,2"], "and") == {
        "junction": "and",
        "metadata.n": {"conditions": {"$in": [1, 2]}},
    }
    # And (a later witness): a comma split the value of a one-value condition; a space before a
    # quote broke the quoting; an unclosed quote was kept as text; `$in=` and `$in=[]` were sent.
    assert _parse_filter("metadata.note:$is=Hello, world")[2] == "Hello, world"
    assert _parse_filter("amount:$more_than=1,000")[2] == "1,000"
    assert _parse_filter('status:$in=PAID, "A,B" ,C')[2] == ["PAID", "A,B", "C"]
    # (and the last one): a space before a JSON list split it into junk that exported the
    # wrong orders; a text value opening with `[` was refused; a no-break space was dropped.
    assert _parse_filter('status:$not_in= ["CANCELED"]')[2] == ["CANCELED"]
    assert _parse_filter("source_id:$is=[legacy] 42")[2] == "[legacy] 42"
    assert _parse_filter("source_id:$in=x\u00a0,y")[2] == ["x\u00a0", "y"]
    for wrong, said in [
        ("status:$in=PAID,", "the list has an empty value"),
        ("status:$in=a,,b", "the list has an empty value"),
        ("status:$in=", "the list has an empty value"),
        ("status:$in=[]", "the list has no value"),
        ('status:$in="PAID,FULFILLED', "a quote is not closed"),
        ('source_id:$in=[1e2,"x"]', "source_id takes text: quote each value of its JSON list"),
        ("status:$in=[PAID,CREATED]", "the list is not valid JSON"),
    ]:
        with pytest.raises(click.BadParameter, match=re.escape(said)):
            _parse_filter(wrong)
