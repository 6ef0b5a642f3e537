"""Every task of this project is a nox session: `nox --list` shows them."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import nox

nox.needs_version = ">=2025.5.1"
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_external_run = True
nox.options.sessions = ["check_generated", "lint", "typecheck", "tests"]
# Never download an interpreter: use the ones on this machine (pyenv's, see below) or none.
nox.options.download_python = "never"

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml("pyproject.toml")
HAND_WRITTEN = ["overrides", "tests", "scripts", "noxfile.py"]
PYTHONS = ["3.11", "3.12", "3.13"]  # every version the package supports (matrix-3.11 ... matrix-3.13)


def _works(python: str) -> bool:
    try:
        return subprocess.run([python, "-c", "pass"], capture_output=True, check=False).returncode == 0
    except OSError:
        return False


def _find_pyenv_interpreters() -> None:
    """Put pyenv's installed interpreters on PATH when its shims would refuse them (not the global one)."""
    root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    for version in PYTHONS:
        if shutil.which(f"python{version}") and _works(f"python{version}"):
            continue
        found = sorted(root.glob(f"{version}.*/bin/python{version}"))
        if found:
            os.environ["PATH"] = f"{found[-1].parent}{os.pathsep}{os.environ.get('PATH', '')}"


_find_pyenv_interpreters()


def group(name: str) -> list[str]:
    """The pinned requirements of one [dependency-groups] entry of pyproject.toml."""
    return list(nox.project.dependency_groups(PYPROJECT, name))


