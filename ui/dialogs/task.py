"""Add a task: something the coach owes by a date, linked to a participant, shown on Today."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from coachapp.services import tasks
from coachapp.services.tasks import TaskView
from ui.changes import changes
from ui.context import AppContext
from ui.dialogs.form_dialog import FormDialog
from ui.widgets.field_form import date_edit, to_date

#: A new task is due in a week unless the coach picks another day.
DEFAULT_DUE_DAYS = 7


class TaskDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        participant_id: str,
        *,
        participant_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx,
            title=self.tr("Add a task"),
            intro=self.tr(
                "A to-do for you about {name}. It shows on Today when it is due, and in red "
                "when it is late."
            ).format(name=participant_name),
            save_text=self.tr("&Add task"),
            parent=parent,
        )
        self.setObjectName("taskDialog")
        self.participant_id = participant_id
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("For example: Call about the CNA class start"))
        self.form.add("title", self.tr("&Task:"), self.title_edit)
        self.due = date_edit(ctx.today() + timedelta(days=DEFAULT_DUE_DAYS))
        self.form.add("due_on", self.tr("&Due date:"), self.due)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)
        self.form.add("notes", self.tr("N&otes (optional):"), self.notes)
        linked = QLabel(participant_name)
        linked.setObjectName("taskParticipant")
        self.form.add("participant_id", self.tr("About:"), linked)
        self.title_edit.setFocus()

    def work(self) -> Callable[[], TaskView]:
        store, pid = self.ctx.store, self.participant_id
        title = self.title_edit.text()
        due = to_date(self.due.date())
        notes = self.notes.toPlainText()
        return lambda: tasks.add_task(
            store, title=title, due_on=due, participant_id=pid, notes=notes or None
        )

    def announce(self, result: TaskView) -> None:
        self.ctx.bus.announce(
            changes("task", ids=[result.id], participant_ids=[self.participant_id])
        )
