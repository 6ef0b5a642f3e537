"""The import checkpoint as a user meets it: its messages, its file on disk and its lock.

Each test here kills mutants of overrides/voucherify_orders/_import.py that `nox -s mutants`
found alive (issue 18, item 6): the full text of every refusal (pytest's `match` searches, so a
mangled message still matched), a checkpoint fsynced before it replaces the old one, the lock's
file descriptors closed, an empty or all-invalid import with a checkpoint, and the lock on
Windows (through a stand-in `msvcrt`: no CI runs there).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import itertools
import json
import os
import stat
import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from voucherify_orders import CheckpointError, ImportProgress, ImportReport, ParameterError, Voucherify

from tests.conftest import make_client, read_checkpoint

POSIX_LOCKS = pytest.mark.skipif(sys.platform == "win32", reason="flock is POSIX")
PROC_FDS = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts fds in /proc/self/fd")


def order(source_id: Any, **fields: Any) -> dict[str, Any]:
    return {"source_id": source_id, "status": "PAID", "amount": 100, **fields}


def accept(request: httpx.Request) -> httpx.Response:
    """Every import call accepted, every order of it imported."""
    if request.url.path == "/v1/orders/import":  # the action's id tells how many orders it holds
        return httpx.Response(200, json={"async_action_id": f"aa_{len(json.loads(request.content))}"})
    action_id = request.url.path.rsplit("/", 1)[1]
    done = {"status": "DONE", "result": {"done_count": int(action_id[3:]), "failed": []}}
    return httpx.Response(
        200, json={"id": action_id, "object": "async_action", "type": "ORDERS.IMPORT", **done}
    )


def interrupt_after(submitted: int) -> Callable[[ImportProgress], None]:
    def on_progress(event: ImportProgress) -> None:
        if event.submitted >= submitted:
            raise KeyboardInterrupt

    return on_progress


def interrupted(client: Voucherify, source: Any, checkpoint: Path) -> None:
    """An import of `source` (chunks of 2) stopped after its first chunk: the checkpoint stays."""
    with pytest.raises(KeyboardInterrupt):
        client.orders.import_orders(
            source, chunk_size=2, checkpoint=checkpoint, on_progress=interrupt_after(4)
        )
    assert checkpoint.exists()


def refusal(client: Voucherify, source: Any, checkpoint: Path) -> str:
    with pytest.raises(CheckpointError) as caught:
        client.orders.import_orders(source, chunk_size=2, checkpoint=checkpoint)
    assert caught.value.path == str(checkpoint)
    assert str(caught.value) == f"the checkpoint {checkpoint} {caught.value.problem}"
    return caught.value.problem


def fds_on(path: Path) -> int:
    """How many of this process's file descriptors are open on `path` (or on it, deleted)."""
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):  # the listing's own descriptor, closed by now
            count += os.readlink(f"/proc/self/fd/{fd}").startswith(str(path))
    return count


FOUR = [order("a"), order("b"), order("c"), order("d")]


# -- what a refusal says -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (
            b'{"format": "voucherify-orders import checkpoint", "vers',
            "is corrupt (not JSON: truncated?); delete it to start over",
        ),
        (
            b'{"version": 1, "chunk_size": 100, "chunks": {}}',
            "was written by an older version and cannot be resumed safely; delete it",
        ),
        # Another tool's file that happens to say version 1 is not taken for our old format.
        (b'{"version": 1, "format": "some other tool"}', "is not an import checkpoint of voucherify-orders"),
        (
            b'{"format": "voucherify-orders import checkpoint", "version": 3, '
            b'"source": {"kind": "iterable"}, "chunk_size": 2, "options": {}, '
            b'"chunks": {"0": {"fingerprint": "f", "state": "done", '
            b'"batch": null, "actions": [], "failed": [], "imported": "2"}}}',
            "is corrupt (TypeError: a field has the wrong type); delete it to start over",
        ),
    ],
)
def test_an_unusable_checkpoint_says_why_in_full(tmp_path: Path, content: bytes, problem: str) -> None:
    checkpoint = tmp_path / "orders.ckpt"
    checkpoint.write_bytes(content)
    with make_client(accept) as client:
        assert refusal(client, FOUR, checkpoint) == problem
    assert checkpoint.read_bytes() == content
    assert not Path(f"{checkpoint}.lock").exists()  # a refused import leaves no lock file


