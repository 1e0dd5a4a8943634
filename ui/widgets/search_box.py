"""The global search box (Ctrl+K): finds a participant by part of a name or a case number
as the coach types, and opens the one picked."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from coachapp.services.participants import find_participants
from coachapp.store.search import SearchHit
from ui import workers
from ui.context import AppContext


class SearchBox(QLineEdit):
    #: Emitted with the participant id the coach picked.
    picked = Signal(str)
    #: Emitted when results for the current text are on screen (for tests and the benchmark).
    results_shown = Signal(str, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("globalSearch")
        self.setPlaceholderText(self.tr("Find a participant: name or case number  (Ctrl+K)"))
        self.setAccessibleName(self.tr("Find a participant"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(360)
        self.results = QListWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWindowFlags(Qt.WindowType.ToolTip)
        self.results.hide()
        self.results.itemActivated.connect(self._activate)
        self.results.itemClicked.connect(self._activate)
        self.results.installEventFilter(self)
        self._asked = 0
        self.textEdited.connect(self._search)
        self.returnPressed.connect(self._open_first)
        self.installEventFilter(self)

    def _search(self, text: str) -> None:
        self._asked += 1
        ticket = self._asked
        query = text.strip()
        if len(query) < 2:
            self.results.hide()
            self.results.clear()
            return
        store = self.ctx.store
        workers.run(
            self,
            lambda: find_participants(store, query, limit=20),
            on_done=lambda hits: self._show(ticket, query, hits),
        )

    def _show(self, ticket: int, query: str, hits: list[SearchHit]) -> None:
        if ticket != self._asked:
            return  # the coach has typed more since; a newer answer is coming
        self.results.clear()
        for hit in hits:
            name = f"{hit.preferred_name or hit.first_name} {hit.last_name}"
            cases = " · ".join(c for c in (hit.tanf_case_number, hit.ivd_case_number) if c)
            label = name + (f"   {cases}" if cases else "") + f"   ({hit.status})"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, hit.participant_id)
            self.results.addItem(item)
        if not hits:
            empty = QListWidgetItem(self.tr("No participant matches “{q}”.").format(q=query))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(empty)
        self._place_results()
        self.results.show()
        self.results_shown.emit(query, len(hits))

    def _place_results(self) -> None:
        below = self.mapToGlobal(QPoint(0, self.height()))
        rows = min(self.results.count(), 10)
        height = max(1, rows) * (self.results.sizeHintForRow(0) + 2) + 6
        self.results.setGeometry(below.x(), below.y(), max(self.width(), 420), height)

    def _open_first(self) -> None:
        item = self.results.currentItem() or self.results.item(0)
        if item is not None and self.results.isVisible():
            self._activate(item)

    def _activate(self, item: QListWidgetItem) -> None:
        participant_id = item.data(Qt.ItemDataRole.UserRole)
        if not participant_id:
            return
        self.results.hide()
        self.clear()
        self.picked.emit(str(participant_id))

    def hide_results(self) -> None:
        self.results.hide()
        self.results.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Escape:
                self.hide_results()
                return watched is self.results
            if watched is self and key == Qt.Key.Key_Down and self.results.isVisible():
                self.results.setFocus()
                self.results.setCurrentRow(0)
                return True
        if watched is self and event.type() == QEvent.Type.FocusOut and not self.results.hasFocus():
            self.results.hide()
        return super().eventFilter(watched, event)
