"""Every configuration mistake is one ConfigurationError when the client is built, naming the setting
and never showing a credential; nothing is sent."""

from __future__ import annotations

import traceback
from typing import Any

import httpx
import pytest
from voucherify_orders import AsyncVoucherify, ConfigurationError, Voucherify, VoucherifyError
from voucherify_orders._config import is_loopback, resolve_timeout

SECRET = "sk-CONFIG-8d1f0c"
APP_ID = "app-CONFIG-31c7"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("VOUCHERIFY_APP_ID", "VOUCHERIFY_SECRET_KEY", "VOUCHERIFY_API_URL"):
        monkeypatch.delenv(name, raising=False)


def refused(**kwargs: Any) -> ConfigurationError:
    """Build both clients with `kwargs`; both must refuse alike. Returns the sync client's error."""
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200))  # type: ignore[func-returns-value]
    arguments = {"app_id": APP_ID, "secret_key": SECRET, **kwargs}
    with pytest.raises(ConfigurationError) as sync_caught:
        Voucherify(**arguments, transport=transport)
    with pytest.raises(ConfigurationError) as async_caught:
        AsyncVoucherify(**arguments)
    assert str(sync_caught.value) == str(async_caught.value)
    assert sent == []
    return sync_caught.value


def visible(error: BaseException) -> str:
    return "\n".join([str(error), repr(error), "".join(traceback.format_exception(error)), repr(vars(error))])


def test_configuration_error_is_a_voucherify_error_and_a_value_error() -> None:
    assert issubclass(ConfigurationError, VoucherifyError) and issubclass(ConfigurationError, ValueError)
    with pytest.raises(VoucherifyError):
        Voucherify(APP_ID, SECRET, timeout=0)


@pytest.mark.parametrize(
    ("value", "says"),
    [
        (SECRET + "\n", "ends with whitespace (a newline)"),
        (SECRET + "\r\n", "ends with whitespace (a newline)"),
        (" " + SECRET, "starts with whitespace (a space)"),
        (SECRET + "\t", "ends with whitespace (a tab)"),
        (SECRET[:4] + "\x00" + SECRET[4:], "a control character (U+0000) at position 4"),
        (SECRET[:4] + "\x1b" + SECRET[4:], "a control character (U+001B) at position 4"),
        (SECRET[:4] + "\x7f" + SECRET[4:], "a control character (U+007F) at position 4"),
        (SECRET[:2] + "\u0085" + SECRET[2:], "a control character (U+0085) at position 2"),
        (SECRET[:3] + "é" + SECRET[3:], "a non-ASCII character (U+00E9) at position 3"),
        ("", "no secret key"),
    ],
)
def test_a_malformed_secret_key_is_named_and_never_shown(value: str, says: str) -> None:
    error = refused(secret_key=value)
    assert error.setting == "secret_key"
    assert says in str(error) and str(error).startswith(("secret_key", "no secret key"))
    assert "\n" not in str(error)
    if value:
        assert SECRET not in visible(error) and SECRET[4:] not in visible(error)


def test_a_malformed_app_id_is_named_and_never_shown() -> None:
    error = refused(app_id=APP_ID + "\n")
    assert error.setting == "app_id" and "app_id ends with whitespace" in str(error)
    assert APP_ID not in visible(error)


def test_a_credential_from_the_environment_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOUCHERIFY_SECRET_KEY", SECRET + "\n")
    with pytest.raises(ConfigurationError) as caught:
        Voucherify(APP_ID)
    assert str(caught.value).startswith("secret_key (from VOUCHERIFY_SECRET_KEY) ends with whitespace")
    assert SECRET not in visible(caught.value)


@pytest.mark.parametrize("value", [b"bytes-secret", 12345, ["a"]])
def test_a_credential_that_is_not_a_string_is_refused(value: object) -> None:
    error = refused(secret_key=value)
    assert error.setting == "secret_key" and "must be a string" in str(error)


def test_a_newline_secret_never_reaches_httpx_and_is_not_retried() -> None:
    # Before: httpx's "Illegal header value b'<secret>\n'" on the first call, retried.
    calls: list[httpx.Request] = []
    with pytest.raises(ConfigurationError):
        Voucherify(
            APP_ID,
            SECRET + "\n",
            transport=httpx.MockTransport(lambda r: calls.append(r) or httpx.Response(200)),  # type: ignore[func-returns-value]
        )
    assert calls == []


