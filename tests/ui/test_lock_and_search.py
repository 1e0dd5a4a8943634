"""Lock and find: auto-lock hides every name, unlock is throttled, search finds as you type."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
)
from pytestqt.qtbot import QtBot

from coachapp.store.profile import Identity
from coachapp.store.unlock_guard import UnlockGuard
from server.admin.accounts import reset_password
from server.admin.devices import revoke_device
from sync.errors import PasswordNotConfirmed, TooManyAttempts
from tests.server.live import ORG_CODE, PASSWORD, LiveServer
from tests.ui.people import add_person
from ui import workers
from ui.app import MainWindow
from ui.screens.lock import LockScreen
from ui.screens.signin import SignInScreen
from ui.workspace import Workspace

MARKER = "Zebulonia"


def visible_text() -> str:
    """Every piece of text a person could read on screen right now."""
    parts: list[str] = []
    for w in QApplication.allWidgets():
        if not w.isVisible():
            continue
        parts.append(w.windowTitle())
        parts.append(w.toolTip())
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
        # A list model hides columnCount(); it has one column.
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
        for c in range(columns):
            value = model.data(model.index(r, c, root), Qt.ItemDataRole.DisplayRole)
            if value is not None:
                out.append(str(value))
    return out


def search_for(qtbot: QtBot, workspace: Workspace, text: str) -> list[str]:
    box = workspace.search
    box.clear()
    with qtbot.waitSignal(box.results_shown, timeout=10_000) as shown:
        qtbot.keyClicks(box, text)
    while shown.args[0] != text.strip():  # an earlier keystroke's answer: wait for the last
        with qtbot.waitSignal(box.results_shown, timeout=10_000) as shown:
            pass
    return [box.results.item(i).text() for i in range(box.results.count())]


def test_search_as_you_type_finds_by_part_of_a_name_and_by_case_number(
    qtbot: QtBot, workspace: Workspace
) -> None:
    store = workspace.ctx.store
    add_person(store, "Keisha", "Rodríguez", tanf_case_number="OH-2231-0087")
    add_person(store, "Marcus", "Whitfield")

    by_name = search_for(qtbot, workspace, "rodr")
    assert any("Keisha Rodríguez" in row for row in by_name)
    assert not any("Whitfield" in row for row in by_name)

    by_case = search_for(qtbot, workspace, "2231")
    assert any("Keisha Rodríguez" in row and "OH-2231-0087" in row for row in by_case)

    nobody = search_for(qtbot, workspace, "qqxx")
    assert nobody == ["No participant matches “qqxx”."]


def test_picking_a_search_result_opens_the_participant(qtbot: QtBot, workspace: Workspace) -> None:
    pid = add_person(workspace.ctx.store, "Keisha", "Rodríguez")
    search_for(qtbot, workspace, "keish")
    qtbot.keyClick(workspace.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: workspace.participant_page is not None)
    assert workspace.participant_page is not None
    assert workspace.participant_page.participant_id == pid
    assert not workspace.search.results.isVisible()


def test_auto_lock_hides_every_name_and_closes_the_store(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    store = workspace.ctx.store
    pid = add_person(store, MARKER, "Quillfeather", tanf_case_number="OH-7777-1234")
    workspace.ctx.nav.open_participant(pid)
    search_for(qtbot, workspace, MARKER[:5])
    qtbot.waitUntil(lambda: MARKER in visible_text(), timeout=10_000)

    # The administrator's idle minutes, shortened: the same timer, the same path.
    window.idle.set_minutes(1)
    window.idle.timer.setInterval(300)
    window.idle.timer.start()
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), LockScreen), timeout=5_000)
    qtbot.wait(50)

    assert MARKER not in visible_text()
    assert "Quillfeather" not in visible_text()
    assert "7777" not in visible_text()
    assert not store.is_open
    assert window.ctx is None

    lock = window.stack.currentWidget()
    assert isinstance(lock, LockScreen)
    qtbot.keyClicks(lock.password, PASSWORD)
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30_000)
    assert window.workspace is not None
    page = window.workspace.participant_page
    assert page is not None and page.participant_id == pid


def test_unlock_is_throttled_after_wrong_passwords_and_says_how_long_to_wait(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    window.lock()
    lock = window.stack.currentWidget()
    assert isinstance(lock, LockScreen)
    for attempt in range(3):
        qtbot.waitUntil(lambda: lock.password.isEnabled(), timeout=30_000)
        qtbot.keyClicks(lock.password, f"not-my-password-{attempt}")
        qtbot.keyClick(lock.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: lock.message.isVisible(), timeout=30_000)
        assert "not correct" in lock.message.text()
        qtbot.waitUntil(lambda: lock._op is None, timeout=30_000)

    assert lock.wait.isVisible()
    assert "Try again in" in lock.wait.text() and "seconds" in lock.wait.text()
    assert not lock.button.isEnabled()
    assert not lock.password.isEnabled()
    # Even the right password is refused while the wait runs.
    lock.password.setText(PASSWORD)
    lock.submit()
    assert window.workspace is None


def test_locking_while_a_sync_runs_shows_the_lock_screen_without_an_error(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    for i in range(5):
        add_person(workspace.ctx.store, f"Pending{i}", "Person")
    qtbot.waitUntil(lambda: not workspace.sync.running, timeout=30_000)
    workspace.sync.sync_now()
    assert workspace.sync.running
    window.lock()
    qtbot.wait(300)  # let every queued answer arrive
    assert isinstance(window.stack.currentWidget(), LockScreen)
    assert window.workspace is None


def test_a_wrong_password_counts_even_when_the_server_blocks_sign_ins(
    qtbot: QtBot, tmp_path: Path
) -> None:
    guard = UnlockGuard(tmp_path)
    who = Identity(org_id="o", coach_id="c", device_id="d", username="dana", display_name="Dana")

    def unlock(_password: str) -> object:
        raise PasswordNotConfirmed(TooManyAttempts(300))

    screen = LockScreen(who, guard, unlock)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.keyClicks(screen.password, "a-guess")
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(screen.message.isVisible, timeout=10_000)
    assert guard.failures() == 1
    assert "not correct" in screen.message.text()
    assert "Too many sign-in attempts" in screen.message.text()
    # The finished unlock is deleted while this test still holds the screen it answered
    # (it keeps a reference to it; the screen must not die with it, mid-deletion).
    qtbot.waitUntil(lambda: not workers._live, timeout=10_000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_revoked_laptop_is_wiped_at_the_lock_screen_when_it_asks_the_server_about_a_reset(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, live: LiveServer
) -> None:
    add_person(workspace.ctx.store, MARKER, "Quillfeather")
    device = workspace.ctx.connection.identity.device_id
    qtbot.waitUntil(lambda: not workspace.sync.running, timeout=30_000)
    window.lock()
    with live.db.session() as s:
        reset_password(s, org_code=ORG_CODE, username="demo.coach", password="Copper-Kettle-58-Sun")
        revoke_device(s, org_code=ORG_CODE, device_id=device)
    told: list[str] = []

    def close_the_warning(tries: int = 400) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            told.append(box.text())
            box.accept()
        elif tries:
            QTimer.singleShot(25, lambda: close_the_warning(tries - 1))

    lock = window.stack.currentWidget()
    assert isinstance(lock, LockScreen)
    QTimer.singleShot(0, close_the_warning)
    qtbot.keyClicks(lock.password, "Copper-Kettle-58-Sun")  # the vault refuses: ask the server
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)

    assert "This laptop was disconnected by your administrator." in told[0]
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), SignInScreen))
    signin = window.stack.currentWidget()
    assert isinstance(signin, SignInScreen)
    assert "This laptop was disconnected by your administrator." in signin.message.text()
    folder = window.folder.path
    assert [p.name for p in folder.rglob("*") if p.is_file()] == []
    assert MARKER not in visible_text()
