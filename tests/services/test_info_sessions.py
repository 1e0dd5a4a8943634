"""Information sessions at DHS branches, their sign-up sheets, and turning a sign-up into intake."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from coachapp.demo.reference import DemoProgram
from coachapp.errors import Conflict, ValidationError
from coachapp.models import InfoSession, Lead, Participant
from coachapp.models.enums import LeadStatus, ParticipantStatus
from coachapp.services import intake, sessions
from coachapp.store.local import LocalStore
from tests.conftest import TODAY


def eastside_session(store: LocalStore, program: DemoProgram) -> sessions.SessionView:
    return sessions.record_info_session(
        store,
        site_id=program.sites[0].id,
        held_on=TODAY - timedelta(days=1),
        attendance=14,
        notes="Lobby was full; DHS caseworkers sent people over.",
        today=TODAY,
    )


def test_coach_records_a_session_at_eastside_credited_to_their_team(
    store: LocalStore, program: DemoProgram
) -> None:
    held = eastside_session(store, program)

    assert held.site_name == "Franklin DHS - Eastside Branch"
    assert held.facilitator_id == program.coaches[0].id
    assert held.team_id == program.teams[0].id
    assert held.attendance == 14
    assert [s.id for s in sessions.list_sessions(store, site_id=program.sites[0].id)] == [held.id]
    assert sessions.list_sessions(store, site_id=program.sites[1].id) == []


def test_session_dated_tomorrow_with_negative_attendance_names_both_and_saves_nothing(
    store: LocalStore, program: DemoProgram
) -> None:
    with pytest.raises(ValidationError) as caught:
        sessions.record_info_session(
            store,
            site_id=program.sites[0].id,
            held_on=TODAY + timedelta(days=1),
            attendance=-3,
            today=TODAY,
        )
    assert set(caught.value.fields) == {"held_on", "attendance"}
    with pytest.raises(ValidationError) as no_site:
        sessions.record_info_session(store, site_id="", held_on=TODAY, attendance=5, today=TODAY)
    assert set(no_site.value.fields) == {"site_id"}
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(InfoSession)) == 0


def test_sign_ups_are_listed_by_name_and_counted_on_the_session(
    store: LocalStore, program: DemoProgram
) -> None:
    held = eastside_session(store, program)
    sessions.add_lead(store, info_session_id=held.id, first_name="Zoe", last_name="Turner")
    sessions.add_lead(
        store,
        info_session_id=held.id,
        first_name="Andre",
        last_name="Baker",
        phone="614.555.0199",
        interested_course_id=program.courses[1].id,
    )

    leads = sessions.list_leads(store, held.id)
    assert [lead.display_name for lead in leads] == ["Andre Baker", "Zoe Turner"]
    assert leads[0].phone == "614-555-0199"
    assert all(lead.status is LeadStatus.NEW for lead in leads)
    assert sessions.list_sessions(store)[0].lead_count == 2


def test_sign_up_with_a_bad_phone_and_email_names_both_and_saves_nothing(
    store: LocalStore, program: DemoProgram
) -> None:
    held = eastside_session(store, program)
    with pytest.raises(ValidationError) as caught:
        sessions.add_lead(
            store,
            info_session_id=held.id,
            first_name="Zoe",
            last_name="Turner",
            phone="555-01",
            email="zoe at home",
        )
    assert set(caught.value.fields) == {"phone", "email"}
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Lead)) == 0


def test_converting_a_sign_up_carries_name_phone_and_branch_into_intake(
    store: LocalStore, program: DemoProgram
) -> None:
    held = eastside_session(store, program)
    lead = sessions.add_lead(
        store,
        info_session_id=held.id,
        first_name="Andre",
        last_name="Baker",
        phone="(614) 555-0199",
        email="andre.baker@example.org",
        tanf_recipient=True,
        interested_course_id=program.courses[1].id,
    )

    draft = sessions.lead_intake_draft(store, lead.id)
    assert draft.person["first_name"] == "Andre" and draft.person["last_name"] == "Baker"
    assert draft.person["phone"] == "614-555-0199"
    assert draft.person["email"] == "andre.baker@example.org"
    assert draft.person["tanf_recipient"] is True
    assert draft.person["recruitment_site_id"] == program.sites[0].id
    assert draft.extra["interested_course_id"] == program.courses[1].id

    # The coach completes what the sign-up sheet could not say, then saves the intake.
    completed = replace(
        draft,
        person={**draft.person, "date_of_birth": "1990-07-04", "tanf_case_number": "OH-7781-2"},
    )
    person = sessions.convert_lead(store, lead.id, completed, today=TODAY)

    assert person.summary.display_name == "Andre Baker"
    assert person.phone == "614-555-0199"
    assert person.summary.recruitment_site_id == program.sites[0].id
    assert person.summary.status is ParticipantStatus.APPLICANT
    [after] = sessions.list_leads(store, held.id)
    assert after.status is LeadStatus.CONVERTED and after.participant_id == person.id


def test_converting_the_same_sign_up_twice_opens_the_same_participant(
    store: LocalStore, program: DemoProgram
) -> None:
    held = eastside_session(store, program)
    lead = sessions.add_lead(store, info_session_id=held.id, first_name="Zoe", last_name="Turner")
    draft = sessions.lead_intake_draft(store, lead.id)

    first = sessions.convert_lead(store, lead.id, draft, today=TODAY)
    second = sessions.convert_lead(store, lead.id, draft, today=TODAY)

    assert second.id == first.id
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Participant)) == 1
    with pytest.raises(Conflict):
        sessions.mark_lead(store, lead.id, status="not_interested")


def test_sign_up_who_is_already_a_participant_is_linked_after_the_duplicate_warning(
    store: LocalStore, program: DemoProgram
) -> None:
    known = intake.create_participant(
        store,
        intake.IntakeInput(
            person={"first_name": "Zoe", "last_name": "Turner", "date_of_birth": "1988-02-02"}
        ),
        today=TODAY,
    )
    held = eastside_session(store, program)
    lead = sessions.add_lead(store, info_session_id=held.id, first_name="Zoe", last_name="Turner")
    draft = sessions.lead_intake_draft(store, lead.id)
    again = replace(draft, person={**draft.person, "date_of_birth": "1988-02-02"})

    with pytest.raises(intake.PossibleDuplicate):
        sessions.convert_lead(store, lead.id, again, today=TODAY)
    linked = sessions.link_lead(store, lead.id, participant_id=known.id)

    assert linked.status is LeadStatus.CONVERTED and linked.participant_id == known.id
    assert sessions.convert_lead(store, lead.id, again, today=TODAY).id == known.id


def test_followed_up_lead_is_marked_contacted_but_not_converted_by_hand(
    store: LocalStore, program: DemoProgram
) -> None:
    held = eastside_session(store, program)
    lead = sessions.add_lead(store, info_session_id=held.id, first_name="Zoe", last_name="Turner")

    assert sessions.mark_lead(store, lead.id, status="contacted").status is LeadStatus.CONTACTED
    with pytest.raises(ValidationError) as caught:
        sessions.mark_lead(store, lead.id, status="converted")
    assert set(caught.value.fields) == {"status"}
