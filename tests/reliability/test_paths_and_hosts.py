"""Ids with any characters address exactly their own order; credentials stay on configured hosts."""

from __future__ import annotations

import httpx
import pytest
from voucherify_orders import Voucherify
from voucherify_orders.emulator import Emulator

AWKWARD = [
    "a/b",
    "a?b=c",
    "frag#ment",
    "100%",
    "%2F",
    "with space",
    "zürich-ö-日本",
    ".",
    "..",
    "../x",
    "a/../b",
    "./a",
    "trailing/",
    "+plus",
    "semi;colon",
    "back\\slash",
    "tab\tchar",
    "q'uote\"s",
]


@pytest.mark.parametrize("transport", ["in-process", "http"])
def test_awkward_source_ids_and_ids_address_exactly_their_own_order(transport: str) -> None:
    emulator = Emulator(seed=7)

    def run(client: Voucherify) -> None:
        created = {
            key: client.orders.upsert({"source_id": key, "amount": n}) for n, key in enumerate(AWKWARD)
        }
        for n, key in enumerate(AWKWARD):
            fetched = client.orders.get(key)
            assert (fetched.id, fetched.source_id, fetched.amount) == (created[key].id, key, n)
            updated = client.orders.update(key, {"metadata": {"n": n}})
            assert updated.id == created[key].id
        with_ids = {key: client.orders.create({"id": key, "amount": 1}) for key in AWKWARD}
        for key in AWKWARD:
            assert with_ids[key].id == key
            # An id is looked up before a source_id, so `key` now names the order created with that id.
            assert client.orders.get(key).id == key

    if transport == "in-process":
        with emulator.client() as client:
            run(client)
    else:
        with (
            emulator.serve() as server,
            Voucherify(emulator.app_id, emulator.secret_key, base_url=server.url) as client,
        ):
            run(client)
    source_ids = sorted(o["source_id"] for o in emulator.orders if o["source_id"])
    assert source_ids == sorted(AWKWARD)
    assert all(r.route != "?" for r in emulator.requests)  # every call reached the route it meant


def test_a_redirect_to_another_host_carries_no_credentials() -> None:
    seen: list[tuple[str, str | None, str | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.host, request.headers.get("x-app-id"), request.headers.get("x-app-token")))
        if request.url.host == "api.voucherify.io":
            return httpx.Response(302, headers={"Location": "https://collector.example/v1/orders/x"})
        return httpx.Response(200, json={"id": "ord_1", "object": "order"})

    # Even with a caller's own httpx client that follows redirects, the redirect is not
    # followed (httpx would copy the credential headers to the new host).
    http = httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=True)
    with (
        Voucherify("app-id-x", "secret-x", http_client=http) as client,
        pytest.raises(Exception, match="302"),
    ):
        client.orders.get("x")
    assert seen == [("api.voucherify.io", "app-id-x", "secret-x")]
    http.close()


def test_the_default_client_does_not_follow_redirects() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": "https://collector.example/"})

    with (
        Voucherify("a", "s", transport=httpx.MockTransport(handler)) as client,
        pytest.raises(Exception) as caught,
    ):
        client.orders.get("x")
    assert "302" in str(caught.value)


def test_credentials_only_reach_the_configured_api_and_download_hosts() -> None:
    hosts: dict[str, bool] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        hosts[request.url.host] = "x-app-token" in request.headers
        if request.url.params.get("token"):
            return httpx.Response(200, text="id\n1\n")
        return httpx.Response(
            200,
            json={
                "id": "e",
                "object": "export",
                "status": "DONE",
                "result": {"url": "https://us1.download.voucherify.io/v1/exports/e?token=t"},
            },
        )

    with Voucherify("a", "s", cluster="us1", transport=httpx.MockTransport(handler)) as client:
        assert list(client.exports.iter_rows("e")) == [{"id": "1"}]
    assert hosts == {"us1.api.voucherify.io": True, "us1.download.voucherify.io": True}
