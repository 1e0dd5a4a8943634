"""Health-career training: enrolling in a course, finishing or leaving it, and credentials.

Jobs live in ``employment``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachapp.errors import Conflict, ValidationError
from coachapp.models import Course, Participant, TrainingEnrollment
from coachapp.models.enums import TrainingStatus
from coachapp.services.common import live, reference
from coachapp.store.local import LocalStore
from coachapp.validation import FieldCheck


@dataclass(frozen=True)
class TrainingView:
    id: str
    participant_id: str
    course_id: str
    course_name: str
    provider: str
    is_healthcare: bool
    started_on: date
    expected_end_on: date | None
    ended_on: date | None
    status: TrainingStatus
    credential_name: str | None
    credential_earned_on: date | None


def training_view(e: TrainingEnrollment, course: Course | None) -> TrainingView:
    return TrainingView(
        id=e.id,
        participant_id=e.participant_id,
        course_id=e.course_id,
        course_name=course.name if course else "",
        provider=course.provider if course else "",
        is_healthcare=course.is_healthcare if course else False,
        started_on=e.started_on,
        expected_end_on=e.expected_end_on,
        ended_on=e.ended_on,
        status=TrainingStatus(e.status),
        credential_name=e.credential_name,
        credential_earned_on=e.credential_earned_on,
    )


def _view(session: Session, e: TrainingEnrollment) -> TrainingView:
    return training_view(e, session.get(Course, e.course_id))


def enroll_in_training(
    store: LocalStore,
    *,
    participant_id: str,
    course_id: str,
    started_on: date | str,
    expected_end_on: date | str | None = None,
) -> TrainingView:
    """Start a participant in a course from the program's course list."""
    fc = FieldCheck()
    start = fc.date("started_on", started_on, label="Start date", required=True)
    end = fc.date("expected_end_on", expected_end_on, label="Expected end date")
    if start and end and end < start:
        fc.fail("expected_end_on", "The expected end date must be on or after the start date.")
    fc.done()
    assert start is not None
    with store.write() as session:
        participant = live(session, Participant, participant_id, what="participant")
        course = reference(session, Course, course_id, field="course_id", what="course")
        if not course.active:
            raise ValidationError({"course_id": "That course is no longer offered."})
        already = session.scalars(
            select(TrainingEnrollment.id).where(
                TrainingEnrollment.participant_id == participant.id,
                TrainingEnrollment.course_id == course.id,
                TrainingEnrollment.status == TrainingStatus.ENROLLED,
                TrainingEnrollment.deleted.is_(False),
            )
        ).first()
        if already is not None:
            raise Conflict("This participant is already enrolled in that course.")
        enrollment = TrainingEnrollment(
            participant_id=participant.id,
            course_id=course.id,
            started_on=start,
            expected_end_on=end,
            status=TrainingStatus.ENROLLED,
        )
        session.add(enrollment)
        return training_view(enrollment, course)


def complete_training(
    store: LocalStore,
    enrollment_id: str,
    *,
    ended_on: date | str,
    credential_name: str | None = None,
    credential_earned_on: date | str | None = None,
) -> TrainingView:
    """Record that the participant finished the course, and the credential if already earned."""
    fc = FieldCheck()
    end = fc.date("ended_on", ended_on, label="Completion date", required=True)
    name = fc.text("credential_name", credential_name, label="Credential", max_len=160)
    earned = fc.date("credential_earned_on", credential_earned_on, label="Credential date")
    fc.done()
    assert end is not None
    with store.write() as session:
        enrollment = _current(session, enrollment_id)
        if end < enrollment.started_on:
            fc.fail("ended_on", "The completion date must be on or after the start date.")
        if name is not None or earned is not None:
            _set_credential(fc, session, enrollment, name=name, earned=earned or end)
        fc.done()
        enrollment.status = TrainingStatus.COMPLETED
        enrollment.ended_on = end
        return _view(session, enrollment)


def withdraw_from_training(
    store: LocalStore, enrollment_id: str, *, ended_on: date | str, failed: bool = False
) -> TrainingView:
    """Record that the participant left the course (or, with ``failed``, did not pass it)."""
    fc = FieldCheck()
    end = fc.date("ended_on", ended_on, label="Last day", required=True)
    fc.done()
    assert end is not None
    with store.write() as session:
        enrollment = _current(session, enrollment_id)
        if end < enrollment.started_on:
            raise ValidationError({"ended_on": "The last day must be on or after the start date."})
        enrollment.status = TrainingStatus.FAILED if failed else TrainingStatus.WITHDRAWN
        enrollment.ended_on = end
        return _view(session, enrollment)


def record_credential(
    store: LocalStore,
    enrollment_id: str,
    *,
    earned_on: date | str,
    credential_name: str | None = None,
) -> TrainingView:
    """Record a credential earned through a course, often after it ends (e.g. the STNA exam).

    Without a name, the credential the course leads to is recorded.
    """
    fc = FieldCheck()
    earned = fc.date("credential_earned_on", earned_on, label="Credential date", required=True)
    name = fc.text("credential_name", credential_name, label="Credential", max_len=160)
    fc.done()
    assert earned is not None
    with store.write() as session:
        enrollment = live(session, TrainingEnrollment, enrollment_id, what="training enrollment")
        _set_credential(fc, session, enrollment, name=name, earned=earned)
        fc.done()
        return _view(session, enrollment)


def list_training(store: LocalStore, participant_id: str) -> list[TrainingView]:
    """The participant's courses, most recent start first."""
    with store.read() as session:
        participant = live(session, Participant, participant_id, what="participant")
        rows = session.execute(
            select(TrainingEnrollment, Course)
            .outerjoin(Course, Course.id == TrainingEnrollment.course_id)
            .where(
                TrainingEnrollment.participant_id == participant.id,
                TrainingEnrollment.deleted.is_(False),
            )
            .order_by(TrainingEnrollment.started_on.desc(), TrainingEnrollment.created_at.desc())
        ).all()
        return [training_view(e, c) for e, c in rows]


# --- helpers ----------------------------------------------------------------------------------


def _current(session: Session, enrollment_id: str) -> TrainingEnrollment:
    """An enrollment still in progress: finishing one twice is a mistake worth saying so."""
    enrollment = live(session, TrainingEnrollment, enrollment_id, what="training enrollment")
    if enrollment.status != TrainingStatus.ENROLLED:
        status = TrainingStatus(enrollment.status).value
        raise Conflict(f"This training has already ended (marked {status}).")
    return enrollment


def _set_credential(
    fc: FieldCheck,
    session: Session,
    enrollment: TrainingEnrollment,
    *,
    name: str | None,
    earned: date,
) -> None:
    if earned < enrollment.started_on:
        fc.fail(
            "credential_earned_on", "A credential cannot be earned before the training started."
        )
    if name is None:
        course = session.get(Course, enrollment.course_id)
        name = course.credential_name if course else None
    if name is None:
        fc.fail("credential_name", "Name the credential earned.")
    if fc.errors:
        return
    enrollment.credential_name = name
    enrollment.credential_earned_on = earned
