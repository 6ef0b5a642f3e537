"""The `voucherify-orders` command line (needs the `cli` extra: click and rich).

The `voucherify-orders` script is installed with the base package too, so this module
imports nothing from the extra until it is used: without click or rich, `main()` prints
one line naming the extra to install and exits 2 (a usage error), with no traceback.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._app import EXIT_API_ERROR, EXIT_SOME_FAILED, cli

__all__ = ["EXIT_API_ERROR", "EXIT_SOME_FAILED", "cli", "main"]

EXTRA_LIBRARIES = ("click", "rich")
MISSING_EXTRA = (
    "voucherify-orders: the command line needs the cli extra: pip install 'voucherify-orders[cli]'"
)


def _missing_extra(exc: ModuleNotFoundError) -> bool:
    return (exc.name or "").split(".")[0] in EXTRA_LIBRARIES


def main() -> None:
    """The console script's entry point."""
    try:
        from ._app import main as run  # noqa: PLC0415 - only here, so a base install can say what is missing
    except ModuleNotFoundError as exc:
        if not _missing_extra(exc):
            raise
        print(MISSING_EXTRA, file=sys.stderr)
        raise SystemExit(2) from None
    except KeyboardInterrupt:  # Ctrl-C while the command line loads: as quiet as any other
        print("error: interrupted", file=sys.stderr)
        raise SystemExit(130) from None
    if sys.stdout is None:  # closed (`>&-`): every command writes its answer there
        print("error: standard output is closed: redirect it to a file, or to /dev/null", file=sys.stderr)
        raise SystemExit(2)
    run()


def __getattr__(name: str) -> Any:
    if name in ("EXIT_API_ERROR", "EXIT_SOME_FAILED", "cli"):
        try:
            from . import _app  # noqa: PLC0415
        except ModuleNotFoundError as exc:
            if _missing_extra(exc):
                raise ImportError(MISSING_EXTRA) from exc
            raise
        return getattr(_app, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
