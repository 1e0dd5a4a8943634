"""What the coach sees when the disk or the files let them down: a sentence on the screen
(never the apology for an unexpected error), and a way on."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from coachapp.config import Settings
from coachapp.store import integrity
from coachapp.store.profile import DataFolder, Identity
from coachapp.store.unlock_guard import UnlockGuard
from tests.server.live import PASSWORD
from tests.store.small_disks import fill, read_only, small_disk, writable_again
from tests.ui.conftest import open_window, sign_in
from tests.ui.people import add_person
from ui.app import MainWindow
from ui.dialogs.task import TaskDialog
from ui.screens.lock import LockScreen
from ui.screens.signin import SignInScreen
from ui.workspace import Workspace


def unlock(qtbot: QtBot, lock: LockScreen, password: str = PASSWORD) -> None:
    qtbot.keyClicks(lock.password, password)
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lock._op is None and lock.message.isVisible(), timeout=30_000)


def test_a_save_on_a_full_disk_is_told_in_the_dialog_and_nothing_is_lost(
    qtbot: QtBot, workspace: Workspace
) -> None:
    store = workspace.ctx.store
    pid = add_person(store, "Full", "Disk")
    with store.read() as session:
        pages = int(session.connection().exec_driver_sql("PRAGMA page_count").scalar_one())

    def no_room(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}").fetchall()

    qtbot.waitUntil(lambda: not workspace.sync.running, timeout=30_000)
    store.engine.dispose()
    event.listen(store.engine, "connect", no_room)
    try:
        dialog = TaskDialog(workspace.ctx, pid, participant_name="Full Disk", parent=workspace)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.title_edit, "Call about the CNA class")
        dialog.submit()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
        assert dialog.problem.isVisible()
        assert dialog.problem.text().startswith("The disk is full: this save was not kept.")
        assert dialog.isVisible()  # still open: the coach's words are not lost either
    finally:
        event.remove(store.engine, "connect", no_room)
        store.engine.dispose()
    dialog.submit()  # room again: the same dialog saves
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)


def test_a_damaged_database_is_explained_and_the_laptop_is_set_up_again(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    add_person(workspace.ctx.store, "Before", "Damage")
    window.lock()
    db = window.folder.database_path
    data = bytearray(db.read_bytes())
    data[(len(data) // integrity.PAGE_SIZE // 2) * integrity.PAGE_SIZE + 100] ^= 0x01
    db.write_bytes(bytes(data))

    lock = window.stack.currentWidget()
    assert isinstance(lock, LockScreen)
    unlock(qtbot, lock)
    assert "database file on this laptop is damaged" in lock.message.text()
    assert "not been synced" in lock.message.text()
    assert lock.reset.isVisible() and not lock.button.isEnabled()
    assert list(window.folder.path.glob("damaged-*/coachapp.db"))

    qtbot.mouseClick(lock.reset, Qt.MouseButton.LeftButton)
    screen = window.stack.currentWidget()
    assert isinstance(screen, SignInScreen)
    assert "set this laptop up again" in screen.message.text()
    sign_in(qtbot, window)  # the sign-in screen, as on the first day
    assert window.workspace is not None


def test_a_read_only_data_folder_is_said_on_the_first_screen(
    qtbot: QtBot, tmp_path: Path, settings: Settings
) -> None:
    first = open_window(qtbot, DataFolder(tmp_path / "laptop"), settings)
    sign_in(qtbot, first)
    first.close()
    with small_disk(tmp_path / "ro", 16 * 1024 * 1024) as disk:
        folder = DataFolder(disk.path / "laptop")
        subprocess.run(["cp", "-a", str(tmp_path / "laptop"), str(folder.path)], check=True)
        how = read_only(disk)
        try:
            window = open_window(qtbot, folder, settings)
            lock = window.stack.currentWidget()
            assert isinstance(lock, LockScreen)
            assert lock.message.isVisible()
            assert "cannot save anything in its data folder" in lock.message.text()
            unlock(qtbot, lock)  # trying anyway: the same sentence, no error dialog
            assert "cannot save anything in its data folder" in lock.message.text()
            assert window.workspace is None
            window.close()
        finally:
            writable_again(disk, how)


def test_a_damaged_profile_does_not_stop_the_app_from_starting(
    qtbot: QtBot, tmp_path: Path, settings: Settings
) -> None:
    first = open_window(qtbot, DataFolder(tmp_path / "laptop"), settings)
    sign_in(qtbot, first)
    first.close()
    profile = tmp_path / "laptop" / "profile.json"
    profile.write_bytes(profile.read_bytes()[:30])
    window = open_window(qtbot, DataFolder(tmp_path / "laptop"), settings)
    screen = window.stack.currentWidget()
    assert isinstance(screen, SignInScreen)
    assert "profile file" in screen.message.text() or "set this laptop up again" in (
        screen.message.text()
    )
    assert list((tmp_path / "laptop").glob("damaged-*/profile.json"))
    window.close()


def test_a_full_disk_at_the_lock_screen_is_told_and_the_password_is_not_checked(
    qtbot: QtBot, tmp_path: Path
) -> None:
    checked: list[str] = []

    def unlock_work(password: str) -> object:
        checked.append(password)
        raise AssertionError("the password must not be checked while its try cannot be counted")

    with small_disk(tmp_path / "full", 1024 * 1024) as disk:
        guard = UnlockGuard(disk.path / "laptop")
        guard.failed()  # a mistyped password earlier
        filler = fill(disk)
        who = Identity(org_id="o", coach_id="c", device_id="d", username="dana", display_name="D")
        lock = LockScreen(who, guard, unlock_work)
        qtbot.addWidget(lock)
        lock.show()
        qtbot.keyClicks(lock.password, "a-guess")
        qtbot.keyClick(lock.password, Qt.Key.Key_Return)
        assert lock.message.isVisible()
        assert lock.message.text().startswith("The disk is full:")
        assert "did not check the password" in lock.message.text()
        qtbot.wait(100)
        assert checked == [] and lock._op is None and guard.failures() == 1
        assert lock.password.isEnabled() and lock.button.isEnabled()
        filler.unlink()


def test_a_database_without_its_vault_is_set_aside_and_the_coach_signs_in_again(
    qtbot: QtBot, tmp_path: Path, settings: Settings
) -> None:
    first = open_window(qtbot, DataFolder(tmp_path / "laptop"), settings)
    add_person(sign_in(qtbot, first).ctx.store, "Never", "Synced")
    first.close()
    folder = DataFolder(tmp_path / "laptop")
    folder.vault_path.unlink()  # lost: nobody can open the database now

    window = open_window(qtbot, folder, settings)
    screen = window.stack.currentWidget()
    assert isinstance(screen, SignInScreen)
    assert screen.message.isVisible()
    assert "not been synced could not be opened" in screen.message.text()
    kept = list(folder.path.glob("damaged-*/coachapp.db"))
    assert kept and str(kept[0].parent) in screen.message.text()
    sign_in(qtbot, window)  # no longer "already holds CoachApp data": set up again
    assert window.workspace is not None
    window.close()
