"""Mutation testing of the modules whose mistakes duplicate or lose orders (`nox -s mutants`).

A small AST mutator, run against the tests that import the mutated code:

1. The package under test is copied from overrides/ into a work folder, one copy per worker, and
   that copy goes first on `sys.path` and `PYTHONPATH`: `import voucherify_orders`, the pytest11
   plugin and any subprocess a test starts all load the copy, never the installed package
   (checked: a run whose tests load another copy stops as a set-up error). Nothing writes bytecode,
   so no stale `.pyc` of an earlier mutant is ever loaded.
2. A baseline run of the test selection (it must pass) records, per test, the lines of the
   mutated modules it executes, and how long it took.
3. Each mutant (one small change: an operator, a constant, a condition, a statement) is written
   into a worker's copy and only the tests that execute its line are run, fastest first, stopping
   at the first failure. The runner forks from a process that has imported pytest and the heavy
   dependencies (never the package), so a mutant costs its tests, not an interpreter start.
   A mutant whose tests run past a generous timeout counts as killed (it hangs).
4. A mutant that no test notices survives. Survivors listed in EQUIVALENT (with the reason they
   cannot change behaviour) are reported as such; any other survivor fails the run.

Usage: python scripts/mutants.py [MODULE ...] [--jobs N] [--tests PATH ...]
MODULE names a file under overrides/voucherify_orders (default: all of MODULES).
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import copy
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "overrides" / "voucherify_orders"
# The survivors (and uncovered mutants) of the last run, by key, for `--survivors`.
LAST = ROOT / ".mutants-survivors.json"
MODULES = [
    "_retry.py",
    "_core.py",
    "_effects.py",
    "_import.py",
    "_order_source.py",
    "_pool.py",
    "_pagination.py",
]
# The in-process tests that drive these modules: the send loop, retries, faults, the import workflow.
TESTS = [
    "tests/unit",
    "tests/reliability/test_faults.py",
    "tests/reliability/test_hostile_answers.py",
    "tests/reliability/test_secrets.py",
    "tests/reliability/test_paths_and_hosts.py",
    "tests/reliability/test_answer_overrun.py",
    "tests/reliability/test_decompression_bomb.py",
    "tests/reliability/test_downloads.py",
    "tests/e2e/test_workflows.py",
    "tests/e2e/test_import_checkpoints.py",
    "tests/e2e/test_emulator.py",
]
PYTEST_ARGS = ["-q", "-x", "-p", "no:randomly", "-p", "no:cacheprovider", "-m", "not slow"]

# Survivors that cannot change what a caller sees, keyed by (module, source line, mutation).
# Each says why; a survivor not listed here fails the run.
_FROZEN = (
    "nothing assigns to its fields (copies are made with dataclasses.replace): "
    "frozen only forbids what never happens"
)
_TYPEVAR = "a TypeVar's name is read by type checkers only"
_OWN_TIMEOUT = (
    "every request the client sends carries its timeout extension (_core.build_request and stream "
    "set it): the pool's default is never needed (only a request built by hand and sent on a "
    "DefaultAioHttpClient used directly, not through the client, would go without the pool's timeout)"
)
_READ_ANYWAY = (
    "_to_read only spares a body already in memory the deadline wrapper: reading it again "
    "(read()/aread() on a read response) returns the same bytes at once; cost, not behaviour"
)
_FLOATS = "two time.monotonic() readings are never equal to the nanosecond: > and >= decide alike"
_FORWARD = "a string type argument, read by type checkers alone (`from __future__ import annotations`)"

EQUIVALENT: dict[tuple[str, str, str], str] = {
    ("_pagination.py", 'C = TypeVar("C")  # the client', "'C' -> 'XXCXX'"): _TYPEVAR,
    ("_pagination.py", 'L = TypeVar("L")', "'L' -> 'XXLXX'"): _TYPEVAR,
    ("_pagination.py", 'I = TypeVar("I")  # noqa: E741 (the item type)', "'I' -> 'XXIXX'"): _TYPEVAR,
    (
        "_pagination.py",
        'class Page(_PageBase["Voucherify", L, I]):',
        "'Voucherify' -> 'XXVoucherifyXX'",
    ): _FORWARD,
    (
        "_pagination.py",
        'class AsyncPage(_PageBase["AsyncVoucherify", L, I]):',
        "'AsyncVoucherify' -> 'XXAsyncVoucherifyXX'",
    ): _FORWARD,
    ("_core.py", 'T = TypeVar("T")', "'T' -> 'XXTXX'"): _TYPEVAR,
    ("_effects.py", 'T = TypeVar("T")', "'T' -> 'XXTXX'"): _TYPEVAR,
    ("_core.py", "@dataclass(frozen=True)", "True -> False"): "CallOptions: " + _FROZEN,
    ("_effects.py", "@dataclass(frozen=True)", "True -> False"): "an effect: " + _FROZEN,
    ("_core.py", "log_bodies: bool = False", "False -> True"): (
        "the one place that makes CallOptions (_client.py) always passes log_bodies"
    ),
    ("_effects.py", "stream: bool = False", "False -> True"): (
        "the one place that makes a Transmit (_core._exchange) always passes stream"
    ),
    (
        "_core.py",
        "if operation.body_schema is not None and (call.body is not None or operation.body_required):",
        "is not -> is",
    ): "every operation of the spec with a body schema requires its body, so the parenthesis is always true",
    (
        "_core.py",
        "if operation.body_schema is not None and (call.body is not None or operation.body_required):",
        "and -> or",
    ): "an operation without a body schema is never called with a body (the generated methods take none)",
    (
        "_core.py",
        'body = to_json(operation.body_schema, call.body, operation.body_name or "body")',
        "'body' -> 'XXbodyXX'",
    ): ("every operation with a body names it (x-body-name, or the generator's name for it)"),
    (
        "_core.py",
        'base = options.settings.download_url if operation.host == "download" else options.settings.api_url',
        "'download' -> 'XXdownloadXX'",
    ): "no method builds a request for an operation on the download host: downloads go through stream()",
    (
        "_core.py",
        "json=body if operation.body_schema is not None and body is not None else None,",
        "and -> or",
    ): ("body is None whenever body_schema is None, so both forms give the same"),
    ("_core.py", "if streamed and time.monotonic() > deadline:", "> -> >="): _FLOATS,
    ("_effects.py", "if time.monotonic() > self._deadline:", "> -> >="): _FLOATS,
    ("_core.py", "if streamed:", "condition negated"): (
        "the Close after an error: a streamed error was read to its end by ReadAll just before, and httpx "
        "closes a response it has read to the end; closing an unstreamed (read) response does nothing"
    ),
    ("_core.py", "yield Close(response)", "statement removed"): (
        "the Close after an error (see `if streamed:`): the response is already closed by ReadAll"
    ),
    ("_core.py", '_READS = frozenset({"GET", "HEAD", "OPTIONS"})', "'HEAD' -> 'XXHEADXX'"): (
        "no operation of the spec, and no request the client builds, uses HEAD"
    ),
    ("_core.py", '_READS = frozenset({"GET", "HEAD", "OPTIONS"})', "'OPTIONS' -> 'XXOPTIONSXX'"): (
        "no operation of the spec, and no request the client builds, uses OPTIONS"
    ),
    (
        "_core.py",
        'logger.debug("request body: %s", request.content.decode("utf-8", "replace"))',
        "'replace' -> 'XXreplaceXX'",
    ): "a request body is JSON that httpx encoded as UTF-8: decoding it never meets an error to handle",
    (
        "_effects.py",
        'raise httpx.ReadTimeout("the answer did not arrive within the timeout", request=response.request)',
        "'the answer did not a...' -> 'XXthe answer did not a...XX'",
    ): "the caller gets an APITimeoutError with its own message; this text stays on its __cause__",
    (
        "_core.py",
        'raise httpx.ReadTimeout("no answer within the timeout", request=request)',
        "'no answer within the...' -> 'XXno answer within the...XX'",
    ): "the caller gets an APITimeoutError with its own message; this text stays on its __cause__",
    (
        "_import.py",
        'fd, tmp = tempfile.mkstemp(dir=self.file.parent, prefix=self.file.name, suffix=".tmp")',
        "'.tmp' -> 'XX.tmpXX'",
    ): "the temporary file's name is never seen: it is moved onto the checkpoint at once",
    ("_import.py", "order_at = dict(zip(chunk.positions, chunk.orders, strict=True))", "True -> False"): (
        "a chunk's positions and orders are appended, and replaced, together: they are always of one length"
    ),
    (
        "_import.py",
        'reason = _REFUSED_ORDER.sub("Property ", exc.details or exc.message or str(exc), count=1)',
        "1 -> 2",
    ): "the pattern is anchored (^, without MULTILINE): it matches once at most, at the start",
    ("_import.py", "record.failed.sort(key=lambda f: f.position or 0)", "0 -> 1"): (
        "a failure in a chunk's record always has a position from 1 (_fates, _match): `or 0` never applies"
    ),
    ("_import.py", "msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)", "1 -> 2"): (
        "every import locks its lock file from offset 0 (a fresh descriptor): two bytes conflict as one does"
    ),
    ("_effects.py", "return True", "True -> False"): _READ_ANYWAY,
    ("_effects.py", "return True", "return x -> return None"): _READ_ANYWAY,
    ("_effects.py", "return False", "return x -> return None"): (
        "_in_memory's caller only tests its truth: None and False are both false"
    ),
    ("_effects.py", "readers.pop(id(effect.response), None)", "statement removed"): (
        "a driver's readers live for one workflow, and no workflow reads more than one streamed response "
        "(the download's, read until its end): a stale entry is never looked up again"
    ),
    ("_effects.py", "return whole", "return x -> return None"): _READ_ANYWAY,
    ("_effects.py", "_UNWIND_STEPS = 100", "100 -> 101"): (
        "a guard against a clean-up that never ends: no workflow yields more than a Close or two "
        "while it unwinds"
    ),
    ("_effects.py", "workflow.close()", "statement removed"): (
        "after _unwinding the workflow has finished (no workflow swallows the interruption); "
        "close() is left for one that goes on yielding past _UNWIND_STEPS, which none does"
    ),
    ("_effects.py", "whole.read()", "statement removed"): (
        "httpx.Response(content=bytes) reads (and decodes) the body when it is made; "
        "read() again does nothing"
    ),
    (
        "_pool.py",
        'attempt_deadline: ContextVar[float | None] = ContextVar("attempt_deadline", default=None)',
        "'attempt_deadline' -> 'XXattempt_deadlineXX'",
    ): "a context variable's name shows only in its repr",
    ("_pool.py", "_routed = False", "False -> True"): (
        "the class default is never read: __init__ sets _routed on every pool"
    ),
    (
        "_pool.py",
        'request.extensions.setdefault("timeout", client.timeout.as_dict())',
        "'timeout' -> 'XXtimeoutXX'",
    ): _OWN_TIMEOUT,
    ("_pool.py", 'request.extensions.setdefault("timeout", client.timeout.as_dict())', "statement removed"): (
        _OWN_TIMEOUT
    ),
    (
        "_pool.py",
        'raise getattr(httpcore, late)("the answer did not arrive within the timeout")',
        "'the answer did not a...' -> 'XXthe answer did not a...XX'",
    ): "the caller gets an APITimeoutError with its own message; this text stays on its __cause__",
    ("_pool.py", "_WRITE_SLICE = 16384", "16384 -> 16385"): (
        "any slice size writes the same bytes in the same order; "
        "the size only sets how often the deadline is read"
    ),
    ("_order_source.py", "return False", "return x -> return None"): (
        "_spread_over_lines answers an `if`: None and False are both false"
    ),
    (
        "_order_source.py",
        "return False  # nested too deeply: read as NDJSON, its first line that record's failure",
        "return x -> return None",
    ): "_spread_over_lines answers an `if`: None and False are both false",
    ("_order_source.py", 'stop = getattr(exc, "pos", 0)', "0 -> 1"): (
        "stop only slices text[:stop], and text starts with '{': text[:0] and text[:1] hold no line "
        "break alike (a ValueError without `pos` is int()'s digit limit, a number of over 4,300 digits)"
    ),
    ("_order_source.py", 'last = text[text.rindex("\\n", 0, stop) + 1 :]', "0 -> 1"): (
        "text starts with '{': the line break rindex finds is never at 0, so searching from 1 finds the same"
    ),
    ("_order_source.py", "_TOKEN = 64", "64 -> 65"): (
        "a margin: any length over the longest token a block's end can cut (a literal, an escape) reads alike"
    ),
    (
        "_order_source.py",
        'cut = exc.msg.startswith("Unterminated string") or exc.pos + _TOKEN >= len(buffer)',
        ">= -> >",
    ): "the margin's edge: _TOKEN is far longer than any token a block's end can cut: one less reads alike",
    (
        "_import.py",
        "for p, order in zip(chunk.positions, chunk.orders, strict=True)",
        "True -> False",
    ): "a chunk's positions and orders are appended, and replaced, together: they are always of one length",
    (
        "_core.py",
        'named = ", ".join(f"{field} {value!r}" for field, value in zip(fields, values, strict=True))',
        "True -> False",
    ): "values is made from fields, one for one: they are always of one length",
    ("_effects.py", "return False", "False -> True"): (
        "_to_read: a response made in-process comes already read, and reading it again (the driver's "
        "_read_whole) gives the same bytes at once; cost, not behaviour"
    ),
    (
        "_effects.py",
        '_OWN = frozenset(f"{__package__}.{module}" '
        'for module in ("_pool", "_auth", "_effects", "_aiohttp"))',
        "'_auth' -> 'XX_authXX'",
    ): (
        "no error passes through _auth's frames: the credentials are checked as the client is built "
        "(check_credential), and httpx throws no send error into an auth flow; listed should one ever"
    ),
    ("_effects.py", "raise  # an interruption, a cancellation: the caller's", "raise removed"): (
        "the interruption, thrown into the workflow instead, comes back out of it (no workflow catches "
        "BaseException) after its clean-up, to the driver's outer handler, which raises it as before"
    ),
    ("_pagination.py", "for key, item in zip(keys, self.items, strict=True):", "True -> False"): (
        "keys is made from the page's items, one for one: they are always of one length"
    ),
    ("_effects.py", "_SLICE = 1024", "1024 -> 1025"): (
        "how much compressed input one decoding step takes: any small size bounds a step alike"
    ),
    ("_effects.py", 'if len(names) > 1 or not set(names) <= {"gzip", "deflate"}:', "<= -> <"): (
        "a proper subset differs only for both names at once, which `len(names) > 1` refuses first"
    ),
    ("_effects.py", "self.reading = not _refused(response, 0, self._coding)", "0 -> 1"): (
        "nothing read yet: 0 and 1 bytes are both below any cap a JSON answer can have"
    ),
    ("_effects.py", "connection._keepalive_expiry = -1.0  # expired as the answer closes", "1.0 -> 2.0"): (
        "any negative keep-alive expires the connection as its answer closes"
    ),
    ("_effects.py", "connection._keepalive_expiry = -1.0  # should it still be in use", "1.0 -> 2.0"): (
        "any negative keep-alive expires the connection as its answer closes"
    ),
    ("_effects.py", "connection._expire_at = 0.0  # idle in its pool: expired", "0.0 -> 1.0"): (
        "the monotonic clock is past either (a machine up for over a second): the connection is expired"
    ),
    (
        "_effects.py",
        '_CONNECTION = "voucherify_orders.connection"',
        "'voucherify_orders.co...' -> 'XXvoucherify_orders.co...XX'",
    ): ("the key's name is only written and read here"),
    ("_effects.py", "for _ in range(8):", "8 -> 9"): (
        "the streams around httpcore's connection are 6 deep at most: any bound above finds it alike"
    ),
}


@dataclass
class Mutant:
    module: str
    line: int
    end_line: int
    description: str
    source: str
    key: str = ""
    #: The mutated line as it read when the run began (the file may change while it runs).
    line_text: str = ""
    status: str = "pending"
    tests: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def text(self) -> str:
        return f"{self.module}:{self.line}: {self.description}"


# -- generating mutants ------------------------------------------------------------------------------

_COMPARE_SWAPS: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}
_BINOP_SWAPS: dict[type[ast.operator], type[ast.operator]] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
    ast.FloorDiv: ast.Div,
    ast.Mod: ast.FloorDiv,
    ast.Pow: ast.Mult,
}
_SYMBOLS = {
    ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
    ast.In: "in", ast.NotIn: "not in", ast.Is: "is", ast.IsNot: "is not",
    ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "%",
    ast.Pow: "**", ast.And: "and", ast.Or: "or",
}  # fmt: skip


def _symbol(op: object) -> str:
    return _SYMBOLS[type(op)]  # type: ignore[index]


class _Skip(ast.NodeVisitor):
    """Nodes never mutated: docstrings, annotations, f-string parts, `__all__`, TYPE_CHECKING imports."""

    def __init__(self) -> None:
        self.ids: set[int] = set()

    def _skip_tree(self, node: ast.AST | None) -> None:
        if node is not None:
            self.ids.update(id(n) for n in ast.walk(node))

    def generic_visit(self, node: ast.AST) -> None:
        # A string alone as a statement (a docstring, an attribute's docstring) does nothing.
        if (
            isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            self._skip_tree(node)
        for name in ("annotation", "returns"):
            self._skip_tree(getattr(node, name, None))
        if isinstance(node, ast.JoinedStr):
            self._skip_tree(node)
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            self._skip_tree(node)
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            self._skip_tree(node)
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            self._skip_tree(node)
        super().generic_visit(node)


def _expression_mutations(node: ast.expr) -> Iterator[tuple[str, ast.expr]]:
    """(description, replacement) for one expression node."""
    if isinstance(node, ast.Compare):
        for i, op in enumerate(node.ops):
            swap = _COMPARE_SWAPS.get(type(op))
            if swap is not None:
                new = copy.deepcopy(node)
                new.ops[i] = swap()
                yield f"{_symbol(op)} -> {_symbol(new.ops[i])}", new
    elif isinstance(node, ast.BoolOp):
        new_bool = copy.deepcopy(node)
        new_bool.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        yield f"{_symbol(node.op)} -> {_symbol(new_bool.op)}", new_bool
    elif isinstance(node, ast.BinOp) and type(node.op) in _BINOP_SWAPS:
        new_bin = copy.deepcopy(node)
        new_bin.op = _BINOP_SWAPS[type(node.op)]()
        yield f"{_symbol(node.op)} -> {_symbol(new_bin.op)}", new_bin
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        yield "not x -> x", copy.deepcopy(node.operand)
    elif isinstance(node, ast.Constant):
        value = node.value
        if isinstance(value, bool):
            yield f"{value} -> {not value}", ast.Constant(not value)
        elif isinstance(value, (int, float)):
            yield f"{value} -> {value + 1}", ast.Constant(value + 1)
        elif isinstance(value, str) and value:
            shown = value if len(value) <= 24 else value[:20] + "..."
            yield f"{shown!r} -> 'XX{shown}XX'", ast.Constant(f"XX{value}XX")
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("min", "max"):
        new_call = copy.deepcopy(node)
        assert isinstance(new_call.func, ast.Name)
        new_call.func.id = "max" if node.func.id == "min" else "min"
        yield f"{node.func.id}() -> {new_call.func.id}()", new_call


def _statement_mutations(node: ast.stmt) -> Iterator[tuple[str, str]]:
    """(description, replacement text) for one statement."""
    if isinstance(node, ast.Break):
        yield "break -> continue", "continue"
    elif isinstance(node, ast.Continue):
        yield "continue -> break", "break"
    elif isinstance(node, ast.Return) and node.value is not None:
        if not (isinstance(node.value, ast.Constant) and node.value.value is None):
            yield "return x -> return None", "return None"
    elif isinstance(node, ast.Expr) and isinstance(
        node.value, (ast.Call, ast.Await, ast.Yield, ast.YieldFrom)
    ):
        yield "statement removed", "pass"
    elif isinstance(node, ast.Raise):
        yield "raise removed", "pass"
    elif isinstance(node, ast.AugAssign) and type(node.op) in _BINOP_SWAPS:
        new = copy.deepcopy(node)
        new.op = _BINOP_SWAPS[type(node.op)]()
        yield f"{_symbol(node.op)}= -> {_symbol(new.op)}=", ast.unparse(new)
    if isinstance(node, (ast.If, ast.While)) and not isinstance(node.test, (ast.Compare, ast.UnaryOp)):
        yield "condition negated", ""


def _replace(lines: list[bytes], node: ast.expr | ast.stmt, text: str) -> str:
    """The module with `node`'s source (byte columns, as ast gives them) replaced by `text`."""
    start, end = node.lineno - 1, (node.end_lineno or node.lineno) - 1
    head = lines[start][: node.col_offset]
    tail = lines[end][node.end_col_offset :]
    new = [*lines[:start], head + text.encode() + tail, *lines[end + 1 :]]
    return b"".join(new).decode()


