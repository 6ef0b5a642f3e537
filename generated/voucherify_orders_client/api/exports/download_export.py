"""download-export: GET /v1/exports/{exportId} (operation metadata, from the spec)."""

from ...client import Operation, Parameter

OPERATION: Operation[None] = Operation(
    operation_id="download-export",
    http_method="GET",
    path="/v1/exports/{exportId}",
    host="download",
    parameters=(
        Parameter(
            name="exportId",
            python_name="export_id",
            location="path",
            required=True,
            schema={"type": "string", "minLength": 1},
        ),
        Parameter(
            name="token",
            python_name="token",
            location="query",
            required=True,
            schema={"type": "string", "minLength": 1},
        ),
    ),
    body_name=None,
    body_required=False,
    body_schema=None,
    success_status=200,
    success_content_type="text/csv",
    parse=None,
    retry_safe=True,
    retry_safe_when_keyed_by=(),
)
