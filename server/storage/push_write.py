"""The end of a push batch: late merges, possible duplicates, revisions, then the writes —
on PostgreSQL one statement for the whole batch, whatever its size (``bulk.execute``).

Revisions are taken last, just before the rows are written and the transaction commits:
from then on, pulls stop just below them until the commit (``revisions``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy.exc import DBAPIError, OperationalError

from coachapp.models import SYNCED_MODELS, PossibleDuplicate
from server.storage import bulk, duplicates, revisions
from server.storage.push_decode import wire_row
from server.storage.push_load import Batch, Key, Row
from server.storage.push_merge import Answer, PushCaller
from server.storage.tables import AppliedMutation, ScopeEvent, SyncIndex
from sync.protocol import Outcome

#: Tables whose index entry names the owner's team (looked up at write time).
_TEAM_OF_OWNER = ("tasks", "leads")
#: The column naming the participant whose scope a row's entry copies, where not
#: ``participant_id``.
_PERSON_OF = {"participants": "id", "possible_duplicates": "participant_a_id"}
_TEAM_SQL = (
    "CASE WHEN x.table_name IN ('tasks', 'leads') AND x.participant_id IS NULL THEN"
    " (SELECT c.team_id FROM coaches AS c WHERE c.id = x.owner_coach_id) ELSE x.team_id END"
)


#: The scope of participants whose records a batch writes, read just before the writes and
#: kept from changing until the commit (the lock a new record's foreign key takes anyway). A
#: push handing one of them to another coach holds the row ``FOR UPDATE`` from its start: if
#: it came first, this waits for its commit and reads the new coach; if this came first, that
#: push waits, then finds this batch's records among the ones it re-sends. The ids go sorted:
#: locked in id order, as everywhere.
_SCOPE_COLUMNS = ", ".join(("id", *revisions.SCOPE_COLUMNS))
_SCOPE = bulk.each_of("ids", "participants", _SCOPE_COLUMNS, lock="FOR KEY SHARE")
_SCOPE_SQL = f"SELECT x.* FROM {_SCOPE} AS x"  # noqa: S608 - the schema's names


class WriteRefused(Exception):
    """The database refused the batch's writes (a rule only it knows); nothing was written
    and the transaction goes on, so the batch can be applied again one mutation at a time."""


def finish(
    batch: Batch,
    answers: Sequence[Answer],
    caller: PushCaller,
    now: datetime,
    *,
    also: Sequence[bulk.Write] = (),
    commit: bool = False,
) -> None:
    """Everything after the mutations were decided, up to and including the writes (the
    answers remembered with them, and ``also``); with ``commit``, on PostgreSQL, the commit
    of the transaction too, in the same round trip."""
    batch.load_rescoped()
    owners = {
        key: str(row.values["participant_id"])
        for key, row in batch.stamped.items()
        if row.table not in ("participants", "audit_events")
        and isinstance(row.values.get("participant_id"), str)
    }
    people = {k[1] for k in batch.stamped if k[0] == "participants"}
    # People whose identity changed and who have something to be matched by (a case number,
    # or a name with a date of birth): nobody else can be the same person as one with none,
    # and looking for them would read the organisation's participants for nothing.
    identified = [
        a.row.values
        for a in answers
        if a.identity_changed
        and a.row is not None
        and a.row.table == "participants"
        and duplicates.identity_keys(a.row.values)
    ]
    # A merge of any of these people waits for this commit, or this push for the merge's;
    # a push that may pair the same person waits for the other (then finds its record).
    # Participants whose scope this batch copies onto index entries but does not write.
    scoped = {
        str(pid)
        for row in batch.stamped.values()
        if isinstance(pid := row.values.get("participant_id"), str)
        and ("participants", pid) not in batch.rows
    }
    held = revisions.lock_statement(
        [*scoped, *owners.values(), *people],
        [k for p in identified for k in duplicates.identity_keys(p)],
    )
    late, candidates, revs = _before_writing(batch, held, owners, identified, scoped)
    _follow_late_merges(batch, answers, owners, late)
    _detect_duplicates(batch, identified, candidates, now)
    events = batch.scope_events
    wanted = len(events) + len(batch.stamped)
    if len(revs) < wanted:  # possible duplicates found: their numbers too
        revs = sorted([*revs, *revisions.take(batch.session, wanted - len(revs))])
    for event, rev in zip(events, revs, strict=False):
        event["seq"] = rev
    for row, rev in zip(batch.stamped.values(), revs[len(events) :], strict=True):
        row.values["rev"] = rev
        row.wire = wire_row(row.model, row.values)
    writes = [
        *rows_written(batch, batch.stamped.values()),
        bulk.Write(ScopeEvent.__table__, events),
        _index(batch, _echoed(answers, caller)),
        remembered(answers, caller, now),
        *also,
    ]
    try:
        bulk.execute(batch.session, writes, guarded=batch.postgres, commit=commit)
    except DBAPIError as exc:
        if isinstance(exc, OperationalError) or not batch.postgres:
            raise
        raise WriteRefused(str(exc.orig)) from exc


def _before_writing(
    batch: Batch,
    held: bulk.Statement | None,
    owners: dict[Key, str],
    identified: list[dict[str, Any]],
    scoped: set[str],
) -> tuple[dict[str, str], list[dict[str, Any]] | None, list[int]]:
    """Locks, then (seeing every commit made before the locks were granted) the late merges,
    the scope of the ``scoped`` participants (a push that changed hands of one committed
    first), the stored records that may be the same people, and the revisions: on PostgreSQL
    all in one round trip. Returns (merged id → survivor, candidates or None, revisions)."""
    session = batch.session
    count = len(batch.scope_events) + len(batch.stamped)
    if not batch.postgres:
        candidates = duplicates.stored_matches(session, identified) if identified else None
        late = duplicates.survivors(session, owners.values())
        return late, candidates, revisions.take(session, count)
    statements: list[bulk.Statement] = [] if held is None else [held]
    merged_at = len(statements)
    if owners:
        statements.append(
            (
                "SELECT merged_id, survivor_id FROM participant_redirects"
                " WHERE merged_id = ANY(%(ids)b)",
                {"ids": sorted(set(owners.values()))},
            )
        )
    scope_at = len(statements)
    if scoped:
        statements.append((_SCOPE_SQL, {"ids": sorted(scoped)}))
    matched_at = len(statements)
    if identified:
        statements.append(duplicates.matches_statement(identified))
    taken_at = len(statements)
    if count:
        statements.append(revisions.take_statement(count))
    results = bulk.round_trip(session, statements) if statements else []
    late = {merged: survivor for merged, survivor in results[merged_at]} if owners else {}
    for pid, *scope in results[scope_at] if scoped else []:
        person = batch.people.get(pid)
        if person is not None:
            person.update(zip(revisions.SCOPE_COLUMNS, scope, strict=True))
    candidates = None
    if identified:
        names = duplicates.MATCH_COLUMNS
        candidates = [dict(zip(names, row, strict=True)) for row in results[matched_at]]
    revs = revisions.numbers(results[taken_at]) if count else []
    return late, candidates, revs


def _follow_late_merges(
    batch: Batch, answers: Sequence[Answer], owners: dict[Key, str], late: dict[str, str]
) -> None:
    """Records naming a participant merged while this push ran go to the survivor (the merge
    skipped rows this push held). Read under the participants' locks: the merge is done."""
    if not late:
        return
    moved: dict[Key, str] = {}
    for key, owner in owners.items():
        survivor = late.get(owner)
        if survivor is not None:
            row = batch.stamped[key]
            row.values["participant_id"] = survivor
            row.changed.add("participant_id")
            moved[key] = survivor
    for answer in answers:
        if answer.row is not None and answer.row.key in moved:
            answer.redirected_to = moved[answer.row.key]


