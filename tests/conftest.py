"""Fixtures shared by every test tier."""

from __future__ import annotations

import json
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from voucherify_orders import AsyncVoucherify, Voucherify, testing

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "voucherify-orders.yaml"
# Voucherify's official spec, kept with its provenance in tests/fixtures/README.md.
OFFICIAL_SPEC = ROOT / "tests" / "fixtures" / "voucherify-official-orders-openapi.json"
PAYLOADS = ROOT / "tests" / "fixtures" / "payloads"
APP_ID = "app-id-for-tests-5f1c"
SECRET = "secret-key-for-tests-9d2e"

Handler = Callable[[httpx.Request], httpx.Response]


@dataclass
class CaseCount:
    """How many generated cases one test ran; a test taking a `generated_cases` fixture of this
    type fails unless it ran at least `minimum` (checked by the hook below, right after the call)."""

    minimum: int
    seen: int = 0


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, None, None]:
    result = yield
    count = getattr(item, "funcargs", {}).get("generated_cases")
    # Not isinstance: test modules import this file as tests.conftest, pytest as conftest.
    if count is not None and count.seen < count.minimum:
        pytest.fail(f"only {count.seen} generated cases ran, fewer than {count.minimum}", pytrace=False)
    return result


# Every test in these modules runs the pinned code generator in a subprocess: half a second
# to three seconds each, about 30 s together, so they are slow. (Marked here because other
# work is changing those modules; a `pytestmark` in each would do the same.)
GENERATOR_MODULES = (
    "contract/test_generation.py",
    "contract/test_regeneration.py",
    "contract/test_spec_changes.py",
)


# Every test in these modules is slow, and collecting them is costly too (schemathesis derives
# its tests from the spec as they are collected: seconds per worker). A run that leaves slow
# tests out (`-m "not slow"`) does not read them at all.
SLOW_TO_COLLECT = ("reliability/test_schemathesis.py",)


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    here = Path(__file__).parent
    if "not slow" not in (config.getoption("markexpr") or ""):
        return None
    if (
        collection_path.is_relative_to(here)
        and collection_path.relative_to(here).as_posix() in SLOW_TO_COLLECT
    ):
        return True
    return None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if item.path.is_relative_to(here) and item.path.relative_to(here).as_posix() in GENERATOR_MODULES:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text())


@pytest.fixture(scope="session")
def official_spec() -> dict[str, Any]:
    # A missing fixture is an error, never a skip: these tests back the README's promises.
    return json.loads(OFFICIAL_SPEC.read_text())


def make_client(handler: Handler, **kwargs: Any) -> Voucherify:
    kwargs.setdefault("retry_policy", testing.no_waits())
    return Voucherify(APP_ID, SECRET, transport=httpx.MockTransport(handler), **kwargs)


def make_async_client(handler: Handler, **kwargs: Any) -> AsyncVoucherify:
    kwargs.setdefault("retry_policy", testing.no_waits())
    return AsyncVoucherify(APP_ID, SECRET, transport=httpx.MockTransport(handler), **kwargs)


def order_json(order_id: str = "ord_1", **fields: Any) -> dict[str, Any]:
    return {"id": order_id, "object": "order", **fields}


def error_json(status: int, key: str, message: str = "error", **fields: Any) -> dict[str, Any]:
    return {"code": status, "key": key, "message": message, **fields}


def lossy_import_api(
    reports: Callable[[list[dict[str, Any]]], dict[str, Any]], *, drop: bool = True
) -> tuple[Callable[[httpx.Request], httpx.Response], list[list[dict[str, Any]]]]:
    """
    A scripted import API: the first import call is applied and its answer lost (if `drop`);
    each other is accepted, and its async action answers `reports(the orders that call sent)`.
    Returns the handler and the list of the orders each import call sent.
    """
    posts: list[list[dict[str, Any]]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/orders/import":
            posts.append(json.loads(request.content))
            if drop and len(posts) == 1:
                raise httpx.RemoteProtocolError("dropped after commit", request=request)
            return httpx.Response(200, json={"async_action_id": f"aa_{len(posts)}"})
        sent = posts[int(request.url.path.rsplit("_", 1)[1]) - 1]
        action = {"id": request.url.path.rsplit("/", 1)[1], "type": "ORDERS.IMPORT", "status": "DONE"}
        return httpx.Response(200, json={**action, "result": reports(sent), "object": "async_action"})

    return handler, posts


def read_checkpoint(path: Path) -> dict[str, Any]:
    """An import checkpoint as one document: its first line's fields, and `chunks` holding each
    chunk's last recorded line (a journal's later line for a chunk replaces an earlier one)."""
    head, *changes = path.read_text().split("\n")
    saved: dict[str, Any] = {**json.loads(head), "chunks": {}}
    for line in changes[:-1]:
        change = json.loads(line)
        saved["chunks"][change.pop("chunk")] = change
    return saved


def write_checkpoint(path: Path, saved: dict[str, Any]) -> None:
    """Write a document as `read_checkpoint` gives it back as an import checkpoint's journal."""
    head = {key: value for key, value in saved.items() if key != "chunks"}
    lines = [json.dumps(head)] + [json.dumps({"chunk": key, **c}) for key, c in saved["chunks"].items()]
    path.write_text("".join(line + "\n" for line in lines))
