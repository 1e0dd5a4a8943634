"""The Sync page: sync now (with progress and Cancel), what the last sync did in plain words,
the changes waiting to go, conflicts to settle and possible duplicate people to decide on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachapp.services import conflicts, duplicates
from coachapp.services.conflicts import ConflictedRecord
from coachapp.services.duplicates import DuplicatePairView
from sync.engine import SyncReport
from ui import workers
from ui.changes import Changes
from ui.context import AppContext
from ui.dialogs.conflict import ConflictDialog
from ui.dialogs.duplicate import DuplicateDialog, reason_label
from ui.models.sync_lists import ConflictsModel, DuplicatesModel
from ui.pages.base import Page
from ui.sync_control import SyncControl
from ui.widgets.record_words import field_label, record_label, reference_names, when_text
from ui.widgets.sync_report import describe_report


@dataclass(frozen=True)
class _Snapshot:
    pending: int
    records: list[ConflictedRecord]
    pairs: list[DuplicatePairView]
    names: dict[str, str]
    last_success: datetime | None


class SyncPage(Page):
    key = "sync"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.sync: SyncControl = ctx.extras["sync"]
        self.names: dict[str, str] = {}
        self._stale = True
        self._loading = False

        title = QLabel(self.tr("Sync"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Your work is saved on this laptop first. Syncing sends your changes to the "
                "program's server and brings back your caseload and the program's lists. "
                "CoachApp also syncs by itself when you unlock it, every few minutes, and "
                "when the network comes back."
            )
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)

        # --- now ---
        self.last_sync = QLabel()
        self.last_sync.setObjectName("syncLastSuccess")
        self.pending = QLabel()
        self.pending.setObjectName("syncPending")
        self.failure = QLabel()
        self.failure.setObjectName("warningBanner")
        self.failure.setAccessibleName(self.tr("Sync problem"))
        self.failure.setWordWrap(True)
        self.failure.hide()
        self.sync_button = QPushButton(self.tr("Sync &now"))
        self.sync_button.setObjectName("syncNow")
        self.sync_button.setToolTip(self.tr("Sync with the program's server (Alt+N, or F5)"))
        self.sync_button.clicked.connect(self.sync.sync_now)
        self.cancel_button = QPushButton(self.tr("&Cancel sync"))
        self.cancel_button.setObjectName("cancelSync")
        self.cancel_button.setToolTip(
            self.tr("Stop after the current batch; what was sent or received is kept (Alt+C)")
        )
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self._cancel)
        self.phase = QLabel()
        self.phase.setObjectName("syncPhase")
        self.bar = QProgressBar()
        self.bar.setObjectName("syncProgress")
        self.bar.setAccessibleName(self.tr("Sync progress"))
        self.bar.setTextVisible(True)
        self.bar.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        now_card = _card(
            self.tr("This laptop"),
            [self.last_sync, self.pending, self.failure, self.phase, self.bar],
            buttons,
        )

        # --- the last sync, in words ---
        self.report = QLabel(self.tr("No sync has finished since you unlocked CoachApp."))
        self.report.setObjectName("syncReport")
        self.report.setWordWrap(True)
        self.report.setTextFormat(Qt.TextFormat.PlainText)
        self.report.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        report_card = _card(self.tr("Last sync"), [self.report])

        top = QHBoxLayout()
        top.addWidget(now_card, 1)
        top.addWidget(report_card, 1)

        # --- conflicts ---
        self.conflicts_title = QLabel(self.tr("Conflicts to settle"))
        self.conflicts_title.setObjectName("sectionTitle")
        self.conflicts_model = ConflictsModel(
            record_label=record_label, field_label=field_label, authors=self._authors
        )
        self.conflicts_view = _table(self.conflicts_model, self.tr("Conflicts to settle"))
        self.conflicts_view.activated.connect(self._open_conflict)
        self.conflicts_empty = QLabel(
            self.tr(
                "No conflicts. When the same detail is changed differently on two laptops "
                "before they sync, it appears here for you to choose; nothing is lost meanwhile."
            )
        )
        self.conflicts_empty.setObjectName("hint")
        self.conflicts_empty.setWordWrap(True)
        self.settle_button = QPushButton(self.tr("&Settle…"))
        self.settle_button.setObjectName("settleConflict")
        self.settle_button.setToolTip(
            self.tr("Compare both versions of the selected record and choose (Alt+S or Enter)")
        )
        self.settle_button.clicked.connect(
            lambda: self._open_conflict(self._current(self.conflicts_view))
        )

        # --- possible duplicates ---
        self.duplicates_title = QLabel(self.tr("Possible duplicate people"))
        self.duplicates_title.setObjectName("sectionTitle")
        self.duplicates_model = DuplicatesModel(reason_label=reason_label)
        self.duplicates_view = _table(self.duplicates_model, self.tr("Possible duplicate people"))
        self.duplicates_view.activated.connect(self._open_duplicate)
        self.duplicates_empty = QLabel(
            self.tr(
                "No possible duplicates. If the same person is enrolled on two laptops, the "
                "server notices it at sync and lists both records here for you to compare."
            )
        )
        self.duplicates_empty.setObjectName("hint")
        self.duplicates_empty.setWordWrap(True)
        self.compare_button = QPushButton(self.tr("Co&mpare…"))
        self.compare_button.setObjectName("compareDuplicates")
        self.compare_button.setToolTip(
            self.tr("See both records side by side and merge them or keep them apart (Alt+M)")
        )
        self.compare_button.clicked.connect(
            lambda: self._open_duplicate(self._current(self.duplicates_view))
        )

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addLayout(_section(self.conflicts_title, self.settle_button))
        layout.addWidget(self.conflicts_view, 3)
        layout.addWidget(self.conflicts_empty)
        layout.addLayout(_section(self.duplicates_title, self.compare_button))
        layout.addWidget(self.duplicates_view, 2)
        layout.addWidget(self.duplicates_empty)
        layout.addStretch(0)

        self.sync.started.connect(self._started)
        self.sync.progress.connect(self._progress)
        self.sync.finished.connect(self._finished)
        self.sync.failed.connect(self._failed)
        self._show_idle()
        self._show_report()
        self._show_failure()

    def title(self) -> str:
        return self.tr("Sync")

    # --- loading ---

    def activate(self) -> None:
        if self._stale:
            self.reload()

    def on_changed(self, what: Changes) -> None:
        if what.touches("conflict", "duplicate", "participant", "outbox", "reference"):
            self._stale = True
            if self.isVisible():
                self.reload()

    def reload(self) -> None:
        if self._loading:
            return
        self._loading = True
        self._stale = False
        store, sync, engine = self.ctx.store, self.sync, self.ctx.connection.engine

        def read() -> _Snapshot:
            return _Snapshot(
                pending=engine.pending_rows(),
                records=conflicts.list_conflicted_records(store),
                pairs=duplicates.list_possible_duplicates(store),
                names=reference_names(store),
                last_success=sync.last_success(),
            )

        workers.run(self, read, on_done=self._loaded, on_failed=self._load_failed)

    def _loaded(self, snap: _Snapshot) -> None:
        self._loading = False
        self.names = snap.names
        self.pending.setText(
            self.tr("%n change(s) waiting to be sent.", "", snap.pending)
            if snap.pending
            else self.tr("Nothing waiting to be sent: everything you did is on the server.")
        )
        if snap.last_success is None:
            self.last_sync.setText(self.tr("This laptop has not finished a sync yet."))
        else:
            self.last_sync.setText(
                self.tr("Last successful sync: {when}.").format(when=when_text(snap.last_success))
            )
        self.conflicts_model.set_rows(snap.records)
        self.duplicates_model.set_rows(snap.pairs)
        for view in (self.conflicts_view, self.duplicates_view):
            view.resizeColumnsToContents()
            # The column that says what is at stake takes the room that is left.
            view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._show_list(
            self.conflicts_view,
            self.conflicts_empty,
            self.settle_button,
            self.conflicts_title,
            self.tr("Conflicts to settle ({n})").format(n=len(snap.records)),
        )
        self._show_list(
            self.duplicates_view,
            self.duplicates_empty,
            self.compare_button,
            self.duplicates_title,
            self.tr("Possible duplicate people ({n})").format(n=len(snap.pairs)),
        )
        if self._stale:  # something changed while reading
            self.reload()

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        from ui.errors import show_error

        show_error(self, exc)

    @staticmethod
    def _show_list(
        view: QTableView, empty: QLabel, button: QPushButton, title: QLabel, heading: str
    ) -> None:
        rows = view.model().rowCount()
        view.setVisible(rows > 0)
        empty.setVisible(rows == 0)
        button.setEnabled(rows > 0)
        title.setText(heading)
        if rows and not view.currentIndex().isValid():
            view.selectRow(0)

    def _authors(self, record: ConflictedRecord) -> str:
        me = self.ctx.identity
        ids = {f.server_author_id for f in record.fields} | {
            f.client_author_id for f in record.fields
        }
        others = sorted(
            self.names.get(i, self.tr("another coach")) for i in ids if i and i != me.coach_id
        )
        if me.coach_id in ids:
            # Only this coach: the two versions came from two of their laptops.
            others.insert(0, self.tr("you, on two laptops") if not others else self.tr("you"))
        return ", ".join(others)

    # --- the sync itself ---

    def _started(self) -> None:
        self.sync_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.failure.hide()
        self.bar.show()
        self.bar.setRange(0, 0)  # busy until the first step says how much
        self.phase.setText(self.tr("Starting…"))

    def _progress(self, step: workers.Step) -> None:
        phase = {
            "push": self.tr("Sending your changes"),
            "reference": self.tr("Receiving the program's lists"),
            "pull": self.tr("Receiving your caseload"),
        }.get(step.phase, self.tr("Syncing"))

        def number(n: int) -> str:
            # Plain digits, like the "%n changes waiting" line above it.
            return str(n)

        if step.total:
            self.bar.setRange(0, step.total)
            self.bar.setValue(min(step.done, step.total))
            of = self.tr("{done} of {total}").format(
                done=number(step.done), total=number(step.total)
            )
            self.bar.setFormat(of)
            self.phase.setText(self.tr("{phase}… {of}").format(phase=phase, of=of))
        else:
            self.bar.setRange(0, 0)
            self.phase.setText(
                self.tr("{phase}… {done} so far").format(phase=phase, done=number(step.done))
                if step.done
                else self.tr("{phase}…").format(phase=phase)
            )

    def _cancel(self) -> None:
        if self.sync.running:
            self.sync.cancel()
            self.cancel_button.setEnabled(False)
            self.phase.setText(
                self.tr("Stopping after this batch… what was already sent or received is kept.")
            )

    def _finished(self, _report: SyncReport) -> None:
        self._show_idle()
        self._show_report()
        self._show_failure()
        self.reload()

    def _failed(self, _message: str) -> None:
        self._show_idle()
        self._show_failure()
        self.reload()

    def _show_idle(self) -> None:
        running = self.sync.running
        self.sync_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.bar.setVisible(running)
        if not running:
            self.phase.clear()

    def _show_failure(self) -> None:
        if self.sync.last_failure_offline:
            text = self.tr(
                "You're offline; your work is saved on this laptop and will sync when you're "
                "back online."
            )
        else:
            text = self.sync.last_error or ""
        self.failure.setText(text)
        self.failure.setVisible(bool(text))

    def _show_report(self) -> None:
        report = self.sync.last_report
        if report is None:
            return
        self.report.setText(describe_report(report, self.sync.last_report_at))

    # --- conflicts and duplicates ---

    @staticmethod
    def _current(view: QTableView) -> QModelIndex:
        index = view.currentIndex()
        return index if index.isValid() else view.model().index(0, 0)

    def _open_conflict(self, index: QModelIndex) -> None:
        record = self.conflicts_model.row_at(index.row()) if index.isValid() else None
        if record is None:
            return
        dialog = ConflictDialog(self.ctx, record, names=self.names, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _open_duplicate(self, index: QModelIndex) -> None:
        pair = self.duplicates_model.row_at(index.row()) if index.isValid() else None
        if pair is None:
            return
        dialog = DuplicateDialog(self.ctx, pair, names=self.names, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- returning after a lock ---

    def place(self) -> dict[str, Any]:
        return {}


def _card(title: str, widgets: list[QWidget], extra: QHBoxLayout | None = None) -> QFrame:
    card = QFrame()
    card.setObjectName("card")
    layout = QVBoxLayout(card)
    heading = QLabel(title)
    heading.setObjectName("sectionTitle")
    layout.addWidget(heading)
    for widget in widgets:
        layout.addWidget(widget)
    if extra is not None:
        layout.addLayout(extra)
    layout.addStretch(1)
    return card


def _section(title: QLabel, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(title)
    row.addStretch(1)
    row.addWidget(button)
    return row


def _table(model: Any, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setDefaultSectionSize(200)
    view.setMinimumHeight(90)
    return view
