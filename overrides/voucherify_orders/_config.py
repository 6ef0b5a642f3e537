"""Where the client connects, and the settings that say how.

Every setting is checked here, when a client is built, so that a mistake is one
`ConfigurationError` naming the setting rather than a failure on the first call.
A message never shows a credential (nor a URL that carries a password).
"""

from __future__ import annotations

import ipaddress
import math
import os
from dataclasses import dataclass, field

import httpx
from voucherify_orders_client.servers import CLUSTERS  # each cluster's hosts, from the spec's servers

from ._exceptions import ConfigurationError

__all__ = ["CLUSTERS", "DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "ConfigurationError", "Settings"]


# Voucherify's load balancer cuts a request at 3 minutes; a read that has not
# finished after one has failed, so stop waiting well before that.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2

_ENV = {
    "app_id": "VOUCHERIFY_APP_ID",
    "secret_key": "VOUCHERIFY_SECRET_KEY",
    "base_url": "VOUCHERIFY_API_URL",
}


@dataclass(frozen=True)
class Settings:
    app_id: str = field(repr=False)
    secret_key: str = field(repr=False)
    api_url: str
    download_url: str

    def __reduce__(self) -> str | tuple[object, ...]:
        # Pickling would write both credentials out in the clear (as VoucherifyAuth refuses to).
        raise TypeError("Settings holds credentials and cannot be pickled")


def _fail(setting: str, problem: str, source: str | None = None) -> ConfigurationError:
    where = f"{setting} (from {source})" if source else setting
    return ConfigurationError(f"{where} {problem}", setting=setting, problem=problem)


def check_credential(setting: str, value: object, source: str | None = None) -> str:
    """
    `value` if it can be sent as an HTTP header value as it is; else a ConfigurationError
    naming `setting` (and `source`, an environment variable) that never shows the value.

    Refused: a non-string, an empty string, whitespace around it (a newline copied from
    a file), control characters anywhere, and non-ASCII characters (a header value
    cannot carry them).
    """
    if not isinstance(value, str):
        raise _fail(setting, f"must be a string, got {type(value).__name__}", source)
    if not value:
        raise _fail(setting, "is empty", source)
    if value != value.strip():
        end = "ends" if value[-1:].isspace() else "starts"
        char = value[-1] if end == "ends" else value[0]
        hint = " (copied from a file with its newline?)" if char in "\r\n" else ""
        raise _fail(setting, f"{end} with whitespace ({_describe(char)}); remove it{hint}", source)
    for position, char in enumerate(value):
        if not (" " <= char <= "~"):
            control = char.isascii() or not char.isprintable()
            kind = "a control character" if control else "a non-ASCII character"
            raise _fail(
                setting,
                f"contains {kind} ({_describe(char)}) at position {position}; "
                "a credential is printable ASCII",
                source,
            )
    return value


def _describe(char: str) -> str:
    names = {"\n": "a newline", "\r": "a carriage return", "\t": "a tab", " ": "a space"}
    return names.get(char, f"U+{ord(char):04X}")


def resolve_timeout(value: object) -> httpx.Timeout:
    """
    The `httpx.Timeout` for a `timeout` setting: a number of seconds (connect, read,
    write and pool each get it), or an `httpx.Timeout` whose every part is set.
    Every part must be a number of seconds above 0 and at most 1e9; None (no limit), a
    bool or a string is refused.
    """
    if isinstance(value, httpx.Timeout):
        for part in ("connect", "read", "write", "pool"):
            _seconds(getattr(value, part), f"timeout.{part}")
        return value
    return httpx.Timeout(_seconds(value, "timeout"))


_MAX_SECONDS = 1e9


def _seconds(value: object, setting: str) -> float:
    expected = "a finite number of seconds above 0 (or an httpx.Timeout)"
    if value is None:
        raise _fail(setting, f"must be {expected}, got None (no limit): a call could hang forever")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _fail(setting, f"must be {expected}, got {type(value).__name__} {value!r}")
    seconds = float(value)
    if not math.isfinite(seconds) or seconds <= 0:
        raise _fail(setting, f"must be {expected}, got {value!r}")
    if seconds > _MAX_SECONDS:  # a socket's timeout overflows the C time type past about 9.2e9 s
        raise _fail(setting, f"must be at most {_MAX_SECONDS:,.0f} seconds (about 31 years), got {value!r}")
    return seconds


def is_loopback(host: str) -> bool:
    """Whether `host` names this machine (localhost, 127.0.0.0/8, ::1)."""
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(
    setting: str, url: object, *, allow_insecure_http: bool = False, source: str | None = None
) -> str:
    """
    `url` as an origin with an optional path prefix and no trailing slash, or a
    ConfigurationError. Refused: user info (`user:password@`, never echoed), a scheme
    other than http and https, no host, a query or fragment, and plain http to a host
    that is not loopback unless `allow_insecure_http` (the credentials would travel
    unencrypted).
    """
    if not isinstance(url, str):
        raise _fail(setting, f"must be a URL string, got {type(url).__name__}", source)
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError):
        raise _fail(setting, "is not a valid URL", source) from None
    if parsed.userinfo:
        # Not echoed: it holds a password. Credentials are app_id and secret_key.
        raise _fail(
            setting,
            "must not contain user info (user:password@); pass credentials as app_id and secret_key",
            source,
        )
    if parsed.scheme not in ("http", "https"):
        scheme = repr(parsed.scheme) if parsed.scheme else "none"
        raise _fail(setting, f"must be an http:// or https:// URL, got scheme {scheme}", source)
    if not parsed.host:
        raise _fail(setting, f"must name a host, got {url!r}", source)
    if parsed.query or parsed.fragment or "?" in url or "#" in url:  # httpx drops a bare `?` or `#`
        raise _fail(setting, "must not have a query or fragment", source)
    if parsed.scheme == "http" and not allow_insecure_http and not is_loopback(parsed.host):
        raise _fail(
            setting,
            f"is plain http:// to {parsed.host}, which would send the credentials unencrypted; "
            "use https://, or pass allow_insecure_http=True to allow it",
            source,
        )
    return str(parsed).rstrip("/")


