"""The unlocked app: navigation on the left, the global search on top, pages in the middle,
the sync status at the bottom. Built at unlock, destroyed at lock (nothing outlives it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coachapp.services import workday
from ui import workers
from ui.context import AppContext
from ui.pages.base import Page
from ui.pages.registry import NAV_PAGES, make_page
from ui.sync_control import SyncControl
from ui.widgets.nav_delegate import NavDelegate
from ui.widgets.search_box import SearchBox
from ui.widgets.status_row import StatusRow


class Workspace(QWidget):
    lock_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.ctx = ctx
        self.sync = SyncControl(ctx, self)
        ctx.extras["sync"] = self.sync

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setFixedWidth(230)
        self.nav.setItemDelegate(NavDelegate(self.nav))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages: dict[str, Page] = {}
        self.stack = QStackedWidget()
        for number, (key, label) in enumerate(NAV_PAGES(), start=1):
            shortcut = f"Ctrl+{number}"
            item = QListWidgetItem(f"{label}\t{shortcut}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(f"{label} ({shortcut})")
            self.nav.addItem(item)
            QShortcut(QKeySequence(shortcut), self, activated=lambda k=key: self.show_page(k))
        self.nav.currentItemChanged.connect(self._nav_changed)
        self.participant_page: Page | None = None

        self.search = SearchBox(ctx, self)
        self.search.picked.connect(lambda pid: ctx.nav.open_participant(pid))
        QShortcut(QKeySequence("Ctrl+K"), self, activated=self._focus_search)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.lock_requested.emit)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=lambda: ctx.nav.start_intake(None))

        self.status = StatusRow(ctx, self.sync, self)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status.lock_button)
        middle = QHBoxLayout()
        middle.addWidget(self.nav)
        middle.addWidget(self.stack, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addLayout(middle, 1)
        outer.addWidget(self.status)

        ctx.nav.page_requested.connect(self.show_page)
        ctx.nav.participant_requested.connect(self.open_participant)
        ctx.nav.intake_requested.connect(self.start_intake)
        self.sync.access_withdrawn.connect(lambda _m: None)
        self.show_page("today")

    # --- navigation ---

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _nav_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.show_page(str(item.data(Qt.ItemDataRole.UserRole)))

    def page(self, key: str) -> Page:
        if key not in self.pages:
            page = make_page(key, self.ctx)
            self.pages[key] = page
            self.stack.addWidget(page)
        return self.pages[key]

    def show_page(self, key: str) -> None:
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        self._select_nav(key)
        page.activate()

    def _select_nav(self, key: str) -> None:
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                if self.nav.currentRow() != row:
                    self.nav.blockSignals(True)
                    self.nav.setCurrentRow(row)
                    self.nav.blockSignals(False)
                return
        self.nav.blockSignals(True)
        self.nav.clearSelection()
        self.nav.setCurrentRow(-1)
        self.nav.blockSignals(False)

    def open_participant(self, participant_id: str, tab: str = "") -> None:
        from ui.pages.participant import ParticipantPage

        if self.participant_page is not None:
            self.stack.removeWidget(self.participant_page)
            self.participant_page.deleteLater()
        page = ParticipantPage(self.ctx, participant_id, tab=tab or None)
        self.participant_page = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self._select_nav("")
        page.activate()
        store = self.ctx.store  # remembered for Today's "recently opened" list
        workers.run(self, lambda: workday.note_opened(store, participant_id))

    def start_intake(self, start_from: object) -> None:
        from ui.dialogs.intake import IntakeWizard

        wizard = IntakeWizard(self.ctx, start_from=start_from, parent=self)
        wizard.open()

    # --- lock and return ---

    def place(self) -> dict[str, Any]:
        current = self.stack.currentWidget()
        if isinstance(current, Page):
            return {"page": current.key, "detail": current.place()}
        return {"page": "today", "detail": {}}

    def restore(self, place: dict[str, Any]) -> None:
        key = place.get("page", "today")
        detail = place.get("detail", {})
        if key == "participant" and detail.get("participant_id"):
            self.open_participant(detail["participant_id"], detail.get("tab", ""))
        else:
            self.show_page(key if key in dict(NAV_PAGES()) else "today")
        current = self.stack.currentWidget()
        if isinstance(current, Page):
            current.restore(detail)

    def shutdown(self) -> None:
        """Before the store closes: stop sync, hide anything floating, and silence every
        timer and signal below the workspace — it is deleted only when the event loop next
        runs, and nothing in it may read the store after it closes."""
        self.sync.stop()
        self.search.hide_results()
        for timer in self.findChildren(QTimer):
            timer.stop()
        for child in self.findChildren(QObject):
            child.blockSignals(True)
        self.blockSignals(True)
