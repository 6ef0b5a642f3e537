"""Retry only what cannot duplicate work; wait as the server says, within bounds."""

from __future__ import annotations

import random
from collections.abc import Callable

import httpx
import pytest
from voucherify_orders import (
    APIConnectionError,
    APITimeoutError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    testing,
)

from tests.conftest import make_async_client, make_client, order_json


def sequence(
    *answers: httpx.Response | Exception,
) -> tuple[Callable[[httpx.Request], httpx.Response], list[httpx.Request]]:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        answer = answers[min(len(calls), len(answers)) - 1]
        if isinstance(answer, Exception):
            raise answer
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    return handler, calls


OK = httpx.Response(200, json=order_json())


def limited(**headers: str) -> httpx.Response:
    return httpx.Response(
        429, json={"code": 429, "message": "Too many requests hit the API too quickly."}, headers=headers
    )


def test_429_waits_out_retry_after_on_a_fake_clock() -> None:
    handler, calls = sequence(limited(**{"Retry-After": "7"}), OK)
    with make_client(handler) as client, testing.fake_clock(client) as clock:
        assert client.orders.get("ord_1").id == "ord_1"
    assert clock.sleeps == [7.0] and len(calls) == 2


def test_fake_clock_reaches_the_raw_response_view_and_lets_go_of_it() -> None:
    handler, _ = sequence(*[limited(**{"Retry-After": "7"}), OK] * 4)
    with make_client(handler) as client:
        real_clock = client._options.retry.clock
        before = client.with_raw_response  # made before the block
        with testing.fake_clock(client) as clock:
            assert before.orders.get("ord_1").retries == 1
            assert clock.sleeps == [7.0]
        client.__dict__.pop("with_raw_response")
        with testing.fake_clock(client) as clock:
            within = client.with_raw_response  # made within the block
            assert within.orders.get("ord_1").retries == 1
            assert clock.sleeps == [7.0]
        # Afterwards both wait on the client's own clock again (not the fake one, for ever).
        assert before._options.retry.clock is real_clock
        assert within._options.retry.clock is real_clock
        assert client._options.retry.clock is real_clock
        # A raw view's own raw view is itself: no deeper copy that could keep the fake clock.
        assert client.with_raw_response.with_raw_response is client.with_raw_response


def test_x_rate_limit_retry_is_honoured() -> None:
    import time

    from voucherify_orders._retry import retry_hint

    reset = 1_900_000_030
    assert retry_hint(limited(**{"X-Rate-Limit-Retry": str(reset)}), now=reset - 30.0) == 30.0
    assert retry_hint(limited(**{"X-Rate-Limit-Retry": str(reset)}), now=reset + 5.0) == 0.0
    # Through the client, which reads the wall clock itself: the wait is the reset minus
    # some instant between these two readings, whatever the machine's speed.
    before = time.time()
    reset = int(before) + 30
    handler, _ = sequence(limited(**{"X-Rate-Limit-Retry": str(reset)}), OK)
    with make_client(handler) as client, testing.fake_clock(client) as clock:
        client.orders.get("ord_1")
    after = time.time()
    assert reset - after <= clock.sleeps[0] <= reset - before


def test_after_max_retries_a_rate_limit_error_carries_the_hint() -> None:
    handler, calls = sequence(limited(**{"Retry-After": "3"}))
    with (
        make_client(handler, max_retries=2) as client,
        testing.fake_clock(client) as clock,
        pytest.raises(RateLimitError) as caught,
    ):
        client.orders.get("ord_1")
    assert len(calls) == 3 and clock.sleeps == [3.0, 3.0]
    assert caught.value.retry_after == 3.0 and caught.value.status_code == 429
    assert "retry after 3s" in str(caught.value)


def test_a_retry_after_beyond_the_cap_is_not_waited() -> None:
    handler, calls = sequence(limited(**{"Retry-After": "3600"}), OK)
    with (
        make_client(handler) as client,
        testing.fake_clock(client) as clock,
        pytest.raises(RateLimitError) as caught,
    ):
        client.orders.get("ord_1")
    assert clock.sleeps == [] and len(calls) == 1 and caught.value.retry_after == 3600


class FixedDraw(random.Random):
    """A random source whose every draw is `value` (0.0: no jitter; just below 1.0: all of it)."""

    def __init__(self, value: float) -> None:
        super().__init__()
        self.value = value

    def random(self) -> float:
        return self.value