def test_a_checkpoint_names_the_input_it_belongs_to(tmp_path: Path) -> None:
    checkpoint = tmp_path / "orders.ckpt"
    first, second = tmp_path / "first.ndjson", tmp_path / "second.ndjson"
    first.write_text("".join(json.dumps(o) + "\n" for o in FOUR))
    second.write_text("".join(json.dumps(o) + "\n" for o in FOUR[:3]))

    def named(path: Path, when: str = "was then") -> str:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        return f"the file {path.resolve()} as it {when} (SHA-256 {digest[:12]}...)"

    with make_client(accept) as client:
        interrupted(client, first, checkpoint)
        assert refusal(client, second, checkpoint) == (
            f"belongs to another input ({named(first)}), not {named(second, 'is now')}: "
            "resume with that input, or delete the checkpoint to start over"
        )
        assert refusal(client, iter(FOUR), checkpoint).startswith(
            f"belongs to another input ({named(first)}), not an iterable of orders: "
        )
        # A refused import leaves no lock file behind (it held the lock, so nobody else used it).
        assert not Path(f"{checkpoint}.lock").exists()
        assert client.orders.import_orders(first, chunk_size=2, checkpoint=checkpoint).imported == 4


def test_standard_input_is_its_own_kind_of_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    checkpoint = tmp_path / "orders.ckpt"
    ndjson = "".join(json.dumps(o) + "\n" for o in FOUR).encode()
    monkeypatch.chdir(tmp_path)  # "-" is never a file's name, even where such a file exists
    (tmp_path / "-").write_bytes(b"not orders")
    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=io.BytesIO(ndjson)))
    with make_client(accept) as client:
        interrupted(client, "-", checkpoint)
        assert refusal(client, iter(FOUR), checkpoint).startswith(
            "belongs to another input (standard input), not an iterable of orders: "
        )
        monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=io.BytesIO(ndjson)))
        report = client.orders.import_orders("-", chunk_size=2, checkpoint=checkpoint)
        assert report.imported == 4 and report.resumed_chunks == 2
        interrupted(client, iter(FOUR), checkpoint)
        assert refusal(client, "-", checkpoint).startswith(
            "belongs to another input (an iterable of orders), not standard input: "
        )


def test_a_checkpoint_written_for_another_api_names_it(tmp_path: Path) -> None:
    checkpoint = tmp_path / "orders.ckpt"
    sent: list[str] = []

    def counting(request: httpx.Request) -> httpx.Response:
        sent.append(str(request.url))
        return accept(request)

    with make_client(counting, base_url="https://one.example") as client:
        interrupted(client, iter(FOUR), checkpoint)
    api_url = read_checkpoint(checkpoint)["options"]["api_url"]
    assert "one.example" in api_url
    calls = len(sent)
    with make_client(counting, base_url="https://two.example") as client:
        assert refusal(client, iter(FOUR), checkpoint) == f"was written for an import to {api_url}"
    assert len(sent) == calls  # nothing sent


def test_a_checkpoint_written_for_another_project_on_the_same_api_is_refused(tmp_path: Path) -> None:
    # Before: resumed, and the chunks the other project received counted as imported into this
    # one (the CLI's "imported 40, failed 0", exit 0, with 10 of them missing). Found by a witness.
    checkpoint = tmp_path / "orders.ckpt"
    sent: list[str] = []

    def counting(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers["x-app-id"])
        return accept(request)

    with make_client(counting) as client:
        interrupted(client, iter(FOUR), checkpoint)
    with Voucherify("another-app", "its-key", transport=httpx.MockTransport(counting)) as other:
        assert refusal(other, iter(FOUR), checkpoint) == (
            "was written for an import into another project (another app id): resume with that "
            "project's credentials, or delete the checkpoint to start over"
        )
    assert "another-app" not in sent  # nothing sent
    with make_client(counting) as client:  # the project it was written for resumes it
        report = client.orders.import_orders(iter(FOUR), chunk_size=2, checkpoint=checkpoint)
    assert report.imported == 4 and not checkpoint.exists()


