"""Under injected faults the client loses nothing, doubles nothing, and never hangs."""

from __future__ import annotations

import pytest
from voucherify_orders import APIConnectionError, APITimeoutError, RateLimitError, RetryPolicy, testing
from voucherify_orders.emulator import Emulator, Fault, JobPacing


@pytest.mark.slow
def test_bulk_import_of_20000_orders_under_429_503_and_dropped_submissions() -> None:
    emulator = Emulator(seed=20_000, pacing=JobPacing(polls=1))
    for route in ("POST /v1/orders/import", "GET /v1/async-actions/{asyncActionId}"):
        emulator.inject(Fault.rate_limited(retry_after=1, probability=0.05, times=None), route=route)
        emulator.inject(Fault.status(503, probability=0.05, times=None), route=route)
    emulator.inject(Fault.drop_after_commit(probability=0.02, times=None), route="POST /v1/orders/import")
    orders = [{"source_id": f"r-{n:05d}", "amount": n} for n in range(20_000)]

    with emulator.client(max_retries=8) as client, testing.fake_clock(client) as clock:
        report = client.orders.import_orders(orders, chunk_size=500)

    assert report.read == 20_000 and report.accounted_for
    assert report.imported == 20_000 and report.failed == []
    source_ids = [o["source_id"] for o in emulator.orders]
    assert len(source_ids) == len(set(source_ids)) == 20_000
    log = emulator.requests
    import_calls = [r for r in log if r.route == "POST /v1/orders/import"]
    faulted = [r for r in log if r.status in (429, 503) or r.dropped]
    assert len(import_calls) > 40  # 40 chunks, some sent more than once
    assert len(faulted) / len(log) > 0.05  # the faults really happened ...
    assert any(r.dropped for r in import_calls)  # ... drops after commit included
    assert 1.0 in clock.sleeps  # Retry-After was honoured (on the fake clock)


def test_1000_upserts_with_20_percent_dropped_after_commit_leave_one_order_each() -> None:
    emulator = Emulator(seed=1_000)
    emulator.inject(Fault.drop_after_commit(probability=0.2, times=None), route="POST /v1/orders")
    with emulator.client(max_retries=10) as client:
        for n in range(1_000):
            client.orders.upsert({"source_id": f"u-{n}", "amount": n})
    dropped = [r for r in emulator.requests if r.dropped]
    assert 0.15 < len(dropped) / len(emulator.requests) < 0.25  # retries were dropped at 20% too
    source_ids = [o["source_id"] for o in emulator.orders]
    assert len(source_ids) == len(set(source_ids)) == 1_000


def test_a_keyless_create_dropped_after_commit_is_not_retried_and_says_so() -> None:
    emulator = Emulator(seed=1)
    emulator.inject(Fault.drop_after_commit(), route="POST /v1/orders")
    with emulator.client(max_retries=5) as client, pytest.raises(APIConnectionError) as caught:
        client.orders.create({"amount": 10})
    assert caught.value.outcome_unknown and "outcome is unknown" in str(caught.value)
    assert len(emulator.requests) == 1 and len(emulator.orders) == 1


def test_rate_limits_are_waited_out_on_a_fake_clock_shared_with_the_emulator() -> None:
    clock = testing.FakeClock()
    emulator = Emulator(rate_limit=5, rate_limit_window=60, clock=lambda: clock.now)
    with emulator.client(max_retries=3, retry_policy=RetryPolicy(clock=clock)) as client:
        for n in range(12):
            client.orders.upsert({"source_id": f"s-{n}"})
    assert len(emulator.orders) == 12
    assert clock.sleeps and all(0 < s <= 60 for s in clock.sleeps)
    assert clock.now >= 120  # two full windows were waited out, none for real
    with emulator.client(max_retries=0, retry_policy=RetryPolicy(clock=clock)) as client:
        for _ in range(5):
            try:
                client.orders.list()
            except RateLimitError as exc:
                error = exc
                break
        else:
            pytest.fail("no 429 within the budget")
    assert error.retry_after is not None and 0 < error.retry_after <= 60


def test_backoff_never_exceeds_its_cap() -> None:
    emulator = Emulator(seed=2)
    emulator.inject(Fault.status(503, times=None), route="GET /v1/orders")
    clock = testing.FakeClock()
    policy = RetryPolicy(max_retries=12, initial_delay=0.1, max_delay=2.0, clock=clock)
    with (
        emulator.client().with_options(retry_policy=policy) as client,
        pytest.raises(Exception, match="503"),
    ):
        client.orders.list()
    assert len(clock.sleeps) == 12 and max(clock.sleeps) <= 2.0 and clock.sleeps[-1] >= 1.0


def test_a_stalled_route_times_out_in_process_and_a_get_is_retried() -> None:
    emulator = Emulator(seed=3)
    stall = emulator.inject(Fault.hold(timeout=30), route="GET /v1/orders/{orderId}")
    with (
        emulator.client(timeout=0.05, max_retries=2) as client,
        testing.fake_clock(client) as clock,
        pytest.raises(APITimeoutError) as caught,
    ):
        client.orders.get("anything")
    assert stall.gate.arrived == 3 and len(emulator.requests) == 3  # retried, being a GET
    assert len(clock.sleeps) == 2  # the backoff between attempts, on the fake clock
    assert not caught.value.outcome_unknown


async def test_a_stalled_route_times_out_async() -> None:
    emulator = Emulator(seed=3)
    stall = emulator.inject(Fault.hold(timeout=30), route="GET /v1/orders")
    async with emulator.async_client(timeout=0.05, max_retries=1) as client:
        with testing.fake_clock(client) as clock, pytest.raises(APITimeoutError):
            await client.orders.list()
    assert stall.gate.arrived == 2 and len(clock.sleeps) == 1


def test_a_stalled_server_times_out_over_real_http() -> None:
    from voucherify_orders import Voucherify

    emulator = Emulator(seed=3)
    stall = emulator.inject(Fault.hold(timeout=30), route="GET /v1/orders")
    with emulator.serve() as server:
        with (
            Voucherify(
                emulator.app_id, emulator.secret_key, base_url=server.url, timeout=0.2, max_retries=1
            ) as client,
            testing.fake_clock(client) as clock,
            pytest.raises(APITimeoutError),
        ):
            client.orders.list()
        stall.gate.wait_for(2)  # both attempts reached the server ...
        assert stall.gate.held == 2  # ... and neither got an answer
        assert len(clock.sleeps) == 1
        stall.gate.open()
