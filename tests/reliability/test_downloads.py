"""Downloads are atomic, and the CSV reads the same sync and async (issue 14 item 7).

Each refusal leaves an existing destination untouched and no temporary file behind, and
raises a VoucherifyError; in-process (MockTransport, bodies given whole or streamed) and
over real HTTP, where a short body or a dropped connection is what the socket does.
"""

from __future__ import annotations

import asyncio
import csv
import functools
import gzip
import io
import os
import socket
import socketserver
import stat
import threading
import zlib
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from voucherify_orders import (
    APIConnectionError,
    AsyncVoucherify,
    ParameterError,
    Voucherify,
    VoucherifyError,
    testing,
)
from voucherify_orders._export import CsvRows, DownloadError
from voucherify_orders_client.models import Export

from tests.conftest import APP_ID, SECRET
from tests.raw_server import read_head

URL = "https://download.voucherify.io/v1/exports/exp_1?token=secret-token-123"
CSV = b"id,source_id,status\n" + b"".join(b"ord_%d,s-%d,PAID\n" % (i, i) for i in range(2000))


def done(url: str = URL) -> Export:
    return Export.from_dict({"id": "exp_1", "object": "export", "status": "DONE", "result": {"url": url}})


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A streamed body: these chunks, then optionally a dropped connection."""

    def __init__(self, chunks: list[bytes], drop: bool = False, between: Callable[[], None] | None = None):
        self.chunks, self.drop, self.between = chunks, drop, between

    def __iter__(self) -> Iterator[bytes]:
        for index, chunk in enumerate(self.chunks):
            if index and self.between is not None:
                self.between()
            yield chunk
        if self.drop:
            raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


def halves(data: bytes) -> list[bytes]:
    return [data[: len(data) // 2], data[len(data) // 2 :]]


GZIPPED = gzip.compress(CSV)
CSV_HEADERS = {"content-type": "text/csv"}

# name: what the download host answers (a fresh response each time: streams are read once)
REFUSED: dict[str, Callable[[], httpx.Response]] = {
    "html page": lambda: httpx.Response(
        200, headers={"content-type": "text/html"}, content=b"<html>login</html>"
    ),
    "json body": lambda: httpx.Response(200, json={"code": 401, "key": "unauthorized"}),
    "problem+json": lambda: httpx.Response(
        200, headers={"content-type": "application/problem+json"}, content=b"{}"
    ),
    "xml error": lambda: httpx.Response(
        200, headers={"content-type": "application/xml"}, content=b"<Error/>"
    ),
    "302 redirect": lambda: httpx.Response(
        302, headers={"location": "https://files.example/x.csv?token=abc"}
    ),
    "301 redirect": lambda: httpx.Response(301, headers={"location": "/elsewhere"}),
    "307 redirect": lambda: httpx.Response(307, headers={"location": "https://download.voucherify.io/v2"}),
    "204 no content": lambda: httpx.Response(204),
    "206 partial": lambda: httpx.Response(206, headers=CSV_HEADERS, content=CSV[:100]),
    "401": lambda: httpx.Response(401, json={"code": 401, "key": "unauthorized", "message": "Unauthorized"}),
    "404": lambda: httpx.Response(404, json={"code": 404, "key": "not_found", "message": "Not found"}),
    "500": lambda: httpx.Response(500, json={"code": 500, "key": "internal_error", "message": "x"}),
    # An error's body is read to decode it: a connection dropped within it is a VoucherifyError
    # too (it escaped as httpx's own). Found by a witness.
    "500, its body dropped": lambda: httpx.Response(
        500, headers={"content-type": "application/json"}, stream=Body([b'{"code": 5'], drop=True)
    ),
    "short body, read whole": lambda: httpx.Response(
        200, headers={**CSV_HEADERS, "content-length": str(len(CSV) + 10)}, content=CSV
    ),
    "short body, streamed": lambda: httpx.Response(
        200, headers={**CSV_HEADERS, "content-length": str(len(CSV) + 10)}, stream=Body(halves(CSV))
    ),
    "dropped connection": lambda: httpx.Response(
        200, headers=CSV_HEADERS, stream=Body(halves(CSV), drop=True)
    ),
    "gzip cut short": lambda: httpx.Response(
        200,
        headers={**CSV_HEADERS, "content-encoding": "gzip"},
        stream=Body(halves(GZIPPED[: len(GZIPPED) // 2])),
    ),
    # Sent with a content type that does not say what they are: known by their first bytes.
    "html page as octet-stream, streamed": lambda: httpx.Response(
        200,
        headers={"content-type": "application/octet-stream"},
        stream=Body([b"\n  <!DOCTYPE html>", b"<html>login</html>"]),
    ),
    "html page, no content type": lambda: httpx.Response(200, content=b"<html>login</html>"),
    # Its first chunk ends within the BOM (or holds only whitespace): sniffed across chunks.
    "html page after a BOM cut across chunks": lambda: httpx.Response(
        200,
        headers={"content-type": "application/octet-stream"},
        stream=Body([b"\xef\xbb", b"\xbf", b" \n", b"<html>login</html>"]),
    ),
    "json body as text/plain": lambda: httpx.Response(
        200, headers={"content-type": "text/plain"}, content=b'{"code": 401}'
    ),
    "gzipped html as text/csv": lambda: httpx.Response(
        200,
        headers={**CSV_HEADERS, "content-encoding": "gzip"},
        stream=Body(halves(gzip.compress(b"\xef\xbb\xbf<html>error</html>"))),
    ),
    "gzip broken": lambda: httpx.Response(
        200,
        headers={**CSV_HEADERS, "content-encoding": "gzip"},
        stream=Body([GZIPPED[:100], b"\x00garbage" * 50]),
    ),
}


def recording(
    answer: Callable[[], httpx.Response],
) -> tuple[list[httpx.Request], Callable[..., httpx.Response]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer()

    return seen, handler


def sync_client(handler: Callable[..., httpx.Response]) -> Voucherify:
    return Voucherify(APP_ID, SECRET, transport=httpx.MockTransport(handler), retry_policy=testing.no_waits())


def async_client(handler: Callable[..., httpx.Response]) -> AsyncVoucherify:
    return AsyncVoucherify(
        APP_ID, SECRET, transport=httpx.MockTransport(handler), retry_policy=testing.no_waits()
    )


def untouched(folder: Path) -> None:
    assert (folder / "orders.csv").read_text() == "kept\n"
    assert sorted(p.name for p in folder.iterdir()) == ["orders.csv"]  # no temporary file left


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_refused_download_raises_and_leaves_the_destination_untouched(name: str, tmp_path: Path) -> None:
    (tmp_path / "orders.csv").write_text("kept\n")
    seen, handler = recording(REFUSED[name])
    with sync_client(handler) as client:
        with pytest.raises(VoucherifyError) as caught:
            client.exports.download(done(), tmp_path / "orders.csv")
        untouched(tmp_path)
        sent = len(seen)
        with pytest.raises(VoucherifyError):
            list(client.exports.iter_rows(done()))
    assert "secret-token-123" not in str(caught.value)
    assert {r.url.host for r in seen} == {"download.voucherify.io"}  # a redirect is never followed
    if "redirect" in name:
        assert isinstance(caught.value, DownloadError)
        assert "redirect" in str(caught.value) and "not followed" in str(caught.value)
        assert sent == 1 and len(seen) == 2
    if name.startswith(("short", "dropped")):
        assert isinstance(caught.value, APIConnectionError)


@pytest.mark.parametrize("name", sorted(REFUSED))
async def test_a_refused_download_raises_and_leaves_the_destination_untouched_async(
    name: str, tmp_path: Path
) -> None:
    (tmp_path / "orders.csv").write_text("kept\n")
    seen, handler = recording(REFUSED[name])
    async with async_client(handler) as client:
        with pytest.raises(VoucherifyError) as caught:
            await client.exports.download(done(), tmp_path / "orders.csv")
        untouched(tmp_path)
        sent = len(seen)
        with pytest.raises(VoucherifyError):
            [row async for row in client.exports.iter_rows(done())]
    assert {r.url.host for r in seen} == {"download.voucherify.io"}
    if "redirect" in name:
        assert isinstance(caught.value, DownloadError) and sent == 1 and len(seen) == 2


def _written_beside(folder: Path) -> Callable[[], None]:
    """Between chunks: the destination still holds the old file, the new one grows beside it."""

    def check() -> None:
        assert (folder / "orders.csv").read_text() == "kept\n"
        parts = [p.name for p in folder.iterdir() if p.name != "orders.csv"]
        assert len(parts) == 1 and parts[0].startswith(".orders.csv.") and parts[0].endswith(".part"), parts

    return check


def test_a_csv_whose_bom_is_cut_across_chunks_is_downloaded_and_read(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbf" + CSV

    def answer() -> httpx.Response:
        return httpx.Response(200, headers=CSV_HEADERS, stream=Body([data[:1], data[1:2], data[2:]]))

    with sync_client(recording(answer)[1]) as client:
        written = client.exports.download(done(), tmp_path / "orders.csv")
        rows = list(client.exports.iter_rows(done()))
    assert (tmp_path / "orders.csv").read_bytes() == data and written == len(data)
    assert len(rows) == 2000 and rows[0]["id"] == "ord_0"


@pytest.mark.parametrize("encoding", ["identity", "gzip"])
def test_a_whole_body_is_moved_into_place_at_the_end(encoding: str, tmp_path: Path) -> None:
    (tmp_path / "orders.csv").write_text("kept\n")
    data = GZIPPED if encoding == "gzip" else CSV
    headers = {**CSV_HEADERS, "content-length": str(len(data)), "content-encoding": encoding}

    downloads = [_written_beside(tmp_path), None]  # the check applies while downloading, not after

    def answer() -> httpx.Response:
        return httpx.Response(200, headers=headers, stream=Body(halves(data), between=downloads.pop(0)))

    with sync_client(recording(answer)[1]) as client:
        written = client.exports.download(done(), tmp_path / "orders.csv")
        rows = list(client.exports.iter_rows(done()))
    assert (tmp_path / "orders.csv").read_bytes() == CSV and written == len(CSV)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["orders.csv"]
    assert len(rows) == 2000 and rows[-1] == {"id": "ord_1999", "source_id": "s-1999", "status": "PAID"}


@pytest.mark.parametrize("encoding", ["identity", "gzip"])
async def test_a_whole_body_is_moved_into_place_at_the_end_async(encoding: str, tmp_path: Path) -> None:
    (tmp_path / "orders.csv").write_text("kept\n")
    data = GZIPPED if encoding == "gzip" else CSV
    headers = {**CSV_HEADERS, "content-length": str(len(data)), "content-encoding": encoding}

    downloads = [_written_beside(tmp_path), None]  # the check applies while downloading, not after

    def answer() -> httpx.Response:
        return httpx.Response(200, headers=headers, stream=Body(halves(data), between=downloads.pop(0)))

    async with async_client(recording(answer)[1]) as client:
        written = await client.exports.download(done(), tmp_path / "orders.csv")
        rows = [row async for row in client.exports.iter_rows(done())]
    assert (tmp_path / "orders.csv").read_bytes() == CSV and written == len(CSV)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["orders.csv"]
    assert len(rows) == 2000


# -- over real HTTP ------------------------------------------------------------------------------------


class _Host(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    paths: list[str]


class _Answer(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        sock: socket.socket = self.request
        head = read_head(sock)
        if not head:
            return
        path = head.split(b" ", 2)[1].decode()
        assert isinstance(self.server, _Host)
        self.server.paths.append(path)
        export_id = path.split("?")[0].rsplit("/", 1)[-1]
        csv_head = b"HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nConnection: close\r\n"
        if export_id == "short":
            sock.sendall(csv_head + b"Content-Length: %d\r\n\r\n" % len(CSV) + CSV[:1000])
        elif export_id == "drop":  # chunked, and the connection closes inside a chunk
            sock.sendall(csv_head + b"Transfer-Encoding: chunked\r\n\r\n" + b"%x\r\n" % len(CSV) + CSV[:5000])
        elif export_id == "unsized-cut":  # no length, no chunks: the connection's end ends it
            sock.sendall(csv_head + b"\r\n" + CSV[: CSV.index(b"\n", 5000) - 3])
        elif export_id == "unsized":
            sock.sendall(csv_head + b"\r\n" + CSV)
        elif export_id == "unsized-deflate":  # its last byte is deflate's, not the CSV's
            packed = zlib.compress(CSV)
            sock.sendall(csv_head + b"Content-Encoding: deflate\r\n\r\n" + packed)
        elif export_id == "unsized-deflate-cut":
            packed = zlib.compress(CSV)
            sock.sendall(csv_head + b"Content-Encoding: deflate\r\n\r\n" + packed[: len(packed) * 2 // 3])
        elif export_id == "gzip-2members":  # httpx reads the first member alone: half the CSV
            packed = gzip.compress(CSV[:20000]) + gzip.compress(CSV[20000:])
            sock.sendall(
                csv_head + b"Content-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(packed) + packed
            )
        elif export_id == "gzip-listed-cut":  # a list of codings, cut where only its end could tell
            sock.sendall(
                csv_head + b"Content-Encoding: gzip, identity\r\n\r\n" + GZIPPED[: len(GZIPPED) // 2]
            )
        elif export_id == "x-gzip":  # httpx would write it as it came, compressed
            sock.sendall(
                csv_head + b"Content-Encoding: x-gzip\r\nContent-Length: %d\r\n\r\n" % len(GZIPPED) + GZIPPED
            )
        elif (
            export_id == "utf8-coding"
        ):  # a misconfigured store's label, no compression: httpx passes it over
            sock.sendall(csv_head + b"Content-Encoding: utf-8\r\nContent-Length: %d\r\n\r\n" % len(CSV) + CSV)
        elif export_id == "gzip-padded":  # NULs after the stream, as gzip -d takes them
            packed = GZIPPED + b"\x00" * 512
            sock.sendall(
                csv_head + b"Content-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(packed) + packed
            )
        elif export_id == "gzip-empty":
            sock.sendall(csv_head + b"Content-Encoding: gzip\r\nContent-Length: 0\r\n\r\n")
        elif export_id == "unsized-raw-deflate":  # "deflate" without zlib's wrapper
            squeeze = zlib.compressobj(wbits=-zlib.MAX_WBITS)
            packed = squeeze.compress(CSV) + squeeze.flush()
            sock.sendall(csv_head + b"Content-Encoding: deflate\r\n\r\n" + packed)
        elif export_id == "redirect":
            sock.sendall(
                b"HTTP/1.1 302 Found\r\nLocation: /v1/exports/ok?token=t\r\nContent-Length: 0\r\n\r\n"
            )
        elif export_id == "html":
            page = b"<!doctype html><title>Sign in</title>"
            sock.sendall(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(page) + page
            )
        elif export_id == "gzip":
            sock.sendall(
                csv_head + b"Content-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(GZIPPED) + GZIPPED
            )
        else:
            sock.sendall(csv_head + b"Content-Length: %d\r\n\r\n" % len(CSV) + CSV)
        sock.shutdown(socket.SHUT_RDWR)


@pytest.fixture
def host() -> Iterator[_Host]:
    server = _Host(("127.0.0.1", 0), _Answer)
    server.paths = []
    thread = threading.Thread(target=functools.partial(server.serve_forever, poll_interval=0.02), daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _url(host: _Host, export_id: str) -> str:
    return f"http://127.0.0.1:{host.server_address[1]}/v1/exports/{export_id}?token=t"


@pytest.mark.parametrize(
    ("export_id", "error"),
    [
        ("short", APIConnectionError),
        ("drop", APIConnectionError),
        # Found by witnesses: cut within a line, it was taken as the whole CSV.
        ("unsized-cut", APIConnectionError),
        ("unsized-deflate-cut", DownloadError),
        # Found by a witness: each was taken, half the CSV or compressed bytes written as the whole.
        ("gzip-2members", DownloadError),
        ("gzip-listed-cut", DownloadError),
        ("x-gzip", DownloadError),
        ("redirect", DownloadError),
        ("html", DownloadError),
    ],
)
def test_over_http_a_bad_download_leaves_the_destination_untouched(
    host: _Host, tmp_path: Path, export_id: str, error: type[Exception]
) -> None:
    (tmp_path / "orders.csv").write_text("kept\n")
    base = f"http://127.0.0.1:{host.server_address[1]}"
    export = done(_url(host, export_id))
    with Voucherify(APP_ID, SECRET, base_url=base, retry_policy=testing.no_waits()) as client:
        with pytest.raises(error):
            client.exports.download(export, tmp_path / "orders.csv")
        untouched(tmp_path)
        with pytest.raises(error):
            list(client.exports.iter_rows(export))

    async def run_async() -> None:
        async with AsyncVoucherify(APP_ID, SECRET, base_url=base, retry_policy=testing.no_waits()) as client:
            with pytest.raises(error):
                await client.exports.download(export, tmp_path / "orders.csv")
            with pytest.raises(error):
                [row async for row in client.exports.iter_rows(export)]

    asyncio.run(run_async())
    untouched(tmp_path)
    assert all("/ok" not in path for path in host.paths)  # the redirect was not followed


@pytest.mark.parametrize(
    "export_id",
    ["ok", "gzip", "unsized", "unsized-deflate", "unsized-raw-deflate", "utf8-coding", "gzip-padded"],
)
def test_over_http_a_whole_download_arrives(host: _Host, tmp_path: Path, export_id: str) -> None:
    base = f"http://127.0.0.1:{host.server_address[1]}"
    export = done(_url(host, export_id))
    with Voucherify(APP_ID, SECRET, base_url=base, retry_policy=testing.no_waits()) as client:
        assert client.exports.download(export, tmp_path / "orders.csv") == len(CSV)
        rows = list(client.exports.iter_rows(export))

    async def run_async() -> list[dict[str, str]]:
        async with AsyncVoucherify(APP_ID, SECRET, base_url=base, retry_policy=testing.no_waits()) as client:
            assert await client.exports.download(export, tmp_path / "async.csv") == len(CSV)
            return [row async for row in client.exports.iter_rows(export)]

    assert asyncio.run(run_async()) == rows
    assert (tmp_path / "orders.csv").read_bytes() == CSV == (tmp_path / "async.csv").read_bytes()
    assert len(rows) == 2000


# -- one CSV parser: the csv module's rows, sync and async alike ----------------------------------------


def csv_module_rows(data: bytes, *, complete: bool = True) -> list[dict[str, str]]:
    """
    What the csv module reads from the same bytes (a row shorter than the header: its own
    keys); `complete=False` leaves out the last record, one a quoted field holds open.
    Raises Refused where a cell would be dropped: a row longer than the header, or
    different cells under one repeated column name.
    """
    records = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    records = records if complete else records[:-1]
    if not records:
        return []
    header = records[0]
    rows = [row for row in records[1:] if row]
    for row in rows:
        cells = [{c for column, c in zip(header, row, strict=False) if column == name} for name in header]
        if len(row) > len(header) or any(len(under) > 1 for under in cells):
            raise Refused
    return [dict(zip(header, row, strict=False)) for row in rows]


class Refused(Exception):
    """The CSV has a cell that a row's dict would drop."""