def test_a_checkpoint_that_does_not_name_its_project_is_refused(tmp_path: Path) -> None:
    checkpoint = tmp_path / "orders.ckpt"
    with make_client(accept) as client:
        interrupted(client, iter(FOUR), checkpoint)
    saved = read_checkpoint(checkpoint)
    del saved["options"]["application"]  # as 0.3.1 wrote it: its format 2
    checkpoint.write_text(json.dumps({**saved, "version": 2}))
    with make_client(accept) as client:
        assert refusal(client, iter(FOUR), checkpoint) == (
            "was written by version 0.3.1 or earlier, which did not record the project it imports "
            "to: resume with that version, or delete the checkpoint to start over"
        )


def test_each_save_appends_one_line_and_the_file_reads_back_as_the_whole_state(tmp_path: Path) -> None:
    # Each save wrote the whole file: an import's cost grew with the square of its chunks.
    from voucherify_orders import _import

    checkpoint = tmp_path / "orders.ckpt"
    saves: list[tuple[bytes, dict[str, Any]]] = []
    real_save = _import._Checkpoint.save

    def save(self: Any) -> None:
        real_save(self)
        saves.append((checkpoint.read_bytes(), _import.asdict(self.state)))

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_import._Checkpoint, "save", save)
        with make_client(accept) as client:
            client.orders.import_orders(iter([*FOUR, order("e")]), chunk_size=2, checkpoint=checkpoint)
    assert len(saves) >= 9  # three chunks, each saved as it is sent, accepted and done
    assert saves[0][0].count(b"\n") == 2  # the import's own line, then the first chunk's
    for (before, _), (after, _) in itertools.pairwise(saves):
        assert after.startswith(before) and after.count(b"\n") == before.count(b"\n") + 1
    for text, whole in saves:
        assert _import.asdict(_import._parse(checkpoint, text)) == whole


def test_a_save_encodes_only_the_chunk_it_records(tmp_path: Path) -> None:
    # Every chunk was encoded again on every save: 1,000 chunks of one order took 34 s.
    from voucherify_orders import _import

    encoded: list[dict[str, Any]] = []
    real_asdict = _import.asdict

    def counting(record: Any) -> Any:
        encoded.append(real_asdict(record))
        return encoded[-1]

    orders = [order(str(n)) for n in range(12)]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_import, "asdict", counting)
        with make_client(accept) as client:
            report = client.orders.import_orders(orders, chunk_size=1, checkpoint=tmp_path / "orders.ckpt")
    assert report.imported == 12
    # Each save encodes the one chunk it records: once being sent, once sent, once done.
    assert len(encoded) == 3 * 12
    assert sum(record["state"] == "done" for record in encoded) == 12


def test_a_checkpoint_in_a_missing_folder_cannot_be_locked(tmp_path: Path) -> None:
    checkpoint = tmp_path / "no such folder" / "orders.ckpt"
    with make_client(accept) as client:
        assert refusal(client, FOUR, checkpoint) == (
            f"cannot be locked ({checkpoint}.lock: No such file or directory)"
        )


def test_a_missing_input_file_is_named_and_lets_go_of_the_checkpoint(tmp_path: Path) -> None:
    checkpoint, missing = tmp_path / "orders.ckpt", tmp_path / "missing.ndjson"
    with make_client(accept) as client:
        for _ in range(2):  # the lock taken for the first attempt was let go
            with pytest.raises(ParameterError) as caught:
                client.orders.import_orders(missing, chunk_size=2, checkpoint=checkpoint)
            assert caught.value.parameter == "orders"
            assert str(caught.value) == f"orders: cannot read {missing}: No such file or directory"
    assert not checkpoint.exists()


def test_a_checkpoint_in_use_by_this_process_says_so_in_full(tmp_path: Path) -> None:
    # The first import's progress callback starts a second import on the same checkpoint.
    checkpoint = tmp_path / "orders.ckpt"
    problems: list[str] = []

    with make_client(accept) as client, make_client(accept) as other:

        def second(event: ImportProgress) -> None:
            if not problems:
                problems.append(refusal(other, FOUR, checkpoint))

        report = client.orders.import_orders(FOUR, chunk_size=2, checkpoint=checkpoint, on_progress=second)
    assert problems == ["is held by another import running in this process (another thread or task)"]
    assert report.imported == 4


# -- the lock ----------------------------------------------------------------------------------------