@nox.session(default=False)
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from openapi/ with the pinned generators (wholesale, reproducible)."""
    session.install(*group("codegen"))
    session.run("python", "scripts/generate.py", *session.posargs)


@nox.session
def check_generated(session: nox.Session) -> None:
    """Fail on any changed, missing or extra file under generated/ after regenerating into a temp folder."""
    session.install(*group("codegen"))
    session.run("python", "scripts/check_generated.py")


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff (check and format) on everything hand-written; zizmor on the CI workflows."""
    session.install(*group("lint"))
    session.run("ruff", "check", *HAND_WRITTEN)
    session.run("ruff", "format", "--check", *HAND_WRITTEN)
    # --offline: only the audits that need no GitHub API (none is reachable here).
    session.run("zizmor", "--offline", "--persona", "auditor", ".github/workflows")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on generated/ and on the hand-written package, and every public name typed."""
    session.install(".[all]", *group("typecheck"), *group("codegen"))
    session.run("mypy", "--strict", "generated/voucherify_orders_client")
    session.run("mypy", "--strict", "overrides/voucherify_orders", "scripts", "noxfile.py")
    session.run("python", "scripts/check_public_types.py")


@nox.session
def tests(session: nox.Session) -> None:
    """The test suite (unit, contract, end to end, reliability) against the installed package.

    Everything by default, as CI runs it; `nox -s tests -- -m "not slow"` is the quick inner loop.
    """
    session.install(".[all]", *group("tests"), *group("codegen"))
    # pytest rewrites the asserts of every pytest11 plugin's package (schemathesis, hypothesis, ...)
    # on each run unless it may cache the result as bytecode: a shell that sets PYTHONDONTWRITEBYTECODE
    # costs every run seconds. The cache lives in this session's virtualenv and tests/__pycache__.
    env = {"PYTHONDONTWRITEBYTECODE": ""}
    # Coverage ([tool.coverage] in pyproject.toml): `coverage run -m pytest` starts measuring before
    # pytest imports its pytest11 plugins, voucherify_orders' own among them (a `pytest --cov` would
    # miss every line that import runs); its `patch = ["subprocess"]` measures the Python subprocesses
    # the tests start (the console script, `python -c`), each into its own data file, combined below.
    session.run("coverage", "erase")
    # One worker per core (pytest-xdist, each measured as a subprocess); `-- -n 0` runs in one process.
    session.run("coverage", "run", "-m", "pytest", "-n", "auto", *session.posargs, env=env)
    session.run("coverage", "combine", "--quiet")
    # The floor (fail_under) is for the whole suite, as CI runs it; a selection (`-- -m "not slow"`,
    # a path) still gets the report, but no verdict on a figure it cannot reach.
    session.run("coverage", "report", *(["--fail-under=0"] if session.posargs else []))
    for tree in ("overrides", "generated"):
        part = session.run(
            "coverage", "report", f"--include={tree}/*", "--format=total", "--fail-under=0", silent=True
        )
        session.log(f"coverage of {tree}/ alone (statements and branches): {str(part).strip()}%")


@nox.session(default=False)
def mutants(session: nox.Session) -> None:
    """Mutation testing of the send loop, retries, pools, pages and imports (scripts/mutants.py); not in CI.

    `nox -s mutants` mutates the modules in scripts/mutants.py's MODULES (_retry, _core, _effects,
    _import, _order_source, _pool, _pagination), runs the tests that
    execute each mutated line against a copy of the package, and fails on a surviving mutant that
    scripts/mutants.py does not explain as equivalent. `-- _import.py` for one module, `-- --jobs 2`
    to run two mutants at a time, `-- --keep` to keep each mutant's test log, `-- --survivors` to
    re-run only the last run's survivors. Measured on this 2-core machine (shared, --jobs 1):
    _retry, _core and _effects (303 mutants) 10 minutes, _import (349) 8 minutes; too long for CI.
    """
    session.install(".[all]", *group("tests"))
    session.run("python", "scripts/mutants.py", *session.posargs)


@nox.session(python=PYTHONS, default=False)
def matrix(session: nox.Session) -> None:
    """The test suite on each supported Python (3.11, 3.12, 3.13) that this machine has."""
    session.install(".[all]", *group("tests"), *group("codegen"))
    session.run("pytest", *session.posargs)


@nox.session(default=False)
def build(session: nox.Session) -> None:
    """Build the wheel twice (must be byte-identical), check what it holds, install it fresh and import it."""
    session.install(*group("release"))
    dist = ROOT / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    digests = []
    for attempt in ("first", "second"):
        out = Path(session.create_tmp()) / f"wheel-{attempt}"
        shutil.rmtree(out, ignore_errors=True)
        session.run("python", "-m", "build", "--wheel", "--outdir", str(out), silent=True)
        wheel = next(out.glob("voucherify_orders-*.whl"))
        digests.append(hashlib.sha256(wheel.read_bytes()).hexdigest())
    if digests[0] != digests[1]:
        session.error(f"two builds of the same tree differ: {digests}")
    session.log(f"reproducible: both wheels have sha256 {digests[0]}")
    session.run("python", "-m", "build", "--wheel", "--sdist", "--outdir", str(dist))
    wheel = next(dist.glob("voucherify_orders-*.whl"))
    session.run("python", "scripts/check_wheel.py", str(wheel))
    with tempfile.TemporaryDirectory() as tmp:
        venv = Path(tmp) / "venv"
        session.run(sys.executable, "-m", "venv", str(venv), external=True)
        py = str(venv / "bin" / "python")
        session.run(py, "-m", "pip", "install", "--quiet", str(wheel), external=True)
        session.run(
            py,
            "-c",
            "import sys, voucherify_orders, voucherify_orders_client;"
            "client = voucherify_orders.Voucherify('a', 'b');"
            "assert 'pydantic' not in sys.modules, 'the client must not import pydantic';"
            "print('imported', voucherify_orders.__name__, voucherify_orders.__version__)",
            external=True,
        )


@nox.session(default=False)
def release_check(session: nox.Session) -> None:
    """Build the wheel, twine it to pypiserver on 127.0.0.1, install it from there alone, use it."""
    session.install(".[all]", *group("release"))
    out = Path(session.create_tmp()) / "release-check-dist"
    shutil.rmtree(out, ignore_errors=True)
    session.run("python", "-m", "build", "--wheel", "--outdir", str(out), silent=True)
    wheel = next(out.glob("voucherify_orders-*.whl"))
    session.run("python", "scripts/check_wheel.py", str(wheel))
    session.run("python", "scripts/release_check.py", str(wheel), *session.posargs)


@nox.session(default=False)
def spec_diff(session: nox.Session) -> None:
    """The release gate: changes since the release recorded in openapi/releases/, version, CHANGELOG.

    `-- --write-changelog` drafts the CHANGELOG section, `-- --record` records the release.
    """
    session.install(*group("specdiff"), *group("codegen"))  # the generator's names for methods
    args = session.posargs or ["--check"]
    session.run("python", "scripts/spec_diff.py", *args)


@nox.session(default=False)
def bench(session: nox.Session) -> None:
    """Benchmarks side by side with raw httpx, the official SDK and Prism; `-- --quick` for a smoke run."""
    session.install(".[all]", *group("bench"), *group("codegen"))
    prism_dir = ROOT / "bench-results" / "prism"
    if shutil.which("npm") and not (prism_dir / "node_modules" / ".bin" / "prism").exists():
        prism_dir.mkdir(parents=True, exist_ok=True)
        session.run(
            "npm",
            "install",
            "--prefix",
            str(prism_dir),
            "--no-audit",
            "--no-fund",
            "--silent",
            "@stoplight/prism-cli@5.16.0",
            external=True,
        )
    session.run("python", "scripts/bench.py", *session.posargs)


@nox.session(default=False)
def demo(session: nox.Session) -> None:
    """The main job: a tour of every endpoint against the embedded emulator."""
    session.install(".[all]")
    session.run("voucherify-orders", "demo", *session.posargs)


# -- the hosted pipeline's steps (.github/workflows); each is a session, so they run the same here ------


@nox.session(default=False)
def regen_patch(session: nox.Session) -> None:
    """Regenerate generated/ and write the difference to the file named by the first argument."""
    if not session.posargs:
        session.error("usage: nox -s regen_patch -- PATCH_FILE")
    session.install(*group("codegen"))
    session.run("python", "scripts/generate.py")
    session.run("git", "add", "--intent-to-add", "generated", external=True)
    diff = session.run("git", "diff", "--binary", "--", "generated", external=True, silent=True)
    Path(session.posargs[0]).write_text(str(diff or ""))
    session.log("generated/ is up to date" if not diff else f"generated/ changed: {session.posargs[0]}")


@nox.session(default=False, venv_backend="none")
def regen_pr(session: nox.Session) -> None:
    """Open or update the regeneration pull request from a regen_patch file (needs git, gh, REGEN_PR_TOKEN).

    Without the token it fails and prints the difference instead: a pull request opened with the
    workflow's own GITHUB_TOKEN would trigger no checks, so it would sit there unverified.
    """
    if not session.posargs:
        session.error("usage: nox -s regen_pr -- PATCH_FILE")
    patch = Path(session.posargs[0])
    if not patch.read_text().strip():
        session.log("generated/ matches the spec: no pull request needed")
        return
    token = os.environ.get("REGEN_PR_TOKEN", "")
    if not token:
        print(patch.read_text())
        session.error(
            "generated/ does not match the spec, config and templates on main (difference above); "
            "set the REGEN_PR_TOKEN secret to have CI open the pull request, or run nox -s generate"
        )
    branch = "regenerate/generated"
    base = os.environ.get("GITHUB_SHA", "HEAD")[:12]
    git = ("git", "-c", "user.name=voucherify-orders regeneration", "-c", "user.email=regeneration@invalid")
    session.run(*git, "switch", "--force-create", branch, external=True)
    session.run(*git, "apply", "--index", str(patch), external=True)
    session.run(*git, "commit", "--quiet", "-m", f"Regenerate generated/ for {base}", external=True)
    remote = f"https://x-access-token:{token}@github.com/{os.environ['GITHUB_REPOSITORY']}.git"
    session.run("git", "push", "--force", "--quiet", remote, f"HEAD:{branch}", external=True, silent=True)
    env = {"GH_TOKEN": token}
    found = session.run(
        "gh", "pr", "list", "--head", branch, "--state", "open", "--json", "number", "--jq", ".[].number",
        external=True, silent=True, env=env,
    )  # fmt: skip
    body = (
        "The spec, generator config or templates on main changed without a matching generated/. "
        "This pull request holds the regenerated tree. Review it like any change: CI runs the "
        "release gate (nox -s spec_diff), which asks for a version bump and a CHANGELOG section "
        "if the regeneration changes what pinned teams see."
    )
    if str(found or "").strip():
        session.run("gh", "pr", "edit", branch, "--body", body, external=True, env=env)
    else:
        title = f"Regenerate generated/ for {base}"
        session.run(
            "gh", "pr", "create", "--head", branch, "--base", "main", "--title", title, "--body", body,
            external=True, env=env,
        )  # fmt: skip


@nox.session(default=False, venv_backend="none")
def release_tag(session: nox.Session) -> None:
    """Fail unless the tag given as the first argument is v<the version in pyproject.toml>."""
    version = PYPROJECT["project"]["version"]
    tag = session.posargs[0] if session.posargs else ""
    if tag != f"v{version}":
        session.error(f"tag {tag!r} does not match the package version {version} (expected v{version})")
    session.log(f"tag {tag} matches the package version")


@nox.session(default=False)
def publish(session: nox.Session) -> None:
    """Upload the wheels in the folder given as the first argument with twine.

    The index comes from TWINE_REPOSITORY_URL, TWINE_USERNAME and TWINE_PASSWORD (CI secrets).
    """
    if not session.posargs:
        session.error("usage: nox -s publish -- DIST_FOLDER")
    for name in ("TWINE_REPOSITORY_URL", "TWINE_USERNAME", "TWINE_PASSWORD"):
        if not os.environ.get(name):
            session.error(f"{name} is not set: publishing needs the internal index's URL and credentials")
    wheels = sorted(str(path) for path in Path(session.posargs[0]).glob("voucherify_orders-*.whl"))
    if len(wheels) != 1:
        session.error(f"expected one wheel in {session.posargs[0]}, found {wheels}")
    session.install(*group("release"))
    session.run("python", "scripts/check_wheel.py", wheels[0])
    session.run("twine", "upload", "--non-interactive", "--disable-progress-bar", wheels[0])
