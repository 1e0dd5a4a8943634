"""The CoachApp window: sign-in on first run, the lock screen, and the workspace once unlocked.

Locking (on demand, or after the administrator's idle minutes) destroys the workspace —
every widget that showed participant data — and closes the store; unlocking builds it
again and returns the coach to the page they were on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QStackedWidget, QWidget

from coachapp.config import Settings
from coachapp.errors import StoreDamaged, StoreReadOnly
from coachapp.store.profile import DataFolder
from coachapp.store.unlock_guard import UnlockGuard
from coachapp.store.vault import KdfParams
from sync import provision as provisioning
from sync.provision import Connection
from ui import workers
from ui.changes import ChangeBus
from ui.context import AppContext, Navigator
from ui.screens.lock import LockScreen
from ui.screens.signin import SignInScreen
from ui.workspace import Workspace

log = logging.getLogger(__name__)

#: Input that counts as the coach being at the laptop.
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


@dataclass
class Options:
    """How the window was started (tests and ``make run`` set more of these)."""

    folder: DataFolder
    settings: Settings
    kdf: KdfParams | None = None
    today: date | None = None
    #: The coach's own settings file (None: the per-user default location).
    user_settings: Path | None = None


class IdleWatch(QObject):
    """Counts down the auto-lock while no key or mouse input reaches the app."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.timeout.connect(self.idle.emit)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)
        if self.timer.isActive():
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False


