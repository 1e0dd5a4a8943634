"""Before a new participant is created: people already in CoachApp who may be the same person.

The coach opens the existing record, goes back to the form, or confirms this is someone else.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachapp.services.participants import ParticipantSummary
from ui.widgets.date_field import show_date

_Index = QModelIndex | QPersistentModelIndex


class MatchesModel(QAbstractTableModel):
    def __init__(self, matches: Sequence[ParticipantSummary], parent: QWidget | None = None):
        super().__init__(parent)
        self.matches = list(matches)
        self.headers = [
            self.tr("Name"),
            self.tr("Date of birth"),
            self.tr("Status"),
            self.tr("TANF case"),
            self.tr("Child support case"),
        ]
        self.statuses = {
            "lead": self.tr("Lead"),
            "applicant": self.tr("Applicant"),
            "enrolled": self.tr("Enrolled"),
            "exited": self.tr("Exited"),
        }

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matches)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        m = self.matches[index.row()]
        column = index.column()
        if column == 0:
            return f"{m.first_name} {m.last_name}"
        if column == 1:
            return show_date(m.date_of_birth) if m.date_of_birth else "—"
        if column == 2:
            return self.statuses.get(str(m.status), str(m.status))
        if column == 3:
            return m.tanf_case_number or "—"
        return m.ivd_case_number or "—"


class PossibleDuplicateDialog(QDialog):
    #: The id of the existing participant the coach chose to open.
    open_existing = Signal(str)
    #: The coach confirmed this is a different person.
    create_anyway = Signal()

    def __init__(self, matches: Sequence[ParticipantSummary], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("possibleDuplicateDialog")
        self.setWindowTitle(self.tr("Already in CoachApp?"))
        self.resize(720, 320)
        intro = QLabel(
            self.tr(
                "This may be someone already in CoachApp: the same name and date of birth, or "
                "the same case number. Open the existing record instead of creating a second "
                "one — or, if this really is a different person, create the new participant."
            )
        )
        intro.setWordWrap(True)
        self.model = MatchesModel(matches, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("People who may be the same person"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self._open())
        self.table.selectRow(0)

        self.open_button = QPushButton(self.tr("&Open this person"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._open)
        self.create_button = QPushButton(self.tr("&Create anyway (a different person)"))
        self.create_button.clicked.connect(self._create)
        self.back_button = QPushButton(self.tr("&Go back to the form"))
        self.back_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.setFocus()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else 0
        return self.model.matches[row].id if self.model.matches else None

    def _open(self) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            self.accept()
            self.open_existing.emit(chosen)

    def _create(self) -> None:
        self.accept()
        self.create_anyway.emit()
