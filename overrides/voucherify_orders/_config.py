"""Where the client connects, and the settings that say how."""

from __future__ import annotations

import os
from dataclasses import dataclass

import httpx

__all__ = ["CLUSTERS", "DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "ConfigurationError", "Settings"]

#: API host and download host of each regional cluster.
CLUSTERS: dict[str, tuple[str, str]] = {
    "eu": ("https://api.voucherify.io", "https://download.voucherify.io"),
    "us1": ("https://us1.api.voucherify.io", "https://us1.download.voucherify.io"),
    "as1": ("https://as1.api.voucherify.io", "https://as1.download.voucherify.io"),
}

# Voucherify's load balancer cuts a request at 3 minutes; a read that has not
# finished after one has failed, so stop waiting well before that.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2


class ConfigurationError(ValueError):
    """The client cannot be built as asked (a missing credential, an unknown cluster)."""


@dataclass(frozen=True, repr=False)
class Settings:
    app_id: str
    secret_key: str
    api_url: str
    download_url: str

    def __repr__(self) -> str:
        return f"Settings(api_url={self.api_url!r}, download_url={self.download_url!r})"


def _origin(url: str, what: str) -> str:
    parsed = httpx.URL(url)
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"{what} must be an http(s) URL with a host, got {url!r}")
    return str(parsed).rstrip("/")


def resolve_settings(
    app_id: str | None,
    secret_key: str | None,
    cluster: str | None,
    base_url: str | None,
    download_url: str | None,
) -> Settings:
    """Merge arguments with the environment; arguments win."""
    app_id = app_id if app_id is not None else os.environ.get("VOUCHERIFY_APP_ID")
    secret_key = secret_key if secret_key is not None else os.environ.get("VOUCHERIFY_SECRET_KEY")
    if not app_id:
        raise ConfigurationError("no application id: pass app_id=... or set VOUCHERIFY_APP_ID")
    if not secret_key:
        raise ConfigurationError("no secret key: pass secret_key=... or set VOUCHERIFY_SECRET_KEY")
    if base_url is not None and cluster is not None:
        raise ConfigurationError("pass either cluster or base_url, not both")
    if base_url is None and cluster is None:
        base_url = os.environ.get("VOUCHERIFY_API_URL") or None
    if base_url is None:
        cluster = cluster or "eu"
        if cluster not in CLUSTERS:
            raise ConfigurationError(f"unknown cluster {cluster!r}; expected one of {', '.join(CLUSTERS)}")
        api_url, default_download = CLUSTERS[cluster]
    else:
        api_url = _origin(base_url, "base_url")
        # A known cluster URL keeps its download host; any other server (a
        # dedicated cluster, the emulator) serves downloads itself unless told.
        default_download = next((dl for api, dl in CLUSTERS.values() if api == api_url), api_url)
    return Settings(
        app_id=app_id,
        secret_key=secret_key,
        api_url=api_url,
        download_url=_origin(download_url, "download_url") if download_url else default_download,
    )
