"""Possible duplicates the server flagged, side by side, for the "same person?" dialog.

Read-only: merging and setting a pair apart are decisions the server makes (the desktop app
calls ``SyncEngine.merge_duplicate`` / ``reject_duplicate``), then the result is pulled.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coachapp.models import (
    CaseNote,
    Consent,
    DuplicateReason,
    DuplicateStatus,
    Participant,
    PossibleDuplicate,
    Referral,
    SupportService,
    SyncedMixin,
)
from coachapp.services.participants import ParticipantSummary, summary_of
from coachapp.store.local import LocalStore


@dataclass(frozen=True)
class DuplicateSide:
    """One of the two records, as far as this laptop knows it."""

    participant_id: str
    #: None when the record is in a caseload this coach cannot see (or was removed).
    summary: ParticipantSummary | None
    services: int = 0
    referrals: int = 0
    notes: int = 0
    consents: int = 0


@dataclass(frozen=True)
class DuplicatePairView:
    id: str
    reason: DuplicateReason
    status: DuplicateStatus
    first: DuplicateSide
    second: DuplicateSide
    flagged_at: datetime
    decided_by: str | None
    decided_at: datetime | None
    survivor_id: str | None

    @property
    def can_decide_here(self) -> bool:
        """Both records are on this laptop (the server requires seeing both to decide)."""
        return (
            self.status == DuplicateStatus.OPEN
            and self.first.summary is not None
            and self.second.summary is not None
        )


def list_possible_duplicates(
    store: LocalStore, *, open_only: bool = True
) -> list[DuplicatePairView]:
    """The pairs pulled from the server, oldest first; open ones only unless asked."""
    with store.read() as session:
        stmt = select(PossibleDuplicate).where(PossibleDuplicate.deleted.is_(False))
        if open_only:
            stmt = stmt.where(PossibleDuplicate.status == DuplicateStatus.OPEN)
        pairs = session.scalars(
            stmt.order_by(PossibleDuplicate.created_at, PossibleDuplicate.id)
        ).all()
        ids = {pid for p in pairs for pid in (p.participant_a_id, p.participant_b_id)}
        people = _people(session, ids)
        counts = {
            model: _counts(session, model, ids)
            for model in (SupportService, Referral, CaseNote, Consent)
        }

        def side(participant_id: str) -> DuplicateSide:
            person = people.get(participant_id)
            return DuplicateSide(
                participant_id=participant_id,
                summary=summary_of(person) if person is not None else None,
                services=counts[SupportService].get(participant_id, 0),
                referrals=counts[Referral].get(participant_id, 0),
                notes=counts[CaseNote].get(participant_id, 0),
                consents=counts[Consent].get(participant_id, 0),
            )

        return [
            DuplicatePairView(
                id=p.id,
                reason=DuplicateReason(p.reason),
                status=DuplicateStatus(p.status),
                first=side(p.participant_a_id),
                second=side(p.participant_b_id),
                flagged_at=p.created_at,
                decided_by=p.decided_by,
                decided_at=p.decided_at,
                survivor_id=p.survivor_id,
            )
            for p in pairs
        ]


def _people(session: Session, ids: set[str]) -> dict[str, Participant]:
    if not ids:
        return {}
    found = session.scalars(
        select(Participant).where(Participant.id.in_(sorted(ids)), Participant.deleted.is_(False))
    )
    return {p.id: p for p in found}


def _counts(
    session: Session, model: type[SyncedMixin], ids: Sequence[str] | set[str]
) -> dict[str, int]:
    if not ids:
        return {}
    owner = model.participant_id  # type: ignore[attr-defined]
    rows = session.execute(
        select(owner, func.count())
        .where(owner.in_(sorted(ids)), model.deleted.is_(False))
        .group_by(owner)
    ).all()
    return {pid: int(n) for pid, n in rows}
