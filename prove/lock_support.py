"""Part 9's helpers: a laptop set up against the live server, the real window on it, a clock
the unlock throttle can be moved along with, and a scan of every widget's text.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)
from pytestqt.qtbot import QtBot

from coachapp.config import Settings
from coachapp.models.enums import CoachRole
from coachapp.store.profile import DataFolder
from coachapp.store.vault import KdfParams
from sync.provision import provision
from tests.conftest import FAST_KDF, TODAY
from tests.server.live import ORG_CODE, PASSWORD, LiveServer
from ui.app import MainWindow
from ui.launch import build_window, make_app
from ui.screens.lock import LockScreen


class Clock:
    """Wall-clock time that a test can move forward (the throttle's waits are minutes)."""

    def __init__(self, start: float) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def set_up_laptop(
    live: LiveServer, root: Path, username: str, *, kdf: KdfParams | None = FAST_KDF
) -> DataFolder:
    """A new coach account and their laptop, set up by the real provisioning path."""
    live.add_account(username, role=CoachRole.COACH, team_id=live.program.teams[0].id)
    folder = DataFolder(root / username)
    provision(
        folder, server_url=live.url, org=ORG_CODE, username=username, password=PASSWORD, kdf=kdf
    ).close()
    return folder


def open_window(qtbot: QtBot, folder: DataFolder, settings: Settings) -> MainWindow:
    make_app()
    window = build_window(folder=folder, settings=settings, kdf=FAST_KDF, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    return window


def lock_screen(window: MainWindow) -> LockScreen:
    screen = window.stack.currentWidget()
    assert isinstance(screen, LockScreen), type(screen).__name__
    return screen


def shown_wait(screen: LockScreen) -> int:
    """The seconds the lock screen tells the coach to wait (0 when it shows no wait)."""
    if screen.wait.isHidden():
        return 0
    found = re.search(r"(\d[\d,]*)", screen.wait.text())
    assert found, screen.wait.text()
    return int(found.group(1).replace(",", ""))


def unlock(qtbot: QtBot, window: MainWindow, password: str = PASSWORD) -> None:
    screen = lock_screen(window)
    qtbot.keyClicks(screen.password, password)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=60_000)


def every_widget_text() -> str:
    """The text of every widget that exists now, shown or hidden, and of their item models."""
    parts: list[str] = []
    for w in QApplication.allWidgets():
        parts += [w.windowTitle(), w.toolTip(), w.accessibleName(), w.accessibleDescription()]
        if isinstance(w, QLabel | QAbstractButton | QLineEdit):
            parts.append(w.text())
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            parts.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            parts.extend(w.itemText(i) for i in range(w.count()))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            parts.extend(_model_text(w.model()))
    return "\n".join(p for p in parts if p)


def _model_text(model: QAbstractItemModel) -> list[str]:
    out: list[str] = []
    root = QModelIndex()
    for r in range(min(model.rowCount(root), 500)):
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
        for c in range(columns):
            value = model.data(model.index(r, c, root), Qt.ItemDataRole.DisplayRole)
            if value is not None:
                out.append(str(value))
    return out