STRAY_QUOTES = [
    b'id,note\nord_1,he said "hi"\nord_2,plain\n',  # a quote inside an unquoted field
    b'id,note\nord_1,"closed"tail\nord_2,x\n',  # text after a closing quote
    b'id,note\nord_1,"a ""quoted"" word"\nord_2,"line\nbreak"\n',
    b'id,note\r\nord_1,"cr\rinside"\r\nord_2,x\r\n',
    b"\xef\xbb\xbfid,note\nord_1,x\rord_2,y\n",  # BOM, and a lone \r ending a record
    b"id,note\nord_1,x",  # no newline at the end
]


def _serve(data: bytes, size: int) -> Callable[..., httpx.Response]:
    chunks = [data[i : i + size] for i in range(0, len(data), size)]
    return lambda request: httpx.Response(200, headers=CSV_HEADERS, stream=Body(list(chunks)))


@pytest.mark.parametrize("data", STRAY_QUOTES)
@pytest.mark.parametrize("size", [1, 2, 7, 4096])
def test_stray_quotes_give_the_same_rows_sync_async_and_csv_module(data: bytes, size: int) -> None:
    with sync_client(_serve(data, size)) as client:
        sync_rows = list(client.exports.iter_rows(done()))

    async def read_async() -> list[dict[str, str]]:
        async with async_client(_serve(data, size)) as client:
            return [row async for row in client.exports.iter_rows(done())]

    assert sync_rows == asyncio.run(read_async()) == csv_module_rows(data)
    assert sync_rows  # every one of these has rows


