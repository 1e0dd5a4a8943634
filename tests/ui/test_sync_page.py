"""The Sync page: progress in words, Cancel between batches, and going offline and back.

The laptop talks to the live server through a loopback proxy that can refuse connections,
which is what a coach's laptop sees when the network goes away.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coachapp.config import Settings
from coachapp.demo import people
from tests.conftest import TODAY
from tests.server.live import ORG_CODE, PASSWORD, LiveServer
from tests.sync.fault_proxy import FaultProxy
from ui.app import MainWindow
from ui.pages.sync_page import SyncPage
from ui.screens.lock import LockScreen
from ui.sync_control import SyncControl
from ui.workers import Step
from ui.workspace import Workspace

LEFT = Qt.MouseButton.LeftButton
OFFLINE_WORDS = (
    "You're offline; your work is saved on this laptop and will sync when you're back online."
)


@pytest.fixture
def proxy(live: LiveServer) -> Iterator[FaultProxy]:
    port = urlsplit(live.url).port
    assert port is not None
    with FaultProxy(port) as relay:
        yield relay


@pytest.fixture
def settings(proxy: FaultProxy) -> Settings:
    return Settings(
        server_url=proxy.url, org=ORG_CODE, auto_lock_minutes=5, sync_interval_minutes=0
    )


def sync_page(qtbot: QtBot, workspace: Workspace) -> SyncPage:
    qtbot.waitUntil(lambda: not workspace.sync.running, timeout=60_000)  # the sync at unlock
    workspace.show_page("sync")
    page = workspace.stack.currentWidget()
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(lambda: not page._loading and page.pending.text() != "", timeout=10_000)
    return page


def waiting_shown(page: SyncPage) -> int | None:
    """The number in "2342 changes waiting to be sent." (None when nothing is waiting)."""
    found = re.match(r"(\d+) change(?:s|\(s\))? waiting to be sent", page.pending.text())
    return int(found.group(1)) if found else None


def test_sync_page_shows_progress_in_words_and_cancel_stops_between_batches(
    qtbot: QtBot, live: LiveServer, workspace: Workspace
) -> None:
    store = workspace.ctx.store
    own = copy.copy(live.program)
    own.coaches = [live.program.coaches[0]]
    people.generate(store, own, participants=120, unsynced=True, today=TODAY)
    engine = workspace.ctx.connection.engine
    waiting = engine.pending_rows()
    assert waiting > 2 * engine.batch_size  # several batches
    page = sync_page(qtbot, workspace)
    qtbot.waitUntil(lambda: waiting_shown(page) == waiting, timeout=10_000)

    seen: list[str] = []
    page.sync.progress.connect(lambda _step: seen.append(page.phase.text()))
    steps: list[Step] = []
    page.sync.progress.connect(steps.append)
    qtbot.mouseClick(page.sync_button, LEFT)
    qtbot.waitUntil(lambda: page.bar.isVisible() and bool(steps), timeout=30_000)
    assert not page.sync_button.isEnabled()
    assert page.cancel_button.isEnabled()
    with qtbot.waitSignal(page.sync.finished, timeout=120_000):
        qtbot.mouseClick(page.cancel_button, LEFT)
        assert "Stopping after this batch" in page.phase.text()

    assert seen[0] == f"Sending your changes… 0 of {waiting}"
    assert "Stopped when you pressed Cancel" in page.report.text()
    assert not page.bar.isVisible() and page.sync_button.isEnabled()
    left = engine.pending_rows()
    assert 0 < left < waiting  # some batches went, the rest is still waiting
    qtbot.waitUntil(lambda: waiting_shown(page) == left, timeout=10_000)

    # The next sync sends the rest and receives the caseload.
    phases: list[str] = []
    page.sync.progress.connect(lambda _step: phases.append(page.phase.text()))
    with qtbot.waitSignal(page.sync.finished, timeout=300_000):
        qtbot.mouseClick(page.sync_button, LEFT)
    assert engine.pending_rows() == 0
    assert any(p.startswith("Receiving the program's lists") for p in phases)
    assert any(p.startswith("Receiving your caseload") for p in phases)
    qtbot.waitUntil(lambda: "Nothing waiting to be sent" in page.pending.text(), timeout=10_000)
    assert "Problems: none." in page.report.text()


def test_offline_sync_says_so_plainly_and_syncs_by_itself_when_the_server_is_back(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    proxy: FaultProxy,
    window: MainWindow,
    workspace: Workspace,
) -> None:
    monkeypatch.setattr(SyncControl, "probe_interval_ms", 300)
    qtbot.waitUntil(lambda: not workspace.sync.running, timeout=60_000)
    # Lock and unlock with the network gone (a fresh connection: nothing kept open).
    window.lock()
    lock = window.stack.currentWidget()
    assert isinstance(lock, LockScreen)
    with proxy.refusing():
        qtbot.keyClicks(lock.password, PASSWORD)
        qtbot.keyClick(lock.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=30_000)
        again = window.workspace
        assert again is not None
        again.show_page("sync")
        page = again.stack.currentWidget()
        assert isinstance(page, SyncPage)
        qtbot.waitUntil(lambda: page.failure.isVisible(), timeout=60_000)
        assert page.failure.text() == OFFLINE_WORDS
        assert again.status.online.text() == "○ Offline"
        assert page.sync_button.isEnabled()  # the coach may try again whenever they like

        # While the server cannot be reached, the probe keeps quiet.
        qtbot.wait(1000)
        assert page.failure.isVisible() and again.sync.online is False

    # The server is reachable again: the probe notices and the sync runs by itself.
    with qtbot.waitSignal(again.sync.finished, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: not page.failure.isVisible(), timeout=10_000)
    assert again.status.online.text() == "● Online"
    assert page.last_sync.text().startswith("Last successful sync")
