"""Participants: the coach's caseload (or everyone this laptop holds) as one long table,
filtered and sorted in SQL and loaded a page at a time as the coach scrolls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
)

from coachapp.models.enums import ParticipantStatus, StudyGroup
from coachapp.services import reference
from coachapp.services.caseload import CaseloadFilter, SortBy
from ui import workers
from ui.changes import Changes
from ui.context import AppContext
from ui.models.participants import ParticipantListModel
from ui.pages.base import Page
from ui.widgets.drafts_strip import DraftsStrip
from ui.widgets.field_form import fill_choices
from ui.widgets.person_words import status as status_label
from ui.widgets.person_words import study_group as study_group_label

MINE = "mine"
EVERYONE = "everyone"

#: Changes that can alter a row: the person, or any record of theirs (the "not synced" mark).
_LISTED = (
    "participant",
    "household",
    "eligibility",
    "consent",
    "barrier",
    "support_service",
    "referral",
    "note",
    "task",
    "training",
    "employment",
    "activity",
    "reference",
)


class ParticipantsPage(Page):
    key = "participants"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self._dirty = False
        self._keep_selected: str | None = None

        heading = QLabel(self.tr("Participants"))
        heading.setObjectName("pageTitle")
        self.new_intake = QPushButton(self.tr("&New intake (Ctrl+N)"))
        self.new_intake.setObjectName("newIntake")
        self.new_intake.setToolTip(self.tr("Start an intake for someone new (Ctrl+N)"))
        self.new_intake.clicked.connect(lambda: ctx.nav.start_intake(None))
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.new_intake)

        # --- filters ---
        self.scope = QComboBox()
        fill_choices(
            self.scope,
            [(MINE, self.tr("My caseload")), (EVERYONE, self.tr("Everyone I can see"))],
        )
        self.status = QComboBox()
        fill_choices(
            self.status,
            [(s.value, status_label(s)) for s in ParticipantStatus],
            blank=self.tr("Any status"),
        )
        self.branch = QComboBox()
        fill_choices(self.branch, [], blank=self.tr("Any branch"))
        self.study_group = QComboBox()
        fill_choices(
            self.study_group,
            [(g.value, study_group_label(g)) for g in StudyGroup],
            blank=self.tr("Any group"),
        )
        self.tanf = QComboBox()
        fill_choices(
            self.tanf,
            [(True, self.tr("Receives TANF")), (False, self.tr("Not on TANF"))],
            blank=self.tr("Anyone"),
        )
        self.clear_button = QPushButton(self.tr("Clea&r filters"))
        self.clear_button.setToolTip(self.tr("Show everyone in the chosen list again (Alt+R)"))
        self.clear_button.clicked.connect(self.clear_filters)
        scope_label = QLabel(self.tr("S&how:"))
        scope_label.setBuddy(self.scope)
        self.scope.setAccessibleName(self.tr("Whose participants to show"))
        self.scope.currentIndexChanged.connect(self._filters_changed)
        filters = QHBoxLayout()
        for label, combo, name in (
            (self.tr("&Status:"), self.status, self.tr("Status filter")),
            (self.tr("&Branch:"), self.branch, self.tr("Branch filter")),
            (self.tr("Stu&dy group:"), self.study_group, self.tr("Study group filter")),
            (self.tr("&TANF:"), self.tanf, self.tr("TANF filter")),
        ):
            caption = QLabel(label)
            caption.setBuddy(combo)
            combo.setAccessibleName(name)
            combo.currentIndexChanged.connect(self._filters_changed)
            filters.addWidget(caption)
            filters.addWidget(combo)
        filters.addWidget(self.clear_button)
        filters.addStretch(1)

        self.count = QLabel(self.tr("Loading participants…"))
        self.count.setObjectName("hint")
        self.count.setWordWrap(True)
        self.count.setAccessibleName(self.tr("How many participants are shown"))

        # --- the table ---
        self.model = ParticipantListModel(ctx, self)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.busy_changed.connect(lambda _busy: self._show_count())
        self.view = QTableView()
        self.view.setObjectName("participantsTable")
        self.view.setAccessibleName(self.tr("Participants"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        # Every row is one line: a fixed height lets the view skip measuring rows.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        char = self.view.fontMetrics().averageCharWidth()
        for number, column in enumerate(self.model.columns):
            if column.chars is None:
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Interactive)
                self.view.setColumnWidth(number, column.chars * char + 18)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_clicked)
        self.view.doubleClicked.connect(self._open_index)
        self.view.installEventFilter(self)

        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(self.tr("No participants"))
        self.body = QStackedWidget()
        self.body.addWidget(self.view)
        self.body.addWidget(self.empty)

        self.drafts = DraftsStrip(ctx, self)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.drafts)
        counted = QHBoxLayout()
        counted.addWidget(scope_label)
        counted.addWidget(self.scope)
        counted.addSpacing(12)
        counted.addWidget(self.count, 1)
        layout.addLayout(counted)
        layout.addLayout(filters)
        layout.addWidget(self.body, 1)

        self._load_branches()
        self.model.set_filters(self._filters())
        if self.model.total is None and not self.model.busy:
            self.model.reload()

    def title(self) -> str:
        return self.tr("Participants")

    # --- filters and sort ---

    def _filters(self) -> CaseloadFilter:
        status = self.status.currentData()
        group = self.study_group.currentData()
        mine = self.scope.currentData() == MINE
        return CaseloadFilter(
            status=ParticipantStatus(status) if status else None,
            site_id=self.branch.currentData() or None,
            study_group=StudyGroup(group) if group else None,
            tanf_recipient=self.tanf.currentData(),
            assigned_coach_id=self.ctx.identity.coach_id if mine else None,
        )

    def _filters_changed(self) -> None:
        self.model.set_filters(self._filters())

    def clear_filters(self) -> None:
        for combo in (self.status, self.branch, self.study_group, self.tanf):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._filters_changed()

    def _sort_clicked(self, section: int, order: Qt.SortOrder) -> None:
        if self.model.columns[section].sort is None:
            # That column does not sort: put the arrow back where the list is sorted.
            current = self.model.sort_column()
            back = (
                Qt.SortOrder.DescendingOrder
                if self.model.descending
                else Qt.SortOrder.AscendingOrder
            )
            QTimer.singleShot(
                0, lambda: self.view.horizontalHeader().setSortIndicator(current, back)
            )

    def _load_branches(self) -> None:
        store = self.ctx.store
        workers.run(self, lambda: reference.sites(store), on_done=self._fill_branches)

    def _fill_branches(self, sites: list[reference.SiteChoice]) -> None:
        fill_choices(
            self.branch,
            [(s.id, s.label) for s in sites],
            blank=self.tr("Any branch"),
            keep=self.branch.currentData(),
        )

    # --- what the coach sees ---

    def _page_loaded(self) -> None:
        self._show_count()
        if self._keep_selected:
            row = self.model.row_of(self._keep_selected)
            self._keep_selected = None
            if row >= 0:
                self.view.selectRow(row)

    def _show_count(self) -> None:
        total = self.model.total
        shown = self.model.rowCount()
        filtered = self._filters_are_on()
        if total is None:
            self.count.setText(self.tr("Loading participants…"))
            return
        if total == 0:
            if filtered:
                self.empty.setText(
                    self.tr(
                        "No participant matches these filters.\n"
                        "Press Clear filters (Alt+R) to see everyone again."
                    )
                )
            elif self.scope.currentData() == MINE:
                self.empty.setText(
                    self.tr(
                        "No participants are assigned to you on this laptop yet.\n"
                        "Choose “Everyone I can see”, sync to bring your caseload, "
                        "or start an intake with Ctrl+N."
                    )
                )
            else:
                self.empty.setText(
                    self.tr(
                        "There are no participants on this laptop yet.\n"
                        "Sync to bring your caseload (F5), or start an intake with Ctrl+N."
                    )
                )
            self.body.setCurrentWidget(self.empty)
            self.count.setText(self.tr("No participants to show."))
            return
        self.body.setCurrentWidget(self.view)
        if shown < total:
            text = self.tr("Showing %Ln of {total} participants — scroll down for more.", "", shown)
            text = text.format(total=QLocale().toString(total))
        else:
            text = self.tr("Participants shown: %Ln.", "", total)
        if self.model.busy and shown:
            text += " " + self.tr("Loading more…")
        self.count.setText(text + "  " + self.tr("Double-click or press Enter to open someone."))

    def _filters_are_on(self) -> bool:
        return any(
            c.currentIndex() > 0 for c in (self.status, self.branch, self.study_group, self.tanf)
        )

    # --- opening someone ---

    def _open_index(self, index: QModelIndex) -> None:
        pid = self.model.participant_id(index.row()) if index.isValid() else None
        if pid:
            self.ctx.nav.open_participant(pid)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._open_index(self.view.currentIndex())
            return True
        return super().eventFilter(watched, event)

    # --- page life ---

    def activate(self) -> None:
        if self._dirty:
            self._dirty = False
            self._refresh()
        if not self.view.hasFocus() and self.body.currentWidget() is self.view:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_changed(self, what: Changes) -> None:
        self.drafts.on_changed(what)
        if what.touches("reference"):
            self._load_branches()
        if not what.touches(*_LISTED):
            return
        if self.isVisible():
            self._refresh()
        else:
            self._dirty = True  # reload when the coach comes back, not behind their back

    def _refresh(self) -> None:
        selected = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        self._keep_selected = self.model.participant_id(selected[0].row()) if selected else None
        self.model.reload()

    def place(self) -> dict[str, Any]:
        return {
            "scope": self.scope.currentData(),
            "status": self.status.currentData(),
            "branch": self.branch.currentData(),
            "study_group": self.study_group.currentData(),
            "tanf": self.tanf.currentData(),
            "sort": self.model.sort_by.value,
            "descending": self.model.descending,
        }

    def restore(self, place: dict[str, Any]) -> None:
        if not place:
            return
        for combo, key in (
            (self.scope, "scope"),
            (self.status, "status"),
            (self.study_group, "study_group"),
            (self.tanf, "tanf"),
        ):
            combo.blockSignals(True)
            at = combo.findData(place.get(key))
            combo.setCurrentIndex(max(0, at))
            combo.blockSignals(False)
        branch = place.get("branch")
        if branch:
            # The branch list arrives from a worker; add the chosen one until it does.
            if self.branch.findData(branch) < 0:
                self.branch.addItem(self.tr("The branch chosen before"), branch)
            self.branch.blockSignals(True)
            self.branch.setCurrentIndex(self.branch.findData(branch))
            self.branch.blockSignals(False)
        sort_by = SortBy(place.get("sort", SortBy.NAME.value))
        descending = bool(place.get("descending"))
        self.model.sort_by, self.model.descending = sort_by, descending
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(
            self.model.sort_column(),
            Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder,
        )
        header.blockSignals(False)
        self.model.filters = self._filters()
        self.model.reload()
