"""Intake: a participant and their family, identifiers, eligibility, consents and barriers,
recorded in one transaction after checking the person is not already known.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from coachapp.errors import Conflict, ValidationError
from coachapp.models import (
    Barrier,
    Coach,
    Consent,
    Household,
    HouseholdMember,
    Participant,
    Partner,
    Site,
)
from coachapp.models.enums import (
    RESTRICTED_BARRIERS,
    BarrierCategory,
    ConsentScope,
    HouseholdRole,
    ParticipantStatus,
    StudyGroup,
)
from coachapp.rules import poverty
from coachapp.rules.person_fields import check_person_fields, name_key
from coachapp.services import eligibility as eligibility_service
from coachapp.services.common import expect, expect_all, reference, today_or
from coachapp.services.participants import (
    ParticipantDetail,
    ParticipantSummary,
    detail_of,
    duplicate_candidates_query,
    summary_of,
)
from coachapp.store.local import LocalStore
from coachapp.validation import FieldCheck

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HouseholdMemberInput:
    role: HouseholdRole | str
    first_name: str
    last_name: str
    date_of_birth: date | str | None = None
    relationship: str | None = None
    lives_in_household: bool = True
    ivd_case_number: str | None = None


@dataclass(frozen=True)
class ConsentInput:
    partner_id: str
    scope: ConsentScope | str = ConsentScope.SHARE_AND_REFER
    signed_on: date | str | None = None
    expires_on: date | str | None = None


@dataclass(frozen=True)
class BarrierInput:
    category: BarrierCategory | str
    description: str | None = None
    identified_on: date | str | None = None


@dataclass(frozen=True)
class IntakeInput:
    """Everything the intake wizard collects. ``person`` holds the participant's own fields."""

    person: Mapping[str, Any]
    household: Sequence[HouseholdMemberInput] = ()
    parents_in_unit: int = 1
    federal_childcare: bool = False
    eligibility: eligibility_service.EligibilityInput | None = None
    consents: Sequence[ConsentInput] = ()
    barriers: Sequence[BarrierInput] = ()
    status: ParticipantStatus | str = ParticipantStatus.APPLICANT
    study_group: StudyGroup | str | None = None
    assigned_coach_id: str | None = None
    shared_with_team: bool = False
    extra: Mapping[str, Any] = field(default_factory=dict)


class PossibleDuplicate(Conflict):
    """The person may already be in CoachApp; ``matches`` lists who."""

    def __init__(self, matches: Sequence[ParticipantSummary]) -> None:
        self.matches = tuple(matches)
        noun = "person" if len(matches) == 1 else "people"
        super().__init__(
            f"This may be someone already in CoachApp ({len(matches)} matching {noun}: same name "
            "and date of birth, or the same case number). Open the existing record, or confirm "
            "this is a different person."
        )


def find_possible_duplicates(
    store: LocalStore,
    *,
    first_name: str,
    last_name: str,
    date_of_birth: date | None = None,
    tanf_case_number: str | None = None,
    ivd_case_number: str | None = None,
) -> list[ParticipantSummary]:
    """People already recorded with the same name and birth date, or the same case number."""
    fc = FieldCheck()
    first = fc.text("first_name", first_name, label="First name", max_len=200)
    last = fc.text("last_name", last_name, label="Last name", max_len=200)
    born = fc.date("date_of_birth", date_of_birth, label="Date of birth")
    tanf = fc.text("tanf_case_number", tanf_case_number, label="TANF case number", max_len=200)
    ivd = fc.text("ivd_case_number", ivd_case_number, label="IV-D case number", max_len=200)
    fc.done()
    with store.read() as session:
        return _duplicates(
            session,
            key=name_key(first, last) if first and last else None,
            date_of_birth=born,
            tanf_case_number=tanf.upper() if tanf else None,
            ivd_case_number=ivd.upper() if ivd else None,
        )


def _duplicates(
    session: Session,
    *,
    key: str | None,
    date_of_birth: date | None,
    tanf_case_number: str | None,
    ivd_case_number: str | None,
) -> list[ParticipantSummary]:
    stmt = duplicate_candidates_query(
        key=key,
        date_of_birth=date_of_birth,
        tanf_case_number=tanf_case_number,
        ivd_case_number=ivd_case_number,
    )
    if stmt is None:
        return []
    return [summary_of(p) for p in session.scalars(stmt.limit(20))]


