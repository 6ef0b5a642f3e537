"""Faults the emulator injects on demand, per route."""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass, field

__all__ = ["Fault", "FaultPlan"]


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
        with self.lock:
            self.by_route.clear()

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
        return list(fired.values())
