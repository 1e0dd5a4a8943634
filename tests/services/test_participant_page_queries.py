"""What the participant page reads: the header, the family, the eligibility history, opening
the restricted barriers, and the history of who did what."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import delete, select

from coachapp.demo.reference import DemoProgram
from coachapp.errors import NotFound, ValidationError
from coachapp.models import AuditEvent
from coachapp.models.enums import (
    AuditAction,
    BarrierCategory,
    ContactMode,
    HouseholdRole,
    ParticipantStatus,
    ReferralProgram,
)
from coachapp.services import (
    barriers,
    caseload,
    consents,
    eligibility,
    history,
    household,
    intake,
    notes,
    participant_header,
    participants,
)
from coachapp.store.local import LocalStore
from coachapp.store.outbox import OutboxEntry
from tests.conftest import TODAY


def new_participant(store: LocalStore, **person: object) -> str:
    fields = {"first_name": "Maria", "last_name": "Ortiz", **person}
    return intake.create_participant(store, intake.IntakeInput(person=fields), today=TODAY).id


def pretend_synced(store: LocalStore) -> None:
    """What a successful push leaves behind: an empty outbox."""
    with store.write(remote=True) as session:
        session.execute(delete(OutboxEntry))


# --- header -------------------------------------------------------------------------------------


def test_header_names_case_numbers_coach_and_the_agencies_with_consent_in_force(
    store: LocalStore, program: DemoProgram
) -> None:
    pid = new_participant(
        store,
        preferred_name="Mari",
        tanf_recipient=True,
        tanf_case_number="TC-4411",
        ivd_case_number="CS-88123",
    )
    child_support = program.partner(ReferralProgram.CHILD_SUPPORT)
    housing = program.partner(ReferralProgram.HOUSING)
    consents.add_consent(
        store,
        participant_id=pid,
        partner_id=child_support.id,
        scope="share_and_refer",
        signed_on=TODAY - timedelta(days=3),
        today=TODAY,
    )
    old = consents.add_consent(
        store,
        participant_id=pid,
        partner_id=housing.id,
        scope="share_and_refer",
        signed_on=TODAY - timedelta(days=30),
        today=TODAY,
    )
    consents.revoke_consent(store, old.id, on=TODAY, today=TODAY)

    header = participant_header.participant_header(store, pid, today=TODAY)

    assert header.display_name == "Mari Ortiz"
    assert header.full_name == "Maria Ortiz"
    assert header.tanf_case_number == "TC-4411" and header.ivd_case_number == "CS-88123"
    assert header.status is ParticipantStatus.APPLICANT
    assert header.consented_agencies == (child_support.name,)
    assert header.assigned_coach_name == program.coaches[0].display_name
    assert header.may_see_restricted
    assert header.open_conflicts == 0


def test_header_says_unsynced_when_only_a_note_about_the_person_waits_to_be_pushed(
    store: LocalStore,
) -> None:
    pid = new_participant(store)
    assert participant_header.participant_header(store, pid, today=TODAY).unsynced_changes
    pretend_synced(store)
    assert not participant_header.participant_header(store, pid, today=TODAY).unsynced_changes

    notes.add_note(store, participant_id=pid, body="Called about class.", mode=ContactMode.PHONE)

    assert participant_header.participant_header(store, pid, today=TODAY).unsynced_changes
    other = new_participant(store, first_name="Ana", last_name="Reyes")
    pretend_synced(store)
    notes.add_note(store, participant_id=other, body="Met at branch.", mode="in_person")
    assert not participant_header.participant_header(store, pid, today=TODAY).unsynced_changes


def test_header_detail_and_list_agree_on_unsynced_when_only_a_family_member_changed(
    store: LocalStore,
) -> None:
    pid = new_participant(store)
    pretend_synced(store)
    household.add_member(
        store,
        pid,
        household.HouseholdMemberInput(
            role=HouseholdRole.CHILD, first_name="Leo", last_name="Ortiz"
        ),
        today=TODAY,
    )

    def marks() -> tuple[bool, bool, bool]:
        (row,) = caseload.caseload_rows(store, [pid])
        return (
            participant_header.participant_header(store, pid, today=TODAY).unsynced_changes,
            participants.get_participant(store, pid).has_unsynced_changes,
            row.unsynced,
        )

    assert marks() == (True, True, True)
    pretend_synced(store)
    assert marks() == (False, False, False)


def test_viewing_restricted_barriers_is_not_an_unsynced_change_of_the_person(
    store: LocalStore,
) -> None:
    pid = new_participant(store)
    pretend_synced(store)
    barriers.open_restricted(store, pid)
    assert not participant_header.participant_header(store, pid, today=TODAY).unsynced_changes


def test_header_of_a_participant_who_does_not_exist_is_not_found(store: LocalStore) -> None:
    with pytest.raises(NotFound):
        participant_header.participant_header(store, "not-an-id", today=TODAY)


def test_status_moves_offered_follow_the_program_order() -> None:
    assert participants.allowed_moves("lead") == [
        ParticipantStatus.APPLICANT,
        ParticipantStatus.EXITED,
    ]
    assert participants.allowed_moves(ParticipantStatus.EXITED) == []


# --- household ----------------------------------------------------------------------------------


def test_coach_adds_corrects_and_removes_a_household_member(store: LocalStore) -> None:
    pid = new_participant(store)
    child = household.add_member(
        store,
        pid,
        household.HouseholdMemberInput(
            role="child", first_name="Leo", last_name="Ortiz", date_of_birth="2019-05-02"
        ),
        today=TODAY,
    )
    ncp = household.add_member(
        store,
        pid,
        household.HouseholdMemberInput(
            role=HouseholdRole.NON_CUSTODIAL_PARENT,
            first_name="Jorge",
            last_name="Ortiz",
            lives_in_household=False,
            ivd_case_number="cs-1234",
        ),
        today=TODAY,
    )
    assert ncp.ivd_case_number == "CS-1234"

    household.edit_member(
        store,
        child.id,
        household.HouseholdMemberInput(
            role="child", first_name="Leonel", last_name="Ortiz", date_of_birth="2019-05-02"
        ),
        today=TODAY,
    )
    household.remove_member(store, ncp.id)

    family = household.household_of(store, pid)
    assert [(m.first_name, m.role) for m in family.members] == [("Leonel", "child")]
    assert family.parents_in_unit == 1


def test_household_member_with_a_bad_birth_date_is_refused_field_by_field(
    store: LocalStore,
) -> None:
    pid = new_participant(store)
    with pytest.raises(ValidationError) as refused:
        household.add_member(
            store,
            pid,
            household.HouseholdMemberInput(
                role="cousin", first_name="", last_name="Ortiz", date_of_birth="2030-01-01"
            ),
            today=TODAY,
        )
    assert set(refused.value.fields) == {"role", "first_name", "date_of_birth"}
    assert household.household_of(store, pid).members == ()


def test_two_parent_family_with_federal_childcare_is_recorded(store: LocalStore) -> None:
    pid = new_participant(store)
    family = household.set_household(store, pid, parents_in_unit="2", federal_childcare=True)
    assert (family.parents_in_unit, family.federal_childcare) == (2, True)
    with pytest.raises(ValidationError) as refused:
        household.set_household(store, pid, parents_in_unit=9, federal_childcare=True)
    assert "parents_in_unit" in refused.value.fields


# --- eligibility --------------------------------------------------------------------------------


def test_eligibility_assessments_are_listed_latest_first(store: LocalStore) -> None:
    pid = new_participant(store)
    entry = eligibility.EligibilityInput
    eligibility.assess(
        store,
        pid,
        entry(household_size=3, annual_income="18000", state="OH", assessed_on="2025-06-01"),
        today=TODAY,
    )
    eligibility.assess(
        store, pid, entry(household_size=4, annual_income="52000", state="OH"), today=TODAY
    )

    listed = eligibility.list_assessments(store, pid)

    assert [a.assessed_on for a in listed] == [TODAY, date(2025, 6, 1)]
    assert listed[0].percent_of_poverty > listed[1].percent_of_poverty
    assert listed[1].eligible


# --- restricted barriers ------------------------------------------------------------------------


def restricted_views(store: LocalStore) -> list[AuditEvent]:
    with store.read() as s:
        return list(
            s.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.VIEW_RESTRICTED))
        )


def test_opening_the_barriers_is_recorded_once_even_with_nothing_restricted_on_file(
    store: LocalStore,
) -> None:
    pid = new_participant(store)
    barriers.add_barrier(store, participant_id=pid, category="childcare", today=TODAY)

    shown = barriers.open_restricted(store, pid)

    assert [b.category for b in shown] == [BarrierCategory.CHILDCARE]
    [view] = restricted_views(store)
    assert view.participant_id == pid and view.detail == barriers.OPENED


def test_rereading_barriers_that_are_already_open_is_not_recorded_again(
    store: LocalStore,
) -> None:
    pid = new_participant(store)
    barriers.add_barrier(
        store, participant_id=pid, category=BarrierCategory.MENTAL_HEALTH, today=TODAY
    )
    barriers.open_restricted(store, pid)

    again = barriers.reread_opened(store, pid)

    assert [b.restricted for b in again] == [True]
    assert [v.detail for v in restricted_views(store)] == [barriers.OPENED]
    # A listing that was not opened first is still recorded.
    barriers.list_barriers(store, pid)
    assert len(restricted_views(store)) == 2


def test_opening_the_barriers_of_nobody_records_nothing(store: LocalStore) -> None:
    with pytest.raises(NotFound):
        barriers.open_restricted(store, "0190a0a0-0000-7000-8000-000000000000")
    assert restricted_views(store) == []


# --- history ------------------------------------------------------------------------------------


def test_history_says_who_did_what_newest_first_without_any_value(
    store: LocalStore, program: DemoProgram
) -> None:
    pid = new_participant(store)
    participants.update_participant(
        store, pid, changes={"phone": "555-201-3344", "city": "Columbus"}, today=TODAY
    )
    secret = "Ex-partner waits outside the Eastside branch"
    dv = barriers.add_barrier(
        store,
        participant_id=pid,
        category=BarrierCategory.DOMESTIC_VIOLENCE,
        description=secret,
        today=TODAY,
    )
    barriers.open_restricted(store, pid)

    entries = history.participant_history(store, pid)

    newest = entries[0]
    assert newest.action is AuditAction.VIEW_RESTRICTED and newest.opened and newest.restricted
    assert newest.actor_name == program.coaches[0].display_name
    [made] = [e for e in entries if e.record_id == dv.id]
    assert made.action is AuditAction.CREATE and made.restricted
    [edit] = [
        e for e in entries if e.action is AuditAction.UPDATE and e.record_kind == "participants"
    ]
    assert set(edit.fields) == {"phone", "city"}
    assert entries[-1].action is AuditAction.CREATE
    assert entries[-1].record_kind == "participants"
    as_text = repr(entries)
    assert secret not in as_text and "domestic" not in as_text and "555-201" not in as_text


def test_history_of_one_participant_leaves_out_the_others(store: LocalStore) -> None:
    pid = new_participant(store)
    other = new_participant(store, first_name="Ana", last_name="Reyes")
    notes.add_note(store, participant_id=other, body="Met at branch.", mode="in_person")
    assert {e.record_kind for e in history.participant_history(store, pid)} <= {
        "participants",
        "households",
    }
    assert any(e.record_kind == "case_notes" for e in history.participant_history(store, other))
