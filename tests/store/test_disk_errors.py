"""When the disk says no: a full disk, a file-size limit, a read-only data folder. The coach
gets a plain sentence (a ``StoreError``), the save is not half-kept, and nothing saved before
it is touched; saving works again once there is room."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from coachapp.errors import StoreFull, StoreReadOnly
from coachapp.models import Participant
from coachapp.store.local import LocalStore
from coachapp.store.profile import DataFolder
from tests.conftest import PASSPHRASE
from tests.store.child_store import NEW_STORE
from tests.store.small_disks import read_only, small_disk, writable_again
from tests.ui.people import add_person


def people(store: LocalStore) -> set[str]:
    with store.read() as session:
        return set(session.scalars(select(Participant.id)))


def limit_pages(store: LocalStore, pages: int) -> Any:
    """Every connection of the store may grow the database to ``pages`` pages and no more:
    SQLite's own limit, which fails a write with SQLITE_FULL exactly as a full disk does."""

    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}").fetchall()

    store.engine.dispose()
    event.listen(store.engine, "connect", on_connect)
    return on_connect


def test_a_save_on_a_full_disk_says_so_and_every_earlier_save_is_kept(store: LocalStore) -> None:
    with store.read() as session:
        size = int(session.connection().exec_driver_sql("PRAGMA page_count").scalar_one())
    limit = limit_pages(store, size + 40)
    saved: list[str] = []
    with pytest.raises(StoreFull) as caught:
        for n in range(10_000):
            saved.append(add_person(store, "Full", f"Disk{n}"))
    assert saved, "the limit left no room for even one save"
    assert str(caught.value).startswith("The disk is full: this save was not kept.")
    assert "nothing saved earlier was lost" in str(caught.value)
    assert people(store) == set(saved)
    assert store.integrity_ok()

    event.remove(store.engine, "connect", limit)
    store.engine.dispose()  # space freed: new connections have no limit
    saved.append(add_person(store, "After", "Freeing"))
    assert people(store) == set(saved)


def test_a_write_past_the_file_size_limit_is_a_clear_error(tmp_path: Path) -> None:
    script = NEW_STORE + (
        "import resource\n"
        "from coachapp.errors import StoreWriteFailed\n"
        "size = max(p.stat().st_size for p in Path(sys.argv[1]).iterdir())\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (size + 300_000, resource.RLIM_INFINITY))\n"
        "saved = 0\n"
        "try:\n"
        "    while True:\n"
        "        add_person(store, 'Big', f'File{saved}')\n"
        "        saved += 1\n"
        "except StoreWriteFailed as exc:\n"
        "    print(type(exc).__name__, saved, exc)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY,) * 2)\n"
        "add_person(store, 'After', 'Limit')\n"
        "store.close()\n"
    )
    folder = DataFolder(tmp_path / "laptop")
    run = subprocess.run(
        [sys.executable, "-c", script, str(folder.path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    kind, saved, message = run.stdout.strip().split(" ", 2)
    assert kind in ("StoreWriteFailed", "StoreFull") and int(saved) > 0
    assert "this save was not kept" in message and "nothing saved earlier was lost" in message
    reopened = folder.unlock(PASSPHRASE)
    try:
        assert len(people(reopened)) == int(saved) + 1
        assert reopened.integrity_ok()
    finally:
        reopened.close()


@pytest.fixture
def read_only_folder(
    tmp_path: Path, store: LocalStore, data_folder: DataFolder
) -> Iterator[DataFolder]:
    """The coach's folder, moved onto a small disk that is then made read-only."""
    add_person(store, "Read", "Only")
    store.close()
    with small_disk(tmp_path / "ro", 16 * 1024 * 1024) as disk:
        folder = DataFolder(disk.path / "CoachApp")
        subprocess.run(["cp", "-a", str(data_folder.path), str(folder.path)], check=True)
        how = read_only(disk)
        try:
            yield folder
        finally:
            writable_again(disk, how)


def test_a_read_only_data_folder_is_told_at_unlock_and_nothing_changes(
    read_only_folder: DataFolder,
) -> None:
    before = {p.name: p.read_bytes() for p in read_only_folder.path.iterdir() if p.is_file()}
    assert read_only_folder.write_problem() is not None
    with pytest.raises(StoreReadOnly, match="cannot save anything in its data folder"):
        read_only_folder.unlock(PASSPHRASE)
    after = {p.name: p.read_bytes() for p in read_only_folder.path.iterdir() if p.is_file()}
    assert after == before


def test_the_command_line_says_read_only_instead_of_a_traceback(
    read_only_folder: DataFolder, tmp_path: Path
) -> None:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "coachapp",
            "--data-dir",
            str(read_only_folder.path),
            "--unlock",
            "--passphrase-file",
            str(secret),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2])),
    )
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert "cannot save anything in its data folder" in run.stderr
