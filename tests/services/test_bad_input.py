"""Junk handed to a service gets a message a coach can read, never a crash.

Each case here is one the proof suite's junk check (prove/test_service_junk.py) found raising
something other than a ``CoachAppError``: a TypeError, AttributeError, OverflowError,
decimal.InvalidOperation or a database error from a value of the wrong type or size.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from coachapp.demo.reference import DemoProgram
from coachapp.errors import CoachAppError, NotFound, ValidationError
from coachapp.models.enums import BarrierCategory, ContactMode, ServiceCategory
from coachapp.services import (
    barriers,
    caseload,
    conflicts,
    consents,
    drafts,
    eligibility,
    employment,
    history,
    household,
    intake,
    notes,
    participants,
    reference,
    referrals,
    sessions,
    support,
    tasks,
    workday,
)
from coachapp.services.reports import ReportFilter, laptop
from coachapp.services.unsynced import unsynced_participants
from coachapp.store.local import LocalStore
from coachapp.store.outbox import LocalSetting
from tests.conftest import TODAY


@pytest.fixture
def person(store: LocalStore) -> str:
    return intake.create_participant(
        store,
        intake.IntakeInput(person={"first_name": "Rosa", "last_name": "Vidal"}),
        today=TODAY,
    ).id


def test_a_moment_given_for_a_day_is_taken_as_its_day(
    store: LocalStore, program: DemoProgram, person: str
) -> None:
    """It used to be compared with "today" and raise TypeError (datetime vs date)."""
    consent = consents.add_consent(
        store,
        participant_id=person,
        partner_id=program.partners[0].id,
        scope="share_and_refer",
        signed_on=datetime(2026, 3, 10, 9, 30),
        today=TODAY,
    )
    assert consent.signed_on == date(2026, 3, 10)
    barrier = barriers.add_barrier(
        store,
        participant_id=person,
        category=BarrierCategory.TRANSPORTATION,
        identified_on=datetime(2026, 3, 1, tzinfo=UTC),
        today=TODAY,
    )
    assert barrier.identified_on == date(2026, 3, 1)


@pytest.mark.parametrize("wage", [Decimal("1E-999999"), Decimal("1E+999999"), Decimal("sNaN")])
def test_an_amount_no_form_could_type_is_refused(
    store: LocalStore, person: str, wage: Decimal
) -> None:
    with pytest.raises(ValidationError) as refused:
        employment.record_job(
            store,
            participant_id=person,
            employer="Clinic",
            occupation="CNA",
            is_healthcare=True,
            hourly_wage=wage,
            weekly_hours=30,
            started_on=TODAY,
        )
    assert "hourly_wage" in refused.value.fields


def test_text_with_a_lone_surrogate_is_refused_not_sent_to_the_database(
    store: LocalStore, person: str
) -> None:
    with pytest.raises(ValidationError, match="cannot be saved"):
        notes.add_note(store, participant_id=person, body="met \ud800", mode=ContactMode.PHONE)


def test_a_form_of_the_wrong_kind_is_refused(store: LocalStore, person: str) -> None:
    for call in (
        lambda: intake.create_participant(store, [], today=TODAY),  # type: ignore[arg-type]
        lambda: referrals.create_referral(store, None),  # type: ignore[arg-type]
        lambda: support.record_support_service(store, "service"),  # type: ignore[arg-type]
        lambda: support.check_duplicate_services(store, 12),  # type: ignore[arg-type]
        lambda: household.add_member(store, person, None),  # type: ignore[arg-type]
        lambda: eligibility.preview(store, []),  # type: ignore[arg-type]
        lambda: drafts.save_draft(store, 3.5),  # type: ignore[arg-type]
        lambda: conflicts.resolve_conflicts(store, float("inf")),  # type: ignore[arg-type]
        lambda: laptop.reports(store, []),  # type: ignore[arg-type]
        lambda: participants.update_participant(store, person, changes=["first_name"]),  # type: ignore[arg-type]
        lambda: intake.create_participant(
            store, intake.IntakeInput(person={"first_name": "A"}, household="Kim")
        ),
    ):
        with pytest.raises(ValidationError):
            call()


def test_list_filters_of_the_wrong_type_are_field_errors(store: LocalStore) -> None:
    for call in (
        lambda: participants.list_participants(store, status="martian"),  # type: ignore[arg-type]
        lambda: participants.list_participants(store, site_id=[1]),
        lambda: participants.list_participants(store, tanf_recipient="yes"),  # type: ignore[arg-type]
        lambda: participants.list_participants(store, offset=-(2**63) - 1),
        lambda: participants.list_participants(store, limit=10**40),
        lambda: participants.find_participants(store, []),  # type: ignore[arg-type]
        lambda: caseload.caseload_page(store, sort="shoe size"),
        lambda: caseload.caseload_page(store, after=(datetime(2026, 1, 1), "x")),
        lambda: caseload.caseload_page(store, sort="branch", after=(0, [1], "a", "b")),
        lambda: caseload.caseload_page(store, limit="ten"),  # type: ignore[arg-type]
        lambda: caseload.caseload_page(store, filters=caseload.CaseloadFilter(site_id=3)),  # type: ignore[arg-type]
        lambda: caseload.caseload_rows(store, 5),  # type: ignore[arg-type]
        lambda: referrals.list_referrals(store, limit=Decimal("sNaN")),  # type: ignore[arg-type]
        lambda: referrals.list_referrals(store, due_within_days=[]),  # type: ignore[arg-type]
        lambda: referrals.list_referrals(store, participant_id=...),  # type: ignore[arg-type]
        lambda: referrals.list_referral_tracker(store, limit="£"),  # type: ignore[arg-type]
        lambda: support.list_caseload_services(store, period_start="soon"),  # type: ignore[arg-type]
        lambda: sessions.list_sessions(store, site_id=[16616]),  # type: ignore[arg-type]
        lambda: conflicts.list_conflicts(store, participant_id=...),  # type: ignore[arg-type]
        lambda: consents.active_consents(store, "x", on="next week"),  # type: ignore[arg-type]
        lambda: reference.partners(store, program=[]),  # type: ignore[arg-type]
        lambda: reference.save_pulled_reference(store, datetime(2000, 1, 1)),  # type: ignore[arg-type]
        lambda: intake.find_possible_duplicates(store, first_name=Decimal(1), last_name="X"),  # type: ignore[arg-type]
        lambda: tasks.today(store, limit="ten"),  # type: ignore[arg-type]
    ):
        with pytest.raises(ValidationError):
            call()


def test_a_list_of_ids_with_something_else_in_it_leaves_that_out(
    store: LocalStore, person: str
) -> None:
    rows = caseload.caseload_rows(store, [person, "not an id", 42])  # type: ignore[list-item]
    assert [r.id for r in rows] == [person]
    with store.read() as session:
        assert unsynced_participants(session, [person, [], 7]) == {person}  # type: ignore[list-item]


def test_a_clock_off_the_calendar_is_refused(store: LocalStore, person: str) -> None:
    """``date.max`` as today used to overflow a week's arithmetic (OverflowError)."""
    with pytest.raises(ValidationError):
        tasks.today(store, today=date.max)
    with pytest.raises(ValidationError):
        notes.add_note(
            store, participant_id=person, body="x", mode="phone", now=datetime(1, 1, 1, tzinfo=UTC)
        )
    with pytest.raises(ValidationError):
        notes.add_note(
            store, participant_id=person, body="x", mode="phone", contact_at=datetime.min
        )
    with pytest.raises(ValidationError):
        history.participant_history(store, person, limit=Decimal("Infinity"))  # type: ignore[arg-type]


