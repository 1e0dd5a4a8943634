"""Profile: the participant's own details — name, birth date, contact, address, background and
case numbers — shown ready to correct. Save sends only what changed; a problem shows under
the field that caused it and nothing is saved."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coachapp.errors import CoachAppError, ValidationError
from coachapp.models.enums import EducationLevel, Gender
from coachapp.services import participants, reference
from coachapp.services.participants import ParticipantDetail
from ui import workers
from ui.changes import changes
from ui.context import AppContext
from ui.errors import show_error
from ui.pages.participant_tabs.base import ParticipantTab
from ui.widgets import casework_words as words
from ui.widgets import person_words
from ui.widgets.field_form import FieldForm, OptionalDate, chosen, fill_choices

_TEXT_FIELDS = (
    "first_name",
    "middle_name",
    "last_name",
    "preferred_name",
    "race",
    "preferred_language",
    "phone",
    "email",
    "address_line1",
    "address_line2",
    "city",
    "state",
    "postal_code",
    "tanf_case_number",
    "ivd_case_number",
)
_CHOICE_FIELDS = ("gender", "hispanic_latino", "education_level", "veteran", "recruitment_site_id")


def _select(combo: QComboBox, value: Any) -> None:
    """Pick the entry holding ``value`` (None is the blank first entry)."""
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            combo.setCurrentIndex(index)
            return
    combo.setCurrentIndex(0)


class ProfileTab(ParticipantTab):
    key = "profile"
    kinds = ("participant",)

    def __init__(self, ctx: AppContext, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, participant_id, parent)
        self.loaded: dict[str, Any] = {}
        self.detail: ParticipantDetail | None = None
        self._filling = False
        self._stale = False
        self.texts: dict[str, QLineEdit] = {}
        self.combos: dict[str, QComboBox] = {}

        self.person = FieldForm()
        self._text(self.person, "first_name", self.tr("&First name:"))
        self._text(self.person, "middle_name", self.tr("M&iddle name:"))
        self._text(self.person, "last_name", self.tr("L&ast name:"))
        self._text(
            self.person,
            "preferred_name",
            self.tr("&Goes by:"),
            hint=self.tr("The name they like to be called, if different."),
        )
        self.born = OptionalDate(self.tr("&Known"), ctx.today())
        self.born.setObjectName("dateOfBirth")
        self.person.add("date_of_birth", self.tr("Date of &birth:"), self.born)
        self.born.switch.toggled.connect(self._edited)
        self.born.edit.dateChanged.connect(self._edited)
        self._combo(
            self.person,
            "gender",
            self.tr("Gen&der:"),
            [(g, person_words.gender(g)) for g in Gender],
        )
        self._combo(
            self.person,
            "hispanic_latino",
            self.tr("&Hispanic or Latino:"),
            [(True, person_words.yes_no(True)), (False, person_words.yes_no(False))],
        )
        self._text(self.person, "race", self.tr("&Race:"))
        self._combo(
            self.person,
            "education_level",
            self.tr("&Education:"),
            [(e, person_words.education(e)) for e in EducationLevel],
        )
        self._combo(
            self.person,
            "veteran",
            self.tr("&Veteran:"),
            [(True, person_words.yes_no(True)), (False, person_words.yes_no(False))],
        )
        self._text(self.person, "preferred_language", self.tr("Preferred language:"))

        self.contact = FieldForm()
        self._text(self.contact, "phone", self.tr("&Phone:"))
        self._text(self.contact, "email", self.tr("E&mail:"))
        self._text(self.contact, "address_line1", self.tr("Address:"))
        self._text(self.contact, "address_line2", self.tr("Address line 2:"))
        self._text(self.contact, "city", self.tr("City:"))
        self._text(self.contact, "state", self.tr("State:"), hint=self.tr("Two letters, like OH."))
        self.texts["state"].setMaxLength(2)
        self._text(self.contact, "postal_code", self.tr("&ZIP code:"))

        self.case = FieldForm()
        self.tanf = QCheckBox(self.tr("Receives TANF"))
        self.tanf.toggled.connect(self._edited)
        self.case.add("tanf_recipient", self.tr("TANF:"), self.tanf)
        self._text(self.case, "tanf_case_number", self.tr("TANF &case #:"))
        self._text(self.case, "ivd_case_number", self.tr("Child supp&ort (IV-D) case #:"))
        self._combo(self.case, "recruitment_site_id", self.tr("Recruited at:"), [])

        self.program = QLabel()
        self.program.setObjectName("programFacts")
        self.program.setWordWrap(True)

        self.message = QLabel()
        self.message.setObjectName("profileMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save changes  Ctrl+S"))
        self.save_button.setToolTip(self.tr("Save the changes to the profile (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.undo_button = QPushButton(self.tr("&Undo changes"))
        self.undo_button.setToolTip(self.tr("Put back what is saved"))
        self.undo_button.clicked.connect(self.undo)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        def titled(text: str, form: QWidget) -> QWidget:
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            heading = QLabel(text)
            heading.setObjectName("sectionTitle")
            column.addWidget(heading)
            column.addWidget(form)
            return box

        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(titled(self.tr("Person"), self.person), 0, 0, 3, 1, top)
        grid.addWidget(titled(self.tr("Contact and address"), self.contact), 0, 1, top)
        grid.addWidget(titled(self.tr("Case numbers"), self.case), 1, 1, top)
        grid.addWidget(titled(self.tr("In the program"), self.program), 2, 1, top)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(grid)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        actions = QHBoxLayout()
        actions.addWidget(self.message, 1)
        actions.addWidget(self.undo_button)
        actions.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(actions)
        self.setEnabled(False)
        self._fit_buttons()

    def title(self) -> str:
        return self.tr("Profile")

    # --- building ---

    def _text(self, form: FieldForm, name: str, label: str, *, hint: str | None = None) -> None:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.textEdited.connect(self._edited)
        self.texts[name] = edit
        form.add(name, label, edit, hint=hint)

    def _combo(
        self, form: FieldForm, name: str, label: str, choices: list[tuple[Any, str]]
    ) -> None:
        combo = QComboBox()
        combo.setObjectName(name)
        fill_choices(combo, choices, blank=self.tr("Not answered"))
        combo.currentIndexChanged.connect(self._edited)
        self.combos[name] = combo
        form.add(name, label, combo)

    # --- loading ---

    def load(self) -> None:
        store, pid = self.ctx.store, self.participant_id

        def read() -> tuple[ParticipantDetail, list[tuple[str, str]]]:
            sites = [(s.id, s.label) for s in reference.sites(store)]
            return participants.get_participant(store, pid), sites

        workers.run(self, read, on_done=self._arrived)

    def _arrived(self, answer: tuple[ParticipantDetail, list[tuple[str, str]]]) -> None:
        detail, sites = answer
        self._filling = True
        fill_choices(self.combos["recruitment_site_id"], sites, blank=self.tr("Not recorded"))
        self._filling = False
        self.fill(detail)
        self.setEnabled(True)

    def fill(self, detail: ParticipantDetail) -> None:
        self.detail = detail
        s = detail.summary
        values: dict[str, Any] = {
            "first_name": s.first_name,
            "middle_name": detail.middle_name,
            "last_name": s.last_name,
            "preferred_name": s.preferred_name,
            "date_of_birth": s.date_of_birth,
            "gender": Gender(detail.gender) if detail.gender else None,
            "hispanic_latino": detail.hispanic_latino,
            "race": detail.race,
            "education_level": EducationLevel(detail.education_level)
            if detail.education_level
            else None,
            "veteran": detail.veteran,
            "preferred_language": detail.preferred_language,
            "phone": detail.phone,
            "email": detail.email,
            "address_line1": detail.address_line1,
            "address_line2": detail.address_line2,
            "city": detail.city,
            "state": detail.state,
            "postal_code": detail.postal_code,
            "tanf_recipient": s.tanf_recipient,
            "tanf_case_number": s.tanf_case_number,
            "ivd_case_number": s.ivd_case_number,
            "recruitment_site_id": s.recruitment_site_id,
        }
        self._filling = True
        for name in _TEXT_FIELDS:
            self.texts[name].setText(values[name] or "")
        for name in _CHOICE_FIELDS:
            _select(self.combos[name], values[name])
        self.born.set_value(values["date_of_birth"])
        self.tanf.setChecked(bool(values["tanf_recipient"]))
        self._filling = False
        self.loaded = values
        self._stale = False
        self.program.setText(self._program_words(detail))
        for form in (self.person, self.contact, self.case):
            form.clear_errors()
        self._fit_buttons()

    def _program_words(self, d: ParticipantDetail) -> str:
        lines = [self.tr("Status: {status}").format(status=person_words.status(d.summary.status))]
        if d.applied_on:
            lines.append(self.tr("Applied: {day}").format(day=words.day(d.applied_on)))
        if d.enrolled_on:
            lines.append(self.tr("Enrolled: {day}").format(day=words.day(d.enrolled_on)))
        if d.exited_on:
            reason = person_words.exit_reason(d.exit_reason) if d.exit_reason else ""
            lines.append(
                self.tr("Exited: {day} {reason}").format(day=words.day(d.exited_on), reason=reason)
            )
        if d.study_group:
            lines.append(
                self.tr("Study group: {group}").format(
                    group=person_words.study_group(d.study_group)
                )
            )
        lines.append(
            self.tr("Shared with the team: {answer}").format(
                answer=person_words.yes_no(d.shared_with_team)
            )
        )
        lines.append(self.tr("Status changes with “Change status…” at the top."))
        return "\n".join(lines)

    # --- editing ---

    def current(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name in _TEXT_FIELDS:
            text = self.texts[name].text().strip()
            values[name] = text or None
        for name in _CHOICE_FIELDS:
            values[name] = chosen(self.combos[name])
        values["date_of_birth"] = self.born.value()
        values["tanf_recipient"] = self.tanf.isChecked()
        return values

    def changed(self) -> dict[str, Any]:
        now = self.current()
        return {k: v for k, v in now.items() if _differs(v, self.loaded.get(k))}

    def dirty(self) -> bool:
        return bool(self.loaded) and bool(self.changed())

    def _edited(self, *_args: object) -> None:
        if not self._filling:
            self.message.clear()
            self._fit_buttons()

    def _fit_buttons(self) -> None:
        dirty = self.dirty()
        self.save_button.setEnabled(dirty)
        self.undo_button.setEnabled(dirty)

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setObjectName("formError" if error else "profileMessage")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)

    def save(self) -> None:
        if not self.isVisible() or not self.save_button.isEnabled():
            return
        edits = self.changed()
        if not edits:
            return
        store, pid, today = self.ctx.store, self.participant_id, self.ctx.today()
        self.save_button.setEnabled(False)
        self.say(self.tr("Saving…"))
        workers.run(
            self,
            lambda: participants.update_participant(store, pid, changes=edits, today=today),
            on_done=self._saved,
            on_failed=self._failed,
        )

    def _saved(self, detail: ParticipantDetail) -> None:
        self.fill(detail)
        self.say(self.tr("Saved."))
        self.ctx.bus.announce(changes("participant", ids=[detail.id], participant_ids=[detail.id]))

    def _failed(self, exc: BaseException) -> None:
        self._fit_buttons()
        self.say("")
        if isinstance(exc, ValidationError):
            self.show_errors(exc.fields)
            if not self.message.text():
                self.say(self.tr("Nothing was saved. Please correct what is marked."), error=True)
        elif isinstance(exc, CoachAppError):
            self.say(str(exc), error=True)
        else:
            show_error(self, exc)

    def show_errors(self, fields: Mapping[str, str]) -> None:
        left = dict(fields)
        for form in (self.person, self.contact, self.case):
            placed_here = {k: v for k, v in left.items() if k in form.errors}
            form.show_errors(placed_here)
            for k in placed_here:
                left.pop(k)
        if left:
            self.say("\n".join(left.values()), error=True)

    def error_text(self, name: str) -> str:
        for form in (self.person, self.contact, self.case):
            if name in form.errors:
                return form.error_text(name)
        return ""

    def undo(self) -> None:
        if self.detail is not None:
            self.fill(self.detail)
            self.message.clear()
            if self._stale:
                self.load()

    def on_changed(self, what: Any) -> None:
        # Never throw away what the coach is typing; reload once they save or undo.
        if self._loaded and self.dirty() and what.touches(*self.kinds):
            if what.concerns(self.participant_id):
                self._stale = True
            return
        super().on_changed(what)


def _differs(now: Any, before: Any) -> bool:
    if isinstance(before, str):
        before = before.strip() or None
    return bool(now != before)