def ends_in_quotes(text: str) -> bool:
    """
    Whether the csv module's reader is inside a quoted field at the end of `text`, told by
    the csv module alone: there, one more quote closes the field and changes no row, and two
    more add a quote to it.
    """

    def records(text: str) -> list[list[str]]:
        return list(csv.reader(io.StringIO(text, newline="")))

    return records(text + '"') == records(text) != records(text + '""')


@pytest.mark.parametrize(
    "data",
    [
        b'id,note\nord_1,"never closed\nord_2,x\nord_3,y\n',  # one field to the end of the body
        b'id,note\nord_1,"cut ""here',
        b'"id',
    ],
)
@pytest.mark.parametrize("size", [1, 5, 4096])
def test_a_body_that_ends_inside_a_quoted_field_was_cut_short(data: bytes, size: int) -> None:
    assert ends_in_quotes(data.decode())
    with sync_client(_serve(data, size)) as client, pytest.raises(DownloadError, match="cut short"):
        list(client.exports.iter_rows(done()))

    async def read_async() -> list[dict[str, str]]:
        async with async_client(_serve(data, size)) as client:
            return [row async for row in client.exports.iter_rows(done())]

    with pytest.raises(DownloadError, match="cut short"):
        asyncio.run(read_async())


def test_a_stray_quote_row_is_returned_as_the_csv_module_reads_it() -> None:
    with sync_client(_serve(STRAY_QUOTES[0], 3)) as client:
        rows = list(client.exports.iter_rows(done()))
    assert rows == [{"id": "ord_1", "note": 'he said "hi"'}, {"id": "ord_2", "note": "plain"}]


