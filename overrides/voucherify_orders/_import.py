"""Bulk import: stream orders in chunks, wait for each async action, account for every order."""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from voucherify_orders_client.api.orders import import_orders
from voucherify_orders_client.client import Call
from voucherify_orders_client.models import AsyncAction, AsyncActionStatus

from ._core import CallOptions, send
from ._effects import Workflow
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ParameterError,
)
from ._inputs import to_json
from ._order_source import OrderSource, _Malformed, read_orders
from ._resources import orders_import_result, wait_for_action

__all__ = ["MAX_CHUNK", "FailedOrder", "ImportProgress", "ImportReport", "import_workflow"]

#: The API takes at most this many orders per import call.
MAX_CHUNK = 2000


@dataclass(frozen=True)
class FailedOrder:
    """
    An order that was not imported, or whose fate is unknown.

    `position` is its 0-based index in the input (None when the API named a failed
    order without a source_id, which cannot be matched to an input position);
    `outcome` is `"invalid"` (refused before sending), `"failed"` (refused by the
    API) or `"unknown"` (the call's outcome could not be learnt: it may have been imported).
    """

    position: int | None
    source_id: str | None
    reason: str
    outcome: str


@dataclass(frozen=True)
class ImportProgress:
    """
    Counts so far: orders read from the input, refused before sending (`invalid`),
    submitted to the API, processed by it, and their fates (`failed` includes
    `invalid` and `unknown`). `read == invalid + submitted + (orders still being chunked)`.
    """

    read: int
    invalid: int
    submitted: int
    processed: int
    imported: int
    failed: int
    unknown: int

    @property
    def settled(self) -> int:
        """Orders whose fate is known: refused before sending, or processed."""
        return self.invalid + self.processed


@dataclass
class ImportReport:
    """The fate of every input order: `imported + len(failed) == read`."""

    read: int = 0
    imported: int = 0
    refused: int = 0
    """Orders found invalid before sending (also listed in `failed`, outcome `"invalid"`)."""
    failed: list[FailedOrder] = field(default_factory=list)
    async_action_ids: list[str] = field(default_factory=list)
    resumed_chunks: int = 0

    @property
    def unknown(self) -> list[FailedOrder]:
        """Orders whose outcome could not be learnt (a subset of `failed`)."""
        return [f for f in self.failed if f.outcome == "unknown"]

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def accounted_for(self) -> bool:
        return self.imported + len(self.failed) == self.read


@dataclass
class _Chunk:
    index: int
    orders: list[dict[str, Any]]
    positions: list[int]


class _Checkpoint:
    """What has been accepted so far, saved atomically after every step."""

    def __init__(self, path: Path | None, chunk_size: int) -> None:
        self.path = path
        self.state: dict[str, Any] = {"version": 1, "chunk_size": chunk_size, "chunks": {}, "report": None}
        if path is not None and path.exists():
            saved = json.loads(path.read_text())
            if saved.get("chunk_size") != chunk_size:
                raise ParameterError(
                    "chunk_size",
                    f"the checkpoint {path} was written with chunk_size={saved.get('chunk_size')}; "
                    "resume with that chunk size",
                )
            self.state = saved

    def chunk(self, index: int) -> dict[str, Any] | None:
        chunk: dict[str, Any] | None = self.state["chunks"].get(str(index))
        return chunk

    def record(self, index: int, **values: Any) -> None:
        self.state["chunks"].setdefault(str(index), {}).update(values)
        self.save()

    def save(self) -> None:
        if self.path is None:
            return
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name, suffix=".tmp")
        with os.fdopen(fd, "w") as handle:
            json.dump(self.state, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.path)


def _chunks(
    source: OrderSource, chunk_size: int, report: ImportReport, emit: Callable[[], None]
) -> Iterator[_Chunk]:
    """Checked orders in chunks; invalid ones go straight into the report."""
    orders: list[dict[str, Any]] = []
    positions: list[int] = []
    index = 0
    for position, raw in enumerate(read_orders(source)):
        report.read += 1
        source_id = raw.get("source_id") if isinstance(raw, dict) else getattr(raw, "source_id", None)
        source_id = source_id if isinstance(source_id, str) else None
        if isinstance(raw, _Malformed):
            report.refused += 1
            report.failed.append(FailedOrder(position, None, raw.reason, "invalid"))
            emit()
            continue
        try:
            body = to_json(_ITEM, raw, f"orders[{position}]")
        except ParameterError as exc:
            report.refused += 1
            report.failed.append(FailedOrder(position, source_id, str(exc), "invalid"))
            emit()
            continue
        orders.append(body)
        positions.append(position)
        if len(orders) == chunk_size:
            yield _Chunk(index, orders, positions)
            index += 1
            orders, positions = [], []
        if report.read % 1000 == 0:
            emit()
    if orders:
        yield _Chunk(index, orders, positions)


def _settle(chunk: _Chunk, action: AsyncAction, report: ImportReport) -> tuple[int, list[FailedOrder]]:
    """Match the action's result to the chunk's orders."""
    result = orders_import_result(action)
    if action.status != AsyncActionStatus.DONE or result is None:
        reason = f"async action {action.id} ended {action.status}" + (
            f": {action.result}" if action.result else ""
        )
        return 0, [
            FailedOrder(p, o.get("source_id"), reason, "failed")
            for p, o in zip(chunk.positions, chunk.orders, strict=True)
        ]
    where: dict[str, list[int]] = {}
    for position, order in zip(chunk.positions, chunk.orders, strict=True):
        if order.get("source_id"):
            where.setdefault(order["source_id"], []).append(position)
    failures: list[FailedOrder] = []
    for failure in result.failed or []:
        source_id = failure.source_id if isinstance(failure.source_id, str) else None
        reason = failure.reason if isinstance(failure.reason, str) else "no reason given"
        matched = where.get(source_id or "")
        failures.append(FailedOrder(matched.pop(0) if matched else None, source_id, reason, "failed"))
    imported = len(chunk.orders) - len(failures)
    return imported, failures


