"""A demo program's reference data: one org, two teams, DHS branches, partners, funders.

Clearly fictional (Franklin County, "Demo" in names) but shaped like a real HPOG program.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from sqlalchemy import select

from coachapp.ids import uuid7
from coachapp.models import (
    Coach,
    Course,
    EnrollmentGoal,
    FundingSource,
    Partner,
    ServiceType,
    Site,
    SyncedMixin,
    Team,
)
from coachapp.models.enums import (
    CoachRole,
    FundingKind,
    ReferralProgram,
    ServiceCategory,
    SiteKind,
)
from coachapp.store.local import LocalStore

M = TypeVar("M", bound=SyncedMixin)


@dataclass
class DemoProgram:
    """Ids of the demo reference rows, so generators and tests can point at them."""

    org_id: str
    teams: list[Team] = field(default_factory=list)
    coaches: list[Coach] = field(default_factory=list)
    sites: list[Site] = field(default_factory=list)
    partners: list[Partner] = field(default_factory=list)
    courses: list[Course] = field(default_factory=list)
    service_types: list[ServiceType] = field(default_factory=list)
    funding_sources: list[FundingSource] = field(default_factory=list)
    goals: list[EnrollmentGoal] = field(default_factory=list)

    def rows(self) -> list[SyncedMixin]:
        return [
            *self.teams,
            *self.coaches,
            *self.sites,
            *self.partners,
            *self.courses,
            *self.service_types,
            *self.funding_sources,
            *self.goals,
        ]

    def partner(self, program: ReferralProgram) -> Partner:
        return next(p for p in self.partners if p.program == program)

    def service_type(self, category: ServiceCategory) -> ServiceType:
        return next(t for t in self.service_types if t.category == category)

    def funding(self, kind: FundingKind) -> FundingSource:
        return next(f for f in self.funding_sources if f.kind == kind)


def demo_program(org_id: str | None = None, *, coach_id: str | None = None) -> DemoProgram:
    """Build (not save) the demo reference rows. ``coach_id`` names the demo coach's id."""
    org = org_id or uuid7()
    prog = DemoProgram(org_id=org)

    def add(row: SyncedMixin) -> None:
        row.org_id = org
        row.rev = 0

    north = Team(name="North Team", code="NORTH")
    south = Team(name="South Team", code="SOUTH")
    prog.teams = [north, south]
    prog.coaches = [
        Coach(
            id=coach_id or uuid7(),
            username="demo.coach",
            display_name="Dana Demo (coach)",
            role=CoachRole.COACH,
            team_id=north.id,
            active=True,
        ),
        Coach(
            username="sam.supervisor",
            display_name="Sam Supervisor",
            role=CoachRole.SUPERVISOR,
            team_id=north.id,
            active=True,
        ),
        Coach(
            username="lee.coach",
            display_name="Lee Coach",
            role=CoachRole.COACH,
            team_id=south.id,
            active=True,
        ),
    ]
    prog.sites = [
        Site(
            name="Franklin DHS - Eastside Branch",
            code="FR-EAST",
            kind=SiteKind.DHS_BRANCH,
            county="Franklin",
            adopted_by_team_id=north.id,
            active=True,
        ),
        Site(
            name="Franklin DHS - Westgate Branch",
            code="FR-WEST",
            kind=SiteKind.DHS_BRANCH,
            county="Franklin",
            adopted_by_team_id=north.id,
            active=True,
        ),
        Site(
            name="Madison County TANF Office",
            code="MAD-TANF",
            kind=SiteKind.TANF_OFFICE,
            county="Madison",
            adopted_by_team_id=south.id,
            active=True,
        ),
        Site(
            name="Pickaway DHS - Circleville Branch",
            code="PK-CIRC",
            kind=SiteKind.DHS_BRANCH,
            county="Pickaway",
            adopted_by_team_id=south.id,
            active=True,
        ),
        Site(
            name="Columbus State Health Careers Center",
            code="CSHCC",
            kind=SiteKind.TRAINING_PROVIDER,
            county="Franklin",
            active=True,
        ),
    ]
    prog.partners = [
        Partner(
            name="Franklin County Child Support Enforcement (IV-D)",
            program=ReferralProgram.CHILD_SUPPORT,
            requires_consent=True,
            active=True,
        ),
        Partner(
            name="Family Stability Prevention Services",
            program=ReferralProgram.CHILD_WELFARE_PREVENTION,
            requires_consent=True,
            active=True,
        ),
        Partner(
            name="OhioMeansJobs Center (WIOA)",
            program=ReferralProgram.EMPLOYMENT,
            requires_consent=False,
            active=True,
        ),
        Partner(
            name="Northside Behavioral Health",
            program=ReferralProgram.BEHAVIORAL_HEALTH,
            requires_consent=True,
            active=True,
        ),
        Partner(
            name="Safe Harbor Domestic Violence Services",
            program=ReferralProgram.DOMESTIC_VIOLENCE,
            requires_consent=True,
            active=True,
        ),
        Partner(
            name="Community Housing Network",
            program=ReferralProgram.HOUSING,
            requires_consent=True,
            active=True,
        ),
    ]
    prog.courses = [
        Course(
            name="Certified Nursing Assistant (CNA)",
            provider="Columbus State CC",
            occupation="Nursing assistant",
            is_healthcare=True,
            length_weeks=8,
            credential_name="State Tested Nurse Aide (STNA)",
            active=True,
        ),
        Course(
            name="Phlebotomy Technician",
            provider="Columbus State CC",
            occupation="Phlebotomist",
            is_healthcare=True,
            length_weeks=12,
            credential_name="Certified Phlebotomy Technician (CPT)",
            active=True,
        ),
        Course(
            name="Medical Assistant",
            provider="Eastland Career Center",
            occupation="Medical assistant",
            is_healthcare=True,
            length_weeks=36,
            credential_name="Certified Clinical Medical Assistant (CCMA)",
            active=True,
        ),
        Course(
            name="Licensed Practical Nurse (LPN)",
            provider="Eastland Career Center",
            occupation="Licensed practical nurse",
            is_healthcare=True,
            length_weeks=52,
            credential_name="NCLEX-PN license",
            active=True,
        ),
        Course(
            name="Pharmacy Technician",
            provider="Columbus State CC",
            occupation="Pharmacy technician",
            is_healthcare=True,
            length_weeks=16,
            credential_name="Certified Pharmacy Technician (CPhT)",
            active=True,
        ),
    ]
    prog.service_types = [
        ServiceType(code=cat.value, name=name, category=cat, active=True)
        for cat, name in (
            (ServiceCategory.CHILDCARE, "Childcare"),
            (ServiceCategory.TRANSPORTATION, "Transportation (bus pass, gas card)"),
            (ServiceCategory.CAR_REPAIR, "Car repair"),
            (ServiceCategory.TUITION, "Tuition and fees"),
            (ServiceCategory.BOOKS_AND_SUPPLIES, "Books, uniforms and supplies"),
            (ServiceCategory.HOUSING, "Rent or housing assistance"),
            (ServiceCategory.UTILITIES, "Utilities"),
            (ServiceCategory.CASH, "Emergency cash assistance"),
        )
    ]
    prog.funding_sources = [
        FundingSource(code="HPOG", name="HPOG grant", kind=FundingKind.HPOG, active=True),
        FundingSource(
            code="DHS-TANF",
            name="DHS / TANF supportive services",
            kind=FundingKind.TANF_DHS,
            active=True,
        ),
        FundingSource(code="WIOA", name="WIOA (OhioMeansJobs)", kind=FundingKind.WIOA, active=True),
    ]
    year = date.today().year
    prog.goals = [
        EnrollmentGoal(
            team_id=north.id,
            period_start=date(year, 1, 1),
            period_end=date(year, 12, 31),
            target=120,
        ),
        EnrollmentGoal(
            team_id=south.id,
            period_start=date(year, 1, 1),
            period_end=date(year, 12, 31),
            target=90,
        ),
    ]
    for row in prog.rows():
        add(row)
    return prog


def program_in_store(store: LocalStore) -> DemoProgram:
    """The program's reference rows as a laptop pulled them (detached copies), so demo
    families can be generated against the ids a server really holds."""
    with store.read() as session:

        def rows(model: type[M]) -> list[M]:
            found = list(
                session.scalars(select(model).where(model.deleted.is_(False)).order_by(model.id))
            )
            for row in found:
                session.expunge(row)
            return found

        coaches = rows(Coach)
        org_id = coaches[0].org_id if coaches else ""
        return DemoProgram(
            org_id=org_id,
            teams=rows(Team),
            coaches=coaches,
            sites=rows(Site),
            partners=rows(Partner),
            courses=rows(Course),
            service_types=rows(ServiceType),
            funding_sources=rows(FundingSource),
            goals=rows(EnrollmentGoal),
        )
