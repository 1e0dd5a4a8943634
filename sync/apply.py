"""Putting the server's rows into the laptop's store without trampling local work.

A row with local changes still waiting in the outbox is *rebased*: it takes the server's
values for every field except those the coach changed here, which go out on the next push
with their original base values, so the server can still merge or flag a conflict.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from coachapp.models import (
    PARTICIPANT_OWNED_MODELS,
    SYNCED_MODELS,
    Conflict,
    DuplicateStatus,
    Lead,
    Participant,
    PossibleDuplicate,
    SyncedMixin,
    Task,
)
from coachapp.models.wire import from_wire
from coachapp.store import search
from coachapp.store.outbox import OutboxEntry

#: Children removed with their participant when the participant leaves this laptop's scope.
_CHILD_MODELS: tuple[type[SyncedMixin], ...] = (*PARTICIPANT_OWNED_MODELS, Task, Conflict)
#: Rows that follow a participant into a merge, as on the server (the audit trail stays).
_MERGED_WITH: tuple[type[SyncedMixin], ...] = (*_CHILD_MODELS, Lead)
_MERGED_TABLES = frozenset(m.__tablename__ for m in _MERGED_WITH)  # type: ignore[attr-defined]


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
    _forget_pairs(session, ids)
    return int(count or 0)


def _forget_pairs(session: Session, removed: Sequence[str]) -> None:
    """Possible-duplicate pairs the laptop can no longer follow: the server sends a pair to
    whoever sees either person, so once neither is here, no later change of it comes."""
    pairs = session.execute(
        select(
            PossibleDuplicate.id,
            PossibleDuplicate.participant_a_id,
            PossibleDuplicate.participant_b_id,
        ).where(
            or_(
                PossibleDuplicate.participant_a_id.in_(removed),
                PossibleDuplicate.participant_b_id.in_(removed),
            )
        )
    ).all()
    others = {b if a in removed else a for _id, a, b in pairs}
    here = set(session.scalars(select(Participant.id).where(Participant.id.in_(others))))
    doomed = [pid for pid, a, b in pairs if (b if a in removed else a) not in here]
    if doomed:
        session.execute(delete(PossibleDuplicate).where(PossibleDuplicate.id.in_(doomed)))


def merged_pairs(rows: Iterable[tuple[str, dict[str, Any]]]) -> dict[str, str]:
    """Merged participant id → survivor id, from pulled possible-duplicate rows."""
    found: dict[str, str] = {}
    for table, row in rows:
        if table != PossibleDuplicate.__tablename__ or row.get("deleted"):
            continue
        survivor = row.get("survivor_id")
        if row.get("status") != DuplicateStatus.MERGED or not isinstance(survivor, str):
            continue
        a, b = row.get("participant_a_id"), row.get("participant_b_id")
        merged = b if survivor == a else a
        if isinstance(merged, str):
            found[merged] = survivor
    return found


def follow_merge(session: Session, merged_id: str, survivor_id: str) -> int:
    """The server merged ``merged_id`` into ``survivor_id``: local work aimed at the merged
    record moves to the survivor, as the server moved its own copy.

    Records of the merged participant are re-pointed (without queuing anything: the server
    did the same); waiting changes are rewritten — a child's ``participant_id`` becomes the
    survivor, and edits of the merged participant become edits of the survivor, merged
    field by field on the server (base revision 0) and shown on the survivor here. A waiting
    delete of the merged record is dropped: it is gone already, and the survivor stays.
    When the survivor is not on this laptop, nothing changes here; the next push is
    redirected (or refused) by the server. Returns how many local rows moved.
    """
    if merged_id == survivor_id or session.get(Participant, survivor_id) is None:
        return 0
    moved = 0
    for model in _MERGED_WITH:
        table = model.__table__  # type: ignore[attr-defined]
        result = session.execute(
            update(table)
            .where(table.c.participant_id == merged_id)
            .values(participant_id=survivor_id)
        )
        moved += max(result.rowcount or 0, 0)  # type: ignore[attr-defined]
    owner = OutboxEntry.fields["participant_id"].as_string()
    entries = session.scalars(
        select(OutboxEntry)
        .where(or_(OutboxEntry.row_id == merged_id, owner == merged_id))
        .order_by(OutboxEntry.seq)
    ).all()
    survivor = session.get(Participant, survivor_id)
    columns = SYNCED_MODELS[Participant.__tablename__].__table__.columns  # type: ignore[attr-defined]
    for entry in entries:
        fields = dict(entry.fields or {})
        if entry.table_name == Participant.__tablename__ and entry.row_id == merged_id:
            if entry.op == "delete":
                session.delete(entry)
                continue
            entry.row_id, entry.base_rev = survivor_id, 0
            for name, value in fields.items():
                if survivor is not None and name in columns and name != "id":
                    setattr(survivor, name, from_wire(columns[name], value))
        elif fields.get("participant_id") == merged_id and entry.table_name in _MERGED_TABLES:
            fields["participant_id"] = survivor_id
            entry.fields = fields
    session.flush()
    return moved


def participant_is_here(session: Session, row: dict[str, Any]) -> bool:
    """Whether the participant a row names is on this laptop (its link would hold)."""
    owner = row.get("participant_id")
    return not isinstance(owner, str) or session.get(Participant, owner) is not None
