"""Laptops with damaged or foreign files, for ``prove/test_corrupt.py``.

``make_template`` provisions one laptop against the live server, records casework and syncs
it. Every trial takes its own copy, records a few saves it does not sync
(``laptop_with_unsynced_saves``: locked cleanly, or as power loss leaves it, with those saves
still in the WAL) and damages it; ``KINDS`` says how, one way per kind.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import sqlite3
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from coachapp.demo.reference import demo_program
from coachapp.ids import uuid7
from coachapp.services import notes
from coachapp.store import integrity
from coachapp.store.profile import DataFolder, Identity
from sync import provision
from tests.conftest import FAST_KDF
from tests.server.live import ORG_CODE, PASSWORD, LiveServer
from tests.ui.people import add_person

FRAME = 24 + integrity.PAGE_SIZE
UNSYNCED_SAVES = 3


@dataclass(frozen=True)
class Templates:
    locked: Path  # a provisioned laptop, synced and locked cleanly
    synced_ids: tuple[str, ...]


def sign_up(live: LiveServer, folder: Path) -> provision.Connection:
    return provision.provision(
        DataFolder(folder),
        server_url=live.url,
        org=ORG_CODE,
        username="demo.coach",
        password=PASSWORD,
        device_name="proof laptop",
        kdf=FAST_KDF,
    )


def make_template(live: LiveServer, root: Path) -> Templates:
    laptop = sign_up(live, root / "provisioned")
    synced = [add_person(laptop.store, "Synced", f"Before{n}") for n in range(2)]
    notes.add_note(
        laptop.store, participant_id=synced[0], body="Met at the branch", mode="in_person"
    )
    laptop.sync()
    laptop.close()
    return Templates(laptop.folder.path, tuple(synced))


def laptop_with_unsynced_saves(
    template: Path, to: Path, *, crashed: bool
) -> tuple[DataFolder, tuple[str, ...]]:
    """A copy of the laptop with ``UNSYNCED_SAVES`` saves of its own, not synced: locked
    cleanly, or (``crashed``) as power loss leaves it, the saves still in the WAL."""
    shutil.copytree(template, to)
    folder = DataFolder(to)
    store = folder.unlock(PASSWORD)
    store.checkpoint()
    ids = tuple(add_person(store, "Unsynced", f"{to.name}{n}") for n in range(UNSYNCED_SAVES))
    db, wal, shm = folder.database_files()
    on_disk = {path: path.read_bytes() for path in (db, wal)} if crashed else {}
    store.close()  # a clean lock folds the WAL in: put back the files as they were before
    for path, data in on_disk.items():
        path.write_bytes(data)
    if crashed:
        shm.unlink(missing_ok=True)
    return folder, ids


def copy_of(template: Path, to: Path) -> DataFolder:
    shutil.copytree(template, to)
    return DataFolder(to)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def data_files(folder: DataFolder) -> dict[str, str]:
    """The files that hold data, by name → hash (the -shm is an index SQLite rebuilds)."""
    paths = (folder.database_path, folder.database_files()[1], folder.vault_path)
    return {p.name: sha(p) for p in (*paths, folder.profile_path) if p.exists()}


def flip(path: Path, offset: int, bit: int = 0x10) -> str:
    data = bytearray(path.read_bytes())
    data[offset] ^= bit
    path.write_bytes(bytes(data))
    return f"{path.name} byte {offset} bit {bit:#04x}"


# --- one way of damage per kind --------------------------------------------------------------


def flip_database_page(folder: DataFolder, rng: random.Random) -> str:
    """A byte of a page past the first (page 1's first 16 bytes are the key's salt)."""
    pages = folder.database_path.stat().st_size // integrity.PAGE_SIZE
    page = rng.randrange(1, pages)
    return flip(
        folder.database_path, page * integrity.PAGE_SIZE + rng.randrange(integrity.PAGE_SIZE)
    )


def flip_wal(folder: DataFolder, rng: random.Random) -> str:
    """A byte of a frame written before the WAL's last transaction (see ``wal_frames``)."""
    wal = folder.database_files()[1]
    last_start, _frames = wal_frames(wal)
    return flip(wal, 32 + rng.randrange(last_start * FRAME), 1 << rng.randrange(8))


def wal_frames(wal: Path) -> tuple[int, int]:
    """(first frame of the last transaction, frames): the last transaction alone is what a
    power cut can tear, so damage there cannot be told from a torn write (SQLite drops it)."""
    data = wal.read_bytes()
    frames = (len(data) - 32) // FRAME
    commits = [
        i
        for i in range(frames)
        if struct.unpack(">I", data[32 + i * FRAME + 4 : 32 + i * FRAME + 8])[0]
    ]
    return (commits[-2] + 1 if len(commits) > 1 else 0), frames


def flip_vault(folder: DataFolder, rng: random.Random) -> str:
    return flip(
        folder.vault_path, rng.randrange(folder.vault_path.stat().st_size), 1 << rng.randrange(8)
    )


def flip_wrapped_key(folder: DataFolder, _rng: random.Random) -> None:
    """One bit of the wrapped key: before checksums, this read as a wrong password."""
    raw = folder.vault_path.read_bytes()
    at = raw.index(json.loads(raw)["wrapped_key"].encode()) + 7
    flip(folder.vault_path, at, 0x20)


def cut_database(folder: DataFolder, _rng: random.Random) -> None:
    """Cut to half, at a page boundary: every page left is intact, the rest is missing."""
    db = folder.database_path
    half = db.stat().st_size // 2
    db.write_bytes(db.read_bytes()[: half - half % integrity.PAGE_SIZE])


def plain_sqlite(folder: DataFolder, _rng: random.Random) -> None:
    for path in folder.database_files():
        path.unlink(missing_ok=True)
    with sqlite3.connect(folder.database_path) as conn:
        conn.execute("CREATE TABLE participants (id TEXT, first_name TEXT)")
        conn.execute("INSERT INTO participants VALUES ('x', 'someone')")
    conn.close()


def other_devices_database(folder: DataFolder, _rng: random.Random) -> None:
    """Another profile's database (its own data key) copied over this one."""
    program = demo_program(org_id=uuid7(), coach_id=uuid7())
    coach = program.coaches[0]
    other = DataFolder(folder.path.parent / f"{folder.path.name}-other")
    identity = Identity(program.org_id, coach.id, uuid7(), coach.username, coach.display_name)
    store, _key = other.create(identity=identity, passphrase=PASSWORD, kdf=FAST_KDF)
    store.close()
    for path in folder.database_files():
        path.unlink(missing_ok=True)
    shutil.copyfile(other.database_path, folder.database_path)


Damage = Callable[[DataFolder, random.Random], object]


@dataclass(frozen=True)
class Kind:
    name: str
    template: str  # "locked" or "crashed"
    damage: Damage
    expected: str  # the error class unlocking raises


KINDS = (
    Kind("byte flipped in the database", "locked", flip_database_page, "DatabaseDamaged"),
    Kind("byte flipped in the WAL", "crashed", flip_wal, "DatabaseDamaged"),
    Kind("bit flipped in the vault", "locked", flip_wrapped_key, "VaultDamaged"),
    Kind("database cut short", "locked", cut_database, "DatabaseDamaged"),
    Kind("plain SQLite file", "locked", plain_sqlite, "PlaintextDatabase"),
    Kind("another device's database", "locked", other_devices_database, "WrongDatabaseKey"),
)
