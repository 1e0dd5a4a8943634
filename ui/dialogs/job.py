"""Small forms for jobs: record a job the participant started; record their last day."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from coachapp.services import employment
from coachapp.services.employment import JobView
from ui.changes import changes
from ui.context import AppContext
from ui.dialogs.form_dialog import FormDialog
from ui.widgets import casework_words as words
from ui.widgets.field_form import date_edit, to_date


def _announce(ctx: AppContext, view: JobView) -> None:
    ctx.bus.announce(changes("employment", ids=[view.id], participant_ids=[view.participant_id]))


class JobDialog(FormDialog):
    def __init__(self, ctx: AppContext, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            title=self.tr("Record a job"),
            intro=self.tr(
                "A job the participant started: it counts toward the program's employment and "
                "wage results."
            ),
            parent=parent,
        )
        self.participant_id = participant_id
        self.employer = QLineEdit()
        self.occupation = QLineEdit()
        self.occupation.setPlaceholderText(self.tr("Nursing assistant, phlebotomist…"))
        self.job_title = QLineEdit()
        self.healthcare = QCheckBox(self.tr("Yes, a health-care occupation"))
        self.wage = QLineEdit()
        self.wage.setPlaceholderText(self.tr("Dollars an hour, like 17.25"))
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(self.tr("Usual hours a week, like 32"))
        self.started = date_edit(ctx.today())
        self.advanced = QCheckBox(self.tr("Yes, a step up from an earlier job"))
        f = self.form
        f.add("employer", self.tr("&Employer"), self.employer)
        f.add("occupation", self.tr("&Occupation"), self.occupation)
        f.add("job_title", self.tr("Job &title"), self.job_title)
        f.add("is_healthcare", self.tr("&Health-care job"), self.healthcare)
        f.add("hourly_wage", self.tr("Hourly &wage"), self.wage)
        f.add("weekly_hours", self.tr("Hours a wee&k"), self.hours)
        f.add("started_on", self.tr("Sta&rt date"), self.started)
        f.add("advanced_position", self.tr("&Advanced position"), self.advanced)

    def work(self) -> Callable[[], Any]:
        store, pid = self.ctx.store, self.participant_id
        values = {
            "employer": self.employer.text(),
            "occupation": self.occupation.text(),
            "job_title": self.job_title.text(),
            "is_healthcare": self.healthcare.isChecked(),
            "hourly_wage": self.wage.text(),
            "weekly_hours": self.hours.text(),
            "started_on": to_date(self.started.date()),
            "advanced_position": self.advanced.isChecked(),
        }
        return lambda: employment.record_job(store, participant_id=pid, **values)  # type: ignore[arg-type]

    def announce(self, result: Any) -> None:
        _announce(self.ctx, result)


class EndJobDialog(FormDialog):
    def __init__(self, ctx: AppContext, job: JobView, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            title=self.tr("Job ended"),
            intro=self.tr("{occupation} at {employer}, started {start}.").format(
                occupation=job.occupation, employer=job.employer, start=words.day(job.started_on)
            ),
            parent=parent,
        )
        self.job = job
        self.ended = date_edit(ctx.today())
        self.form.add("ended_on", self.tr("&Last day"), self.ended)

    def work(self) -> Callable[[], Any]:
        store, jid, ended = self.ctx.store, self.job.id, to_date(self.ended.date())
        return lambda: employment.end_job(store, jid, ended_on=ended)

    def announce(self, result: Any) -> None:
        _announce(self.ctx, result)
