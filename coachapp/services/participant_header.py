"""What the top of a participant's page says at a glance: who, where they stand, whose they
are, which agencies they consented to, and whether anything about them is not synced yet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coachapp.models import AuditEvent, Coach, Conflict, Consent, Participant, Partner
from coachapp.models.enums import CoachRole, ConflictStatus, ParticipantStatus, StudyGroup
from coachapp.services.common import live, today_or
from coachapp.services.unsynced import has_unsynced_changes
from coachapp.store.local import LocalStore
from coachapp.store.outbox import SyncProblem

#: Roles that see restricted notes and barriers of participants they are not assigned to.
_SEES_ALL_RESTRICTED = frozenset({CoachRole.SUPERVISOR, CoachRole.ADMIN})


@dataclass(frozen=True)
class ParticipantHeader:
    id: str
    first_name: str
    last_name: str
    preferred_name: str | None
    status: ParticipantStatus
    applied_on: date | None
    enrolled_on: date | None
    exited_on: date | None
    study_group: StudyGroup | None
    tanf_recipient: bool
    tanf_case_number: str | None
    ivd_case_number: str | None
    assigned_coach_id: str | None
    assigned_coach_name: str | None
    #: Names of the agencies with a consent in force today, in alphabetical order.
    consented_agencies: tuple[str, ...]
    #: Any change to this person or their records (notes, services…) waiting to be pushed.
    unsynced_changes: bool
    #: Fields of their records changed differently on two laptops, waiting for a person.
    open_conflicts: int
    #: Changes the server refused, kept until someone looks at them.
    sync_problems: int
    #: Whether the signed-in coach may see restricted notes (assigned coach or supervisor).
    may_see_restricted: bool

    @property
    def display_name(self) -> str:
        return f"{self.preferred_name or self.first_name} {self.last_name}"

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


def participant_header(
    store: LocalStore, participant_id: str, *, today: date | None = None
) -> ParticipantHeader:
    day = today_or(today)
    with store.read() as session:
        p = live(session, Participant, participant_id, what="participant")
        coach = session.get(Coach, p.assigned_coach_id) if p.assigned_coach_id else None
        agencies = session.scalars(
            select(Partner.name)
            .join(Consent, Consent.partner_id == Partner.id)
            .where(
                Consent.participant_id == p.id,
                Consent.deleted.is_(False),
                Consent.signed_on <= day,
                Consent.revoked_on.is_(None),
                Consent.expires_on.is_(None) | (Consent.expires_on >= day),
            )
            .distinct()
            .order_by(Partner.name)
        ).all()
        conflicts = session.scalar(
            select(func.count())
            .select_from(Conflict)
            .where(
                Conflict.participant_id == p.id,
                Conflict.deleted.is_(False),
                Conflict.status == ConflictStatus.OPEN,
            )
        )
        return ParticipantHeader(
            id=p.id,
            first_name=p.first_name,
            last_name=p.last_name,
            preferred_name=p.preferred_name,
            status=ParticipantStatus(p.status),
            applied_on=p.applied_on,
            enrolled_on=p.enrolled_on,
            exited_on=p.exited_on,
            study_group=StudyGroup(p.study_group) if p.study_group else None,
            tanf_recipient=p.tanf_recipient,
            tanf_case_number=p.tanf_case_number,
            ivd_case_number=p.ivd_case_number,
            assigned_coach_id=p.assigned_coach_id,
            assigned_coach_name=coach.display_name if coach is not None else None,
            consented_agencies=tuple(agencies),
            unsynced_changes=has_unsynced_changes(session, p.id),
            open_conflicts=int(conflicts or 0),
            sync_problems=_sync_problems(session, p.id),
            may_see_restricted=may_see_restricted(session, store, p),
        )


def _sync_problems(session: Session, participant_id: str) -> int:
    rows = select(AuditEvent.record_id).where(AuditEvent.participant_id == participant_id)
    count = session.scalar(
        select(func.count())
        .select_from(SyncProblem)
        .where((SyncProblem.row_id == participant_id) | SyncProblem.row_id.in_(rows))
    )
    return int(count or 0)


def may_see_restricted(session: Session, store: LocalStore, participant: Participant) -> bool:
    """The assigned coach, supervisors and administrators see restricted notes."""
    actor = store.actor
    if actor is None:
        return False
    if participant.assigned_coach_id == actor.coach_id:
        return True
    me = session.get(Coach, actor.coach_id)
    return me is not None and CoachRole(me.role) in _SEES_ALL_RESTRICTED