def mutants_of(module: str) -> list[Mutant]:
    path = PACKAGE / module
    original = path.read_text()
    lines = original.encode().splitlines(keepends=True)
    tree = ast.parse(original)
    skip = _Skip()
    skip.visit(tree)
    found: list[Mutant] = []
    reference = ast.dump(tree)

    def add(node: ast.AST, description: str, source: str) -> None:
        line, col, end = (
            getattr(node, "lineno", 0),
            getattr(node, "col_offset", 0),
            getattr(node, "end_lineno", 0),
        )
        try:
            mutated = ast.parse(source)
        except SyntaxError as exc:  # a bug in this script, never a mutant to count
            raise SystemExit(f"{module}:{line}: {description} does not parse: {exc}") from exc
        if ast.dump(mutated) != reference:
            text = original.splitlines()[line - 1].strip() if line else ""
            key = f"{module}:{line}:{col}:{description}"
            found.append(Mutant(module, line, end, description, source, key=key, line_text=text))

    for node in ast.walk(tree):
        if id(node) in skip.ids:
            continue
        if isinstance(node, ast.expr):
            for description, replacement in _expression_mutations(node):
                add(node, description, _replace(lines, node, f"({ast.unparse(replacement)})"))
        elif isinstance(node, ast.stmt):
            for description, text in _statement_mutations(node):
                if description == "condition negated":
                    assert isinstance(node, (ast.If, ast.While))
                    test = node.test
                    add(node, description, _replace(lines, test, f"not ({ast.unparse(test)})"))
                else:
                    add(node, description, _replace(lines, node, text))
    found.sort(key=lambda m: (m.line, m.key))
    return found


