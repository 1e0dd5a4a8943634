"""Runs sync for the workspace: on the button, on a timer, and when the network comes back.

One cycle at a time, in a worker, with progress and Cancel. What the coach must act on —
the laptop was disconnected by the administrator, or CoachApp must be updated — is raised
as ``access_withdrawn`` / ``upgrade_required`` for the window to show plainly.

The network "comes back" either through ``QNetworkInformation`` (where the platform has a
backend) or, while offline, through a cheap probe of the server's ``/healthz`` once a minute:
the backend cannot tell that the program's server itself is back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QNetworkInformation

from coachapp.errors import CoachAppError
from sync.engine import LAST_SUCCESS, Progress, SyncReport, read_setting
from sync.errors import AccessWithdrawn, Offline, SignInRequired, UpgradeRequired
from ui import workers
from ui.changes import EVERYTHING
from ui.context import AppContext

log = logging.getLogger(__name__)

T = TypeVar("T")


class SyncControl(QObject):
    started = Signal()
    progress = Signal(object)  # workers.Step
    finished = Signal(object)  # SyncReport
    failed = Signal(str)  # a message for the coach
    online_changed = Signal(bool)
    access_withdrawn = Signal(str)
    upgrade_required = Signal(str)
    sign_in_required = Signal()

    #: How often the server is probed while offline (tests shorten it).
    probe_interval_ms = 60_000

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._op: workers.Op[Any] | None = None
        self.online: bool | None = None
        self.last_error: str | None = None
        #: The last failure was "the server cannot be reached" (the page words it itself).
        self.last_failure_offline = False
        self.last_report: SyncReport | None = None
        self.last_report_at: datetime | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.sync_now)
        minutes = ctx.settings.sync_interval_minutes
        if minutes > 0:
            self._timer.start(minutes * 60_000)
        self._probe = QTimer(self)
        self._probe.timeout.connect(self._probe_server)
        self._probing: workers.Op[bool] | None = None
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

    def run_online(
        self,
        work: Callable[[], T],
        *,
        on_done: Callable[[T], None],
        on_failed: Callable[[BaseException], None],
    ) -> bool:
        """Run other work that talks to the server (merging duplicates) when no sync is
        running, so the two never share the connection. False when a sync is running."""
        if self._op is not None or not self.ctx.store.is_open:
            return False

        def done(result: T) -> None:
            self._op = None
            self._set_online(True)
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._op = None
            if isinstance(exc, Offline):
                self._set_online(False)
            on_failed(exc)

        self._op = workers.run(self, work, on_done=done, on_failed=failed)
        return True

    def cancel(self) -> None:
        if self._op is not None:
            self._op.cancel()

    def stop(self) -> None:
        """At lock: stop the timers and ask a running cycle to stop between batches."""
        self._timer.stop()
        self._probe.stop()
        self.cancel()

    def _done(self, report: SyncReport) -> None:
        self._op = None
        if not self.ctx.store.is_open:
            return  # locked while the cycle ran: the pages that would refresh are gone
        self.last_error = None
        self.last_failure_offline = False
        self.last_report = report
        self.last_report_at = datetime.now(UTC)
        self._set_online(True)
        self.finished.emit(report)
        self.ctx.bus.announce(EVERYTHING)

    def _failed(self, exc: BaseException) -> None:
        self._op = None
        if not self.ctx.store.is_open and not isinstance(exc, AccessWithdrawn):
            return  # locked while the cycle ran (a cancelled cycle ends here too)
        if isinstance(exc, AccessWithdrawn):
            self.access_withdrawn.emit(
                self.tr(
                    "This laptop was disconnected by your administrator, and CoachApp's data "
                    "on it has been removed. Ask your administrator if you need it set up again."
                )
            )
            return
        self.last_failure_offline = isinstance(exc, Offline)
        if isinstance(exc, UpgradeRequired):
            self.last_error = str(exc)
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
        if online:
            self._probe.stop()
        elif not self._probe.isActive():
            self._probe.start(self.probe_interval_ms)
        if online != self.online:
            self.online = online
            self.online_changed.emit(online)

    # --- noticing the network come back --------------------------------------------------------

    def _probe_server(self) -> None:
        """While offline: is the server back? A cheap GET of /healthz in a worker."""
        if self._op is not None or self._probing is not None or not self.ctx.store.is_open:
            return
        transport = self.ctx.connection.transport
        self._probing = workers.run(
            self,
            transport.reachable,
            on_done=self._probed,
            on_failed=self._probe_failed,
        )

    def _probed(self, reachable: bool) -> None:
        self._probing = None
        if reachable and self.online is False:
            log.info("server reachable again; syncing")
            self.sync_now()

    def _probe_failed(self, exc: BaseException) -> None:
        self._probing = None
        log.info("reachability probe failed: %s", type(exc).__name__)

    def _watch_network(self) -> None:
        try:
            loaded = QNetworkInformation.loadDefaultBackend()
        except Exception:  # no backend on this platform: the probe tells us instead
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