_ITEM = {"$ref": "OrderImportItem"}


def import_workflow(
    source: OrderSource,
    options: CallOptions,
    *,
    chunk_size: int = MAX_CHUNK,
    checkpoint: str | os.PathLike[str] | None = None,
    on_progress: Callable[[ImportProgress], None] | None = None,
    wait_timeout: float = 3600.0,
) -> Workflow[ImportReport]:
    if not isinstance(chunk_size, int) or isinstance(chunk_size, bool) or not 1 <= chunk_size <= MAX_CHUNK:
        raise ParameterError(
            "chunk_size", f"must be a whole number from 1 to {MAX_CHUNK}, got {chunk_size!r}"
        )
    saved = _Checkpoint(Path(checkpoint) if checkpoint is not None else None, chunk_size)
    report = ImportReport()
    submitted = processed = unknown = 0

    def emit() -> None:
        if on_progress is not None:
            on_progress(
                ImportProgress(
                    report.read,
                    report.refused,
                    submitted,
                    processed,
                    report.imported,
                    len(report.failed),
                    unknown,
                )
            )

    for chunk in _chunks(source, chunk_size, report, emit):
        done_before = saved.chunk(chunk.index) or {}
        size = len(chunk.orders)
        if "imported" in done_before:
            # Finished in an earlier run: take its outcome, send nothing.
            report.resumed_chunks += 1
            report.imported += done_before["imported"]
            earlier = [FailedOrder(**f) for f in done_before["failed"]]
            report.failed.extend(earlier)
            unknown += sum(f.outcome == "unknown" for f in earlier)
            if done_before["async_action_id"]:
                report.async_action_ids.append(done_before["async_action_id"])
            submitted += size
            processed += size
            emit()
            continue
        action_id: str | None = done_before.get("async_action_id")
        if action_id is None:
            action_id, refused = yield from _submit(chunk, options)
            if action_id is not None:
                saved.record(chunk.index, async_action_id=action_id, refused=[asdict(f) for f in refused])
        else:
            # Accepted in an earlier run: wait for it; the orders it refused then stay out.
            report.resumed_chunks += 1
            refused = [FailedOrder(**f) for f in done_before.get("refused", [])]
            _leave_out(chunk, {f.position for f in refused})
        report.failed.extend(refused)
        unknown += sum(f.outcome == "unknown" for f in refused)
        submitted += size
        if action_id is None:  # nothing of this chunk went in
            processed += size
            saved.record(chunk.index, imported=0, failed=[asdict(f) for f in refused], async_action_id=None)
            emit()
            continue
        report.async_action_ids.append(action_id)
        emit()
        action: AsyncAction = yield from wait_for_action(action_id, wait_timeout, options)
        imported, failures = _settle(chunk, action, report)
        report.imported += imported
        report.failed.extend(failures)
        processed += size
        saved.record(chunk.index, imported=imported, failed=[asdict(f) for f in refused + failures])
        emit()
    emit()
    if saved.path is not None:
        saved.state["report"] = {
            "read": report.read,
            "imported": report.imported,
            "failed": len(report.failed),
        }
        saved.save()
    return report


def _submit(chunk: _Chunk, options: CallOptions) -> Workflow[tuple[str | None, list[FailedOrder]]]:
    """
    Send a chunk. When the API refuses it naming one order (`Property [3].items[0]...`),
    that order is taken out, reported with the API's reason, and the rest sent again.
    Returns the async action id (None if nothing was accepted) and the orders left out.
    """
    left_out: list[FailedOrder] = []
    while chunk.orders:
        try:
            created = (yield from send(Call(import_orders.OPERATION, {}, chunk.orders), options)).parsed
        except AuthenticationError:
            raise
        except BadRequestError as exc:
            index = _refused_index(exc, len(chunk.orders))
            if index is None:
                return None, left_out + _all_failed(chunk, f"the import call was refused: {exc}", "failed")
            order = chunk.orders.pop(index)
            reason = exc.details or exc.message
            left_out.append(FailedOrder(chunk.positions.pop(index), order.get("source_id"), reason, "failed"))
        except (APIStatusError, APIConnectionError) as exc:
            if isinstance(exc, APIConnectionError) and not exc.outcome_unknown:
                raise  # never reached the server: nothing of this chunk is known to it; stop here
            unknown = exc.outcome_unknown
            outcome = "unknown" if unknown else "failed"
            return None, left_out + _all_failed(chunk, f"the import call failed: {exc}", outcome)
        else:
            return created.async_action_id, left_out
    return None, left_out


_REFUSED_ORDER = re.compile(r"^Property \[(\d+)\]")


def _refused_index(error: BadRequestError, count: int) -> int | None:
    match = _REFUSED_ORDER.match(error.details or "")
    index = int(match.group(1)) if match else None
    return index if index is not None and index < count else None


def _all_failed(chunk: _Chunk, reason: str, outcome: str) -> list[FailedOrder]:
    return [
        FailedOrder(p, o.get("source_id"), reason, outcome)
        for p, o in zip(chunk.positions, chunk.orders, strict=True)
    ]


def _leave_out(chunk: _Chunk, positions: set[int | None]) -> None:
    kept = [(p, o) for p, o in zip(chunk.positions, chunk.orders, strict=True) if p not in positions]
    chunk.positions = [p for p, _ in kept]
    chunk.orders = [o for _, o in kept]
