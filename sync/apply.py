"""Putting the server's rows into the laptop's store without trampling local work.

A row with local changes still waiting in the outbox is *rebased*: it takes the server's
values for every field except those the coach changed here, which go out on the next push
with their original base values, so the server can still merge or flag a conflict.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Column, Table, delete, func, or_, select, update
from sqlalchemy.engine import Connection, Dialect
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
    UTCDateTime,
)
from coachapp.models.wire import from_wire, to_wire
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
    if not wanted or session.scalar(select(OutboxEntry.seq).limit(1)) is None:
        return found  # nothing waits to go (a first pull, or a laptop just synced)
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
    """Upsert server rows ``(table, row)`` into the local store; returns how many.

    In bulk, past the ORM (a pulled page is up to 2,000 rows): per table, one query finds
    which rows are here already, then one INSERT executed for all the new ones and one
    UPDATE for all the others (``executemany``). A row with unpushed local changes keeps
    the fields changed here (it is rebased). The search index follows the participants
    written. Rows are the server's canonical values and not checked again; the row given
    last for an id wins.
    """
    by_table: dict[str, dict[str, dict[str, Any]]] = {}
    for table, row in rows:
        if table not in SYNCED_MODELS:
            raise UnknownTable(table)
        by_table.setdefault(table, {})[row["id"]] = row
    if pending is None:
        pending = pending_fields(
            session, ((table, row_id) for table, ids in by_table.items() for row_id in ids)
        )
    # What the ORM holds goes first; what it loaded of these rows is read again afterwards.
    session.flush()
    conn = session.connection()
    for table, table_rows in by_table.items():
        _write_table(conn, table, table_rows, pending)
    _expire_loaded(session, by_table)
    written = by_table.get(Participant.__tablename__)
    if written:
        search.reindex(conn, list(written))
    return len(rows)


def _write_table(
    conn: Connection,
    table_name: str,
    rows: dict[str, dict[str, Any]],
    pending: dict[tuple[str, str], set[str]],
) -> None:
    plan = _plan(table_name, conn.dialect)
    ids = list(rows)
    # The rows here already, as stored: only the columns whose values differ are written
    # (a push's answer usually differs in its revision alone), so SQLite leaves the indexes
    # of unchanged columns alone.
    here: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = tuple(ids[start : start + _CHUNK])
        for found in conn.exec_driver_sql(plan.select_rows(len(chunk)), chunk):
            here[found[0]] = dict(zip(plan.columns, found[1:], strict=True))
    inserts: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    updates: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    for row_id, row in rows.items():
        layout = plan.layout(tuple(row))
        values = layout.values(row)
        stored = here.get(row_id)
        if stored is None:
            inserts.setdefault(layout.names, []).append((row_id, *values))
            continue
        # Rebased: the fields changed here stay as they are.
        keep = pending.get((table_name, row_id), ())
        changed = [
            (name, value)
            for name, value in zip(layout.names, values, strict=True)
            if name not in keep and stored[name] != value
        ]
        if changed:
            names, new = zip(*changed, strict=True)
            updates.setdefault(names, []).append((*new, row_id))
    for names, params in inserts.items():
        conn.exec_driver_sql(plan.insert(names), params)
    for names, params in updates.items():
        conn.exec_driver_sql(plan.update(names), params)


_CHUNK = 500


@dataclass(frozen=True)
class _Layout:
    """Where a row's values go, for one shape of row (the server sends one per table)."""

    names: tuple[str, ...]  # the table's columns present in the row, id excepted
    getter: Callable[[dict[str, Any]], Any]
    #: (position, conversion) for the values the driver does not store as sent (timestamps).
    convert: tuple[tuple[int, Callable[[Any], Any]], ...]

    def values(self, row: dict[str, Any]) -> tuple[Any, ...]:
        got = self.getter(row)
        found = got if len(self.names) > 1 else (got,)
        if not self.convert:
            return tuple(found)
        values = list(found)
        for position, convert in self.convert:
            values[position] = convert(values[position])
        return tuple(values)