@settings(max_examples=400, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(["a", "é", ",", '"', "\n", "\r", " "]), max_size=40),
    cuts=st.lists(st.integers(min_value=0, max_value=120), max_size=6),
)
def test_any_text_in_any_chunks_reads_as_the_csv_module_reads_it(text: str, cuts: list[int]) -> None:
    data = text.encode()
    try:
        # A bad row is refused as it is read, before the end shows a quoted field left open.
        expected: Any = csv_module_rows(data, complete=not ends_in_quotes(text))
        if ends_in_quotes(text):
            expected = "cut short"
    except csv.Error:
        expected = "csv.Error"
    except Refused:
        expected = "refused"
    parser, rows, start = CsvRows(), [], 0
    try:
        for cut in sorted({min(c, len(data)) for c in cuts}):
            rows += parser.feed(data[start:cut])
            start = cut
        rows += parser.feed(data[start:]) + parser.close()
        got: Any = rows
    except DownloadError as exc:
        message = str(exc)
        got = "cut short" if "cut short" in message else "refused" if "row " in message else "csv.Error"
    assert got == expected


def test_text_that_is_not_utf8_is_a_download_error() -> None:
    data = b"id,note\nord_1,caf\xe9\n"
    with sync_client(_serve(data, 5)) as client, pytest.raises(DownloadError, match="not UTF-8"):
        list(client.exports.iter_rows(done()))


