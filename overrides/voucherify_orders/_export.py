"""Exports: the request body, waiting, where the CSV may be fetched, and reading it (to a file or as rows)."""

from __future__ import annotations

import codecs
import contextlib
import csv
import os
import re
import secrets
import stat
import zlib
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import httpx
from voucherify_orders_client.api.exports import get_export
from voucherify_orders_client.client import Call
from voucherify_orders_client.models import Export, ExportStatus
from voucherify_orders_client.schemas import SCHEMAS

from ._core import CallOptions, send, stream
from ._effects import Close, Read, Workflow, check_wait, forget_transport_locals, in_slices, wait_until
from ._exceptions import APIConnectionError, APIError, ParameterError, VoucherifyError
from ._inputs import to_json

__all__ = [
    "CsvRows",
    "DownloadError",
    "ExportFailedError",
    "download_error",
    "download_workflow",
    "export_body",
    "open_csv",
    "wait_for_export",
]


class ExportFailedError(VoucherifyError):
    """The export ended with status `ERROR`; `export` holds what the server said."""

    def __init__(self, export: Export) -> None:
        super().__init__(f"export {export.id} failed (status {export.status})")
        self.export = export


class DownloadError(VoucherifyError):
    """The download host answered with something that is not the export's CSV; nothing was written."""


def export_body(
    fields: Iterable[str] | None, order: str | None, filters: Mapping[str, Any] | None
) -> dict[str, Any]:
    """The create-order-export body for these options (checked against the spec when sent)."""
    schemas = SCHEMAS["OrderExportParameters"]["properties"]
    given = {"fields": fields, "order": order, "filters": filters}
    # Checked here too, so that a mistake is named by the argument the caller passed.
    return {
        "parameters": {
            key: to_json(schemas[key], value, key) for key, value in given.items() if value is not None
        }
    }


def wait_for_export(export: Export | str, timeout: float, options: CallOptions) -> Workflow[Export]:
    """Poll until the export is `DONE` (ExportFailedError on `ERROR`, WaitTimeoutError on timeout)."""
    export_id = export.id if isinstance(export, Export) else export

    def poll() -> Workflow[Export]:
        return (yield from send(Call(get_export.OPERATION, {"export_id": export_id}), options)).parsed

    return (yield from wait_until(poll, _finished, what=f"export {export_id}", timeout=timeout))


def _finished(export: Export) -> bool:
    if export.status == ExportStatus.ERROR:
        raise ExportFailedError(export)
    return export.status == ExportStatus.DONE


def open_csv(export: Export | str, wait_timeout: float, options: CallOptions) -> Workflow[httpx.Response]:
    """
    Wait for the export if needed (up to `wait_timeout` seconds), then open its CSV (status
    checked, body unread).

    A redirect is refused, never followed (a DownloadError saying where it pointed);
    so is any status but 200, and a body that says it is HTML, JSON or XML. The body
    is checked as it is read (`_CheckedBody`); a problem comes up as an httpx error, for
    the reader to turn into the library's (`download_error`) after cleaning up.
    """
    check_wait("wait_timeout", wait_timeout)  # checked whether or not there is a wait
    if not (isinstance(export, Export) and export.status == "DONE"):
        export = yield from wait_for_export(export, wait_timeout, options)
    response = yield from stream(download_url(export, options), options)
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    problem = None
    if 300 <= response.status_code < 400:
        location = httpx.URL(response.headers.get("location", ""))
        where = f"{location.host}{location.path}" if location.host else location.path or "nowhere"
        problem = (
            f"the download host answered {response.status_code}, a redirect to {where} "
            "(its query left out here); redirects are not followed, so nothing was written"
        )
    elif response.status_code != 200 or _not_csv(content_type):
        problem = (
            f"the download host answered {response.status_code} with {content_type or 'no content type'}, "
            "not the export's CSV; nothing was written"
        )
    elif codings(response) is None:
        problem = (
            f"the download host encoded the CSV as {response.headers['content-encoding']!r}, not the gzip "
            "or deflate (once) asked for; nothing was written"
        )
    if problem is not None:
        yield Close(response)
        raise DownloadError(problem)
    body = _CheckedBody(response)
    try:
        response.content  # noqa: B018  (a body an in-process transport gave already read)
    except httpx.ResponseNotRead:
        response.stream = body
    else:
        try:
            body.whole(response)
        except httpx.HTTPError as exc:
            yield Close(response)
            raise download_error(exc, body.received, response.request) from exc
    return response


def _not_csv(content_type: str) -> bool:
    """An HTML page, a JSON or an XML document: never an export's CSV."""
    subtype = content_type.partition("/")[2]
    return subtype in ("html", "json", "xml") or subtype.endswith(("+json", "+xml"))


