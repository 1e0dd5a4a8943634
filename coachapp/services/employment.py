"""Jobs: where the participant works, in what occupation, for what wage and hours."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from coachapp.errors import Conflict, ValidationError
from coachapp.models import Employment, Participant
from coachapp.services.common import live
from coachapp.store.local import LocalStore
from coachapp.validation import FieldCheck

MAX_WEEKLY_HOURS = 80


@dataclass(frozen=True)
class JobView:
    id: str
    participant_id: str
    employer: str
    occupation: str
    job_title: str | None
    is_healthcare: bool
    hourly_wage_cents: int
    weekly_hours: float
    started_on: date
    ended_on: date | None
    advanced_position: bool

    @property
    def current(self) -> bool:
        return self.ended_on is None


def job_view(e: Employment) -> JobView:
    return JobView(
        id=e.id,
        participant_id=e.participant_id,
        employer=e.employer,
        occupation=e.occupation,
        job_title=e.job_title,
        is_healthcare=e.is_healthcare,
        hourly_wage_cents=e.hourly_wage_cents,
        weekly_hours=e.weekly_hours,
        started_on=e.started_on,
        ended_on=e.ended_on,
        advanced_position=e.advanced_position,
    )


def record_job(
    store: LocalStore,
    *,
    participant_id: str,
    employer: str,
    occupation: str,
    is_healthcare: bool,
    hourly_wage: Decimal | int | float | str,
    weekly_hours: float | int | str,
    started_on: date | str,
    job_title: str | None = None,
    advanced_position: bool = False,
) -> JobView:
    """Record a job the participant started. ``hourly_wage`` is in dollars (e.g. "17.25")."""
    fc = FieldCheck()
    where = fc.required_text("employer", employer, label="Employer", max_len=160)
    what = fc.required_text("occupation", occupation, label="Occupation", max_len=120)
    title = fc.text("job_title", job_title, label="Job title", max_len=120)
    wage = fc.money_cents("hourly_wage", hourly_wage, label="Hourly wage")
    hours = fc.number(
        "weekly_hours", weekly_hours, label="Hours a week", minimum=0, maximum=MAX_WEEKLY_HOURS
    )
    if hours == 0:
        fc.fail("weekly_hours", "Hours a week must be more than zero.")
    start = fc.date("started_on", started_on, label="Start date", required=True)
    # The form may hand over anything; a stray "no" string would otherwise be saved as true.
    flags: dict[str, object] = {
        "is_healthcare": is_healthcare,
        "advanced_position": advanced_position,
    }
    for name, flag in flags.items():
        if not isinstance(flag, bool):
            fc.fail(name, "Answer yes or no.")
    fc.done()
    assert wage is not None and hours is not None and start is not None
    with store.write() as session:
        participant = live(session, Participant, participant_id, what="participant")
        job = Employment(
            participant_id=participant.id,
            employer=where,
            occupation=what,
            job_title=title,
            is_healthcare=is_healthcare,
            hourly_wage_cents=wage,
            weekly_hours=hours,
            started_on=start,
            advanced_position=advanced_position,
        )
        session.add(job)
        return job_view(job)


def end_job(store: LocalStore, job_id: str, *, ended_on: date | str) -> JobView:
    """Record the participant's last day at a job."""
    fc = FieldCheck()
    end = fc.date("ended_on", ended_on, label="Last day", required=True)
    fc.done()
    assert end is not None
    with store.write() as session:
        job = live(session, Employment, job_id, what="job")
        if job.ended_on is not None:
            raise Conflict("This job has already ended.")
        if end < job.started_on:
            raise ValidationError({"ended_on": "The last day must be on or after the start date."})
        job.ended_on = end
        return job_view(job)


def list_jobs(store: LocalStore, participant_id: str) -> list[JobView]:
    """The participant's jobs, most recent start first."""
    with store.read() as session:
        participant = live(session, Participant, participant_id, what="participant")
        rows = session.scalars(
            select(Employment)
            .where(Employment.participant_id == participant.id, Employment.deleted.is_(False))
            .order_by(Employment.started_on.desc(), Employment.created_at.desc())
        ).all()
        return [job_view(e) for e in rows]
