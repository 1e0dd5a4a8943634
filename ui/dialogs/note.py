"""Write or correct a case note: when and where the coach met the participant, how, and what
was said. A restricted note (domestic violence, health…) is shown only to the assigned coach
and supervisors, and reading it is recorded."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QPlainTextEdit, QWidget

from coachapp.models.enums import ContactMode
from coachapp.services import notes, reference, workday
from coachapp.services.notes import NoteView
from ui import workers
from ui.changes import changes
from ui.context import AppContext
from ui.dialogs.form_dialog import FormDialog
from ui.widgets import person_words
from ui.widgets.field_form import choose, chosen, date_format, fill_choices


def to_qdatetime(value: datetime) -> QDateTime:
    local = value.astimezone()
    return QDateTime.fromSecsSinceEpoch(int(local.timestamp()))


def from_qdatetime(value: QDateTime) -> datetime:
    """The laptop's local time, with its zone (the core stores UTC)."""
    return datetime.fromtimestamp(value.toSecsSinceEpoch()).astimezone()


class NoteDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        participant_id: str,
        *,
        note: NoteView | None = None,
        may_restrict: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx,
            title=self.tr("Correct a case note") if note else self.tr("Add a case note"),
            intro=self.tr("Write what a colleague would need to know; keep opinions out."),
            save_text=self.tr("&Save note"),
            parent=parent,
        )
        self.setObjectName("noteDialog")
        self.participant_id = participant_id
        self.note = note
        self.when = QDateTimeEdit(
            to_qdatetime(note.contact_at) if note else QDateTime.currentDateTime()
        )
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(date_format() + " h:mm AP")
        self.form.add("contact_at", self.tr("&When you met:"), self.when)
        self.mode = QComboBox()
        fill_choices(self.mode, [(m, person_words.contact_mode(m)) for m in ContactMode])
        choose(self.mode, note.mode if note else ContactMode.IN_PERSON)
        self.form.add("mode", self.tr("&How:"), self.mode)
        self.site = QComboBox()
        fill_choices(self.site, [], blank=self.tr("Not at a branch"))
        self.form.add(
            "site_id",
            self.tr("Wh&ere:"),
            self.site,
            hint=self.tr("The DHS branch where you met, if you met at one."),
        )
        self.body_edit = QPlainTextEdit(note.body if note else "")
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setMinimumHeight(140)
        self.form.add("body", self.tr("N&ote:"), self.body_edit)
        self.restricted = QCheckBox(self.tr("&Restricted"))
        self.restricted.setChecked(bool(note and note.restricted))
        self.form.add(
            "restricted",
            self.tr("Confidential:"),
            self.restricted,
            hint=self.tr(
                "For domestic violence, health or substance use details. Only the assigned "
                "coach and supervisors see a restricted note, and each time it is shown is "
                "recorded in the participant's history."
            )
            + (
                ""
                if may_restrict
                else " "
                + self.tr("You are not this participant's coach, so you will not see it again.")
            ),
        )
        self.body_edit.setFocus()
        self._load_sites()

    def _load_sites(self) -> None:
        store, today = self.ctx.store, self.ctx.today()

        def read() -> tuple[list[tuple[str, str]], str | None]:
            return [(s.id, s.label) for s in reference.sites(store)], workday.todays_site(
                store, today=today
            )

        workers.run(self, read, on_done=self._sites_loaded)

    def _sites_loaded(self, answer: tuple[list[tuple[str, str]], str | None]) -> None:
        branches, todays = answer
        keep = self.note.site_id if self.note else todays
        fill_choices(self.site, branches, blank=self.tr("Not at a branch"), keep=keep)

    def work(self) -> Callable[[], NoteView]:
        store, pid = self.ctx.store, self.participant_id
        when = from_qdatetime(self.when.dateTime())
        mode = chosen(self.mode)
        site_id = chosen(self.site)
        body = self.body_edit.toPlainText()
        restricted = self.restricted.isChecked()
        if self.note is None:
            return lambda: notes.add_note(
                store,
                participant_id=pid,
                body=body,
                mode=mode,
                contact_at=when,
                site_id=site_id,
                restricted=restricted,
            )
        note, keep = self.note, notes.KEEP
        # Only what the coach changed is sent, so the history names just those fields.
        changed_when = self.when.dateTime() != to_qdatetime(note.contact_at)
        return lambda: notes.edit_note(
            store,
            note.id,
            body=body if body != note.body else keep,
            mode=mode if mode != note.mode else keep,
            contact_at=when if changed_when else keep,
            site_id=site_id if site_id != note.site_id else keep,
            restricted=restricted if restricted != note.restricted else keep,
        )

    def announce(self, result: NoteView) -> None:
        self.ctx.bus.announce(
            changes("note", ids=[result.id], participant_ids=[self.participant_id])
        )
