"""The key vault, told as what a coach (or an attacker with the laptop) would see."""

from __future__ import annotations

import base64
import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from coachapp.errors import VaultError, WeakPassphrase, WrongPassphrase
from coachapp.store import vault as vault_module
from coachapp.store.vault import KdfParams, Vault

FAST = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)  # the cheapest allowed
PASSWORD = "blue kettle on the stove"
NEW_PASSWORD = "seven green lanterns"
DEVICE = "laptop-3f9c"


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault.json"


def make_vault(path: Path, **overrides: Any) -> tuple[Vault, bytes]:
    args: dict[str, Any] = {"passphrase": PASSWORD, "device_id": DEVICE, "kdf": FAST}
    return Vault.create(path, **(args | overrides))


def edit(path: Path, change: Any) -> None:
    """Change a field the way an attacker would: recomputing the (unkeyed) checksum, so what
    stops the edit is the AEAD binding, not the damage check."""
    record = json.loads(path.read_text(encoding="utf-8"))
    change(record)
    if "checksum" in record:
        record["checksum"] = vault_module.checksum_of(record)
    path.write_text(json.dumps(record), encoding="utf-8")


def test_coach_unlocks_with_the_right_password_and_gets_the_same_key(vault_path: Path) -> None:
    _, key = make_vault(vault_path)
    assert len(key) == 32
    assert Vault.load(vault_path).unlock(PASSWORD) == key


def test_each_new_vault_gets_its_own_random_data_key(tmp_path: Path) -> None:
    _, first = make_vault(tmp_path / "a.json")
    _, second = make_vault(tmp_path / "b.json")
    assert first != second


def test_wrong_password_is_refused_and_vault_is_unchanged(vault_path: Path) -> None:
    make_vault(vault_path)
    before = vault_path.read_bytes()
    with pytest.raises(WrongPassphrase, match="not correct"):
        Vault.load(vault_path).unlock("blue kettle on the stove!")
    assert vault_path.read_bytes() == before


def test_password_typed_in_another_unicode_form_still_unlocks(vault_path: Path) -> None:
    _, key = make_vault(vault_path, passphrase="Crème brûlée at noon")  # composed (NFC)
    decomposed = "Cre\u0300me bru\u0302le\u0301e at noon"  # same text, NFD
    assert Vault.load(vault_path).unlock(decomposed) == key


def test_weak_password_is_refused_when_creating_and_no_file_is_written(vault_path: Path) -> None:
    with pytest.raises(WeakPassphrase, match="commonly used"):
        make_vault(vault_path, passphrase="password123")
    assert not vault_path.exists()


def test_creating_over_an_existing_vault_is_refused(vault_path: Path) -> None:
    _, key = make_vault(vault_path)
    before = vault_path.read_bytes()
    with pytest.raises(VaultError, match="already exists"):
        make_vault(vault_path, passphrase=NEW_PASSWORD)
    assert vault_path.read_bytes() == before
    assert Vault.load(vault_path).unlock(PASSWORD) == key


def test_changing_password_keeps_the_same_data_key(vault_path: Path) -> None:
    vault, key = make_vault(vault_path)
    before = json.loads(vault_path.read_text(encoding="utf-8"))
    vault.change_passphrase(old=PASSWORD, new=NEW_PASSWORD)
    after = json.loads(vault_path.read_text(encoding="utf-8"))

    assert Vault.load(vault_path).unlock(NEW_PASSWORD) == key
    with pytest.raises(WrongPassphrase):
        Vault.load(vault_path).unlock(PASSWORD)
    assert after["kdf"]["salt"] != before["kdf"]["salt"]
    assert after["nonce"] != before["nonce"]
    assert vault.unlock(NEW_PASSWORD) == key  # the object in hand follows the file


def test_changing_password_with_the_wrong_old_one_changes_nothing(vault_path: Path) -> None:
    vault, _ = make_vault(vault_path)
    before = vault_path.read_bytes()
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase(old="not my password at all", new=NEW_PASSWORD)
    assert vault_path.read_bytes() == before


def test_changing_to_a_weak_password_is_refused_and_the_old_one_still_works(
    vault_path: Path,
) -> None:
    vault, key = make_vault(vault_path)
    with pytest.raises(WeakPassphrase, match="at least 10"):
        vault.change_passphrase(old=PASSWORD, new="short1")
    assert Vault.load(vault_path).unlock(PASSWORD) == key