@POSIX_LOCKS
@PROC_FDS
def test_a_checkpoint_locked_elsewhere_is_refused_and_leaves_no_descriptor_open(tmp_path: Path) -> None:
    import fcntl

    checkpoint = tmp_path / "orders.ckpt"
    with make_client(accept) as client:
        # A finished import here first: its lock is no longer this process's.
        assert client.orders.import_orders(FOUR, chunk_size=2, checkpoint=checkpoint).imported == 4
        other = os.open(f"{checkpoint}.lock", os.O_RDWR | os.O_CREAT, 0o644)  # another import's lock
        try:
            fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
            for _ in range(3):
                assert refusal(client, FOUR, checkpoint) == (
                    "is held by another import running now: wait for it, or stop it"
                )
            assert fds_on(Path(f"{checkpoint}.lock")) == 1  # the other import's, no more
        finally:
            os.close(other)
        assert client.orders.import_orders(FOUR, chunk_size=2, checkpoint=checkpoint).imported == 4


@POSIX_LOCKS
@PROC_FDS
def test_a_lock_file_removed_while_being_locked_is_locked_anew_without_a_leak(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Between opening the lock file and locking it, the import that held it finished and
    # removed it: the lock taken is on a file nobody else will see, so it is taken anew.
    import fcntl

    checkpoint = tmp_path / "orders.ckpt"
    lock = Path(f"{checkpoint}.lock")
    real_flock = fcntl.flock
    flocks: list[int] = []

    def flock(fd: int, operation: int) -> None:
        flocks.append(fd)
        if len(flocks) == 1:
            lock.unlink()
        real_flock(fd, operation)

    with make_client(accept) as client:
        monkeypatch.setattr(fcntl, "flock", flock)
        report = client.orders.import_orders(FOUR, chunk_size=2, checkpoint=checkpoint)
        monkeypatch.undo()
        assert fds_on(lock) == 0
    assert len(flocks) == 2 and report.imported == 4 and not lock.exists()


def test_a_lock_file_is_not_executable(tmp_path: Path) -> None:
    checkpoint = tmp_path / "orders.ckpt"
    with make_client(accept) as client:
        interrupted(client, iter(FOUR), checkpoint)
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(os.stat(f"{checkpoint}.lock").st_mode) == 0o644 & ~umask


def test_a_lock_file_removed_by_hand_meanwhile_does_not_cost_the_report(tmp_path: Path) -> None:
    checkpoint = tmp_path / "orders.ckpt"
    lock = Path(f"{checkpoint}.lock")

    def remove(event: ImportProgress) -> None:
        lock.unlink(missing_ok=True)

    with make_client(accept) as client:
        report = client.orders.import_orders(FOUR, chunk_size=2, checkpoint=checkpoint, on_progress=remove)
    assert report.imported == 4 and not checkpoint.exists() and not lock.exists()


@pytest.mark.parametrize("orders", [[], [order("a", amount="lots"), order("b", status=7)]])
def test_an_import_that_sends_nothing_still_finishes_and_cleans_up(tmp_path: Path, orders: list[Any]) -> None:
    # No chunk to send: the checkpoint was never written, and there is nothing to remove.
    checkpoint = tmp_path / "orders.ckpt"
    with make_client(accept) as client:
        report = client.orders.import_orders(orders, chunk_size=2, checkpoint=checkpoint)
    assert report.read == len(orders) == report.refused and report.accounted_for
    assert sorted(os.listdir(tmp_path)) == []


# -- the file on disk ------------------------------------------------------------------------------


def test_each_checkpoint_is_on_disk_before_the_next_call(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Written whole, flushed and fsynced as a temporary file, then moved over the checkpoint;
    # from then on a line appended and fsynced: a crash (of the machine, not only the process)
    # never loses what a call sent since relies on.
    checkpoint = tmp_path / "orders.ckpt"
    real_fsync, real_replace = os.fsync, os.replace
    synced: dict[int, int] = {}  # inode -> its size when fsynced
    replaced: list[tuple[int | None, int]] = []  # (size when fsynced, size when moved)
    at_calls: list[tuple[int | None, int]] = []  # (size when fsynced, size) at each call

    def fsync(fd: int) -> None:
        info = os.fstat(fd)
        synced[info.st_ino] = info.st_size
        real_fsync(fd)

    def replace(src: Any, dst: Any) -> None:
        if Path(dst) == checkpoint:
            info = os.stat(src)
            replaced.append((synced.get(info.st_ino), info.st_size))
        real_replace(src, dst)

    def sending(request: httpx.Request) -> httpx.Response:
        info = os.stat(checkpoint)
        at_calls.append((synced.get(info.st_ino), info.st_size))
        return accept(request)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    with make_client(sending) as client:
        interrupted(client, iter(FOUR), checkpoint)
    assert len(replaced) == 1 and replaced[0][0] == replaced[0][1] > 0  # the first save only
    assert len(at_calls) >= 2  # an import call and its async action
    assert all(size_synced == size for size_synced, size in at_calls)
    assert sorted(os.listdir(tmp_path)) == ["orders.ckpt", "orders.ckpt.lock"]  # no temporary file left


def test_a_last_line_cut_short_is_left_out_and_the_next_save_writes_the_file_anew(tmp_path: Path) -> None:
    # A crash while a line was appended leaves it without its line end; what it recorded was not
    # sent yet (a call goes only once its line is on disk), so the import resumes without it.
    checkpoint = tmp_path / "orders.ckpt"
    with make_client(accept) as client:
        interrupted(client, iter(FOUR), checkpoint)
    kept = read_checkpoint(checkpoint)
    assert len(checkpoint.read_bytes().splitlines()) > 2  # the first chunk's history
    with checkpoint.open("ab") as handle:
        handle.write(b'{"chunk": "1", "fingerprint": "0f", "state": "sen')
    resumed: list[dict[str, Any]] = []

    def look(event: ImportProgress) -> None:
        if event.processed == 4 and not resumed:  # the second chunk done: the resume's only save
            resumed.append(read_checkpoint(checkpoint))
            assert len(checkpoint.read_bytes().splitlines()) == 3  # the file written anew

    with make_client(accept) as client:
        report = client.orders.import_orders(
            iter(FOUR), chunk_size=2, checkpoint=checkpoint, on_progress=look
        )
    # Both chunks were sent (the second one's action not yet waited for), and each only once.
    assert report.imported == 4 and report.resumed_chunks == 2 and not checkpoint.exists()
    assert report.async_action_ids == ["aa_2", "aa_2"]
    assert resumed and resumed[0]["chunks"]["0"] == kept["chunks"]["0"]


def test_a_line_that_is_not_json_before_the_last_is_corrupt(tmp_path: Path) -> None:
    checkpoint = tmp_path / "orders.ckpt"
    with make_client(accept) as client:
        interrupted(client, iter(FOUR), checkpoint)
    lines = checkpoint.read_bytes().splitlines(keepends=True)
    checkpoint.write_bytes(b"".join([*lines[:2], b'{"chunk": "0", "fin\n', *lines[2:]]))
    with make_client(accept) as client:
        assert refusal(client, iter(FOUR), checkpoint) == (
            "is corrupt (ValueError: line 3 is not JSON); delete it to start over"
        )


def test_a_checkpoint_written_by_0_4_0_as_one_document_resumes(tmp_path: Path) -> None:
    checkpoint = tmp_path / "orders.ckpt"
    with make_client(accept) as client:
        interrupted(client, iter(FOUR), checkpoint)
    checkpoint.write_text(json.dumps({**read_checkpoint(checkpoint), "version": 3}))  # no line end
    with make_client(accept) as client:
        report = client.orders.import_orders(iter(FOUR), chunk_size=2, checkpoint=checkpoint)
    assert report.imported == 4 and report.resumed_chunks == 2 and not checkpoint.exists()
    assert report.async_action_ids == ["aa_2", "aa_2"]  # neither chunk sent again


# -- the lock on Windows, through a stand-in msvcrt -------------------------------------------------


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int, int]]:
    """sys.platform is "win32", and msvcrt.locking refuses a file another descriptor has locked."""
    calls: list[tuple[int, int, int]] = []
    held: dict[int, int] = {}  # inode -> the descriptor holding it

    def locking(fd: int, mode: int, nbytes: int) -> None:
        calls.append((fd, mode, nbytes))
        inode = os.fstat(fd).st_ino
        holder = held.get(inode)
        if holder is not None and holder != fd:
            try:
                alive = os.fstat(holder).st_ino == inode
            except OSError:
                alive = False
            if alive:
                raise PermissionError(13, "Permission denied")
        held[inode] = fd

    msvcrt = types.ModuleType("msvcrt")
    msvcrt.LK_NBLCK = 2  # type: ignore[attr-defined]
    msvcrt.locking = locking  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "msvcrt", msvcrt)
    monkeypatch.setattr(sys, "platform", "win32")
    return calls


