"""Duplicate-service detection: is another funder already paying for the same support?

HPOG career coaches and DHS family coaches may both pay for childcare, transport or car
repair. A new service that has the same type as an active one, overlaps its period and is
paid by a different funding source is probably a duplicate; the coach is warned and may
still record it with a reason.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

#: Statuses of an existing service that mean nobody is paying for it.
INACTIVE_STATUSES = frozenset({"denied", "cancelled"})


@dataclass(frozen=True)
class ServicePeriod:
    id: str
    service_type_id: str
    funding_source_id: str
    period_start: date
    period_end: date
    status: str


def overlaps(a_start: date, a_end: date, b_start: date, b_end: date) -> bool:
    """Closed intervals [a_start, a_end] and [b_start, b_end] share at least one day."""
    return a_start <= b_end and b_start <= a_end


def likely_duplicates(new: ServicePeriod, existing: Iterable[ServicePeriod]) -> list[ServicePeriod]:
    """Existing active services of the same type, overlapping, paid by someone else."""
    return sorted(
        (
            old
            for old in existing
            if old.id != new.id
            and old.status not in INACTIVE_STATUSES
            and old.service_type_id == new.service_type_id
            and old.funding_source_id != new.funding_source_id
            and overlaps(new.period_start, new.period_end, old.period_start, old.period_end)
        ),
        key=lambda s: (s.period_start, s.id),
    )