@dataclass
class _Plan:
    """How to write a table's rows with the driver directly (a page is up to 2,000 rows:
    SQLAlchemy's per-row parameter processing would be most of the time). Only on the laptop's
    SQLite store, whose storage of each column type is matched value for value."""

    table: str  # quoted
    quoted: dict[str, str]
    #: Every column the laptop writes but ``id``; those needing a conversion have one.
    columns: dict[str, Callable[[Any], Any] | None]
    layouts: dict[tuple[str, ...], _Layout] = field(default_factory=dict)

    def layout(self, keys: tuple[str, ...]) -> _Layout:
        found = self.layouts.get(keys)
        if found is None:
            names = tuple(k for k in keys if k in self.columns)
            convert = tuple(
                (i, fn) for i, name in enumerate(names) if (fn := self.columns[name]) is not None
            )
            getter = operator.itemgetter(*names) if names else (lambda _row: ())
            found = self.layouts[keys] = _Layout(names, getter, convert)
        return found

    # Names come from the table's own columns, never from the wire.

    def select_rows(self, count: int) -> str:
        """The rows of ``count`` ids: id, then every column of ``columns`` in its order."""
        names = ", ".join(self.quoted[name] for name in ("id", *self.columns))
        marks = ", ".join("?" * count)
        return f"SELECT {names} FROM {self.table} WHERE id IN ({marks})"  # noqa: S608

    def insert(self, names: tuple[str, ...]) -> str:
        columns = ", ".join(self.quoted[name] for name in ("id", *names))
        marks = ", ".join("?" * (len(names) + 1))
        return f"INSERT INTO {self.table} ({columns}) VALUES ({marks})"  # noqa: S608

    def update(self, names: tuple[str, ...]) -> str:
        assignments = ", ".join(f"{self.quoted[name]} = ?" for name in names)
        return f"UPDATE {self.table} SET {assignments} WHERE id = ?"  # noqa: S608


_PLANS: dict[str, _Plan] = {}


def _plan(table_name: str, dialect: Dialect) -> _Plan:
    if dialect.name != "sqlite":  # pragma: no cover - the laptop's store is SQLCipher
        raise RuntimeError(f"pulled rows are written to the laptop's store, not {dialect.name}")
    found = _PLANS.get(table_name)
    if found is None:
        table: Table = SYNCED_MODELS[table_name].__table__  # type: ignore[attr-defined]
        quote = dialect.identifier_preparer.quote
        found = _PLANS[table_name] = _Plan(
            table=quote(table.name),
            quoted={column.name: quote(column.name) for column in table.columns},
            columns={
                column.name: _sqlite_conversion(column, dialect)
                for column in table.columns
                if column.name != "id"
            },
        )
    return found


