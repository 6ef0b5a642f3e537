"""Publish the wheel to a package index on 127.0.0.1 and use it as a pinned team would.

Usage: python scripts/release_check.py dist/voucherify_orders-X.Y.Z-py3-none-any.whl [PAYLOAD_FOLDER]

PAYLOAD_FOLDER defaults to tests/fixtures/payloads, else ../shared/reference/payloads.

1. Starts pypiserver on 127.0.0.1 with an empty package folder, and seeds it with the
   wheel's run-time dependencies (downloaded with this environment's pip settings).
2. Uploads the wheel with twine, as the release pipeline does.
3. Creates a fresh virtual environment and installs `voucherify-orders>=X.Y,<X.(Y+1)`
   (no extras) from that index alone: pip's configuration files and PIP_* variables are
   switched off, so no other index or local wheel folder can supply anything.
4. Uses it there: parses every recorded payload with the generated models (the generator's
   run-time imports must all be installed), checks that the CLI names its missing extra,
   builds a client and calls the emulator, which runs in another process.

Every process it starts is stopped by its own id before it returns. Exit 0 on success.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAYLOAD_FOLDERS = [
    ROOT / "tests" / "fixtures" / "payloads",
    ROOT.parent / "shared" / "reference" / "payloads",
]
APP_ID, SECRET = "release-check-app", "release-check-secret"

# Runs in the fresh environment: argv[1] is the payload folder, argv[2] the emulator's URL.
USE_IT = r"""
import importlib.util, json, sys
from pathlib import Path

for extra in ("pydantic", "click", "rich"):
    assert importlib.util.find_spec(extra) is None, f"{extra} came with a base install"

import voucherify_orders
from voucherify_orders_client import models

parsed = 0
SUFFIXES = {".order": models.Order, ".export": models.Export, ".async_action": models.AsyncAction,
            ".created": models.AsyncActionCreated}
for path in sorted(Path(sys.argv[1]).glob("*.json")):
    body = json.loads(path.read_text())
    suffix = Path(path.stem).suffix
    if suffix in SUFFIXES:
        items = [(SUFFIXES[suffix], body)]
    elif "orders" in body:
        items = [(models.OrdersList, body)]
    elif "exports" in body:
        items = [(models.Export, item) for item in body["exports"]]
    elif "async_actions" in body:
        items = [(models.AsyncAction, item) for item in body["async_actions"]]
    elif body.get("object") == "order" or path.stem.endswith("_order"):
        items = [(models.Order, body)]
    else:
        raise SystemExit(f"{path.name}: no rule says which model it is")
    for model, data in items:
        try:
            model.from_dict(data).to_dict()
        except Exception as exc:
            raise SystemExit(f"{path.name} does not parse as {model.__name__}: {exc!r}") from exc
        parsed += 1
print(f"parsed {parsed} recorded payloads")

with voucherify_orders.Voucherify("APP", "SECRET", base_url=sys.argv[2], max_retries=0) as client:
    order = client.orders.upsert(
        {"source_id": "release-check-1", "status": "PAID",
         "items": [{"source_id": "espresso", "related_object": "product", "quantity": 2, "price": 350}]}
    )
    assert (order.amount, order.total_amount) == (700, 700), order
    again = client.orders.get("release-check-1")
    assert again.id == order.id
    page = client.orders.list(limit=10)
    assert page.total == 1, page.total
print(f"called the emulator: order {order.id} stored and read back, amount {order.amount}")
print(f"voucherify_orders {voucherify_orders.__version__} from {Path(voucherify_orders.__file__).parent}")
""".replace("APP", APP_ID).replace("SECRET", SECRET)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(url: str, process: subprocess.Popen[bytes], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{process.args!r} exited with {process.returncode} before serving {url}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError as exc:
            if getattr(exc, "code", None) is not None:  # an HTTP error status: it is serving
                return
            time.sleep(0.2)
    raise SystemExit(f"nothing answered on {url} within {seconds} s")


@contextmanager
def started(args: list[str], url: str, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    with log.open("wb") as out:
        process = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_for(url, process)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def run(args: list[str], **kwargs: object) -> str:
    result = subprocess.run(args, capture_output=True, text=True, check=False, **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        command = " ".join(str(arg) if len(str(arg)) < 200 else "<script>" for arg in args)
        raise SystemExit(f"{command} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    return str(result.stdout)


def isolated_pip_env() -> dict[str, str]:
    """The environment for pip in the fresh venv: no PIP_* settings and no configuration files."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PIP_")}
    env["PIP_CONFIG_FILE"] = os.devnull
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def version_range(version: str) -> str:
    major, minor = (int(part) for part in version.split(".")[:2])
    return f"voucherify-orders>={major}.{minor},<{major}.{minor + 1}"


