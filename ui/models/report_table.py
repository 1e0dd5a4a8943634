"""A report table (``ui.report_document.Table``) as a Qt model, and the view that shows it:
figures right-aligned, TANF recipients' columns shaded apart, each line's definition as its
tooltip, details indented under their indicator, totals in bold."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.models.record_table import ATTENTION_BACKGROUND, ATTENTION_FOREGROUND
from ui.report_document import Line, Table

_Index = QModelIndex | QPersistentModelIndex

TANF_BACKGROUND = QColor("#eef3fa")
DETAIL_FOREGROUND = QColor("#4a5563")
#: A detail line (average wage under "employed at exit") is indented by this much.
INDENT = "      "


class ReportTableModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: Table | None = None

    def set_table(self, table: Table | None) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    @property
    def lines(self) -> tuple[Line, ...]:
        return self.table.lines if self.table is not None else ()

    def text(self, row: int, column: int) -> str:
        return self.lines[row].cells[column]

    # --- Qt ---

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.table is None:
            return 0
        return len(self.table.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.table is None or orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.table.header(section)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.table.columns[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.table.column_help.get(section) or self.table.columns[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_alignment(self.table, section) | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.table is None:
            return None
        line = self.lines[index.row()]
        column = index.column()
        text = line.cells[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return INDENT + text if column == 0 and line.level else text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == 0:
                return text
            return f"{self.table.columns[column]}: {text or '—'}"
        if role == Qt.ItemDataRole.ToolTipRole:
            help_ = self.table.column_help.get(column) if column else None
            return help_ or line.definition or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_alignment(self.table, column) | Qt.AlignmentFlag.AlignVCenter)
        alert = line.attention or column in line.alert_cells
        if role == Qt.ItemDataRole.BackgroundRole:
            if alert:
                return QBrush(ATTENTION_BACKGROUND)
            if line.tanf or (self.table.tanf_from is not None and column >= self.table.tanf_from):
                return QBrush(TANF_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if alert:
                return QBrush(ATTENTION_FOREGROUND)
            if line.level:
                return QBrush(DETAIL_FOREGROUND)
        if role == Qt.ItemDataRole.FontRole and line.total:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _alignment(table: Table, column: int) -> Qt.AlignmentFlag:
    """Words to the left, figures to the right (so their digits line up)."""
    if column < table.text_columns:
        return Qt.AlignmentFlag.AlignLeft
    return Qt.AlignmentFlag.AlignRight


def report_view(
    model: ReportTableModel,
    *,
    accessible_name: str,
    max_rows: int | None = 14,
    parent: QWidget | None = None,
) -> QTableView:
    """A read-only table whose rows keep their order (it reads top to bottom like a report).

    It is as tall as its rows, up to ``max_rows``; longer tables scroll.
    """
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setSortingEnabled(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    # Report lines are one line of text each: closer together than an editable list's rows.
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    model.modelReset.connect(lambda: fit(view, max_rows))
    return view


def fit(view: QTableView, max_rows: int | None) -> None:
    """Each column as wide as its contents (the label column with room to spare) and the
    view just as wide and as tall as its rows, up to ``max_rows``: a report table reads best
    compact, its figures next to their labels."""
    model = view.model()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    widths = []
    for column in range(model.columnCount()):
        view.resizeColumnToContents(column)
        width = max(view.columnWidth(column), header.sectionSizeHint(column)) + 8
        if column == 0 and model.columnCount() <= 8:
            width += 24  # breathing room, where the table is not already wide
        view.setColumnWidth(column, width)
        widths.append(width)
    rows = model.rowCount()
    shown = rows if max_rows is None else min(rows, max_rows)
    frame = 2 * view.frameWidth()
    scrollbar = view.verticalScrollBar().sizeHint().width() if rows > shown else 0
    view.setFixedWidth(sum(widths) + frame + scrollbar)
    row_height = view.verticalHeader().defaultSectionSize()
    view.setFixedHeight(header.sizeHint().height() + max(shown, 1) * row_height + frame)
