"""The status row: online or offline, changes waiting to sync, last sync, today's branch,
and the Sync button."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from coachapp.services import workday
from coachapp.services.reference import sites
from sync.engine import SyncReport
from ui import workers
from ui.changes import Changes
from ui.context import AppContext
from ui.sync_control import SyncControl


class StatusRow(QWidget):
    def __init__(self, ctx: AppContext, sync: SyncControl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusRow")
        self.ctx = ctx
        self.sync = sync
        self.online = QLabel(self.tr("Not synced yet"))
        self.online.setObjectName("onlineState")
        self.pending = QLabel()
        self.pending.setObjectName("pendingChanges")
        self.last_sync = QLabel()
        self.last_sync.setObjectName("lastSync")
        self.branch = QComboBox()
        self.branch.setObjectName("todaysBranch")
        self.branch.setAccessibleName(self.tr("Branch I am working at today"))
        self.branch.setToolTip(self.tr("The DHS branch you are working at today (Ctrl+B)"))
        self.branch.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.branch.setMinimumContentsLength(12)
        self.branch.setMaximumWidth(280)  # a long branch name must not push the row off screen
        self.sync_button = QPushButton(self.tr("Sync now (F5)"))
        self.sync_button.setObjectName("syncButton")
        self.sync_button.setShortcut("F5")
        self.sync_button.setToolTip(self.tr("Sync with the program's server (F5)"))
        self.sync_button.clicked.connect(sync.sync_now)
        self.lock_button = QPushButton(self.tr("&Lock"))
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setToolTip(self.tr("Lock CoachApp (Ctrl+L)"))
        if parent is not None and hasattr(parent, "lock_requested"):
            self.lock_button.clicked.connect(parent.lock_requested.emit)

        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        row.addWidget(self.online)
        row.addWidget(self.pending)
        row.addWidget(self.last_sync)
        row.addStretch(1)
        # Ctrl+B, not a mnemonic: every letter of "Working at" is taken on some page.
        branch_label = QLabel(self.tr("Working at (Ctrl+B):"))
        branch_label.setBuddy(self.branch)
        QShortcut(QKeySequence("Ctrl+B"), self, self._choose_branch)
        row.addWidget(branch_label)
        row.addWidget(self.branch)
        row.addWidget(self.sync_button)

        sync.started.connect(self._started)
        sync.progress.connect(self._progress)
        sync.finished.connect(self._finished)
        sync.failed.connect(self._failed)
        sync.online_changed.connect(self._online)
        ctx.bus.changed.connect(self._changed)
        self._clock = QTimer(self)
        self._clock.timeout.connect(self._show_last_sync)
        self._clock.start(60_000)
        self._loading_branch = False
        self.branch.currentIndexChanged.connect(self._branch_chosen)
        self._load()

    def _load(self) -> None:
        store, today = self.ctx.store, self.ctx.today()
        engine = self.ctx.connection.engine

        def read() -> tuple[int, list[tuple[str, str]], str | None]:
            return (
                engine.pending_rows(),
                [(s.id, s.label) for s in sites(store)],
                workday.todays_site(store, today=today),
            )

        workers.run(self, read, on_done=self._loaded)
        self._show_last_sync()

    def _loaded(self, answer: tuple[int, list[tuple[str, str]], str | None]) -> None:
        pending, branches, chosen = answer
        self._show_pending(pending)
        self._loading_branch = True
        self.branch.clear()
        self.branch.addItem(self.tr("— choose —"), None)
        for site_id, name in branches:
            self.branch.addItem(name, site_id)
        index = self.branch.findData(chosen) if chosen else 0
        self.branch.setCurrentIndex(max(0, index))
        self._loading_branch = False

    def _choose_branch(self) -> None:
        self.branch.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.branch.showPopup()

    def _branch_chosen(self, index: int) -> None:
        if self._loading_branch:
            return
        site_id = self.branch.itemData(index)
        store, today = self.ctx.store, self.ctx.today()
        workers.run(self, lambda: workday.set_todays_site(store, site_id, today=today))

    def _changed(self, what: Changes) -> None:
        if what.touches("outbox", "reference"):
            engine = self.ctx.connection.engine
            if what.touches("reference"):
                self._load()
            else:
                workers.run(self, engine.pending_rows, on_done=self._show_pending)

    def _show_pending(self, count: int) -> None:
        if count:
            self.pending.setText(self.tr("%n change(s) waiting to sync", "", count))
        else:
            self.pending.setText(self.tr("Everything is synced"))

    def _show_last_sync(self) -> None:
        workers.run(self, self.sync.last_success, on_done=self._last_sync_read)

    def _last_sync_read(self, when: datetime | None) -> None:
        if when is None:
            self.last_sync.setText(self.tr("Never synced"))
            return
        local = when.astimezone() if when.tzinfo else when
        self.last_sync.setText(self.tr("Last sync {when}").format(when=_ago(local)))

    def _started(self) -> None:
        self.sync_button.setEnabled(False)
        self.online.setText(self.tr("Syncing…"))

    def _progress(self, step: workers.Step) -> None:
        phase = {"push": self.tr("sending"), "pull": self.tr("receiving")}.get(step.phase, "")
        total = f"/{step.total}" if step.total else ""
        self.online.setText(
            self.tr("Syncing… {phase} {done}{total}").format(
                phase=phase, done=step.done, total=total
            )
        )

    def _finished(self, _report: SyncReport) -> None:
        self.sync_button.setEnabled(True)
        self._online(True)
        self._show_last_sync()

    def _failed(self, message: str) -> None:
        self.sync_button.setEnabled(True)
        self._online(bool(self.sync.online))
        self.online.setToolTip(message)

    def _online(self, online: bool) -> None:
        self.online.setText(self.tr("● Online") if online else self.tr("○ Offline"))


def _ago(when: datetime) -> str:
    now = datetime.now(when.tzinfo)
    minutes = int((now - when).total_seconds() // 60)
    if minutes < 1:
        return QCoreApplication.translate("StatusRow", "just now")
    if minutes < 60:
        return QCoreApplication.translate("StatusRow", "{n} min ago").format(n=minutes)
    if when.date() == now.date():
        return QCoreApplication.translate("StatusRow", "today at {time}").format(
            time=when.strftime("%H:%M")
        )
    return when.strftime("%m/%d %H:%M")
