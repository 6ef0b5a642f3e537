"""A stateful, in-memory Voucherify Orders API for development and tests.

Needs the `emulator` extra (pydantic). Importing `voucherify_orders` does not import it.

    from voucherify_orders.emulator import Emulator
    emulator = Emulator()
    with emulator.client() as client:           # in-process
        client.orders.upsert({"source_id": "o-1", "amount": 100})
    with emulator.serve() as server:            # real HTTP on 127.0.0.1
        print(server.url)
"""

from __future__ import annotations

from ._app import Emulator, EmulatorResponse, RequestRecord
from ._faults import Fault
from ._jobs import JobPacing
from ._server import EmulatorServer
from ._transport import AsyncEmulatorTransport, EmulatorTransport

__all__ = [
    "AsyncEmulatorTransport",
    "Emulator",
    "EmulatorResponse",
    "EmulatorServer",
    "EmulatorTransport",
    "Fault",
    "JobPacing",
    "RequestRecord",
]
