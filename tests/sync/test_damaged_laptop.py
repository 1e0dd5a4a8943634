"""A laptop whose files were damaged comes back from the server: a damaged key vault is
repaired with the escrowed key (local work kept); a damaged database is set aside and the
laptop set up again, after which it holds exactly what the server holds for the coach."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

import pytest

from coachapp.errors import DatabaseDamaged, VaultDamaged
from coachapp.services import participants
from coachapp.store import integrity
from coachapp.store.profile import DataFolder
from sync import provision
from sync.errors import BadCredentials
from tests.server.live import PASSWORD, LiveServer
from tests.sync.snapshots import differences, laptop_snapshot, server_snapshot
from tests.sync.test_provision import sign_up
from tests.ui.people import add_person


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage_wrapped_key(folder: DataFolder) -> None:
    """Flip one bit of the wrapped key: before checksums, a wrong password by another name."""
    raw = folder.vault_path.read_bytes()
    at = raw.index(json.loads(raw)["wrapped_key"].encode()) + 5
    folder.vault_path.write_bytes(raw[:at] + bytes([raw[at] ^ 0x20]) + raw[at + 1 :])


def test_a_damaged_vault_is_repaired_from_the_server_and_unsynced_work_survives(
    live: LiveServer, tmp_path: Path
) -> None:
    laptop = sign_up(live, tmp_path)
    folder = laptop.folder
    unsynced = add_person(laptop.store, "Not", "Synced")
    laptop.close()
    damage_wrapped_key(folder)
    damaged = sha(folder.vault_path)

    with pytest.raises(BadCredentials):  # a wrong password is still told as one
        provision.connect(folder, "Not-The-Password-99")
    assert sha(folder.vault_path) == damaged

    back = provision.connect(folder, PASSWORD)
    try:
        assert participants.get_participant(back.store, unsynced).summary.last_name == "Synced"
        assert back.sync().rejected == 0
    finally:
        back.close()
    [kept] = folder.path.glob("damaged-vault-*/vault.json")
    assert sha(kept) == damaged  # set aside unchanged, not overwritten
    provision.connect(folder, PASSWORD).close()  # the new vault opens offline too


def test_a_damaged_vault_offline_says_to_connect_and_changes_nothing(
    live: LiveServer, tmp_path: Path
) -> None:
    laptop = sign_up(live, tmp_path)
    folder = laptop.folder
    laptop.close()
    folder.write_identity(dataclasses.replace(folder.identity(), server_url="http://127.0.0.1:9"))
    damage_wrapped_key(folder)
    before = {p.name: sha(p) for p in folder.path.iterdir() if p.is_file()}
    with pytest.raises(VaultDamaged, match="Connect this laptop to the network"):
        provision.connect(folder, PASSWORD)
    assert {p.name: sha(p) for p in folder.path.iterdir() if p.is_file()} == before


def test_a_damaged_database_is_set_aside_and_the_laptop_set_up_again_from_the_server(
    live: LiveServer, tmp_path: Path
) -> None:
    laptop = sign_up(live, tmp_path)
    folder = laptop.folder
    synced = add_person(laptop.store, "Was", "Synced")
    laptop.sync()
    laptop.close()
    db = folder.database_path
    data = bytearray(db.read_bytes())
    data[(len(data) // integrity.PAGE_SIZE // 2) * integrity.PAGE_SIZE + 333] ^= 0x10
    db.write_bytes(bytes(data))
    damaged = sha(db)

    with pytest.raises(DatabaseDamaged) as caught:
        provision.connect(folder, PASSWORD)
    assert caught.value.kept_in is not None
    assert sha(caught.value.kept_in / db.name) == damaged

    again = sign_up(live, tmp_path)  # the same folder, now free: set up again
    try:
        assert participants.get_participant(again.store, synced).summary.first_name == "Was"
        with live.db.session() as session:
            server = server_snapshot(session, coach_id=again.identity.coach_id)
        assert differences(laptop_snapshot(again.store), server) == ""
    finally:
        again.close()
