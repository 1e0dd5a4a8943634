"""A table model over a list of records (frozen dataclasses from the core), described by
columns, and the table view settings casework lists share."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

R = TypeVar("R")

#: Sort keys are kept as text or numbers so Qt can compare them.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex

ATTENTION_BACKGROUND = QColor("#fde2df")
ATTENTION_FOREGROUND = QColor("#7a1c12")


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    text: Callable[[R], str]
    sort_key: Callable[[R], str | int | float] | None = None
    #: Width in average characters; None stretches the column.
    chars: int | None = 14
    right: bool = False
    tooltip: Callable[[R], str] | None = None


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows are records; ``attention`` marks rows to highlight (overdue, duplicate…)."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        *,
        attention: Callable[[R], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[R] = []
        self._attention = attention

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def record(self, row: int) -> R:
        return self.rows[row]

    # --- Qt ---

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(record)
        if role == SORT_ROLE:
            return column.sort_key(record) if column.sort_key else column.text(record).lower()
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(record) if column.tooltip else column.text(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if self._attention is not None and self._attention(record):
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(ATTENTION_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(ATTENTION_FOREGROUND)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None


def record_table(
    model: RecordTableModel[Any], *, accessible_name: str, parent: QWidget | None = None
) -> tuple[QTableView, QSortFilterProxyModel]:
    """A sortable, read-only, row-selecting table over ``model``, sized to its columns."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.setTabKeyNavigation(False)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    char = view.fontMetrics().averageCharWidth()
    stretched = False
    for number, column in enumerate(model.columns):
        if column.chars is None:
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
            stretched = True
        else:
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.Interactive)
            view.setColumnWidth(number, column.chars * char + 16)
    header.setStretchLastSection(not stretched)
    return view, proxy


def selected_record(view: QTableView, model: RecordTableModel[R]) -> R | None:
    """The record in the selected row, through the view's sort proxy."""
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not rows:
        return None
    return record_at(view, model, rows[0])


def record_at(view: QTableView, model: RecordTableModel[R], index: QModelIndex) -> R | None:
    proxy = view.model()
    source = proxy.mapToSource(index) if isinstance(proxy, QSortFilterProxyModel) else index
    if not source.isValid() or source.row() >= len(model.rows):
        return None
    return model.record(source.row())
