"""Intake drafts and the checks the intake form runs as the coach types."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from coachapp.demo.reference import DemoProgram
from coachapp.errors import NotFound
from coachapp.models import AuditEvent, Participant
from coachapp.rules import poverty
from coachapp.services import drafts, eligibility, intake
from coachapp.store.local import LocalStore
from coachapp.store.outbox import OutboxEntry
from tests.conftest import TODAY
from tests.services.test_intake import family_of_four


def test_coach_saves_a_half_finished_intake_and_resumes_it_as_typed(
    store: LocalStore, program: DemoProgram
) -> None:
    typed = family_of_four(program)
    saved = drafts.save_draft(store, typed)

    assert saved.display_name == "Keisha Rodríguez"
    assert [d.id for d in drafts.list_drafts(store)] == [saved.id]
    resumed = drafts.load_draft(store, saved.id)
    assert resumed.extra[drafts.DRAFT_ID] == saved.id
    assert resumed.person == typed.person
    assert [
        (m.role, m.first_name, m.lives_in_household, m.ivd_case_number) for m in resumed.household
    ] == [
        ("child", "Jaden", True, None),
        ("child", "Amara", True, None),
        ("non_custodial_parent", "Marcus", False, "IVD-55021"),
    ]
    assert resumed.eligibility is not None and resumed.eligibility.annual_income == "18,500"
    assert [c.partner_id for c in resumed.consents] == [c.partner_id for c in typed.consents]
    assert [b.category for b in resumed.barriers] == ["transportation", "domestic_violence"]
    # What was resumed can be saved as the participant, exactly as the original could.
    detail = intake.create_participant(store, resumed, today=TODAY)
    assert detail.summary.tanf_case_number == "OH-2231-0087"
    assert detail.restricted_barrier_count == 1


def test_a_draft_is_not_a_record_nothing_is_audited_or_queued_for_sync(
    store: LocalStore, program: DemoProgram
) -> None:
    drafts.save_draft(store, family_of_four(program))
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == 0
        assert s.scalar(select(func.count()).select_from(Participant)) == 0


def test_saving_a_resumed_draft_replaces_it_and_discarding_forgets_it(
    store: LocalStore, program: DemoProgram
) -> None:
    first = drafts.save_draft(
        store,
        intake.IntakeInput(person={"first_name": "Ana"}),
        now=datetime(2026, 3, 1, tzinfo=UTC),
    )
    other = drafts.save_draft(
        store,
        intake.IntakeInput(person={"last_name": "Okafor"}),
        now=datetime(2026, 3, 10, tzinfo=UTC),
    )
    resumed = drafts.load_draft(store, first.id)
    again = drafts.save_draft(
        store,
        intake.IntakeInput(person={**resumed.person, "last_name": "Ruiz"}, extra=resumed.extra),
        now=datetime(2026, 3, 1, tzinfo=UTC) + timedelta(days=20),
    )

    assert again.id == first.id
    listed = drafts.list_drafts(store)
    assert [d.id for d in listed] == [first.id, other.id]  # the newest save first
    assert listed[0].display_name == "Ana Ruiz"
    drafts.discard_draft(store, first.id)
    drafts.discard_draft(store, first.id)  # already gone: nothing to do
    assert [d.id for d in drafts.list_drafts(store)] == [other.id]
    with pytest.raises(NotFound):
        drafts.load_draft(store, first.id)
    with pytest.raises(NotFound):
        drafts.load_draft(store, "not-an-id")


def test_a_damaged_draft_is_left_out_of_the_list(store: LocalStore) -> None:
    from coachapp.store.outbox import LocalSetting

    kept = drafts.save_draft(store, intake.IntakeInput(person={"first_name": "Rosa"}))
    with store.write(remote=True) as s:
        s.add(
            LocalSetting(
                key=drafts.KEY_PREFIX + "0190c0de-0000-7000-8000-000000000000", value="{not json"
            )
        )
    assert [d.id for d in drafts.list_drafts(store)] == [kept.id]


def test_the_form_checks_fields_without_the_database() -> None:
    typed = intake.IntakeInput(
        person={
            "first_name": "Keisha",
            "last_name": "",
            "tanf_recipient": True,
            "tanf_case_number": "12",
        },
        household=[intake.HouseholdMemberInput(role="child", first_name="", last_name="R")],
        eligibility=eligibility.EligibilityInput(household_size=3, annual_income="abc", state="OH"),
    )
    errors = intake.field_errors(typed, today=TODAY, guidelines=poverty.load_guidelines())
    assert set(errors) == {
        "last_name",
        "tanf_case_number",
        "household.0.first_name",
        "eligibility.annual_income",
    }
    assert "4 to 20 letters and digits" in errors["tanf_case_number"]


def test_the_live_percent_of_poverty_needs_no_database() -> None:
    table = poverty.load_guidelines()
    entry = eligibility.EligibilityInput(household_size=3, annual_income="18,500", state="OH")
    estimate = eligibility.estimate_with(table, entry, today=TODAY)
    # 2026 guideline for 3 in the 48 states: 27,320; 18,500 / 27,320 = 67.7 %
    assert estimate.guideline_amount == 27_320
    assert estimate.percent_of_poverty == Decimal("67.7")
    assert estimate.eligible


def test_the_guideline_table_is_read_once_from_the_store(store: LocalStore) -> None:
    table = eligibility.guidelines(store)
    assert TODAY.year in table.years
