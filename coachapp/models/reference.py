"""Reference data: edited on the server by administrators, pulled by every laptop."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from coachapp.models.base import Base, SyncedMixin, enum_type, fk
from coachapp.models.enums import (
    CoachRole,
    FundingKind,
    PovertyRegion,
    ReferralProgram,
    ServiceCategory,
    SiteKind,
)


class Team(SyncedMixin, Base):
    """A program team; teams "adopt" DHS branches and share their participants."""

    __tablename__ = "teams"
    name: Mapped[str] = mapped_column(String(120))
    code: Mapped[str] = mapped_column(String(40))


class Coach(SyncedMixin, Base):
    """A career coach, supervisor or administrator account (the person, not the login)."""

    __tablename__ = "coaches"
    username: Mapped[str] = mapped_column(String(80))
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[CoachRole] = mapped_column(enum_type(CoachRole), default=CoachRole.COACH)
    team_id: Mapped[str | None] = mapped_column(fk("teams.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    __extra_args__ = (Index("ix_coaches_org_username", "org_id", "username"),)


class Site(SyncedMixin, Base):
    """A place coaches work and recruit: a DHS branch, a TANF office, a training provider."""

    __tablename__ = "sites"
    name: Mapped[str] = mapped_column(String(160))
    code: Mapped[str] = mapped_column(String(40))
    kind: Mapped[SiteKind] = mapped_column(enum_type(SiteKind), default=SiteKind.DHS_BRANCH)
    county: Mapped[str | None] = mapped_column(String(80))
    address: Mapped[str | None] = mapped_column(String(240))
    adopted_by_team_id: Mapped[str | None] = mapped_column(fk("teams.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Partner(SyncedMixin, Base):
    """An agency or program participants are referred to."""

    __tablename__ = "partners"
    name: Mapped[str] = mapped_column(String(160))
    program: Mapped[ReferralProgram] = mapped_column(enum_type(ReferralProgram))
    #: Referrals to this partner share personal information, so a signed consent is required.
    requires_consent: Mapped[bool] = mapped_column(Boolean, default=True)
    phone: Mapped[str | None] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Course(SyncedMixin, Base):
    """A health-career training course (CNA, phlebotomy, medical assistant, LPN…)."""

    __tablename__ = "courses"
    name: Mapped[str] = mapped_column(String(160))
    provider: Mapped[str] = mapped_column(String(160))
    occupation: Mapped[str] = mapped_column(String(120))
    is_healthcare: Mapped[bool] = mapped_column(Boolean, default=True)
    length_weeks: Mapped[int | None] = mapped_column(Integer)
    credential_name: Mapped[str | None] = mapped_column(String(160))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ServiceType(SyncedMixin, Base):
    """A kind of support service the program pays for."""

    __tablename__ = "service_types"
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(120))
    category: Mapped[ServiceCategory] = mapped_column(enum_type(ServiceCategory))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class FundingSource(SyncedMixin, Base):
    """Who pays: the HPOG grant, DHS/TANF, WIOA…"""

    __tablename__ = "funding_sources"
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[FundingKind] = mapped_column(enum_type(FundingKind))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class EnrollmentGoal(SyncedMixin, Base):
    """How many enrollments a team (or the whole program) aims for in a period."""

    __tablename__ = "enrollment_goals"
    team_id: Mapped[str | None] = mapped_column(fk("teams.id"))
    site_id: Mapped[str | None] = mapped_column(fk("sites.id"))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    target: Mapped[int] = mapped_column(Integer)


class PovertyGuideline(SyncedMixin, Base):
    """One year's HHS poverty guideline for a region (dollars per year)."""

    __tablename__ = "poverty_guidelines"
    year: Mapped[int] = mapped_column(Integer)
    region: Mapped[PovertyRegion] = mapped_column(enum_type(PovertyRegion))
    base_amount: Mapped[int] = mapped_column(Integer)
    per_extra_person: Mapped[int] = mapped_column(Integer)
    __extra_args__ = (Index("ix_poverty_guidelines_year_region", "year", "region"),)