def test_backoff_is_exponential_jittered_and_capped() -> None:
    policy = RetryPolicy(max_retries=10, initial_delay=0.5, max_delay=8.0)
    ceilings = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0, 8.0]  # doubling from 0.5, capped at 8
    # Equal jitter: never below half the ceiling, never above it.
    assert [policy.backoff(n, FixedDraw(0.0)) for n in range(8)] == [c / 2 for c in ceilings]
    highest = [policy.backoff(n, FixedDraw(1.0 - 2**-20)) for n in range(8)]
    assert all(c * 0.99 < d < c for d, c in zip(highest, ceilings, strict=True))
    spread = {policy.backoff(3, random.Random(seed)) for seed in range(50)}
    assert len(spread) == 50 and min(spread) >= 2.0 and max(spread) <= 4.0  # jittered within [2, 4]

    handler, _ = sequence(httpx.Response(503, json={"code": 503, "message": "down"}))
    with (
        make_client(handler, max_retries=6) as client,
        testing.fake_clock(client) as clock,
        pytest.raises(ServerError),
    ):
        client.orders.get("ord_1")
    assert len(clock.sleeps) == 6  # the default policy: 0.5 s doubling, capped at 8 s
    assert all(c / 2 <= s <= c for s, c in zip(clock.sleeps, ceilings, strict=False))


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_server_errors_on_get_and_put_are_retried(status: int) -> None:
    handler, calls = sequence(httpx.Response(status, json={"code": status, "message": "x"}), OK)
    with make_client(handler) as client:
        client.orders.get("ord_1")
        client.orders.update("ord_1", {"status": "PAID"})
    assert [c.method for c in calls] == [
        "GET",
        "GET",
        "PUT",
    ]  # the PUT got OK at once (sequence sticks at OK)


def test_a_create_without_id_or_source_id_is_not_retried_on_503() -> None:
    handler, calls = sequence(httpx.Response(503, json={"code": 503, "message": "down"}), OK)
    with make_client(handler) as client, pytest.raises(ServerError):
        client.orders.create({"amount": 100})
    assert len(calls) == 1


@pytest.mark.parametrize("key", ["id", "source_id"])
def test_a_create_naming_its_order_is_retried(key: str) -> None:
    handler, calls = sequence(
        httpx.Response(502, json={"code": 502, "message": "x"}), httpx.RemoteProtocolError("dropped"), OK
    )
    with make_client(handler) as client:
        client.orders.create({key: "o-1", "amount": 100})
    assert len(calls) == 3


def test_a_dropped_create_without_a_key_reports_an_unknown_outcome() -> None:
    handler, calls = sequence(httpx.RemoteProtocolError("Server disconnected"), OK)
    with make_client(handler) as client, pytest.raises(APIConnectionError) as caught:
        client.orders.create({"amount": 100})
    assert len(calls) == 1
    assert caught.value.outcome_unknown
    assert "outcome is unknown" in str(caught.value) and "not retried" in str(caught.value)


def test_a_refused_connection_is_retried_even_for_a_plain_create() -> None:
    handler, calls = sequence(httpx.ConnectError("refused"), OK)
    with make_client(handler) as client:
        client.orders.create({"amount": 100})
    assert len(calls) == 2


@pytest.mark.parametrize(
    ("orders", "retried"),
    [
        ([{"source_id": "a"}, {"source_id": "b"}], True),  # every order keyed
        ([{"id": "ord_1"}, {"source_id": "b"}], True),  # by id or source_id, as the spec declares
        ([{"source_id": "a"}, {"amount": 1}], False),  # one unkeyed order could be imported twice
        ([{"source_id": ""}], False),  # an empty key is no key
    ],
)
def test_an_import_is_retried_only_when_every_order_is_keyed(
    orders: list[dict[str, object]], retried: bool
) -> None:
    created = httpx.Response(200, json={"async_action_id": "aa_1"})
    handler, calls = sequence(httpx.Response(503, json={"code": 503, "message": "down"}), created)
    with make_client(handler) as client:
        if retried:
            assert client.orders.submit_import(orders).async_action_id == "aa_1"
        else:
            with pytest.raises(ServerError):
                client.orders.submit_import(orders)
    assert len(calls) == (2 if retried else 1)


def test_an_export_is_never_retried() -> None:
    handler, calls = sequence(httpx.Response(503, json={"code": 503, "message": "down"}), OK)
    with make_client(handler) as client, pytest.raises(ServerError):
        client.orders.create_export({})
    assert len(calls) == 1


def test_timeouts_are_retried_for_gets_and_raise_a_timeout_error() -> None:
    handler, calls = sequence(httpx.ReadTimeout("slow"))
    with make_client(handler, max_retries=2) as client, pytest.raises(APITimeoutError) as caught:
        client.orders.get("ord_1")
    assert len(calls) == 3 and not caught.value.outcome_unknown


async def test_async_retries_follow_the_same_rules() -> None:
    handler, calls = sequence(
        limited(**{"Retry-After": "2"}), httpx.Response(503, json={"code": 503, "message": "x"}), OK
    )
    async with make_async_client(handler) as client:
        with testing.fake_clock(client) as clock:
            await client.orders.get("ord_1")
    assert len(calls) == 3 and clock.sleeps[0] == 2.0
    handler, calls = sequence(httpx.RemoteProtocolError("dropped"), OK)
    async with make_async_client(handler) as client:
        with pytest.raises(APIConnectionError) as caught:
            await client.orders.create({"amount": 1})
    assert caught.value.outcome_unknown and len(calls) == 1


def test_the_rate_limit_reset_header_does_not_delay_a_503() -> None:
    import time

    # X-Rate-Limit-Retry comes with every response; only a 429 makes it a wait hint.
    handler, calls = sequence(
        httpx.Response(
            503,
            json={"code": 503, "message": "x"},
            headers={"X-Rate-Limit-Retry": str(int(time.time()) + 50)},
        ),
        OK,
    )
    with make_client(handler) as client, testing.fake_clock(client) as clock:
        client.orders.get("ord_1")
    assert len(calls) == 2 and clock.sleeps[0] <= 0.5