class _CheckedBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """
    A download's raw body, checked as it streams for being whole: as long as its Content-Length
    and, when gzip- or deflate-encoded, a complete stream (httpx's decoders do not tell a cut one).
    A problem is an httpx error, so that the reader cleans up as for any other.
    """

    def __init__(self, response: httpx.Response) -> None:
        self._inner: Any = response.stream
        self.received = 0
        length = response.headers.get("content-length")
        self._expected = int(length) if length is not None and length.isdigit() else None
        # Undone here as httpx undoes it (open_csv refused any other).
        self._layers = [_Layer(name) for name in reversed(codings(response) or [])]
        self._sniffed = False
        self._head = b""  # the body's first bytes, until one that is not whitespace or the BOM
        # An HTTP/1 body with neither a length nor chunks ends when the connection does, cut or not.
        chunked = "chunked" in response.headers.get("transfer-encoding", "").lower()
        wire = response.extensions.get("http_version")  # what came over a socket says so
        self._ends_with_connection = length is None and not chunked and wire in (b"HTTP/1.0", b"HTTP/1.1")
        self._last = b""

    def feed(self, chunk: bytes) -> None:
        self.received += len(chunk)
        for layer in self._layers:
            chunk = layer.undo(chunk)
        self._last = chunk[-1:] or self._last
        if not self._sniffed:
            self._sniff(chunk)

    def _sniff(self, text: bytes) -> None:
        # An export's CSV opens with its header, field names; never with markup or JSON, which
        # a proxy's error page or an API error would, whatever content type it was sent with.
        # Read across chunks: a chunk may end within the BOM, or hold only whitespace.
        self._head += text
        if codecs.BOM_UTF8.startswith(self._head):
            return  # all of it may yet be a BOM
        start = self._head.removeprefix(codecs.BOM_UTF8).lstrip()[:1]
        if not start:
            self._head = self._head[:3] if self._head.startswith(codecs.BOM_UTF8) else b""
        else:
            self._sniffed = True
            if start in (b"<", b"{", b"["):
                raise httpx.DecodingError("it is an HTML, XML or JSON document, not the export's CSV")

    def finish(self) -> None:
        if self._expected is not None and self.received != self._expected:
            raise httpx.RemoteProtocolError(f"the body ended after {self.received} of {self._expected} bytes")
        for layer in self._layers:
            layer.finish()
        if self._ends_with_connection and self._last not in (b"", b"\n", b"\r"):
            # Then only its end tells: an export's CSV ends its last record with a line end.
            raise httpx.RemoteProtocolError(
                f"the body, sized by nothing but the connection's end, stopped within a line after "
                f"{self.received} bytes"
            )

    def whole(self, response: httpx.Response) -> None:
        """Check a body that came already read; its bytes as sent are there when it was encoded."""
        if not self._layers:
            self.received = len(response.content)
            self._sniff(response.content)
        elif isinstance(self._inner, httpx.SyncByteStream):
            for chunk in self._inner:
                self.feed(chunk)
        else:
            return  # an encoded body an async in-process transport gave already read: not checked
        self.finish()

    # An encoded body goes on in slices: each step of its decoding (here and in httpx) stays small.
    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            for piece in in_slices(chunk) if self._layers else (chunk,):
                self.feed(piece)
                yield piece
        self.finish()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            for piece in in_slices(chunk) if self._layers else (chunk,):
                self.feed(piece)
                yield piece
        self.finish()

    # Once closed, the transport's stream is dropped: it keeps its own copy of the request as
    # sent, credentials included, and the response outlives the download (in a traceback).
    def close(self) -> None:
        self._inner.close()
        self._inner = _CLOSED

    async def aclose(self) -> None:
        await self._inner.aclose()
        self._inner = _CLOSED


_CLOSED = httpx.ByteStream(b"")


def codings(response: httpx.Response) -> list[str] | None:
    """
    The compression of a download, as a list of at most one. None when one is neither of the
    two it asks for: httpx would pass such a body through compressed (x-gzip, say), or
    decompress it without a check of its end (br); and when there are several, each layer
    multiplying the growth of the one before. A name that is no compression (`utf-8`, a
    common misconfiguration) is passed over, as httpx passes it over.
    """
    names = [name.strip().lower() for name in response.headers.get("content-encoding", "").split(",")]
    layers = [name for name in names if name in ("gzip", "deflate")]
    if any(name in _UNASKED for name in names) or len(layers) > 1:  # stacked: each layer multiplies
        return None
    return layers


#: Compressions a download does not ask for, and httpx either does not undo or cannot be checked in.
_UNASKED = frozenset({"x-gzip", "compress", "x-compress", "br", "zstd", "exi", "pack200-gzip", "aes128gcm"})


