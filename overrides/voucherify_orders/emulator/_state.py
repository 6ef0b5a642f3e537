"""The emulator's stored objects (orders, customers, products, SKUs) and the rules that change them."""

from __future__ import annotations

import datetime as dt
import json
import random
import string
import threading
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, RootModel, ValidationError
from voucherify_orders_client import pydantic_models as pm

from ._errors import ApiError, invalid_payload, lower_than, not_found
from ._pricing import price_item, price_order, whole

__all__ = [
    "State",
    "absent_nulls",
    "check_item_counts",
    "format_timestamp",
    "public_order",
    "public_orders",
    "tolerant_body",
    "without_refused_nulls",
]

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
# Request fields where an explicit null means "clear it" (the official spec marks them
# nullable); anywhere else in a request body, null means the same as leaving the field out.
_CLEARING = frozenset({"source_id", "referrer_id"})
_CLEARING_IN_CUSTOMER = frozenset({"address"})


def absent_nulls(body: dict[str, Any]) -> dict[str, Any]:
    """An order request body with every null that means "absent" left out (see `_CLEARING`)."""
    out: dict[str, Any] = {}
    for key, value in body.items():
        if value is None and key not in _CLEARING:
            continue
        if key in ("customer", "referrer") and isinstance(value, dict):
            out[key] = _drop_nulls(value, keep=_CLEARING_IN_CUSTOMER)
        elif key == "items" and isinstance(value, list):
            out[key] = [_drop_nulls(item) if isinstance(item, dict) else item for item in value]
        else:
            out[key] = value
    return out


def _drop_nulls(value: dict[str, Any], keep: frozenset[str] = frozenset()) -> dict[str, Any]:
    # Nested request objects (items, products, SKUs, addresses): null is absent, except in `keep`.
    # Metadata is the caller's own data and keeps its nulls.
    return {
        k: (_drop_nulls(v) if isinstance(v, dict) and k != "metadata" else v)
        for k, v in value.items()
        if v is not None or k in keep
    }


def without_refused_nulls(model: Any, value: Any) -> Any:
    """
    `value` (a parsed request body for `model`) without the nulls `model` would refuse.

    Real clients send `null` for every optional field they leave unset (the official
    Python SDK does), and the API takes such bodies; the request models refuse `null`
    where the curated spec does not mark a field nullable. A null there means the field
    was left out. Anything else, wrong types included, is left for the model to judge.
    """
    if isinstance(value, list):
        item_model = _list_item(model)
        return [without_refused_nulls(item_model, item) for item in value] if item_model else value
    model = _model_in(model)
    if model is None or not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for key, item in value.items():
        info = model.model_fields.get(key)
        if info is None:
            out[key] = item
        elif item is None:
            if _admits_none(info.annotation):
                out[key] = None
        else:
            out[key] = without_refused_nulls(info.annotation, item)
    return out


def _members(annotation: Any) -> tuple[Any, ...]:
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return tuple(m for part in typing.get_args(annotation) for m in _members(part))
    return (annotation,)


def _admits_none(annotation: Any) -> bool:
    return any(member is type(None) for member in _members(annotation))


def _model_in(annotation: Any) -> type[BaseModel] | None:
    for member in _members(annotation):
        if isinstance(member, type) and issubclass(member, BaseModel) and not issubclass(member, RootModel):
            return member
    return None


def _list_item(annotation: Any) -> Any:
    for member in _members(annotation):
        if typing.get_origin(member) is list:
            return typing.get_args(member)[0]
        if isinstance(member, type) and issubclass(member, RootModel):
            return _list_item(member.model_fields["root"].annotation)
    return None


def tolerant_body(model: Any, body: bytes) -> bytes:
    """The request body with the nulls `model` refuses left out (see `without_refused_nulls`)."""
    try:
        parsed = json.loads(body)
    except ValueError:
        return body  # not JSON: the model says so, in the API's words
    return json.dumps(without_refused_nulls(model, parsed)).encode()


# Item counts that must be at least 1. `initial_quantity`: the official spec's only recorded
# import 400 (`Property .items[0].initial_quantity cannot be lower than 1`) and its description
# ("a positive integer"); the curated schema does not say it, so the emulator checks it here.
# `quantity`: the curated schema's `minimum: 1`, which the request models check (and
# `detail` words the same way). No evidence bounds `discount_quantity`, so nothing does.
_AT_LEAST_ONE = ("initial_quantity",)


def check_item_counts(order: dict[str, Any], prefix: str = "") -> None:
    """Refuse an order (validated, nulls dropped) whose items carry a count under 1, as the API does."""
    for index, item in enumerate(order.get("items") or []):
        for key in _AT_LEAST_ONE:
            value = item.get(key) if isinstance(item, dict) else None
            if isinstance(value, int) and value < 1:
                raise ApiError(
                    400, "invalid_payload", "Invalid payload", lower_than(f"{prefix}.items[{index}].{key}", 1)
                )


def format_timestamp(moment: dt.datetime) -> str:
    """`2024-08-29T15:28:38.976Z`: UTC, milliseconds and `Z`, as most recorded responses show."""
    return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _given_time(value: str) -> str:
    """A client's date-time, written the API's way; one that has no UTC form is refused."""
    try:
        return format_timestamp(dt.datetime.fromisoformat(value))
    except (OverflowError, ValueError):
        raise ApiError(
            400, "invalid_payload", "Invalid payload", "Property .created_at is out of range"
        ) from None


