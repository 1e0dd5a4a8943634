"""The top of a participant's page: who they are, where they stand in the program, their case
numbers, consents and coach, whether their record waits to sync, and the main actions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachapp.services.participant_header import ParticipantHeader
from ui.widgets import casework_words as words
from ui.widgets import person_words


def _label(name: str, *, selectable: bool = True, wrap: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ParticipantHeaderBar(QFrame):
    change_status = Signal()
    add_note = Signal()
    add_task = Signal()
    open_sync = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantHeader")
        self.name = _label("participantName")
        self.name.setObjectName("pageTitle")
        self.also = _label("participantAlsoKnownAs")
        self.also.setObjectName("hint")
        self.status = _label("participantStatus")
        self.tanf = _label("tanfCase")
        self.ivd = _label("ivdCase")
        self.coach = _label("assignedCoach")
        self.consent = _label("consentStatus", wrap=True)
        self.sync_state = _label("syncState", selectable=False)
        self.conflicts = QPushButton()
        self.conflicts.setObjectName("openConflicts")
        self.conflicts.setFlat(True)
        self.conflicts.setToolTip(self.tr("Open the Sync page to settle it (Ctrl+7)"))
        self.conflicts.clicked.connect(self.open_sync.emit)
        self.conflicts.hide()

        self.status_button = QPushButton(self.tr("Change &status…"))
        self.status_button.setToolTip(self.tr("Move the participant to the next stage (Alt+S)"))
        self.status_button.clicked.connect(self.change_status.emit)
        self.note_button = QPushButton(self.tr("Add &note…  Ctrl+Shift+N"))
        self.note_button.setToolTip(self.tr("Record a contact with the participant (Ctrl+Shift+N)"))
        self.note_button.clicked.connect(self.add_note.emit)
        self.task_button = QPushButton(self.tr("Add &task…  Ctrl+T"))
        self.task_button.setToolTip(self.tr("Add a to-do about this participant (Ctrl+T)"))
        self.task_button.clicked.connect(self.add_task.emit)
        for button in (self.status_button, self.note_button, self.task_button):
            button.setEnabled(False)

        self.status.setObjectName("statusBadge")
        title_row = QHBoxLayout()
        title_row.addWidget(self.name)
        title_row.addSpacing(8)
        title_row.addWidget(self.status, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addStretch(1)
        title_row.addWidget(self.status_button)
        title_row.addWidget(self.note_button)
        title_row.addWidget(self.task_button)

        facts = QGridLayout()
        facts.setHorizontalSpacing(24)
        facts.setVerticalSpacing(2)
        facts.addWidget(self.tanf, 0, 0)
        facts.addWidget(self.ivd, 0, 1)
        facts.addWidget(self.coach, 0, 2)
        facts.addWidget(self.consent, 1, 0, 1, 3)
        facts.setColumnStretch(2, 1)

        sync_row = QHBoxLayout()
        sync_row.addWidget(self.sync_state)
        sync_row.addWidget(self.conflicts)
        sync_row.addStretch(1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.setSpacing(4)
        outer.addLayout(title_row)
        outer.addWidget(self.also)
        outer.addLayout(facts)
        outer.addLayout(sync_row)
        self.clear()

    def clear(self, message: str | None = None) -> None:
        """Nothing about the person shows (loading, or the record is gone)."""
        self.name.setText(message or self.tr("Loading…"))
        for label in (self.also, self.status, self.tanf, self.ivd, self.coach, self.consent):
            label.clear()
        self.also.hide()
        self.sync_state.clear()
        self.conflicts.hide()
        for button in (self.status_button, self.note_button, self.task_button):
            button.setEnabled(False)

    def show_header(self, h: ParticipantHeader) -> None:
        self.name.setText(h.display_name)
        if h.preferred_name and h.preferred_name != h.first_name:
            self.also.setText(
                self.tr("Legal name {full} · goes by {preferred}").format(
                    full=h.full_name, preferred=h.preferred_name
                )
            )
            self.also.show()
        else:
            self.also.hide()
        self.status.setText(self._status_words(h))
        self.status.setToolTip(self.tr("Where the participant stands in the program"))
        if h.tanf_case_number:
            self.tanf.setText(self.tr("TANF case #: {number}").format(number=h.tanf_case_number))
        elif h.tanf_recipient:
            self.tanf.setText(self.tr("TANF case #: missing — add it in Profile"))
        else:
            self.tanf.setText(self.tr("TANF case #: none (not receiving TANF)"))
        self.ivd.setText(
            self.tr("Child support (IV-D) case #: {number}").format(
                number=h.ivd_case_number or self.tr("none")
            )
        )
        self.coach.setText(
            self.tr("Coach: {name}").format(name=h.assigned_coach_name or self.tr("not assigned"))
        )
        if h.consented_agencies:
            self.consent.setText(
                self.tr("Consent in force with: {agencies}").format(
                    agencies=", ".join(h.consented_agencies)
                )
            )
        else:
            self.consent.setText(
                self.tr(
                    "No consent in force with any agency — referrals that share information "
                    "need one first."
                )
            )
        self._show_sync(h)
        self.status_button.setEnabled(True)
        self.note_button.setEnabled(True)
        self.task_button.setEnabled(True)

    def _status_words(self, h: ParticipantHeader) -> str:
        name = person_words.status(h.status)
        since = {
            "applicant": h.applied_on,
            "enrolled": h.enrolled_on,
            "exited": h.exited_on,
        }.get(h.status.value)
        text = name
        if since is not None:
            text = self.tr("{status} since {day}").format(status=name, day=words.day(since))
        if h.study_group is not None and h.status.value != "lead":
            text += " · " + person_words.study_group(h.study_group)
        return text

    def _show_sync(self, h: ParticipantHeader) -> None:
        if h.unsynced_changes:
            self.sync_state.setText(
                self.tr("● Unsynced changes — they go to the server at the next sync (F5).")
            )
            self.sync_state.setProperty("state", "unsynced")
        else:
            self.sync_state.setText(self.tr("✓ Everything about this participant is synced."))
            self.sync_state.setProperty("state", "synced")
        self.sync_state.style().unpolish(self.sync_state)
        self.sync_state.style().polish(self.sync_state)
        problems: list[str] = []
        if h.open_conflicts:
            problems.append(self.tr("%n conflict(s) to settle", "", h.open_conflicts))
        if h.sync_problems:
            problems.append(self.tr("%n change(s) the server refused", "", h.sync_problems))
        if problems:
            self.conflicts.setText(" · ".join(problems) + self.tr(" — open Sync"))
            self.conflicts.show()
        else:
            self.conflicts.hide()
