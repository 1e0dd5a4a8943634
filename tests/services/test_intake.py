"""Intake: a coach records a family at a DHS branch in one go."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from coachapp.demo.reference import DemoProgram
from coachapp.errors import ValidationError
from coachapp.models import AuditEvent, Consent, HouseholdMember, Participant
from coachapp.models.enums import BarrierCategory, ReferralProgram
from coachapp.services import intake
from coachapp.services.eligibility import EligibilityInput
from coachapp.services.participants import find_participants, get_participant
from coachapp.store.local import LocalStore
from coachapp.store.outbox import OutboxEntry
from tests.conftest import TODAY


def family_of_four(program: DemoProgram) -> intake.IntakeInput:
    return intake.IntakeInput(
        person={
            "first_name": "Keisha",
            "last_name": "Rodríguez",
            "date_of_birth": "1994-05-17",
            "phone": "(614) 555-0142",
            "state": "OH",
            "tanf_recipient": True,
            "tanf_case_number": "oh-2231-0087",
            "recruitment_site_id": program.sites[0].id,
        },
        household=[
            intake.HouseholdMemberInput(
                role="child", first_name="Jaden", last_name="Rodríguez", date_of_birth="2019-02-01"
            ),
            intake.HouseholdMemberInput(
                role="child", first_name="Amara", last_name="Rodríguez", date_of_birth="2022-09-12"
            ),
            intake.HouseholdMemberInput(
                role="non_custodial_parent",
                first_name="Marcus",
                last_name="Bell",
                lives_in_household=False,
                ivd_case_number="IVD-55021",
            ),
        ],
        eligibility=EligibilityInput(household_size=3, annual_income="18,500", state="OH"),
        consents=[
            intake.ConsentInput(partner_id=program.partner(ReferralProgram.CHILD_SUPPORT).id)
        ],
        barriers=[
            intake.BarrierInput(category=BarrierCategory.TRANSPORTATION, description="No car"),
            intake.BarrierInput(category=BarrierCategory.DOMESTIC_VIOLENCE),
        ],
    )


def test_coach_records_a_family_of_four_with_a_tanf_case_in_one_step(
    store: LocalStore, program: DemoProgram
) -> None:
    detail = intake.create_participant(store, family_of_four(program), today=TODAY)

    assert detail.summary.display_name == "Keisha Rodríguez"
    assert detail.summary.tanf_case_number == "OH-2231-0087"
    assert detail.phone == "614-555-0142"
    assert [m.role for m in detail.household] == ["child", "child", "non_custodial_parent"]
    assert detail.eligibility is not None
    # 2026 guideline for 3 in the 48 states: 15,960 + 2 × 5,680 = 27,320; 18,500 / 27,320 = 67.7 %
    assert detail.eligibility.percent_of_poverty == pytest.approx(67.7)
    assert detail.eligibility.eligible
    assert detail.barrier_count == 2 and detail.restricted_barrier_count == 1
    assert detail.has_unsynced_changes
    assert get_participant(store, detail.id) == detail  # what was saved is what was shown
    assert [h.participant_id for h in find_participants(store, "rodr")] == [detail.id]
    assert [h.participant_id for h in find_participants(store, "2231")] == [detail.id]


def test_bad_intake_names_every_wrong_field_and_saves_nothing(
    store: LocalStore, program: DemoProgram
) -> None:
    bad = intake.IntakeInput(
        person={
            "first_name": " ",
            "last_name": "Lee",
            "date_of_birth": "2090-01-01",
            "phone": "123",
            "tanf_recipient": True,
        },
        household=[intake.HouseholdMemberInput(role="cousin", first_name="A", last_name="B")],
    )
    with pytest.raises(ValidationError) as caught:
        intake.create_participant(store, bad, today=TODAY)

    assert set(caught.value.fields) == {
        "first_name",
        "date_of_birth",
        "phone",
        "tanf_case_number",
        "household.0.role",
    }
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Participant)) == 0
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0


def test_same_person_enrolled_twice_is_caught_before_saving(
    store: LocalStore, program: DemoProgram
) -> None:
    first = intake.create_participant(store, family_of_four(program), today=TODAY)
    again = intake.IntakeInput(
        person={"first_name": "keisha", "last_name": "RODRIGUEZ", "date_of_birth": "1994-05-17"}
    )
    with pytest.raises(intake.PossibleDuplicate) as caught:
        intake.create_participant(store, again, today=TODAY)
    assert [m.id for m in caught.value.matches] == [first.id]

    by_case = intake.find_possible_duplicates(
        store, first_name="K", last_name="R", tanf_case_number="OH-2231-0087"
    )
    assert [m.id for m in by_case] == [first.id]

    second = intake.create_participant(store, again, confirmed_new_person=True, today=TODAY)
    assert second.id != first.id


def test_every_intake_record_is_audited_and_queued_for_sync_in_one_transaction(
    store: LocalStore, program: DemoProgram
) -> None:
    detail = intake.create_participant(store, family_of_four(program), today=TODAY)
    with store.read() as s:
        queued = {(e.table_name, e.op) for e in s.scalars(select(OutboxEntry))}
        audits = s.scalars(select(AuditEvent).where(AuditEvent.participant_id == detail.id)).all()
        members = s.scalar(select(func.count()).select_from(HouseholdMember))
        consents = s.scalar(select(func.count()).select_from(Consent))
    assert ("participants", "upsert") in queued and ("audit_events", "upsert") in queued
    assert {a.table_name for a in audits} >= {
        "participants",
        "household_members",
        "consents",
        "barriers",
        "eligibility_assessments",
        "households",
    }
    assert members == 3 and consents == 1
    # The audit trail names records, never what is in them.
    assert all("Keisha" not in (a.detail or "") for a in audits)
    assert get_participant(store, detail.id).summary.first_name == "Keisha"
