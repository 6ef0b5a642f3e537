"""Background jobs: the import queue (one import at a time) and exports, with their pacing."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import TypeAdapter, ValidationError
from voucherify_orders_client import pydantic_models as pm

from ._csv import DEFAULT_EXPORT_FIELDS, render
from ._errors import ApiError, detail, invalid_payload, not_found
from ._filters import check_filters
from ._state import ALNUM, HEX, State, absent_nulls, check_item_counts, tolerant_body

__all__ = ["Job", "JobPacing", "Jobs"]

_IMPORT_ITEMS = TypeAdapter(list[pm.OrderImportItem])


@dataclass(frozen=True)
class JobPacing:
    """
    How fast imports and exports move from one status to the next.

    A job takes a step (ENQUEUED -> IN_PROGRESS -> DONE, or SCHEDULED -> ...) once
    `polls` polls (of any job: the server works whether or not anyone watches a
    given job) have happened since its last step *and* `seconds` have passed on the
    emulator's clock. Imports queue: only the oldest unfinished one moves.
    `JobPacing()` finishes a job at the first poll.
    """

    polls: int = 0
    seconds: float = 0.0


@dataclass
class Job:
    id: str
    kind: str  # "import" or "export"
    status: str
    created_at: str
    request_id: str
    payload: Any
    stage_started: float
    stage_tick: int = 0
    updated_at: str | None = None
    result: dict[str, Any] | None = None
    processing_ms: int = 0
    token: str = ""
    download_origin: str = ""


@dataclass
class Jobs:
    """The project's async actions and exports; they read and change `state` under its lock."""

    state: State
    monotonic: Callable[[], float]
    pacing: JobPacing
    jobs: dict[str, Job] = field(default_factory=dict)
    import_queue: list[str] = field(default_factory=list)
    ticks: int = 0

    def _new(self, kind: str, payload: Any, status: str, prefix: str, length: int, alphabet: str) -> Job:
        job = Job(
            id=self.state.new_id(prefix, length, alphabet),
            kind=kind,
            status=status,
            created_at=self.state.timestamp(),
            request_id=self.state.request_id(),
            payload=payload,
            stage_started=self.monotonic(),
            stage_tick=self.ticks,
        )
        self.jobs[job.id] = job
        return job

    def submit_import(self, raw: bytes) -> str:
        try:
            body = json.loads(raw)
        except ValueError:
            raise ApiError(400, "invalid_payload", "Invalid payload", "The body is not valid JSON") from None
        if not isinstance(body, list):
            raise ApiError(
                400, "invalid_payload", "Invalid payload", "Property . should be an array of orders"
            )
        if not body:
            raise ApiError(
                400, "invalid_payload", "Invalid payload", "Property . should contain at least 1 order"
            )
        if len(body) > 2000:
            raise ApiError(
                400,
                "invalid_payload",
                "Invalid payload",
                f"Property . should contain at most 2000 orders, got {len(body)}",
            )
        try:
            # The whole array is checked up front, like the API, which refuses it with the first problem.
            validated = _IMPORT_ITEMS.validate_json(tolerant_body(list[pm.OrderImportItem], raw), strict=True)
        except ValidationError as exc:
            raise ApiError(
                400, "invalid_payload", "Invalid payload", detail(exc.errors()[0], skip=0)
            ) from None
        orders = [
            absent_nulls(order.model_dump(mode="json", exclude_unset=True, by_alias=True))
            for order in validated
        ]
        for index, order in enumerate(orders):
            # Named with its index in the array, as every other refused import order is here.
            check_item_counts(order, prefix=f"[{index}]")
        with self.state.lock:
            job = self._new("import", orders, "ENQUEUED", "aa_", 18, HEX)
            self.import_queue.append(job.id)
            return job.id

    def submit_export(self, body: bytes, download_origin: str) -> dict[str, Any]:
        try:
            raw = json.loads(body)
        except ValueError:
            raw = None  # the request model's check names the problem
        parameters = raw.get("parameters") if isinstance(raw, dict) else None
        if isinstance(parameters, dict):
            # Before the model's check, so that an unknown condition gets the API's own words.
            check_filters(parameters.get("filters"))
        try:
            request = pm.OrderExportCreate.model_validate_json(
                tolerant_body(pm.OrderExportCreate, body), strict=True
            )
        except ValidationError as exc:
            raise invalid_payload(exc) from None
        given = request.model_dump(mode="json", exclude_unset=True, by_alias=True).get("parameters")
        # null parameters, or a null part of them, mean the defaults, as leaving them out does
        params: dict[str, Any] = {k: v for k, v in (given or {}).items() if v is not None}
        if isinstance(params.get("filters"), dict):
            params["filters"] = {k: v for k, v in params["filters"].items() if v is not None}
        # The create's answer echoes the parameters sent; the defaults show from the first read
        # on (the official create example, and the recorded list of exports).
        echoed = json.loads(json.dumps(params))
        params.setdefault("order", "-created_at")
        params.setdefault("fields", list(DEFAULT_EXPORT_FIELDS))
        filters = {k: v for k, v in params.get("filters", {}).items() if v is not None}
        filters.setdefault("junction", "and")
        params["filters"] = filters
        with self.state.lock:
            job = self._new("export", params, "SCHEDULED", "exp_", 24, ALNUM)
            job.token = self.state.new_id("", 32, ALNUM)
            job.download_origin = download_origin
            return {**self.export_view(job), "parameters": echoed}

    def poll(self, job_id: str, kind: str) -> Job:
        """Read a job, letting the queue make the progress a poll allows."""
        with self.state.lock:
            job = self.jobs.get(job_id)
            if job is None or job.kind != kind:
                raise not_found("async_action" if kind == "import" else "export", job_id)
            self.ticks += 1
            self._advance()
            return job

    def _advance(self) -> None:
        # Imports run one at a time, in the order they were queued.
        while self.import_queue:
            head = self.jobs[self.import_queue[0]]
            if not self._step(head, ("ENQUEUED", "IN_PROGRESS", "DONE")):
                break
            if head.status == "DONE":
                self.import_queue.pop(0)
                if self.import_queue:
                    # The next import starts counting now, not when it was queued.
                    following = self.jobs[self.import_queue[0]]
                    following.stage_tick, following.stage_started = self.ticks, self.monotonic()
        for job in self.jobs.values():
            if job.kind == "export":
                while self._step(job, ("SCHEDULED", "IN_PROGRESS", "DONE")):
                    pass

    def _step(self, job: Job, stages: tuple[str, ...]) -> bool:
        if job.status == stages[-1]:
            return False
        waited = self.monotonic() - job.stage_started
        if self.ticks - job.stage_tick < self.pacing.polls or waited < self.pacing.seconds:
            return False
        job.status = stages[stages.index(job.status) + 1]
        job.stage_tick = self.ticks
        now = self.monotonic()
        job.processing_ms += int((now - job.stage_started) * 1000)
        job.stage_started = now
        job.updated_at = self.state.timestamp()
        if job.status == "DONE":
            # A finished job has taken some time, as every recorded one shows (never 0 ms).
            job.processing_ms = max(job.processing_ms, 1)
            if job.kind == "import":
                self._run_import(job)
            else:
                job.result = {"url": f"{job.download_origin}/v1/exports/{job.id}?token={job.token}"}
                today = self.state.now().date()
                csv_text = render(self.state.orders.values(), job.payload, today)
                job.payload = {"parameters": job.payload, "csv": csv_text}
        return True

    def _run_import(self, job: Job) -> None:
        done = 0
        failed: list[dict[str, Any]] = []
        for order in job.payload:
            problem = self.state.unresolved_reference(order)
            if problem is not None:
                failed.append({"source_id": order.get("source_id"), "reason": problem})
                continue
            self.state.upsert(order, created_at=self.state.timestamp())
            done += 1
        job.payload = None  # the orders are stored; drop the request body
        job.result = {
            "message": f"{done} order(s) imported successfully, {len(failed)} failed.",
            "failed": failed,
            "done_count": done,
            "failed_count": len(failed),
        }

    def async_action_view(self, job: Job) -> dict[str, Any]:
        """An import's async action, keyed as the recorded `ORDERS.IMPORT` one (no `operation_status`)."""
        view: dict[str, Any] = {"id": job.id, "type": "ORDERS.IMPORT", "status": job.status}
        if job.status == "DONE":
            view["result"] = job.result
        view.update(
            {
                "created_at": job.created_at,
                "updated_at": job.updated_at,
                "request_id": job.request_id,
                "progress": {"ENQUEUED": 0, "IN_PROGRESS": 50, "DONE": 100}.get(job.status, 0),
                "processing_time": job.processing_ms,
                "object": "async_action",
            }
        )
        return view

    def export_view(self, job: Job) -> dict[str, Any]:
        params = job.payload["parameters"] if job.status == "DONE" else job.payload
        return {
            "id": job.id,
            "object": "export",
            "created_at": job.created_at,
            "status": job.status,
            "channel": "API",
            "exported_object": "order",
            "parameters": params,
            "result": job.result,
            "user_id": None,
        }

    def export_csv(self, export_id: str, token: str | None) -> str:
        with self.state.lock:
            job = self.jobs.get(export_id)
            if job is None or job.kind != "export" or not token or token != job.token:
                raise ApiError(401, "unauthorized", "Unauthorized")
            if job.status != "DONE":
                raise not_found("export", export_id)
            csv_text: str = job.payload["csv"]
            return csv_text
