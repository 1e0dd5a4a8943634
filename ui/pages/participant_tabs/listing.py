"""The list part of a participant tab: a sortable table of records, what to do when there are
none, and the buttons that act on the chosen row (Enter edits, Delete removes)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.models.record_table import RecordTableModel, record_table, selected_record

R = TypeVar("R")


class Listing(QWidget, Generic[R]):
    def __init__(
        self,
        model: RecordTableModel[R],
        *,
        accessible_name: str,
        empty_text: str,
        sort: tuple[int, Qt.SortOrder] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.view, self.proxy = record_table(model, accessible_name=accessible_name, parent=self)
        # The core's order (newest first, open before resolved…) until the coach clicks a
        # column heading; ``sort`` picks a column instead.
        column, order = sort if sort is not None else (-1, Qt.SortOrder.AscendingOrder)
        self.view.horizontalHeader().setSortIndicator(column, order)
        self.proxy.sort(column, order)
        self.empty = QLabel(empty_text)
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading = QLabel(self.tr("Loading…"))
        self.loading.setObjectName("hint")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.loading)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.addStretch(1)
        self._needs_row: list[QPushButton] = []
        self._row_ok: Callable[[R], bool] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addLayout(self.buttons)
        self.view.selectionModel().selectionChanged.connect(self._fit_buttons)

    def add_button(
        self,
        text: str,
        tooltip: str,
        slot: Callable[[], Any],
        *,
        needs_row: bool = False,
    ) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tooltip)
        button.clicked.connect(slot)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        if needs_row:
            self._needs_row.append(button)
            button.setEnabled(False)
        return button

    def on_activate(self, slot: Callable[[R], Any]) -> None:
        """Enter or a double click on a row."""

        def activated(index: Any) -> None:
            record = self.selected()
            if record is not None:
                slot(record)

        # ``activated`` covers Enter and a double click (one signal, so one dialog).
        self.view.activated.connect(activated)

    def on_delete(self, slot: Callable[[R], Any]) -> None:
        def pressed() -> None:
            record = self.selected()
            if record is not None:
                slot(record)

        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.view,
            pressed,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

    def row_enables_buttons_when(self, check: Callable[[R], bool]) -> None:
        self._row_ok = check

    def set_rows(self, rows: Sequence[R]) -> None:
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.view if rows else self.empty)
        self._fit_buttons()

    def selected(self) -> R | None:
        return selected_record(self.view, self.model)

    def _fit_buttons(self, *_args: object) -> None:
        record = self.selected()
        ok = record is not None and (self._row_ok is None or self._row_ok(record))
        for button in self._needs_row:
            button.setEnabled(ok)
