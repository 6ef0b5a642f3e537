"""Voucherify's own Python SDK, pointed at the emulator's URL, works unchanged."""

from __future__ import annotations

from typing import Any

import pytest
from voucherify_orders.emulator import Emulator, JobPacing

voucherify: Any = pytest.importorskip("voucherify", reason="the official SDK (voucherify) is not installed")


def test_every_orders_endpoint_through_the_official_sdk() -> None:
    emulator = Emulator(seed=61, pacing=JobPacing(polls=1))
    with emulator.serve() as server:
        config = voucherify.Configuration(
            host=server.url, api_key={"X-App-Id": emulator.app_id, "X-App-Token": emulator.secret_key}
        )
        client = voucherify.ApiClient(config)
        orders = voucherify.OrdersApi(client)
        item = voucherify.OrderItem(quantity=2, price=500, source_id="p-1", related_object="product")
        created = orders.create_order(
            voucherify.OrdersCreateRequestBody(source_id="sdk-1", status="PAID", items=[item])
        )
        assert (created.amount, created.status) == (1000, "PAID")
        assert orders.get_order("sdk-1").id == created.id
        assert (
            orders.update_order("sdk-1", voucherify.OrdersUpdateRequestBody(status="FULFILLED")).status
            == "FULFILLED"
        )
        assert orders.list_orders(limit=5, page=1, order="-created_at").total == 1

        queued = orders.import_orders(
            [voucherify.OrdersImportCreateRequestBodyItem(source_id=f"sdk-{n}") for n in range(2, 5)]
        )
        actions = voucherify.AsyncActionsApi(client)
        statuses = [actions.get_async_action(queued.async_action_id).status for _ in range(2)]
        assert statuses == ["IN_PROGRESS", "DONE"]
        assert actions.get_async_action(queued.async_action_id).result["done_count"] == 3

        parameters = voucherify.OrdersExportCreateRequestBodyParameters(fields=["id", "source_id"])
        export = orders.create_order_export(voucherify.OrdersExportCreateRequestBody(parameters=parameters))
        exports = voucherify.ExportsApi(client)
        done = [exports.get_export(export.id) for _ in range(2)][-1]
        assert done.status == "DONE"
        token = done.result.url.split("token=", 1)[1]
        csv_text = exports.download_export(export.id, token=token)  # needs text/plain: the emulator obliges
        assert csv_text.splitlines()[0] == "id,source_id" and len(csv_text.splitlines()) == 5

        with pytest.raises(voucherify.exceptions.NotFoundException):
            orders.get_order("missing")
