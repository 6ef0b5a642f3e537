"""Error answers in Voucherify's shape."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

__all__ = ["ApiError", "detail", "invalid_payload", "lower_than", "not_found"]


class ApiError(Exception):
    """An error answer, in Voucherify's shape."""

    def __init__(
        self,
        status: int,
        key: str | None,
        message: str,
        details: str | None = None,
        resource_id: str | None = None,
        resource_type: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        # No key where Voucherify's errors guide shows none (a method the endpoint lacks).
        self.body: dict[str, Any] = {"code": status, "key": key, "message": message}
        if key is None:
            del self.body["key"]
        if details is not None:
            self.body["details"] = details
        if resource_id is not None:
            self.body["resource_id"] = resource_id
        if resource_type is not None:
            self.body["resource_type"] = resource_type
        self.headers = headers or {}


def detail(error: Any, skip: int = 1) -> str:
    """`Property .items[0].quantity input should be ...`: the field named as Voucherify does."""
    location = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in error["loc"][skip:])
    if error["type"] == "greater_than_equal":
        # A minimum is worded as the one recorded 400 words it (see `lower_than`).
        return lower_than(location, error["ctx"]["ge"])
    return f"Property {location or '.'} {_sentence_middle(error['msg'])}"


def _sentence_middle(message: str) -> str:
    """
    pydantic's message, its first word lowercased to follow the property's name.

    Only that word: the rest quotes values (the enum's `'CREATED', 'PAID'`, a pattern, a
    field name) that must reach the client as they are. Lowercasing the whole message once
    listed `'created', 'paid'` as the valid statuses, naming the value just refused.
    """
    first, _, rest = message.partition(" ")
    if first[:1].isupper() and first[1:].islower():
        first = first.lower()
    return f"{first} {rest}" if rest else first


def lower_than(location: str, minimum: object) -> str:
    """
    `Property .items[0].initial_quantity cannot be lower than 1`: the API's own words.

    The official spec's only recorded 400 for an import (its `Invalid Payload` example)
    says exactly this; a number under its minimum is worded the same way everywhere.
    """
    return f"Property {location} cannot be lower than {minimum}"


def invalid_payload(exc: ValidationError) -> ApiError:
    first = exc.errors()[0]
    if first["type"] == "json_invalid":
        return ApiError(400, "invalid_payload", "Invalid payload", "The request body is not valid JSON")
    return ApiError(400, "invalid_payload", "Invalid payload", detail(first, skip=0))


def not_found(resource_type: str, resource_id: str) -> ApiError:
    return ApiError(
        404,
        "not_found",
        "Resource not found",
        f"Cannot find {resource_type} with id {resource_id}",
        resource_id=resource_id,
        resource_type=resource_type,
    )
