"""Participants: finding, reading, updating, status changes and assignment.

Intake (creating a participant with their family) lives in ``intake``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select

from coachapp.errors import ValidationError
from coachapp.models import (
    Barrier,
    Coach,
    Consent,
    EligibilityAssessment,
    Household,
    HouseholdMember,
    Participant,
    Site,
)
from coachapp.models.enums import ExitReason, ParticipantStatus, StudyGroup
from coachapp.rules.person_fields import check_person_fields, name_key
from coachapp.services.common import (
    id_filter,
    live,
    optional_flag,
    reference,
    row_count,
    today_or,
)
from coachapp.services.unsynced import has_unsynced_changes
from coachapp.store import search
from coachapp.store.local import LocalStore
from coachapp.validation import FieldCheck, encodable

# --- what callers get back ------------------------------------------------------------------


@dataclass(frozen=True)
class ParticipantSummary:
    id: str
    first_name: str
    last_name: str
    preferred_name: str | None
    date_of_birth: date | None
    status: ParticipantStatus
    tanf_recipient: bool
    tanf_case_number: str | None
    ivd_case_number: str | None
    assigned_coach_id: str | None
    recruitment_site_id: str | None

    @property
    def display_name(self) -> str:
        first = self.preferred_name or self.first_name
        return f"{first} {self.last_name}"


@dataclass(frozen=True)
class HouseholdMemberView:
    id: str
    role: str
    first_name: str
    last_name: str
    date_of_birth: date | None
    relationship: str | None
    lives_in_household: bool
    ivd_case_number: str | None


@dataclass(frozen=True)
class EligibilityView:
    id: str
    assessed_on: date
    guideline_year: int
    state: str
    household_size: int
    annual_income_cents: int
    percent_of_poverty: float
    threshold_percent: int
    eligible: bool


@dataclass(frozen=True)
class ConsentView:
    id: str
    partner_id: str
    scope: str
    signed_on: date
    expires_on: date | None
    revoked_on: date | None

    def active_on(self, day: date) -> bool:
        return (
            self.signed_on <= day
            and self.revoked_on is None
            and (self.expires_on is None or self.expires_on >= day)
        )


@dataclass(frozen=True)
class ParticipantDetail:
    summary: ParticipantSummary
    middle_name: str | None
    phone: str | None
    email: str | None
    address_line1: str | None
    address_line2: str | None
    city: str | None
    state: str | None
    postal_code: str | None
    preferred_language: str | None
    gender: str | None
    hispanic_latino: bool | None
    race: str | None
    education_level: str | None
    veteran: bool | None
    applied_on: date | None
    enrolled_on: date | None
    exited_on: date | None
    exit_reason: str | None
    study_group: str | None
    team_id: str | None
    shared_with_team: bool
    household_id: str | None
    parents_in_unit: int | None
    federal_childcare: bool
    household: tuple[HouseholdMemberView, ...] = ()
    eligibility: EligibilityView | None = None
    consents: tuple[ConsentView, ...] = ()
    #: Count of barriers; their details (some restricted) come from ``barriers.list_barriers``.
    barrier_count: int = 0
    restricted_barrier_count: int = 0
    has_unsynced_changes: bool = False
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.summary.id


def summary_of(p: Participant) -> ParticipantSummary:
    return ParticipantSummary(
        id=p.id,
        first_name=p.first_name,
        last_name=p.last_name,
        preferred_name=p.preferred_name,
        date_of_birth=p.date_of_birth,
        status=ParticipantStatus(p.status),
        tanf_recipient=p.tanf_recipient,
        tanf_case_number=p.tanf_case_number,
        ivd_case_number=p.ivd_case_number,
        assigned_coach_id=p.assigned_coach_id,
        recruitment_site_id=p.recruitment_site_id,
    )


# --- reading ----------------------------------------------------------------------------------


def get_participant(store: LocalStore, participant_id: str) -> ParticipantDetail:
    with store.read() as session:
        p = live(session, Participant, participant_id, what="participant")
        household = session.scalars(
            select(Household).where(Household.participant_id == p.id, Household.deleted.is_(False))
        ).first()
        members = session.scalars(
            select(HouseholdMember)
            .where(HouseholdMember.participant_id == p.id, HouseholdMember.deleted.is_(False))
            .order_by(HouseholdMember.created_at, HouseholdMember.id)
        ).all()
        latest = session.scalars(
            select(EligibilityAssessment)
            .where(
                EligibilityAssessment.participant_id == p.id,
                EligibilityAssessment.deleted.is_(False),
            )
            .order_by(
                EligibilityAssessment.assessed_on.desc(), EligibilityAssessment.created_at.desc()
            )
        ).first()
        consents = session.scalars(
            select(Consent)
            .where(Consent.participant_id == p.id, Consent.deleted.is_(False))
            .order_by(Consent.signed_on, Consent.id)
        ).all()
        barrier_rows = session.execute(
            select(Barrier.restricted, func.count())
            .where(Barrier.participant_id == p.id, Barrier.deleted.is_(False))
            .group_by(Barrier.restricted)
        ).all()
        return detail_of(
            p,
            household=household,
            members=members,
            latest=latest,
            consents=consents,
            barriers=[bool(r) for r, n in barrier_rows for _ in range(int(n))],
            unsynced=has_unsynced_changes(session, p.id),
        )


def detail_of(
    p: Participant,
    *,
    household: Household | None,
    members: Sequence[HouseholdMember],
    latest: EligibilityAssessment | None,
    consents: Sequence[Consent],
    barriers: Sequence[bool],
    unsynced: bool,
) -> ParticipantDetail:
    """The detail view from rows in hand (``barriers``: each barrier's restricted flag)."""
    return ParticipantDetail(
        summary=summary_of(p),
        middle_name=p.middle_name,
        phone=p.phone,
        email=p.email,
        address_line1=p.address_line1,
        address_line2=p.address_line2,
        city=p.city,
        state=p.state,
        postal_code=p.postal_code,
        preferred_language=p.preferred_language,
        gender=p.gender,
        hispanic_latino=p.hispanic_latino,
        race=p.race,
        education_level=p.education_level,
        veteran=p.veteran,
        applied_on=p.applied_on,
        enrolled_on=p.enrolled_on,
        exited_on=p.exited_on,
        exit_reason=p.exit_reason,
        study_group=p.study_group,
        team_id=p.team_id,
        shared_with_team=p.shared_with_team,
        household_id=household.id if household else None,
        parents_in_unit=household.parents_in_unit if household else None,
        federal_childcare=household.federal_childcare if household else False,
        household=tuple(member_view(m) for m in members),
        eligibility=eligibility_view(latest) if latest else None,
        consents=tuple(consent_view(c) for c in consents),
        barrier_count=len(barriers),
        restricted_barrier_count=sum(1 for restricted in barriers if restricted),
        has_unsynced_changes=unsynced,
    )


def member_view(m: HouseholdMember) -> HouseholdMemberView:
    return HouseholdMemberView(
        id=m.id,
        role=str(m.role),
        first_name=m.first_name,
        last_name=m.last_name,
        date_of_birth=m.date_of_birth,
        relationship=m.relationship,
        lives_in_household=m.lives_in_household,
        ivd_case_number=m.ivd_case_number,
    )


def eligibility_view(e: EligibilityAssessment) -> EligibilityView:
    return EligibilityView(
        id=e.id,
        assessed_on=e.assessed_on,
        guideline_year=e.guideline_year,
        state=e.state,
        household_size=e.household_size,
        annual_income_cents=e.annual_income_cents,
        percent_of_poverty=e.percent_of_poverty,
        threshold_percent=e.threshold_percent,
        eligible=e.eligible,
    )


def consent_view(c: Consent) -> ConsentView:
    return ConsentView(
        id=c.id,
        partner_id=c.partner_id,
        scope=str(c.scope),
        signed_on=c.signed_on,
        expires_on=c.expires_on,
        revoked_on=c.revoked_on,
    )


def find_participants(store: LocalStore, query: str, *, limit: int = 50) -> list[search.SearchHit]:
    """Participants whose name, case number or phone contains ``query`` (as you type)."""
    if not isinstance(query, str) or not encodable(query):
        raise ValidationError({"query": "Type a name, a case number or a phone number."})
    limit = row_count(limit)
    with store.read() as session:
        return search.find(session, query, limit=limit)


def list_participants(
    store: LocalStore,
    *,
    status: ParticipantStatus | None = None,
    site_id: str | None = None,
    study_group: StudyGroup | None = None,
    tanf_recipient: bool | None = None,
    assigned_coach_id: str | None = None,
    offset: int = 0,
    limit: int = 200,
) -> tuple[int, list[ParticipantSummary]]:
    """One page of the caseload, sorted by name, and how many match in all."""
    fc = FieldCheck()
    status = fc.choice("status", status, ParticipantStatus, label="Status", required=False)
    study_group = fc.choice(
        "study_group", study_group, StudyGroup, label="Study group", required=False
    )
    fc.done()
    site_id = id_filter(site_id, field="site_id", what="DHS branch")
    assigned_coach_id = id_filter(assigned_coach_id, field="assigned_coach_id", what="coach")
    tanf_recipient = optional_flag(tanf_recipient, field="tanf_recipient", label="TANF recipient")
    if isinstance(offset, bool) or not isinstance(offset, int) or not 0 <= offset < 2**62:
        raise ValidationError({"offset": "That place in the list is not valid; start again."})
    limit = row_count(limit)
    conditions: list[ColumnElement[bool]] = [Participant.deleted.is_(False)]
    if status is not None:
        conditions.append(Participant.status == status)
    if site_id is not None:
        conditions.append(Participant.recruitment_site_id == site_id)
    if study_group is not None:
        conditions.append(Participant.study_group == study_group)
    if tanf_recipient is not None:
        conditions.append(Participant.tanf_recipient.is_(tanf_recipient))
    if assigned_coach_id is not None:
        conditions.append(Participant.assigned_coach_id == assigned_coach_id)
    with store.read() as session:
        total = session.scalar(select(func.count()).select_from(Participant).where(*conditions))
        rows = session.scalars(
            select(Participant)
            .where(*conditions)
            .order_by(Participant.last_name, Participant.first_name, Participant.id)
            .offset(max(0, offset))
            .limit(max(1, min(limit, 1000)))
        ).all()
        return int(total or 0), [summary_of(p) for p in rows]


# --- changing -----------------------------------------------------------------------------------


def update_participant(
    store: LocalStore, participant_id: str, *, changes: Mapping[str, Any], today: date | None = None
) -> ParticipantDetail:
    """Edit person fields. Only the fields given are checked and changed."""
    fc = FieldCheck()
    cleaned = check_person_fields(fc, changes, today=today_or(today), partial=True)
    fc.done()
    with store.write() as session:
        p = live(session, Participant, participant_id, what="participant")
        if "recruitment_site_id" in cleaned and cleaned["recruitment_site_id"] is not None:
            reference(
                session,
                Site,
                cleaned["recruitment_site_id"],
                field="recruitment_site_id",
                what="site",
            )
        merged_tanf = cleaned.get("tanf_recipient", p.tanf_recipient)
        merged_case = cleaned.get("tanf_case_number", p.tanf_case_number)
        if merged_tanf and not merged_case:
            raise ValidationError(
                {"tanf_case_number": "A TANF recipient needs their TANF case number."}
            )
        for name, value in cleaned.items():
            setattr(p, name, value)
        p.name_key = name_key(p.first_name, p.last_name)
    return get_participant(store, participant_id)


#: Forward moves only; anyone may leave the program (exit) from any earlier stage.
_ALLOWED_MOVES = {
    ParticipantStatus.LEAD: {ParticipantStatus.APPLICANT, ParticipantStatus.EXITED},
    ParticipantStatus.APPLICANT: {ParticipantStatus.ENROLLED, ParticipantStatus.EXITED},
    ParticipantStatus.ENROLLED: {ParticipantStatus.EXITED},
    ParticipantStatus.EXITED: set(),
}


def allowed_moves(current: ParticipantStatus | str) -> list[ParticipantStatus]:
    """The statuses a participant in ``current`` may move to, in program order."""
    allowed = _ALLOWED_MOVES[ParticipantStatus(current)]
    return [s for s in ParticipantStatus if s in allowed]


def change_status(
    store: LocalStore,
    participant_id: str,
    *,
    to: ParticipantStatus | str,
    on: date | None = None,
    exit_reason: ExitReason | str | None = None,
    study_group: StudyGroup | str | None = None,
) -> ParticipantSummary:
    """Move a participant along lead → applicant → enrolled → exited, with the date."""
    fc = FieldCheck()
    target = fc.choice("status", to, ParticipantStatus, label="Status")
    day = fc.date("on", on if on is not None else date.today(), label="Date", required=True)
    reason = fc.choice("exit_reason", exit_reason, ExitReason, label="Exit reason", required=False)
    group = fc.choice("study_group", study_group, StudyGroup, label="Study group", required=False)
    fc.done()
    assert target is not None and day is not None
    with store.write() as session:
        p = live(session, Participant, participant_id, what="participant")
        current = ParticipantStatus(p.status)
        if target not in _ALLOWED_MOVES[current]:
            raise ValidationError(
                {"status": f"A participant who is {current.value} cannot become {target.value}."}
            )
        if target is ParticipantStatus.APPLICANT:
            p.applied_on = day
        elif target is ParticipantStatus.ENROLLED:
            if p.applied_on is not None and day < p.applied_on:
                raise ValidationError({"on": "Enrollment cannot be before the application date."})
            if p.study_group is not None and group is not None and group != p.study_group:
                raise ValidationError(
                    {
                        "study_group": "The study group was set at random assignment; "
                        "it cannot change."
                    }
                )
            p.enrolled_on = day
            p.study_group = p.study_group or group or StudyGroup.NOT_IN_STUDY
        elif target is ParticipantStatus.EXITED:
            if reason is None:
                raise ValidationError({"exit_reason": "Say why the participant is leaving."})
            if p.enrolled_on is not None and day < p.enrolled_on:
                raise ValidationError({"on": "Exit cannot be before the enrollment date."})
            p.exited_on = day
            p.exit_reason = reason
        p.status = target
        return summary_of(p)


def assign(
    store: LocalStore,
    participant_id: str,
    *,
    coach_id: str,
    shared_with_team: bool | None = None,
) -> ParticipantSummary:
    """Give the participant to another coach (and optionally share them with the team)."""
    with store.write() as session:
        p = live(session, Participant, participant_id, what="participant")
        coach = reference(session, Coach, coach_id, field="coach_id", what="coach")
        if not coach.active:
            raise ValidationError({"coach_id": "That coach's account is disabled."})
        p.assigned_coach_id = coach.id
        p.team_id = coach.team_id or p.team_id
        if shared_with_team is not None:
            p.shared_with_team = shared_with_team
        return summary_of(p)


def duplicate_candidates_query(
    *,
    key: str | None,
    date_of_birth: date | None,
    tanf_case_number: str | None,
    ivd_case_number: str | None,
) -> Any:
    """Same name and birth date, or the same TANF or IV-D case number."""
    ors: list[Any] = []
    if key and date_of_birth is not None:
        ors.append((Participant.name_key == key) & (Participant.date_of_birth == date_of_birth))
    if tanf_case_number:
        ors.append(Participant.tanf_case_number == tanf_case_number)
    if ivd_case_number:
        ors.append(Participant.ivd_case_number == ivd_case_number)
    if not ors:
        return None
    return select(Participant).where(Participant.deleted.is_(False), or_(*ors))
