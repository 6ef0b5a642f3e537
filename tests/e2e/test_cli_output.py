"""The CLI's stderr notes, in process: what a rate limit's wait is shown as."""

from __future__ import annotations

import io
import re
import sys
import time
import types

import httpx
import pytest
from rich.console import Console
from voucherify_orders import cli
from voucherify_orders.cli import _output
from voucherify_orders.cli._output import Activity


def test_a_rate_limit_reset_time_is_shown_as_seconds_from_now(monkeypatch: pytest.MonkeyPatch) -> None:
    # X-Rate-Limit-Retry is the Unix time the window resets: it was shown as
    # "it asked to wait 1795894565 s".
    shown = io.StringIO()
    monkeypatch.setitem(_output._consoles, "err", Console(file=shown, width=1000))
    request = httpx.Request("GET", "https://api.example/v1/orders")
    reset = int(time.time()) + 30
    activity = Activity()
    activity.on_response(httpx.Response(429, headers={"X-Rate-Limit-Retry": str(reset)}, request=request))
    line = shown.getvalue()
    assert re.search(
        r"the API answered 429 \(rate limited\) to GET /v1/orders; it asked to wait (29|30) s;", line
    )
    assert str(reset) not in line
    assert re.search(
        r"rate limited; it asked to wait (29|30) s \(0 s ago, (29|30) s left\)", activity.heartbeat()
    )
    # A 503 carries X-Rate-Limit-Retry too, which says nothing of when the server recovers.
    activity.on_response(httpx.Response(503, headers={"X-Rate-Limit-Retry": str(reset)}, request=request))
    assert "the API answered 503 (unavailable) to GET /v1/orders; it gave no wait" in shown.getvalue()
    assert "unavailable; it gave no wait (0 s ago)" in activity.heartbeat()


def test_ctrl_c_while_the_command_line_loads_is_one_line_and_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Ctrl-C in the first moments (click, rich and httpx being imported) printed a traceback.
    class Loading(types.ModuleType):
        def __getattr__(self, name: str) -> object:
            raise KeyboardInterrupt

    monkeypatch.setitem(sys.modules, "voucherify_orders.cli._app", Loading("voucherify_orders.cli._app"))
    with pytest.raises(SystemExit) as stopped:
        cli.main()
    assert stopped.value.code == 130
    assert capsys.readouterr().err == "error: interrupted\n"
