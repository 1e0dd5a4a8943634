"""Settings and About: the coach's own choices are saved to their settings file; what the
administrator locked stays as the administrator set it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coachapp import __version__
from coachapp.config import Settings, load_settings
from coachapp.store.profile import DataFolder
from tests.conftest import FAST_KDF, TODAY
from tests.ui.conftest import sign_in
from tests.ui.test_intake import shot
from ui.app import MainWindow
from ui.launch import build_window, make_app
from ui.pages.settings import SettingsPage


def open_settings(
    qtbot: QtBot, tmp_path: Path, settings: Settings
) -> tuple[MainWindow, SettingsPage, Path]:
    make_app()
    user_file = tmp_path / "user-settings.toml"
    window = build_window(
        folder=DataFolder(tmp_path / "laptop"),
        settings=settings,
        kdf=FAST_KDF,
        today=TODAY,
        user_settings=user_file,
    )
    qtbot.addWidget(window)
    window.show()
    workspace = sign_in(qtbot, window)
    qtbot.keyClick(workspace, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    page = workspace.stack.currentWidget()
    assert isinstance(page, SettingsPage)
    return window, page, user_file


def test_coach_changes_auto_lock_and_it_is_saved_and_applied(
    qtbot: QtBot, tmp_path: Path, settings: Settings
) -> None:
    window, page, user_file = open_settings(qtbot, tmp_path, settings)
    assert page.auto_lock.isEnabled() and page.auto_lock.value() == 5
    assert page.version.text() == __version__
    assert page.device.text() == window.ctx.identity.device_id
    assert page.data_folder.text() == str(tmp_path / "laptop")
    assert page.log_folder.text() == str(tmp_path / "laptop" / "logs")
    assert page.server.text() == settings.server_url
    shot(window, "settings")

    page.auto_lock.setFocus()
    page.auto_lock.selectAll()
    qtbot.keyClicks(page.auto_lock, "15")
    qtbot.waitUntil(lambda: page.saved.text() == "Saved.", timeout=5_000)

    assert "auto_lock_minutes = 15" in user_file.read_text(encoding="utf-8")
    assert (
        load_settings(machine_path=tmp_path / "none.toml", user_path=user_file).auto_lock_minutes
        == 15
    )
    assert window.idle.timer.interval() == 15 * 60_000  # applied now, not at next start
    assert window.settings.auto_lock_minutes == 15  # and kept for the next unlock
    window.close()


def test_language_is_saved_for_the_next_start(
    qtbot: QtBot, tmp_path: Path, settings: Settings
) -> None:
    window, page, user_file = open_settings(qtbot, tmp_path, settings)
    assert "next time it starts" in page.language_note.text()
    page.language.setCurrentIndex(page.language.findData("es"))
    qtbot.waitUntil(lambda: page.saved.text() == "Saved.", timeout=5_000)
    assert 'language = "es"' in user_file.read_text(encoding="utf-8")
    window.close()


def test_a_setting_the_administrator_locked_cannot_be_changed(
    qtbot: QtBot, tmp_path: Path, settings: Settings
) -> None:
    locked = replace(settings, auto_lock_minutes=3, locked=frozenset({"auto_lock_minutes"}))
    window, page, user_file = open_settings(qtbot, tmp_path, locked)

    assert not page.auto_lock.isEnabled()
    assert page.auto_lock.value() == 3
    assert page.auto_lock_locked.isVisible()
    assert page.auto_lock_locked.text() == "Set by your administrator."
    shot(window, "settings_locked")
    assert page.language.isEnabled()  # what was not locked stays the coach's choice
    qtbot.keyClicks(page.auto_lock, "9")  # typing into it does nothing
    page.auto_lock.editingFinished.emit()
    qtbot.wait(800)
    assert page.auto_lock.value() == 3
    assert not user_file.exists()
    assert window.idle.timer.interval() == 3 * 60_000
    window.close()
