"""`orders export` against a fake API whose CSV download breaks off, and its --filter parsing."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

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
    assert error.endswith(
        f"; the output is incomplete: the first {len(result.stdout.encode()):,} bytes of the CSV "
        f"({lines:,} lines, the last one maybe cut) were already written to standard output"
    ), error
