"""Settle a conflict: one record's details changed differently on two laptops, side by side.

For each detail: mine | theirs | before both changes, and a choice — keep mine, keep theirs,
or type a new value. Nothing is lost: both versions stay on the conflict record after it is
settled. The choice is an ordinary change, sent at the next sync, so every laptop converges.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coachapp.errors import ValidationError
from coachapp.services import conflicts
from coachapp.services.conflicts import ConflictedRecord, ConflictView, Resolution
from ui import workers
from ui.changes import changes
from ui.context import AppContext
from ui.errors import show_error
from ui.widgets.record_words import change_kind, field_label, record_label, value_text, when_text

# --- whose side is whose ------------------------------------------------------------------------


@dataclass(frozen=True)
class Sides:
    """Which stored side is "mine" (this laptop's or this coach's) and which "theirs"."""

    mine: str  # "client" or "server"
    theirs: str
    #: False when neither side can be told to be this coach's (a supervisor settling).
    known: bool


def sides_of(view: ConflictView, *, device_id: str, coach_id: str) -> Sides:
    if view.client_device_id == device_id:
        return Sides("client", "server", True)
    if view.server_author_id == coach_id and view.client_author_id != coach_id:
        return Sides("server", "client", True)
    if view.client_author_id == coach_id and view.server_author_id != coach_id:
        return Sides("client", "server", True)
    # Both from this coach on another laptop, or both from others: the version already on
    # the server is what this laptop shows now.
    return Sides("server", "client", view.server_author_id == coach_id)


# --- the dialog ---------------------------------------------------------------------------------


class _FieldRow:
    """One detail: its two versions, the base, and the coach's choice."""

    def __init__(
        self,
        dialog: ConflictDialog,
        grid: QGridLayout,
        row: int,
        view: ConflictView,
        sides: Sides,
        names: Mapping[str, str],
    ) -> None:
        self.view = view
        self.sides = sides
        label = QLabel(field_label(view.table_name, view.field_name))
        label.setObjectName("sectionTitle")
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)

        def version(side: str) -> QLabel:
            value = view.client_value if side == "client" else view.server_value
            author = view.client_author_id if side == "client" else view.server_author_id
            when = view.client_changed_at if side == "client" else view.server_changed_at
            identity = dialog.ctx.identity
            sent_here = view.client_device_id == identity.device_id
            who = names.get(author or "", QCoreApplication.translate("ConflictDialog", "someone"))
            if side == "client" and sent_here:
                who = QCoreApplication.translate("ConflictDialog", "you, on this laptop")
            elif author and author == identity.coach_id:
                # The other side of a change sent from here came from another laptop.
                who = (
                    QCoreApplication.translate("ConflictDialog", "you, on another laptop")
                    if sent_here
                    else QCoreApplication.translate("ConflictDialog", "you")
                )
            text = value_text(view, value, names)
            box = QLabel(f"<b>{_html(text)}</b><br><small>{_html(who)} · {when_text(when)}</small>")
            box.setObjectName("conflictValue")
            box.setTextFormat(Qt.TextFormat.RichText)
            box.setWordWrap(True)
            box.setAccessibleName(text)
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            return box

        self.mine_label = version(sides.mine)
        self.theirs_label = version(sides.theirs)
        grid.addWidget(self.mine_label, row, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.theirs_label, row, 2, Qt.AlignmentFlag.AlignTop)
        base = QLabel(value_text(view, view.base_value, names))
        base.setObjectName("hint")
        base.setWordWrap(True)
        grid.addWidget(base, row, 3, Qt.AlignmentFlag.AlignTop)

        what = field_label(view.table_name, view.field_name)
        self.keep_mine = QRadioButton(
            QCoreApplication.translate("ConflictDialog", "Keep mine")
            if sides.known
            else QCoreApplication.translate("ConflictDialog", "Keep the first")
        )
        self.keep_theirs = QRadioButton(
            QCoreApplication.translate("ConflictDialog", "Keep theirs")
            if sides.known
            else QCoreApplication.translate("ConflictDialog", "Keep the second")
        )
        self.new_value = QRadioButton(QCoreApplication.translate("ConflictDialog", "New value:"))
        for button, words in (
            (self.keep_mine, QCoreApplication.translate("ConflictDialog", "Keep mine for {what}")),
            (
                self.keep_theirs,
                QCoreApplication.translate("ConflictDialog", "Keep theirs for {what}"),
            ),
            (
                self.new_value,
                QCoreApplication.translate("ConflictDialog", "Type a new value for {what}"),
            ),
        ):
            button.setAccessibleName(words.format(what=what))
        self.group = QButtonGroup(dialog)
        for button in (self.keep_mine, self.keep_theirs, self.new_value):
            self.group.addButton(button)
        self.editor = self._editor(dialog, view, names)
        self.editor.setAccessibleName(
            QCoreApplication.translate("ConflictDialog", "New value for {what}").format(what=what)
        )
        self.editor.setEnabled(False)
        self.new_value.toggled.connect(self.editor.setEnabled)
        if view.kind in ("yes_no", "timestamp") or view.field_name == "deleted":
            self.new_value.setEnabled(False)
            self.new_value.setToolTip(
                QCoreApplication.translate("ConflictDialog", "Keep one of the two for this detail.")
            )
            self.editor.hide()
        if isinstance(self.editor, QLineEdit):
            self.editor.textEdited.connect(lambda _t: self.new_value.setChecked(True))
        choice = QVBoxLayout()
        choice.setContentsMargins(0, 0, 0, 0)
        choice.setSpacing(2)
        choice.addWidget(self.keep_mine)
        choice.addWidget(self.keep_theirs)
        choice.addWidget(self.new_value)
        choice.addWidget(self.editor)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        choice.addWidget(self.error)
        holder = QWidget()
        holder.setLayout(choice)
        grid.addWidget(holder, row, 4, Qt.AlignmentFlag.AlignTop)

    @staticmethod
    def _editor(dialog: QDialog, view: ConflictView, names: Mapping[str, str]) -> QWidget:
        if view.kind == "choice":
            combo = QComboBox()
            for value in view.choices:
                combo.addItem(value_text(view, value, names), value)
            return combo
        edit = QLineEdit()
        hints = {
            "date": QCoreApplication.translate("ConflictDialog", "A date, like 2026-03-31"),
            "money": QCoreApplication.translate("ConflictDialog", "Dollars, like 125.50"),
            "whole": QCoreApplication.translate("ConflictDialog", "A whole number"),
            "number": QCoreApplication.translate("ConflictDialog", "A number"),
        }
        edit.setPlaceholderText(
            hints.get(
                view.kind, QCoreApplication.translate("ConflictDialog", "Type the right value")
            )
        )
        return edit

    def resolution(self) -> Resolution | None:
        if self.keep_mine.isChecked():
            return Resolution(self.view.id, keep=self.sides.mine)  # type: ignore[arg-type]
        if self.keep_theirs.isChecked():
            return Resolution(self.view.id, keep=self.sides.theirs)  # type: ignore[arg-type]
        if self.new_value.isChecked():
            if isinstance(self.editor, QComboBox):
                return Resolution(self.view.id, keep="value", text=str(self.editor.currentData()))
            assert isinstance(self.editor, QLineEdit)
            return Resolution(self.view.id, keep="value", text=self.editor.text())
        return None

    def show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))


