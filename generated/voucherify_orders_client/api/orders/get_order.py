"""get-order: GET /v1/orders/{orderId} (operation metadata, from the spec)."""

from ...client import Operation, Parameter
from ...models import Order

OPERATION: Operation[Order] = Operation(
    operation_id="get-order",
    http_method="GET",
    path="/v1/orders/{orderId}",
    host="api",
    parameters=(
        Parameter(
            name="orderId",
            python_name="order_id",
            location="path",
            required=True,
            schema={"type": "string", "minLength": 1},
        ),
    ),
    body_name=None,
    body_required=False,
    body_schema=None,
    success_status=200,
    success_content_type="application/json",
    parse=Order.from_dict,
    retry_safe=True,
    retry_safe_when_keyed_by=(),
    answer_echoes=(("path", "order_id", ("id", "source_id")),),
)