def main(wheel_arg: str, payload_folder: str | None = None) -> int:
    wheel = Path(wheel_arg).resolve()
    version = wheel.name.split("-")[1]
    folders = [Path(payload_folder)] if payload_folder else PAYLOAD_FOLDERS
    payloads = next((folder.resolve() for folder in folders if any(folder.glob("*.json"))), None)
    if payloads is None:
        raise SystemExit(f"no recorded payloads found in {', '.join(map(str, folders))}")
    with tempfile.TemporaryDirectory(prefix="release-check-") as tmp_name:
        tmp = Path(tmp_name)
        packages = tmp / "packages"
        packages.mkdir()
        # The index holds the dependencies, so the fresh install needs nothing else.
        run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--only-binary=:all:",
                "-d",
                str(packages),
                str(wheel),
            ]
        )
        (packages / wheel.name).unlink(missing_ok=True)
        seeded = sorted(path.name for path in packages.iterdir())
        print(f"seeded the index with {len(seeded)} dependencies: {', '.join(seeded)}")

        port = free_port()
        index = f"http://127.0.0.1:{port}"
        server = [sys.executable, "-m", "pypiserver", "run", "-i", "127.0.0.1", "-p", str(port)]
        server += ["-a", ".", "-P", ".", str(packages)]  # no authentication: a throwaway loopback index
        with started(server, f"{index}/simple/", tmp / "pypiserver.log"):
            twine = [sys.executable, "-m", "twine", "upload", "--non-interactive", "--disable-progress-bar"]
            run([*twine, "--repository-url", f"{index}/", "-u", "release-check", "-p", "unused", str(wheel)])
            listed = urllib.request.urlopen(f"{index}/simple/voucherify-orders/", timeout=5).read().decode()
            assert wheel.name in listed, listed
            print(f"uploaded {wheel.name} to {index} with twine")

            venv = tmp / "venv"
            run([sys.executable, "-m", "venv", str(venv)])
            python = str(venv / "bin" / "python")
            requirement = version_range(version)
            out = run(
                [
                    python,
                    "-m",
                    "pip",
                    "install",
                    "--no-cache-dir",
                    "--index-url",
                    f"{index}/simple/",
                    requirement,
                ],
                env=isolated_pip_env(),
            )
            indexes = [line for line in out.splitlines() if "Looking in" in line]
            assert indexes == [f"Looking in indexes: {index}/simple/"], indexes
            installed = json.loads(
                run([python, "-m", "pip", "list", "--format=json"], env=isolated_pip_env())
            )
            names = sorted(f"{item['name']}=={item['version']}" for item in installed)
            assert f"voucherify-orders=={version}" in names, names
            print(f"installed {requirement!r} from {index}/simple/ alone: {', '.join(names)}")

            cli = subprocess.run(
                [str(venv / "bin" / "voucherify-orders"), "--help"],
                capture_output=True,
                text=True,
                check=False,
            )
            assert cli.returncode == 2, (cli.returncode, cli.stderr)
            assert len(cli.stderr.splitlines()) == 1, cli.stderr
            assert "voucherify-orders[cli]" in cli.stderr, cli.stderr
            assert not cli.stdout, cli.stdout
            print(f"base install: voucherify-orders --help exits 2 with: {cli.stderr.strip()}")

        emulator_port = free_port()
        emulator = [
            str(Path(sys.executable).parent / "voucherify-orders"),  # this environment has the extras
            "emulator", "--port", str(emulator_port), "--app-id", APP_ID, "--secret-key", SECRET,
        ]  # fmt: skip
        emulator_url = f"http://127.0.0.1:{emulator_port}"
        with started(emulator, f"{emulator_url}/v1/orders", tmp / "emulator.log"):
            print(run([python, "-c", USE_IT, str(payloads), emulator_url]), end="")
    with zipfile.ZipFile(wheel) as archive:
        licence = [name for name in archive.namelist() if re.search(r"\.dist-info/licenses/LICENSE$", name)]
    print(f"release check passed for {wheel.name} (licence file: {licence[0] if licence else 'none'})")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
