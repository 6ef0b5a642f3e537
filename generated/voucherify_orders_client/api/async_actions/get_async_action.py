"""get-async-action: GET /v1/async-actions/{asyncActionId} (operation metadata, from the spec)."""

from ...client import Operation, Parameter
from ...models import AsyncAction

OPERATION: Operation[AsyncAction] = Operation(
    operation_id="get-async-action",
    http_method="GET",
    path="/v1/async-actions/{asyncActionId}",
    host="api",
    parameters=(
        Parameter(
            name="asyncActionId",
            python_name="async_action_id",
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
    parse=AsyncAction.from_dict,
    retry_safe=True,
    retry_safe_when_keyed_by=(),
    answer_echoes=(("path", "async_action_id", ("id",)),),
)