@pytest.mark.parametrize("encoding", ["deflate", "gzip"])  # httpx decodes these itself
def test_rows_of_a_body_whose_encoding_cannot_be_undone_raise_a_library_error(encoding: str) -> None:
    from voucherify_orders import VoucherifyError
    from voucherify_orders_client.models import Export

    from tests.conftest import make_client

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, headers={"Content-Type": "text/csv", "Content-Encoding": encoding}, content=b"not encoded"
        )

    export = Export.from_dict(
        {
            "id": "exp_1",
            "object": "export",
            "status": "DONE",
            "exported_object": "order",
            "result": {"url": "https://api.voucherify.io/v1/exports/exp_1?token=t"},
        }
    )
    client = make_client(handler)
    with client, pytest.raises(VoucherifyError):
        list(client.exports.iter_rows(export))


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_a_download_gets_the_permissions_open_would_give(tmp_path: Path) -> None:
    # As `open(path, "wb")`: a new file gets the umask's permissions (not the temporary
    # file's owner-only ones), and a file it replaces keeps its own. Found by an attack.
    def answer() -> httpx.Response:
        return httpx.Response(200, headers=CSV_HEADERS, content=CSV)

    umask = os.umask(0o022)
    try:
        with sync_client(recording(answer)[1]) as client:
            client.exports.download(done(), tmp_path / "new.csv")
            (tmp_path / "shared.csv").write_text("old\n")
            (tmp_path / "shared.csv").chmod(0o640)
            client.exports.download(done(), tmp_path / "shared.csv")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.csv").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "shared.csv").stat().st_mode) == 0o640
    assert (tmp_path / "shared.csv").read_bytes() == CSV


