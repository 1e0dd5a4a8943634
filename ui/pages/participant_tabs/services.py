"""The participant's support services: what is paid for, by whom, for when, and where it is
(requested → approved → paid). Recording one warns when DHS already pays for the same."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from coachapp.models.enums import ServiceStatus
from coachapp.services import support
from coachapp.services.support import SupportServiceView
from ui import workers
from ui.changes import changes
from ui.context import AppContext
from ui.errors import show_error
from ui.models.record_table import Column, RecordTableModel, record_table, selected_record
from ui.pages.participant_tabs.base import ParticipantTab
from ui.widgets import casework_words as words

RECORD_SHORTCUT = "Ctrl+Shift+S"
#: Services nobody pays for: left out of the total.
INACTIVE = (ServiceStatus.DENIED, ServiceStatus.CANCELLED)


class ServicesTab(ParticipantTab):
    key = "services"
    kinds = ("support_service",)

    def __init__(self, ctx: AppContext, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, participant_id, parent)
        self.dialog: QWidget | None = None

        heading = QLabel(self.tr("Support services"))
        heading.setObjectName("sectionTitle")
        hint = QLabel(
            self.tr(
                "Childcare, transport, car repair, tuition and other supports, and who pays. "
                "CoachApp warns you before paying for something DHS already pays for."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)

        self.record_button = QPushButton(
            self.tr("&Record a support service…  ({keys})").format(keys=RECORD_SHORTCUT)
        )
        self.record_button.setToolTip(
            self.tr("Record a support service ({keys})").format(keys=RECORD_SHORTCUT)
        )
        self.record_button.clicked.connect(self.record_service)
        QShortcut(QKeySequence(RECORD_SHORTCUT), self, activated=self.record_service)

        self.status_button = QPushButton(self.tr("&Mark as…"))
        self.status_button.setToolTip(
            self.tr("Mark the selected service approved, paid, denied or cancelled (Alt+M)")
        )
        self.status_menu = QMenu(self.status_button)
        self.status_button.setMenu(self.status_menu)
        self.status_menu.aboutToShow.connect(self._fill_status_menu)
        self.status_button.setEnabled(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.status_button)
        buttons.addStretch(1)

        self.model: RecordTableModel[SupportServiceView] = RecordTableModel(
            [
                Column(self.tr("Type of support"), lambda s: s.service_type, chars=26),
                Column(self.tr("Paid by"), lambda s: s.funding_source, chars=26),
                Column(
                    self.tr("Amount"),
                    lambda s: words.money(s.amount_cents),
                    sort_key=lambda s: s.amount_cents,
                    chars=11,
                    right=True,
                ),
                Column(
                    self.tr("Period"),
                    lambda s: f"{words.day(s.period_start)} – {words.day(s.period_end)}",
                    sort_key=lambda s: s.period_start.isoformat(),
                    chars=25,
                ),
                Column(self.tr("Status"), lambda s: words.service_status(s.status), chars=11),
                Column(self.tr("Notes"), self._note, chars=None),
            ],
            attention=lambda s: s.duplicate_of_id is not None,
            parent=self,
        )
        self.table, self.proxy = record_table(
            self.model, accessible_name=self.tr("Support services"), parent=self
        )
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty = QLabel(
            self.tr(
                "No support services recorded yet. Press “Record a support service” "
                "({keys}) to add childcare, transport or another support."
            ).format(keys=RECORD_SHORTCUT)
        )
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.total = QLabel()
        self.total.setObjectName("serviceTotal")

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addStretch(0)  # takes the room when the table is hidden (empty state)

    def title(self) -> str:
        return self.tr("Services")

    def _note(self, s: SupportServiceView) -> str:
        parts = []
        if s.duplicate_of_id is not None:
            parts.append(
                self.tr("Also paid elsewhere — reason: {reason}").format(
                    reason=s.duplicate_reason or ""
                )
            )
        if s.vendor:
            parts.append(s.vendor)
        if s.notes:
            parts.append(s.notes.replace("\n", " "))
        return " · ".join(parts)

    # --- loading ---

    def load(self) -> None:
        store, pid = self.ctx.store, self.participant_id
        workers.run(self, lambda: support.list_services(store, pid), on_done=self._show)

    def _show(self, rows: list[SupportServiceView]) -> None:
        self.model.set_rows(rows)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        live = [s for s in rows if s.status not in INACTIVE]
        self.total.setText(
            self.tr("%n service(s) · {amount} requested, approved or paid", "", len(rows)).format(
                amount=words.money(sum(s.amount_cents for s in live))
            )
            if rows
            else ""
        )
        self._selection_changed()

    # --- actions ---

    def record_service(self) -> None:
        from ui.dialogs.support_service import SupportServiceDialog

        dialog = SupportServiceDialog(self.ctx, self.participant_id, parent=self)
        self.dialog = dialog
        dialog.open()

    def selected(self) -> SupportServiceView | None:
        return selected_record(self.table, self.model)

    def _selection_changed(self, *_args: object) -> None:
        service = self.selected()
        self.status_button.setEnabled(
            service is not None and bool(support.next_service_statuses(service.status))
        )

    def _fill_status_menu(self) -> None:
        self.status_menu.clear()
        service = self.selected()
        if service is None:
            return
        for status in support.next_service_statuses(service.status):
            action = self.status_menu.addAction(
                self.tr("Mark as {status}").format(status=words.service_status(status).lower())
            )
            action.triggered.connect(lambda _c=False, s=status: self.set_status(service.id, s))

    def set_status(self, service_id: str, status: str) -> None:
        store = self.ctx.store

        def announce(view: SupportServiceView) -> None:
            self.ctx.bus.announce(
                changes("support_service", ids=[view.id], participant_ids=[view.participant_id])
            )

        workers.run(
            self,
            lambda: support.set_service_status(store, service_id, status=status),
            on_done=announce,
            on_failed=lambda exc: show_error(self, exc),
        )
