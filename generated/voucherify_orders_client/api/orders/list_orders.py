"""list-orders: GET /v1/orders (operation metadata, from the spec)."""

from ...client import Operation, Pagination, Parameter
from ...models import OrdersList

OPERATION: Operation[OrdersList] = Operation(
    operation_id="list-orders",
    http_method="GET",
    path="/v1/orders",
    host="api",
    parameters=(
        Parameter(
            name="limit",
            python_name="limit",
            location="query",
            required=False,
            schema={"type": "integer", "minimum": 1, "maximum": 100},
        ),
        Parameter(
            name="page",
            python_name="page",
            location="query",
            required=False,
            schema={"type": "integer", "minimum": 1, "maximum": 100},
        ),
        Parameter(
            name="order",
            python_name="order",
            location="query",
            required=False,
            schema={
                "type": "string",
                "enum": ["created_at", "-created_at", "updated_at", "-updated_at"],
                "$ref": "ListOrdersSort",
            },
        ),
    ),
    body_name=None,
    body_required=False,
    body_schema=None,
    success_status=200,
    success_content_type="application/json",
    parse=OrdersList.from_dict,
    retry_safe=True,
    retry_safe_when_keyed_by=(),
    pagination=Pagination(
        page="page",
        limit="limit",
        items="orders",
        total="total",
        default_limit=10,
        max_page=100,
        max_limit=100,
    ),
)