def create_participant(
    store: LocalStore,
    intake: IntakeInput,
    *,
    confirmed_new_person: bool = False,
    today: date | None = None,
) -> ParticipantDetail:
    """Record a new participant with everything gathered at intake, all or nothing.

    Raises ``PossibleDuplicate`` when the person may already be known, unless the coach has
    looked at the matches and ``confirmed_new_person``.
    """
    day = today_or(today)
    fc = FieldCheck()
    person, status, group, parents, members, consents, barriers = _check_fields(fc, intake, day)
    fc.done()
    assert status is not None and parents is not None

    with store.write() as session, session.no_autoflush:
        # Lookups below must not flush half-built rows: one flush, at commit.
        if not confirmed_new_person:
            matches = _duplicates(
                session,
                key=name_key(person["first_name"], person["last_name"]),
                date_of_birth=person.get("date_of_birth"),
                tanf_case_number=person.get("tanf_case_number"),
                ivd_case_number=person.get("ivd_case_number"),
            )
            if matches:
                raise PossibleDuplicate(matches)
        if person.get("recruitment_site_id"):
            reference(
                session,
                Site,
                person["recruitment_site_id"],
                field="recruitment_site_id",
                what="site",
            )
        actor = store.actor
        coach_id = intake.assigned_coach_id or (actor.coach_id if actor else None)
        team_id = None
        if coach_id is not None:
            coach = reference(session, Coach, coach_id, field="assigned_coach_id", what="coach")
            team_id = coach.team_id

        participant = Participant(
            **person,
            name_key=name_key(person["first_name"], person["last_name"]),
            status=status,
            applied_on=day if status is not ParticipantStatus.LEAD else None,
            enrolled_on=day if status is ParticipantStatus.ENROLLED else None,
            study_group=(group or StudyGroup.NOT_IN_STUDY)
            if status is ParticipantStatus.ENROLLED
            else group,
            assigned_coach_id=coach_id,
            team_id=team_id,
            shared_with_team=bool(intake.shared_with_team),
        )
        session.add(participant)
        household_row = Household(
            participant_id=participant.id,
            parents_in_unit=parents,
            federal_childcare=bool(intake.federal_childcare),
        )
        session.add(household_row)
        member_rows = [
            HouseholdMember(participant_id=participant.id, household_id=household_row.id, **m)
            for m in members
        ]
        session.add_all(member_rows)
        for i, c in enumerate(consents):
            reference(
                session, Partner, c["partner_id"], field=f"consents.{i}.partner_id", what="partner"
            )
        consent_rows = [Consent(participant_id=participant.id, **c) for c in consents]
        session.add_all(consent_rows)
        session.add_all(Barrier(participant_id=participant.id, **b) for b in barriers)
        assessment = None
        if intake.eligibility is not None:
            try:
                assessment = eligibility_service.add_assessment(
                    session, participant, intake.eligibility, today=day
                )
            except ValidationError as exc:
                raise ValidationError(
                    {f"eligibility.{k}": v for k, v in exc.fields.items()}, exc.message
                ) from None
        participant_id = participant.id
        session.flush()
        # Answer from the rows just written: no second read of what we already hold.
        detail = detail_of(
            participant,
            household=household_row,
            members=member_rows,
            latest=assessment,
            consents=consent_rows,
            barriers=[b["restricted"] for b in barriers],
            unsynced=True,
        )
    log.info(
        "intake saved participant=%s household=%d consents=%d barriers=%d",
        participant_id,
        len(members),
        len(consents),
        len(barriers),
    )
    return detail


def field_errors(
    intake: IntakeInput,
    *,
    today: date | None = None,
    guidelines: poverty.GuidelineTable | None = None,
) -> dict[str, str]:
    """What ``create_participant`` would refuse in the form's fields, without the database.

    Pure and quick, so the intake form checks a page as the coach leaves it; with
    ``guidelines`` the eligibility figures are checked too. Field names are the same ones
    ``create_participant``'s ``ValidationError`` uses.
    """
    day = today_or(today)
    fc = FieldCheck()
    _check_fields(fc, intake, day)
    errors = dict(fc.errors)
    if intake.eligibility is not None and guidelines is not None:
        try:
            eligibility_service.estimate_with(guidelines, intake.eligibility, today=day)
        except ValidationError as exc:
            errors.update({f"eligibility.{k}": v for k, v in exc.fields.items()})
    return errors