class MainWindow(QMainWindow):
    def __init__(self, options: Options) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("CoachApp"))
        self.resize(1200, 780)
        self.options = options
        self.folder = options.folder
        self.settings = options.settings
        self.guard = UnlockGuard(self.folder.path)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.ctx: AppContext | None = None
        self.workspace: Workspace | None = None
        self._place: dict[str, Any] | None = None
        self.idle = IdleWatch(self.settings.auto_lock_minutes, self)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.show_start()
        if self.settings.problems:
            QTimer.singleShot(0, self._warn_settings)

    # --- screens ---

    def show_start(self, notice: str | None = None) -> None:
        try:
            self.folder.check_writable()
        except StoreReadOnly as exc:  # said at once, not at the first save that fails
            notice = str(exc)
        no_vault = self.folder.set_aside_without_vault()
        if no_vault is not None:  # nobody can open it: set aside, so the coach can sign in
            notice = str(no_vault)
        if self.folder.is_provisioned():
            try:
                identity = self.folder.identity()
            except StoreDamaged as exc:  # a damaged profile: set the files aside, sign in
                notice = self._set_up_again_notice(self.folder.set_aside(exc))
            else:
                self._show(LockScreen(identity, self.guard, self._unlock_work(), notice=notice))
                return
        self._show(SignInScreen(self.settings, self._provision_work(), notice=notice))

    def _set_up_again(self, damage: object) -> None:
        """The lock screen found the files damaged (already set aside): sign in afresh."""
        assert isinstance(damage, StoreDamaged)
        self.show_start(notice=self._set_up_again_notice(damage))

    def _set_up_again_notice(self, damage: StoreDamaged) -> str:
        if damage.kept_in is None:
            return str(damage)
        return self.tr(
            "Sign in to set this laptop up again: your caseload comes back from the program's "
            "server. Changes that had not been synced before the damage are not on the server. "
            "The damaged files were kept, unchanged, in {folder}."
        ).format(folder=damage.kept_in)

    def _show(self, screen: QWidget) -> None:
        old = self.stack.currentWidget()
        self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        if isinstance(screen, LockScreen):
            screen.unlocked.connect(self._enter)
            screen.set_up_again.connect(self._set_up_again)
            screen.withdrawn.connect(self._withdrawn)
        elif isinstance(screen, SignInScreen):
            screen.signed_in.connect(self._enter)

    def _provision_work(self) -> Callable[..., Connection]:
        folder, settings, kdf = self.folder, self.settings, self.options.kdf

        def work(
            server_url: str, org: str, username: str, password: str, report: workers.Reporter
        ) -> Connection:
            return provisioning.provision(
                folder,
                server_url=server_url,
                org=org,
                username=username,
                password=password,
                ca_bundle=settings.ca_bundle,
                kdf=kdf,
                progress=lambda p: report(p.phase, p.done, p.total),
            )

        return work

    def _unlock_work(self) -> Callable[[str], Connection]:
        folder, ca_bundle = self.folder, self.settings.ca_bundle
        return lambda password: provisioning.connect(folder, password, ca_bundle=ca_bundle)

    def _enter(self, connection: object) -> None:
        assert isinstance(connection, Connection)
        self.ctx = AppContext(
            folder=self.folder,
            settings=self.settings,
            connection=connection,
            bus=ChangeBus(),
            nav=Navigator(),
            today_override=self.options.today,
            user_settings_path=self.options.user_settings,
            apply_settings=self._apply_settings,
        )
        workspace = Workspace(self.ctx)
        workspace.lock_requested.connect(self.lock)
        workspace.sync.access_withdrawn.connect(self._withdrawn)
        workspace.sync.upgrade_required.connect(self._upgrade)
        self.workspace = workspace
        self._show(workspace)
        if self._place:
            workspace.restore(self._place)
            self._place = None
        self.idle.timer.start()
        # The modules, classes and the workspace just built live until the lock: out of the
        # cycle collector's reach, so a collection no longer stalls the window scanning them.
        workers.settle()
        log.info("unlocked device=%s", connection.identity.device_id)
        # A fresh unlock is a good moment to sync (it is quiet when offline).
        QTimer.singleShot(0, workspace.sync.sync_now)

    def _apply_settings(self, settings: Settings) -> None:
        """The coach changed a setting: keep it for the next unlock and apply auto-lock now."""
        self.settings = settings
        self.idle.set_minutes(settings.auto_lock_minutes)

    # --- lock ---

    def lock(self) -> None:
        """Hide everything, close the store, and show the lock screen."""
        if self.workspace is None or self.ctx is None:
            return
        self.idle.timer.stop()
        self._place = self.workspace.place()
        self._close_workspace()
        log.info("locked")
        self.show_start()

    def _close_workspace(self) -> None:
        workspace, ctx = self.workspace, self.ctx
        self.workspace = None
        self.ctx = None
        if workspace is not None:
            workspace.shutdown()
            for child in workspace.findChildren(QWidget):
                if child.isWindow():
                    child.close()
            self.stack.removeWidget(workspace)
            workspace.hide()
            workspace.deleteLater()
        # Workers may still hold the store; let them finish before it closes, and drop what
        # they answer: nothing that was on screen before the lock may come back.
        workers.drop_answers()
        workers.wait_for_all(30_000)
        if ctx is not None and ctx.store.is_open:
            ctx.connection.close()
        workers.unsettle()  # the closed workspace can be collected now

    def _withdrawn(self, message: str) -> None:
        # The sync engine (or an unlock that asked the server) has wiped the folder; only the
        # sign-in screen makes sense now.
        self._place = None
        self.workspace = None
        self.ctx = None
        workers.unsettle()
        old = self.stack.currentWidget()
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.show_start(notice=message)
        QMessageBox.warning(self, self.tr("This laptop was disconnected"), message)

    def _upgrade(self, message: str) -> None:
        QMessageBox.information(self, self.tr("Update CoachApp"), message)

    def _warn_settings(self) -> None:
        QMessageBox.warning(
            self,
            self.tr("Settings problem"),
            self.tr("CoachApp started with safe settings because:")
            + "\n\n"
            + "\n".join(self.settings.problems),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle.timer.stop()
        self._close_workspace()
        super().closeEvent(event)


def data_folder_default() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("CoachApp", appauthor=False))
