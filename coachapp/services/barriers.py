"""Barriers between a participant and training or work, and their resolution.

Disability, substance use, mental health and domestic violence barriers are restricted:
they are flagged as such, and every listing that shows one is recorded in the audit trail
(a screen records its opening once; re-reading while it stays open is covered by that).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from coachapp.errors import Conflict, ValidationError
from coachapp.models import Barrier, Participant
from coachapp.models.enums import RESTRICTED_BARRIERS, AuditAction, BarrierCategory
from coachapp.services.common import live, today_or
from coachapp.store import changes
from coachapp.store.local import LocalStore
from coachapp.validation import FieldCheck


@dataclass(frozen=True)
class BarrierView:
    id: str
    participant_id: str
    category: BarrierCategory
    restricted: bool
    description: str | None
    identified_on: date
    resolved_on: date | None

    @property
    def active(self) -> bool:
        return self.resolved_on is None


def barrier_view(b: Barrier) -> BarrierView:
    return BarrierView(
        id=b.id,
        participant_id=b.participant_id,
        category=BarrierCategory(b.category),
        restricted=b.restricted,
        description=b.description,
        identified_on=b.identified_on,
        resolved_on=b.resolved_on,
    )


def add_barrier(
    store: LocalStore,
    *,
    participant_id: str,
    category: BarrierCategory | str,
    description: str | None = None,
    identified_on: date | str | None = None,
    today: date | None = None,
) -> BarrierView:
    """Record a barrier. Whether it is restricted follows from its category, not a choice."""
    day = today_or(today)
    fc = FieldCheck()
    kind = fc.choice("category", category, BarrierCategory, label="Barrier")
    about = fc.text("description", description, label="Description", max_len=2000, multiline=True)
    found = fc.date(
        "identified_on", identified_on or day, label="Identified on", required=True, not_after=day
    )
    fc.done()
    assert kind is not None and found is not None
    with store.write() as session:
        participant = live(session, Participant, participant_id, what="participant")
        barrier = Barrier(
            participant_id=participant.id,
            category=kind,
            restricted=kind in RESTRICTED_BARRIERS,
            description=about,
            identified_on=found,
        )
        session.add(barrier)
        return barrier_view(barrier)


def resolve_barrier(
    store: LocalStore, barrier_id: str, *, on: date | str | None = None, today: date | None = None
) -> BarrierView:
    """Mark a barrier resolved (today unless another day is given)."""
    day = today_or(today)
    fc = FieldCheck()
    resolved = fc.date("on", on or day, label="Resolved on", required=True, not_after=day)
    fc.done()
    assert resolved is not None
    with store.write() as session:
        barrier = live(session, Barrier, barrier_id, what="barrier")
        if barrier.resolved_on is not None:
            raise Conflict("This barrier is already marked resolved.")
        if resolved < barrier.identified_on:
            raise ValidationError({"on": "A barrier cannot be resolved before it was identified."})
        barrier.resolved_on = resolved
        return barrier_view(barrier)


def list_barriers(store: LocalStore, participant_id: str) -> list[BarrierView]:
    """All the participant's barriers, open ones first; restricted ones marked and audited."""
    barriers = _read_barriers(store, participant_id)
    shown = sum(1 for b in barriers if b.restricted)
    if shown:
        # Recorded before anything restricted is handed back; the event names no category.
        _record_view(store, participant_id, f"{shown} restricted")
    return barriers


#: The audit detail of a coach opening the restricted barriers of a participant.
OPENED = "opened"


def open_restricted(store: LocalStore, participant_id: str) -> list[BarrierView]:
    """A coach opens the participant's barriers, restricted ones included.

    Opening is recorded in the participant's history whether or not a restricted barrier is
    on file (the coach was told it would be), once, before anything is handed back.
    """
    with store.read() as session:
        live(session, Participant, participant_id, what="participant")
    _record_view(store, participant_id, OPENED)
    return _read_barriers(store, participant_id)


def reread_opened(store: LocalStore, participant_id: str) -> list[BarrierView]:
    """The barriers again, for a screen that recorded its opening with ``open_restricted`` and
    is still open (it refreshes after a change or a sync). Not recorded again: the opening
    already says this coach is looking at the restricted part of the record. A screen shown
    anew calls ``open_restricted`` again."""
    return _read_barriers(store, participant_id)


def _read_barriers(store: LocalStore, participant_id: str) -> list[BarrierView]:
    with store.read() as session:
        participant = live(session, Participant, participant_id, what="participant")
        rows = session.scalars(
            select(Barrier)
            .where(Barrier.participant_id == participant.id, Barrier.deleted.is_(False))
            .order_by(Barrier.resolved_on.is_not(None), Barrier.identified_on.desc(), Barrier.id)
        ).all()
        return [barrier_view(b) for b in rows]


def _record_view(store: LocalStore, participant_id: str, detail: str) -> None:
    with store.write() as session:
        changes.record_audit(
            session,
            action=AuditAction.VIEW_RESTRICTED,
            table_name=Barrier.__tablename__,
            record_id=participant_id,
            participant_id=participant_id,
            detail=detail,
        )
