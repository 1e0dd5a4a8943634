"""Support services: record what the program pays, without paying for what DHS already pays."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from coachapp.demo.reference import DemoProgram
from coachapp.errors import ValidationError
from coachapp.models import SupportService
from coachapp.models.enums import FundingKind, ServiceCategory, ServiceStatus
from coachapp.rules.duplicate_services import ServicePeriod, likely_duplicates
from coachapp.services import intake, support
from coachapp.store.local import LocalStore
from tests.conftest import TODAY


@pytest.fixture
def participant_id(store: LocalStore) -> str:
    return intake.create_participant(
        store,
        intake.IntakeInput(person={"first_name": "Tanya", "last_name": "Brooks"}),
        today=TODAY,
    ).id


def childcare(
    program: DemoProgram, participant_id: str, funder: FundingKind, **kw: object
) -> support.ServiceInput:
    values: dict[str, object] = {
        "participant_id": participant_id,
        "service_type_id": program.service_type(ServiceCategory.CHILDCARE).id,
        "funding_source_id": program.funding(funder).id,
        "amount": "450.00",
        "period_start": date(2026, 3, 1),
        "period_end": date(2026, 3, 31),
    }
    values.update(kw)
    return support.ServiceInput(**values)  # type: ignore[arg-type]


def test_coach_records_childcare_that_dhs_already_pays_for_and_is_warned(
    store: LocalStore, program: DemoProgram, participant_id: str
) -> None:
    dhs = support.record_support_service(
        store, childcare(program, participant_id, FundingKind.TANF_DHS)
    )

    hpog = childcare(program, participant_id, FundingKind.HPOG, period_start=date(2026, 3, 15))
    with pytest.raises(support.DuplicateService) as caught:
        support.record_support_service(store, hpog)

    warning = str(caught.value)
    assert "DHS / TANF supportive services pays Childcare" in warning
    assert "2026-03-01 to 2026-03-31" in warning and "$450.00" in warning
    assert [e.id for e in caught.value.existing] == [dhs.id]
    assert [s.id for s in support.list_services(store, participant_id)] == [dhs.id]

    kept = support.record_support_service(
        store, hpog, duplicate_reason="DHS covers only the mornings; HPOG pays the evening class"
    )
    assert kept.duplicate_of_id == dhs.id
    assert kept.duplicate_reason == "DHS covers only the mornings; HPOG pays the evening class"
    assert {s.id for s in support.list_services(store, participant_id)} == {dhs.id, kept.id}


def test_no_warning_for_the_next_month_or_another_kind_of_support(
    store: LocalStore, program: DemoProgram, participant_id: str
) -> None:
    support.record_support_service(store, childcare(program, participant_id, FundingKind.TANF_DHS))
    april = childcare(
        program,
        participant_id,
        FundingKind.HPOG,
        period_start=date(2026, 4, 1),
        period_end=date(2026, 4, 30),
    )
    bus_pass = childcare(
        program,
        participant_id,
        FundingKind.HPOG,
        service_type_id=program.service_type(ServiceCategory.TRANSPORTATION).id,
    )
    assert support.check_duplicate_services(store, april) == []
    assert support.check_duplicate_services(store, bus_pass) == []
    support.record_support_service(store, april)
    support.record_support_service(store, bus_pass)


def test_a_denied_dhs_request_does_not_block_hpog_paying(
    store: LocalStore, program: DemoProgram, participant_id: str
) -> None:
    dhs = support.record_support_service(
        store, childcare(program, participant_id, FundingKind.TANF_DHS)
    )
    support.set_service_status(store, dhs.id, status=ServiceStatus.DENIED)
    paid = support.record_support_service(
        store, childcare(program, participant_id, FundingKind.HPOG)
    )
    assert paid.duplicate_of_id is None


def test_bad_amount_and_backwards_period_are_named_and_nothing_is_saved(
    store: LocalStore, program: DemoProgram, participant_id: str
) -> None:
    bad = childcare(
        program,
        participant_id,
        FundingKind.HPOG,
        amount="12.345",
        period_start=date(2026, 3, 31),
        period_end=date(2026, 3, 1),
    )
    with pytest.raises(ValidationError) as caught:
        support.record_support_service(store, bad)
    assert set(caught.value.fields) == {"amount", "period_end"}
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(SupportService)) == 0


def test_paid_service_cannot_go_back_to_requested(
    store: LocalStore, program: DemoProgram, participant_id: str
) -> None:
    s = support.record_support_service(store, childcare(program, participant_id, FundingKind.HPOG))
    support.set_service_status(store, s.id, status="approved")
    support.set_service_status(store, s.id, status="paid")
    with pytest.raises(ValidationError, match="paid service cannot be marked requested"):
        support.set_service_status(store, s.id, status="requested")


def test_duplicate_rule_treats_periods_as_whole_days() -> None:
    old = ServicePeriod("a", "childcare", "dhs", date(2026, 3, 1), date(2026, 3, 31), "paid")
    touching = ServicePeriod(
        "b", "childcare", "hpog", date(2026, 3, 31), date(2026, 4, 30), "requested"
    )
    after = ServicePeriod(
        "c", "childcare", "hpog", date(2026, 4, 1), date(2026, 4, 30), "requested"
    )
    same_funder = ServicePeriod(
        "d", "childcare", "dhs", date(2026, 3, 5), date(2026, 3, 9), "requested"
    )
    assert likely_duplicates(touching, [old]) == [old]
    assert likely_duplicates(after, [old]) == []
    assert likely_duplicates(same_funder, [old]) == []
