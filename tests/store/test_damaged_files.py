"""Damaged or foreign files in the data folder: told apart from a wrong password, set aside
unchanged (never repaired in place, never deleted), and the folder left free to set up again."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import func, select

from coachapp.errors import (
    DatabaseDamaged,
    PlaintextDatabase,
    ProfileDamaged,
    VaultDamaged,
    WrongDatabaseKey,
    WrongPassphrase,
)
from coachapp.models import Participant
from coachapp.store import integrity
from coachapp.store import vault as vault_module
from coachapp.store.local import LocalStore
from coachapp.store.profile import DataFolder, Identity
from coachapp.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.store.child_store import NEW_STORE
from tests.ui.people import add_person

FRAME = 24 + integrity.PAGE_SIZE


def digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.iterdir()
        if p.is_file() and not p.name.endswith("-shm")  # the shm is an index SQLite rebuilds
    }


def flip(path: Path, offset: int, bit: int = 0x04) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= bit
    path.write_bytes(bytes(data))


def people(store: LocalStore) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(Participant)) or 0)


def crashed_with_saves_in_the_wal(folder: DataFolder, store: LocalStore, saves: int) -> None:
    """The files as a laptop that lost power leaves them: confirmed saves still in the WAL."""
    store.checkpoint()
    for n in range(saves):
        add_person(store, "Wal", f"Saved{n}")
    db, wal, _shm = folder.database_files()
    kept = {path: path.read_bytes() for path in (db, wal)}
    store.close()  # folds the WAL in; put back the files as they were before
    for path, data in kept.items():
        path.write_bytes(data)
    folder.database_files()[2].unlink(missing_ok=True)


def assert_set_aside(
    error: DatabaseDamaged | WrongDatabaseKey, folder: DataFolder, before: dict[str, str]
) -> None:
    assert error.kept_in is not None and error.kept_in.parent == folder.path
    kept = digests(error.kept_in)
    assert {name: kept[name] for name in before} == before  # byte for byte what was there
    assert not folder.is_provisioned()
    assert not folder.database_path.exists()
    assert "set this laptop up again" in str(error) and "not been synced" in str(error)


def test_a_damaged_wal_is_caught_instead_of_silently_dropping_confirmed_saves(
    store: LocalStore, data_folder: DataFolder
) -> None:
    crashed_with_saves_in_the_wal(data_folder, store, saves=4)
    flip(data_folder.database_files()[1], 32 + 24 + 1000)  # inside the first frame's page
    before = digests(data_folder.path)
    with pytest.raises(DatabaseDamaged, match="write-ahead log") as caught:
        data_folder.unlock(PASSPHRASE)
    assert_set_aside(caught.value, data_folder, before)


def test_a_save_torn_by_a_crash_is_not_mistaken_for_damage(
    store: LocalStore, data_folder: DataFolder
) -> None:
    crashed_with_saves_in_the_wal(data_folder, store, saves=3)
    wal = data_folder.database_files()[1]
    report = integrity.read_wal(wal)
    # Damage the last transaction only, as a power cut in the middle of writing it would.
    last_commit = report.replayed - 1
    flip(wal, 32 + last_commit * FRAME + 24 + 10)
    reopened = data_folder.unlock(PASSPHRASE)
    try:
        assert people(reopened) == 2  # the unfinished save is dropped, the two before it kept
        assert reopened.integrity_ok()
    finally:
        reopened.close()


def test_a_laptop_killed_with_saves_in_the_wal_opens_with_every_one(tmp_path: Path) -> None:
    script = NEW_STORE + (
        "for n in range(6):\n"
        "    add_person(store, 'Killed', f'Saved{n}')\n"
        "os._exit(0)  # no close, no checkpoint: what a SIGKILL leaves\n"
    )
    folder = DataFolder(tmp_path / "laptop")
    subprocess.run([sys.executable, "-c", script, str(folder.path)], check=True, timeout=120)
    assert folder.database_files()[1].stat().st_size > 0
    reopened = folder.unlock(PASSPHRASE)
    try:
        assert people(reopened) == 6
    finally:
        reopened.close()


def test_a_flipped_byte_in_a_database_page_is_caught_at_unlock(
    store: LocalStore, data_folder: DataFolder
) -> None:
    add_person(store, "Page", "Damage")
    store.close()
    pages = data_folder.database_path.stat().st_size // integrity.PAGE_SIZE
    flip(data_folder.database_path, (pages // 2) * integrity.PAGE_SIZE + 700)
    before = digests(data_folder.path)
    with pytest.raises(DatabaseDamaged, match="integrity check") as caught:
        data_folder.unlock(PASSPHRASE)
    assert_set_aside(caught.value, data_folder, before)


@pytest.mark.parametrize("cut", ["at a page boundary", "mid-page"])
def test_a_database_cut_short_is_caught(
    store: LocalStore, data_folder: DataFolder, cut: str
) -> None:
    store.close()
    db = data_folder.database_path
    size = db.stat().st_size // 2
    db.write_bytes(
        db.read_bytes()[: size - size % integrity.PAGE_SIZE if cut.startswith("at") else size + 123]
    )
    before = digests(data_folder.path)
    with pytest.raises(DatabaseDamaged, match="cut short") as caught:
        data_folder.unlock(PASSPHRASE)
    assert_set_aside(caught.value, data_folder, before)


def test_another_laptops_database_is_told_as_such_and_set_aside(
    store: LocalStore, data_folder: DataFolder, identity: Identity, tmp_path: Path
) -> None:
    store.close()
    other = DataFolder(tmp_path / "other")
    theirs, _ = other.create(identity=identity, passphrase=PASSPHRASE, kdf=FAST_KDF)
    theirs.close()
    shutil.copyfile(other.database_path, data_folder.database_path)
    before = digests(data_folder.path)
    with pytest.raises(WrongDatabaseKey, match="another device") as caught:
        data_folder.unlock(PASSPHRASE)
    assert_set_aside(caught.value, data_folder, before)


def test_a_plain_sqlite_file_is_set_aside_not_used(
    store: LocalStore, data_folder: DataFolder
) -> None:
    store.close()
    data_folder.database_path.unlink()
    with sqlite3.connect(data_folder.database_path) as conn:
        conn.execute("CREATE TABLE participants (name TEXT)")
    before = digests(data_folder.path)
    with pytest.raises(PlaintextDatabase, match="unencrypted") as caught:
        data_folder.unlock(PASSPHRASE)
    assert_set_aside(caught.value, data_folder, before)


def test_a_missing_database_is_not_replaced_by_an_empty_one(
    store: LocalStore, data_folder: DataFolder
) -> None:
    store.close()
    data_folder.database_path.unlink()
    with pytest.raises(DatabaseDamaged, match="missing"):
        data_folder.unlock(PASSPHRASE)
    assert not data_folder.database_path.exists()


def test_a_database_left_without_its_vault_is_set_aside_and_the_folder_can_be_set_up_again(
    store: LocalStore, data_folder: DataFolder, identity: Identity
) -> None:
    add_person(store, "Unsynced", "Work")
    store.close()
    data_folder.vault_path.unlink()  # lost: nobody can open the database now
    before = digests(data_folder.path)
    damage = data_folder.set_aside_without_vault()
    assert isinstance(damage, DatabaseDamaged) and damage.kept_in is not None
    assert "not been synced could not be opened" in str(damage)
    assert "set this laptop up again from the server" in str(damage)
    kept = digests(damage.kept_in)
    assert kept.pop("README.txt") and kept == before  # moved unchanged, nothing deleted
    assert not data_folder.database_path.exists() and not data_folder.profile_path.exists()
    assert data_folder.set_aside_without_vault() is None  # nothing left to set aside
    data_folder.create(identity=identity, passphrase=PASSPHRASE, kdf=FAST_KDF)[0].close()


def test_a_set_up_folder_is_not_set_aside_for_want_of_a_vault(
    store: LocalStore, data_folder: DataFolder
) -> None:
    store.close()
    assert data_folder.set_aside_without_vault() is None
    assert data_folder.is_provisioned() and not list(data_folder.path.glob("damaged-*"))


def test_a_wrong_password_is_still_a_wrong_password_and_moves_nothing(
    store: LocalStore, data_folder: DataFolder
) -> None:
    store.close()
    flip(data_folder.database_path, 3 * integrity.PAGE_SIZE + 5)
    before = digests(data_folder.path)
    with pytest.raises(WrongPassphrase):
        data_folder.unlock("not the passphrase at all, sorry")
    assert digests(data_folder.path) == before
    assert not list(data_folder.path.glob("damaged-*"))


def test_every_flipped_bit_of_the_vault_is_damage_not_a_wrong_password(
    store: LocalStore, data_folder: DataFolder
) -> None:
    store.close()
    good = data_folder.vault_path.read_bytes()
    bad = data_folder.path / "flipped.json"
    for offset in range(len(good)):
        for bit in (0x01, 0x20):  # 0x20 turns a base64 letter into another valid one
            data = bytearray(good)
            data[offset] ^= bit
            bad.write_bytes(bytes(data))
            with pytest.raises(VaultDamaged):
                Vault.load(bad)


def test_a_damaged_vault_is_reported_as_damaged_and_left_in_place(
    store: LocalStore, data_folder: DataFolder
) -> None:
    store.close()
    record = json.loads(data_folder.vault_path.read_text(encoding="utf-8"))
    flip(
        data_folder.vault_path,
        data_folder.vault_path.read_bytes().index(record["wrapped_key"].encode()) + 3,
        0x01,
    )
    before = digests(data_folder.path)
    with pytest.raises(VaultDamaged, match="damaged"):
        data_folder.unlock(PASSPHRASE)
    assert digests(data_folder.path) == before  # the server's key repairs it (tests/sync)


def test_a_vault_written_before_checksums_still_opens(tmp_path: Path) -> None:
    path = tmp_path / "vault.json"
    key = bytes(range(32))
    # A version 1 file as the previous release wrote it: no checksum, version 1 in the
    # authenticated header.
    draft = vault_module._Wrapped("laptop-1", FAST_KDF, bytes(16), bytes(12), b"", version=1)
    kek = vault_module._derive(PASSPHRASE, draft.salt, draft.kdf)
    sealed = AESGCM(kek).encrypt(draft.nonce, key, draft.associated_data())
    record = draft.header() | {
        "nonce": vault_module._b64(draft.nonce),
        "wrapped_key": vault_module._b64(sealed),
    }
    path.write_text(json.dumps(record), encoding="utf-8")
    assert Vault.load(path).unlock(PASSPHRASE) == key


def test_a_damaged_profile_is_told_as_damage(store: LocalStore, data_folder: DataFolder) -> None:
    store.close()
    data_folder.profile_path.write_bytes(data_folder.profile_path.read_bytes()[:40])
    with pytest.raises(ProfileDamaged):
        data_folder.identity()


def test_revoking_the_laptop_also_wipes_files_set_aside(
    store: LocalStore, data_folder: DataFolder
) -> None:
    store.close()
    flip(data_folder.database_path, 2 * integrity.PAGE_SIZE + 9)
    with pytest.raises(DatabaseDamaged):
        data_folder.unlock(PASSPHRASE)
    assert list(data_folder.path.glob("damaged-*"))
    data_folder.wipe()
    assert not list(data_folder.path.glob("damaged-*"))


def test_damage_met_while_working_is_told_and_checked_in_full_at_the_next_unlock(
    store: LocalStore, data_folder: DataFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database too big to check every page at unlock is checked as its pages are read."""
    add_person(store, "Read", "Later")
    with store.read() as session:
        root = session.connection().exec_driver_sql(
            "SELECT rootpage FROM sqlite_master WHERE name = 'participants'"
        )
        page = int(root.scalar_one())
    store.close()
    monkeypatch.setattr(integrity, "FULL_CHECK_MAX_BYTES", 0)
    flip(data_folder.database_path, (page - 1) * integrity.PAGE_SIZE + 64)
    opened = data_folder.unlock(PASSPHRASE)  # the participants' pages are not read yet
    try:
        damage = pytest.raises(DatabaseDamaged, match="Lock CoachApp and unlock it again")
        with damage, opened.read() as session:
            session.scalars(select(Participant)).all()
    finally:
        opened.close()
    assert (data_folder.path / integrity.CHECK_MARKER).exists()
    with pytest.raises(DatabaseDamaged, match="integrity check") as caught:
        data_folder.unlock(PASSPHRASE)
    assert caught.value.kept_in is not None
    assert not (data_folder.path / integrity.CHECK_MARKER).exists()


