"""The participant and the family around them: household, eligibility, consents, barriers."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Float, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coachapp.models.base import Base, ParticipantOwnedMixin, SyncedMixin, enum_type, fk
from coachapp.models.enums import (
    BarrierCategory,
    ConsentScope,
    EducationLevel,
    ExitReason,
    Gender,
    HouseholdRole,
    ParticipantStatus,
    StudyGroup,
)


class Participant(SyncedMixin, Base):
    """A person the program serves, from first contact (lead) to exit."""

    __tablename__ = "participants"
    first_name: Mapped[str] = mapped_column(String(100))
    middle_name: Mapped[str | None] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    preferred_name: Mapped[str | None] = mapped_column(String(100))
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    #: Lower-case, accent-free "last first" for the duplicate-person check.
    name_key: Mapped[str] = mapped_column(String(210))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    address_line1: Mapped[str | None] = mapped_column(String(160))
    address_line2: Mapped[str | None] = mapped_column(String(160))
    city: Mapped[str | None] = mapped_column(String(80))
    state: Mapped[str | None] = mapped_column(String(2))
    postal_code: Mapped[str | None] = mapped_column(String(10))
    preferred_language: Mapped[str | None] = mapped_column(String(40))
    gender: Mapped[Gender | None] = mapped_column(enum_type(Gender))
    hispanic_latino: Mapped[bool | None] = mapped_column(Boolean)
    #: HPOG race categories, comma-separated codes (a person may report several).
    race: Mapped[str | None] = mapped_column(String(120))
    education_level: Mapped[EducationLevel | None] = mapped_column(enum_type(EducationLevel))
    veteran: Mapped[bool | None] = mapped_column(Boolean)
    tanf_recipient: Mapped[bool] = mapped_column(Boolean, default=False)
    tanf_case_number: Mapped[str | None] = mapped_column(String(20))
    ivd_case_number: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[ParticipantStatus] = mapped_column(
        enum_type(ParticipantStatus), default=ParticipantStatus.APPLICANT
    )
    applied_on: Mapped[date | None] = mapped_column(Date)
    enrolled_on: Mapped[date | None] = mapped_column(Date)
    exited_on: Mapped[date | None] = mapped_column(Date)
    exit_reason: Mapped[ExitReason | None] = mapped_column(enum_type(ExitReason))
    recruitment_site_id: Mapped[str | None] = mapped_column(fk("sites.id"))
    #: Recorded at enrollment and never changed (random assignment).
    study_group: Mapped[StudyGroup | None] = mapped_column(enum_type(StudyGroup))
    assigned_coach_id: Mapped[str | None] = mapped_column(fk("coaches.id"))
    team_id: Mapped[str | None] = mapped_column(fk("teams.id"))
    #: Shared with the whole team, not only the assigned coach.
    shared_with_team: Mapped[bool] = mapped_column(Boolean, default=False)
    __extra_args__ = (
        Index("ix_participants_name_key_dob", "name_key", "date_of_birth"),
        Index("ix_participants_tanf_case", "tanf_case_number"),
        Index("ix_participants_ivd_case", "ivd_case_number"),
        Index("ix_participants_coach_status", "assigned_coach_id", "status"),
        Index("ix_participants_last_first", "last_name", "first_name"),
        # The laptop's reports read these columns of every participant, or of one by id,
        # from this index instead of the whole rows, also when filtered by coach, team or
        # study group (SQLite only: see 0007 and 0008).
        Index(
            "ix_participants_reports",
            "id",
            "deleted",
            "tanf_recipient",
            "status",
            "enrolled_on",
            "exited_on",
            "applied_on",
            "created_at",
            "recruitment_site_id",
            "assigned_coach_id",
            "team_id",
            "study_group",
        ).ddl_if(dialect="sqlite"),
    )


class Household(ParticipantOwnedMixin, SyncedMixin, Base):
    """The participant's family as a unit: what TANF work rules and eligibility look at."""

    __tablename__ = "households"
    #: Parents (or caretaker relatives) in the TANF assistance unit: 1 = single-parent family.
    parents_in_unit: Mapped[int] = mapped_column(Integer, default=1)
    #: Receives federally funded childcare (raises a two-parent family's TANF hours to 55).
    federal_childcare: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    # Each participant's households in order (the first is the one that counts), with what
    # work participation reads of them (SQLite only: see 0007).
    __extra_args__ = (
        Index(
            "ix_households_reports",
            "participant_id",
            "deleted",
            "created_at",
            "id",
            "parents_in_unit",
            "federal_childcare",
        ).ddl_if(dialect="sqlite"),
    )


class HouseholdMember(ParticipantOwnedMixin, SyncedMixin, Base):
    """Someone in the participant's family, seen whole: CP, NCP, children, relative caregivers."""

    __tablename__ = "household_members"
    household_id: Mapped[str] = mapped_column(fk("households.id"))
    role: Mapped[HouseholdRole] = mapped_column(enum_type(HouseholdRole))
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    relationship: Mapped[str | None] = mapped_column(String(60))
    lives_in_household: Mapped[bool] = mapped_column(Boolean, default=True)
    ivd_case_number: Mapped[str | None] = mapped_column(String(20))
    # Whether a participant has a child under 6 in the home, answered from the index alone
    # (SQLite only: see 0007).
    __extra_args__ = (
        Index(
            "ix_household_members_children",
            "participant_id",
            "role",
            "lives_in_household",
            "deleted",
            "date_of_birth",
        ).ddl_if(dialect="sqlite"),
    )


class EligibilityAssessment(ParticipantOwnedMixin, SyncedMixin, Base):
    """Household income against the HHS poverty guideline on a given day."""

    __tablename__ = "eligibility_assessments"
    assessed_on: Mapped[date] = mapped_column(Date)
    guideline_year: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(2))
    household_size: Mapped[int] = mapped_column(Integer)
    annual_income_cents: Mapped[int] = mapped_column(Integer)
    percent_of_poverty: Mapped[float] = mapped_column(Float)
    threshold_percent: Mapped[int] = mapped_column(Integer)
    eligible: Mapped[bool] = mapped_column(Boolean)


class Consent(ParticipantOwnedMixin, SyncedMixin, Base):
    """A signed release to share information with (or refer to) one partner agency."""

    __tablename__ = "consents"
    partner_id: Mapped[str] = mapped_column(fk("partners.id"))
    scope: Mapped[ConsentScope] = mapped_column(enum_type(ConsentScope))
    signed_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    revoked_on: Mapped[date | None] = mapped_column(Date)


class Barrier(ParticipantOwnedMixin, SyncedMixin, Base):
    """Something standing between the participant and training or work."""

    __tablename__ = "barriers"
    category: Mapped[BarrierCategory] = mapped_column(enum_type(BarrierCategory))
    #: Disability, substance use, mental health and domestic violence are confidential.
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str | None] = mapped_column(Text)
    identified_on: Mapped[date] = mapped_column(Date)
    resolved_on: Mapped[date | None] = mapped_column(Date)
