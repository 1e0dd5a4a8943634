"""Corrupt or foreign files: a flipped byte in the database, the WAL or the vault; a database
cut short; a plain SQLite file; another device's database.

A laptop is provisioned against a live server (a real one, in a thread, on loopback), does
casework and syncs, then records a few saves it does not sync. Each kind of damage is done
to a copy of that laptop (``prove/corrupt_support.py``), which is then unlocked as the lock
screen does: first with a wrong password (it must still be told as one), then with the right
one, which must be refused with the kind's own error and message. The damaged files must be
kept aside byte for byte, and the laptop must come back from the server: set up again (sign
in, pull) for a damaged database, or — the database being intact — its key fetched from the
server's escrow for a damaged vault. Afterwards the laptop must hold exactly what the server
holds for the coach (per-row hashes, ``tests/sync/snapshots.py``).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from coachapp.errors import CoachAppError, StoreDamaged, VaultDamaged, WrongPassphrase
from coachapp.models import Participant
from coachapp.store.local import LocalStore
from prove.conftest import Figures, Size
from prove.corrupt_support import (
    FRAME,
    KINDS,
    UNSYNCED_SAVES,
    Kind,
    Templates,
    copy_of,
    data_files,
    flip_database_page,
    flip_vault,
    flip_wal,
    laptop_with_unsynced_saves,
    make_template,
    sha,
    sign_up,
    wal_frames,
)
from sync import provision
from tests.server.live import PASSWORD, LiveServer, live_server
from tests.sync.snapshots import differences, laptop_snapshot, server_snapshot

SECTION = 3
SEED = 20260503


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    db = tmp_path_factory.mktemp("server") / "server.db"
    with live_server(f"sqlite:///{db}") as server:
        yield server


@pytest.fixture(scope="module")
def templates(live: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> Templates:
    return make_template(live, tmp_path_factory.mktemp("templates"))


def present(store: LocalStore, ids: tuple[str, ...]) -> int:
    with store.read() as session:
        return sum(session.get(Participant, pid) is not None for pid in ids)


def _attempt(folder_unlock: object, password: str) -> BaseException | None:
    try:
        store = folder_unlock(password)  # type: ignore[operator]
    except CoachAppError as exc:
        return exc
    store.close()
    return None


@pytest.mark.parametrize("kind", KINDS, ids=[k.name for k in KINDS])
def test_damaged_or_foreign_file_end_to_end(
    kind: Kind,
    live: LiveServer,
    templates: Templates,
    tmp_path: Path,
    figures: Figures,
) -> None:
    """Damaged or foreign file: detected, kept aside unchanged, laptop recovered from the server"""
    folder, unsynced = laptop_with_unsynced_saves(
        templates.locked, tmp_path / "laptop", crashed=kind.template == "crashed"
    )
    kind.damage(folder, random.Random(SEED))  # noqa: S311 - a seeded test schedule
    damaged = data_files(folder)

    wrong = _attempt(folder.unlock, "Not-The-Password-42")
    wrong_as = type(wrong).__name__ if wrong is not None else "opened"
    untouched = data_files(folder) == damaged
    # A damaged vault is found before any password is tried: damage, whatever was typed.
    wrong_ok = (isinstance(wrong, WrongPassphrase) and untouched) or (
        kind.expected == "VaultDamaged" and isinstance(wrong, VaultDamaged)
    )
    wanted = "VaultDamaged" if kind.expected == "VaultDamaged" else "WrongPassphrase"
    figures.add("a wrong password is told as", wrong_as, target=wanted, ok=wrong_ok)

    error = _attempt(folder.unlock, PASSWORD)
    told_as = type(error).__name__ if error is not None else "opened"
    figures.add("detected, told as", told_as, target=kind.expected, ok=told_as == kind.expected)
    message = str(error)
    figures.add("message", message[:110], ok=None)

    if isinstance(error, StoreDamaged):
        kept = error.kept_in
        kept_same = kept is not None and all(sha(kept / name) == h for name, h in damaged.items())
        honest = "not been synced" in message and "cannot be brought back" in message
        laptop = sign_up(live, folder.path)  # set up again: sign in online, pull
    else:
        honest = "nothing recorded on this laptop will be lost" in message or ("damaged" in message)
        laptop = provision.connect(folder, PASSWORD)  # the escrowed key repairs the vault
        kept_vaults = list(folder.path.glob("damaged-vault-*/vault.json"))
        kept_same = len(kept_vaults) == 1 and sha(kept_vaults[0]) == damaged["vault.json"]
    figures.add("damaged files kept aside, byte for byte", kept_same, target="True", ok=kept_same)
    try:
        laptop.sync()
        synced_back = present(laptop.store, templates.synced_ids)
        unsynced_back = present(laptop.store, unsynced)
        with live.db.session() as session:
            server = server_snapshot(session, coach_id=laptop.identity.coach_id)
        mine = laptop_snapshot(laptop.store)
        diff = differences(mine, server)
    finally:
        laptop.close()
    recovered = diff == "" and synced_back == len(templates.synced_ids)
    figures.add("recovered: laptop equals the server", recovered, target="True", ok=recovered)
    figures.add("rows compared", len(mine), "rows", ok=None)
    if isinstance(error, StoreDamaged):
        figures.add(
            "unsynced saves",
            f"lost ({unsynced_back}/{UNSYNCED_SAVES} back), and said so",
            target="said so",
            ok=honest and unsynced_back == 0,
        )
    else:
        figures.add(
            "unsynced saves kept",
            f"{unsynced_back}/{UNSYNCED_SAVES}",
            target="all",
            ok=unsynced_back == UNSYNCED_SAVES,
        )
    assert wrong_ok, wrong
    assert told_as == kind.expected, message
    assert kept_same and recovered, diff
    assert honest, message
    if not isinstance(error, StoreDamaged):
        assert unsynced_back == UNSYNCED_SAVES


def test_random_single_flips(
    templates: Templates, tmp_path: Path, figures: Figures, size: Size
) -> None:
    """Single flips at random places in the database, its WAL and the vault: every one detected"""
    per_file = size.pick(quick=4, full=25)
    rng = random.Random(SEED)  # noqa: S311 - a seeded test schedule
    locked, _ids = laptop_with_unsynced_saves(templates.locked, tmp_path / "locked", crashed=False)
    crashed, unsynced = laptop_with_unsynced_saves(
        templates.locked, tmp_path / "crashed", crashed=True
    )
    targets = (
        ("database", locked.path, flip_database_page),
        ("WAL (before its last transaction)", crashed.path, flip_wal),
        ("vault", locked.path, flip_vault),
    )
    missed: list[str] = []
    for name, template, damage in targets:
        detected = 0
        for trial in range(per_file):
            folder = copy_of(template, tmp_path / f"{name.split()[0]}-{trial}")
            where = damage(folder, rng)
            error = _attempt(folder.unlock, PASSWORD)
            if isinstance(error, StoreDamaged | VaultDamaged):
                detected += 1
            else:
                missed.append(f"{where}: {type(error).__name__ if error else 'opened'}")
        figures.add(
            f"{name}: detected", f"{detected}/{per_file}", target="all", ok=detected == per_file
        )

    # The one place damage cannot be told from a crash: the WAL's last transaction, which a
    # power cut can tear. SQLite drops it, as after any torn write; the saves before it stay.
    folder = copy_of(crashed.path, tmp_path / "last-transaction")
    wal = folder.database_files()[1]
    last_start, frames = wal_frames(wal)
    data = bytearray(wal.read_bytes())
    data[32 + last_start * FRAME + 24 + 100] ^= 0x10
    wal.write_bytes(bytes(data))
    store = folder.unlock(PASSWORD)
    try:
        kept = present(store, unsynced)
    finally:
        store.close()
    figures.add(
        "flip in the WAL's last transaction: saves before it kept (that one is dropped)",
        f"{kept}/{UNSYNCED_SAVES}",
        ok=None,
    )
    assert not missed, missed
    assert kept == UNSYNCED_SAVES - 1 and frames > last_start
