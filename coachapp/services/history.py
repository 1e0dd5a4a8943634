"""A participant's history: who did what to their records, and when, from the audit trail.

The audit trail names fields, never their values, so nothing here can leak what a restricted
record says; records that are restricted are marked so the screen can say so plainly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachapp.models import AuditEvent, Barrier, CaseNote, Coach, Participant
from coachapp.models.enums import AuditAction
from coachapp.services.barriers import OPENED
from coachapp.services.common import live, row_count
from coachapp.store.local import LocalStore

#: The newest events shown; a participant's whole history rarely comes near it.
DEFAULT_LIMIT = 500


@dataclass(frozen=True)
class HistoryEntry:
    id: str
    occurred_at: datetime
    action: AuditAction
    #: The kind of record, by its table: "participants", "case_notes", "barriers"…
    record_kind: str
    record_id: str
    #: Names of the fields changed (updates only); never their values.
    fields: tuple[str, ...]
    actor_id: str | None
    actor_name: str | None
    #: The record is confidential (a restricted note or barrier), or this was a view of one.
    restricted: bool
    #: For views of restricted records: how many were shown, when the trail says so.
    viewed_count: int | None
    #: For views: the coach opened the restricted part of the page on purpose.
    opened: bool


def participant_history(
    store: LocalStore, participant_id: str, *, limit: int = DEFAULT_LIMIT
) -> list[HistoryEntry]:
    """What happened to the participant and their records, newest first."""
    limit = row_count(limit)
    with store.read() as session:
        participant = live(session, Participant, participant_id, what="participant")
        events = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.participant_id == participant.id, AuditEvent.deleted.is_(False))
            .order_by(AuditEvent.occurred_at.desc(), AuditEvent.id.desc())
            .limit(max(1, limit))
        ).all()
        actor_ids = {e.actor_id for e in events if e.actor_id}
        names: dict[str, str] = {}
        if actor_ids:
            rows = session.execute(
                select(Coach.id, Coach.display_name).where(Coach.id.in_(actor_ids))
            )
            names = {coach_id: name for coach_id, name in rows}
        restricted_ids = _restricted_records(session, participant.id)
        return [_entry(e, names.get(e.actor_id or ""), restricted_ids) for e in events]


def _restricted_records(session: Session, participant_id: str) -> set[str]:
    ids: set[str] = set()
    for model in (Barrier, CaseNote):
        ids.update(
            session.scalars(
                select(model.id).where(
                    model.participant_id == participant_id, model.restricted.is_(True)
                )
            )
        )
    return ids


def _entry(e: AuditEvent, actor_name: str | None, restricted_ids: set[str]) -> HistoryEntry:
    action = AuditAction(e.action)
    detail = e.detail or ""
    viewed: int | None = None
    opened = False
    fields: tuple[str, ...] = ()
    if action is AuditAction.VIEW_RESTRICTED:
        opened = detail == OPENED
        number = detail.split(" ", 1)[0]
        viewed = int(number) if number.isdigit() else None
    elif action is AuditAction.UPDATE and detail:
        fields = tuple(name for name in detail.split(",") if name)
    return HistoryEntry(
        id=e.id,
        occurred_at=e.occurred_at,
        action=action,
        record_kind=e.table_name,
        record_id=e.record_id,
        fields=fields,
        actor_id=e.actor_id,
        actor_name=actor_name,
        restricted=action is AuditAction.VIEW_RESTRICTED or e.record_id in restricted_ids,
        viewed_count=viewed,
        opened=opened,
    )