# -- the baseline: which test runs which line ------------------------------------------------------------


def _baseline_worker(overlay: str, modules: list[str], tests: list[str], out: str) -> int:
    """In a fresh interpreter: run the selection once under coverage, a context per test."""
    import coverage  # noqa: PLC0415
    import pytest  # noqa: PLC0415

    sys.path.insert(0, overlay)
    files = [str(Path(overlay) / "voucherify_orders" / m) for m in modules]
    cov = coverage.Coverage(data_file=None, include=files, config_file=False)
    durations: dict[str, float] = {}
    failed: set[str] = set()

    class Contexts:
        def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
            if report.failed:
                failed.add(report.nodeid)

        @pytest.hookimpl(wrapper=True)
        def pytest_runtest_protocol(self, item: pytest.Item) -> Any:
            cov.switch_context(item.nodeid)
            started = time.monotonic()
            try:
                return (yield)
            finally:
                durations[item.nodeid] = time.monotonic() - started
                cov.switch_context("")

    cov.start()
    # Without -x: a test that fails without any mutant is left out of the runs, and named.
    args = [arg for arg in PYTEST_ARGS if arg != "-x"]
    code = pytest.main([*args, *tests], plugins=[Contexts()])
    cov.stop()
    import voucherify_orders  # noqa: PLC0415

    loaded = str(Path(voucherify_orders.__file__).parent)
    data = cov.get_data()
    lines: dict[str, dict[int, list[str]]] = {}
    for module, path in zip(modules, files, strict=True):
        by_line = data.contexts_by_lineno(path)
        lines[module] = {n: sorted(set(contexts) - failed) for n, contexts in by_line.items()}
    for nodeid in failed:
        durations.pop(nodeid, None)
    report = {
        "code": int(code),
        "loaded": loaded,
        "lines": lines,
        "durations": durations,
        "failed": sorted(failed),
    }
    Path(out).write_text(json.dumps(report))
    return 0