def _validated(model: type[BaseModel], body: bytes) -> dict[str, Any]:
    try:
        request = model.model_validate_json(tolerant_body(model, body), strict=True)
    except ValidationError as exc:
        raise invalid_payload(exc) from None
    data: dict[str, Any] = request.model_dump(mode="json", exclude_unset=True, by_alias=True)
    return absent_nulls(data)


@dataclass
class State:
    """Every stored object of one project, behind one lock."""

    rng: random.Random
    now: Callable[[], dt.datetime]
    lock: threading.RLock = field(default_factory=threading.RLock)
    orders: dict[str, dict[str, Any]] = field(default_factory=dict)
    order_ids_by_source: dict[str, str] = field(default_factory=dict)
    customers: dict[str, dict[str, Any]] = field(default_factory=dict)
    customer_ids_by_source: dict[str, str] = field(default_factory=dict)
    products: dict[str, dict[str, Any]] = field(default_factory=dict)
    skus: dict[str, dict[str, Any]] = field(default_factory=dict)
    _sequence: int = 0

    # -- ids and times -----------------------------------------------------------

    def new_id(self, prefix: str, length: int, alphabet: str = ALNUM) -> str:
        return prefix + "".join(self.rng.choice(alphabet) for _ in range(length))

    def request_id(self) -> str:
        return self.new_id("v-", 18, HEX)

    def timestamp(self) -> str:
        return format_timestamp(self.now())

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
        data = _validated(pm.OrderCreate, body)
        check_item_counts(data)
        return self.upsert(data)

    def update_order(self, order_id: str, body: bytes) -> dict[str, Any]:
        changes = _validated(pm.OrderUpdate, body)
        check_item_counts(changes)
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
            given_at = data.get("created_at")
            order: dict[str, Any] = {
                "id": data.get("id") or self.new_id("ord_", 18, HEX),
                "source_id": None,
                "created_at": created_at or (_given_time(given_at) if given_at else self.timestamp()),
                "updated_at": None,
                "status": "CREATED",
                "customer_id": None,
                "referrer_id": None,
                "object": "order",
                "_seq": self._sequence,
                "_input": {},
                "_item_ids": [],
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
        if "items" in changes:
            # Each line gets its id when it is sent; lines sent again are new lines.
            order["_item_ids"] = [self.new_id("ordli_", 18, HEX) for _ in changes["items"]]
        if "created_at" in changes and not fresh:
            order["created_at"] = _given_time(changes["created_at"])
        for role in ("customer", "referrer"):
            if changes.get(role):
                customer = self._upsert_customer(changes[role])
                order[role] = {"id": customer["id"], "object": "customer"}
                order[f"{role}_id"] = customer["id"]
        if "referrer_id" in changes and not changes.get("referrer"):
            order["referrer_id"] = changes["referrer_id"]
            if changes["referrer_id"] is None:
                order.pop("referrer", None)  # cleared
        for key in ("status", "metadata"):
            if key in changes:
                order[key] = changes[key]
        if "source_id" in changes:
            order["source_id"] = changes["source_id"]
            if old_source and old_source != changes["source_id"]:
                self.order_ids_by_source.pop(old_source, None)
        if order.get("source_id"):
            self.order_ids_by_source[order["source_id"]] = order["id"]
        given = order["_input"]
        items = [
            price_item(raw, item_id, self._catalog_entry(raw, "product"), self._catalog_entry(raw, "sku"))
            for raw, item_id in zip(given.get("items", []), order["_item_ids"], strict=True)
        ]
        price_order(order, given, items)
        if not fresh:
            order["updated_at"] = self.timestamp()
        return order

    def _catalog_entry(self, raw: dict[str, Any], kind: str) -> dict[str, Any] | None:
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
            fields = {k: whole(v) for k, v in payload.items() if k in ("name", "price", "metadata", "sku")}
            if stored is None:
                prefix = "prod_" if kind == "product" else "sku_"
                stored = {"id": self.new_id(prefix, 18, HEX), "source_id": source_id}
                store[stored["id"]] = stored
            stored.update(fields)
        if stored is not None:
            return {k: v for k, v in stored.items() if v is not None}
        if payload:
            return {k: whole(v) for k, v in payload.items() if k != "override"}
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

    def unresolved_reference(self, order: dict[str, Any]) -> str | None:
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


def public_order(order: dict[str, Any]) -> dict[str, Any]:
    """An order as the API returns it (without the emulator's bookkeeping)."""
    return {k: v for k, v in order.items() if not k.startswith("_")}


def public_orders(orders: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return [public_order(order) for order in orders]


#: What of an item's product and SKU a list page shows: the official list example's items carry
#: `product` with `name` and `price` only and `sku` with `sku` and `price` only (all 10 orders),
#: where a create's or a get's answer shows each whole.
_LISTED = {"product": ("name", "price"), "sku": ("sku", "price")}


def listed_order(order: dict[str, Any]) -> dict[str, Any]:
    """An order as a list page shows it."""
    shown = public_order(order)
    if shown.get("items"):
        shown["items"] = [_listed_item(item) for item in shown["items"]]
    return shown


def _listed_item(item: dict[str, Any]) -> dict[str, Any]:
    item = dict(item)
    for key, kept in _LISTED.items():
        if isinstance(item.get(key), dict):
            item[key] = {name: item[key][name] for name in kept if name in item[key]}
    return item
