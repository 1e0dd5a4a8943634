"""Runs sync for the workspace: on the button, on a timer, and when the network comes back.

One cycle at a time, in a worker, with progress and Cancel. What the coach must act on —
the laptop was disconnected by the administrator, or CoachApp must be updated — is raised
as ``access_withdrawn`` / ``upgrade_required`` for the window to show plainly.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QNetworkInformation

from coachapp.errors import CoachAppError
from sync.engine import LAST_SUCCESS, Progress, SyncReport, read_setting
from sync.errors import AccessWithdrawn, Offline, SignInRequired, UpgradeRequired
from ui import workers
from ui.changes import EVERYTHING
from ui.context import AppContext

log = logging.getLogger(__name__)


class SyncControl(QObject):
    started = Signal()
    progress = Signal(object)  # workers.Step
    finished = Signal(object)  # SyncReport
    failed = Signal(str)  # a message for the coach
    online_changed = Signal(bool)
    access_withdrawn = Signal(str)
    upgrade_required = Signal(str)
    sign_in_required = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._op: workers.Op[SyncReport] | None = None
        self.online: bool | None = None
        self.last_error: str | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.sync_now)
        minutes = ctx.settings.sync_interval_minutes
        if minutes > 0:
            self._timer.start(minutes * 60_000)
        self._watch_network()

    @property
    def running(self) -> bool:
        return self._op is not None

    def last_success(self) -> datetime | None:
        raw = read_setting(self.ctx.store, LAST_SUCCESS)
        try:
            return datetime.fromisoformat(raw) if raw else None
        except ValueError:
            return None

    def sync_now(self) -> None:
        if self._op is not None or not self.ctx.store.is_open:
            return
        connection = self.ctx.connection

        def work(report: workers.Reporter) -> SyncReport:
            def relay(p: Progress) -> None:
                report(p.phase, p.done, p.total)

            return connection.sync(progress=relay, cancel=report.cancelled)

        self.started.emit()
        self._op = workers.run(
            self,
            work,
            on_done=self._done,
            on_failed=self._failed,
            on_progress=self.progress.emit,
        )

    def cancel(self) -> None:
        if self._op is not None:
            self._op.cancel()

    def stop(self) -> None:
        """At lock: stop the timer and ask a running cycle to stop between batches."""
        self._timer.stop()
        self.cancel()

    def _done(self, report: SyncReport) -> None:
        self._op = None
        self.last_error = None
        self._set_online(True)
        self.finished.emit(report)
        self.ctx.bus.announce(EVERYTHING)

    def _failed(self, exc: BaseException) -> None:
        self._op = None
        if isinstance(exc, AccessWithdrawn):
            self.access_withdrawn.emit(
                self.tr(
                    "This laptop was disconnected by your administrator, and CoachApp's data "
                    "on it has been removed. Ask your administrator if you need it set up again."
                )
            )
            return
        if isinstance(exc, UpgradeRequired):
            self.upgrade_required.emit(str(exc))
            self.failed.emit(str(exc))
            return
        if isinstance(exc, SignInRequired):
            self.sign_in_required.emit()
        if isinstance(exc, Offline):
            self._set_online(False)
        message = str(exc) if isinstance(exc, CoachAppError) else None
        if message is None:
            from ui.errors import describe

            message, _ref = describe(exc)
        self.last_error = message
        self.failed.emit(message)
        # Rows may have been applied before the failure: let pages refresh.
        self.ctx.bus.announce(EVERYTHING)

    def _set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.online_changed.emit(online)

    def _watch_network(self) -> None:
        try:
            loaded = QNetworkInformation.loadDefaultBackend()
        except Exception:  # no backend on this platform: the sync result tells us instead
            loaded = False
        info = QNetworkInformation.instance() if loaded else None
        if info is None:
            return
        info.reachabilityChanged.connect(self._reachability)

    def _reachability(self, reachability: QNetworkInformation.Reachability) -> None:
        online = reachability in (
            QNetworkInformation.Reachability.Online,
            QNetworkInformation.Reachability.Site,
        )
        was = self.online
        self._set_online(online)
        if online and was is False:
            log.info("network came back; syncing")
            self.sync_now()
