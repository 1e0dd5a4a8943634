"""Record an information session held at a DHS branch, and add someone from its sign-up sheet."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from coachapp.services import reference, sessions, workday
from coachapp.services.sessions import MAX_ATTENDANCE, LeadView, SessionView
from ui import workers
from ui.changes import changes
from ui.context import AppContext
from ui.dialogs.form_dialog import FormDialog
from ui.widgets.field_form import choose, date_edit, fill_choices, to_date

#: The kinds of place where information sessions are held.
BRANCH_KINDS = ("dhs_branch", "tanf_office")


@dataclass(frozen=True)
class _SessionChoices:
    sites: list[reference.SiteChoice]
    todays_site: str | None


class RecordSessionDialog(FormDialog):
    """Branch, date, how many came, and notes; the session is credited to the coach's team."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            title=self.tr("Record an information session"),
            intro=self.tr(
                "An information session you held at a DHS branch or TANF office. After saving, "
                "add the people who signed up so you can follow up with them."
            ),
            save_text=self.tr("&Save session"),
            parent=parent,
        )
        self.setObjectName("recordSessionDialog")
        self.branch = QComboBox()
        self.branch.setMinimumContentsLength(28)
        self.branch.setEnabled(False)
        self.form.add("site_id", self.tr("&Branch:"), self.branch)
        self.held_on = date_edit(ctx.today())
        self.held_on.setMaximumDate(self.held_on.date())
        self.form.add("held_on", self.tr("&Date:"), self.held_on)
        self.attendance = QSpinBox()
        self.attendance.setRange(0, MAX_ATTENDANCE)
        self.form.add(
            "attendance",
            self.tr("&People who came:"),
            self.attendance,
            hint=self.tr("Everyone in the room, whether or not they signed up."),
        )
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        self.form.add("notes", self.tr("N&otes (optional):"), self.notes)
        self.save_button.setEnabled(False)
        store, day = ctx.store, ctx.today()
        workers.run(
            self,
            lambda: _SessionChoices(reference.sites(store), workday.todays_site(store, today=day)),
            on_done=self._loaded,
        )

    def _loaded(self, choices: _SessionChoices) -> None:
        branches = [s for s in choices.sites if s.kind in BRANCH_KINDS] or choices.sites
        fill_choices(self.branch, [(s.id, s.label) for s in branches], blank=self.tr("Choose…"))
        if choices.todays_site:
            choose(self.branch, choices.todays_site)
        self.branch.setEnabled(True)
        self.save_button.setEnabled(True)
        self.branch.setFocus()

    def work(self) -> Callable[[], SessionView]:
        store, today = self.ctx.store, self.ctx.today()
        site_id = self.branch.currentData() or ""
        held_on = to_date(self.held_on.date())
        attendance = self.attendance.value()
        notes = self.notes.toPlainText().strip() or None
        return lambda: sessions.record_info_session(
            store,
            site_id=site_id,
            held_on=held_on,
            attendance=attendance,
            notes=notes,
            today=today,
        )

    def announce(self, result: SessionView) -> None:
        self.ctx.bus.announce(changes("info_session", ids=[result.id]))


class SignUpDialog(FormDialog):
    """One line of a session's sign-up sheet: who, how to reach them, TANF, course of interest."""

    def __init__(
        self, ctx: AppContext, session: SessionView, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx,
            title=self.tr("Add a sign-up"),
            intro=self.tr(
                "Someone who signed up at the session at {branch}. You can start their intake "
                "later with what you type here."
            ).format(branch=session.site_name),
            save_text=self.tr("&Add sign-up"),
            parent=parent,
        )
        self.setObjectName("signUpDialog")
        self.session = session
        self.first_name = QLineEdit()
        self.form.add("first_name", self.tr("&First name:"), self.first_name)
        self.last_name = QLineEdit()
        self.form.add("last_name", self.tr("&Last name:"), self.last_name)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("614-555-0142")
        self.form.add("phone", self.tr("&Phone (optional):"), self.phone)
        self.email = QLineEdit()
        self.form.add("email", self.tr("&Email (optional):"), self.email)
        self.tanf = QCheckBox(self.tr("Receives &TANF"))
        self.form.add("tanf_recipient", self.tr("TANF:"), self.tanf)
        self.course = QComboBox()
        fill_choices(self.course, [], blank=self.tr("Not sure yet"))
        self.course.setEnabled(False)
        self.form.add("interested_course_id", self.tr("&Course of interest:"), self.course)
        self.first_name.setFocus()
        store = ctx.store
        workers.run(self, lambda: reference.courses(store), on_done=self._courses)

    def _courses(self, courses: list[reference.CourseChoice]) -> None:
        fill_choices(
            self.course,
            [(c.id, f"{c.label} — {c.provider}") for c in courses],
            blank=self.tr("Not sure yet"),
            keep=self.course.currentData(),
        )
        self.course.setEnabled(True)

    def work(self) -> Callable[[], LeadView]:
        store, session_id = self.ctx.store, self.session.id
        first, last = self.first_name.text(), self.last_name.text()
        phone = self.phone.text().strip() or None
        email = self.email.text().strip() or None
        tanf = self.tanf.isChecked()
        course = self.course.currentData() or None
        return lambda: sessions.add_lead(
            store,
            info_session_id=session_id,
            first_name=first,
            last_name=last,
            phone=phone,
            email=email,
            tanf_recipient=tanf,
            interested_course_id=course,
        )

    def announce(self, result: LeadView) -> None:
        self.ctx.bus.announce(changes("info_session", ids=[self.session.id, result.id]))
