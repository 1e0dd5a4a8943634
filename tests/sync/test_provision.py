"""A laptop joins the program, survives a password reset, and is wiped when revoked."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from coachapp.errors import WrongPassphrase
from coachapp.services import intake, participants, reference
from coachapp.store.outbox import OutboxEntry
from coachapp.store.profile import DataFolder
from coachapp.store.unlock_guard import UnlockGuard
from server.admin.accounts import reset_password
from server.admin.devices import revoke_device
from server.storage.tables import Device
from sync import provision
from sync.errors import DeviceRevoked, PasswordNotConfirmed, UpgradeRequired
from tests.conftest import FAST_KDF, TODAY
from tests.server.live import ORG_CODE, PASSWORD, LiveServer

NEW_PASSWORD = "Copper-Kettle-Sunrise-58"


def sign_up(live: LiveServer, root: Path, username: str = "demo.coach") -> provision.Connection:
    return provision.provision(
        DataFolder(root / username),
        server_url=live.url,
        org=ORG_CODE,
        username=username,
        password=PASSWORD,
        device_name="Eastside laptop",
        kdf=FAST_KDF,
    )


def test_first_sign_in_registers_the_laptop_escrows_its_key_and_pulls_the_program(
    live: LiveServer, tmp_path: Path
) -> None:
    laptop = sign_up(live, tmp_path)
    try:
        assert len(reference.partners(laptop.store)) == 6
        with live.db.session() as s:
            device = s.get(Device, laptop.identity.device_id)
            assert device is not None and device.escrowed_key is not None
        assert laptop.folder.identity().org_code == ORG_CODE
    finally:
        laptop.close()
    reopened = provision.connect(laptop.folder, PASSWORD)
    reopened.close()


def test_forgotten_password_reset_by_the_administrator_keeps_unsynced_work(
    live: LiveServer, tmp_path: Path
) -> None:
    laptop = sign_up(live, tmp_path)
    pid = intake.create_participant(
        laptop.store,
        intake.IntakeInput(person={"first_name": "Unsynced", "last_name": "Work"}),
        today=TODAY,
    ).id
    laptop.close()
    with live.db.session() as s:
        reset_password(s, org_code=ORG_CODE, username="demo.coach", password=NEW_PASSWORD)

    with pytest.raises(WrongPassphrase):  # the old vault password is still the old one…
        laptop.folder.unlock(NEW_PASSWORD)
    back = provision.connect(laptop.folder, NEW_PASSWORD)  # …until the server vouches
    try:
        assert participants.get_participant(back.store, pid).summary.first_name == "Unsynced"
        report = back.sync()
        assert report.rejected == 0 and report.pushed > 0
    finally:
        back.close()
    provision.connect(laptop.folder, NEW_PASSWORD).close()  # the vault takes it offline now


def test_revoked_laptop_wipes_itself_at_next_contact(live: LiveServer, tmp_path: Path) -> None:
    laptop = sign_up(live, tmp_path)
    folder = laptop.folder
    with live.db.session() as s:
        revoke_device(s, org_code=ORG_CODE, device_id=laptop.identity.device_id)
    with pytest.raises(DeviceRevoked) as caught:
        laptop.sync()
    assert "disconnected by your administrator" in str(caught.value)
    assert [p for p in folder.path.rglob("*") if p.is_file()] == []


def test_a_revoked_laptop_also_wipes_its_unlock_count_and_half_written_files(
    live: LiveServer, tmp_path: Path
) -> None:
    laptop = sign_up(live, tmp_path)
    folder = laptop.folder
    UnlockGuard(folder.path).failed()  # a mistyped password earlier
    (folder.path / ".vault.json.0123456789abcdef.tmp").write_bytes(b"{}")  # cut by a crash
    with live.db.session() as s:
        revoke_device(s, org_code=ORG_CODE, device_id=laptop.identity.device_id)
    with pytest.raises(DeviceRevoked):
        laptop.sync()
    assert [p.name for p in folder.path.rglob("*") if p.is_file()] == []


def test_a_revoked_laptop_wipes_itself_when_the_lock_screen_asks_the_server_about_a_reset(
    live: LiveServer, tmp_path: Path
) -> None:
    laptop = sign_up(live, tmp_path)
    folder = laptop.folder
    UnlockGuard(folder.path).failed()
    laptop.close()
    with live.db.session() as s:
        reset_password(s, org_code=ORG_CODE, username="demo.coach", password=NEW_PASSWORD)
        revoke_device(s, org_code=ORG_CODE, device_id=laptop.identity.device_id)
    with pytest.raises(DeviceRevoked) as caught:  # the vault refuses it: the server is asked
        provision.connect(folder, NEW_PASSWORD)
    assert str(caught.value) == "This laptop was disconnected by your administrator."
    assert [p.name for p in folder.path.rglob("*") if p.is_file()] == []
    assert not folder.is_provisioned()


def test_a_wrong_password_while_the_server_blocks_sign_ins_is_still_a_wrong_password(
    live: LiveServer, tmp_path: Path
) -> None:
    laptop = sign_up(live, tmp_path)
    laptop.close()
    body = {"org": ORG_CODE, "username": "demo.coach", "device_name": "elsewhere"}
    for attempt in range(5):  # the server's allowance of failed sign-ins, used up
        wrong = live.request("POST", "/v1/auth/login", json={**body, "password": f"no-{attempt}"})
        assert wrong.status_code == 401
    with pytest.raises(WrongPassphrase) as refused:
        provision.connect(laptop.folder, "Not-The-Password-9")
    assert isinstance(refused.value, PasswordNotConfirmed)
    assert "not correct" in str(refused.value) and "Too many sign-in attempts" in str(refused.value)
    provision.connect(laptop.folder, PASSWORD).close()  # the right one still opens it offline


def test_update_required_touches_no_data(
    live: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop = sign_up(live, tmp_path)
    try:
        intake.create_participant(
            laptop.store,
            intake.IntakeInput(person={"first_name": "Waits", "last_name": "Here"}),
            today=TODAY,
        )
        with laptop.store.read() as s:
            queued = s.scalar(select(func.count()).select_from(OutboxEntry))
        monkeypatch.setattr("server.api.auth.MIN_PROTOCOL_VERSION", 2)
        monkeypatch.setattr("server.api.auth.MIN_APP_VERSION", "9.9.0")
        with pytest.raises(UpgradeRequired) as caught:
            laptop.sync()
        assert "9.9.0" in str(caught.value)
        with laptop.store.read() as s:
            assert s.scalar(select(func.count()).select_from(OutboxEntry)) == queued
    finally:
        laptop.close()


def test_signing_in_with_the_new_password_rewraps_the_vault(
    live: LiveServer, tmp_path: Path
) -> None:
    laptop = sign_up(live, tmp_path)
    with live.db.session() as s:
        reset_password(s, org_code=ORG_CODE, username="demo.coach", password=NEW_PASSWORD)
        s.execute(update(Device).values(last_seen_at=None))
    laptop.sign_in(NEW_PASSWORD)
    laptop.sync()
    laptop.close()
    provision.connect(laptop.folder, NEW_PASSWORD).close()


def test_headless_sync_command_runs_one_cycle_and_says_what_it_did(
    live: LiveServer, tmp_path: Path
) -> None:
    import subprocess
    import sys

    folder = tmp_path / "cli"
    first = subprocess.run(
        [
            sys.executable,
            "-m",
            "sync",
            "--data-dir",
            str(folder),
            "--password-stdin",
            "--quiet",
            "--provision",
            "--server",
            live.url,
            "--org",
            ORG_CODE,
            "--username",
            "lee.coach",
        ],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert first.returncode == 0, first.stderr
    assert "synced:" in first.stdout and "reference" in first.stdout
    again = subprocess.run(
        [sys.executable, "-m", "sync", "--data-dir", str(folder), "--password-stdin"],
        input="wrong password entirely\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert again.returncode == 1 and "Traceback" not in again.stderr
    assert "not correct" in again.stderr


def test_a_first_sign_in_cut_off_before_its_first_sync_can_be_finished_at_next_unlock(
    live: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sync.engine import SyncEngine
    from sync.errors import Offline

    def offline(self: SyncEngine, **_kwargs: object) -> None:
        raise Offline()

    with monkeypatch.context() as patch:
        patch.setattr(SyncEngine, "sync", offline)
        with pytest.raises(Offline):
            sign_up(live, tmp_path)
    folder = DataFolder(tmp_path / "demo.coach")
    later = provision.connect(folder, PASSWORD)  # the store was closed, not left locked open
    try:
        later.sync()
        assert len(reference.partners(later.store)) == 6
    finally:
        later.close()
