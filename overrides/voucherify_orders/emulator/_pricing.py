"""What the API computes from an order's input: item prices and amounts, order totals."""

from __future__ import annotations

from typing import Any

__all__ = ["DISCOUNT_FIELDS", "price_item", "price_order", "whole"]

DISCOUNT_FIELDS = (
    "discount_amount",
    "items_discount_amount",
    "total_discount_amount",
    "applied_discount_amount",
    "items_applied_discount_amount",
    "total_applied_discount_amount",
)
_ECHOED = (
    "sku_id",
    "product_id",
    "source_id",
    "related_object",
    "quantity",
    "discount_quantity",
    "initial_quantity",
    "initial_amount",
)


def whole(value: Any) -> Any:
    """Prices are `number` in the spec, but the API writes whole amounts as integers."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def price_item(
    raw: dict[str, Any], item_id: str, product: dict[str, Any] | None, sku: dict[str, Any] | None
) -> dict[str, Any]:
    """
    One stored order line from what the client sent and the product/SKU it names.

    `price` falls back to the SKU's price, then the product's; `amount` is
    `price * quantity` unless given; `subtotal_amount` is `amount - discount_amount`.
    Zero discounts are left out, as the API leaves them out.
    """
    item: dict[str, Any] = {"object": "order_item", "id": item_id}
    for key in _ECHOED:
        if raw.get(key) is not None:
            item[key] = raw[key]
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


def price_order(order: dict[str, Any], given: dict[str, Any], items: list[dict[str, Any]]) -> None:
    """Set the order's items and amounts from its input (`given`) and its priced items."""
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
