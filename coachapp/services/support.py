"""Support services (childcare, transport, car repair, tuition, housing, cash) without
paying twice for what DHS already pays for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from coachapp.errors import Conflict, ValidationError
from coachapp.ids import is_uuid
from coachapp.models import FundingSource, Participant, ServiceType, SupportService
from coachapp.models.enums import ServiceStatus
from coachapp.rules.duplicate_services import ServicePeriod, likely_duplicates
from coachapp.services.common import expect, id_filter, live, reference, row_count
from coachapp.store.local import LocalStore
from coachapp.validation import FieldCheck


@dataclass(frozen=True)
class ServiceInput:
    participant_id: str
    service_type_id: str
    funding_source_id: str
    amount: str | int | float
    period_start: date | str
    period_end: date | str
    status: ServiceStatus | str = ServiceStatus.REQUESTED
    vendor: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class SupportServiceView:
    id: str
    participant_id: str
    service_type_id: str
    service_type: str
    funding_source_id: str
    funding_source: str
    amount_cents: int
    period_start: date
    period_end: date
    status: ServiceStatus
    vendor: str | None
    notes: str | None
    duplicate_of_id: str | None
    duplicate_reason: str | None

    def describe(self) -> str:
        """One line naming funder, type, period, amount and status (no personal data)."""
        return (
            f"{self.funding_source} pays {self.service_type}, {self.period_start.isoformat()} to "
            f"{self.period_end.isoformat()} (${self.amount_cents / 100:,.2f}, {self.status.value})"
        )


class DuplicateService(Conflict):
    """Another funder already pays for this support in the same period."""

    def __init__(self, existing: Sequence[SupportServiceView]) -> None:
        self.existing = tuple(existing)
        first = self.existing[0]
        more = f" (and {len(self.existing) - 1} more)" if len(self.existing) > 1 else ""
        super().__init__(
            f"This may duplicate a service already on record: {first.describe()}{more}. "
            "To record it anyway, give a reason (for example, DHS covers only part of the cost)."
        )


def _view(session: Session, s: SupportService) -> SupportServiceView:
    service_type = session.get(ServiceType, s.service_type_id)
    funding = session.get(FundingSource, s.funding_source_id)
    return SupportServiceView(
        id=s.id,
        participant_id=s.participant_id,
        service_type_id=s.service_type_id,
        service_type=service_type.name if service_type else "Unknown service",
        funding_source_id=s.funding_source_id,
        funding_source=funding.name if funding else "Unknown funder",
        amount_cents=s.amount_cents,
        period_start=s.period_start,
        period_end=s.period_end,
        status=ServiceStatus(s.status),
        vendor=s.vendor,
        notes=s.notes,
        duplicate_of_id=s.duplicate_of_id,
        duplicate_reason=s.duplicate_reason,
    )


def _check(entry: ServiceInput) -> tuple[int, date, date, ServiceStatus, str | None, str | None]:
    entry = expect(entry, ServiceInput, field="service", what="support service form")
    fc = FieldCheck()
    cents = fc.money_cents("amount", entry.amount, label="Amount")
    start, end = fc.period(
        "period_start", entry.period_start, "period_end", entry.period_end, label="Service period"
    )
    if start and end and (end - start).days > 366:
        fc.fail("period_end", "A service period can be at most one year; record a new one after.")
    status = fc.choice("status", entry.status, ServiceStatus, label="Status")
    vendor = fc.text("vendor", entry.vendor, label="Vendor", max_len=160)
    notes = fc.text("notes", entry.notes, label="Notes", max_len=4000, multiline=True)
    fc.done()
    assert cents is not None and start and end and status
    return cents, start, end, status, vendor, notes


def _duplicates_in(
    session: Session, entry: ServiceInput, start: date, end: date, *, exclude_id: str = ""
) -> list[SupportServiceView]:
    existing = session.scalars(
        select(SupportService).where(
            SupportService.participant_id == entry.participant_id,
            SupportService.service_type_id == entry.service_type_id,
            SupportService.deleted.is_(False),
            SupportService.period_start <= end,
            SupportService.period_end >= start,
        )
    ).all()
    periods = [
        ServicePeriod(
            e.id, e.service_type_id, e.funding_source_id, e.period_start, e.period_end, e.status
        )
        for e in existing
    ]
    new = ServicePeriod(
        exclude_id, entry.service_type_id, entry.funding_source_id, start, end, "requested"
    )
    by_id = {e.id: e for e in existing}
    return [_view(session, by_id[d.id]) for d in likely_duplicates(new, periods)]


def check_duplicate_services(store: LocalStore, entry: ServiceInput) -> list[SupportServiceView]:
    """Services another funder already pays that this one would duplicate (nothing saved)."""
    _cents, start, end, *_ = _check(entry)
    if not all(is_uuid(i) for i in (entry.participant_id, entry.service_type_id)):
        return []  # a participant or service type not on file has nothing to duplicate
    with store.read() as session:
        return _duplicates_in(session, entry, start, end)


def record_support_service(
    store: LocalStore, entry: ServiceInput, *, duplicate_reason: str | None = None
) -> SupportServiceView:
    """Record a support service. A likely duplicate raises ``DuplicateService`` unless the
    coach gives ``duplicate_reason``, which is kept with the record along with what it
    duplicates.
    """
    cents, start, end, status, vendor, notes = _check(entry)
    fc = FieldCheck()
    reason = fc.text(
        "duplicate_reason", duplicate_reason, label="Reason", max_len=1000, multiline=True
    )
    fc.done()
    with store.write() as session:
        live(session, Participant, entry.participant_id, what="participant")
        reference(
            session,
            ServiceType,
            entry.service_type_id,
            field="service_type_id",
            what="service type",
        )
        reference(
            session,
            FundingSource,
            entry.funding_source_id,
            field="funding_source_id",
            what="funding source",
        )
        duplicates = _duplicates_in(session, entry, start, end)
        if duplicates and not reason:
            raise DuplicateService(duplicates)
        service = SupportService(
            participant_id=entry.participant_id,
            service_type_id=entry.service_type_id,
            funding_source_id=entry.funding_source_id,
            amount_cents=cents,
            period_start=start,
            period_end=end,
            status=status,
            vendor=vendor,
            notes=notes,
            duplicate_of_id=duplicates[0].id if duplicates else None,
            duplicate_reason=reason if duplicates else None,
        )
        session.add(service)
        session.flush()
        return _view(session, service)


_MOVES = {
    ServiceStatus.REQUESTED: {
        ServiceStatus.APPROVED,
        ServiceStatus.DENIED,
        ServiceStatus.CANCELLED,
    },
    ServiceStatus.APPROVED: {ServiceStatus.PAID, ServiceStatus.CANCELLED},
    ServiceStatus.PAID: set(),
    ServiceStatus.DENIED: set(),
    ServiceStatus.CANCELLED: set(),
}


def next_service_statuses(status: ServiceStatus | str) -> list[ServiceStatus]:
    """The statuses a service in ``status`` may move to (for a form's choices)."""
    return sorted(_MOVES[ServiceStatus(status)], key=list(ServiceStatus).index)


def set_service_status(
    store: LocalStore, service_id: str, *, status: ServiceStatus | str
) -> SupportServiceView:
    """Requested → approved → paid, or denied/cancelled."""
    fc = FieldCheck()
    target = fc.choice("status", status, ServiceStatus, label="Status")
    fc.done()
    assert target is not None
    with store.write() as session:
        service = live(session, SupportService, service_id, what="support service")
        current = ServiceStatus(service.status)
        if target is current:
            return _view(session, service)
        if target not in _MOVES[current]:
            raise ValidationError(
                {"status": f"A {current.value} service cannot be marked {target.value}."}
            )
        service.status = target
        return _view(session, service)


def list_services(store: LocalStore, participant_id: str) -> list[SupportServiceView]:
    """A participant's support services, newest period first."""
    with store.read() as session:
        live(session, Participant, participant_id, what="participant")
        rows = session.scalars(
            select(SupportService)
            .where(
                SupportService.participant_id == participant_id,
                SupportService.deleted.is_(False),
            )
            .order_by(SupportService.period_start.desc(), SupportService.created_at.desc())
        ).all()
        return [_view(session, r) for r in rows]


@dataclass(frozen=True)
class CaseloadService:
    """A support service in the caseload-wide list, with whose it is."""

    service: SupportServiceView
    participant_name: str


def list_caseload_services(
    store: LocalStore,
    *,
    period_start: date | None = None,
    period_end: date | None = None,
    service_type_id: str | None = None,
    funding_source_id: str | None = None,
    status: ServiceStatus | str | None = None,
    limit: int = 2000,
) -> list[CaseloadService]:
    """Support services across the caseload on this laptop, newest period first.

    A service is in the period when its own period shares a day with
    [``period_start``, ``period_end``]; either end may be left open.
    """
    fc = FieldCheck()
    wanted = fc.choice("status", status, ServiceStatus, label="Status", required=False)
    period_start = fc.date("period_start", period_start, label="Period start")
    period_end = fc.date("period_end", period_end, label="Period end")
    if period_start and period_end and period_end < period_start:
        fc.fail("period_end", "The end of the period must be on or after its start.")
    fc.done()
    service_type_id = id_filter(service_type_id, field="service_type_id", what="service type")
    funding_source_id = id_filter(
        funding_source_id, field="funding_source_id", what="funding source"
    )
    limit = row_count(limit)
    where: list[ColumnElement[bool]] = [
        SupportService.deleted.is_(False),
        Participant.deleted.is_(False),
    ]
    if period_start is not None:
        where.append(SupportService.period_end >= period_start)
    if period_end is not None:
        where.append(SupportService.period_start <= period_end)
    if service_type_id:
        where.append(SupportService.service_type_id == service_type_id)
    if funding_source_id:
        where.append(SupportService.funding_source_id == funding_source_id)
    if wanted is not None:
        where.append(SupportService.status == wanted)
    with store.read() as session:
        rows = session.execute(
            select(SupportService, Participant)
            .join(Participant, Participant.id == SupportService.participant_id)
            .where(*where)
            .order_by(SupportService.period_start.desc(), SupportService.created_at.desc())
            .limit(max(1, min(limit, 10_000)))
        ).all()
        return [
            CaseloadService(_view(session, s), f"{p.preferred_name or p.first_name} {p.last_name}")
            for s, p in rows
        ]