def _detect_duplicates(
    batch: Batch,
    people: list[dict[str, Any]],
    candidates: list[dict[str, Any]] | None,
    now: datetime,
) -> None:
    if not people or candidates is None:
        return
    mine = [row.values for row in batch.rows.values() if row.table == "participants"]
    for stored in candidates:  # the other person of a pair: whose scope its entry copies
        if ("participants", stored["id"]) not in batch.rows:
            batch.people.setdefault(stored["id"], stored)
    for pair in duplicates.detect(batch.session, people, mine, now, stored=candidates):
        row = Row("possible_duplicates", PossibleDuplicate, pair, new=True)
        batch.rows[row.key] = row
        batch.stamp(row)


def rows_written(batch: Batch, rows: Iterable[Row]) -> list[bulk.Write]:
    """Inserts of the new rows and updates of the changed columns of the others."""
    inserts: dict[str, list[dict[str, Any]]] = {}
    updates: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = {}
    for row in rows:
        # PostgreSQL takes the wire form (JSON, parsed by each column's type); SQLite the values.
        values = row.wire if batch.postgres and row.wire is not None else row.values
        if row.new:
            inserts.setdefault(row.table, []).append(values)
        elif row.changed:
            columns = tuple(sorted(row.changed))
            changed = {name: values[name] for name in columns}
            updates.setdefault((row.table, columns), []).append({"id": row.id, **changed})
    writes = [
        bulk.Write(SYNCED_MODELS[table].__table__, inserts[table])  # type: ignore[attr-defined]
        for table in SYNCED_MODELS  # parents first
        if table in inserts
    ]
    writes.extend(
        bulk.Write(SYNCED_MODELS[table].__table__, changes, columns=columns)  # type: ignore[attr-defined]
        for (table, columns), changes in sorted(updates.items(), key=lambda kv: _ORDER[kv[0][0]])
    )
    return writes


