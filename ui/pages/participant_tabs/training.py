"""Training & jobs: the participant's courses (start, end, credential) and jobs (employer,
occupation, health care or not, wage, hours) — the HPOG results the program reports."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from coachapp.models.enums import TrainingStatus
from coachapp.services import employment, training
from coachapp.services.employment import JobView
from coachapp.services.training import TrainingView
from ui import workers
from ui.context import AppContext
from ui.models.record_table import Column, RecordTableModel, record_table, selected_record
from ui.pages.participant_tabs.base import ParticipantTab
from ui.widgets import casework_words as words


def _section(title: str, hint: str) -> tuple[QLabel, QLabel]:
    heading = QLabel(title)
    heading.setObjectName("sectionTitle")
    note = QLabel(hint)
    note.setObjectName("hint")
    note.setWordWrap(True)
    return heading, note


class TrainingTab(ParticipantTab):
    key = "training"
    kinds = ("training", "employment")

    def __init__(self, ctx: AppContext, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, participant_id, parent)
        self.dialog: QWidget | None = None

        # --- training ---
        self.enroll_button = QPushButton(self.tr("&Enroll in a course…"))
        self.enroll_button.setToolTip(self.tr("Start the participant in a course (Alt+E)"))
        self.enroll_button.clicked.connect(self.enroll)
        self.finish_button = QPushButton(self.tr("&Finished or left…"))
        self.finish_button.setToolTip(
            self.tr("The selected course was completed, left or not passed (Alt+F)")
        )
        self.finish_button.clicked.connect(self.finish)
        self.credential_button = QPushButton(self.tr("Record a &credential…"))
        self.credential_button.setToolTip(
            self.tr("A credential earned through the selected course (Alt+C)")
        )
        self.credential_button.clicked.connect(self.credential)
        self.courses: RecordTableModel[TrainingView] = RecordTableModel(
            [
                Column(self.tr("Course"), lambda t: t.course_name, chars=32),
                Column(self.tr("Provider"), lambda t: t.provider, chars=22),
                Column(
                    self.tr("Started"),
                    lambda t: words.day(t.started_on),
                    sort_key=lambda t: t.started_on.isoformat(),
                    chars=11,
                ),
                Column(self.tr("Status"), self._course_status, chars=24),
                Column(self.tr("Credential"), self._credential, chars=None),
            ],
            parent=self,
        )
        self.course_table, _ = record_table(
            self.courses, accessible_name=self.tr("Training"), parent=self
        )
        self.course_table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.no_courses = self._empty(
            self.tr(
                "No training yet. Press “Enroll in a course” (Alt+E) when the participant "
                "starts one."
            )
        )

        # --- jobs ---
        self.job_button = QPushButton(self.tr("Record a &job…"))
        self.job_button.setToolTip(self.tr("A job the participant started (Alt+J)"))
        self.job_button.clicked.connect(self.record_job)
        self.end_job_button = QPushButton(self.tr("Job en&ded…"))
        self.end_job_button.setToolTip(self.tr("Record the last day at the selected job (Alt+D)"))
        self.end_job_button.clicked.connect(self.end_job)
        self.jobs: RecordTableModel[JobView] = RecordTableModel(
            [
                Column(self.tr("Employer"), lambda j: j.employer, chars=24),
                Column(self.tr("Occupation"), self._occupation, chars=26),
                Column(
                    self.tr("Health care"),
                    lambda j: self.tr("Yes") if j.is_healthcare else self.tr("No"),
                    chars=10,
                ),
                Column(
                    self.tr("Wage"),
                    lambda j: self.tr("{amount}/hour").format(
                        amount=words.money(j.hourly_wage_cents)
                    ),
                    sort_key=lambda j: j.hourly_wage_cents,
                    chars=12,
                    right=True,
                ),
                Column(
                    self.tr("Hours/week"),
                    lambda j: words.hours(j.weekly_hours),
                    sort_key=lambda j: j.weekly_hours,
                    chars=10,
                    right=True,
                ),
                Column(
                    self.tr("Started"),
                    lambda j: words.day(j.started_on),
                    sort_key=lambda j: j.started_on.isoformat(),
                    chars=11,
                ),
                Column(
                    self.tr("Ended"),
                    lambda j: words.day(j.ended_on) if j.ended_on else self.tr("Still working"),
                    sort_key=lambda j: j.ended_on.isoformat() if j.ended_on else "9999",
                    chars=None,
                ),
            ],
            parent=self,
        )
        self.job_table, _ = record_table(self.jobs, accessible_name=self.tr("Jobs"), parent=self)
        self.job_table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.no_jobs = self._empty(
            self.tr("No jobs recorded. Press “Record a job” (Alt+J) when the participant is hired.")
        )

        top = QWidget()
        upper = QVBoxLayout(top)
        upper.setContentsMargins(0, 0, 0, 0)
        for widget in _section(
            self.tr("Training"), self.tr("Courses from the program's list, and credentials earned.")
        ):
            upper.addWidget(widget)
        upper.addLayout(self._row(self.enroll_button, self.finish_button, self.credential_button))
        upper.addWidget(self.no_courses)
        upper.addWidget(self.course_table, 1)
        upper.addStretch(0)
        bottom = QWidget()
        lower = QVBoxLayout(bottom)
        lower.setContentsMargins(0, 0, 0, 0)
        for widget in _section(
            self.tr("Jobs"), self.tr("Employer, occupation, wage and hours of each job.")
        ):
            lower.addWidget(widget)
        lower.addLayout(self._row(self.job_button, self.end_job_button))
        lower.addWidget(self.no_jobs)
        lower.addWidget(self.job_table, 1)
        lower.addStretch(0)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._selection_changed()

    def title(self) -> str:
        return self.tr("Training & jobs")

    @staticmethod
    def _row(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    @staticmethod
    def _empty(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("hint")
        label.setWordWrap(True)
        label.hide()
        return label

    def _course_status(self, t: TrainingView) -> str:
        status = words.training_status(t.status)
        if t.ended_on is not None:
            return self.tr("{status} {day}").format(status=status, day=words.day(t.ended_on))
        if t.expected_end_on is not None:
            return self.tr("{status}, ends about {day}").format(
                status=status, day=words.day(t.expected_end_on)
            )
        return status

    def _credential(self, t: TrainingView) -> str:
        if t.credential_name and t.credential_earned_on:
            return self.tr("{name}, earned {day}").format(
                name=t.credential_name, day=words.day(t.credential_earned_on)
            )
        return self.tr("Not yet")

    def _occupation(self, j: JobView) -> str:
        text = j.occupation if not j.job_title else f"{j.occupation} ({j.job_title})"
        return text + (self.tr(" · advanced position") if j.advanced_position else "")

    # --- loading ---

    def load(self) -> None:
        store, pid = self.ctx.store, self.participant_id
        workers.run(
            self,
            lambda: (training.list_training(store, pid), employment.list_jobs(store, pid)),
            on_done=self._show,
        )

    def _show(self, loaded: tuple[list[TrainingView], list[JobView]]) -> None:
        courses, jobs = loaded
        self.courses.set_rows(courses)
        self.jobs.set_rows(jobs)
        self.no_courses.setVisible(not courses)
        self.course_table.setVisible(bool(courses))
        self.no_jobs.setVisible(not jobs)
        self.job_table.setVisible(bool(jobs))
        self._selection_changed()

    # --- actions ---

    def selected_course(self) -> TrainingView | None:
        return selected_record(self.course_table, self.courses)

    def selected_job(self) -> JobView | None:
        return selected_record(self.job_table, self.jobs)

    def _selection_changed(self, *_args: object) -> None:
        course = self.selected_course()
        self.finish_button.setEnabled(
            course is not None and course.status == TrainingStatus.ENROLLED
        )
        self.credential_button.setEnabled(course is not None)
        job = self.selected_job()
        self.end_job_button.setEnabled(job is not None and job.ended_on is None)

    def _open(self, make: Callable[[], Any]) -> None:
        self.dialog = make()
        self.dialog.open()

    def enroll(self) -> None:
        from ui.dialogs.training import EnrollDialog

        self._open(lambda: EnrollDialog(self.ctx, self.participant_id, parent=self))

    def finish(self) -> None:
        from ui.dialogs.training import FinishTrainingDialog

        course = self.selected_course()
        if course is not None and course.status == TrainingStatus.ENROLLED:
            self._open(lambda: FinishTrainingDialog(self.ctx, course, parent=self))

    def credential(self) -> None:
        from ui.dialogs.training import CredentialDialog

        course = self.selected_course()
        if course is not None:
            self._open(lambda: CredentialDialog(self.ctx, course, parent=self))

    def record_job(self) -> None:
        from ui.dialogs.job import JobDialog

        self._open(lambda: JobDialog(self.ctx, self.participant_id, parent=self))

    def end_job(self) -> None:
        from ui.dialogs.job import EndJobDialog

        job = self.selected_job()
        if job is not None and job.ended_on is None:
            self._open(lambda: EndJobDialog(self.ctx, job, parent=self))