@pytest.mark.parametrize(
    ("value", "says"),
    [
        (float("inf"), "got inf"),
        (float("-inf"), "got -inf"),
        (float("nan"), "got nan"),
        (-1, "got -1"),
        (0, "got 0"),
        (0.0, "got 0.0"),
        ("5", "got str '5'"),
        (True, "got bool True"),
        (False, "got bool False"),
        (None, "got None (no limit)"),
        ([5], "got list [5]"),
        (httpx.Timeout(None), "timeout.connect"),
        (httpx.Timeout(5.0, read=None), "timeout.read"),
        (httpx.Timeout(5.0, write=float("inf")), "timeout.write"),
        (httpx.Timeout(5.0, pool=0), "timeout.pool"),
        (httpx.Timeout(5.0, connect=-2), "timeout.connect"),
    ],
)
def test_a_timeout_that_is_not_finite_and_positive_is_refused(value: object, says: str) -> None:
    error = refused(timeout=value)
    assert error.setting is not None and error.setting.startswith("timeout")
    assert says in str(error) and "finite number of seconds above 0" in str(error)


def test_with_options_checks_the_timeout_too() -> None:
    client = Voucherify(APP_ID, SECRET)
    for value in (float("inf"), 0, "5", True):
        with pytest.raises(ConfigurationError):
            client.with_options(timeout=value)  # type: ignore[arg-type]
    assert client.with_options(timeout=2.5).timeout == httpx.Timeout(2.5)
    client.close()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (5, httpx.Timeout(5.0)),
        (0.25, httpx.Timeout(0.25)),
        (httpx.Timeout(30.0, connect=3.0), httpx.Timeout(30.0, connect=3.0)),
    ],
)
def test_resolve_timeout_accepts_seconds_and_complete_timeouts(
    value: object, expected: httpx.Timeout
) -> None:
    assert resolve_timeout(value) == expected


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("https://user:hunter2-PASSWORD@api.example.com", "must not contain user info"),
        ("https://hunter2-PASSWORD@api.example.com", "must not contain user info"),
        ("ftp://api.example.com", "got scheme 'ftp'"),
        ("file:///etc/passwd", "got scheme 'file'"),
        ("javascript:alert(1)", "got scheme 'javascript'"),
        ("api.example.com", "got scheme none"),
        ("https://", "must name a host"),
        ("https://api.example.com/?x=1", "must not have a query or fragment"),
        ("https://api.example.com/#top", "must not have a query or fragment"),
        ("http://[::1", "is not a valid URL"),
    ],
)
def test_a_bad_base_url_is_refused_without_echoing_a_password(url: str, says: str) -> None:
    error = refused(base_url=url)
    assert error.setting == "base_url" and says in str(error)
    assert "hunter2" not in visible(error)


def test_a_password_in_the_download_url_is_refused_too() -> None:
    error = refused(base_url="https://api.example.com", download_url="https://u:hunter2@dl.example.com")
    assert error.setting == "download_url" and "hunter2" not in visible(error)


def test_a_password_in_the_environment_url_never_shows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOUCHERIFY_API_URL", "https://user:hunter2@api.example.com")
    with pytest.raises(ConfigurationError) as caught:
        Voucherify(APP_ID, SECRET)
    assert str(caught.value).startswith("base_url (from VOUCHERIFY_API_URL) must not contain user info")
    assert "hunter2" not in visible(caught.value)


@pytest.mark.parametrize(
    "url",
    ["http://api.example.com", "http://10.0.0.7:8080", "http://[2001:db8::1]", "http://localhost.example"],
)
def test_plain_http_to_a_remote_host_needs_an_explicit_opt_in(url: str) -> None:
    error = refused(base_url=url)
    message = str(error)
    assert "\n" not in message and "unencrypted" in message and "allow_insecure_http=True" in message
    with Voucherify(APP_ID, SECRET, base_url=url, allow_insecure_http=True) as client:
        assert client.settings.api_url == url
    error = refused(base_url="https://api.example.com", download_url=url)
    assert error.setting == "download_url"


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost:8080",
        "http://LOCALHOST",
        "http://emulator.localhost:9000",
        "http://127.0.0.1:1234",
        "http://127.8.9.10",
        "http://[::1]:8080",
    ],
)
def test_plain_http_to_loopback_needs_no_opt_in(url: str) -> None:
    with Voucherify(APP_ID, SECRET, base_url=url) as client:
        assert client.settings.api_url.startswith("http://")


def test_is_loopback() -> None:
    assert (
        is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("[::1]") and is_loopback("localhost.")
    )
    assert not is_loopback("0.0.0.0") and not is_loopback("example.com") and not is_loopback("10.0.0.1")


def test_repr_never_shows_a_password_or_credential() -> None:
    client = Voucherify(APP_ID, SECRET, base_url="https://api.example.com/")
    for text in (repr(client), repr(client.settings), str(vars(client.settings.__class__))):
        assert SECRET not in text and APP_ID not in text
    assert repr(client) == (
        "Voucherify(api_url='https://api.example.com', download_url='https://api.example.com')"
    )
    client.close()


def test_an_unknown_cluster_and_a_clash_are_named() -> None:
    assert refused(cluster="eu2").setting == "cluster"
    assert refused(cluster="eu", base_url="https://x.example").setting == "cluster"
