"""Barriers (some of them confidential) and the consents that let a coach share and refer."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from coachapp.demo.reference import DemoProgram
from coachapp.errors import Conflict, ValidationError
from coachapp.models import AuditEvent, Barrier, Consent
from coachapp.models.enums import AuditAction, BarrierCategory, ConsentScope, ReferralProgram
from coachapp.services import barriers, consents, intake
from coachapp.store.local import LocalStore
from tests.conftest import TODAY


def participant(store: LocalStore) -> str:
    person = {"first_name": "Maria", "last_name": "Ortiz"}
    return intake.create_participant(store, intake.IntakeInput(person=person), today=TODAY).id


def restricted_views(store: LocalStore) -> list[AuditEvent]:
    with store.read() as s:
        return list(
            s.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.VIEW_RESTRICTED))
        )


# --- barriers -----------------------------------------------------------------------------------


def test_domestic_violence_barrier_is_restricted_and_seeing_it_is_audited(
    store: LocalStore,
) -> None:
    pid = participant(store)
    barriers.add_barrier(
        store, participant_id=pid, category="transportation", description="No car", today=TODAY
    )
    dv = barriers.add_barrier(
        store,
        participant_id=pid,
        category=BarrierCategory.DOMESTIC_VIOLENCE,
        description="Ex-partner knows the Eastside branch schedule.",
        today=TODAY,
    )
    assert dv.restricted

    listed = barriers.list_barriers(store, pid)

    assert {(b.category, b.restricted) for b in listed} == {
        (BarrierCategory.TRANSPORTATION, False),
        (BarrierCategory.DOMESTIC_VIOLENCE, True),
    }
    [view] = restricted_views(store)
    assert view.participant_id == pid and view.table_name == "barriers"
    assert "Eastside" not in (view.detail or "") and "domestic" not in (view.detail or "")


def test_ordinary_barriers_can_be_listed_without_leaving_a_view_in_the_audit_trail(
    store: LocalStore,
) -> None:
    pid = participant(store)
    barriers.add_barrier(store, participant_id=pid, category="childcare", today=TODAY)
    assert [b.category for b in barriers.list_barriers(store, pid)] == [BarrierCategory.CHILDCARE]
    assert restricted_views(store) == []


def test_resolved_barrier_drops_below_the_open_ones(store: LocalStore) -> None:
    pid = participant(store)
    car = barriers.add_barrier(
        store,
        participant_id=pid,
        category="transportation",
        identified_on="2026-02-02",
        today=TODAY,
    )
    barriers.add_barrier(
        store, participant_id=pid, category="housing", identified_on="2026-01-05", today=TODAY
    )
    with pytest.raises(ValidationError) as early:
        barriers.resolve_barrier(store, car.id, on="2026-01-01", today=TODAY)
    assert set(early.value.fields) == {"on"}

    fixed = barriers.resolve_barrier(store, car.id, on="2026-03-02", today=TODAY)

    assert not fixed.active and fixed.resolved_on == date(2026, 3, 2)
    assert [b.category for b in barriers.list_barriers(store, pid)] == [
        BarrierCategory.HOUSING,
        BarrierCategory.TRANSPORTATION,
    ]
    with pytest.raises(Conflict):
        barriers.resolve_barrier(store, car.id, today=TODAY)


def test_unknown_barrier_found_tomorrow_names_both_fields_and_saves_nothing(
    store: LocalStore,
) -> None:
    pid = participant(store)
    with pytest.raises(ValidationError) as caught:
        barriers.add_barrier(
            store,
            participant_id=pid,
            category="bad luck",
            identified_on=TODAY + timedelta(days=1),
            today=TODAY,
        )
    assert set(caught.value.fields) == {"category", "identified_on"}
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Barrier)) == 0


# --- consents -----------------------------------------------------------------------------------


def test_revoked_consent_is_no_longer_active(store: LocalStore, program: DemoProgram) -> None:
    pid = participant(store)
    ivd = program.partner(ReferralProgram.CHILD_SUPPORT)
    signed = consents.add_consent(
        store,
        participant_id=pid,
        partner_id=ivd.id,
        scope="share_and_refer",
        signed_on="2026-02-10",
        today=TODAY,
    )
    assert [c.id for c in consents.active_consents(store, pid, on=TODAY)] == [signed.id]

    revoked = consents.revoke_consent(store, signed.id, on=TODAY, today=TODAY)

    assert revoked.revoked_on == TODAY and not revoked.active_on(TODAY)
    assert consents.active_consents(store, pid, on=TODAY) == []
    with store.read() as s:
        found = consents.active_consent_for(s, participant_id=pid, partner_id=ivd.id, on=TODAY)
    assert found is None
    with pytest.raises(Conflict):
        consents.revoke_consent(store, signed.id, on=TODAY, today=TODAY)


def test_consent_stops_being_active_after_it_expires(
    store: LocalStore, program: DemoProgram
) -> None:
    pid = participant(store)
    consents.add_consent(
        store,
        participant_id=pid,
        partner_id=program.partner(ReferralProgram.HOUSING).id,
        scope=ConsentScope.MAKE_REFERRAL,
        signed_on="2025-03-01",
        expires_on="2026-02-28",
        today=TODAY,
    )
    assert len(consents.active_consents(store, pid, on=date(2026, 2, 28))) == 1
    assert consents.active_consents(store, pid, on=TODAY) == []


def test_referral_check_finds_the_latest_consent_for_that_agency_only(
    store: LocalStore, program: DemoProgram
) -> None:
    pid = participant(store)
    bh = program.partner(ReferralProgram.BEHAVIORAL_HEALTH)
    dv = program.partner(ReferralProgram.DOMESTIC_VIOLENCE)
    consents.add_consent(
        store,
        participant_id=pid,
        partner_id=bh.id,
        scope="share_information",
        signed_on="2026-01-05",
        today=TODAY,
    )
    newer = consents.add_consent(
        store,
        participant_id=pid,
        partner_id=bh.id,
        scope="make_referral",
        signed_on="2026-03-02",
        today=TODAY,
    )

    with store.read() as s:
        for_bh = consents.active_consent_for(s, participant_id=pid, partner_id=bh.id, on=TODAY)
        for_dv = consents.active_consent_for(s, participant_id=pid, partner_id=dv.id, on=TODAY)
        sharing_only = consents.active_consent_for(
            s,
            participant_id=pid,
            partner_id=bh.id,
            on=date(2026, 2, 1),
            scopes={ConsentScope.MAKE_REFERRAL, ConsentScope.SHARE_AND_REFER},
        )
    assert for_bh is not None and for_bh.id == newer.id
    assert for_dv is None
    assert sharing_only is None  # in February only the sharing release had been signed


def test_consent_for_no_agency_expiring_before_signing_names_fields_and_saves_nothing(
    store: LocalStore,
) -> None:
    pid = participant(store)
    with pytest.raises(ValidationError) as caught:
        consents.add_consent(
            store,
            participant_id=pid,
            partner_id="",
            scope="everything",
            signed_on="2026-03-10",
            expires_on="2026-03-01",
            today=TODAY,
        )
    assert set(caught.value.fields) == {"scope", "expires_on"}
    with pytest.raises(ValidationError) as agency:
        consents.add_consent(
            store,
            participant_id=pid,
            partner_id="",
            scope="make_referral",
            signed_on="2026-03-10",
            today=TODAY,
        )
    assert set(agency.value.fields) == {"partner_id"}
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Consent)) == 0
