"""import-orders: POST /v1/orders/import (operation metadata, from the spec)."""

from ...client import Operation
from ...models import AsyncActionCreated

OPERATION: Operation[AsyncActionCreated] = Operation(
    operation_id="import-orders",
    http_method="POST",
    path="/v1/orders/import",
    host="api",
    parameters=(),
    body_name="orders",
    body_required=True,
    body_schema={"type": "array", "items": {"$ref": "OrderImportItem"}, "minItems": 1, "maxItems": 2000},
    success_status=200,
    success_content_type="application/json",
    parse=AsyncActionCreated.from_dict,
    retry_safe=False,
    retry_safe_when_keyed_by=("id", "source_id"),
)
