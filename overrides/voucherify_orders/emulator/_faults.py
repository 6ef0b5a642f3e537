"""Faults the emulator injects on demand, per route, and the gate that holds answers back."""

from __future__ import annotations

import asyncio
import contextvars
import random
import threading
from dataclasses import dataclass, field

__all__ = ["Fault", "FaultPlan", "Gate", "begin_call", "gates_for_this_call"]


class Gate:
    """
    Where held answers wait until a test lets them go.

    An answer that reaches the gate has been served: its change is stored. It then
    waits, in arrival order, until `release()` lets it go (or `open()` lets every
    answer go), so a test can act while a call is known to be in flight: kill the
    client, interrupt it, or let its read timeout expire. The answer also goes once
    `timeout` seconds pass (a safety net: a forgotten gate cannot hang a run).

    Thread-safe; the test side may call it from any thread or event loop.
    """

    def __init__(self, timeout: float = 120.0) -> None:
        self.timeout = timeout
        self._cond = threading.Condition()
        self._arrived = 0  # answers that reached the gate, in all
        self._released = 0  # answers 1.._released may go
        self._open = False
        self._async_waiters: list[tuple[int, asyncio.AbstractEventLoop, asyncio.Future[None]]] = []

    @property
    def arrived(self) -> int:
        """How many answers have reached the gate so far."""
        with self._cond:
            return self._arrived

    @property
    def held(self) -> int:
        """How many of them are not let go yet."""
        with self._cond:
            return 0 if self._open else max(0, self._arrived - self._released)

    def wait_for(self, count: int = 1, timeout: float = 60.0) -> None:
        """
        Block until `count` answers in all have reached the gate.

        Raises `TimeoutError` if they have not after `timeout` seconds (a guard
        against a hung test, not a measurement).
        """
        with self._cond:
            if not self._cond.wait_for(lambda: self._arrived >= count, timeout):
                raise TimeoutError(f"{self._arrived} of {count} answers reached the gate in {timeout}s")

    async def wait_for_async(self, count: int = 1, timeout: float = 60.0) -> None:
        """`wait_for` for a test running on an event loop (waits in a worker thread)."""
        await asyncio.to_thread(self.wait_for, count, timeout)

    def release(self, count: int = 1) -> None:
        """Let the next `count` answers go, held now or arriving later, in arrival order."""
        with self._cond:
            self._released += count
            self._wake()

    def open(self) -> None:
        """Let every held answer go, and hold none from now on."""
        with self._cond:
            self._open = True
            self._wake()

    # -- the serving side -------------------------------------------------------------

    def _arrive(self) -> int:
        self._arrived += 1
        self._cond.notify_all()
        return self._arrived

    def _may_go(self, ticket: int) -> bool:
        return self._open or ticket <= self._released

    def _wake(self) -> None:
        self._cond.notify_all()
        waiting = []
        for ticket, loop, future in self._async_waiters:
            if self._may_go(ticket):
                loop.call_soon_threadsafe(_resolve, future)
            else:
                waiting.append((ticket, loop, future))
        self._async_waiters = waiting

    def pass_through(self, limit: float | None = None) -> bool:
        """
        Hold the calling thread's answer until it is let go, or the gate's own
        timeout passes: True, the answer goes out. False when the client's `limit`
        (its read timeout, in seconds) passed first: the client gave up.
        """
        with self._cond:
            ticket = self._arrive()
            if self._cond.wait_for(lambda: self._may_go(ticket), self._wait(limit)):
                return True
        return not self._client_gave_up(limit)

    async def pass_through_async(self, limit: float | None = None) -> bool:
        """`pass_through` without blocking the event loop."""
        loop = asyncio.get_running_loop()
        with self._cond:
            ticket = self._arrive()
            if self._may_go(ticket):
                return True
            future: asyncio.Future[None] = loop.create_future()
            self._async_waiters.append((ticket, loop, future))
        try:
            await asyncio.wait_for(future, self._wait(limit))
        except TimeoutError:
            return not self._client_gave_up(limit)
        finally:
            with self._cond:
                self._async_waiters = [w for w in self._async_waiters if w[2] is not future]
        return True

    def _wait(self, limit: float | None) -> float:
        return self.timeout if limit is None else min(limit, self.timeout)

    def _client_gave_up(self, limit: float | None) -> bool:
        return limit is not None and limit <= self.timeout


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


