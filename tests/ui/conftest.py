"""Desktop app fixtures: a live server on loopback (SQLite; the server's own tests cover
PostgreSQL), the CoachApp window, and a coach signed in through the real screens."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coachapp.config import Settings
from coachapp.store.profile import DataFolder
from tests.conftest import FAST_KDF, TODAY
from tests.server.live import ORG_CODE, PASSWORD, LiveServer, live_server
from ui.app import MainWindow
from ui.launch import build_window, make_app, translations_dir
from ui.workspace import Workspace


def built_qm(language: str) -> Path:
    """The compiled translation, built here when ``make translations`` has not run (or is
    older than its .ts), the way ``make translations`` builds it."""
    source = translations_dir() / f"coachapp_{language}.ts"
    compiled = source.with_suffix(".qm")
    if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        subprocess.run(
            [str(lrelease), "-nounfinished", "-silent", str(source), "-qm", str(compiled)],
            check=True,
        )
    return compiled


@pytest.fixture(scope="session", autouse=True)
def translations_built() -> None:
    """Every window in these tests reads English plurals from coachapp_en.qm, as the app does
    ("1 change waiting to sync", not "1 change(s)"): make sure it is built before the first."""
    for source in translations_dir().glob("coachapp_*.ts"):
        built_qm(source.stem.removeprefix("coachapp_"))


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    db = tmp_path_factory.mktemp("server") / "server.db"
    with live_server(f"sqlite:///{db}") as server:
        yield server


@pytest.fixture
def settings(live: LiveServer) -> Settings:
    return Settings(server_url=live.url, org=ORG_CODE, auto_lock_minutes=5, sync_interval_minutes=0)


def open_window(qtbot: QtBot, folder: DataFolder, settings: Settings) -> MainWindow:
    make_app()
    window = build_window(folder=folder, settings=settings, kdf=FAST_KDF, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    return window


def sign_in(qtbot: QtBot, window: MainWindow, username: str = "demo.coach") -> Workspace:
    """Sign in through the sign-in screen as a coach would, and wait for the workspace."""
    from ui.screens.signin import SignInScreen

    screen = window.stack.currentWidget()
    assert isinstance(screen, SignInScreen)
    qtbot.keyClicks(screen.username, username)
    qtbot.keyClicks(screen.password, PASSWORD)
    qtbot.mouseClick(screen.button, pytest.importorskip("PySide6.QtCore").Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=60_000)
    assert window.workspace is not None
    return window.workspace


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, settings: Settings) -> Iterator[MainWindow]:
    w = open_window(qtbot, DataFolder(tmp_path / "laptop"), settings)
    yield w
    w.close()


@pytest.fixture
def workspace(qtbot: QtBot, window: MainWindow) -> Workspace:
    return sign_in(qtbot, window)


@pytest.fixture(autouse=True)
def no_apologies(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """An unexpected error (the apology dialog) anywhere in a UI test fails it."""
    yield
    unexpected = [r for r in caplog.records if r.name == "ui.errors" and "unexpected" in r.message]
    assert not unexpected, f"the app apologised for an unexpected error: {unexpected[0].exc_info}"
