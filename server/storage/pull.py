"""Pulling: every change after a cursor inside the caller's scope, in revision order.

Pages are cut by revision; a page only ever reaches up to the highest committed revision
read at its start (revisions are taken at commit, see ``revisions``), so nothing committed
later with a smaller number can be skipped. Participants that left the caller's scope come
back as ``removed`` entries so the laptop deletes them and everything of theirs.

A page is read from ``sync_index`` alone: each entry carries who may see its row (so the
viewer's entries are found by index, ``scope.index_branches``) and the row itself as the
wire carries it (``payload``, sent on unparsed). Entries written before payloads were kept
are filled from their tables (``_load``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

import orjson
from sqlalchemy import (
    BigInteger,
    Boolean,
    ColumnElement,
    Date,
    Enum,
    Executable,
    Float,
    Integer,
    String,
    Table,
    any_,
    bindparam,
    func,
    literal_column,
    or_,
    select,
    true,
    type_coerce,
    union,
)
from sqlalchemy.dialects.postgresql.psycopg import dialect as psycopg_dialect
from sqlalchemy.orm import Session

from coachapp.models import SYNCED_MODELS, Participant, UTCDateTime
from coachapp.models.wire import to_wire
from server.storage import bulk, revisions
from server.storage.answers import WireAnswer
from server.storage.scope import CallerCheck, Viewer, could_see, index_branches, participant_visible
from server.storage.tables import ScopeEvent, SyncIndex
from sync.protocol import PullResponse, ReferenceResponse


@dataclass(frozen=True)
class Page(WireAnswer):
    """``changes`` as ``Change`` dicts, ``removed`` as ``Removal`` dicts."""

    _checked = PullResponse
    changes: list[dict[str, Any]]
    removed: list[dict[str, Any]]
    next_cursor: int
    has_more: bool

    def model(self) -> PullResponse:
        return cast(PullResponse, self._model())


@dataclass(frozen=True)
class ReferencePage(WireAnswer):
    """``changes`` as ``Change`` dicts."""

    _checked = ReferenceResponse
    changes: list[dict[str, Any]]
    next_since: int
    has_more: bool

    def model(self) -> ReferenceResponse:
        return cast(ReferenceResponse, self._model())


def pull(
    session: Session,
    viewer: Viewer,
    *,
    cursor: int,
    limit: int,
    own_device_id: str | None = None,
    own_from: int | None = None,
) -> Page:
    """Up to ``limit`` changes after ``cursor`` in ``viewer``'s scope, oldest first.

    With ``own_device_id`` and ``own_from``: rows whose latest revision (at least
    ``own_from``) came from that device's push and was in the push's answer are left out —
    the laptop that pushed them holds them already. It asks so only in a cycle in which it
    took such answers, giving the lowest revision it took; a laptop set up again from nothing
    (even under an old device id) pulls without it and gets everything."""
    top = revisions.current(session)
    return _page(session, viewer, top, cursor, limit, own_device_id, own_from)


def pull_checked(
    session: Session,
    check: CallerCheck[Viewer],
    *,
    cursor: int,
    limit: int,
    own_device_id: str | None = None,
    own_from: int | None = None,
) -> tuple[Viewer, Page]:
    """``pull`` for a caller checked in the same round trip as the watermark; the caller (as
    checked) and the page. A refused caller raises before anything is read."""
    if bulk.is_postgres(session):
        top, [rows] = revisions.current_after(session, [check.statement()])
        viewer = check.caller(session, rows)
    else:
        viewer = check.caller(session)
        top = revisions.current(session)
    return viewer, _page(session, viewer, top, cursor, limit, own_device_id, own_from)


def _page(
    session: Session,
    viewer: Viewer,
    top: int,
    cursor: int,
    limit: int,
    own_device_id: str | None,
    own_from: int | None,
) -> Page:
    leave_out_own = own_device_id is not None and own_from is not None
    query = _index_query(viewer.role, viewer.team_id is not None, leave_out_own, limit + 1)
    params = {
        "org_id": viewer.org_id,
        "coach_id": viewer.coach_id,
        "team_id": viewer.team_id,
        "cursor": cursor,
        "top": top,
        "own_device_id": own_device_id,
        "own_from": own_from,
    }
    entries = session.execute(query, params).all()
    has_more = len(entries) > limit
    entries = entries[:limit]
    next_cursor = entries[-1][0] if has_more else max(top, cursor)
    return Page(
        changes=_changes(session, entries),
        removed=_removals(session, viewer, after=cursor, upto=next_cursor),
        next_cursor=next_cursor,
        has_more=has_more,
    )


@dataclass(frozen=True)
class _BoundViewer:
    """A viewer whose ids are bound parameters: the scope's SQL built once per shape."""

    role: str
    coach_id: Any
    org_id: Any
    team_id: Any