class ConflictDialog(QDialog):
    """One record's conflicts, side by side; Save settles them all together."""

    def __init__(
        self,
        ctx: AppContext,
        record: ConflictedRecord,
        *,
        names: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record = record
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Settle a conflict"))
        self.resize(980, 520)
        who = record.participant_name or self.tr("a participant not on this laptop")
        title = QLabel(
            self.tr("{who} — {record}").format(who=who, record=record_label(record.table_name))
        )
        title.setObjectName("pageTitle")
        explain = QLabel(
            self.tr(
                "These details were changed differently on two laptops before either had "
                "synced. Both versions are kept until you choose. For each detail, keep yours, "
                "keep theirs, or type a new value. Your choice is sent at the next sync, so "
                "every laptop ends up with the same."
            )
        )
        explain.setObjectName("hint")
        explain.setWordWrap(True)

        identity = ctx.identity
        sides = [
            sides_of(v, device_id=identity.device_id, coach_id=identity.coach_id)
            for v in record.fields
        ]
        known = any(s.known for s in sides)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        headers = (
            self.tr("Detail"),
            self.tr("Mine") if known else self.tr("First version"),
            self.tr("Theirs") if known else self.tr("Second version"),
            self.tr("Before both changes"),
            self.tr("Your choice"),
        )
        for column, text in enumerate(headers):
            header = QLabel(f"<b>{_html(text)}</b>")
            grid.addWidget(header, 0, column)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        grid.addWidget(line, 1, 0, 1, len(headers))
        self.rows = [
            _FieldRow(self, grid, index + 2, view, side, names)
            for index, (view, side) in enumerate(zip(record.fields, sides, strict=True))
        ]
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(4, 2)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(grid)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("&Save my choices"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setToolTip(self.tr("Save and send at the next sync (Alt+S)"))
        self.save_button.setDefault(True)
        cancel = self.buttons.addButton(
            self.tr("Decide &later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        cancel.setToolTip(self.tr("Close without choosing (Esc); the conflict stays open"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._op: workers.Op[Any] | None = None

    def save(self) -> None:
        if self._op is not None:
            return
        chosen: list[Resolution] = []
        missing = False
        for row in self.rows:
            resolution = row.resolution()
            row.show_error(None if resolution else self.tr("Choose which value to keep."))
            missing = missing or resolution is None
            if resolution is not None:
                chosen.append(resolution)
        if missing:
            self._say(self.tr("Choose a value for each detail, then save."))
            return
        self._say(None)
        store, today = self.ctx.store, self.ctx.today()
        self.save_button.setEnabled(False)
        self._op = workers.run(
            self,
            lambda: conflicts.resolve_conflicts(store, chosen, today=today),
            on_done=self._saved,
            on_failed=self._refused,
        )

    def _saved(self, _settled: object) -> None:
        self._op = None
        record = self.record
        self.ctx.bus.announce(
            changes(
                "conflict",
                change_kind(record.table_name),
                ids=[record.row_id, *(f.id for f in record.fields)],
                participant_ids=[record.participant_id] if record.participant_id else [],
            )
        )
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._op = None
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            for row in self.rows:
                row.show_error(exc.fields.get(row.view.id))
            if not any(row.view.id in exc.fields for row in self.rows):
                self._say(str(exc))
            return
        show_error(self, exc)

    def _say(self, message: str | None) -> None:
        self.message.setText(message or "")
        self.message.setVisible(bool(message))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