# -- running mutants -------------------------------------------------------------------------------------


def _preload() -> None:
    """Import what every test run needs, except the package under test, before forking."""
    import pytest  # noqa: F401, PLC0415

    for name in (
        "httpx", "attrs", "pydantic", "click", "rich", "yaml", "jsonschema", "hypothesis", "schemathesis",
        "pytest_asyncio", "voucherify_orders_client", "voucherify_orders_client.models",
        "voucherify_orders_client.api", "voucherify_orders_client.schemas",
        "voucherify_orders_client.pydantic_models",
    ):  # fmt: skip
        with contextlib.suppress(ImportError):
            __import__(name)
    leaked = [name for name in sys.modules if name.split(".")[0] == "voucherify_orders"]
    if leaked:
        raise SystemExit(f"set-up error: the runner imported the package under test ({leaked[0]})")


def _child(overlay: Path, module: str, tests: list[str], log: Path) -> None:
    """In the forked process: run the tests against the overlay, exit with pytest's code."""
    import pytest  # noqa: PLC0415

    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.environ["PYTHONPATH"] = str(overlay)
    sys.path.insert(0, str(overlay))
    code = int(pytest.main([*PYTEST_ARGS, *tests]))
    name = "voucherify_orders." + module.removesuffix(".py")
    loaded = sys.modules.get(name)
    if loaded is not None and not str(loaded.__file__).startswith(str(overlay)):
        code = 99  # the tests ran against another copy of the package: the set-up is wrong
    sys.stdout.flush()
    os._exit(code)


