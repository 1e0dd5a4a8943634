"""An error nobody expected, escaping a slot: the coach sees the apology with its reference
(found by the proof suite's privacy day: the box had no parent and vanished at once)."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from ui.errors import install_excepthook


@pytest.fixture(autouse=True)
def no_apologies() -> Iterator[None]:
    """These tests make the app apologise on purpose (overrides the conftest's guard)."""
    yield


@pytest.fixture
def hook(monkeypatch: pytest.MonkeyPatch) -> object:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    install_excepthook()
    return sys.excepthook


def escape_a_slot() -> None:
    try:
        raise RuntimeError("UNIQUE constraint failed: participant.last_name = 'Quillfeather'")
    except RuntimeError as exc:
        sys.excepthook(RuntimeError, exc, exc.__traceback__)


def apology() -> QMessageBox | None:
    shown = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "errorDialog" and w.isVisible()
    ]
    return shown[-1] if shown else None


def test_with_no_window_open_the_apology_stays_until_the_coach_closes_it(
    qtbot: QtBot, hook: object
) -> None:
    escape_a_slot()
    gc.collect()  # nothing but the app may hold the box
    qtbot.waitUntil(lambda: apology() is not None, timeout=2_000)
    box = apology()
    assert box is not None
    assert "tell your administrator reference" in box.text()
    assert "Quillfeather" not in box.text()
    box.accept()
    qtbot.waitUntil(lambda: apology() is None, timeout=2_000)


def test_the_apology_opens_over_the_window_the_coach_is_using(qtbot: QtBot, hook: object) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    escape_a_slot()
    gc.collect()
    qtbot.waitUntil(lambda: apology() is not None, timeout=2_000)
    box = apology()
    assert box is not None and box.parentWidget() is window
    box.accept()