def resolve_settings(
    app_id: str | None,
    secret_key: str | None,
    cluster: str | None,
    base_url: str | None,
    download_url: str | None,
    *,
    allow_insecure_http: bool = False,
) -> Settings:
    """Merge arguments with the environment (arguments win) and check every one."""
    sources: dict[str, str | None] = {}
    values: dict[str, object] = {"app_id": app_id, "secret_key": secret_key}
    for setting in ("app_id", "secret_key"):
        sources[setting] = None
        if values[setting] is None:
            values[setting] = os.environ.get(_ENV[setting])
            sources[setting] = _ENV[setting]
        if values[setting] is None or values[setting] == "":
            what = "application id" if setting == "app_id" else "secret key"
            raise ConfigurationError(
                f"no {what}: pass {setting}=... or set {_ENV[setting]}",
                setting=setting,
                problem=f"no {what} given",
            )
    checked_app_id = check_credential("app_id", values["app_id"], sources["app_id"])
    checked_secret = check_credential("secret_key", values["secret_key"], sources["secret_key"])
    if not isinstance(allow_insecure_http, bool):
        raise _fail("allow_insecure_http", f"must be True or False, got {allow_insecure_http!r}")
    if base_url is not None and cluster is not None:
        raise ConfigurationError(
            "pass either cluster or base_url, not both",
            setting="cluster",
            problem="cannot be combined with base_url: pass one of them",
        )
    base_source = None
    if base_url is None and cluster is None:
        base_url = os.environ.get(_ENV["base_url"]) or None
        base_source = _ENV["base_url"]
    if base_url is None:
        cluster = "eu" if cluster is None else cluster
        if cluster not in CLUSTERS:
            raise _fail("cluster", f"must be one of {', '.join(CLUSTERS)}, got {cluster!r}")
        api_url, default_download = CLUSTERS[cluster]
    else:
        api_url = check_url("base_url", base_url, allow_insecure_http=allow_insecure_http, source=base_source)
        # A known cluster URL keeps its download host; any other server (a
        # dedicated cluster, the emulator) serves downloads itself unless told.
        default_download = next((dl for api, dl in CLUSTERS.values() if api == api_url), api_url)
    return Settings(
        app_id=checked_app_id,
        secret_key=checked_secret,
        api_url=api_url,
        download_url=(
            check_url("download_url", download_url, allow_insecure_http=allow_insecure_http)
            if download_url is not None
            else default_download
        ),
    )