@dataclass
class _Running:
    mutant: Mutant
    pid: int
    worker: int
    started: float
    limit: float


def _plan(modules: list[str], baseline: dict[str, Any]) -> list[Mutant]:
    """Every mutant, with the tests that execute its lines (fastest first)."""
    durations: dict[str, float] = baseline["durations"]
    every = sorted(durations, key=durations.__getitem__)
    planned: list[Mutant] = []
    for module in modules:
        covered = {int(n): c for n, c in baseline["lines"][module].items()}
        for mutant in mutants_of(module):
            contexts = {c for n in range(mutant.line, mutant.end_line + 1) for c in covered.get(n, [])}
            named = contexts - {""}
            if not contexts:
                mutant.status = "not covered"
            else:
                # Run only at import (a default, a constant): every test may depend on it.
                mutant.tests = sorted(named, key=durations.__getitem__) if named else every
            planned.append(mutant)
    return planned


def _execute(planned: list[Mutant], overlays: list[Path], work: Path, durations: dict[str, float]) -> None:
    """Run the mutants, `len(overlays)` at a time, each in a process forked from this one."""
    _preload()
    queue = [m for m in planned if m.status == "pending"]
    free = list(range(len(overlays)))
    running: dict[int, _Running] = {}
    done = 0
    while queue or running:
        while queue and free:
            mutant = queue.pop(0)
            worker = free.pop(0)
            target = overlays[worker] / "voucherify_orders" / mutant.module
            target.write_text(mutant.source)
            log = work / "logs" / f"{mutant.module}-{mutant.line}-{done + len(running)}.log"
            pid = os.fork()
            if pid == 0:  # pragma: no cover - the child
                _child(overlays[worker], mutant.module, mutant.tests, log)
            limit = 20.0 + 4 * sum(durations.get(t, 1.0) for t in mutant.tests)
            running[pid] = _Running(mutant, pid, worker, time.monotonic(), limit)
        pid, status = os.waitpid(-1, os.WNOHANG)
        if pid == 0:
            for job in running.values():
                if time.monotonic() - job.started > job.limit:
                    os.kill(job.pid, signal.SIGKILL)
                    job.mutant.status = "timeout"
            time.sleep(0.02)
            continue
        job = running.pop(pid)
        job.mutant.seconds = time.monotonic() - job.started
        code = os.waitstatus_to_exitcode(status)
        if code == 99:
            raise SystemExit(f"set-up error: the tests of {job.mutant.text} did not load the mutated copy")
        if job.mutant.status != "timeout":
            job.mutant.status = "survived" if code == 0 else "killed"
        original = PACKAGE / job.mutant.module
        (overlays[job.worker] / "voucherify_orders" / job.mutant.module).write_text(original.read_text())
        free.append(job.worker)
        done += 1
        mark = {"killed": ".", "timeout": "T", "survived": "S"}[job.mutant.status]
        print(mark, end="\n" if done % 80 == 0 else "", flush=True)
    print(flush=True)