def test_on_windows_a_checkpoint_is_locked_with_msvcrt(tmp_path: Path, windows: list[Any]) -> None:
    checkpoint = tmp_path / "orders.ckpt"
    problems: list[str] = []
    with make_client(accept) as client, make_client(accept) as other:

        def second(event: ImportProgress) -> None:
            if not problems:
                problems.append(refusal(other, FOUR, checkpoint))

        report: ImportReport = client.orders.import_orders(
            FOUR, chunk_size=2, checkpoint=checkpoint, on_progress=second
        )
    assert report.imported == 4
    assert problems == ["is held by another import running in this process (another thread or task)"]
    assert [mode for _, mode, _ in windows] == [2, 2]  # non-blocking, never waiting for the holder


@POSIX_LOCKS
def test_the_checkpoint_rename_is_made_durable_before_the_next_call(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checkpoint = tmp_path / "orders.ckpt"
    real_fsync, real_replace = os.fsync, os.replace
    events: list[str] = []
    folder = os.stat(tmp_path).st_ino

    def fsync(fd: int) -> None:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode) and info.st_ino == folder:
            events.append("folder synced")
        real_fsync(fd)

    def replace(src: Any, dst: Any) -> None:
        real_replace(src, dst)
        if Path(dst) == checkpoint:
            events.append("replaced")

    def sending(request: httpx.Request) -> httpx.Response:
        events.append("sent")
        return accept(request)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    with make_client(sending) as client:
        interrupted(client, iter(FOUR), checkpoint)
    assert events.count("replaced") == 1 and events.count("sent") >= 2
    for before, after in itertools.pairwise(events):
        assert before != "replaced" or after == "folder synced"