_Checked = tuple[
    dict[str, Any],
    ParticipantStatus | None,
    StudyGroup | None,
    int | None,
    list[dict[str, Any]],
    list[dict[str, Any]],
    list[dict[str, Any]],
]


def _check_fields(fc: FieldCheck, intake: IntakeInput, day: date) -> _Checked:
    intake = expect(intake, IntakeInput, field="intake", what="intake form")
    household = expect_all(
        intake.household, HouseholdMemberInput, field="household", what="household list"
    )
    consents_in = expect_all(intake.consents, ConsentInput, field="consents", what="consent list")
    barriers_in = expect_all(intake.barriers, BarrierInput, field="barriers", what="barrier list")
    person = check_person_fields(fc, intake.person, today=day, partial=False)
    status = fc.choice("status", intake.status, ParticipantStatus, label="Status")
    group = fc.choice(
        "study_group", intake.study_group, StudyGroup, label="Study group", required=False
    )
    parents = fc.whole(
        "parents_in_unit",
        intake.parents_in_unit,
        label="Parents in the household",
        minimum=0,
        maximum=4,
    )
    members = [_check_member(fc, i, m, day) for i, m in enumerate(household)]
    consents = [_check_consent(fc, i, c, day) for i, c in enumerate(consents_in)]
    barriers = [_check_barrier(fc, i, b, day) for i, b in enumerate(barriers_in)]
    if status is ParticipantStatus.EXITED:
        fc.fail("status", "A new participant cannot start as exited.")
    return person, status, group, parents, members, consents, barriers


def _check_member(fc: FieldCheck, i: int, m: HouseholdMemberInput, day: date) -> dict[str, Any]:
    prefix = f"household.{i}."
    return {
        "role": fc.choice(prefix + "role", m.role, HouseholdRole, label="Role in the family"),
        "first_name": fc.required_text(prefix + "first_name", m.first_name, label="First name"),
        "last_name": fc.required_text(prefix + "last_name", m.last_name, label="Last name"),
        "date_of_birth": fc.birth_date(
            prefix + "date_of_birth", m.date_of_birth, today=day, required=False
        ),
        "relationship": fc.text(
            prefix + "relationship", m.relationship, label="Relationship", max_len=60
        ),
        "lives_in_household": bool(m.lives_in_household),
        "ivd_case_number": fc.case_number(
            prefix + "ivd_case_number", m.ivd_case_number, label="Child support (IV-D) case number"
        ),
    }


def _check_consent(fc: FieldCheck, i: int, c: ConsentInput, day: date) -> dict[str, Any]:
    prefix = f"consents.{i}."
    signed = fc.date(
        prefix + "signed_on", c.signed_on or day, label="Signed on", required=True, not_after=day
    )
    expires = fc.date(prefix + "expires_on", c.expires_on, label="Expires on")
    if signed and expires and expires < signed:
        fc.fail(prefix + "expires_on", "A consent cannot expire before it was signed.")
    if not c.partner_id:
        fc.fail(prefix + "partner_id", "Choose the agency this consent is for.")
    return {
        "partner_id": c.partner_id,
        "scope": fc.choice(prefix + "scope", c.scope, ConsentScope, label="What it allows"),
        "signed_on": signed,
        "expires_on": expires,
    }


def _check_barrier(fc: FieldCheck, i: int, b: BarrierInput, day: date) -> dict[str, Any]:
    prefix = f"barriers.{i}."
    category = fc.choice(prefix + "category", b.category, BarrierCategory, label="Barrier")
    return {
        "category": category,
        "restricted": category in RESTRICTED_BARRIERS,
        "description": fc.text(
            prefix + "description", b.description, label="Description", max_len=2000, multiline=True
        ),
        "identified_on": fc.date(
            prefix + "identified_on", b.identified_on or day, label="Identified on", not_after=day
        ),
    }
