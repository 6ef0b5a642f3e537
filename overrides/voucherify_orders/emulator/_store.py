"""The emulator's state and the Orders API's rules: upserts, computed amounts, imports, exports."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import string
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import TypeAdapter, ValidationError
from voucherify_orders_client import pydantic_models as pm

__all__ = ["ApiError", "JobPacing", "Store"]

_ALNUM = string.ascii_letters + string.digits
DISCOUNT_FIELDS = (
    "discount_amount",
    "items_discount_amount",
    "total_discount_amount",
    "applied_discount_amount",
    "items_applied_discount_amount",
    "total_applied_discount_amount",
)
EXPORT_FIELDS = (
    "id",
    "source_id",
    "created_at",
    "updated_at",
    "status",
    "amount",
    "discount_amount",
    "items_discount_amount",
    "total_discount_amount",
    "total_amount",
    "customer_id",
    "referrer_id",
    "metadata",
)
DEFAULT_EXPORT_FIELDS = ["id", "source_id", "status"]
_IMPORT_ITEMS = TypeAdapter(list[pm.OrderImportItem])


class ApiError(Exception):
    """An error answer, in Voucherify's shape."""

    def __init__(
        self,
        status: int,
        key: str,
        message: str,
        details: str | None = None,
        resource_id: str | None = None,
        resource_type: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.body: dict[str, Any] = {"code": status, "key": key, "message": message}
        if details is not None:
            self.body["details"] = details
        if resource_id is not None:
            self.body["resource_id"] = resource_id
        if resource_type is not None:
            self.body["resource_type"] = resource_type
        self.headers = headers or {}


def _detail(error: Any, skip: int = 1) -> str:
    """`Property .items[0].quantity input should be ...`: the field named as Voucherify does."""
    location = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in error["loc"][skip:])
    return f"Property {location or '.'} {error['msg'].lower()}"


def invalid_payload(exc: ValidationError) -> ApiError:
    first = exc.errors()[0]
    if first["type"] == "json_invalid":
        return ApiError(400, "invalid_payload", "Invalid payload", "The request body is not valid JSON")
    return ApiError(400, "invalid_payload", "Invalid payload", _detail(first, skip=0))


def not_found(resource_type: str, resource_id: str) -> ApiError:
    return ApiError(
        404,
        "not_found",
        "Resource not found",
        f"Cannot find {resource_type} with id {resource_id}",
        resource_id=resource_id,
        resource_type=resource_type,
    )


@dataclass(frozen=True)
class JobPacing:
    """
    How fast imports and exports move from one status to the next.

    A job takes a step (ENQUEUED -> IN_PROGRESS -> DONE, or SCHEDULED -> ...) once
    `polls` polls (of any job: the server works whether or not anyone watches a
    given job) have happened since its last step *and* `seconds` have passed on the
    emulator's clock. Imports queue: only the oldest unfinished one moves.
    `JobPacing()` finishes a job at the first poll.
    """

    polls: int = 0
    seconds: float = 0.0


@dataclass
class _Job:
    id: str
    kind: str  # "import" or "export"
    status: str
    created_at: str
    request_id: str
    payload: Any
    stage_started: float
    stage_tick: int = 0
    updated_at: str | None = None
    result: dict[str, Any] | None = None
    processing_ms: int = 0
    token: str = ""
    download_origin: str = ""


