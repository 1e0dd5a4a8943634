"""The window stays responsive with a big caseload: Python's cycle collector runs on the GUI
thread, so what lives as long as the unlocked app is frozen out of its scans, and a lock
hands it back so the closed workspace is freed."""

from __future__ import annotations

import gc
import sys
import weakref

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.server.live import PASSWORD
from tests.ui.conftest import sign_in
from ui import workers
from ui.app import MainWindow
from ui.screens.lock import LockScreen


def test_a_collection_after_unlock_skips_the_app_and_a_lock_frees_the_workspace(
    qtbot: QtBot, window: MainWindow
) -> None:
    workspace = sign_in(qtbot, window)
    qtbot.waitUntil(lambda: not window.workspace.sync.running, timeout=30_000)  # type: ignore[union-attr]
    # Modules, classes and the workspace are out of the collector's reach while unlocked.
    assert gc.get_freeze_count() > 10_000
    tracked = len(gc.get_objects())
    assert tracked < gc.get_freeze_count() / 4

    closed = weakref.ref(workspace)
    del workspace
    window.lock()
    assert gc.get_freeze_count() == 0
    # A moment later, on the lock screen, a full collection frees the closed workspace.
    qtbot.waitUntil(lambda: closed() is None, timeout=5_000)

    lock = window.stack.currentWidget()
    assert isinstance(lock, LockScreen)
    lock.password.setText(PASSWORD)
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15_000)
    assert gc.get_freeze_count() > 10_000


def test_the_gui_thread_takes_its_turn_quickly_while_workers_run() -> None:
    workers.run(None, lambda: None)
    assert sys.getswitchinterval() <= 0.001
    assert not gc.isenabled()  # collections happen on the GUI thread's timer only
