"""Keyboard-and-mouse helpers for the privacy day. The few it shares with the UI tests are
restated because their modules import the server (``tests.server.live``): the laptop's
process loads only what the app loads, and starts seconds sooner. Same moves as
``tests/ui/test_intake.py``, ``test_participant_page.py``, ``test_lock_and_search.py`` and
``test_coach_day.py``; the save dialog is answered as a coach would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.dialogs.intake import IntakeWizard
from ui.workspace import Workspace

ALT = Qt.KeyboardModifier.AltModifier


def open_intake(qtbot: QtBot, workspace: Workspace) -> IntakeWizard:
    """Ctrl+N, as a coach starts an intake."""
    qtbot.keyClick(workspace, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: workspace.findChild(IntakeWizard) is not None)
    wizard = workspace.findChild(IntakeWizard)
    assert isinstance(wizard, IntakeWizard)
    qtbot.waitUntil(lambda: wizard.ready, timeout=10_000)
    return wizard


def next_page(qtbot: QtBot, wizard: IntakeWizard) -> None:
    """Alt+N; a mnemonic "animates" the click, so the page changes a moment later."""
    before = wizard.currentId()
    qtbot.keyClick(wizard, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: wizard.currentId() != before, timeout=3_000)


def pick(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, f"{value!r} is not offered"
    combo.setCurrentIndex(index)


def back_to_window(qtbot: QtBot, widget: QWidget) -> None:
    """Off screen no window manager hands activation back when a dialog closes (a desktop
    does); without it the window's shortcuts would not reach the page."""
    main = widget.window()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)


def dialog_of(kind: type, qtbot: QtBot) -> QWidget:
    def found() -> list[QWidget]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]

    qtbot.waitUntil(lambda: bool(found()))
    return found()[-1]


def closed(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.waitUntil(lambda: not dialog.isVisible())
    parent = dialog.parentWidget()
    if parent is not None:
        back_to_window(qtbot, parent)


def search_for(qtbot: QtBot, workspace: Workspace, text: str) -> list[str]:
    """Type in the search box; the rows shown once the answer for the whole text is in."""
    box = workspace.search
    box.clear()
    with qtbot.waitSignal(box.results_shown, timeout=10_000) as shown:
        qtbot.keyClicks(box, text)
    while shown.args[0] != text.strip():  # an earlier keystroke's answer: wait for the last
        with qtbot.waitSignal(box.results_shown, timeout=10_000) as shown:
            pass
    return [box.results.item(i).text() for i in range(box.results.count())]


def save_through_dialog(qtbot: QtBot, button: QAbstractButton, target: Path) -> str:
    """Click ``button``, then answer Qt's save dialog as the coach would: pick the file,
    Save. Returns the folder the dialog first showed."""
    answered: list[str] = []

    def answer(tries: int = 200) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            answered.append(dialog.directory().absolutePath())
            dialog.selectFile(str(target))
            dialog.accept()
        elif tries:
            QTimer.singleShot(25, lambda: answer(tries - 1))

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # returns once the dialog closed
    assert answered, "no save dialog was shown"
    return answered[0]


def table_text(widget: QWidget) -> str:
    """Every cell of every table on ``widget``, as the coach reads them."""
    cells = []
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        for r in range(model.rowCount()):
            cells.extend(str(model.index(r, c).data()) for c in range(model.columnCount()))
    return "\n".join(cells)
