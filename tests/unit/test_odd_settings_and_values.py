"""Settings and values that passed unchecked, found by a witness.

Each failed late and in the wrong place: a bad retry policy at the first 503 (in place of
its error), a NaN wait as a tight loop of polls, an error body nested too deeply as a bare
RecursionError, `Retry-After: 1_0` as ten seconds, a number in a path or an integer enum
not at all.
"""

from __future__ import annotations

import math

import httpx
import pytest
from voucherify_orders import (
    BadRequestError,
    ConfigurationError,
    ParameterError,
    RetryPolicy,
    ServerError,
    Voucherify,
)
from voucherify_orders._core import _segment
from voucherify_orders._inputs import to_json
from voucherify_orders._retry import retry_hint
from voucherify_orders.testing import FakeClock


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"max_retries": -5}, "max_retries"),
        ({"max_retries": 1.5}, "max_retries"),
        ({"initial_delay": -1}, "initial_delay"),
        ({"max_delay": math.nan}, "max_delay"),
        ({"retry_budget": math.inf}, "retry_budget"),
        ({"max_retry_after": -1}, "max_retry_after"),
        ({"max_retry_after": "60"}, "max_retry_after"),
        ({"clock": object()}, "clock"),
    ],
)
def test_a_retry_policy_is_checked_when_built(fields: dict[str, object], named: str) -> None:
    with pytest.raises(ConfigurationError, match=named):
        RetryPolicy(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize("policy", ["x", {"max_retries": 1}, 3])
def test_a_retry_policy_that_is_not_one_is_refused_when_the_client_is_built(policy: object) -> None:
    with pytest.raises(ConfigurationError, match="retry_policy must be a RetryPolicy"):
        Voucherify("a", "b", retry_policy=policy)  # type: ignore[arg-type]
    with Voucherify("a", "b") as client, pytest.raises(ConfigurationError, match="retry_policy"):
        client.with_options(retry_policy=policy)  # type: ignore[arg-type]


@pytest.mark.parametrize("timeout", [math.nan, -1, math.inf, "5"])
def test_a_wait_that_could_not_end_is_refused_before_polling(timeout: object) -> None:
    polls: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        polls.append(request)
        return httpx.Response(200, json={"id": "exp_1", "object": "export", "status": "IN_PROGRESS"})

    with Voucherify("a", "b", transport=httpx.MockTransport(answer)) as client:
        with pytest.raises(ParameterError, match="timeout: must be a finite number of seconds"):
            client.exports.wait("exp_1", timeout=timeout)  # type: ignore[arg-type]
        with pytest.raises(ParameterError, match="timeout"):
            client.async_actions.wait("aa_1", timeout=timeout)  # type: ignore[arg-type]
        with pytest.raises(ParameterError, match="wait_timeout"):
            client.orders.import_orders([{"source_id": "s1"}], wait_timeout=timeout)  # type: ignore[arg-type]
    assert polls == []


def test_an_error_body_nested_too_deeply_is_still_the_status_error() -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(503, content=deep)

    client = Voucherify(
        "a", "b", transport=httpx.MockTransport(answer), retry_policy=RetryPolicy(clock=FakeClock())
    )
    with client, pytest.raises(ServerError):
        client.with_options(max_retries=1).orders.get("o-1")
    assert len(sent) == 2  # a 503, retried as any other


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("10", 10.0),
        ("2.5", 2.5),
        ("1_0", None),
        ("inf", None),
        ("-5", 0.0),
        ("\u0663", None),
        ("9" * 400, None),
    ],
)
def test_retry_after_is_read_as_http_writes_it(header: str, seconds: float | None) -> None:
    response = httpx.Response(503, headers=[(b"Retry-After", header.encode())])  # as a server sends it
    assert retry_hint(response, now=0.0) == seconds


def test_a_number_in_a_path_is_one_segment() -> None:
    assert _segment(2) == "2"
    assert _segment(1.5) == "1.5"
    assert _segment("a/b") == "a%2Fb"


def test_an_integer_enum_takes_its_integers_only() -> None:
    schema = {"type": "integer", "enum": [1, 2, 3]}
    assert to_json(schema, 2, "level") == 2
    for wrong in ("2", True, 4, 2.0):
        with pytest.raises(ParameterError, match="level: must be one of 1, 2, 3"):
            to_json(schema, wrong, "level")


def test_an_object_with_none_of_its_fields_is_refused_not_stored_empty() -> None:
    # An import of an API list page ({"object": "list", "orders": [...]}) on one line stored
    # one empty order and lost the three inside it, and said every order was accounted for.
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"id": "ord_1", "object": "order"})

    wrapper = {"object": "list", "orders": [{"source_id": "a"}], "total": 1}
    with Voucherify("a", "b", transport=httpx.MockTransport(answer)) as client:
        report = client.orders.import_orders([wrapper])
        assert [(f.position, f.outcome) for f in report.failed] == [(1, "invalid")]
        assert "has none of the fields the API knows" in report.failed[0].reason
        assert "only: object, orders, total" in report.failed[0].reason
        with pytest.raises(ParameterError, match="order: has none of the fields"):
            client.orders.create({"ammount": 5})
        client.orders.create({})  # an empty order is what it says
    assert len(sent) == 1