def _sqlite_conversion(column: Column[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """Wire value → what SQLAlchemy would store on SQLite, or None when that is the value as
    sent: text, numbers (a REAL column makes a float of an int), booleans (stored as 0/1),
    enums (by value), dates (``YYYY-MM-DD`` either way). Timestamps become SQLAlchemy's
    ``YYYY-MM-DD HH:MM:SS.ffffff`` in UTC. Not validated again like ``from_wire``: these
    are the server's canonical values, and the store's own constraints still hold."""
    if not isinstance(column.type, UTCDateTime):
        return None
    store = column.type.dialect_impl(dialect).bind_processor(dialect)
    assert store is not None

    def timestamp(value: Any) -> str | None:
        if value is None:
            return None
        # The server's form (``datetime.isoformat`` of a UTC time), taken apart as text.
        if value[10:11] == "T" and value[-6:] == "+00:00":
            if len(value) == 32 and value[19] == ".":
                return f"{value[:10]} {value[11:26]}"
            if len(value) == 25:
                return f"{value[:10]} {value[11:19]}.000000"
        parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is None:
            raise ValueError("timestamp must carry a time zone")
        stored: str = store(parsed)
        return stored

    return timestamp


def _expire_loaded(session: Session, written: dict[str, dict[str, dict[str, Any]]]) -> None:
    """Objects the session loaded for rows just written past it read them afresh next time."""
    for obj in list(session.identity_map.values()):
        table = getattr(obj, "__tablename__", None)
        if table in written and getattr(obj, "id", None) in written[table]:
            session.expire(obj)


#: Columns the server sets itself on every write: never a sign of someone else's change.
_STAMPS = frozenset({"rev", "created_at", "updated_at", "updated_by"})


def rebase_queued(
    session: Session, answered: Sequence[tuple[str, dict[str, Any]]]
) -> dict[tuple[str, str], set[str]]:
    """Changes queued for a row while a push of that row was out were made on the values that
    push sent; when the server's answer is exactly what they were made on (nobody else's
    change came back with it), they are based on the answer's revision from now on.

    The server judges a delete by revision alone: without this, a record removed while its
    own push was out (an answer lost, or the coach working during a sync) would meet the
    revision that push made and become a conflict with the coach's own change — the record
    staying, not deleted. When the answer differs in any field from what the queued changes
    saw (this laptop's values, and each changed field's recorded base), they keep their
    revision, and the server merges them or keeps both sides as before.
    Call before the answer is applied. Returns ``pending_fields`` of the answered rows (read
    with the same query), for ``apply_rows``.
    """
    latest = {(table, str(row["id"])): row for table, row in answered}
    conn = session.connection()
    # Through the driver: after every answer of a big push, and usually nothing is queued.
    if not latest or conn.exec_driver_sql(_ANY_QUEUED).first() is None:
        return {}
    ids = sorted({row_id for _table, row_id in latest})
    found: list[int] = []
    for start in range(0, len(ids), 500):
        chunk = tuple(ids[start : start + 500])
        found.extend(
            seq
            for seq, table_name, row_id in conn.exec_driver_sql(_queued_for(len(chunk)), chunk)
            if (table_name, row_id) in latest
        )
    queued: dict[tuple[str, str], list[Any]] = {}
    for start in range(0, len(found), 500):
        for entry in session.execute(
            select(
                OutboxEntry.seq,
                OutboxEntry.table_name,
                OutboxEntry.row_id,
                OutboxEntry.op,
                OutboxEntry.fields,
                OutboxEntry.base,
                OutboxEntry.base_rev,
            )
            .where(OutboxEntry.seq.in_(found[start : start + 500]))
            .order_by(OutboxEntry.seq)
        ):
            queued.setdefault((entry.table_name, entry.row_id), []).append(entry)
    pending: dict[tuple[str, str], set[str]] = {}
    for key, entries in queued.items():
        names = pending.setdefault(key, set())
        for entry in entries:
            names.update(entry.fields or {})
            if entry.op == "delete":
                names.add("deleted")
    for (table_name, row_id), entries in queued.items():
        answer = latest[(table_name, row_id)]
        table = SYNCED_MODELS[table_name].__table__  # type: ignore[attr-defined]
        local = session.execute(select(table).where(table.c.id == row_id)).mappings().first()
        if local is None or not isinstance(answer.get("rev"), int):
            continue
        seen = _seen_by(entries, dict(local))
        if seen is None or any(answer.get(name) != value for name, value in seen.items()):
            continue  # someone else's change came back too: it was not seen here
        seqs = [entry.seq for entry in entries]
        session.execute(
            update(OutboxEntry).where(OutboxEntry.seq.in_(seqs)).values(base_rev=answer["rev"])
        )
    return pending


_ANY_QUEUED = f"SELECT 1 FROM {OutboxEntry.__tablename__} LIMIT 1"  # noqa: S608


@functools.cache
def _queued_for(count: int) -> str:
    """Outbox keys of entries for ``count`` row ids (the driver's ``?`` parameters)."""
    marks = ",".join("?" * count)
    return (
        f"SELECT seq, table_name, row_id FROM {OutboxEntry.__tablename__}"  # noqa: S608
        f" WHERE row_id IN ({marks})"
    )


def _seen_by(entries: Sequence[Any], local: Mapping[str, Any]) -> dict[str, Any] | None:
    """The row as the queued changes saw it (wire form, server stamps aside), or None when
    that cannot be told: a change made before this laptop last heard of the row, or a field
    changed without its base recorded."""
    if any(entry.base_rev != local["rev"] for entry in entries):
        return None
    seen = {name: to_wire(value) for name, value in local.items() if name not in _STAMPS}
    started: dict[str, Any] = {}
    for entry in entries:
        if entry.op == "delete":
            started.setdefault("deleted", False)  # only a live record can be removed
            continue
        base = entry.base or {}
        for name in entry.fields or {}:
            if name not in base:
                return None
            started.setdefault(name, base[name])
    seen.update(started)
    return seen


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
