"""Notes: the case notes of every contact with the participant, newest first, with the whole
text of the chosen one below. Restricted notes are marked, and shown only to the assigned
coach and supervisors (the core records each time they are shown)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from coachapp.services import notes, reference
from coachapp.services.notes import NoteView
from coachapp.services.participant_header import participant_header
from ui import workers
from ui.changes import changes
from ui.context import AppContext
from ui.models.record_table import Column, RecordTableModel
from ui.pages.participant_tabs.base import ParticipantTab
from ui.pages.participant_tabs.listing import Listing
from ui.widgets import casework_words as words
from ui.widgets import person_words


def when(value: datetime) -> str:
    local = value.astimezone()
    return f"{words.day(local.date())} {local.strftime('%I:%M %p').lstrip('0')}"


@dataclass(frozen=True)
class NotesRead:
    notes: list[NoteView]
    may_see_restricted: bool
    sites: dict[str, str]
    coaches: dict[str, str]


class NotesTab(ParticipantTab):
    key = "notes"
    kinds = ("note", "reference")

    def __init__(self, ctx: AppContext, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, participant_id, parent)
        self.sites: dict[str, str] = {}
        self.coaches: dict[str, str] = {}
        self.may_see_restricted = False
        model: RecordTableModel[NoteView] = RecordTableModel(
            [
                Column(
                    self.tr("When"),
                    lambda n: when(n.contact_at),
                    sort_key=lambda n: f"{n.contact_at.isoformat()}|{n.id}",
                    chars=18,
                ),
                Column(self.tr("How"), lambda n: person_words.contact_mode(n.mode), chars=11),
                Column(self.tr("Where"), lambda n: self.sites.get(n.site_id or "", ""), chars=18),
                Column(self.tr("By"), lambda n: self.coaches.get(n.author_id or "", ""), chars=20),
                Column(
                    self.tr("Restricted"),
                    lambda n: self.tr("Restricted") if n.restricted else "",
                    chars=11,
                ),
                Column(self.tr("Note"), lambda n: " ".join(n.body.split()), chars=None),
            ]
        )
        self.listing: Listing[NoteView] = Listing(
            model,
            accessible_name=self.tr("Case notes"),
            empty_text=self.tr(
                "No case notes yet. Press Ctrl+Shift+N (or “Add note” below) after each "
                "contact with the participant."
            ),
        )
        self.listing.add_button(
            self.tr("&Add note…"), self.tr("Record a contact (Ctrl+Shift+N)"), self.add
        )
        self.listing.add_button(
            self.tr("&Edit…"),
            self.tr("Correct the chosen note (Enter)"),
            self.edit_selected,
            needs_row=True,
        )
        self.listing.add_button(
            self.tr("&Remove…"),
            self.tr("Remove a note written in error (Delete)"),
            self.remove_selected,
            needs_row=True,
        )
        self.listing.on_activate(self.edit)
        self.listing.on_delete(self.remove)
        self.listing.view.selectionModel().selectionChanged.connect(self._show_selected)

        self.restricted_hint = QLabel()
        self.restricted_hint.setObjectName("hint")
        self.restricted_hint.setWordWrap(True)
        self.restricted_hint.hide()
        self.full_text = QPlainTextEdit()
        self.full_text.setReadOnly(True)
        self.full_text.setAccessibleName(self.tr("The chosen note"))
        self.full_text.setPlaceholderText(self.tr("Choose a note to read all of it here."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.listing)
        splitter.addWidget(self.full_text)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.restricted_hint)
        layout.addWidget(splitter, 1)

    def title(self) -> str:
        return self.tr("Notes")

    def load(self) -> None:
        store, pid, today = self.ctx.store, self.participant_id, self.ctx.today()

        def read() -> NotesRead:
            allowed = participant_header(store, pid, today=today).may_see_restricted
            return NotesRead(
                notes=notes.list_notes(store, pid, include_restricted=allowed),
                may_see_restricted=allowed,
                sites={s.id: s.label for s in reference.sites(store)},
                coaches={c.id: c.label for c in reference.coaches(store)},
            )

        workers.run(self, read, on_done=self._arrived)

    def _arrived(self, read: NotesRead) -> None:
        self.sites, self.coaches = read.sites, read.coaches
        self.may_see_restricted = read.may_see_restricted
        self.listing.set_rows(read.notes)
        self.full_text.clear()
        if any(n.restricted for n in read.notes):
            # The core recorded this view in the history: let the page and History know.
            self.ctx.bus.announce(changes("outbox", participant_ids=[self.participant_id]))
        if not read.may_see_restricted:
            self.restricted_hint.setText(
                self.tr(
                    "Restricted notes are left out: only the participant's assigned coach and "
                    "supervisors see them."
                )
            )
            self.restricted_hint.show()
        elif any(n.restricted for n in read.notes):
            self.restricted_hint.setText(
                self.tr(
                    "Notes marked Restricted are confidential. Showing them is recorded in "
                    "the participant's history."
                )
            )
            self.restricted_hint.show()
        else:
            self.restricted_hint.hide()

    def _show_selected(self, *_args: object) -> None:
        note = self.listing.selected()
        self.full_text.setPlainText(note.body if note is not None else "")

    # --- actions ---

    def add(self) -> None:
        from ui.dialogs.note import NoteDialog

        NoteDialog(
            self.ctx, self.participant_id, may_restrict=self.may_see_restricted, parent=self
        ).open()

    def edit_selected(self) -> None:
        note = self.listing.selected()
        if note is not None:
            self.edit(note)

    def edit(self, note: NoteView) -> None:
        from ui.dialogs.note import NoteDialog

        NoteDialog(
            self.ctx,
            self.participant_id,
            note=note,
            may_restrict=self.may_see_restricted,
            parent=self,
        ).open()

    def remove_selected(self) -> None:
        note = self.listing.selected()
        if note is not None:
            self.remove(note)

    def remove(self, note: NoteView) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Remove a case note"),
            self.tr(
                "Remove the note of {when}? Do this only for a note written in error; the "
                "history keeps a record that it was removed."
            ).format(when=when(note.contact_at)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        store, pid = self.ctx.store, self.participant_id
        workers.run(
            self,
            lambda: notes.remove_note(store, note.id),
            on_done=lambda _none: self.ctx.bus.announce(
                changes("note", ids=[note.id], participant_ids=[pid])
            ),
        )
