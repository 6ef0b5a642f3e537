"""The `voucherify-orders` command line (needs the `cli` extra: click and rich)."""

from __future__ import annotations

from ._app import EXIT_API_ERROR, EXIT_SOME_FAILED, cli, main

__all__ = ["EXIT_API_ERROR", "EXIT_SOME_FAILED", "cli", "main"]
