"""Exports: the request body, waiting, where the CSV may be fetched, and reading it (to a file or as rows)."""

from __future__ import annotations

import codecs
import csv
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any

import httpx
from voucherify_orders_client.api.exports import get_export
from voucherify_orders_client.client import Call
from voucherify_orders_client.models import Export, ExportStatus
from voucherify_orders_client.schemas import SCHEMAS

from ._core import CallOptions, send, stream
from ._effects import Close, Read, WaitTimeoutError, Workflow, wait_until
from ._exceptions import APIConnectionError, ParameterError, VoucherifyError
from ._inputs import to_json

__all__ = [
    "CsvRows",
    "DownloadError",
    "ExportFailedError",
    "WaitTimeoutError",
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


def open_csv(export: Export | str, options: CallOptions) -> Workflow[httpx.Response]:
    """Wait for the export if needed, then open its CSV (status checked, body unread)."""
    ready = export if isinstance(export, Export) and export.status == "DONE" else None
    if ready is None:
        ready = yield from wait_for_export(export, 600.0, options)
    response = yield from stream(download_url(ready, options), options)
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type in ("text/html", "application/json") or response.status_code != 200:
        yield Close(response)
        raise DownloadError(
            f"the download host answered {response.status_code} with {content_type or 'no content type'}, "
            "not the export's CSV"
        )
    return response


def download_url(export: Export, options: CallOptions) -> str:
    """
    Where to fetch the CSV: the result URL when it is one of the configured hosts,
    otherwise the same path and token on the configured download host.
    """
    result = export.result
    url_text = getattr(result, "url", None)
    if not isinstance(url_text, str) or not url_text:
        raise ParameterError("export", f"export {export.id} has no result URL yet (status {export.status})")
    url = httpx.URL(url_text)
    if options.auth.allows(url):
        return str(url)
    return options.settings.download_url + url.raw_path.decode("ascii")


def download_workflow(
    export: Export | str, to: str | os.PathLike[str] | IO[bytes], options: CallOptions
) -> Workflow[int]:
    """
    Stream the CSV to `to`. A path is written through a temporary file beside it and
    moved into place only once the whole body arrived: a failure leaves it untouched.
    """
    response = yield from open_csv(export, options)
    written = 0
    temporary: Path | None = None
    try:
        if isinstance(to, (str, os.PathLike)):
            destination = Path(to)
            fd, name = tempfile.mkstemp(
                dir=destination.parent, prefix=f".{destination.name}.", suffix=".part"
            )
            temporary = Path(name)
            handle: IO[bytes] = os.fdopen(fd, "wb")
        else:
            handle = to
        try:
            try:
                while chunk := (yield Read(response)):
                    handle.write(chunk)
                    written += len(chunk)
            except httpx.HTTPError as exc:
                raise APIConnectionError(
                    f"the download broke off after {written} bytes ({type(exc).__name__}); nothing was kept",
                    request=response.request,
                ) from exc
            expected = response.headers.get("content-length")
            if expected is not None and expected.isdigit() and int(expected) != written:
                raise APIConnectionError(
                    f"the download ended after {written} of {expected} bytes; nothing was kept",
                    request=response.request,
                )
        finally:
            if temporary is not None:
                handle.close()
        if temporary is not None:
            os.replace(temporary, to)  # type: ignore[arg-type]
            temporary = None
    finally:
        yield Close(response)
        if temporary is not None:
            temporary.unlink(missing_ok=True)
    return written


class CsvRows:
    """
    Rows of a CSV fed in byte chunks as they arrive, as dicts keyed by the header:
    the one parser behind the sync and async `iter_rows`.

    A record ends at a newline outside a quoted field, as the csv module reads it
    (a quote opens a quoted field only at the start of a field).
    """

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self._pending = ""  # text not yet ending a record
        self._record = ""  # a record's lines so far
        self._header: list[str] | None = None
        self._in_quotes = False
        self._at_field_start = True

    def feed(self, chunk: bytes) -> list[dict[str, str]]:
        """The rows completed by this chunk."""
        text = self._pending + self._decoder.decode(chunk)
        *lines, self._pending = text.split("\n")
        return self._lines([line + "\n" for line in lines])

    def close(self) -> list[dict[str, str]]:
        """The last rows, once the body has ended."""
        text = self._pending + self._decoder.decode(b"", final=True)
        self._pending = ""
        rows = self._lines([text] if text else [])
        if self._record:
            rows += self._rows(self._record)
            self._record = ""
        return rows

    def _lines(self, lines: list[str]) -> list[dict[str, str]]:
        rows: list[dict[str, str]] = []
        for line in lines:
            self._record += line
            if '"' in line or self._in_quotes:
                self._scan(line)
            else:
                self._at_field_start = True
            if not self._in_quotes and line.endswith("\n"):
                rows += self._rows(self._record)
                self._record = ""
        return rows

    def _scan(self, line: str) -> None:
        previous_quote = False
        for char in line:
            if self._in_quotes:
                if char == '"':
                    self._in_quotes = False
                    previous_quote = True
                continue
            if char == '"' and (self._at_field_start or previous_quote):
                self._in_quotes = True  # a field's opening quote, or an escaped quote ("")
            previous_quote = False
            self._at_field_start = char in ",\r\n"
        self._at_field_start = True

    def _rows(self, record: str) -> list[dict[str, str]]:
        rows: list[dict[str, str]] = []
        for row in csv.reader([record]):
            if self._header is None:
                self._header = row
            elif row:
                rows.append(dict(zip(self._header, row, strict=False)))
        return rows
