"""Putting the server's rows into the laptop's store without trampling local work.

A row with local changes still waiting in the outbox is *rebased*: it takes the server's
values for every field except those the coach changed here, which go out on the next push
with their original base values, so the server can still merge or flag a conflict.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from coachapp.models import (
    PARTICIPANT_OWNED_MODELS,
    SYNCED_MODELS,
    Conflict,
    Lead,
    Participant,
    SyncedMixin,
    Task,
)
from coachapp.models.wire import from_wire
from coachapp.store import search
from coachapp.store.outbox import OutboxEntry

#: Children removed with their participant when the participant leaves this laptop's scope.
_CHILD_MODELS: tuple[type[SyncedMixin], ...] = (*PARTICIPANT_OWNED_MODELS, Task, Conflict)


class UnknownTable(ValueError):
    """The server sent a table this release does not know (a newer server)."""


def pending_fields(
    session: Session, keys: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], set[str]]:
    """For rows with unpushed local changes: the names of the fields changed here.

    A pending delete is reported as the field ``deleted``.
    """
    wanted = list(keys)
    found: dict[tuple[str, str], set[str]] = {}
    if not wanted:
        return found
    ids = {row_id for _table, row_id in wanted}
    tables = {table for table, _row_id in wanted}
    for start in range(0, len(ids), 500):
        chunk = list(ids)[start : start + 500]
        entries = session.execute(
            select(
                OutboxEntry.table_name, OutboxEntry.row_id, OutboxEntry.op, OutboxEntry.fields
            ).where(OutboxEntry.row_id.in_(chunk), OutboxEntry.table_name.in_(tables))
        ).all()
        for table, row_id, op, fields in entries:
            names = found.setdefault((table, row_id), set())
            names.update(fields or {})
            if op == "delete":
                names.add("deleted")
    return found


def apply_rows(
    session: Session,
    rows: Sequence[tuple[str, dict[str, Any]]],
    *,
    pending: dict[tuple[str, str], set[str]] | None = None,
) -> int:
    """Upsert server rows ``(table, row)`` into the local store; returns how many."""
    if pending is None:
        pending = pending_fields(session, ((t, r["id"]) for t, r in rows))
    by_table: dict[str, list[dict[str, Any]]] = {}
    for table, row in rows:
        if table not in SYNCED_MODELS:
            raise UnknownTable(table)
        by_table.setdefault(table, []).append(row)
    existing: dict[tuple[str, str], SyncedMixin] = {}
    for table, table_rows in by_table.items():
        model = SYNCED_MODELS[table]
        ids = [r["id"] for r in table_rows]
        for start in range(0, len(ids), 500):
            for obj in session.scalars(select(model).where(model.id.in_(ids[start : start + 500]))):
                existing[(table, obj.id)] = obj
    for table, row in rows:
        model = SYNCED_MODELS[table]
        columns = model.__table__.columns  # type: ignore[attr-defined]
        keep = pending.get((table, row["id"]), set())
        found = existing.get((table, row["id"]))
        if found is None:
            obj = model(id=row["id"])
            existing[(table, row["id"])] = obj
            session.add(obj)
        else:
            obj = found
        for name, value in row.items():
            if name in keep or name not in columns or name == "id":
                continue
            setattr(obj, name, from_wire(columns[name], value))
    session.flush()
    return len(rows)


def remove_participants(session: Session, participant_ids: Sequence[str]) -> int:
    """Delete participants who left this laptop's scope, and everything of theirs.

    Audit events stay: they hold ids only and are the laptop's own history. Unpushed local
    changes to these records are dropped with them — the server no longer lets this coach
    write there — and said so in the sync report.
    """
    if not participant_ids:
        return 0
    ids = list(participant_ids)
    conn = session.connection()
    for model in _CHILD_MODELS:
        table = model.__table__  # type: ignore[attr-defined]
        doomed = select(table.c.id).where(table.c.participant_id.in_(ids))
        session.execute(delete(OutboxEntry).where(OutboxEntry.row_id.in_(doomed)))
        session.execute(delete(table).where(table.c.participant_id.in_(ids)))
    # A lead converted into this participant stays, unlinked.
    session.execute(update(Lead).where(Lead.participant_id.in_(ids)).values(participant_id=None))
    session.execute(delete(OutboxEntry).where(OutboxEntry.row_id.in_(ids)))
    count = session.scalar(
        select(func.count()).select_from(Participant).where(Participant.id.in_(ids))
    )
    session.execute(delete(Participant).where(Participant.id.in_(ids)))
    for participant_id in ids:
        search.remove(conn, participant_id)
    return int(count or 0)