def test_changing_password_can_raise_the_kdf_cost(vault_path: Path) -> None:
    vault, key = make_vault(vault_path)
    stronger = KdfParams(memory_kib=16 * 1024, iterations=2, lanes=1)
    assert vault.needs_rehash(stronger)
    vault.change_passphrase(old=PASSWORD, new=PASSWORD, kdf=stronger)
    reloaded = Vault.load(vault_path)
    assert reloaded.kdf == stronger
    assert not reloaded.needs_rehash(stronger)
    assert reloaded.unlock(PASSWORD) == key


def test_needs_rehash_only_when_stored_cost_is_weaker(vault_path: Path) -> None:
    vault, _ = make_vault(vault_path)
    assert vault.needs_rehash(KdfParams())
    assert not vault.needs_rehash(FAST)
    assert not vault.needs_rehash(KdfParams(memory_kib=8 * 1024, iterations=1, lanes=4))


def test_forgotten_password_recovered_from_escrowed_key(vault_path: Path) -> None:
    vault, key = make_vault(vault_path)
    escrowed = vault.export_key_for_escrow(PASSWORD)  # what sync sends to the server
    assert escrowed == key

    recovered = Vault.rewrap_from_escrow(
        vault_path, data_key=escrowed, new_passphrase=NEW_PASSWORD, device_id=DEVICE, kdf=FAST
    )
    assert recovered.unlock(NEW_PASSWORD) == key
    assert Vault.load(vault_path).unlock(NEW_PASSWORD) == key
    with pytest.raises(WrongPassphrase):
        Vault.load(vault_path).unlock(PASSWORD)


def test_escrow_export_needs_the_right_password(vault_path: Path) -> None:
    vault, _ = make_vault(vault_path)
    with pytest.raises(WrongPassphrase):
        vault.export_key_for_escrow("someone else's guess")


def test_recovery_replaces_a_damaged_vault(vault_path: Path) -> None:
    vault_path.write_bytes(b'{"format": "coachapp-va')
    key = os.urandom(32)
    Vault.rewrap_from_escrow(
        vault_path, data_key=key, new_passphrase=NEW_PASSWORD, device_id=DEVICE, kdf=FAST
    )
    assert Vault.load(vault_path).unlock(NEW_PASSWORD) == key


def test_truncated_vault_is_reported_and_left_untouched(vault_path: Path) -> None:
    make_vault(vault_path)
    cut = vault_path.read_bytes()[:100]
    vault_path.write_bytes(cut)
    with pytest.raises(VaultError, match="damaged"):
        Vault.load(vault_path)
    assert vault_path.read_bytes() == cut


def test_empty_vault_file_is_reported_as_damaged(vault_path: Path) -> None:
    vault_path.write_bytes(b"")
    with pytest.raises(VaultError, match="damaged"):
        Vault.load(vault_path)
    assert vault_path.read_bytes() == b""


def test_missing_vault_is_reported(vault_path: Path) -> None:
    with pytest.raises(VaultError, match="missing"):
        Vault.load(vault_path)
    assert not vault_path.exists()


@pytest.mark.parametrize(
    "content",
    [b"SQLite format 3\x00" + bytes(100), b'{"hello": "world"}', b"[1, 2, 3]", b"\xff\xfe\x00"],
)
def test_foreign_file_is_reported_as_not_a_vault(vault_path: Path, content: bytes) -> None:
    vault_path.write_bytes(content)
    with pytest.raises(VaultError, match="not a CoachApp key vault"):
        Vault.load(vault_path)
    assert vault_path.read_bytes() == content


def test_vault_from_a_newer_coachapp_asks_for_an_update(vault_path: Path) -> None:
    make_vault(vault_path)
    edit(vault_path, lambda r: r.update(version=vault_module.VERSION + 1))
    with pytest.raises(VaultError, match="newer CoachApp"):
        Vault.load(vault_path)


@pytest.mark.parametrize(
    "change",
    [
        lambda r: r["kdf"].update(iterations=2),
        lambda r: r["kdf"].update(lanes=2),
        lambda r: r["kdf"].update(memory_kib=16 * 1024),
        lambda r: r["kdf"].update(salt=base64.b64encode(bytes(16)).decode()),
    ],
    ids=["iterations", "lanes", "memory", "salt"],
)
def test_edited_kdf_parameters_fail_authentication(vault_path: Path, change: Any) -> None:
    make_vault(vault_path)
    edit(vault_path, change)
    edited = vault_path.read_bytes()
    with pytest.raises(WrongPassphrase):
        Vault.load(vault_path).unlock(PASSWORD)
    assert vault_path.read_bytes() == edited