@functools.lru_cache(maxsize=64)
def _index_query(role: str, has_team: bool, leave_out_own: bool, rows: int) -> Executable:
    """The page's index entries: each branch of the viewer's scope is read through its own
    index in revision order, at most ``rows`` of it, and the page is the first ``rows`` of
    their union. Built once per shape (SQLAlchemy would otherwise rebuild and re-key the
    statement on every pull); the values are the parameters ``pull`` passes."""
    viewer = _BoundViewer(
        role=role,
        coach_id=bindparam("coach_id", type_=String),
        org_id=bindparam("org_id", type_=String),
        team_id=bindparam("team_id", type_=String) if has_team else None,
    )
    echoes: ColumnElement[bool] = true()
    if leave_out_own:
        echoes = or_(
            SyncIndex.echo_device_id.is_(None),
            SyncIndex.echo_device_id != bindparam("own_device_id", type_=String),
            SyncIndex.seq < bindparam("own_from", type_=BigInteger),
        )
    branches = [
        select(SyncIndex.seq)
        .where(
            branch,
            SyncIndex.seq > bindparam("cursor", type_=BigInteger),
            SyncIndex.seq <= bindparam("top", type_=BigInteger),
            SyncIndex.table_name.not_in(revisions.REFERENCE_TABLES),
            echoes,
        )
        .order_by(SyncIndex.seq)
        .limit(rows)
        for branch in index_branches(viewer)
    ]
    if len(branches) == 1:
        page = branches[0].subquery()
    else:
        scope = union(*(select(b.subquery()) for b in branches)).subquery()
        page = select(scope.c.seq).order_by(scope.c.seq).limit(rows).subquery()
    # The entries themselves (with the rows they carry) only for the page's revisions.
    return select(*_ENTRY).join(page, page.c.seq == SyncIndex.seq).order_by(SyncIndex.seq)


def pull_reference(session: Session, org_id: str, *, since: int, limit: int) -> ReferencePage:
    top = revisions.current(session)
    entries = session.execute(
        select(*_ENTRY)
        .where(
            SyncIndex.org_id == org_id,
            SyncIndex.seq > since,
            SyncIndex.seq <= top,
            SyncIndex.table_name.in_(revisions.REFERENCE_TABLES),
        )
        .order_by(SyncIndex.seq)
        .limit(limit + 1)
    ).all()
    has_more = len(entries) > limit
    entries = entries[:limit]
    next_since = entries[-1][0] if has_more else max(top, since)
    return ReferencePage(
        changes=_changes(session, entries), next_since=next_since, has_more=has_more
    )


#: What a page reads of each index entry: revision, row, and the row as a pull carries it.
_ENTRY = (
    SyncIndex.seq,
    SyncIndex.table_name,
    SyncIndex.row_id,
    SyncIndex.deleted,
    SyncIndex.payload,
)


