"""Construction: credentials, clusters, timeouts, the pool and with_options."""

from __future__ import annotations

import httpx
import pytest
from voucherify_orders import AsyncVoucherify, ConfigurationError, Voucherify

from tests.conftest import APP_ID, SECRET, make_client, order_json


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("VOUCHERIFY_APP_ID", "VOUCHERIFY_SECRET_KEY", "VOUCHERIFY_API_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize(
    ("kwargs", "missing"),
    [({"secret_key": "s"}, "VOUCHERIFY_APP_ID"), ({"app_id": "a"}, "VOUCHERIFY_SECRET_KEY")],
)
def test_a_missing_credential_is_a_clear_error(kwargs: dict[str, str], missing: str) -> None:
    with pytest.raises(ConfigurationError, match=missing):
        Voucherify(**kwargs)


def test_credentials_and_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOUCHERIFY_APP_ID", APP_ID)
    monkeypatch.setenv("VOUCHERIFY_SECRET_KEY", SECRET)
    monkeypatch.setenv("VOUCHERIFY_API_URL", "http://127.0.0.1:9999/")
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((str(request.url), request.headers["x-app-id"], request.headers["x-app-token"]))
        return httpx.Response(200, json=order_json())

    with Voucherify(transport=httpx.MockTransport(handler)) as client:
        client.orders.get("ord_1")
    assert seen == [("http://127.0.0.1:9999/v1/orders/ord_1", APP_ID, SECRET)]


@pytest.mark.parametrize(
    ("cluster", "api", "download"),
    [
        ("eu", "https://api.voucherify.io", "https://download.voucherify.io"),
        ("us1", "https://us1.api.voucherify.io", "https://us1.download.voucherify.io"),
        ("as1", "https://as1.api.voucherify.io", "https://as1.download.voucherify.io"),
    ],
)
def test_clusters_pick_api_and_download_hosts(cluster: str, api: str, download: str) -> None:
    client = Voucherify("a", "s", cluster=cluster)
    assert (client.settings.api_url, client.settings.download_url) == (api, download)
    client.close()


def test_eu_is_the_default_and_a_known_base_url_keeps_its_download_host() -> None:
    assert Voucherify("a", "s").settings.api_url == "https://api.voucherify.io"
    client = Voucherify("a", "s", base_url="https://us1.api.voucherify.io/")
    assert client.settings.download_url == "https://us1.download.voucherify.io"
    assert (
        Voucherify("a", "s", base_url="http://localhost:8080").settings.download_url
        == "http://localhost:8080"
    )


@pytest.mark.parametrize(
    "kwargs",
    [
        {"cluster": "eu2"},
        {"cluster": "eu", "base_url": "https://x"},
        {"base_url": "ftp://x"},
        {"timeout": None},
        {"max_retries": -1},
        {"timeout": httpx.Timeout(None)},
    ],
)
def test_bad_configuration_is_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ConfigurationError):
        Voucherify("a", "s", **kwargs)  # type: ignore[arg-type]


def test_the_default_timeout_is_finite_and_below_the_load_balancer_cut() -> None:
    timeout = Voucherify("a", "s").timeout
    assert timeout.read is not None and 0 < timeout.read < 180
    assert timeout.connect is not None and timeout.connect <= timeout.read


def test_context_manager_closes_the_pool() -> None:
    with make_client(lambda r: httpx.Response(200, json=order_json())) as client:
        client.orders.get("ord_1")
    assert client._http.is_closed
    with pytest.raises(RuntimeError):
        client.orders.get("ord_1")


def test_a_passed_http_client_is_not_closed() -> None:
    http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json=order_json())))
    with Voucherify("a", "s", http_client=http) as client:
        client.orders.get("ord_1")
    assert not http.is_closed
    http.close()


def test_with_options_shares_the_pool_and_overrides_per_call() -> None:
    timeouts = []

    def handler(request: httpx.Request) -> httpx.Response:
        timeouts.append(request.extensions["timeout"]["read"])
        return httpx.Response(503, json={"code": 503, "message": "x"})

    client = make_client(handler, max_retries=3)
    quick = client.with_options(timeout=2.5, max_retries=0)
    assert quick._http is client._http and quick.orders._client is quick
    with pytest.raises(Exception, match="503"):
        quick.orders.get("ord_1")
    assert timeouts == [2.5]
    timeouts.clear()
    with pytest.raises(Exception, match="503"):
        client.orders.get("ord_1")
    assert len(timeouts) == 4 and timeouts[0] == 60.0
    quick.close()  # closing a derived client leaves the pool open
    assert not client._http.is_closed
    client.close()


async def test_async_client_is_an_async_context_manager() -> None:
    async with AsyncVoucherify(
        "a", "s", transport=httpx.MockTransport(lambda r: httpx.Response(200, json=order_json()))
    ) as client:
        assert (await client.orders.get("ord_1")).id == "ord_1"
    assert client._http.is_closed