def test_a_destination_that_cannot_be_written_is_refused_before_anything_is_sent(tmp_path: Path) -> None:
    (tmp_path / "orders.csv").mkdir()
    seen, handler = recording(lambda: httpx.Response(200, headers=CSV_HEADERS, content=CSV))
    with sync_client(handler) as client:
        with pytest.raises(ParameterError, match="is a folder"):
            client.exports.download(done(), tmp_path / "orders.csv")
        with pytest.raises(ParameterError, match="does not exist"):
            client.exports.download(done(), tmp_path / "missing" / "orders.csv")
    assert seen == [] and sorted(p.name for p in tmp_path.iterdir()) == ["orders.csv"]


@pytest.mark.skipif(os.name != "posix", reason="symlinks and FIFOs")
def test_a_symlink_or_a_fifo_destination_is_written_through_not_replaced(tmp_path: Path) -> None:
    # `-o /dev/stdout`, `-o /dev/null` (as root) or a symlinked output used to be replaced by a
    # regular file: the CSV went nowhere the user looked, and the node or link was gone.
    def answer() -> httpx.Response:
        return httpx.Response(200, headers=CSV_HEADERS, content=CSV)

    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "orders.csv").write_text("old\n")
    (tmp_path / "link.csv").symlink_to(tmp_path / "real" / "orders.csv")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    with sync_client(recording(answer)[1]) as client:
        client.exports.download(done(), tmp_path / "link.csv")
        written = client.exports.download(done(), fifo)
    reader.join(10)
    assert (tmp_path / "link.csv").is_symlink()
    assert (tmp_path / "real" / "orders.csv").read_bytes() == CSV
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["orders.csv"]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert received == [CSV] and written == len(CSV)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"id,note\nord_1,a\nord_2,b,extra\n", "row 2 of the export's CSV has 3 cells, its header 2"),
        (
            b"id,id,note\nord_1,ord_1,a\nord_2,ord_3,b\n",
            "row 2 .* different cells under the repeated column 'id'",
        ),
    ],
)
def test_a_row_that_would_lose_a_cell_is_refused(data: bytes, message: str) -> None:
    # The csv module's DictReader would drop the extra cell, or keep one of the two ids.
    with sync_client(_serve(data, 4)) as client, pytest.raises(DownloadError, match=message):
        list(client.exports.iter_rows(done()))

    async def read_async() -> list[dict[str, str]]:
        async with async_client(_serve(data, 4)) as client:
            return [row async for row in client.exports.iter_rows(done())]

    with pytest.raises(DownloadError, match=message):
        asyncio.run(read_async())