def _changes(session: Session, entries: Sequence[Any]) -> list[dict[str, Any]]:
    """``Change`` dicts for index entries (``_ENTRY`` tuples), in their order. An entry's
    ``payload`` goes out as the JSON text it is, never parsed (``orjson.Fragment``); rows
    of entries without one (written before payloads were kept) are read from their tables.
    """
    unread = [(seq, table, row_id) for seq, table, row_id, _, payload in entries if not payload]
    loaded = {(c["table"], c["row_id"]): c for c in _load(session, unread)} if unread else {}
    changes: list[dict[str, Any]] = []
    for seq, table, row_id, deleted, payload in entries:
        if payload:
            changes.append(
                {
                    "table": table,
                    "row_id": row_id,
                    "rev": seq,
                    "deleted": deleted,
                    "row": orjson.Fragment(payload),
                }
            )
        elif (change := loaded.get((table, row_id))) is not None:
            changes.append(change)
    return changes


def _load(session: Session, entries: Sequence[Any]) -> list[dict[str, Any]]:
    """The rows behind index entries as ``Change`` dicts, fetched a table at a time, in
    revision order.

    Plain rows, not ORM objects (a page is up to 2,000 rows and only their wire form is
    needed), encoded column by column as ``coachapp.models.wire.to_wire`` does.
    """
    wanted: dict[str, list[str]] = {}
    for _seq, table, row_id in entries:
        wanted.setdefault(table, []).append(row_id)
    postgres = bulk.is_postgres(session)
    # (reader, that reader's rows) per table and chunk of ids. On PostgreSQL every query goes
    # out in one round trip, through the driver: SQLAlchemy's result handling cost more than
    # the queries for a page of a few hundred rows.
    fetched: list[tuple[_Reader, Sequence[Sequence[Any]]]] = []
    batches: list[tuple[_Reader, list[str]]] = [
        (_reader(table_name, postgres=postgres), ids[start : start + _CHUNK])
        for table_name, ids in wanted.items()
        for start in range(0, len(ids), _CHUNK)
    ]
    if postgres and batches:
        # One text parameter rather than an array element per id: ids are UUIDs, never
        # holding a comma.
        statements: list[bulk.Statement] = [
            (reader.sql, {**reader.constants, "ids": ",".join(chunk)}) for reader, chunk in batches
        ]
        results = bulk.round_trip(session, statements)
        fetched = [(reader, got) for (reader, _), got in zip(batches, results, strict=True)]
    else:
        fetched = [
            (reader, session.execute(reader.query, {"ids": chunk}).all())
            for reader, chunk in batches
        ]
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for reader, got in fetched:
        for values in got:
            row = dict(zip(reader.names, values, strict=True))
            for name, encode in reader.encoders:
                value = row[name]
                if value is not None:
                    row[name] = encode(value)
            rows[(reader.table, row["id"])] = row
    changes: list[dict[str, Any]] = []
    for seq, table_name, row_id in entries:
        found = rows.get((table_name, row_id))
        if found is None:  # pragma: no cover - the index and the row move together
            continue
        changes.append(
            {
                "table": table_name,
                "row_id": row_id,
                "rev": seq,
                "deleted": found["deleted"],
                "row": found,
            }
        )
    return changes


#: How the driver is spoken to (``%(name)s`` parameters).
_PG_DIALECT = psycopg_dialect()  # type: ignore[no-untyped-call]
#: Ids per query when loading rows.
_CHUNK = 2000
#: Column types whose values are already their wire form (``to_wire`` returns them as is).
_AS_IS = (String, Integer, Boolean, Float)
#: A timestamp in UTC as PostgreSQL's ``to_char`` writes it; ``_utc_text`` finishes it.
_PG_TIMESTAMP = 'YYYY-MM-DD"T"HH24:MI:SS.US'


@dataclass(frozen=True)
class _Reader:
    """What to select from a table, and how to finish each value into its wire form."""

    table: str
    names: list[str]
    #: The rows whose ids are the parameter ``ids``.
    query: Executable
    encoders: list[tuple[str, Callable[[Any], Any]]]
    #: PostgreSQL: ``query`` as the driver takes it, and its parameters but ``ids``.
    sql: str = ""
    constants: dict[str, Any] = field(default_factory=dict)


