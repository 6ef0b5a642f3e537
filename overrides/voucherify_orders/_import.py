"""Bulk import: stream orders in chunks, wait for each async action, account for every order.

Positions are record numbers in the input, from 1: the n-th item of a JSON array or of
an iterable, the n-th non-blank line of an NDJSON file.

A checkpoint file makes an import resumable. It belongs to one input (the file's
SHA-256, each chunk's fingerprint as read), one chunk size and one API; it is written
ahead of every call (a chunk is recorded as in flight before it is sent), locked while
an import uses it, and removed when the import finishes. It is a journal: a line that
names the import, then a line for each change of a chunk, the last one for a chunk winning.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any

from voucherify_orders_client.api.orders import import_orders
from voucherify_orders_client.client import Call
from voucherify_orders_client.models import AsyncAction, AsyncActionStatus
from voucherify_orders_client.types import UNSET, SchemaMismatch

from ._core import CallOptions, send
from ._effects import Workflow, check_wait
from ._exceptions import APIError, BadRequestError, DecodeError, ParameterError, VoucherifyError
from ._inputs import to_json
from ._order_source import OrderSource, _Malformed, read_orders
from ._resources import MAX_CHUNK, orders_import_result, wait_for_action

__all__ = [
    "CheckpointError",
    "FailedOrder",
    "ImportProgress",
    "ImportReport",
    "InputBrokeOffError",
    "import_workflow",
]

FORMAT = "voucherify-orders import checkpoint"
VERSION = 4  # 4 is a journal of lines; 3 (read still) was one JSON document; 2 named no project


class CheckpointError(VoucherifyError, ValueError):
    """A checkpoint this import cannot use (held, corrupt, or another input's); nothing was sent."""

    def __init__(self, path: str | os.PathLike[str], problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"the checkpoint {path} {problem}")


class InputBrokeOffError(ParameterError):
    """
    The input broke off unreadable after some of its orders were imported. `report` accounts
    for every record read before: the orders of the chunk it cut short were not sent (`"unsent"`).
    """

    def __init__(self, parameter: str, problem: str, report: ImportReport) -> None:
        super().__init__(parameter, problem)
        self.report = report


@dataclass(frozen=True)
class FailedOrder:
    """
    An order that was not imported, or whose fate is unknown.

    `position` is its record number in the input, from 1; `outcome` is `"invalid"`
    (refused before sending), `"failed"` (refused by the API), `"unknown"` (it may have
    been imported: the call's answer was lost, and it was not sent again because that
    could store it twice), `"unsent"` (the input broke off before its chunk was sent) or,
    in `ImportReport.repeated`, `"repeated"`.
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
    #: Orders of the import call being sent now (until the API takes it, when they count as
    #: `submitted`).
    sending: int = 0

    @property
    def settled(self) -> int:
        """Orders whose fate is known: refused before sending, or processed."""
        return self.invalid + self.processed

    @property
    def in_doubt(self) -> int:
        """Orders sent, or being sent, whose fate is not known yet: were the import to stop
        now, these may have been imported all the same."""
        return self.sending + self.submitted - self.processed


@dataclass
class ImportReport:
    """
    The fate of every input record: `imported + len(failed) + len(repeated) == read`.

    Counts are of orders submitted: an order whose `source_id` comes again in a later
    chunk is imported twice, the later one updating the earlier (the API upserts by
    `source_id`). Within one chunk, only the later of two records with one `source_id`
    is sent; the earlier is listed in `repeated`.
    """

    read: int = 0
    imported: int = 0
    refused: int = 0
    """Orders found invalid before sending (also listed in `failed`, outcome `"invalid"`)."""
    failed: list[FailedOrder] = field(default_factory=list)
    repeated: list[FailedOrder] = field(default_factory=list)
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
        return self.imported + len(self.failed) + len(self.repeated) == self.read


@dataclass
class _Chunk:
    index: int
    orders: list[dict[str, Any]] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)
    where: dict[str, int] = field(default_factory=dict)  # source_id -> slot
    digest: Any = field(default_factory=hashlib.sha256)


# -- the checkpoint: a typed, versioned record ----------------------------------------------


@dataclass
class _Action:
    id: str
    positions: list[int]
    resent: bool  # sent again after an attempt that may have been applied


@dataclass
class _ChunkRecord:
    fingerprint: str
    state: str = "new"  # "sending" (batch in flight), "sent" (nothing in flight), "done"
    batch: list[int] | None = None
    actions: list[_Action] = field(default_factory=list)
    failed: list[FailedOrder] = field(default_factory=list)
    imported: int = 0


@dataclass
class _State:
    source: dict[str, str]
    chunk_size: int
    options: dict[str, str]
    chunks: dict[str, _ChunkRecord] = field(default_factory=dict)


def _parse(path: Path, data: bytes) -> _State:
    """The checkpoint's state, or a CheckpointError saying why it cannot be used.

    A last line without its line end was cut short as it was written: it is left out, and its
    chunk reads as it was before that step (one read as being sent is never sent again unless
    its orders name themselves by id or source_id)."""
    lines = data.split(b"\n")
    try:
        saved = json.loads(lines[0])
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise CheckpointError(path, "is corrupt (not JSON: truncated?); delete it to start over") from None
    if isinstance(saved, dict) and saved.get("version") == 1 and "format" not in saved:
        raise CheckpointError(path, "was written by an older version and cannot be resumed safely; delete it")
    if not isinstance(saved, dict) or saved.get("format") != FORMAT:
        raise CheckpointError(path, "is not an import checkpoint of voucherify-orders")
    if saved.get("version") == 2:
        raise CheckpointError(
            path,
            "was written by version 0.3.1 or earlier, which did not record the project it imports "
            "to: resume with that version, or delete the checkpoint to start over",
        )
    if saved.get("version") not in (3, VERSION):
        raise CheckpointError(path, f"was written by a newer version (format {saved.get('version')!r})")
    try:
        if saved["version"] == 3 and len(lines) == 1:  # 0.4.0's: one document, its chunks within
            changes = [{"chunk": key, **record} for key, record in saved["chunks"].items()]
        elif saved["version"] == VERSION:
            changes = [_change(line, number) for number, line in enumerate(lines[1:-1], 2)]
        else:
            raise ValueError("more than one line")
        chunks: dict[str, _ChunkRecord] = {}
        for change in changes:
            key = change.pop("chunk")
            chunks[key] = _ChunkRecord(
                change["fingerprint"],
                change["state"],
                change["batch"],
                [_Action(**a) for a in change["actions"]],
                [FailedOrder(**f) for f in change["failed"]],
                change["imported"],
            )
        state = _State(saved["source"], saved["chunk_size"], saved["options"], chunks)
        ints = [state.chunk_size] + [
            n for c in state.chunks.values() for n in [c.imported, *(c.batch or []), *_action_positions(c)]
        ]
        if not (
            isinstance(state.source, dict)
            and isinstance(state.options, dict)
            and all(isinstance(key, str) and key.isdigit() for key in state.chunks)
            and all(isinstance(n, int) and not isinstance(n, bool) for n in ints)
            and all(c.state in ("sending", "sent", "done") for c in state.chunks.values())
        ):
            raise TypeError("a field has the wrong type")
    except (KeyError, TypeError, AttributeError, ValueError, RecursionError) as exc:
        raise CheckpointError(
            path, f"is corrupt ({type(exc).__name__}: {exc}); delete it to start over"
        ) from None
    return state


def _change(line: bytes, number: int) -> Any:
    try:
        return json.loads(line)
    except ValueError:  # a line cut short is the last one, without its line end
        raise ValueError(f"line {number} is not JSON") from None


def _action_positions(record: _ChunkRecord) -> list[int]:
    return [p for a in record.actions for p in a.positions]


class _Checkpoint:
    """The state, journaled ahead of every step, under a lock held for the import."""

    def __init__(self, path: Path, source: OrderSource, chunk_size: int, options: CallOptions) -> None:
        self.path = path  # as given, in messages
        # Read, written and locked where a symlink leads: locked by the link's own name, two
        # imports of one checkpoint (by two names) ran at once, each storing the orders.
        self.file = Path(os.path.realpath(path))
        self._journal: IO[bytes] | None = None  # open for appending once this import wrote the file
        self._key = ""  # the chunk being imported
        if self.file.exists() and not self.file.is_file():
            raise CheckpointError(path, "is not a regular file: name a file to keep the import's progress in")
        self.lock = _lock(self.file, path)
        try:
            # Which project: another one's credentials on the same host would count as imported
            # the chunks that this one never received. A digest: the file keeps no credential.
            application = hashlib.sha256(options.settings.app_id.encode()).hexdigest()[:16]
            self.state = _State(
                _describe(source),
                chunk_size,
                {"api_url": options.settings.api_url, "application": application},
            )
            if self.file.exists():
                self._take(_parse(path, self.file.read_bytes()))
        except BaseException:
            Path(f"{self.file}.lock").unlink(missing_ok=True)  # held, so no other import is using it
            _unlock(self.file, self.lock)
            raise

    def _take(self, saved: _State) -> None:
        mine = self.state
        if saved.source != mine.source:
            raise CheckpointError(
                self.path,
                f"belongs to another input ({_name(saved.source)}), not {_name(mine.source, 'is now')}: "
                "resume with that input, or delete the checkpoint to start over",
            )
        if saved.chunk_size != mine.chunk_size:
            raise CheckpointError(
                self.path, f"was written with chunk size {saved.chunk_size}: resume with that chunk size"
            )
        if saved.options.get("api_url") != mine.options["api_url"]:
            raise CheckpointError(self.path, f"was written for an import to {saved.options.get('api_url')}")
        if saved.options != mine.options:
            raise CheckpointError(
                self.path,
                "was written for an import into another project (another app id): resume with that "
                "project's credentials, or delete the checkpoint to start over",
            )
        self.state = saved

    def chunk(self, chunk: _Chunk) -> _ChunkRecord:
        fingerprint = chunk.digest.hexdigest()
        record = self.state.chunks.get(str(chunk.index))
        if record is not None and record.fingerprint != fingerprint:
            raise CheckpointError(
                self.path,
                f"belongs to another input: chunk {chunk.index + 1} of this one differs from the one "
                "recorded; resume with that input, or delete the checkpoint to start over",
            )
        if record is not None:
            named = {*(record.batch or []), *_action_positions(record), *(f.position for f in record.failed)}
            if not named <= set(chunk.positions) or not 0 <= record.imported <= len(chunk.positions):
                raise CheckpointError(
                    self.path,
                    f"is corrupt: its record of chunk {chunk.index + 1} names orders that chunk does not "
                    "hold; delete it to start over",
                )
        self._key = str(chunk.index)
        return self.state.chunks.setdefault(self._key, _ChunkRecord(fingerprint))

    def reached(self, chunks: int) -> None:
        """The input went as far as every chunk recorded: else it is not the input recorded (and a
        chunk recorded in flight, never reached, would be forgotten with the checkpoint)."""
        beyond = sorted(int(key) for key in self.state.chunks if int(key) >= chunks)
        if beyond:
            raise CheckpointError(
                self.path,
                f"records chunk {beyond[0] + 1}, and this input ends before it (its chunks: {chunks}): "
                "resume with the input it belongs to, or delete the checkpoint to start over",
            )

    @staticmethod
    def _line(key: str, record: _ChunkRecord) -> bytes:
        return json.dumps({"chunk": key, **asdict(record)}).encode() + b"\n"

    def save(self) -> None:
        """Record the chunk being imported as it is now: a line appended, and on disk before
        this returns. Rewriting the whole file instead made an import's cost grow with the
        square of its chunks."""
        try:
            self._write()
        except OSError as exc:  # a full disk, say: nothing is sent that the file does not hold
            raise CheckpointError(
                self.path,
                f"could not be written ({exc.strerror or exc}): make room, then resume the import with "
                "it (deleted, orders without id or source_id it records as sent could be stored twice)",
            ) from exc

    def _write(self) -> None:
        if self._journal is not None:
            self._journal.write(self._line(self._key, self.state.chunks[self._key]))
            self._journal.flush()
            os.fsync(self._journal.fileno())
            return
        # This import's first save writes the file anew, whole and at once: the older journal's
        # history, and a last line cut short, are left behind.
        state = self.state
        head = {"format": FORMAT, "version": VERSION, "source": state.source}
        head.update(chunk_size=state.chunk_size, options=state.options)
        data = json.dumps(head).encode() + b"\n"
        data += b"".join(self._line(key, record) for key, record in state.chunks.items())
        fd, tmp = tempfile.mkstemp(dir=self.file.parent, prefix=self.file.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.file)
        except BaseException:  # a full disk, a Ctrl-C: no temporary file is left beside it
            Path(tmp).unlink(missing_ok=True)
            raise
        # A rename is durable once its folder is: else, after a power loss, the older checkpoint
        # could come back, and a chunk recorded as being sent read as never sent. (POSIX only:
        # Windows cannot open a folder, and makes a replace durable itself.)
        if sys.platform != "win32":
            fd = os.open(self.file.parent, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        self._journal = open(self.file, "ab")  # noqa: SIM115 (closed by close())

    def close(self, finished: bool) -> None:
        try:
            if self._journal is not None:
                # A line a full disk cut short stays so: it is left out when read.
                with contextlib.suppress(OSError):
                    self._journal.close()
            if finished:  # nothing is left that could make a later import skip orders
                self.file.unlink(missing_ok=True)
                Path(f"{self.file}.lock").unlink(missing_ok=True)
        finally:
            _unlock(self.file, self.lock)


# Lock files this process holds: a second import here is told so (an import interrupted
# in its driver, say by Ctrl-C, holds its lock until its exception, and so the import, is gone).
_HELD_HERE: set[str] = set()


def _unlock(path: Path, fd: int) -> None:
    _HELD_HERE.discard(f"{path}.lock")
    os.close(fd)


def _lock(file: Path, path: Path) -> int:
    """Hold `file.lock` for this import (`path` names it in errors); the OS lets go when the
    process ends, however it ends."""
    lock_path = f"{file}.lock"
    while True:
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise CheckpointError(path, f"cannot be locked ({lock_path}: {exc.strerror or exc})") from None
        try:
            if sys.platform == "win32":
                import msvcrt  # noqa: PLC0415

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl  # noqa: PLC0415

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            if lock_path in _HELD_HERE:
                where = "in this process (another thread or task)"
            else:
                where = "now: wait for it, or stop it"
            raise CheckpointError(path, f"is held by another import running {where}") from None
        try:
            if os.stat(lock_path).st_ino == os.fstat(fd).st_ino:
                _HELD_HERE.add(lock_path)
                return fd
        except FileNotFoundError:
            pass
        os.close(fd)  # the import that held it finished and removed it meanwhile: lock anew


def _describe(source: OrderSource) -> dict[str, str]:
    if not isinstance(source, (str, os.PathLike)):
        return {"kind": "iterable"}
    if str(source) == "-":
        return {"kind": "stdin"}
    try:
        with open(source, "rb") as handle:
            digest = hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError as exc:
        raise ParameterError("orders", f"cannot read {source}: {exc.strerror or exc}") from None
    return {"kind": "file", "path": str(Path(source).resolve()), "sha256": digest}


def _name(source: dict[str, str], when: str = "was then") -> str:
    if source.get("kind") == "file":
        return f"the file {source.get('path')} as it {when} (SHA-256 {source.get('sha256', '')[:12]}...)"
    return "standard input" if source.get("kind") == "stdin" else "an iterable of orders"


# -- reading ----------------------------------------------------------------------------------


_ITEM = {"$ref": "OrderImportItem"}


def _chunks(
    source: OrderSource,
    chunk_size: int,
    report: ImportReport,
    emit: Callable[[], None],
    *,
    fingerprinted: bool,
) -> Iterator[_Chunk]:
    """
    Checked orders in chunks; invalid ones and earlier repeats go straight into the report.
    Each chunk's digest of what it holds is kept only if `fingerprinted` (for a checkpoint).
    """
    chunk = _Chunk(0)
    try:
        for position, raw in enumerate(read_orders(source), 1):
            report.read += 1
            source_id = raw.get("source_id") if isinstance(raw, dict) else getattr(raw, "source_id", None)
            source_id = source_id if isinstance(source_id, str) and source_id else None
            try:  # a _Malformed record is no object: refused, with its own reason
                body = to_json(_ITEM, raw, f"record {position}: order")
            except ParameterError as exc:
                reason = raw.reason if isinstance(raw, _Malformed) else str(exc)
                report.refused += 1
                report.failed.append(FailedOrder(position, source_id, reason, "invalid"))
                if fingerprinted:
                    chunk.digest.update(f"{position} invalid {reason}\n".encode())
                emit()
                continue
            if fingerprinted:  # a sorted dump of every order: about a quarter of an import's CPU
                chunk.digest.update(f"{position} {json.dumps(body, sort_keys=True)}\n".encode())
            slot = chunk.where.get(source_id) if source_id else None
            if slot is not None:  # the later record wins, as the API's upsert would have it
                reason = (
                    f"source_id {source_id} comes again at record {position} in the same chunk: "
                    "that one was sent"
                )
                report.repeated.append(FailedOrder(chunk.positions[slot], source_id, reason, "repeated"))
                chunk.orders[slot], chunk.positions[slot] = body, position
                continue
            if source_id:
                chunk.where[source_id] = len(chunk.orders)
            chunk.orders.append(body)
            chunk.positions.append(position)
            if len(chunk.orders) == chunk_size:
                yield chunk
                chunk = _Chunk(chunk.index + 1)
            if report.read % 1000 == 0:
                emit()
        if chunk.orders:
            yield chunk
    except ParameterError as exc:
        # Input that breaks off unreadable after some orders were imported says so (else a
        # ParameterError means nothing was sent, and importing again duplicates no order).
        if not report.imported and all(f.outcome == "invalid" for f in report.failed):
            raise  # nothing was sent
        reason = f"not sent: the input broke off unreadable after record {report.read}"
        report.failed += [
            FailedOrder(p, order.get("source_id"), reason, "unsent")
            for p, order in zip(chunk.positions, chunk.orders, strict=True)
        ]
        raise InputBrokeOffError(
            exc.parameter,
            f"{exc.problem} (after record {report.read}); {report.imported} orders before it were "
            "already imported: importing them again stores those without id or source_id twice",
            report,
        ) from None


# -- importing ----------------------------------------------------------------------------------


def import_workflow(
    source: OrderSource,
    options: CallOptions,
    *,
    chunk_size: int,
    checkpoint: str | os.PathLike[str] | None,
    on_progress: Callable[[ImportProgress], None] | None,
    wait_timeout: float,
) -> Workflow[ImportReport]:
    if not isinstance(chunk_size, int) or isinstance(chunk_size, bool) or not 1 <= chunk_size <= MAX_CHUNK:
        raise ParameterError(
            "chunk_size", f"must be a whole number from 1 to {MAX_CHUNK}, got {chunk_size!r}"
        )
    check_wait("wait_timeout", wait_timeout)
    saved = _Checkpoint(Path(checkpoint), source, chunk_size, options) if checkpoint is not None else None
    report = ImportReport()
    submitted = processed = unknown = read_chunks = sending = 0

    def emit() -> None:
        if on_progress is not None:
            counts = (report.imported, len(report.failed), unknown, sending)
            on_progress(ImportProgress(report.read, report.refused, submitted, processed, *counts))

    finished = False
    try:
        for chunk in _chunks(source, chunk_size, report, emit, fingerprinted=saved is not None):
            read_chunks += 1
            record = saved.chunk(chunk) if saved is not None else _ChunkRecord("")
            report.resumed_chunks += record.state != "new"
            order_at = dict(zip(chunk.positions, chunk.orders, strict=True))
            if record.state != "done":
                sending = len(order_at)
                emit()  # what an interruption from here on may have sent
                yield from _submit(order_at, record, saved, options)
                submitted, sending = submitted + sending, 0
                emit()
                yield from _settle(order_at, record, saved, options, wait_timeout)
            report.imported += record.imported
            report.failed.extend(record.failed)
            unknown += sum(f.outcome == "unknown" for f in record.failed)
            report.async_action_ids.extend(a.id for a in record.actions)
            processed += len(order_at)
            submitted = processed
            emit()
        if saved is not None:
            saved.reached(read_chunks)
        emit()
        finished = True
    finally:
        if saved is not None:
            saved.close(finished)
    return report


_INTERRUPTED = (
    "the import was interrupted while this order was being sent: it may have been imported, and it "
    "was not sent again because an order without id or source_id would be stored twice"
)
_REFUSED_ORDER = re.compile(r"^Property \[(\d+)\]")


def _submit(
    order_at: dict[int, dict[str, Any]], record: _ChunkRecord, saved: _Checkpoint | None, options: CallOptions
) -> Workflow[None]:
    """
    Send the chunk's orders not yet sent, each call recorded before it goes. A refused
    call (a 400 applies nothing) is split, at the order the API names or in halves, and
    the parts sent again, until each refused order is refused alone. Of a call that may have
    been applied (interrupted, or its answer lost), the orders naming themselves by `id` or
    `source_id` are sent again (the API upserts them); only the others are left unknown.
    """
    pending: list[tuple[list[int], bool]] = []  # batches, and whether each is sent again

    def may_have_been_applied(batch: list[int], reason: str, send_again: bool) -> None:
        keyed = [p for p in batch if send_again and import_orders.OPERATION.safe_to_repeat([order_at[p]])]
        record.failed += _fates([p for p in batch if p not in keyed], order_at, reason, "unknown")
        if keyed:
            pending.append((keyed, True))

    taken = {f.position for f in record.failed} | set(_action_positions(record)) | set(record.batch or [])
    rest = [p for p in order_at if p not in taken]
    if rest:
        pending.append((rest, False))
    if record.batch:  # interrupted while this batch was being sent: it may have been imported
        may_have_been_applied(record.batch, _INTERRUPTED, send_again=True)
    hinted: list[int] | None = []  # the last order sent alone because an answer named it
    while pending:
        batch, resent = pending.pop()
        orders = [order_at[p] for p in batch]
        _record(saved, record, "sending", batch)
        try:
            response = yield from send(Call(import_orders.OPERATION, {}, orders), options)
        except BadRequestError as exc:
            # A 400 applies nothing; a call that may have been applied carried these very orders,
            # so it was refused too, and the parts below are first sends (`False`).
            match = _REFUSED_ORDER.match(exc.details or "") if hinted is not None else None
            named = int(match.group(1)) if match else len(batch)
            if len(batch) == 1:
                # The index the API puts first is always [0], a position in no input.
                reason = _REFUSED_ORDER.sub("Property ", exc.details or exc.message or str(exc), count=1)
                record.failed += _fates(batch, order_at, reason, "failed")
            elif named < len(batch):  # that order alone, then the rest
                hinted = [batch[named]]
                pending += [(batch[:named] + batch[named + 1 :], False), (hinted, False)]
            else:
                pending += [(batch[len(batch) // 2 :], False), (batch[: len(batch) // 2], False)]
        except APIError as exc:
            if not exc.outcome_unknown and not isinstance(exc, DecodeError):
                _record(saved, record, "sent", None)
                raise  # provably not applied (not reached, refused, rate limited): stop here
            # `send` sent a batch of keyed orders again as often as it may: no more.
            reason = f"{exc}; it may have been imported, and was not sent again"
            may_have_been_applied(
                batch, reason, send_again=not import_orders.OPERATION.safe_to_repeat(orders)
            )
        else:
            if batch == hinted:
                hinted = None  # the order an answer named was not the bad one: halve from now on
            resent = resent or response.retries > 0
            record.actions.append(_Action(response.parsed.async_action_id, batch, resent))
        _record(saved, record, "sent", None)


def _record(saved: _Checkpoint | None, record: _ChunkRecord, state: str, batch: list[int] | None) -> None:
    record.state, record.batch = state, batch
    if saved is not None:
        saved.save()


def _fates(
    positions: list[int], order_at: dict[int, dict[str, Any]], reason: str, outcome: str
) -> list[FailedOrder]:
    return [FailedOrder(p, order_at[p].get("source_id"), reason, outcome) for p in positions]


_ALREADY_EXISTS = re.compile(r"already exists?", re.IGNORECASE)


def _settle(
    order_at: dict[int, dict[str, Any]],
    record: _ChunkRecord,
    saved: _Checkpoint | None,
    options: CallOptions,
    wait_timeout: float,
) -> Workflow[None]:
    """Wait for each accepted call's async action and match its result to the orders sent."""
    for action in record.actions:
        result: AsyncAction = yield from wait_for_action(action.id, wait_timeout, options)
        failures = _match(action, result, order_at)
        record.imported += len(action.positions) - len(failures)
        record.failed += failures
    record.failed.sort(key=lambda f: f.position or 0)
    _record(saved, record, "done", None)


def _match(action: _Action, result: AsyncAction, order_at: dict[int, dict[str, Any]]) -> list[FailedOrder]:
    """The orders of the action that failed, or whose fate is unknown; the others were imported."""
    try:
        outcome = orders_import_result(result)
    except SchemaMismatch as exc:  # a count that is no whole number, say: how each fared is unknown
        reason = (
            f"async action {result.id} reported a result the spec does not allow ({exc}); "
            "each may have been imported"
        )
        return _fates(action.positions, order_at, reason, "unknown")
    if result.status != AsyncActionStatus.DONE or outcome is None:
        detail = f": {result.result}" if result.result else ""
        reason = f"async action {result.id} ended {result.status}{detail}; the orders may have been imported"
        return _fates(action.positions, order_at, reason, "unknown")
    if not isinstance(outcome.failed, list) and outcome.done_count is UNSET and outcome.failed_count is UNSET:
        reason = (
            f"async action {result.id} finished without saying how its orders fared (no counts, "
            "no failures listed); each may have been imported"
        )
        return _fates(action.positions, order_at, reason, "unknown")
    listed = outcome.failed or []
    done_count = outcome.done_count if isinstance(outcome.done_count, int) else None
    failed_count = outcome.failed_count if isinstance(outcome.failed_count, int) else None
    sent = len(action.positions)
    # A count given must agree with the failures listed and the orders sent.
    if (
        failed_count not in (None, len(listed))
        or done_count not in (None, sent - len(listed))
        or len(listed) > sent
    ):
        # The API's own counts do not add up to this call's orders (or it counted failures it
        # did not list, or listed some it did not count): which of them went in is not known.
        # Never counted as imported on a guess; with none imported, each of them failed.
        done_said = "no imported count" if done_count is None else f"{done_count} imported"
        failed_said = "no failed count" if failed_count is None else f"{failed_count} failed"
        counts = (
            f"async action {result.id} reported {done_said} and {failed_said} "
            f"({len(listed)} listed) for the {sent} orders of this call"
        )
        if done_count == 0:
            return _fates(action.positions, order_at, f"{counts}: none was imported", "failed")
        reason = f"{counts}: each may or may not have been imported"
        return _fates(action.positions, order_at, reason, "unknown")
    where = {order_at[p]["source_id"]: p for p in action.positions if order_at[p].get("source_id")}
    strangers = {f.source_id for f in listed if isinstance(f.source_id, str) and f.source_id} - set(where)
    if strangers:
        # A failure of an order this call did not send: the report is not this call's, and no
        # failure of it can be tied to an order (nor pinned on one without a source_id).
        names = ", ".join(repr(name) for name in sorted(strangers)[:3])
        reason = (
            f"async action {result.id} reported failures of orders this call did not send ({names}): "
            "each may or may not have been imported"
        )
        return _fates(action.positions, order_at, reason, "unknown")
    failures: list[FailedOrder] = []
    unmatched: list[str] = []
    for failure in listed:
        source_id = failure.source_id if isinstance(failure.source_id, str) else None
        reason = failure.reason if isinstance(failure.reason, str) else "no reason given"
        position = where.pop(source_id, None)  # None also for a failure without a source_id
        if position is None:
            unmatched.append(reason)
        elif not (action.resent and _ALREADY_EXISTS.search(reason)):  # a resent order that went in
            failures.append(FailedOrder(position, source_id, reason, "failed"))
    if unmatched:
        # Failures the API did not tie to a source_id: among the orders without one (or the
        # rest, if none lacks one), which failed is not known. Never pinned on a guess.
        named = {f.position for f in failures}
        keyless = [p for p in action.positions if not order_at[p].get("source_id")]
        suspects = keyless or [p for p in action.positions if p not in named]
        if len(unmatched) == len(suspects) and len(set(unmatched)) == 1:
            # Every suspect "already exists", in a call sent again (all keyed): the first went in.
            # (The API may leave a failure's source_id null, as its own ORDERS.IMPORT example does.)
            if not (action.resent and _ALREADY_EXISTS.search(unmatched[0])):
                failures += _fates(suspects, order_at, unmatched[0], "failed")
        else:
            reason = (
                f"the API reported {len(unmatched)} of these {len(suspects)} orders as failed without "
                f"saying which ({'; '.join(sorted(set(unmatched)))}): each may have been imported"
            )
            failures += _fates(suspects, order_at, reason, "unknown")
    return failures
