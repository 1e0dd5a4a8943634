"""Referrals: a named owner for every follow-up, and no referral without consent."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from coachapp.demo.reference import DemoProgram
from coachapp.errors import ValidationError
from coachapp.models import Referral
from coachapp.models.enums import ConsentScope, ReferralProgram, ReferralStatus
from coachapp.services import consents, intake, referrals
from coachapp.store.local import LocalStore
from tests.conftest import TODAY


@pytest.fixture
def participant_id(store: LocalStore) -> str:
    return intake.create_participant(
        store,
        intake.IntakeInput(person={"first_name": "Renee", "last_name": "Okafor"}),
        today=TODAY,
    ).id


def to_child_support(
    program: DemoProgram, participant_id: str, **kw: object
) -> referrals.ReferralInput:
    values: dict[str, object] = {
        "participant_id": participant_id,
        "partner_id": program.partner(ReferralProgram.CHILD_SUPPORT).id,
        "reason": "Establish paternity and an order for the two children",
        "follow_up_owner": "Ms. Alvarez (DHS family coach)",
        "follow_up_role": "dhs_family_coach",
        "due_on": date(2026, 3, 30),
    }
    values.update(kw)
    return referrals.ReferralInput(**values)  # type: ignore[arg-type]


def test_referral_to_child_support_is_blocked_until_consent_then_allowed(
    store: LocalStore, program: DemoProgram, participant_id: str
) -> None:
    with pytest.raises(referrals.ConsentRequired) as caught:
        referrals.create_referral(store, to_child_support(program, participant_id), today=TODAY)
    assert "Child Support Enforcement" in str(caught.value)
    assert "consent" in str(caught.value)
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Referral)) == 0

    consent = consents.add_consent(
        store,
        participant_id=participant_id,
        partner_id=program.partner(ReferralProgram.CHILD_SUPPORT).id,
        scope=ConsentScope.SHARE_AND_REFER,
        signed_on=TODAY,
        today=TODAY,
    )
    made = referrals.create_referral(store, to_child_support(program, participant_id), today=TODAY)

    assert made.program is ReferralProgram.CHILD_SUPPORT
    assert made.consent_id == consent.id
    assert made.follow_up_owner == "Ms. Alvarez (DHS family coach)"
    assert made.status is ReferralStatus.OPEN and not made.overdue


def test_consent_only_to_share_information_does_not_allow_a_referral(
    store: LocalStore, program: DemoProgram, participant_id: str
) -> None:
    consents.add_consent(
        store,
        participant_id=participant_id,
        partner_id=program.partner(ReferralProgram.CHILD_SUPPORT).id,
        scope=ConsentScope.SHARE_INFORMATION,
        signed_on=TODAY,
        today=TODAY,
    )
    with pytest.raises(referrals.ConsentRequired):
        referrals.create_referral(store, to_child_support(program, participant_id), today=TODAY)


def test_revoked_or_expired_consent_blocks_a_new_referral(
    store: LocalStore, program: DemoProgram, participant_id: str
) -> None:
    partner_id = program.partner(ReferralProgram.CHILD_SUPPORT).id
    expired = consents.add_consent(
        store,
        participant_id=participant_id,
        partner_id=partner_id,
        scope="make_referral",
        signed_on=date(2025, 1, 1),
        expires_on=date(2025, 12, 31),
        today=TODAY,
    )
    with pytest.raises(referrals.ConsentRequired):
        referrals.create_referral(store, to_child_support(program, participant_id), today=TODAY)
    current = consents.add_consent(
        store,
        participant_id=participant_id,
        partner_id=partner_id,
        scope="make_referral",
        signed_on=date(2026, 3, 1),
        today=TODAY,
    )
    consents.revoke_consent(store, current.id, on=date(2026, 3, 10), today=TODAY)
    with pytest.raises(referrals.ConsentRequired):
        referrals.create_referral(store, to_child_support(program, participant_id), today=TODAY)
    assert expired.id != current.id


def test_employment_referral_needs_no_consent(
    store: LocalStore, program: DemoProgram, participant_id: str
) -> None:
    wioa = program.partner(ReferralProgram.EMPLOYMENT)
    made = referrals.create_referral(
        store,
        to_child_support(program, participant_id, partner_id=wioa.id, reason="Job search help"),
        today=TODAY,
    )
    assert made.program is ReferralProgram.EMPLOYMENT and made.consent_id is None


def test_tracker_shows_overdue_follow_ups_first_and_closing_needs_an_outcome(
    store: LocalStore, program: DemoProgram, participant_id: str
) -> None:
    wioa = program.partner(ReferralProgram.EMPLOYMENT).id
    late = referrals.create_referral(
        store,
        to_child_support(
            program,
            participant_id,
            partner_id=wioa,
            referred_on=date(2026, 3, 1),
            due_on=date(2026, 3, 10),
        ),
        today=TODAY,
    )
    later = referrals.create_referral(
        store,
        to_child_support(program, participant_id, partner_id=wioa, due_on=date(2026, 4, 1)),
        today=TODAY,
    )
    tracker = referrals.list_referrals(store, open_only=True, today=TODAY)
    assert [(r.id, r.overdue) for r in tracker] == [(late.id, True), (later.id, False)]
    assert [r.id for r in referrals.list_referrals(store, overdue_only=True, today=TODAY)] == [
        late.id
    ]

    with pytest.raises(ValidationError) as caught:
        referrals.set_referral_status(store, late.id, status="completed", today=TODAY)
    assert "outcome" in caught.value.fields
    closed = referrals.set_referral_status(
        store, late.id, status="completed", outcome="Enrolled in WIOA job club", today=TODAY
    )
    assert closed.closed_on == TODAY and not closed.overdue
    with pytest.raises(ValidationError, match="completed referral cannot become open"):
        referrals.set_referral_status(store, late.id, status="open", today=TODAY)


def test_follow_up_can_be_handed_to_the_dhs_family_coach(
    store: LocalStore, program: DemoProgram, participant_id: str
) -> None:
    wioa = program.partner(ReferralProgram.EMPLOYMENT).id
    made = referrals.create_referral(
        store,
        to_child_support(
            program,
            participant_id,
            partner_id=wioa,
            follow_up_role="hpog_career_coach",
            follow_up_owner="Dana Demo",
        ),
        today=TODAY,
    )
    moved = referrals.reassign_follow_up(
        store,
        made.id,
        owner="Mr. Chen",
        role="dhs_family_coach",
        due_on=date(2026, 3, 25),
        today=TODAY,
    )
    assert (moved.follow_up_owner, moved.follow_up_role.value, moved.due_on) == (
        "Mr. Chen",
        "dhs_family_coach",
        date(2026, 3, 25),
    )
    assert [r.id for r in referrals.list_referrals(store, follow_up_owner="Mr. Chen")] == [made.id]


def test_a_referral_missing_its_owner_and_due_date_names_both_fields(
    store: LocalStore, program: DemoProgram, participant_id: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        referrals.create_referral(
            store,
            to_child_support(program, participant_id, follow_up_owner="  ", due_on=None),
            today=TODAY,
        )
    assert set(caught.value.fields) == {"follow_up_owner", "due_on"}
