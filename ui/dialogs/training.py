"""Small forms for health-career training: enroll in a course, finish or leave it, record
the credential earned."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from coachapp.models.enums import TrainingStatus
from coachapp.services import reference, training
from coachapp.services.reference import CourseChoice
from coachapp.services.training import TrainingView
from ui import workers
from ui.changes import changes
from ui.context import AppContext
from ui.dialogs.form_dialog import FormDialog
from ui.widgets import casework_words as words
from ui.widgets.field_form import OptionalDate, chosen, date_edit, fill_choices, to_date


def _announce(ctx: AppContext, view: TrainingView) -> None:
    ctx.bus.announce(changes("training", ids=[view.id], participant_ids=[view.participant_id]))


class EnrollDialog(FormDialog):
    def __init__(self, ctx: AppContext, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            title=self.tr("Enroll in a course"),
            intro=self.tr("Start the participant in a course from the program's course list."),
            save_text=self.tr("&Enroll"),
            parent=parent,
        )
        self.participant_id = participant_id
        self.courses: list[CourseChoice] = []
        today = ctx.today()
        self.course = QComboBox()
        self.started = date_edit(today)
        self.expected_end = OptionalDate(self.tr("Known"), today + timedelta(weeks=8))
        self.form.add("course_id", self.tr("&Course"), self.course)
        self.form.add("started_on", self.tr("&Start date"), self.started)
        self.form.add("expected_end_on", self.tr("E&xpected end"), self.expected_end)
        self.save_button.setEnabled(False)
        store = ctx.store
        workers.run(self, lambda: reference.courses(store), on_done=self._loaded)

    def _loaded(self, courses: list[CourseChoice]) -> None:
        self.courses = courses
        fill_choices(
            self.course,
            [(c.id, f"{c.label} — {c.provider}") for c in courses],
            blank=self.tr("Choose…"),
        )
        self.save_button.setEnabled(True)
        self.course.setFocus()

    def work(self) -> Callable[[], Any]:
        store, pid = self.ctx.store, self.participant_id
        course, start = chosen(self.course) or "", to_date(self.started.date())
        end = self.expected_end.value()
        return lambda: training.enroll_in_training(
            store, participant_id=pid, course_id=course, started_on=start, expected_end_on=end
        )

    def announce(self, result: Any) -> None:
        _announce(self.ctx, result)


class FinishTrainingDialog(FormDialog):
    """The course ended: completed (maybe with the credential), left, or not passed."""

    def __init__(
        self, ctx: AppContext, enrollment: TrainingView, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx,
            title=self.tr("Training ended"),
            intro=self.tr("{course} ({provider}), started {start}.").format(
                course=enrollment.course_name,
                provider=enrollment.provider,
                start=words.day(enrollment.started_on),
            ),
            parent=parent,
        )
        self.enrollment = enrollment
        today = ctx.today()
        self.how = QComboBox()
        fill_choices(
            self.how,
            [
                (s, words.training_status(s))
                for s in (TrainingStatus.COMPLETED, TrainingStatus.WITHDRAWN, TrainingStatus.FAILED)
            ],
        )
        self.ended = date_edit(today)
        self.credential_earned = OptionalDate(self.tr("Already earned"), today)
        self.credential_name = QLineEdit()
        self.credential_name.setPlaceholderText(
            self.tr("Blank: the credential the course leads to")
        )
        self.form.add("status", self.tr("&How it ended"), self.how)
        self.form.add("ended_on", self.tr("&Date"), self.ended)
        self.form.add("credential_earned_on", self.tr("C&redential"), self.credential_earned)
        self.form.add("credential_name", self.tr("Credential &name"), self.credential_name)
        self.how.currentIndexChanged.connect(self._how_changed)
        self._how_changed()

    def _how_changed(self, _index: int = 0) -> None:
        completed = chosen(self.how) == TrainingStatus.COMPLETED
        self.form.set_row_visible("credential_earned_on", completed)
        self.form.set_row_visible("credential_name", completed)
        self.refit()

    def work(self) -> Callable[[], Any]:
        store, eid = self.ctx.store, self.enrollment.id
        how, ended = chosen(self.how), to_date(self.ended.date())
        if how == TrainingStatus.COMPLETED:
            earned = self.credential_earned.value()
            name = self.credential_name.text().strip() or None
            return lambda: training.complete_training(
                store,
                eid,
                ended_on=ended,
                credential_name=name if earned else None,
                credential_earned_on=earned,
            )
        failed = how == TrainingStatus.FAILED
        return lambda: training.withdraw_from_training(store, eid, ended_on=ended, failed=failed)

    def announce(self, result: Any) -> None:
        _announce(self.ctx, result)


class CredentialDialog(FormDialog):
    """A credential earned after the course (the state exam, say)."""

    def __init__(
        self, ctx: AppContext, enrollment: TrainingView, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx,
            title=self.tr("Record a credential"),
            intro=self.tr("Earned through {course}.").format(course=enrollment.course_name),
            parent=parent,
        )
        self.enrollment = enrollment
        self.earned = date_edit(ctx.today())
        self.name = QLineEdit(enrollment.credential_name or "")
        self.name.setPlaceholderText(self.tr("Blank: the credential the course leads to"))
        self.form.add("credential_earned_on", self.tr("&Earned on"), self.earned)
        self.form.add("credential_name", self.tr("Credential &name"), self.name)

    def work(self) -> Callable[[], Any]:
        store, eid = self.ctx.store, self.enrollment.id
        earned, name = to_date(self.earned.date()), self.name.text().strip() or None
        return lambda: training.record_credential(
            store, eid, earned_on=earned, credential_name=name
        )

    def announce(self, result: Any) -> None:
        _announce(self.ctx, result)