def test_a_repeated_column_with_equal_cells_loses_nothing() -> None:
    # as an export of `fields=["id", "id"]` would be
    data = b"id,id,note\nord_1,ord_1,a\nord_2,ord_2\n"
    with sync_client(_serve(data, 3)) as client:
        rows = list(client.exports.iter_rows(done()))
    assert rows == [{"id": "ord_1", "note": "a"}, {"id": "ord_2"}]


def test_a_broken_download_says_what_it_left_behind(host: _Host, tmp_path: Path) -> None:
    # It said "nothing was kept" though a stream had been written to, and rows yielded.
    import io

    base = f"http://127.0.0.1:{host.server_address[1]}"
    export = done(_url(host, "short"))
    with Voucherify(APP_ID, SECRET, base_url=base, retry_policy=testing.no_waits()) as client:
        sink = io.BytesIO()
        with pytest.raises(APIConnectionError, match=r"its first 1000 bytes were written to it already"):
            client.exports.download(export, sink)
        assert len(sink.getvalue()) == 1000
        with pytest.raises(APIConnectionError, match="nothing was kept"):
            client.exports.download(export, tmp_path / "orders.csv")
        whole_rows = CSV[:1000].count(b"\n") - 1  # the header's line is not a row
        with pytest.raises(APIConnectionError, match=f"; {whole_rows} rows were yielded before the break"):
            list(client.exports.iter_rows(export))