def test_an_id_that_is_not_one_is_not_found(store: LocalStore) -> None:
    with pytest.raises(NotFound):
        workday.set_todays_site(store, [])  # type: ignore[arg-type]
    with pytest.raises(NotFound):
        workday.note_opened(store, date(797, 10, 10))  # type: ignore[arg-type]
    assert workday.recent_participants(store) == []


def test_a_draft_keeps_what_it_can_and_leaves_out_what_no_field_holds(store: LocalStore) -> None:
    saved = drafts.save_draft(
        store,
        intake.IntakeInput(
            person={"first_name": "Ana", "city": object(), "last_name": "\ud800"},
            household=["not a member"],  # type: ignore[list-item]
            parents_in_unit=float("nan"),  # type: ignore[arg-type]
        ),
    )
    with store.read() as session:
        row = session.scalars(select(LocalSetting).where(LocalSetting.key.contains(saved.id))).one()
    kept = json.loads(row.value)["intake"]
    assert kept["person"] == {"first_name": "Ana", "city": None, "last_name": None}
    assert kept["household"] == [] and kept["parents_in_unit"] is None
    assert drafts.load_draft(store, saved.id).person["first_name"] == "Ana"


def test_a_report_filter_checks_its_days_and_choices() -> None:
    f = ReportFilter(period_start=datetime(2026, 1, 1, 8, 0), period_end=date(2026, 3, 31))
    assert f.period_start == date(2026, 1, 1)
    for bad in (
        {"period_start": date(1, 1, 1), "period_end": date(2026, 1, 1)},
        {"period_start": date(2026, 1, 1), "period_end": date.max},
        {"period_start": date(2026, 1, 1), "period_end": date(2026, 2, 1), "as_of": "today"},
        {"period_start": date(2026, 1, 1), "period_end": date(2026, 2, 1), "coach_id": 7},
    ):
        with pytest.raises(ValidationError):
            ReportFilter(**bad)  # type: ignore[arg-type]


def test_a_service_answer_to_junk_is_always_a_coachapp_error(
    store: LocalStore, program: DemoProgram, person: str
) -> None:
    """The shape of the whole check, on one service: a refusal is a CoachAppError."""
    for amount in ("1e309", Decimal("-1E+999999"), [], {}, b"\xff", float("nan")):
        with pytest.raises(CoachAppError):
            support.record_support_service(
                store,
                support.ServiceInput(
                    participant_id=person,
                    service_type_id=program.service_type(ServiceCategory.CHILDCARE).id,
                    funding_source_id=program.funding_sources[0].id,
                    amount=amount,  # type: ignore[arg-type]
                    period_start=TODAY,
                    period_end=TODAY,
                ),
            )
