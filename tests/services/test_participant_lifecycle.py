"""A participant's path: edits, lead → applicant → enrolled → exited, and reassignment."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from coachapp.demo.reference import DemoProgram
from coachapp.errors import CoachAppError, NotFound, ValidationError
from coachapp.models import Participant
from coachapp.models.enums import ParticipantStatus, StudyGroup
from coachapp.rules.person_fields import PERSON_FIELDS
from coachapp.services import intake, participants
from coachapp.store.local import LocalStore
from coachapp.store.outbox import OutboxEntry
from tests.conftest import TODAY


def new_lead(store: LocalStore, **person: object) -> str:
    values = {"first_name": "Jamal", "last_name": "Wright", **person}
    return intake.create_participant(
        store, intake.IntakeInput(person=values, status="lead"), today=TODAY
    ).id


def test_lead_becomes_applicant_then_enrolled_then_exits_with_dates_kept(
    store: LocalStore,
) -> None:
    pid = new_lead(store)
    participants.change_status(store, pid, to="applicant", on=date(2026, 3, 2))
    participants.change_status(
        store, pid, to="enrolled", on=date(2026, 3, 9), study_group="treatment"
    )
    done = participants.change_status(
        store, pid, to="exited", on=date(2026, 9, 30), exit_reason="employed"
    )
    detail = participants.get_participant(store, pid)
    assert done.status is ParticipantStatus.EXITED
    assert (detail.applied_on, detail.enrolled_on, detail.exited_on) == (
        date(2026, 3, 2),
        date(2026, 3, 9),
        date(2026, 9, 30),
    )
    assert (detail.study_group, detail.exit_reason) == ("treatment", "employed")


def test_status_cannot_skip_back_and_exit_needs_a_reason(store: LocalStore) -> None:
    pid = new_lead(store)
    with pytest.raises(ValidationError, match="lead cannot become enrolled"):
        participants.change_status(store, pid, to="enrolled")
    with pytest.raises(ValidationError) as caught:
        participants.change_status(store, pid, to="exited")
    assert "exit_reason" in caught.value.fields
    assert participants.get_participant(store, pid).summary.status is ParticipantStatus.LEAD


def test_study_group_set_at_enrollment_never_changes(store: LocalStore) -> None:
    pid = intake.create_participant(
        store,
        intake.IntakeInput(
            person={"first_name": "Mei", "last_name": "Lin"},
            status="enrolled",
            study_group=StudyGroup.CONTROL,
        ),
        today=TODAY,
    ).id
    assert participants.get_participant(store, pid).study_group == "control"
    with pytest.raises(ValidationError):
        participants.update_participant(store, pid, changes={"study_group": "treatment"})
    assert participants.get_participant(store, pid).study_group == "control"


def test_edit_changes_only_the_fields_given_and_search_follows_a_new_name(
    store: LocalStore,
) -> None:
    pid = new_lead(store, phone="614-555-0101", city="Columbus")
    participants.update_participant(store, pid, changes={"last_name": "Wright-Hughes"})
    detail = participants.get_participant(store, pid)
    assert (detail.summary.last_name, detail.phone, detail.city) == (
        "Wright-Hughes",
        "614-555-0101",
        "Columbus",
    )
    assert [h.participant_id for h in participants.find_participants(store, "hughes")] == [pid]


def test_becoming_a_tanf_recipient_needs_the_case_number(store: LocalStore) -> None:
    pid = new_lead(store)
    with pytest.raises(ValidationError) as caught:
        participants.update_participant(store, pid, changes={"tanf_recipient": True})
    assert "tanf_case_number" in caught.value.fields
    participants.update_participant(
        store, pid, changes={"tanf_recipient": True, "tanf_case_number": "OH-1000-2000"}
    )
    assert participants.get_participant(store, pid).summary.tanf_recipient


def test_reassigning_to_a_coach_on_another_team_moves_the_team_too(
    store: LocalStore, program: DemoProgram
) -> None:
    pid = new_lead(store)
    other = program.coaches[2]  # Lee, South Team
    moved = participants.assign(store, pid, coach_id=other.id, shared_with_team=True)
    detail = participants.get_participant(store, pid)
    assert moved.assigned_coach_id == other.id
    assert detail.team_id == other.team_id and detail.shared_with_team
    with pytest.raises(ValidationError):
        participants.assign(store, pid, coach_id="01900000-0000-7000-8000-00000000dead")


def test_unknown_participant_is_a_plain_not_found(store: LocalStore) -> None:
    with pytest.raises(NotFound, match="could not be found"):
        participants.get_participant(store, "not-an-id")


def test_caseload_list_pages_and_filters_in_sql(store: LocalStore) -> None:
    for i in range(7):
        new_lead(
            store,
            first_name=f"P{i:02d}",
            last_name=f"Zed{i:02d}",
            tanf_recipient=i % 2 == 0,
            tanf_case_number=f"OH-{i:04d}-0000" if i % 2 == 0 else None,
        )
    total, first_page = participants.list_participants(store, limit=3)
    _, second_page = participants.list_participants(store, offset=3, limit=3)
    tanf_total, _ = participants.list_participants(store, tanf_recipient=True)
    assert total == 7 and tanf_total == 4
    assert [p.last_name for p in first_page + second_page] == [f"Zed{i:02d}" for i in range(6)]


junk = st.one_of(
    st.none(),
    st.text(max_size=300),
    st.integers(),
    st.floats(),
    st.booleans(),
    st.dates(),
    st.lists(st.integers(), max_size=3),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    person=st.dictionaries(
        st.sampled_from([*PERSON_FIELDS, "ssn", "study_group"]), junk, max_size=8
    )
)
def test_junk_at_intake_is_refused_with_a_message_or_saved_whole(
    store: LocalStore, person: dict[str, object]
) -> None:
    with store.read() as s:
        before = s.scalar(select(func.count()).select_from(OutboxEntry))
    try:
        intake.create_participant(
            store, intake.IntakeInput(person=person), confirmed_new_person=True, today=TODAY
        )
    except CoachAppError as exc:
        assert str(exc)
        with store.read() as s:
            assert s.scalar(select(func.count()).select_from(OutboxEntry)) == before
    else:
        with store.read() as s:
            assert s.scalar(select(func.count()).select_from(Participant)) >= 1
