"""Start, sign-in and lock: what a coach sees before any participant appears."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.app import MainWindow
from ui.screens.lock import LockScreen
from ui.workspace import Workspace


def test_coach_signs_in_on_a_new_laptop_and_sees_today(qtbot: QtBot, workspace: Workspace) -> None:
    assert workspace.stack.currentWidget().key == "today"
    assert workspace.isVisible()


def test_coach_locks_with_ctrl_l_and_unlocks_back_to_where_they_were(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    workspace.show_page("participants")
    qtbot.keyClick(workspace, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), LockScreen))
    lock = window.stack.currentWidget()
    assert isinstance(lock, LockScreen)
    assert window.ctx is None
    from tests.server.live import PASSWORD

    qtbot.keyClicks(lock.password, PASSWORD)
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30_000)
    assert window.workspace is not None
    assert window.workspace.stack.currentWidget().key == "participants"