def test_wal_damage_is_found_wherever_it_hits_before_the_last_transaction(
    store: LocalStore, data_folder: DataFolder
) -> None:
    crashed_with_saves_in_the_wal(data_folder, store, saves=3)
    good = data_folder.database_files()[1].read_bytes()
    report = integrity._judge(good)
    assert report.lost_commits == 0 and report.replayed == report.frames
    commits = [
        i for i in range(report.frames) if good[32 + i * FRAME + 4 : 32 + i * FRAME + 8] != bytes(4)
    ]
    # The last commit before the final transaction: damage there is the nearest to the end
    # that is still told from a torn write (only one intact commit comes after it).
    edge = commits[-2]
    # The header (magic, sizes, salts, checksum), the headers of that commit frame and of the
    # frame before it (page number, commit size, salts, checksums), and its page.
    places = [(offset, bit) for offset in range(32) for bit in (0x01, 0x80)]
    for frame in (edge - 1, edge):
        places += [(32 + frame * FRAME + offset, 0x01) for offset in range(24)]
    places += [(32 + edge * FRAME + 24 + 2048, 0x40)]
    missed = []
    for offset, bit in places:
        data = bytearray(good)
        data[offset] ^= bit
        if not integrity._judge(bytes(data)).lost_commits:
            missed.append((offset, bit))
    assert missed == []