def test_a_servers_error_text_is_shown_bounded_and_on_one_line(caplog: pytest.LogCaptureFixture) -> None:
    # A 5 MB message became a 5 MB str(exc); line breaks and terminal escapes reached log lines.
    import logging

    message = "bad\n\x1b[31mthing " + "x" * 5_000_000
    body = {"code": 400, "key": "bad\nkey", "message": message, "request_id": "r-1\nFORGED LINE"}
    client = Voucherify(
        "a", "b", transport=httpx.MockTransport(lambda request: httpx.Response(400, json=body))
    )
    with (
        caplog.at_level(logging.DEBUG, logger="voucherify_orders"),
        client,
        pytest.raises(BadRequestError) as caught,
    ):
        client.orders.get("o-1")
    text = str(caught.value)
    assert len(text) < 1000 and "\n" not in text and "\x1b" not in text
    assert "(5000019 characters)" in text and "bad\\nkey" in text
    assert caught.value.message == message  # the attribute keeps it whole
    assert all("\n" not in record.getMessage() for record in caplog.records)
    assert any("r-1\\nFORGED LINE" in record.getMessage() for record in caplog.records)


def test_settings_refuse_to_be_pickled() -> None:
    import pickle

    with Voucherify("app-id", "secret-key") as client, pytest.raises(TypeError, match="credentials"):
        pickle.dumps(client.settings)


def test_a_copy_of_a_client_leaves_the_pool_to_the_original() -> None:
    import copy

    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, json={"id": "o-1", "object": "order"})
    )
    with Voucherify("a", "b", transport=transport) as client:
        assert client.orders.get("o-1").id == "o-1"
        clone = copy.copy(client)
        clone.close()
        assert client.orders.get("o-1").id == "o-1"  # closing the copy closed the original's pool
        assert clone.orders._client is clone


# -- found by witness Y2 (0.4.0) ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["https://api.voucherify.io/?", "https://api.voucherify.io/#", "http://127.0.0.1:9/v1?#"]
)
def test_a_bare_question_mark_or_hash_in_the_base_url_is_refused(url: str) -> None:
    # httpx reads a bare `?` or `#` as no query and no fragment: every call went to `/`.
    with pytest.raises(ConfigurationError, match="base_url must not have a query or fragment"):
        Voucherify("app", "key", base_url=url)


@pytest.mark.parametrize("timeout", [1e12, httpx.Timeout(5.0, read=1e10)])
def test_a_timeout_past_what_a_socket_takes_is_refused_when_the_client_is_built(timeout: object) -> None:
    # Accepted before, then every sync call failed: "timestamp out of range for platform time_t".
    with pytest.raises(ConfigurationError, match=r"must be at most 1,000,000,000 seconds \(about 31 years\)"):
        Voucherify("app", "key", timeout=timeout)


def test_the_longest_timeout_allowed_works_for_a_sync_call() -> None:
    from voucherify_orders.emulator import Emulator

    emulator = Emulator(seed=1)
    with emulator.serve() as server:
        client = Voucherify(emulator.app_id, emulator.secret_key, base_url=server.url, timeout=1e9)
        with client:
            assert client.orders.list().total == 0


def test_an_async_client_closes_quietly_once_the_loop_it_was_used_in_has_ended() -> None:
    import asyncio

    from voucherify_orders import AsyncVoucherify
    from voucherify_orders.emulator import Emulator

    emulator = Emulator(seed=1)
    with emulator.serve() as server:
        client = AsyncVoucherify(emulator.app_id, emulator.secret_key, base_url=server.url)

        async def total() -> int:
            return (await client.orders.list()).total

        assert asyncio.run(total()) == 0
        asyncio.run(client.aclose())  # raised RuntimeError: Event loop is closed
        assert client._http.is_closed


@pytest.mark.parametrize(
    ("location", "value", "got"),
    [("query", {"status": "PAID"}, "dict"), ("query", [["a"]], "list"), ("path", ["a"], "list")],
)
def test_a_parameter_refuses_a_value_it_could_only_send_as_python_text(
    location: str, value: object, got: str
) -> None:
    # A spec's untyped parameter (refused at generation since) sent filter=%7B%27status%27...
    from voucherify_orders._inputs import check_parameter
    from voucherify_orders_client.client import Parameter

    parameter = Parameter("filter", "filter", location, False, {})
    with pytest.raises(ParameterError) as caught:
        check_parameter(parameter, value)
    assert str(caught.value).startswith(f"filter: cannot be sent as a {location} parameter: {got}")
