"""Caseload-wide lists: every participant's support services and referrals on this laptop."""

from __future__ import annotations

from datetime import date

import pytest

from coachapp.demo.reference import DemoProgram
from coachapp.errors import ValidationError
from coachapp.models.enums import (
    ConsentScope,
    FundingKind,
    ReferralProgram,
    ReferralStatus,
    ServiceCategory,
    ServiceStatus,
)
from coachapp.services import consents, intake, referrals, support
from coachapp.store.local import LocalStore
from tests.conftest import TODAY  # a Monday


def person(store: LocalStore, first: str, last: str, **extra: object) -> str:
    return intake.create_participant(
        store,
        intake.IntakeInput(person={"first_name": first, "last_name": last, **extra}),
        today=TODAY,
    ).id


def service(
    store: LocalStore,
    program: DemoProgram,
    participant_id: str,
    category: ServiceCategory,
    funder: FundingKind,
    start: date,
    end: date,
    amount: str,
) -> support.SupportServiceView:
    return support.record_support_service(
        store,
        support.ServiceInput(
            participant_id=participant_id,
            service_type_id=program.service_type(category).id,
            funding_source_id=program.funding(funder).id,
            amount=amount,
            period_start=start,
            period_end=end,
        ),
    )


def test_caseload_services_filter_by_period_type_funder_and_status(
    store: LocalStore, program: DemoProgram
) -> None:
    tanya = person(store, "Tanya", "Brooks", preferred_name="Tee")
    marcus = person(store, "Marcus", "Lee")
    march_care = service(
        store,
        program,
        tanya,
        ServiceCategory.CHILDCARE,
        FundingKind.HPOG,
        date(2026, 3, 1),
        date(2026, 3, 31),
        "450.00",
    )
    feb_bus = service(
        store,
        program,
        marcus,
        ServiceCategory.TRANSPORTATION,
        FundingKind.TANF_DHS,
        date(2026, 2, 1),
        date(2026, 2, 28),
        "60.00",
    )
    april_bus = service(
        store,
        program,
        marcus,
        ServiceCategory.TRANSPORTATION,
        FundingKind.HPOG,
        date(2026, 4, 1),
        date(2026, 4, 30),
        "60.00",
    )
    support.set_service_status(store, april_bus.id, status=ServiceStatus.APPROVED)

    everything = support.list_caseload_services(store)
    assert [r.service.id for r in everything] == [april_bus.id, march_care.id, feb_bus.id]
    assert everything[1].participant_name == "Tee Brooks"

    march = support.list_caseload_services(
        store, period_start=date(2026, 3, 1), period_end=date(2026, 3, 31)
    )
    assert [r.service.id for r in march] == [march_care.id]

    buses = support.list_caseload_services(
        store, service_type_id=program.service_type(ServiceCategory.TRANSPORTATION).id
    )
    assert {r.service.id for r in buses} == {feb_bus.id, april_bus.id}

    dhs = support.list_caseload_services(
        store, funding_source_id=program.funding(FundingKind.TANF_DHS).id
    )
    assert [r.service.id for r in dhs] == [feb_bus.id]

    approved = support.list_caseload_services(store, status="approved")
    assert [r.service.id for r in approved] == [april_bus.id]


def test_caseload_services_refuse_a_backwards_period(store: LocalStore) -> None:
    with pytest.raises(ValidationError) as caught:
        support.list_caseload_services(
            store, period_start=date(2026, 3, 31), period_end=date(2026, 3, 1)
        )
    assert set(caught.value.fields) == {"period_end"}


def test_service_status_choices_follow_the_allowed_moves() -> None:
    assert support.next_service_statuses("requested") == [
        ServiceStatus.APPROVED,
        ServiceStatus.DENIED,
        ServiceStatus.CANCELLED,
    ]
    assert support.next_service_statuses(ServiceStatus.PAID) == []


def refer(
    store: LocalStore,
    program: DemoProgram,
    participant_id: str,
    *,
    due: date,
    owner: str,
    referred: date = date(2026, 3, 2),
) -> referrals.ReferralView:
    return referrals.create_referral(
        store,
        referrals.ReferralInput(
            participant_id=participant_id,
            partner_id=program.partner(ReferralProgram.EMPLOYMENT).id,
            reason="Job search help",
            follow_up_owner=owner,
            follow_up_role="hpog_career_coach",
            due_on=due,
            referred_on=referred,
        ),
        today=TODAY,
    )


def test_tracker_shows_open_overdue_due_this_week_closed_and_mine(
    store: LocalStore, program: DemoProgram
) -> None:
    renee = person(store, "Renee", "Okafor")
    marcus = person(store, "Marcus", "Lee")
    late = refer(store, program, renee, due=date(2026, 3, 12), owner="Dana Demo")
    this_week = refer(store, program, marcus, due=date(2026, 3, 22), owner="Ms. Alvarez")
    next_week = refer(store, program, renee, due=date(2026, 3, 25), owner="Dana Demo")
    done = refer(store, program, marcus, due=date(2026, 3, 10), owner="Dana Demo")
    referrals.set_referral_status(
        store, done.id, status="completed", outcome="Placed in a job club", today=TODAY
    )

    def ids(show: str, owner: str | None = None) -> list[str]:
        rows = referrals.list_referral_tracker(store, show=show, follow_up_owner=owner, today=TODAY)
        return [r.referral.id for r in rows]

    assert ids("open") == [late.id, this_week.id, next_week.id]
    assert ids("overdue") == [late.id]
    assert ids("due_this_week") == [this_week.id]  # Sunday 22 March is still this week
    assert ids("closed") == [done.id]
    assert ids("all") == [done.id, late.id, this_week.id, next_week.id]
    assert ids("open", owner="Dana Demo") == [late.id, next_week.id]

    first = referrals.list_referral_tracker(store, today=TODAY)[0]
    assert first.participant_name == "Renee Okafor"
    assert first.referral.overdue


def test_tracker_refuses_an_unknown_view(store: LocalStore) -> None:
    with pytest.raises(ValidationError) as caught:
        referrals.list_referral_tracker(store, show="someday", today=TODAY)
    assert set(caught.value.fields) == {"show"}


def test_referral_status_choices_follow_the_allowed_moves() -> None:
    assert referrals.next_referral_statuses("open") == [
        ReferralStatus.IN_PROGRESS,
        ReferralStatus.COMPLETED,
        ReferralStatus.DECLINED,
        ReferralStatus.CANCELLED,
    ]
    assert referrals.next_referral_statuses(ReferralStatus.COMPLETED) == []


def test_consent_recorded_for_the_partner_lets_the_blocked_referral_through(
    store: LocalStore, program: DemoProgram
) -> None:
    renee = person(store, "Renee", "Okafor")
    entry = referrals.ReferralInput(
        participant_id=renee,
        partner_id=program.partner(ReferralProgram.CHILD_SUPPORT).id,
        reason="Establish an order",
        follow_up_owner="Dana Demo",
        follow_up_role="hpog_career_coach",
        due_on=date(2026, 3, 30),
    )
    with pytest.raises(referrals.ConsentRequired):
        referrals.create_referral(store, entry, today=TODAY)
    consents.add_consent(
        store,
        participant_id=renee,
        partner_id=entry.partner_id,
        scope=ConsentScope.SHARE_AND_REFER,
        signed_on=TODAY,
        today=TODAY,
    )
    made = referrals.create_referral(store, entry, today=TODAY)
    assert made.consent_id is not None
