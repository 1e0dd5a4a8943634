"""Revisions: every accepted change takes a number from one server-wide sequence.

On PostgreSQL the numbers come from the sequence ``server_revisions``, taken at the very end
of a transaction and without any lock that other writers wait on, so pushes commit side by
side. Numbers can then commit out of order (a push holding 101 may commit after one holding
102), so a pull must not simply read "everything up to the highest number": it reads up to the
**watermark**, just below the smallest number still in flight. Before taking numbers a
transaction marks itself with a shared advisory lock keyed by the sequence's current value
(a lower bound of every number it will get); the mark goes away when it commits or rolls
back. ``current`` reads the sequence first and the marks second, so a number it counts as
done belongs to a transaction that was marked before the read and is no longer in flight.

On SQLite (one writer at a time: every transaction begins with ``BEGIN IMMEDIATE``) a counter
row is enough, and its value is the watermark.

Two kinds of keyed locks (PostgreSQL advisory locks, held until commit) replace the old
"one counter lock for everything": a push holds a shared lock on every participant whose
records it writes and a merge an exclusive one on the two people it merges, so a merge and a
push of the same person never interleave; and a push that may create a possible-duplicate
pair holds an exclusive lock per identity key (case number, name and birth date), so two
laptops pushing the same person at the same moment find each other.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import orjson
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from coachapp.models import REFERENCE_MODELS, SYNCED_MODELS, Coach, Participant, SyncedMixin
from coachapp.models.wire import row_to_wire
from server.storage import bulk
from server.storage.tables import RevCounter, SyncIndex

REFERENCE_TABLES = frozenset(m.__tablename__ for m in REFERENCE_MODELS)  # type: ignore[attr-defined]

SEQUENCE = "server_revisions"
#: Advisory lock key spaces (the top byte of a 64-bit key).
_IN_FLIGHT = 0x43 << 56
_PARTICIPANT = 0x50 << 56
_IDENTITY = 0x49 << 56
_LOW_56 = (1 << 56) - 1

# Built from the module's constants above, never from input (hence the noqa). Each is kept
# prepared on the connections that run it (``bulk.Prepared``): they read a sequence, the lock
# table and functions, never a table that grows, so their plan cannot go stale, and a pull's
# look at ``pg_locks`` (a view over a function) cost PostgreSQL more to parse and plan than
# to run.
TAKE_SQL = bulk.Prepared(
    f"WITH mark AS MATERIALIZED (SELECT pg_advisory_xact_lock_shared({_IN_FLIGHT} + last_value)"  # noqa: S608
    f" FROM {SEQUENCE}) SELECT nextval('{SEQUENCE}') FROM mark, generate_series(1, %(n)s)"
)
_LAST = bulk.Prepared(
    f"SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM {SEQUENCE}"  # noqa: S608
)
_LOWEST_IN_FLIGHT = bulk.Prepared(
    "SELECT min((classid::bigint << 32) | objid::bigint) FROM pg_locks"  # noqa: S608
    " WHERE locktype = 'advisory' AND objsubid = 1"
    " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
    f" AND classid >= {_IN_FLIGHT >> 32} AND classid < {(_IN_FLIGHT >> 32) + (1 << 24)}"
)
_LOCK_SQL = bulk.Prepared(
    "SELECT count(*) FROM (SELECT pg_advisory_xact_lock_shared(k)"
    " FROM unnest(%(shared)s::bigint[]) AS k UNION ALL SELECT pg_advisory_xact_lock(k)"
    " FROM unnest(%(exclusive)s::bigint[]) AS k) AS held"
)


_postgres = bulk.is_postgres


def take(session: Session, count: int) -> list[int]:
    """``count`` new revisions, ascending. Take them last: until this transaction ends, pulls
    stop just below them (PostgreSQL), or no other writer runs (SQLite)."""
    if count <= 0:
        return []
    if _postgres(session):
        [rows] = bulk.round_trip(session, [take_statement(count)])
        return numbers(rows)
    end = session.execute(
        update(RevCounter)
        .where(RevCounter.id == 1)
        .values(value=RevCounter.value + count)
        .returning(RevCounter.value)
    ).scalar_one()
    return list(range(end - count + 1, end + 1))


def current(session: Session) -> int:
    """The watermark: every revision up to it is committed (or was rolled back) and visible
    to the statements this transaction runs from now on."""
    return current_after(session, [])[0]


def current_after(
    session: Session, ahead: Sequence[bulk.Statement]
) -> tuple[int, list[list[tuple[Any, ...]]]]:
    """``current``, read in one round trip after the ``ahead`` statements (PostgreSQL; on
    SQLite ``ahead`` must be empty), and their rows."""
    if not _postgres(session):
        assert not ahead, "statements ahead of the watermark are for PostgreSQL"
        return int(session.scalar(select(RevCounter.value).where(RevCounter.id == 1)) or 0), []
    # The sequence first, the marks second (in that order, in one round trip).
    *before, [(last,)], [(lowest,)] = bulk.round_trip(
        session, [*ahead, (_LAST, None), (_LOWEST_IN_FLIGHT, None)]
    )
    if lowest is None:
        return int(last), before
    return max(0, min(int(last), int(lowest) - _IN_FLIGHT - 1)), before


def _key(space: int, value: str) -> int:
    digest = hashlib.blake2b(value.encode(), digest_size=8).digest()
    return space | (int.from_bytes(digest, "big") & _LOW_56)


def take_statement(count: int) -> bulk.Statement:
    """PostgreSQL: the mark (a materialised CTE, so it is taken before any number is drawn),
    then ``count`` numbers — one statement; ``numbers`` reads its rows."""
    return TAKE_SQL, {"n": count}


def numbers(rows: Iterable[tuple[Any, ...]]) -> list[int]:
    return sorted(int(row[0]) for row in rows)


def lock(
    session: Session,
    *,
    participants: Iterable[str] = (),
    identities: Iterable[str] = (),
    exclusive: bool = False,
) -> None:
    """Hold these keys until commit (one statement; shared locks first, each kind in order).

    ``participants``: shared for a push (pushes do not wait on each other), exclusive for a
    merge. ``identities``: always exclusive — two pushes that could make the same
    possible-duplicate pair take turns, and the second finds the first.
    """
    statement = lock_statement(participants, identities, exclusive=exclusive)
    if statement is not None and _postgres(session):
        bulk.round_trip(session, [statement])


def lock_statement(
    participants: Iterable[str], identities: Iterable[str], *, exclusive: bool = False
) -> bulk.Statement | None:
    """PostgreSQL: the statement ``lock`` runs, or None when there is nothing to hold."""
    people = sorted({_key(_PARTICIPANT, pid) for pid in participants})
    same_person = sorted({_key(_IDENTITY, value) for value in identities})
    if not (people or same_person):
        return None
    shared, only = ([], people) if exclusive else (people, [])
    return _LOCK_SQL, {"shared": shared, "exclusive": only + same_person}


# --- the sync index: who may pull which row ----------------------------------------------------


#: A participant's columns that decide who sees their records (copied onto every entry).
SCOPE_COLUMNS = ("assigned_coach_id", "team_id", "shared_with_team")

#: Participant id → its ``SCOPE_COLUMNS`` (None: not found).
PersonLookup = Callable[[str], Mapping[str, Any] | None]


def index_entry(
    table: str,
    values: Mapping[str, Any],
    coach_team: Callable[[str | None], str | None],
    person: PersonLookup,
) -> dict[str, Any]:
    """The ``sync_index`` columns (but ``seq``) deciding who may pull this row.

    A participant's records carry the participant's coach, team and sharing (``person``
    gives them for the participant as this write leaves it); other rows their own owner and
    the team that shares them.
    """
    get = values.get
    participant_id, owner, team, restricted, other = get("participant_id"), None, None, False, None
    if table == "participants":
        participant_id = get("id")
    elif table == "possible_duplicates":
        # Seen by whoever sees either person; the second is ``other_participant_id``.
        participant_id, other = get("participant_a_id"), get("participant_b_id")
    elif table in ("barriers", "case_notes"):
        restricted = bool(get("restricted"))
    elif table == "tasks":
        owner = get("assigned_to_id")
        team = coach_team(owner)
    elif table == "info_sessions":
        participant_id, owner, team = None, get("facilitator_id"), get("team_id")
    elif table == "leads":
        owner = get("assigned_coach_id")
        team = coach_team(owner)
    elif table in ("audit_events", "conflicts"):
        owner = get("actor_id")
    shared = team is not None
    if participant_id is not None:
        scope = values if table == "participants" else person(str(participant_id))
        scope = scope or {}
        owner, team = scope.get("assigned_coach_id"), scope.get("team_id")
        shared = bool(scope.get("shared_with_team"))
    return {
        "org_id": get("org_id"),
        "table_name": table,
        "row_id": get("id"),
        "participant_id": participant_id,
        "other_participant_id": other,
        "owner_coach_id": owner,
        "team_id": team,
        "team_shared": shared,
        "restricted": restricted,
        # Set by a push for the rows its answer carries; every other writer clears it.
        "echo_device_id": None,
    }


def people_scopes(session: Session, ids: Iterable[str | None]) -> dict[str, dict[str, Any]]:
    """Participant id → its ``SCOPE_COLUMNS`` as this session sees them, one query a chunk."""
    wanted = sorted({i for i in ids if i})
    found: dict[str, dict[str, Any]] = {}
    postgres = _postgres(session)
    columns = [Participant.id, *(getattr(Participant, c) for c in SCOPE_COLUMNS)]
    for chunk in _chunks(wanted, 500):
        among = bulk.among(Participant.id, chunk, postgres=postgres)
        for pid, *scope in session.execute(select(*columns).where(among)):
            found[pid] = dict(zip(SCOPE_COLUMNS, scope, strict=True))
    return found


def coach_teams(session: Session, coach_ids: Iterable[str | None]) -> dict[str, str | None]:
    """Coach id → team id, one query."""
    wanted = sorted({c for c in coach_ids if c})
    found: dict[str, str | None] = {}
    postgres = _postgres(session)
    for chunk in _chunks(wanted, 500):
        among = bulk.among(Coach.id, chunk, postgres=postgres)
        rows = session.execute(select(Coach.id, Coach.team_id).where(among))
        found.update({coach_id: team_id for coach_id, team_id in rows})
    return found


def write_index(session: Session, entries: Sequence[dict[str, Any]]) -> None:
    """Upsert one index entry per row (at its latest revision ``seq``): one statement."""
    if not entries:
        return
    ordered = sorted(entries, key=lambda e: (e["table_name"], e["row_id"]))  # one lock order
    replace = [c for c in ordered[0] if c not in ("table_name", "row_id")]
    bulk.insert_rows(
        session, SyncIndex.__table__, ordered, conflict=("table_name", "row_id"), replace=replace
    )


def stamp(session: Session, rows: Sequence[SyncedMixin]) -> None:
    """Give each ORM row its next revision and record who may see it. Call last, then commit."""
    unique: dict[tuple[str, str], SyncedMixin] = {}
    for row in rows:
        unique.setdefault((row.__tablename__, row.id), row)  # type: ignore[attr-defined]
    if not unique:
        return
    session.flush()
    # Whose team and whose scope the entries name, looked up before the revisions are taken
    # (they are taken last); every column is read once, after, for the entry's payload.
    teams = coach_teams(
        session,
        (_named(r, "assigned_to_id") or _named(r, "assigned_coach_id") for r in unique.values()),
    )
    people = people_scopes(
        session,
        (_named(r, "participant_id") or _named(r, "participant_a_id") for r in unique.values()),
    )
    for row, rev in zip(unique.values(), take(session, len(unique)), strict=True):
        row.rev = rev
    session.flush()
    entries = []
    for (table, _id), row in unique.items():
        final = {c.key: getattr(row, c.key) for c in row.__table__.columns}  # type: ignore[attr-defined]
        entries.append(
            {
                "seq": row.rev,
                **index_entry(table, final, lambda c: teams.get(c or ""), people.get),
                **carried(table, final),
            }
        )
    write_index(session, entries)


def _named(row: SyncedMixin, column: str) -> str | None:
    value = getattr(row, column, None)
    return value if isinstance(value, str) else None


def carried(table: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """The index columns holding the row as a pull carries it (``values``: every column,
    as set on the ORM object)."""
    wire = row_to_wire(SYNCED_MODELS[table].__table__, values)  # type: ignore[attr-defined]
    return {"payload": orjson.dumps(wire).decode(), "deleted": bool(values["deleted"])}


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