def _report(modules: list[str], planned: list[Mutant]) -> list[Mutant]:
    """Print the score per module and every survivor; return the survivors nobody explained."""
    unexplained: list[Mutant] = []
    print(
        f"{'module':<14}{'mutants':>8}{'killed':>8}{'timeout':>8}{'survived':>9}{'uncovered':>10}{'score':>8}"
    )
    for module in modules:
        mine = [m for m in planned if m.module == module]
        counts = {
            s: sum(m.status == s for m in mine) for s in ("killed", "timeout", "survived", "not covered")
        }
        dead = counts["killed"] + counts["timeout"]
        score = 100.0 * dead / len(mine) if mine else 0.0
        print(
            f"{module:<14}{len(mine):>8}{counts['killed']:>8}{counts['timeout']:>8}{counts['survived']:>9}"
            f"{counts['not covered']:>10}{score:>7.1f}%"
        )
    for mutant in planned:
        if mutant.status not in ("survived", "not covered"):
            continue
        line = mutant.line_text
        reason = EQUIVALENT.get((mutant.module, line, mutant.description))
        label = "equivalent" if reason else mutant.status
        print(f"  {label}: {mutant.text}    {line}")
        if reason:
            print(f"      {reason}")
        else:
            unexplained.append(mutant)
    return unexplained