def _echoed(answers: Sequence[Answer], caller: PushCaller) -> dict[Key, str]:
    """Rows the answers carry as the batch leaves them, with the pushing device: that laptop
    takes them from the answer, so its next pull need not bring them again. A redirected
    answer's row (the survivor's) is not taken as is by the laptop, so it is left out."""
    return {
        a.row.key: caller.device_id
        for a in answers
        if a.row is not None and a.outcome is not Outcome.REJECTED and a.redirected_to is None
    }


def _index(batch: Batch, echoed: dict[Key, str]) -> bulk.Write:
    """One index entry per row, at its new revision: who may pull it, and which device
    already has it from its push answer."""
    teams: dict[str, str | None] = {}
    if not batch.postgres:
        owners = (
            row.values.get("assigned_to_id") or row.values.get("assigned_coach_id")
            for row in batch.stamped.values()
            if row.table in _TEAM_OF_OWNER
        )
        teams = revisions.coach_teams(batch.session, owners)
    # Whose scope each entry copies: people the batch read or wrote; else (the other person
    # of a pair re-sent with a participant who changed hands) read now.
    named = {
        str(pid)
        for row in batch.stamped.values()
        if isinstance(pid := row.values.get(_PERSON_OF.get(row.table, "participant_id")), str)
    }
    unread = [pid for pid in named if batch.person(pid) is None]
    read = revisions.people_scopes(batch.session, unread) if unread else {}

    def person(pid: str) -> Any:
        return batch.person(pid) or read.get(pid)

    entries = sorted(
        (
            {
                "seq": row.values["rev"],
                **revisions.index_entry(
                    row.table, row.values, lambda c: teams.get(c or ""), person
                ),
                "echo_device_id": echoed.get(key),
                "payload": orjson.dumps(row.wire).decode(),
                "deleted": row.deleted,
            }
            for key, row in batch.stamped.items()
        ),
        key=lambda e: (e["table_name"], e["row_id"]),  # one lock order for everyone
    )
    replace = tuple(c for c in (entries[0] if entries else {}) if c not in ("table_name", "row_id"))
    return bulk.Write(
        SyncIndex.__table__,
        entries,
        conflict=("table_name", "row_id"),
        replace=replace,
        computed=(("team_id", _TEAM_SQL),),
    )


def remembered(answers: Iterable[Answer], caller: PushCaller, now: datetime) -> bulk.Write:
    """Every answer kept, so a retry of the same mutation gets it again. The row is named,
    not copied: a retry gets it as it stands then."""
    rows = []
    for a in answers:
        shown = a.row is not None and a.outcome is not Outcome.REJECTED
        result = {
            "mutation_id": a.mutation_id,
            "outcome": a.outcome.value,
            "rev": int(a.row.values["rev"]) if a.row is not None else 0,
            "conflict_ids": a.conflict_ids,
            "code": a.code,
            "message": a.message,
            "redirected_to": a.redirected_to,
            "row_table": a.row.table if shown and a.row is not None else None,
            "row_id": a.row.id if shown and a.row is not None else None,
        }
        rows.append(
            {
                "mutation_id": a.mutation_id,
                "org_id": caller.org_id,
                "device_id": caller.device_id,
                "result": result,
                "created_at": now,
            }
        )
    return bulk.Write(AppliedMutation.__table__, rows, conflict=())


_ORDER = {name: i for i, name in enumerate(SYNCED_MODELS)}