@dataclass
class Store:
    """Every stored object of one project, behind one lock."""

    rng: random.Random
    now: Callable[[], dt.datetime]
    monotonic: Callable[[], float]
    pacing: JobPacing
    lock: threading.RLock = field(default_factory=threading.RLock)
    orders: dict[str, dict[str, Any]] = field(default_factory=dict)
    order_ids_by_source: dict[str, str] = field(default_factory=dict)
    customers: dict[str, dict[str, Any]] = field(default_factory=dict)
    customer_ids_by_source: dict[str, str] = field(default_factory=dict)
    products: dict[str, dict[str, Any]] = field(default_factory=dict)
    skus: dict[str, dict[str, Any]] = field(default_factory=dict)
    jobs: dict[str, _Job] = field(default_factory=dict)
    import_queue: list[str] = field(default_factory=list)
    ticks: int = 0
    _sequence: int = 0

    # -- ids and times -----------------------------------------------------------

    def new_id(self, prefix: str, length: int, alphabet: str = _ALNUM) -> str:
        return prefix + "".join(self.rng.choice(alphabet) for _ in range(length))

    def request_id(self) -> str:
        return self.new_id("v-", 18, "0123456789abcdef")

    def timestamp(self) -> str:
        moment = self.now().astimezone(dt.UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"

    # -- orders ------------------------------------------------------------------

    def find_order(self, order_id: str) -> dict[str, Any]:
        with self.lock:
            found = self.orders.get(order_id)
            if found is None and order_id in self.order_ids_by_source:
                found = self.orders[self.order_ids_by_source[order_id]]
            if found is None:
                raise not_found("order", order_id)
            return found

    def create_order(self, body: bytes) -> dict[str, Any]:
        try:
            request = pm.OrderCreate.model_validate_json(body, strict=True)
        except ValidationError as exc:
            raise invalid_payload(exc) from None
        return self.upsert(request.model_dump(mode="json", exclude_unset=True, by_alias=True))

    def update_order(self, order_id: str, body: bytes) -> dict[str, Any]:
        try:
            request = pm.OrderUpdate.model_validate_json(body, strict=True)
        except ValidationError as exc:
            raise invalid_payload(exc) from None
        changes = request.model_dump(mode="json", exclude_unset=True, by_alias=True)
        with self.lock:
            existing = self.find_order(order_id)
            new_source = changes.get("source_id")
            if (
                new_source
                and new_source != existing.get("source_id")
                and new_source in self.order_ids_by_source
            ):
                raise ApiError(
                    409,
                    "duplicate_found",
                    "Duplicated resource found",
                    f"An order with source_id {new_source} already exists",
                )
            return self._apply(existing, changes)

    def upsert(self, data: dict[str, Any], created_at: str | None = None) -> dict[str, Any]:
        """Create the order, or update the one its `id` or `source_id` names."""
        with self.lock:
            existing = None
            if data.get("id"):
                existing = self.orders.get(data["id"])
            if existing is None and data.get("source_id"):
                known = self.order_ids_by_source.get(data["source_id"])
                existing = self.orders.get(known) if known else None
            if existing is not None:
                return self._apply(existing, {k: v for k, v in data.items() if k != "id"})
            self._sequence += 1
            order: dict[str, Any] = {
                "id": data.get("id") or self.new_id("ord_", 24),
                "source_id": None,
                "created_at": created_at or data.get("created_at") or self.timestamp(),
                "updated_at": None,
                "status": "CREATED",
                "metadata": {},
                "customer_id": None,
                "referrer_id": None,
                "object": "order",
                "_seq": self._sequence,
                "_input": {},
            }
            self.orders[order["id"]] = order
            return self._apply(
                order, {k: v for k, v in data.items() if k not in ("id", "created_at")}, fresh=True
            )

    def _apply(self, order: dict[str, Any], changes: dict[str, Any], fresh: bool = False) -> dict[str, Any]:
        old_source = order.get("source_id")
        stored_input = order["_input"]
        for key, value in changes.items():
            if key in ("customer", "referrer", "created_at"):
                continue
            stored_input[key] = value
        if "created_at" in changes and not fresh:
            order["created_at"] = changes["created_at"]
        for role in ("customer", "referrer"):
            if changes.get(role):
                customer = self._upsert_customer(changes[role])
                order[role] = {"id": customer["id"], "object": "customer"}
                order[f"{role}_id"] = customer["id"]
        if "referrer_id" in changes and not changes.get("referrer"):
            order["referrer_id"] = changes["referrer_id"]
        for key in ("status", "metadata"):
            if key in changes:
                order[key] = changes[key]
        if "source_id" in changes:
            order["source_id"] = changes["source_id"]
            if old_source and old_source != changes["source_id"]:
                self.order_ids_by_source.pop(old_source, None)
        if order.get("source_id"):
            self.order_ids_by_source[order["source_id"]] = order["id"]
        self._compute(order)
        if not fresh:
            order["updated_at"] = self.timestamp()
        return order

    def _compute(self, order: dict[str, Any]) -> None:
        """Recompute items and amounts from what the client sent, as the API does."""
        given = order["_input"]
        items = [self._item(raw) for raw in given.get("items", [])]
        for key in ("amount", "initial_amount", *DISCOUNT_FIELDS, "total_amount", "items"):
            order.pop(key, None)
        if items:
            order["items"] = items
        amount = given.get("amount")
        if amount is None and any("amount" in item for item in items):
            amount = sum(item.get("amount", 0) for item in items)
        discount = given.get("discount_amount", 0) or 0
        items_discount = sum(item.get("discount_amount", 0) for item in items)
        if amount is not None:
            order["amount"] = amount
        if given.get("initial_amount") is not None:
            order["initial_amount"] = given["initial_amount"]
        if discount:
            order["discount_amount"] = discount
        if items_discount:
            order["items_discount_amount"] = items_discount
        if discount + items_discount:
            order["total_discount_amount"] = discount + items_discount
        if amount is not None:
            order["total_amount"] = amount - discount - items_discount

    def _item(self, raw: dict[str, Any]) -> dict[str, Any]:
        item: dict[str, Any] = {"object": "order_item"}
        for key in (
            "sku_id",
            "product_id",
            "source_id",
            "related_object",
            "quantity",
            "discount_quantity",
            "initial_quantity",
            "initial_amount",
        ):
            if raw.get(key) is not None:
                item[key] = raw[key]
        product = self._upsert_catalog(raw, "product")
        sku = self._upsert_catalog(raw, "sku")
        if product is not None:
            item["product"] = product
            if sku is not None and product.get("id"):
                item["product_id"] = product["id"]
        if sku is not None:
            item["sku"] = sku
        price = raw.get("price")
        if price is None:
            for source in (sku, product):
                if source is not None and source.get("price") is not None:
                    price = int(source["price"])
                    break
        if price is not None:
            item["price"] = price
        amount = raw.get("amount")
        if amount is None and price is not None and raw.get("quantity") is not None:
            amount = price * raw["quantity"]
        if amount is not None:
            item["amount"] = amount
        discount = raw.get("discount_amount") or 0
        if discount:
            item["discount_amount"] = discount
        if amount is not None:
            item["subtotal_amount"] = amount - discount
        if raw.get("metadata") is not None:
            item["metadata"] = raw["metadata"]
        return item

    def _upsert_catalog(self, raw: dict[str, Any], kind: str) -> dict[str, Any] | None:
        """The product or SKU an item shows; stored only when the payload says `override: true`."""
        payload = raw.get(kind)
        store = self.products if kind == "product" else self.skus
        source_id = (payload or {}).get("source_id")
        if source_id is None and raw.get("related_object") == kind:
            source_id = raw.get("source_id")
        by_id = raw.get(f"{kind}_id") or (payload or {}).get("id")
        stored = store.get(by_id) if by_id else None
        if stored is None and source_id:
            stored = next((p for p in store.values() if p.get("source_id") == source_id), None)
        if payload and payload.get("override"):
            fields = {k: _whole(v) for k, v in payload.items() if k in ("name", "price", "metadata", "sku")}
            if stored is None:
                prefix = "prod_" if kind == "product" else "sku_"
                stored = {"id": self.new_id(prefix, 18, "0123456789abcdef"), "source_id": source_id}
                store[stored["id"]] = stored
            stored.update(fields)
        if stored is not None:
            return {k: v for k, v in stored.items() if v is not None}
        if payload:
            return {k: _whole(v) for k, v in payload.items() if k != "override"}
        return None

    def _upsert_customer(self, data: dict[str, Any]) -> dict[str, Any]:
        customer = self.customers.get(data["id"]) if data.get("id") else None
        if customer is None and data.get("source_id"):
            known = self.customer_ids_by_source.get(data["source_id"])
            customer = self.customers.get(known) if known else None
        if customer is None:
            customer = {"id": data.get("id") or self.new_id("cust_", 24), "object": "customer"}
            self.customers[customer["id"]] = customer
        for key, value in data.items():
            # A customer's source_id is fixed once set.
            if key == "id" or (key == "source_id" and customer.get("source_id")):
                continue
            customer[key] = value
        if customer.get("source_id"):
            self.customer_ids_by_source[customer["source_id"]] = customer["id"]
        return customer

    def list_orders(self, limit: int, page: int, order: str) -> tuple[list[dict[str, Any]], int]:
        with self.lock:
            key = order.lstrip("-")
            rows = sorted(
                self.orders.values(),
                key=lambda o: (o.get(key) or "", o["_seq"]),
                reverse=order.startswith("-"),
            )
            start = (page - 1) * limit
            return rows[start : start + limit], len(rows)

    # -- async jobs --------------------------------------------------------------

    def _new_job(self, kind: str, payload: Any, status: str, prefix: str, length: int, alphabet: str) -> _Job:
        job = _Job(
            id=self.new_id(prefix, length, alphabet),
            kind=kind,
            status=status,
            created_at=self.timestamp(),
            request_id=self.request_id(),
            payload=payload,
            stage_started=self.monotonic(),
            stage_tick=self.ticks,
        )
        self.jobs[job.id] = job
        return job

    def submit_import(self, raw: bytes) -> str:
        try:
            body = json.loads(raw)
        except ValueError:
            raise ApiError(400, "invalid_payload", "Invalid payload", "The body is not valid JSON") from None
        if not isinstance(body, list):
            raise ApiError(
                400, "invalid_payload", "Invalid payload", "Property . should be an array of orders"
            )
        if not body:
            raise ApiError(
                400, "invalid_payload", "Invalid payload", "Property . should contain at least 1 order"
            )
        if len(body) > 2000:
            raise ApiError(
                400,
                "invalid_payload",
                "Invalid payload",
                f"Property . should contain at most 2000 orders, got {len(body)}",
            )
        try:
            # The whole array is checked up front, like the API, which refuses it with the first problem.
            validated = _IMPORT_ITEMS.validate_json(raw, strict=True)
        except ValidationError as exc:
            raise ApiError(
                400, "invalid_payload", "Invalid payload", _detail(exc.errors()[0], skip=0)
            ) from None
        orders = [order.model_dump(mode="json", exclude_unset=True, by_alias=True) for order in validated]
        with self.lock:
            job = self._new_job("import", orders, "ENQUEUED", "aa_", 18, "0123456789abcdef")
            self.import_queue.append(job.id)
            return job.id

    def submit_export(self, body: bytes, download_origin: str) -> dict[str, Any]:
        try:
            request = pm.OrderExportCreate.model_validate_json(body, strict=True)
        except ValidationError as exc:
            raise invalid_payload(exc) from None
        params: dict[str, Any] = request.model_dump(mode="json", exclude_unset=True, by_alias=True).get(
            "parameters", {}
        )
        params.setdefault("order", "-created_at")
        params.setdefault("fields", list(DEFAULT_EXPORT_FIELDS))
        filters = params.setdefault("filters", {})
        filters.setdefault("junction", "and")
        with self.lock:
            job = self._new_job("export", params, "SCHEDULED", "exp_", 24, _ALNUM)
            job.token = self.new_id("", 32, _ALNUM)
            job.download_origin = download_origin
            return self.export_view(job)

    def poll(self, job_id: str, kind: str) -> _Job:
        """Read a job, letting the queue make the progress a poll allows."""
        with self.lock:
            job = self.jobs.get(job_id)
            if job is None or job.kind != kind:
                raise not_found("async_action" if kind == "import" else "export", job_id)
            self.ticks += 1
            self._advance()
            return job

    def _advance(self) -> None:
        # Imports run one at a time, in the order they were queued.
        while self.import_queue:
            head = self.jobs[self.import_queue[0]]
            if not self._step(head, ("ENQUEUED", "IN_PROGRESS", "DONE")):
                break
            if head.status == "DONE":
                self.import_queue.pop(0)
                if self.import_queue:
                    # The next import starts counting now, not when it was queued.
                    following = self.jobs[self.import_queue[0]]
                    following.stage_tick, following.stage_started = self.ticks, self.monotonic()
        for job in self.jobs.values():
            if job.kind == "export":
                while self._step(job, ("SCHEDULED", "IN_PROGRESS", "DONE")):
                    pass

    def _step(self, job: _Job, stages: tuple[str, ...]) -> bool:
        if job.status == stages[-1]:
            return False
        waited = self.monotonic() - job.stage_started
        if self.ticks - job.stage_tick < self.pacing.polls or waited < self.pacing.seconds:
            return False
        job.status = stages[stages.index(job.status) + 1]
        job.stage_tick = self.ticks
        now = self.monotonic()
        job.processing_ms += int((now - job.stage_started) * 1000)
        job.stage_started = now
        job.updated_at = self.timestamp()
        if job.status == "DONE":
            if job.kind == "import":
                self._run_import(job)
            else:
                job.result = {"url": f"{job.download_origin}/v1/exports/{job.id}?token={job.token}"}
                job.payload = {"parameters": job.payload, "csv": self._render_csv(job.payload)}
        return True

    def _run_import(self, job: _Job) -> None:
        done = 0
        failed: list[dict[str, Any]] = []
        for order in job.payload:
            problem = self._unresolved_reference(order)
            if problem is not None:
                failed.append({"source_id": order.get("source_id"), "reason": problem})
                continue
            self.upsert(order, created_at=self.timestamp())
            done += 1
        job.payload = None  # the orders are stored; drop the request body
        job.result = {
            "message": f"{done} order(s) imported successfully, {len(failed)} failed.",
            "failed": failed,
            "done_count": done,
            "failed_count": len(failed),
        }

    def _unresolved_reference(self, order: dict[str, Any]) -> str | None:
        """Why an import cannot store an order: it names a product, SKU or customer that does not exist."""
        for index, item in enumerate(order.get("items") or []):
            if item.get("product_id") and item["product_id"] not in self.products:
                return f"Product {item['product_id']} not found (items[{index}].product_id)"
            if item.get("sku_id") and item["sku_id"] not in self.skus:
                return f"SKU {item['sku_id']} not found (items[{index}].sku_id)"
        for role in ("customer", "referrer"):
            given = order.get(role) or {}
            if given.get("id") and given["id"] not in self.customers:
                return f"Customer {given['id']} not found ({role}.id)"
        return None

    def async_action_view(self, job: _Job) -> dict[str, Any]:
        view: dict[str, Any] = {
            "id": job.id,
            "type": "ORDERS.IMPORT",
            "status": job.status,
            "created_at": job.created_at,
            "updated_at": job.updated_at,
            "request_id": job.request_id,
            "progress": {"ENQUEUED": 0, "IN_PROGRESS": 50, "DONE": 100}.get(job.status, 0),
            "processing_time": job.processing_ms,
            "object": "async_action",
        }
        if job.status == "DONE":
            view["operation_status"] = "SUCCESS"
            view["result"] = job.result
        return view

    def export_view(self, job: _Job) -> dict[str, Any]:
        params = job.payload["parameters"] if job.status == "DONE" else job.payload
        return {
            "id": job.id,
            "object": "export",
            "created_at": job.created_at,
            "status": job.status,
            "channel": "API",
            "exported_object": "order",
            "parameters": params,
            "result": job.result,
            "user_id": None,
        }

    def export_csv(self, export_id: str, token: str | None) -> str:
        with self.lock:
            job = self.jobs.get(export_id)
            if job is None or job.kind != "export" or not token or token != job.token:
                raise ApiError(401, "unauthorized", "Unauthorized")
            if job.status != "DONE":
                raise not_found("export", export_id)
            csv_text: str = job.payload["csv"]
            return csv_text

    def _render_csv(self, params: dict[str, Any]) -> str:
        fields: list[str] = params["fields"]
        rows = self._filtered(params.get("filters", {}))
        key = params["order"].lstrip("-")
        rows.sort(key=lambda o: (str(o.get(key) or ""), o["_seq"]), reverse=params["order"].startswith("-"))
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(fields)
        for order in rows:
            writer.writerow([_csv_cell(_field_value(order, name)) for name in fields])
        return out.getvalue()

    def _filtered(self, filters: dict[str, Any]) -> list[dict[str, Any]]:
        tests = [(name, spec.get("conditions", {})) for name, spec in filters.items() if name != "junction"]
        combine = any if filters.get("junction") == "or" else all
        today = self.now().astimezone(dt.UTC).date()
        return [
            order
            for order in self.orders.values()
            if not tests
            or combine(_matches(_field_value(order, name), conds, today) for name, conds in tests)
        ]


def _whole(value: Any) -> Any:
    # Prices are `number` in the spec but the API writes whole amounts as integers.
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _field_value(order: dict[str, Any], name: str) -> Any:
    if name.startswith("metadata."):
        value: Any = order.get("metadata") or {}
        for part in name.split(".")[1:]:
            value = value.get(part) if isinstance(value, dict) else None
        return value
    return order.get(name)


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _matches(value: Any, conditions: dict[str, Any], today: dt.date) -> bool:
    try:
        return all(_condition(op, value, raw, today) for op, raw in conditions.items())
    except (TypeError, ValueError):  # comparing a number with text, say: no match, as the API does
        return False


def _condition(op: str, value: Any, raw: Any, today: dt.date) -> bool:
    target = _first(raw)
    listed = raw if isinstance(raw, list) else [raw]
    text = "" if value is None else str(value)
    if op in ("$is", "$is_not"):
        return (value == target) is (op == "$is")
    if op in ("$in", "$not_in"):
        return (value in listed) is (op == "$in")
    if op in ("$has_value", "$is_unknown"):
        return (value not in (None, "")) is (op == "$has_value")
    if op in ("$contains", "$not_contain"):
        return (str(target) in text) is (op == "$contains")
    if op == "$starts_with":
        return text.startswith(str(target))
    if op == "$ends_with":
        return text.endswith(str(target))
    if op.startswith("$count"):
        size = len(value) if isinstance(value, (list, dict, str)) else 0
        return bool(
            {"$count": size == target, "$count_less": size < target, "$count_more": size > target}[op]
        )
    if value is None:
        return False
    if op in ("$after", "$before"):
        return str(value) > str(target) if op == "$after" else str(value) < str(target)
    if op.endswith(("_ago", "_future")) or op.startswith("$is_days"):
        # Day-relative operators on a date field; the operand is a number of days.
        days = (today - dt.date.fromisoformat(str(value)[:10])).days  # > 0: in the past
        n = int(target)
        return {
            "$is_days_ago": days == n,
            "$more_than_ago": days > n,
            "$less_than_ago": 0 <= days < n,
            "$is_days_in_future": -days == n,
            "$more_than_future": -days > n,
            "$less_than_future": 0 <= -days < n,
        }[op]
    if op == "$more_than":
        return bool(value > target)
    if op == "$less_than":
        return bool(value < target)
    if op == "$more_than_equal":
        return bool(value >= target)
    return bool(value <= target)


def public_order(order: dict[str, Any]) -> dict[str, Any]:
    """An order as the API returns it (without the emulator's bookkeeping)."""
    return {k: v for k, v in order.items() if not k.startswith("_")}


def public_orders(orders: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return [public_order(order) for order in orders]
