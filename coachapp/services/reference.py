"""Reference data as the forms need it: DHS branches, partners, service types, funders…

Reference rows come from the server (pulled, never pushed); ``save_pulled_reference`` is how
they land, and is also how demo data and tests stand in for a first pull.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from coachapp.models import (
    Coach,
    Course,
    FundingSource,
    Partner,
    ServiceType,
    Site,
    SyncedMixin,
    Team,
)
from coachapp.models.enums import FundingKind, ReferralProgram, ServiceCategory, SiteKind
from coachapp.services.common import expect_all
from coachapp.store.local import LocalStore
from coachapp.validation import FieldCheck


@dataclass(frozen=True)
class Choice:
    """One entry of a pick list: its id and what the coach reads."""

    id: str
    label: str


@dataclass(frozen=True)
class SiteChoice(Choice):
    kind: SiteKind
    adopted_by_team_id: str | None


@dataclass(frozen=True)
class PartnerChoice(Choice):
    program: ReferralProgram
    requires_consent: bool


@dataclass(frozen=True)
class ServiceTypeChoice(Choice):
    category: ServiceCategory


@dataclass(frozen=True)
class FundingChoice(Choice):
    kind: FundingKind


@dataclass(frozen=True)
class CourseChoice(Choice):
    provider: str
    occupation: str
    is_healthcare: bool
    credential_name: str | None


def sites(store: LocalStore) -> list[SiteChoice]:
    with store.read() as s:
        rows = s.scalars(select(Site).where(Site.deleted.is_(False), Site.active.is_(True)))
        return sorted(
            (SiteChoice(r.id, r.name, SiteKind(r.kind), r.adopted_by_team_id) for r in rows),
            key=lambda c: c.label,
        )


def partners(store: LocalStore, *, program: ReferralProgram | None = None) -> list[PartnerChoice]:
    fc = FieldCheck()
    program = fc.choice("program", program, ReferralProgram, label="Program", required=False)
    fc.done()
    with store.read() as s:
        stmt = select(Partner).where(Partner.deleted.is_(False), Partner.active.is_(True))
        if program is not None:
            stmt = stmt.where(Partner.program == program)
        return sorted(
            (
                PartnerChoice(r.id, r.name, ReferralProgram(r.program), r.requires_consent)
                for r in s.scalars(stmt)
            ),
            key=lambda c: c.label,
        )


def service_types(store: LocalStore) -> list[ServiceTypeChoice]:
    with store.read() as s:
        rows = s.scalars(
            select(ServiceType).where(ServiceType.deleted.is_(False), ServiceType.active.is_(True))
        )
        return sorted(
            (ServiceTypeChoice(r.id, r.name, ServiceCategory(r.category)) for r in rows),
            key=lambda c: c.label,
        )


def funding_sources(store: LocalStore) -> list[FundingChoice]:
    with store.read() as s:
        rows = s.scalars(
            select(FundingSource).where(
                FundingSource.deleted.is_(False), FundingSource.active.is_(True)
            )
        )
        return sorted(
            (FundingChoice(r.id, r.name, FundingKind(r.kind)) for r in rows), key=lambda c: c.label
        )


def courses(store: LocalStore) -> list[CourseChoice]:
    with store.read() as s:
        rows = s.scalars(select(Course).where(Course.deleted.is_(False), Course.active.is_(True)))
        return sorted(
            (
                CourseChoice(
                    r.id, r.name, r.provider, r.occupation, r.is_healthcare, r.credential_name
                )
                for r in rows
            ),
            key=lambda c: c.label,
        )


def coaches(store: LocalStore) -> list[Choice]:
    with store.read() as s:
        rows = s.scalars(select(Coach).where(Coach.deleted.is_(False), Coach.active.is_(True)))
        return sorted((Choice(r.id, r.display_name) for r in rows), key=lambda c: c.label)


def teams(store: LocalStore) -> list[Choice]:
    with store.read() as s:
        rows = s.scalars(select(Team).where(Team.deleted.is_(False)))
        return sorted((Choice(r.id, r.name) for r in rows), key=lambda c: c.label)


def save_pulled_reference(store: LocalStore, rows: Iterable[SyncedMixin]) -> int:
    """Store reference rows as the server sent them: not audited, not queued for push."""
    count = 0
    given = expect_all(rows, SyncedMixin, field="rows", what="reference data from the server")
    with store.write(remote=True) as session:
        for row in given:
            session.merge(row)
            count += 1
    return count