def run(modules: list[str], tests: list[str], jobs: int, keep: bool, survivors_only: bool = False) -> int:
    work = Path(tempfile.mkdtemp(prefix="voucherify-mutants-"))
    os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
    sys.dont_write_bytecode = True
    overlays = []
    for worker in range(max(1, jobs)):
        overlay = work / f"worker{worker}"
        shutil.copytree(PACKAGE, overlay / "voucherify_orders", ignore=shutil.ignore_patterns("__pycache__"))
        overlays.append(overlay)
    (work / "logs").mkdir()
    started = time.monotonic()
    try:
        out = work / "baseline.json"
        env = {**os.environ, "PYTHONPATH": str(overlays[0])}
        subprocess.run(
            [sys.executable, __file__, "--baseline-worker", str(overlays[0]), str(out), "--tests", *tests,
             "--", *modules],
            cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        baseline = json.loads(out.read_text())
        if baseline["code"] not in (0, 1) or (baseline["code"] == 1 and not baseline["failed"]):
            raise SystemExit(f"set-up error: the test selection did not run (pytest exit {baseline['code']})")
        for nodeid in baseline["failed"]:
            print(f"left out, as it fails without any mutant: {nodeid}", flush=True)
        if not baseline["loaded"].startswith(str(overlays[0])):
            raise SystemExit(f"set-up error: the tests imported {baseline['loaded']}, not the copy")
        durations: dict[str, float] = baseline["durations"]
        print(f"baseline: {len(durations)} tests pass, {sum(durations.values()):.1f} s", flush=True)
        planned = _plan(modules, baseline)
        if survivors_only:
            earlier = set(json.loads(LAST.read_text())) if LAST.exists() else set()
            planned = [m for m in planned if m.key in earlier]
            print(f"only the {len(planned)} survivors of the last run", flush=True)
        _execute(planned, overlays, work, durations)
        unexplained = _report(modules, planned)
        # Other modules' survivors stay: `--survivors` works after modules were run one by one.
        kept = (
            [k for k in json.loads(LAST.read_text()) if k.split(":")[0] not in modules]
            if LAST.exists()
            else []
        )
        alive = [m.key for m in planned if m.status in ("survived", "not covered")]
        LAST.write_text(json.dumps(kept + alive, indent=1))
        everything = [m for m in planned if m.status != "not covered"]
        print(f"{len(planned)} mutants in {time.monotonic() - started:.0f} s")
        if everything and all(m.status == "survived" for m in everything):
            print("set-up error: every mutant survived (are the tests loading the mutated copy?)")
            return 2
        if everything and all(m.status != "survived" for m in everything) and not unexplained:
            print("note: every mutant was killed")
        if unexplained:
            print(f"{len(unexplained)} survivor(s) neither killed nor explained in EQUIVALENT")
            return 1
        return 0
    finally:
        if keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("modules", nargs="*", default=MODULES, help="files under overrides/voucherify_orders")
    parser.add_argument("--jobs", type=int, default=1, help="mutants run at once (default 1)")
    parser.add_argument("--tests", nargs="+", default=TESTS, help="the test selection (default: TESTS)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (each mutant's log)")
    parser.add_argument(
        "--survivors", action="store_true", help=f"run only the last run's survivors (kept in {LAST.name})"
    )
    parser.add_argument("--baseline-worker", nargs=2, metavar=("OVERLAY", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    unknown = [m for m in args.modules if not (PACKAGE / m).is_file()]
    if unknown:
        parser.error(f"not a module of overrides/voucherify_orders: {', '.join(unknown)}")
    if args.baseline_worker:
        overlay, out = args.baseline_worker
        return _baseline_worker(overlay, args.modules, args.tests, out)
    return run(args.modules, args.tests, args.jobs, args.keep, args.survivors)


if __name__ == "__main__":
    sys.exit(main())
