"""Support services spend by funding source and by type, and duplicate warnings overridden."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, or_, select, true
from sqlalchemy.orm import Session, aliased

from coachapp.models import FundingSource, Participant, ServiceType, SupportService
from coachapp.models.enums import FundingKind, ServiceStatus
from coachapp.services.reports.figures import Split
from coachapp.services.reports.period import ReportFilter
from coachapp.services.reports.sql import count_if, sum_if


@dataclass(frozen=True)
class Spend:
    """Paid and approved-but-not-yet-paid supports (requested, denied, cancelled: none)."""

    services: int
    paid_cents: int
    approved_cents: int

    @property
    def total_cents(self) -> int:
        return self.paid_cents + self.approved_cents


@dataclass(frozen=True)
class SpendLine:
    """Spend for one funding source or one service type."""

    id: str
    name: str
    kind: str  # the FundingKind or ServiceCategory value
    spend: Split[Spend]


@dataclass(frozen=True)
class SupportSpending:
    by_funding_source: tuple[SpendLine, ...]  # biggest total first
    by_service_type: tuple[SpendLine, ...]
    total: Split[Spend]
    #: Services recorded although the coach was warned another funder already paid.
    duplicates_overridden: Split[int]
    #: … of which one side of the pair was paid by DHS/TANF.
    duplicates_overridden_with_dhs: Split[int]


def support_spending(session: Session, f: ReportFilter) -> SupportSpending:
    """Supports whose service period starts in the reporting period, for the filters.

    One GROUP BY over (funding source, service type); the few groups are added up here by
    source, by type and in total.
    """
    f = ReportFilter.given(f)
    funders = _names(session, (FundingSource.id, FundingSource.name, FundingSource.kind))
    types = _names(session, (ServiceType.id, ServiceType.name, ServiceType.category))
    dhs = sorted(key for key, (_, kind) in funders.items() if kind == FundingKind.TANF_DHS)
    groups = _groups(session, f, dhs)
    return SupportSpending(
        by_funding_source=_lines(groups, funders, lambda g: g.funder),
        by_service_type=_lines(groups, types, lambda g: g.service_type),
        total=Split(
            all=_total([g.spend.all for g in groups]),
            tanf=_total([g.spend.tanf for g in groups]),
        ),
        duplicates_overridden=Split(
            all=sum(g.duplicates.all for g in groups), tanf=sum(g.duplicates.tanf for g in groups)
        ),
        duplicates_overridden_with_dhs=Split(
            all=sum(g.duplicates_with_dhs.all for g in groups),
            tanf=sum(g.duplicates_with_dhs.tanf for g in groups),
        ),
    )


@dataclass(frozen=True)
class _Group:
    funder: str
    service_type: str
    spend: Split[Spend]
    duplicates: Split[int]  # recorded although warned of a duplicate
    #: … where this service or the one it duplicates is paid by DHS/TANF.
    duplicates_with_dhs: Split[int]


def _groups(session: Session, f: ReportFilter, dhs: list[str]) -> list[_Group]:
    s, p = SupportService, Participant
    earlier = aliased(SupportService)
    paid = s.status == ServiceStatus.PAID
    approved = s.status == ServiceStatus.APPROVED
    duplicate = s.duplicate_of_id.is_not(None)
    with_dhs = and_(
        duplicate, or_(s.funding_source_id.in_(dhs), earlier.funding_source_id.in_(dhs))
    )
    keys = (s.funding_source_id, s.service_type_id)
    columns: list[Any] = list(keys)
    for group in (true(), p.tanf_recipient.is_(True)):
        columns += [
            count_if(and_(group, or_(paid, approved))),
            sum_if(and_(group, paid), s.amount_cents),
            sum_if(and_(group, approved), s.amount_cents),
            count_if(and_(group, duplicate)),
            count_if(and_(group, with_dhs)),
        ]
    query = (
        select(*columns)
        .join(p, p.id == s.participant_id)
        .outerjoin(earlier, earlier.id == s.duplicate_of_id)
        .where(
            *f.participant_conditions(),
            s.deleted.is_(False),
            s.period_start.between(f.period_start, f.period_end),
            or_(paid, approved, duplicate),
        )
        .group_by(*keys)
    )
    return [
        _Group(
            funder=r[0],
            service_type=r[1],
            spend=Split(
                all=Spend(int(r[2]), int(r[3]), int(r[4])),
                tanf=Spend(int(r[7]), int(r[8]), int(r[9])),
            ),
            duplicates=Split(all=int(r[5]), tanf=int(r[10])),
            duplicates_with_dhs=Split(all=int(r[6]), tanf=int(r[11])),
        )
        for r in session.execute(query)
    ]


def _lines(
    groups: list[_Group],
    names: dict[str, tuple[str, str]],
    key: Callable[[_Group], str],
) -> tuple[SpendLine, ...]:
    keys = sorted({key(g) for g in groups})
    lines = []
    for k in keys:
        mine = [g for g in groups if key(g) == k]
        name, kind = names.get(k, ("Unknown", "other"))
        spend = Split(
            all=_total([g.spend.all for g in mine]), tanf=_total([g.spend.tanf for g in mine])
        )
        if spend.all.services:
            lines.append(SpendLine(id=k, name=name, kind=kind, spend=spend))
    return tuple(sorted(lines, key=lambda line: (-line.spend.all.total_cents, line.name)))


def _total(spends: list[Spend]) -> Spend:
    return Spend(
        services=sum(x.services for x in spends),
        paid_cents=sum(x.paid_cents for x in spends),
        approved_cents=sum(x.approved_cents for x in spends),
    )


def _names(session: Session, reference: tuple[Any, Any, Any]) -> dict[str, tuple[str, str]]:
    """Every id's name and kind (funding kind or service category): ``reference`` names the
    id, name and kind columns of a small reference table.
    """
    return {row[0]: (row[1], str(row[2])) for row in session.execute(select(*reference))}
