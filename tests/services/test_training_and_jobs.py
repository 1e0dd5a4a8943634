"""Training toward a health career, the credentials it leads to, and the jobs that follow."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from coachapp.demo.reference import DemoProgram
from coachapp.errors import Conflict, ValidationError
from coachapp.models import Employment, TrainingEnrollment
from coachapp.models.enums import TrainingStatus
from coachapp.services import employment, intake, training
from coachapp.store.local import LocalStore
from tests.conftest import TODAY

START = date(2026, 1, 12)


def participant(store: LocalStore) -> str:
    person = {"first_name": "Tamika", "last_name": "Howard"}
    return intake.create_participant(store, intake.IntakeInput(person=person), today=TODAY).id


# --- training -----------------------------------------------------------------------------------


def test_coach_enrolls_participant_in_cna_and_sees_it_on_their_training_list(
    store: LocalStore, program: DemoProgram
) -> None:
    pid = participant(store)
    cna = program.courses[0]
    training.enroll_in_training(
        store, participant_id=pid, course_id=cna.id, started_on=START, expected_end_on="2026-03-06"
    )

    [listed] = training.list_training(store, pid)
    assert listed.course_name == "Certified Nursing Assistant (CNA)"
    assert listed.provider == "Columbus State CC"
    assert listed.status is TrainingStatus.ENROLLED
    assert listed.expected_end_on == date(2026, 3, 6)
    with pytest.raises(Conflict):
        training.enroll_in_training(store, participant_id=pid, course_id=cna.id, started_on=START)


def test_unknown_course_and_end_before_start_are_field_errors_and_nothing_is_saved(
    store: LocalStore, program: DemoProgram
) -> None:
    pid = participant(store)
    with pytest.raises(ValidationError) as dates:
        training.enroll_in_training(
            store,
            participant_id=pid,
            course_id=program.courses[1].id,
            started_on=START,
            expected_end_on=START - timedelta(days=1),
        )
    assert set(dates.value.fields) == {"expected_end_on"}
    with pytest.raises(ValidationError) as course:
        training.enroll_in_training(
            store,
            participant_id=pid,
            course_id="0190aaaa-0000-7000-8000-000000000000",
            started_on=START,
        )
    assert set(course.value.fields) == {"course_id"}
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(TrainingEnrollment)) == 0


def test_completing_cna_with_the_stna_credential_shows_both_on_the_list(
    store: LocalStore, program: DemoProgram
) -> None:
    pid = participant(store)
    enrolled = training.enroll_in_training(
        store, participant_id=pid, course_id=program.courses[0].id, started_on=START
    )
    done = training.complete_training(
        store,
        enrolled.id,
        ended_on="2026-03-06",
        credential_name="State Tested Nurse Aide (STNA)",
        credential_earned_on="2026-03-10",
    )

    assert done.status is TrainingStatus.COMPLETED and done.ended_on == date(2026, 3, 6)
    assert done.credential_name == "State Tested Nurse Aide (STNA)"
    assert done.credential_earned_on == date(2026, 3, 10)
    with pytest.raises(Conflict):
        training.withdraw_from_training(store, enrolled.id, ended_on="2026-03-07")


def test_credential_passed_after_the_course_defaults_to_the_one_the_course_leads_to(
    store: LocalStore, program: DemoProgram
) -> None:
    pid = participant(store)
    enrolled = training.enroll_in_training(
        store, participant_id=pid, course_id=program.courses[1].id, started_on=START
    )
    training.complete_training(store, enrolled.id, ended_on="2026-03-01")
    earned = training.record_credential(store, enrolled.id, earned_on="2026-03-14")

    assert earned.credential_name == "Certified Phlebotomy Technician (CPT)"
    assert earned.credential_earned_on == date(2026, 3, 14)


def test_credential_dated_before_the_course_started_is_refused_and_not_saved(
    store: LocalStore, program: DemoProgram
) -> None:
    pid = participant(store)
    enrolled = training.enroll_in_training(
        store, participant_id=pid, course_id=program.courses[0].id, started_on=START
    )
    with pytest.raises(ValidationError) as caught:
        training.complete_training(
            store,
            enrolled.id,
            ended_on=START - timedelta(days=1),
            credential_earned_on=START - timedelta(days=30),
        )
    assert set(caught.value.fields) == {"ended_on", "credential_earned_on"}
    [still] = training.list_training(store, pid)
    assert still.status is TrainingStatus.ENROLLED and still.credential_name is None


def test_participant_who_leaves_a_course_shows_as_withdrawn(
    store: LocalStore, program: DemoProgram
) -> None:
    pid = participant(store)
    enrolled = training.enroll_in_training(
        store, participant_id=pid, course_id=program.courses[2].id, started_on=START
    )
    left = training.withdraw_from_training(store, enrolled.id, ended_on="2026-02-20")
    assert left.status is TrainingStatus.WITHDRAWN and left.ended_on == date(2026, 2, 20)


# --- jobs ---------------------------------------------------------------------------------------


def test_healthcare_job_is_recorded_with_wage_in_cents_and_shows_as_current(
    store: LocalStore,
) -> None:
    pid = participant(store)
    job = employment.record_job(
        store,
        participant_id=pid,
        employer="Riverside Methodist Hospital",
        occupation="Nursing assistant",
        is_healthcare=True,
        hourly_wage="$17.25",
        weekly_hours=32,
        started_on="2026-03-09",
        job_title="STNA, 3rd shift",
    )

    [listed] = employment.list_jobs(store, pid)
    assert listed.id == job.id
    assert listed.hourly_wage_cents == 1725 and listed.weekly_hours == 32
    assert listed.is_healthcare and listed.current


def test_job_with_a_bad_wage_and_ninety_hours_names_both_and_saves_nothing(
    store: LocalStore,
) -> None:
    pid = participant(store)
    with pytest.raises(ValidationError) as caught:
        employment.record_job(
            store,
            participant_id=pid,
            employer="Kroger",
            occupation="Pharmacy technician",
            is_healthcare=True,
            hourly_wage="about 15",
            weekly_hours=90,
            started_on=TODAY,
        )
    assert set(caught.value.fields) == {"hourly_wage", "weekly_hours"}
    with pytest.raises(ValidationError) as zero:
        employment.record_job(
            store,
            participant_id=pid,
            employer="Kroger",
            occupation="Clerk",
            is_healthcare=False,
            hourly_wage=15,
            weekly_hours=0,
            started_on=TODAY,
        )
    assert set(zero.value.fields) == {"weekly_hours"}
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Employment)) == 0


def test_ended_job_is_no_longer_current_and_cannot_end_twice(store: LocalStore) -> None:
    pid = participant(store)
    job = employment.record_job(
        store,
        participant_id=pid,
        employer="Mount Carmel East",
        occupation="Phlebotomist",
        is_healthcare=True,
        hourly_wage=19,
        weekly_hours=40,
        started_on="2025-11-03",
    )
    with pytest.raises(ValidationError) as early:
        employment.end_job(store, job.id, ended_on="2025-10-01")
    assert set(early.value.fields) == {"ended_on"}

    ended = employment.end_job(store, job.id, ended_on="2026-02-27")
    assert not ended.current and ended.ended_on == date(2026, 2, 27)
    with pytest.raises(Conflict):
        employment.end_job(store, job.id, ended_on="2026-02-28")
