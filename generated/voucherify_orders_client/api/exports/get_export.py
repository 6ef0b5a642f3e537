"""get-export: GET /v1/exports/{exportId} (operation metadata, from the spec)."""

from ...client import Operation, Parameter
from ...models import Export

OPERATION: Operation[Export] = Operation(
    operation_id="get-export",
    http_method="GET",
    path="/v1/exports/{exportId}",
    host="api",
    parameters=(
        Parameter(
            name="exportId",
            python_name="export_id",
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
    parse=Export.from_dict,
    retry_safe=True,
    retry_safe_when_keyed_by=(),
    answer_echoes=(("path", "export_id", ("id",)),),
)
