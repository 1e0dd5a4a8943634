"""Unfinished intakes (drafts saved from the intake wizard), listed above the participants:
resume one where it was left, or throw it away after saying so. Hidden when there are none."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachapp.services import drafts
from coachapp.services.drafts import DraftSummary
from ui import workers
from ui.changes import DRAFTS, Changes
from ui.context import AppContext
from ui.widgets import casework_words as words

#: Rows shown without scrolling; coaches rarely keep more than a few drafts.
_VISIBLE_ROWS = 3


class DraftsStrip(QFrame):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("draftsStrip")
        self.rows: list[DraftSummary] = []
        self.question: QMessageBox | None = None

        self.list = QListWidget()
        self.list.setObjectName("draftsList")
        self.list.setAccessibleName(self.tr("Unfinished intakes"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemActivated.connect(lambda _item: self.resume_selected())
        self.list.currentRowChanged.connect(lambda _row: self._fit_buttons())
        height = self.list.fontMetrics().height() + 8
        self.list.setFixedHeight(_VISIBLE_ROWS * height + 6)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.list,
            self.discard_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setBuddy(self.list)
        about = QLabel(
            self.tr(
                "Intakes saved with “Save draft” and not finished yet. Pick one and resume it "
                "(Enter), or discard it (Delete)."
            )
        )
        about.setObjectName("hint")
        about.setWordWrap(True)

        self.resume_button = QPushButton(self.tr("Res&ume intake"))
        self.resume_button.setObjectName("resumeDraft")
        self.resume_button.setToolTip(self.tr("Open the chosen draft in the intake (Alt+U, Enter)"))
        self.resume_button.clicked.connect(self.resume_selected)
        self.discard_button = QPushButton(self.tr("Disc&ard draft…"))
        self.discard_button.setObjectName("discardDraft")
        self.discard_button.setToolTip(
            self.tr("Throw the chosen draft away; you are asked first (Alt+A, Delete)")
        )
        self.discard_button.clicked.connect(self.discard_selected)

        buttons = QVBoxLayout()
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.heading)
        layout.addWidget(about)
        layout.addLayout(body)

        self.hide()
        self._fit_buttons()
        self.reload()

    # --- reading ---

    def reload(self) -> None:
        if not self.ctx.store.is_open:
            return  # locking: the page is about to go
        store = self.ctx.store
        workers.run(self, lambda: drafts.list_drafts(store), on_done=self.show_drafts)

    def on_changed(self, what: Changes) -> None:
        if what.touches("draft"):
            self.reload()

    def show_drafts(self, rows: list[DraftSummary]) -> None:
        chosen = self.selected()
        self.rows = rows
        self.list.clear()
        for draft in rows:
            item = QListWidgetItem(self.describe(draft))
            item.setData(Qt.ItemDataRole.UserRole, draft.id)
            self.list.addItem(item)
        self.heading.setText(self.tr("Unfinished &intakes: %n", "", len(rows)))
        ids = [d.id for d in rows]
        self.list.setCurrentRow(ids.index(chosen.id) if chosen and chosen.id in ids else 0)
        self.setVisible(bool(rows))
        self._fit_buttons()

    def describe(self, draft: DraftSummary) -> str:
        name = draft.display_name or self.tr("Unnamed draft")
        saved = draft.saved_at.astimezone()  # kept in UTC; the coach reads their own clock
        time = QLocale().toString(QTime(saved.hour, saved.minute), QLocale.FormatType.ShortFormat)
        # Drafts carry the clock's time, so "today" is the clock's too (not a pinned day).
        if saved.date() == datetime.now().date():
            when = self.tr("saved today at {time}").format(time=time)
        else:
            when = self.tr("saved {day} at {time}").format(day=words.day(saved.date()), time=time)
        return f"{name} — {when}"

    def selected(self) -> DraftSummary | None:
        row = self.list.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _fit_buttons(self) -> None:
        chosen = self.selected() is not None
        self.resume_button.setEnabled(chosen)
        self.discard_button.setEnabled(chosen)

    # --- acting ---

    def resume_selected(self) -> None:
        draft = self.selected()
        if draft is None:
            return
        from ui.dialogs.intake import resume_draft

        resume_draft(self.ctx, draft.id)

    def discard_selected(self) -> None:
        draft = self.selected()
        if draft is None:
            return
        box = QMessageBox(self)
        box.setObjectName("discardDraftQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Discard the draft?"))
        box.setText(
            self.tr(
                "Throw away the unfinished intake for {name}? What was typed in it cannot be "
                "brought back."
            ).format(name=draft.display_name or self.tr("someone not named yet"))
        )
        drop = box.addButton(self.tr("&Discard draft"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered(_result: int) -> None:
            self.question = None
            if box.clickedButton() is drop:
                self._discard(draft.id)

        box.finished.connect(answered)
        self.question = box
        box.open()

    def _discard(self, draft_id: str) -> None:
        store, bus = self.ctx.store, self.ctx.bus
        workers.run(
            self,
            lambda: drafts.discard_draft(store, draft_id),
            on_done=lambda _none: bus.announce(DRAFTS),
        )
