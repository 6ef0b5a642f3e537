"""create-order-export: POST /v1/orders/export (operation metadata, from the spec)."""

from ...client import Operation
from ...models import Export

OPERATION: Operation[Export] = Operation(
    operation_id="create-order-export",
    http_method="POST",
    path="/v1/orders/export",
    host="api",
    parameters=(),
    body_name="export",
    body_required=True,
    body_schema={"$ref": "OrderExportCreate"},
    success_status=200,
    success_content_type="application/json",
    parse=Export.from_dict,
    retry_safe=False,
    retry_safe_when_keyed_by=(),
)