def test_an_empty_encoded_body_is_an_empty_download(host: _Host, tmp_path: Path) -> None:
    # httpx decodes it to nothing; it was refused as a gzip stream cut short.
    base = f"http://127.0.0.1:{host.server_address[1]}"
    with Voucherify(APP_ID, SECRET, base_url=base, retry_policy=testing.no_waits()) as client:
        assert client.exports.download(done(_url(host, "gzip-empty")), tmp_path / "orders.csv") == 0
        assert list(client.exports.iter_rows(done(_url(host, "gzip-empty")))) == []


def _stuck_export(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"id": "exp_1", "object": "export", "status": "IN_PROGRESS"})


def test_download_and_iter_rows_wait_as_long_as_asked(tmp_path: Path) -> None:
    # Before: both waited a fixed 600 seconds for an unfinished export, whatever the caller needed.
    from voucherify_orders import WaitTimeoutError

    client = Voucherify(APP_ID, SECRET, transport=httpx.MockTransport(_stuck_export))
    for start in (
        lambda: client.exports.download("exp_1", tmp_path / "out.csv", wait_timeout=2),
        lambda: next(client.exports.iter_rows("exp_1", wait_timeout=3)),
    ):
        with testing.fake_clock(client) as clock, pytest.raises(WaitTimeoutError):
            start()
        assert sum(clock.sleeps) in (2, 3)
    assert not (tmp_path / "out.csv").exists()


async def test_async_download_and_iter_rows_wait_as_long_as_asked(tmp_path: Path) -> None:
    from voucherify_orders import WaitTimeoutError

    client = AsyncVoucherify(APP_ID, SECRET, transport=httpx.MockTransport(_stuck_export))
    with testing.fake_clock(client) as clock, pytest.raises(WaitTimeoutError):
        await client.exports.download("exp_1", tmp_path / "out.csv", wait_timeout=2)
    assert sum(clock.sleeps) == 2
    with testing.fake_clock(client) as clock, pytest.raises(WaitTimeoutError):
        await anext(client.exports.iter_rows("exp_1", wait_timeout=3))
    assert sum(clock.sleeps) == 3
    await client.aclose()


@pytest.mark.parametrize("wait_timeout", [float("nan"), True, -1])
def test_a_bad_wait_timeout_is_named_as_passed(tmp_path: Path, wait_timeout: Any) -> None:
    client = Voucherify(APP_ID, SECRET, transport=httpx.MockTransport(_stuck_export))
    with pytest.raises(ParameterError) as caught:
        client.exports.download("exp_1", tmp_path / "out.csv", wait_timeout=wait_timeout)
    assert caught.value.parameter == "wait_timeout"
    with pytest.raises(ParameterError) as caught:
        next(client.exports.iter_rows("exp_1", wait_timeout=wait_timeout))
    assert caught.value.parameter == "wait_timeout"


def test_an_export_done_without_a_url_is_the_apis_fault_not_the_callers() -> None:
    # Before: a ParameterError, so the CLI blamed the user's command (exit 2).
    from voucherify_orders import APIError

    done = {"id": "exp_1", "object": "export", "status": "DONE"}
    client = Voucherify(
        APP_ID, SECRET, transport=httpx.MockTransport(lambda r: httpx.Response(200, json=done))
    )
    with pytest.raises(APIError, match="exp_1 is DONE but has no result URL") as caught:
        next(client.exports.iter_rows("exp_1"))
    assert not isinstance(caught.value, ParameterError)
