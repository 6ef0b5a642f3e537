"""create-order: POST /v1/orders (operation metadata, from the spec)."""

from ...client import Operation
from ...models import Order

OPERATION: Operation[Order] = Operation(
    operation_id="create-order",
    http_method="POST",
    path="/v1/orders",
    host="api",
    parameters=(),
    body_name="order",
    body_required=True,
    body_schema={"$ref": "OrderCreate"},
    success_status=200,
    success_content_type="application/json",
    parse=Order.from_dict,
    retry_safe=False,
    retry_safe_when_keyed_by=("id", "source_id"),
    answer_echoes=(("body", "source_id", ("source_id",)),),
)