@PROC_FDS
@POSIX_LOCKS
def test_an_import_leaves_no_descriptor_open_in_its_checkpoint_folder(tmp_path: Path) -> None:
    checkpoint = tmp_path / "orders.ckpt"
    with make_client(accept) as client:
        report = client.orders.import_orders(FOUR, chunk_size=2, checkpoint=checkpoint)
    assert report.imported == 4
    assert fds_on(tmp_path) == 0  # the folder itself (opened to sync it) included


def test_on_windows_the_folder_is_not_opened_to_sync_it(
    tmp_path: Path, windows: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Windows cannot open a folder (and makes a replace durable itself).
    opened: list[str] = []
    real_open = os.open

    def spying_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(path) == tmp_path:
            opened.append(str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", spying_open)
    with make_client(accept) as client:
        report = client.orders.import_orders(FOUR, chunk_size=2, checkpoint=tmp_path / "orders.ckpt")
    assert report.imported == 4
    assert opened == []


@pytest.mark.parametrize(
    ("shorter", "said"),
    [
        ([], "records chunk 1, and this input ends before it (its chunks: 0)"),
        (FOUR[:1], "chunk 1 of this one differs from the one recorded"),  # a chunk cut short
        (FOUR[:2], "records chunk 2, and this input ends before it (its chunks: 1)"),
    ],
)
def test_an_input_ending_before_a_recorded_chunk_is_refused_and_the_checkpoint_kept(
    tmp_path: Path, shorter: list[dict[str, Any]], said: str
) -> None:
    # A resume of a standard-input import with stdin left empty (a pipe forgotten) finished at
    # once and deleted the checkpoint, with its chunk in flight. Found by a witness.
    checkpoint = tmp_path / "orders.ckpt"
    with make_client(accept) as client:
        interrupted(client, iter(FOUR), checkpoint)
        recorded = checkpoint.read_bytes()
        problem = refusal(client, iter(shorter), checkpoint)
        assert said in problem
        assert checkpoint.read_bytes() == recorded
        assert client.orders.import_orders(iter(FOUR), chunk_size=2, checkpoint=checkpoint).imported == 4


# -- the clean-up when a checkpoint cannot be opened or saved --------------------------------------


def test_a_lock_file_removed_by_hand_before_a_refusal_still_gives_the_refusal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pins that a refusal's clean-up takes a lock file already gone (removed by hand while the
    # input was read): the caller gets the CheckpointError, not a FileNotFoundError.
    checkpoint, source = tmp_path / "orders.ckpt", tmp_path / "orders.ndjson"
    checkpoint.write_bytes(b"not JSON")
    source.write_text("".join(json.dumps(o) + "\n" for o in FOUR))
    real_digest = hashlib.file_digest

    def digest(handle: Any, name: str) -> Any:
        Path(f"{checkpoint}.lock").unlink()
        return real_digest(handle, name)

    monkeypatch.setattr(hashlib, "file_digest", digest)
    with make_client(accept) as client:
        assert (
            refusal(client, source, checkpoint)
            == "is corrupt (not JSON: truncated?); delete it to start over"
        )
    assert not Path(f"{checkpoint}.lock").exists()


@POSIX_LOCKS
def test_a_refused_import_lets_go_of_its_lock(tmp_path: Path) -> None:
    # Pins that a refused import lets go of its lock: when another process holds it later, the
    # next import here is told to wait for that one, not that this process holds it.
    import fcntl

    checkpoint = tmp_path / "orders.ckpt"
    checkpoint.write_bytes(b"not JSON")
    with make_client(accept) as client:
        assert refusal(client, FOUR, checkpoint).startswith("is corrupt")
        other = os.open(f"{checkpoint}.lock", os.O_RDWR | os.O_CREAT, 0o644)  # another import's lock
        try:
            fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
            assert refusal(client, FOUR, checkpoint) == (
                "is held by another import running now: wait for it, or stop it"
            )
        finally:
            os.close(other)


def test_a_ctrl_c_just_after_a_checkpoint_is_moved_into_place_is_still_a_ctrl_c(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pins that the clean-up of a save interrupted after its move (the temporary file already
    # gone) lets the KeyboardInterrupt through, not a FileNotFoundError of its own.
    checkpoint = tmp_path / "orders.ckpt"
    real_replace = os.replace

    def replace(src: Any, dst: Any) -> None:
        real_replace(src, dst)
        if Path(dst) == checkpoint:
            raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", replace)
    with make_client(accept) as client, pytest.raises(KeyboardInterrupt):
        client.orders.import_orders(FOUR, chunk_size=2, checkpoint=checkpoint)
    assert sorted(os.listdir(tmp_path)) == ["orders.ckpt", "orders.ckpt.lock"]
    monkeypatch.undo()
    with make_client(accept) as client:
        report = client.orders.import_orders(FOUR, chunk_size=2, checkpoint=checkpoint)
    assert report.imported == 4 and report.resumed_chunks == 1 and not checkpoint.exists()


def test_a_checkpoint_that_cannot_be_saved_stops_the_import_before_it_sends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pins that a failed save is raised, never swallowed: no chunk goes out unless it was
    # recorded as in flight first (else a resume could send it twice or forget it).
    checkpoint = tmp_path / "orders.ckpt"
    sent: list[str] = []

    def counting(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.path)
        return accept(request)

    def full(src: Any, dst: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with make_client(counting) as client, pytest.raises(CheckpointError) as caught:
        client.orders.import_orders(FOUR, chunk_size=2, checkpoint=checkpoint)
    assert caught.value.problem == (
        "could not be written (No space left on device): make room, then resume the import with it "
        "(deleted, orders without id or source_id it records as sent could be stored twice)"
    )
    assert isinstance(caught.value.__cause__, OSError)
    assert sent == []
    assert sorted(os.listdir(tmp_path)) == ["orders.ckpt.lock"]  # no temporary file, no checkpoint


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        # 0.4.0's one document, with a line after it: not what 0.4.0 writes.
        (
            lambda lines: [json.dumps({**json.loads(lines[0]), "version": 3, "chunks": {}}), lines[1]],
            "ValueError: more than one line",
        ),
        # A chunk key that is no number would stop the import later, unexplained.
        (
            lambda lines: [lines[0], lines[1].replace('"chunk": "0"', '"chunk": "x"')],
            "TypeError: a field has the wrong type",
        ),
    ],
)
def test_a_journal_that_is_not_as_written_is_corrupt(tmp_path: Path, edit: Any, problem: str) -> None:
    checkpoint = tmp_path / "orders.ckpt"
    with make_client(accept) as client:
        interrupted(client, iter(FOUR), checkpoint)
    lines = checkpoint.read_text().splitlines()
    checkpoint.write_text("\n".join(edit(lines)) + "\n")
    with make_client(accept) as client:
        assert refusal(client, iter(FOUR), checkpoint) == f"is corrupt ({problem}); delete it to start over"


@pytest.mark.parametrize("finished", [True, False])
def test_an_import_closes_its_checkpoint_file(tmp_path: Path, finished: bool) -> None:
    # Left to the garbage collector, an open file is a ResourceWarning (and a descriptor held).
    import gc
    import warnings

    checkpoint = tmp_path / "orders.ckpt"
    with warnings.catch_warnings(record=True) as caught, make_client(accept) as client:
        warnings.simplefilter("always")
        if finished:
            client.orders.import_orders(iter(FOUR), chunk_size=2, checkpoint=checkpoint)
        else:
            interrupted(client, iter(FOUR), checkpoint)
        gc.collect()
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []


# -- found by witness Z2 (the journal) ---------------------------------------------------------------


class _FullDisk:
    """A journal file whose flush and close fail as on a full disk (what it holds stays unwritten)."""

    def __init__(self, real: Any) -> None:
        self._real = real

    def write(self, data: bytes) -> int:
        return len(data)

    def flush(self) -> None:
        raise OSError(28, "No space left on device")

    def fileno(self) -> int:
        return int(self._real.fileno())

    def close(self) -> None:
        self._real.close()
        raise OSError(28, "No space left on device")


def test_a_full_disk_while_appending_lets_go_of_the_checkpoint_and_it_resumes(tmp_path: Path) -> None:
    # The journal's close raised again, so its lock was held for the rest of the process: every
    # later import of it here was "held by another import running in this process".
    import builtins

    from voucherify_orders import _import

    checkpoint = tmp_path / "orders.ckpt"
    sent: list[str] = []

    def counting(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.path)
        return accept(request)

    def appending_to_a_full_disk(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        real = builtins.open(file, mode, *args, **kwargs)  # noqa: SIM115 (closed by the import)
        return _FullDisk(real) if mode == "ab" else real

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_import, "open", appending_to_a_full_disk, raising=False)
        with make_client(counting) as client, pytest.raises(CheckpointError, match="could not be written"):
            client.orders.import_orders(FOUR, chunk_size=2, checkpoint=checkpoint)
    assert sent == ["/v1/orders/import"]  # the first chunk, recorded by the file written whole
    with make_client(counting) as client:
        report = client.orders.import_orders(FOUR, chunk_size=2, checkpoint=checkpoint)
    assert report.imported == 4 and report.resumed_chunks == 1 and not checkpoint.exists()
    # Its answer was never recorded, so the first chunk is sent again: keyed, an upsert.
    assert sent.count("/v1/orders/import") == 3


@POSIX_LOCKS
def test_a_checkpoint_reached_by_a_symlink_is_locked_and_kept_as_itself(tmp_path: Path) -> None:
    # Locked by the link's own name, two imports of one checkpoint ran at once (27 orders of 30
    # stored twice); and the link was replaced by a regular file.
    real, alias = tmp_path / "orders.ckpt", tmp_path / "alias.ckpt"
    alias.symlink_to(real)
    problems: list[str] = []
    with make_client(accept) as client, make_client(accept) as other:

        def second(event: ImportProgress) -> None:
            if not problems and real.exists():
                problems.append(refusal(other, FOUR, real))
            if event.submitted >= 4:
                raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            client.orders.import_orders(FOUR, chunk_size=2, checkpoint=alias, on_progress=second)
    assert problems == ["is held by another import running in this process (another thread or task)"]
    assert alias.is_symlink() and read_checkpoint(real)["chunks"]["0"]["state"] == "done"


@pytest.mark.parametrize("where", ["folder", "/dev/null"])
def test_a_checkpoint_that_is_no_regular_file_is_refused(tmp_path: Path, where: str) -> None:
    checkpoint = tmp_path if where == "folder" else Path(where)
    if not checkpoint.exists():
        pytest.skip(f"no {where} here")
    with make_client(accept) as client:
        assert refusal(client, FOUR, checkpoint) == (
            "is not a regular file: name a file to keep the import's progress in"
        )
