"""The retry policy's defaults, bounds and hints, pinned where `nox -s mutants` found them loose.

Each test here killed a mutant of overrides/voucherify_orders/_retry.py that the rest of the
suite let live (scripts/mutants.py names them).
"""

from __future__ import annotations

import asyncio
import dataclasses
import email.utils
import time
from collections.abc import Callable

import httpx
import pytest
from voucherify_orders import RateLimitError, RetryPolicy, ServerError, testing
from voucherify_orders._retry import RealClock, retry_hint

from tests.conftest import make_client, order_json

OK = httpx.Response(200, json=order_json())


def answers(
    *responses: httpx.Response,
) -> tuple[list[httpx.Request], Callable[[httpx.Request], httpx.Response]]:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return responses[min(len(calls), len(responses)) - 1]

    return calls, handler


def limited(retry_after: str) -> httpx.Response:
    return httpx.Response(
        429, json={"code": 429, "message": "slow down"}, headers={"Retry-After": retry_after}
    )


def test_the_real_clock_really_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    waited: list[float] = []
    monkeypatch.setattr(time, "sleep", waited.append)
    RealClock().sleep(1.5)
    assert waited == [1.5]


async def test_the_real_clock_really_waits_async(monkeypatch: pytest.MonkeyPatch) -> None:
    waited: list[float] = []

    async def sleep(seconds: float) -> None:
        waited.append(seconds)

    monkeypatch.setattr(asyncio, "sleep", sleep)
    await RealClock().async_sleep(2.5)
    assert waited == [2.5]


def test_a_policy_cannot_be_changed_once_made() -> None:
    # One policy is shared by a client and every with_options() copy of it.
    policy = RetryPolicy()
    with pytest.raises(dataclasses.FrozenInstanceError):
        policy.max_retries = 5  # type: ignore[misc]


def test_policies_with_the_same_settings_are_equal_whatever_their_clock() -> None:
    assert RetryPolicy() == RetryPolicy()
    assert testing.no_waits() == RetryPolicy()
    assert testing.no_waits(RetryPolicy(max_retries=1)) != RetryPolicy()


def test_by_default_a_failing_get_is_sent_three_times() -> None:
    # The README: max_retries defaults to 2.
    calls, handler = answers(httpx.Response(503, json={"code": 503, "message": "down"}))
    with (
        make_client(handler) as client,
        testing.fake_clock(client) as clock,
        pytest.raises(ServerError),
    ):
        client.orders.get("ord_1")
    assert len(calls) == 3 and len(clock.sleeps) == 2


@pytest.mark.parametrize(("retry_after", "waited"), [("60", True), ("60.5", False)])
def test_a_retry_after_of_up_to_60_seconds_is_honoured_by_default(retry_after: str, waited: bool) -> None:
    calls, handler = answers(limited(retry_after), OK)
    with make_client(handler) as client, testing.fake_clock(client) as clock:
        if waited:
            client.orders.get("ord_1")
            assert clock.sleeps == [float(retry_after)] and len(calls) == 2
        else:
            with pytest.raises(RateLimitError) as caught:
                client.orders.get("ord_1")
            assert caught.value.retry_after == 60.5 and clock.sleeps == [] and len(calls) == 1


def test_the_default_budget_is_180_seconds_of_waiting() -> None:
    # 60 + 60 waited; a third wait of 60.5 would pass 180 s, so the call gives up instead.
    calls, handler = answers(limited("60"), limited("60"), limited("60.5"), OK)
    clock = testing.FakeClock()
    policy = RetryPolicy(max_retries=10, max_retry_after=100.0, clock=clock)  # the budget alone stops it
    with make_client(handler, retry_policy=policy) as client, pytest.raises(RateLimitError):
        client.orders.get("ord_1")
    assert clock.sleeps == [60.0, 60.0] and len(calls) == 3


def test_a_retry_after_date_is_read_relative_to_now() -> None:
    now = 1_900_000_000.0
    in_45_s = email.utils.formatdate(now + 45, usegmt=True)
    assert retry_hint(limited(in_45_s), now=now) == 45.0
    assert retry_hint(limited(email.utils.formatdate(now - 30, usegmt=True)), now=now) == 0.0


def test_a_retry_after_of_zero_means_at_once() -> None:
    assert retry_hint(limited("0")) == 0.0
    assert retry_hint(limited("-3")) == 0.0


class Highest:
    """A random source at the top of its range: the backoff's jitter at its largest."""

    def random(self) -> float:
        return 1.0


def test_no_computed_wait_exceeds_eight_seconds_by_default() -> None:
    policy = RetryPolicy()
    assert [policy.backoff(n, rng=Highest()) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]  # type: ignore[arg-type]