def test_vault_from_another_device_is_refused(tmp_path: Path) -> None:
    mine, theirs = tmp_path / "mine.json", tmp_path / "theirs.json"
    make_vault(mine)
    make_vault(theirs, device_id="laptop-other")
    # Copying another laptop's vault over ours is visible before unlocking...
    theirs_copy = mine.with_name("copied.json")
    theirs_copy.write_bytes(theirs.read_bytes())
    assert Vault.load(theirs_copy).device_id == "laptop-other"
    # ...and relabelling it as ours breaks authentication, even with the right password.
    edit(theirs_copy, lambda r: r.update(device_id=DEVICE))
    assert Vault.load(theirs_copy).device_id == DEVICE
    with pytest.raises(WrongPassphrase):
        Vault.load(theirs_copy).unlock(PASSWORD)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda r: r["kdf"].update(memory_kib=2**40), "memory_kib"),
        (lambda r: r["kdf"].update(memory_kib=1024), "memory_kib"),
        (lambda r: r["kdf"].update(iterations=10**9), "iterations"),
        (lambda r: r["kdf"].update(lanes=0), "lanes"),
        (lambda r: r["kdf"].update(iterations=True), "iterations"),
        (lambda r: r["kdf"].update(name="scrypt"), "damaged"),
        (lambda r: r["kdf"].update(salt=base64.b64encode(bytes(8)).decode()), "damaged"),
        (lambda r: r.update(nonce=base64.b64encode(bytes(16)).decode()), "damaged"),
        (lambda r: r.update(wrapped_key="not base64!"), "damaged"),
        (lambda r: r.update(device_id=""), "damaged"),
        (lambda r: r.pop("nonce"), "damaged"),
    ],
)
def test_hostile_vault_parameters_are_refused_without_running_the_kdf(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch, change: Any, reason: str
) -> None:
    make_vault(vault_path)
    edit(vault_path, change)

    def must_not_run(**_: Any) -> None:
        raise AssertionError("the KDF ran on a hostile vault file")

    monkeypatch.setattr(vault_module, "Argon2id", must_not_run)
    with pytest.raises(VaultError, match=reason):
        Vault.load(vault_path)


def test_oversized_file_is_refused_without_reading_it_all(vault_path: Path) -> None:
    vault_path.write_bytes(b"{" + b" " * (10 * 1024 * 1024) + b"}")
    with pytest.raises(VaultError, match="too large"):
        Vault.load(vault_path)


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_vault_file_is_private_to_the_user(vault_path: Path) -> None:
    vault, _ = make_vault(vault_path)
    assert stat.S_IMODE(vault_path.stat().st_mode) == 0o600
    vault.change_passphrase(old=PASSWORD, new=NEW_PASSWORD)
    assert stat.S_IMODE(vault_path.stat().st_mode) == 0o600


def test_no_temp_file_left_after_write(vault_path: Path) -> None:
    vault, _ = make_vault(vault_path)
    vault.change_passphrase(old=PASSWORD, new=NEW_PASSWORD)
    assert list(vault_path.parent.iterdir()) == [vault_path]


def test_failed_write_leaves_no_temp_file_and_the_old_vault_works(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, key = make_vault(vault_path)
    before = vault_path.read_bytes()

    def disk_full(*_: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(VaultError, match="could not be saved"):
        vault.change_passphrase(old=PASSWORD, new=NEW_PASSWORD)
    monkeypatch.undo()

    assert list(vault_path.parent.iterdir()) == [vault_path]
    assert vault_path.read_bytes() == before
    assert Vault.load(vault_path).unlock(PASSWORD) == key
    assert vault.unlock(PASSWORD) == key  # the object in hand was not updated either


def test_new_vault_uses_64_mib_3_iterations_4_lanes_by_default(vault_path: Path) -> None:
    _, key = Vault.create(vault_path, passphrase=PASSWORD, device_id=DEVICE)
    record = json.loads(vault_path.read_text(encoding="utf-8"))
    assert record["format"] == "coachapp-vault"
    assert record["version"] == 2
    assert record["checksum"] == vault_module.checksum_of(record)
    assert record["device_id"] == DEVICE
    assert record["kdf"]["name"] == "argon2id"
    assert (record["kdf"]["memory_kib"], record["kdf"]["iterations"], record["kdf"]["lanes"]) == (
        65536,
        3,
        4,
    )
    assert len(base64.b64decode(record["kdf"]["salt"])) == 16
    assert Vault.load(vault_path).unlock(PASSWORD) == key
