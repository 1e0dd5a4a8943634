"""Which participants have a change of theirs waiting to be pushed: the one answer the
participants list, the participant header and the participant's detail all give."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachapp.ids import is_uuid
from coachapp.models import AuditEvent, Base, Participant
from coachapp.services.common import expect_all
from coachapp.store.outbox import OutboxEntry


def unsynced_participants(session: Session, participant_ids: Sequence[str]) -> set[str]:
    """Those of ``participant_ids`` whose own row, or any record of theirs (a note, a service,
    a family member…), has changes in the outbox.

    A record is "theirs" through its ``participant_id`` column, so a table added later counts
    without changes here. The audit trail travels through the outbox too, but a coach opening
    a restricted record is not a change of the person's, so it does not count.
    """
    # Only record ids can have changes queued: anything else is simply not among them.
    given = expect_all(participant_ids, object, field="participant_ids", what="list of people")
    wanted = {i for i in given if is_uuid(i)}
    if not wanted:
        return set()
    tables = session.scalars(select(OutboxEntry.table_name).distinct()).all()
    found: set[str] = set()
    for name in tables:
        queued = select(OutboxEntry.row_id).where(OutboxEntry.table_name == name)
        if name == Participant.__tablename__:
            found.update(session.scalars(queued.where(OutboxEntry.row_id.in_(wanted))).all())
            continue
        table = Base.metadata.tables.get(name)
        if table is None or name == AuditEvent.__tablename__ or "participant_id" not in table.c:
            continue
        owner = table.c.participant_id
        found.update(
            session.scalars(
                select(owner).where(table.c.id.in_(queued), owner.in_(wanted)).distinct()
            ).all()
        )
    return found


def has_unsynced_changes(session: Session, participant_id: str) -> bool:
    """Whether this participant, or any record of theirs, has changes waiting to be pushed."""
    return is_uuid(participant_id) and participant_id in unsynced_participants(
        session, [participant_id]
    )