# The gates a call's answer must pass, set while the emulator draws its faults and
# taken by the transport or server that delivers the answer (same thread or task).
_GATES: contextvars.ContextVar[tuple[Gate, ...]] = contextvars.ContextVar(
    "voucherify_emulator_gates", default=()
)


def begin_call() -> None:
    """Forget gates left over from a call that never reached a transport."""
    _GATES.set(())


def gates_for_this_call() -> tuple[Gate, ...]:
    """The gates the call just served must pass before its answer goes out."""
    gates = _GATES.get()
    _GATES.set(())
    return gates


@dataclass
class Fault:
    """
    One kind of misbehaviour.

    Build one with a class method, then register it with `Emulator.inject`:

    * `Fault.status(503, times=2)` - answer with that status instead of serving the call.
    * `Fault.rate_limited(retry_after=3)` - a 429 with `Retry-After` and the rate-limit headers.
    * `Fault.drop_after_commit()` - serve the call (its change is stored), then drop
      the connection without an answer.
    * `Fault.latency(seconds)` - wait before answering; past the client's read
      timeout the client sees a timeout.
    * `Fault.hold()` - serve the call (its change is stored), then hold the answer
      at `fault.gate` until the test lets it go (`gate.release()`, `gate.open()`);
      `gate.wait_for(n)` blocks until n answers have reached it. In-process, a held
      answer past the client's read timeout is a timeout. Holds act through the
      transports and the HTTP server, not on `Emulator.handle` called directly.

    `times` limits how often it fires (None: always); `probability` makes it fire
    on that share of matching calls, drawn from the emulator's seeded generator.
    """

    kind: str
    status_code: int = 0
    seconds: float = 0.0
    retry_after: float | None = None
    times: int | None = 1
    probability: float = 1.0
    fired: int = 0
    gate: Gate | None = None

    @classmethod
    def status(cls, status_code: int, *, times: int | None = 1, probability: float = 1.0) -> Fault:
        return cls("status", status_code=status_code, times=times, probability=probability)

    @classmethod
    def rate_limited(
        cls, *, retry_after: float = 1.0, times: int | None = 1, probability: float = 1.0
    ) -> Fault:
        return cls("status", status_code=429, retry_after=retry_after, times=times, probability=probability)

    @classmethod
    def drop_after_commit(cls, *, times: int | None = 1, probability: float = 1.0) -> Fault:
        return cls("drop", times=times, probability=probability)

    @classmethod
    def latency(cls, seconds: float, *, times: int | None = None, probability: float = 1.0) -> Fault:
        return cls("latency", seconds=seconds, times=times, probability=probability)

    @classmethod
    def hold(cls, *, times: int | None = None, probability: float = 1.0, timeout: float = 120.0) -> Fault:
        return cls("hold", times=times, probability=probability, gate=Gate(timeout))


@dataclass
class FaultPlan:
    """The registered faults, by route (`"POST /v1/orders"`, `"GET /v1/orders/{orderId}"`, or `"*"`)."""

    rng: random.Random
    by_route: dict[str, list[Fault]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, route: str, fault: Fault) -> None:
        with self.lock:
            self.by_route.setdefault(route, []).append(fault)

    def clear(self) -> None:
        """Forget every fault; answers held at their gates are let go."""
        with self.lock:
            gates = [f.gate for faults in self.by_route.values() for f in faults if f.gate is not None]
            self.by_route.clear()
        for gate in gates:
            gate.open()

    def draw(self, route: str) -> list[Fault]:
        """The faults that fire for this call (at most one of each kind)."""
        fired: dict[str, Fault] = {}
        with self.lock:
            for fault in self.by_route.get(route, []) + self.by_route.get("*", []):
                if fault.kind in fired or (fault.times is not None and fault.fired >= fault.times):
                    continue
                if fault.probability < 1.0 and self.rng.random() >= fault.probability:
                    continue
                fault.fired += 1
                fired[fault.kind] = fault
        gates = tuple(f.gate for f in fired.values() if f.gate is not None)
        if gates:
            _GATES.set(gates)
        return list(fired.values())