class _Layer:
    """One content coding undone, as httpx undoes it, to see that its stream ends, and ends once."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._undo = zlib.decompressobj(16 + zlib.MAX_WBITS if name == "gzip" else zlib.MAX_WBITS)
        self._fed = False

    def undo(self, data: bytes) -> bytes:
        first, self._fed = not self._fed, self._fed or bool(data)
        try:
            text = self._undo.decompress(data)
        except zlib.error as exc:
            if not (first and self.name == "deflate"):
                raise httpx.DecodingError(f"the body is not valid {self.name} ({exc})") from None
            # "deflate" without zlib's wrapper, as some servers send it (httpx reads both)
            self._undo = zlib.decompressobj(-zlib.MAX_WBITS)
            text = self._undo.decompress(data)
        if self._undo.unused_data.strip(b"\x00"):  # (padding with NULs, as gzip -d takes it)
            # httpx's decoder stops at the stream's end: a second gzip member would be dropped.
            raise httpx.DecodingError(f"the body goes on after its {self.name} stream ends")
        return text

    def finish(self) -> None:
        if self._fed and not self._undo.eof:  # (an empty body is empty, encoded or not)
            raise httpx.DecodingError(f"the body's {self.name} stream is cut short")


def download_error(
    exc: httpx.HTTPError, received: int, request: httpx.Request | None, kept: str = "nothing was kept"
) -> VoucherifyError:
    """The library's error for an httpx error while a download's body was read; `kept` says what stays."""
    forget_transport_locals(exc)
    if isinstance(exc, httpx.DecodingError):
        return DownloadError(f"the download's body cannot be decoded: {exc}; {kept}")
    return APIConnectionError(
        f"the download broke off after {received} bytes ({type(exc).__name__}: {exc}); {kept}",
        request=request,
    )


def download_url(export: Export, options: CallOptions) -> str:
    """
    Where to fetch the CSV: the result URL when it is one of the configured hosts,
    otherwise the same path and token on the configured download host.
    """
    url_text = getattr(export.result, "url", None)
    if not isinstance(url_text, str) or not url_text:
        # The API's word, not the caller's mistake: done, as it says, with nothing to fetch.
        raise APIError(f"export {export.id} is {export.status} but has no result URL to download it from")
    url = httpx.URL(url_text)
    if options.auth.allows(url):
        return str(url)
    return options.settings.download_url + url.raw_path.decode("ascii")


def download_workflow(
    export: Export | str, to: str | os.PathLike[str] | IO[bytes], wait_timeout: float, options: CallOptions
) -> Workflow[int]:
    """
    Stream the CSV to `to`. A path is written through a temporary file beside it and
    moved into place only once the whole body arrived: a failure leaves it untouched.
    """
    if isinstance(to, (str, os.PathLike)):  # before anything is asked of the server
        if Path(to).is_dir():
            raise ParameterError("to", f"{os.fspath(to)} is a folder: name the file to write")
        if not Path(to).parent.is_dir():
            raise ParameterError("to", f"the folder of {os.fspath(to)} does not exist")
    response = yield from open_csv(export, wait_timeout, options)
    written = 0
    temporary: Path | None = None
    try:
        with contextlib.ExitStack() as files:
            if not isinstance(to, (str, os.PathLike)):
                handle = to
            elif os.path.exists(to) and not os.path.isfile(to):
                # A device, a FIFO, /dev/stdout: written to as `open(to, "wb")` would, never
                # replaced by a regular file (which would swallow the CSV and break the node).
                handle = files.enter_context(open(to, "wb"))
            else:
                # A symlink's target is replaced, not the link: it keeps pointing where it did.
                destination = Path(os.path.realpath(to))
                temporary = destination.with_name(f".{destination.name}.{secrets.token_hex(6)}.part")
                # Made as `open(to, "wb")` would make it: with the umask's permissions (mkstemp's
                # would be owner-only), or, below, those of the file it replaces.
                handle = files.enter_context(open(temporary, "xb"))
            try:
                while chunk := (yield Read(response)):
                    handle.write(chunk)
                    written += len(chunk)
            except httpx.HTTPError as exc:
                body = response.stream
                received = body.received if isinstance(body, _CheckedBody) else written
                kept = (
                    "nothing was kept"
                    if temporary or not written
                    else f"its first {written} bytes were written to it already"
                )
                raise download_error(exc, received, response.request, kept) from exc
        if temporary is not None:
            with contextlib.suppress(FileNotFoundError):
                os.chmod(temporary, stat.S_IMODE(os.stat(destination).st_mode))
            os.replace(temporary, destination)
            temporary = None
    finally:
        yield Close(response)
        if temporary is not None:
            temporary.unlink(missing_ok=True)
    return written


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)")
# Where the csv module's reader is within a record (the states of its parser that matter here).
_START_FIELD, _IN_FIELD, _IN_QUOTES, _QUOTE_IN_QUOTES = range(4)


class CsvRows:
    """
    Rows of a CSV fed in byte chunks as they arrive, as dicts keyed by the header:
    the one parser behind the sync and async `iter_rows`.

    The text is cut into lines as a file opened with `newline=""` would be (at `\r\n`,
    `\r` or `\n`), and a record ends with a line unless a quoted field is still open,
    as the csv module's reader decides it; each record's lines then go through that
    reader. So the rows are the csv module's rows of the whole text (a row shorter than
    the header gives only its own keys), however the chunks fall. These are DownloadErrors:
    text that is not UTF-8, that the csv module refuses, or that ends inside a quoted field
    (where the csv module would keep what it read); a row with more cells than the header,
    or different cells under a column name the header repeats (no cell is ever dropped).
    """

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self._pending = ""  # text after the last complete line
        self._record: list[str] = []  # the lines of a record whose quoted field is still open
        self._header: list[str] | None = None
        #: Bytes fed so far (after the content encoding is undone).
        self.received = 0
        #: Rows read so far, the header not counted.
        self.rows = 0

    def feed(self, chunk: bytes) -> list[dict[str, str]]:
        """The rows completed by this chunk."""
        self.received += len(chunk)
        return self._take(self._pending + self._decode(chunk, final=False), final=False)

    def close(self) -> list[dict[str, str]]:
        """The last rows, once the body has ended."""
        rows = self._take(self._pending + self._decode(b"", final=True), final=True)
        if self._record:  # an export's CSV closes every quote: this body was cut short
            raise DownloadError(
                f"the export's CSV ends inside a quoted field after {self.received} bytes: it was cut short"
            )
        return rows

    def _decode(self, chunk: bytes, *, final: bool) -> str:
        try:
            return self._decoder.decode(chunk, final=final)
        except UnicodeDecodeError as exc:
            raise DownloadError(f"the export's CSV is not UTF-8 text ({exc.reason})") from None

    def _take(self, text: str, *, final: bool) -> list[dict[str, str]]:
        rows: list[dict[str, str]] = []
        end = 0
        for match in _LINE.finditer(text):
            line = match.group()
            if not final and match.end() == len(text) and line.endswith("\r"):
                break  # a `\r` at the end of a chunk may be the first half of `\r\n`
            end = match.end()
            rows += self._line(line)
        self._pending = text[end:]
        if final and self._pending:
            rows += self._line(self._pending)
            self._pending = ""
        return rows

    def _line(self, line: str) -> list[dict[str, str]]:
        in_quotes = bool(self._record)
        self._record.append(line)
        if (in_quotes or '"' in line) and _ends_in_quotes(line, in_quotes):
            return []
        record, self._record = self._record, []
        rows: list[dict[str, str]] = []
        try:
            parsed = list(csv.reader(record))
        except csv.Error as exc:
            raise DownloadError(f"the export's CSV cannot be read: {exc}") from None
        for row in parsed:
            if self._header is None:
                self._header = row
            elif row:
                self.rows += 1
                rows.append(self._row(self._header, row))
        return rows

    def _row(self, header: list[str], row: list[str]) -> dict[str, str]:
        # A cell with no column, or one of a repeated column's cells that differ, would be
        # dropped from the row's dict: such a CSV is not an export's, so it is refused.
        if len(row) > len(header):
            raise DownloadError(
                f"row {self.rows} of the export's CSV has {len(row)} cells, its header {len(header)}"
            )
        fields = dict(zip(header, row, strict=False))
        if len(fields) < len(row):  # a column name the header repeats
            for name, cell in zip(header, row, strict=False):
                if fields[name] != cell:
                    raise DownloadError(
                        f"row {self.rows} of the export's CSV has different cells"
                        f" under the repeated column {name!r}"
                    )
        return fields


def _ends_in_quotes(line: str, in_quotes: bool) -> bool:
    """Whether a quoted field is still open after `line`, as the csv module's reader tracks it."""
    state = _IN_QUOTES if in_quotes else _START_FIELD
    for char in line:  # (a line end, the line's last character, changes nothing here)
        if state == _IN_QUOTES:
            if char == '"':
                state = _QUOTE_IN_QUOTES
        elif char == ",":
            state = _START_FIELD
        elif char == '"' and state != _IN_FIELD:
            state = _IN_QUOTES  # at a field's start it opens one; after a closing quote it is escaped
        else:
            state = _IN_FIELD
    return state == _IN_QUOTES
