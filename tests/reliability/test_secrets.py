"""Neither credential appears in any error, log line, repr, traceback or CLI output."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from voucherify_orders import Voucherify, VoucherifyError
from voucherify_orders.emulator import Emulator, Fault, JobPacing

APP_ID = "appid-SECRET-3f9a1c"
SECRET = "token-SECRET-77e2b4d0"


def texts_of(error: BaseException) -> list[str]:
    """Everything a person or a log could see of an exception."""
    seen = [str(error), repr(error), "".join(traceback.format_exception(error))]
    for name, value in vars(error).items():
        seen.append(f"{name}={value!r}")
    response = getattr(error, "response", None)
    if isinstance(response, httpx.Response):
        seen += [repr(response.request), str(dict(response.request.headers)), repr(response.headers)]
    request = getattr(error, "request", None)
    if isinstance(request, httpx.Request):
        seen.append(str(dict(request.headers)))
    return seen


def mock(status: int, body: Any = None, exc: Exception | None = None) -> Voucherify:
    def handler(request: httpx.Request) -> httpx.Response:
        if exc is not None:
            raise exc
        return httpx.Response(status, json=body if body is not None else {"code": status, "message": "x"})

    return Voucherify(APP_ID, SECRET, transport=httpx.MockTransport(handler), max_retries=1)


ERROR_PATHS: list[tuple[str, Callable[[], Any]]] = [
    ("400", lambda: mock(400).orders.get("x")),
    ("401", lambda: mock(401).orders.get("x")),
    ("404", lambda: mock(404).orders.get("x")),
    ("409", lambda: mock(409).orders.update("x", {"source_id": "y"})),
    ("429", lambda: mock(429).orders.list(limit=5)),
    ("500", lambda: mock(500).orders.get("x")),
    ("connect", lambda: mock(0, exc=httpx.ConnectError("refused")).orders.get("x")),
    ("dropped", lambda: mock(0, exc=httpx.RemoteProtocolError("gone")).orders.create({"amount": 1})),
    ("timeout", lambda: mock(0, exc=httpx.ReadTimeout("slow")).orders.get("x")),
    ("decode", lambda: mock(200, body=[1]).orders.get("x")),
    ("parameter", lambda: mock(200).orders.create({"amount": "1"})),
    (
        "export failed",
        lambda: mock(200, {"id": "e", "object": "export", "status": "ERROR"}).exports.wait("e"),
    ),
]


@pytest.mark.parametrize(("name", "call"), ERROR_PATHS, ids=[n for n, _ in ERROR_PATHS])
def test_every_error_path_keeps_the_credentials_out(
    name: str, call: Callable[[], Any], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx, httpcore
    with pytest.raises(VoucherifyError) as caught:
        call()
    for text in [*texts_of(caught.value), caplog.text]:
        assert APP_ID not in text and SECRET not in text, name


def test_successes_reprs_and_debug_logs_against_the_emulator(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    emulator = Emulator(app_id=APP_ID, secret_key=SECRET, pacing=JobPacing(polls=1))
    emulator.inject(Fault.rate_limited(retry_after=1), route="GET /v1/orders")
    with emulator.client(log_bodies=True) as client:  # in-process: no real waits
        raw = client.with_raw_response.orders.upsert({"source_id": "s", "amount": 1})
        page = client.orders.list()
        report = client.orders.import_orders([{"source_id": f"i{n}"} for n in range(5)])
        export = client.exports.wait(client.orders.export())
        rows = list(client.exports.iter_rows(export))
        visible = [
            repr(client),
            repr(client.settings),
            repr(client._options),
            repr(client._options.auth),
            repr(raw),
            repr(page),
            repr(report),
            repr(export),
            repr(rows),
            repr(vars(client)),
            str(dict(raw.http.request.headers)),
            caplog.text,
        ]
    for text in visible:
        assert APP_ID not in text and SECRET not in text


@pytest.mark.slow  # a dozen CLI processes
def test_the_cli_never_prints_them_not_even_with_debug(tmp_path: Any) -> None:
    # The installed console script, as a user runs it; with --debug its logs go to stderr.
    script = Path(sys.executable).with_name("voucherify-orders")
    emulator = Emulator(app_id=APP_ID, secret_key=SECRET)
    orders = tmp_path / "orders.ndjson"
    orders.write_text('{"source_id": "a"}\n{"source_id": "b", "amount": "x"}\n')
    clean = {k: v for k, v in os.environ.items() if not k.startswith("VOUCHERIFY_")}
    with emulator.serve() as server:
        env = {
            **clean,
            "VOUCHERIFY_APP_ID": APP_ID,
            "VOUCHERIFY_SECRET_KEY": SECRET,
            "VOUCHERIFY_API_URL": server.url,
        }
        runs = [
            ["--debug", "orders", "get", "missing"],
            ["--debug", "orders", "list", "--all"],
            ["--debug", "--json", "orders", "import", str(orders)],
            ["--debug", "orders", "export", "-o", "-"],
            ["--debug", "orders", "create", "-"],
        ]
        outputs = []
        for args in runs:
            result = subprocess.run(
                [str(script), *args],
                env=env,
                input='{"amount": "not a number"}',
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
            outputs += [result.stdout, result.stderr]
        bad = subprocess.run(
            [str(script), "--debug", "orders", "list"],
            env={**env, "VOUCHERIFY_SECRET_KEY": SECRET + "-wrong"},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        outputs += [bad.stdout, bad.stderr]
    assert bad.returncode == 3
    assert "httpcore" in bad.stderr  # the debug logs really were on
    for text in outputs:
        assert APP_ID not in text and SECRET not in text


def test_the_cli_debug_logs_never_show_an_export_download_token() -> None:
    # httpx's INFO line per request printed the download URL whole, `?token=...` included:
    # with the token anyone can fetch the export's CSV, no credentials needed.
    script = Path(sys.executable).with_name("voucherify-orders")
    emulator = Emulator(app_id=APP_ID, secret_key=SECRET)
    clean = {k: v for k, v in os.environ.items() if not k.startswith("VOUCHERIFY_")}
    with emulator.serve() as server:
        env = {**clean, "VOUCHERIFY_APP_ID": APP_ID, "VOUCHERIFY_SECRET_KEY": SECRET}
        result = subprocess.run(
            [str(script), "--debug", "--base-url", server.url, "orders", "export", "-o", "-"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    token = emulator.exports[0]["result"]["url"].partition("token=")[2]
    assert result.returncode == 0 and len(token) == 32
    assert "HTTP Request: GET" in result.stderr  # httpx's lines really were on
    assert token not in result.stderr and token not in result.stdout