@functools.cache
def _reader(table_name: str, *, postgres: bool) -> _Reader:
    """The wire form of every column, as ``coachapp.models.wire.to_wire`` gives it.

    On PostgreSQL timestamps, dates and enums are selected as text already in that form
    (``datetime.isoformat`` of a UTC time, ``date.isoformat``, the enum's value), which
    spares building and formatting a Python object for each; elsewhere they are encoded
    here. ``Enum`` is a ``String`` whose values are enum members.
    """
    table = SYNCED_MODELS[table_name].__table__  # type: ignore[attr-defined]
    columns: list[Any] = []
    encoders: list[tuple[str, Callable[[Any], Any]]] = []
    for column in table.columns:
        timestamp, day = isinstance(column.type, UTCDateTime), isinstance(column.type, Date)
        enum = isinstance(column.type, Enum) and column.type.enum_class is not None
        if postgres and timestamp:
            utc = func.timezone(literal_column("'UTC'"), column)
            columns.append(func.to_char(utc, _PG_TIMESTAMP).label(column.key))
            encoders.append((column.key, _utc_text))
        elif postgres and day:
            columns.append(func.to_char(column, "YYYY-MM-DD").label(column.key))
        elif postgres and enum:
            columns.append(type_coerce(column, String).label(column.key))
        else:
            columns.append(column)
            if timestamp or day:
                encoders.append((column.key, _isoformat))
            elif enum:
                encoders.append((column.key, _enum_value))
            elif not isinstance(column.type, _AS_IS):
                encoders.append((column.key, to_wire))
    names = [column.key for column in table.columns]
    if not postgres:
        query = select(*columns).where(table.c.id.in_(bindparam("ids", expanding=True)))
        return _Reader(table_name, names, query, encoders)
    ids = func.string_to_array(bindparam("ids", type_=String), ",")
    query = select(*columns).where(table.c.id == any_(ids))
    compiled = query.compile(dialect=_PG_DIALECT)
    constants = {k: v for k, v in compiled.params.items() if k != "ids"}
    return _Reader(table_name, names, query, encoders, str(compiled), constants)


def _utc_text(text: str) -> str:
    """``2026-03-16T09:30:00.000000`` → ``2026-03-16T09:30:00+00:00``, as ``isoformat``
    leaves out a zero fraction."""
    return (text[:-7] if text.endswith(".000000") else text) + "+00:00"


def _isoformat(value: Any) -> str:
    text: str = value.isoformat()
    return text


def _enum_value(value: Any) -> str:
    return str(value.value)


_SCOPE_EVENTS = cast(Table, ScopeEvent.__table__)


def _removals(session: Session, viewer: Viewer, *, after: int, upto: int) -> list[dict[str, Any]]:
    """``Removal`` dicts: participants the viewer saw and no longer sees."""
    # Core, not ORM entities: on every pull, usually finding nothing, the ORM's own
    # machinery was a tenth of a pull's server time.
    t = _SCOPE_EVENTS
    events = session.execute(
        select(t)
        .where(t.c.org_id == viewer.org_id, t.c.seq > after, t.c.seq <= upto)
        .order_by(t.c.seq)
    ).all()
    if not events:
        return []
    # Only those who could see the participant before may need to be told it is gone.
    candidates = {
        e.participant_id: e
        for e in events
        if could_see(
            viewer,
            org_id=e.org_id,
            assigned_coach_id=e.old_coach_id,
            team_id=e.old_team_id,
            shared_with_team=e.old_shared_with_team,
        )
    }
    if not candidates:
        return []
    still = set(
        session.scalars(
            select(Participant.id).where(
                Participant.id.in_(list(candidates)), participant_visible(viewer)
            )
        )
    )
    return [
        {"table": "participants", "row_id": pid, "rev": event.seq}
        for pid, event in candidates.items()
        if pid not in still
    ]
