"""What a push batch reads before deciding anything: a few set-based queries per batch.

The rows the batch changes are loaded and locked table by table (parents first, ids in order,
so two batches never wait on each other in opposite orders); the participants whose scope
decides what the caller may write, and every record a link points at, are read in one query
per table. Deciding (``push_merge``) then runs in Python on these values only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeGuard

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from coachapp.models import (
    PARTICIPANT_OWNED_MODELS,
    SYNCED_MODELS,
    AuditEvent,
    Conflict,
    Lead,
    Participant,
    PossibleDuplicate,
    SyncedMixin,
    Task,
)
from server.storage import bulk
from server.storage.push_decode import links_of
from server.storage.revisions import REFERENCE_TABLES
from server.storage.scope import Viewer
from server.storage.tables import ParticipantRedirect
from sync.protocol import Mutation

Key = tuple[str, str]
_CHUNK = 500
#: Records re-sent when their participant changes hands (with the possible-duplicate pairs).
RESCOPED_MODELS: tuple[type[SyncedMixin], ...] = (
    *PARTICIPANT_OWNED_MODELS,
    Task,
    Lead,
    AuditEvent,
    Conflict,
)
_PEOPLE_COLUMNS = ("id", "org_id", "assigned_coach_id", "team_id", "shared_with_team", "deleted")
_PEOPLE_SQL = (
    f"SELECT {', '.join('p.' + c for c in _PEOPLE_COLUMNS)}, r.survivor_id"  # noqa: S608
    f" FROM {bulk.each_of('ids', 'participants', ', '.join(_PEOPLE_COLUMNS))} AS p"
    " LEFT JOIN participant_redirects AS r ON r.merged_id = p.id"
)
#: id → organisation of reference rows (sites, coaches, teams…). A row's organisation never
#: changes and the server never erases one, so what was found once stays true in this process
#: — unless someone erases one at the database's prompt (``forget_reference_rows``).
_REFERENCE_ORGS: dict[Key, str] = {}


def forget_reference_rows() -> None:
    """Look reference rows up again from now on: the database refused a commit, perhaps over
    one this process remembered and that is gone."""
    _REFERENCE_ORGS.clear()


@dataclass(eq=False)
class Row:
    """One row as this batch sees it: loaded (and locked), or made by an earlier mutation."""

    table: str
    model: type[SyncedMixin]
    values: dict[str, Any]
    new: bool = False
    #: Columns to write (an existing row); a new row is inserted whole.
    changed: set[str] = field(default_factory=set)
    #: The revision a mutation's ``base_rev`` is compared with: the row's before this batch.
    base_rev: int = 0
    #: Every column in wire form, once the row is final (its new revision taken).
    wire: dict[str, Any] | None = None

    @property
    def id(self) -> str:
        return str(self.values["id"])

    @property
    def key(self) -> Key:
        return (self.table, self.id)

    @property
    def deleted(self) -> bool:
        return bool(self.values["deleted"])


@dataclass
class Wanted:
    """A decoded mutation, ready to be decided."""

    mutation: Mutation
    model: type[SyncedMixin]
    values: dict[str, Any]


@dataclass
class FirstReads:
    """``Batch.load``'s first round trip (which rows exist, the people named, the
    organisations of links), worked out from a batch's mutations as sent, before any is
    decoded. On PostgreSQL a push sends these statements with its laptop's lock and the
    answers already given: one round trip instead of two. ``load`` takes the results when
    they cover what the decoded mutations need, else it reads as before: where a value is not
    an id as the server makes them, or the caller turns out not to be the coach the token
    named, or in another team than the one read along (a coach moved since this process
    looked their team up). Rows of mutations already answered are read too, and left out
    afterwards.

    ``coach_id``: the coach the caller signed in as. Every batch's links are checked against
    the caller's own coach and team; when this process has not looked the coach up yet, the
    coach and their team are read along (the team's id is not known before the sign-in
    check, which runs in the same round trip)."""

    targets: dict[str, set[str]]
    named: set[str]
    links: dict[str, set[str]]
    coach_id: str | None = None
    #: Set by ``statements``: the linked ids actually asked for (not known in this process);
    #: by ``took``, also the coach's team when it was read along.
    asked: dict[str, list[str]] = field(default_factory=dict)
    #: The results of ``statements``, once they ran (``took``).
    results: list[list[tuple[Any, ...]]] | None = None

    @classmethod
    def of(cls, mutations: Sequence[Mutation], coach_id: str | None = None) -> FirstReads:
        targets: dict[str, set[str]] = {}
        named: set[str] = set()
        links: dict[str, set[str]] = {"coaches": {coach_id}} if coach_id else {}
        for m in mutations:
            model = SYNCED_MODELS.get(m.table)
            if model is None:
                continue  # refused when decoded
            targets.setdefault(m.table, set()).add(m.row_id)
            owner = m.fields.get("participant_id")
            if _looks_like_id(owner):
                named.add(owner)
            for name, target in links_of(model):
                value = m.fields.get(name)
                if target != "participants" and _looks_like_id(value):
                    links.setdefault(target, set()).add(value)
        named.update(targets.get("participants", ()))
        return cls(targets, named, links, coach_id)

    def statements(self) -> list[bulk.Statement]:
        self.asked = _unknown_links(self.links)
        team_of = self.coach_id if self.coach_id in self.asked.get("coaches", ()) else None
        return _first_statements(self.targets, self.named, self.asked, team_of)

    def took(self, results: list[list[tuple[Any, ...]]]) -> None:
        """The results of ``statements``, in their order."""
        self.results = results
        if self.asked:  # the organisations of links came last, with the team read along
            teams = {row_id for table, row_id, _ in results[-1] if table == "teams"}
            if teams:
                self.asked["teams"] = sorted(set(self.asked.get("teams", ())) | teams)

    def covers(
        self, targets: dict[str, set[str]], named: set[str], links: dict[str, list[str]]
    ) -> bool:
        return (
            self.results is not None
            and all(ids <= self.targets.get(t, set()) for t, ids in targets.items())
            and named <= self.named
            and all(set(ids) <= set(self.asked.get(t, ())) for t, ids in links.items())
        )


class Batch:
    """The rows, scopes and links one batch works on, and what it has decided so far."""

    def __init__(
        self, session: Session, caller: Viewer, *, earlier_revs: dict[Key, int] | None = None
    ) -> None:
        self.session = session
        self.caller = caller
        self.postgres = bulk.is_postgres(session)
        self.rows: dict[Key, Row] = {}
        #: Participants read for their scope only (not changed by this batch).
        self.people: dict[str, dict[str, Any]] = {}
        #: Organisation of other records that links point at.
        self.orgs: dict[Key, str] = {}
        #: Merged participant → survivor, for every participant this batch names.
        self.redirects: dict[str, str] = {}
        #: Rows taking a new revision, in the order first touched.
        self.stamped: dict[Key, Row] = {}
        self.scope_events: list[dict[str, Any]] = []
        self.rescoped: list[str] = []
        #: Revisions of rows before the batch, when it is applied one mutation at a time.
        self.earlier_revs = earlier_revs if earlier_revs is not None else {}

    # --- reading --------------------------------------------------------------------------------

    def load(self, wanted: Sequence[Wanted], ahead: FirstReads | None = None) -> None:
        targets: dict[str, set[str]] = {}
        named: set[str] = set()  # participants whose scope decides a write
        for w in wanted:
            targets.setdefault(w.mutation.table, set()).add(w.mutation.row_id)
            owner = w.values.get("participant_id")
            if isinstance(owner, str):
                named.add(owner)
        named.update(targets.get("participants", ()))
        # What links point at: the caller's own coach and team, and the links the batch's
        # values name (those of rows already stored are added once they are read).
        links: dict[str, set[str]] = {"coaches": {self.caller.coach_id}}
        if self.caller.team_id:
            links["teams"] = {self.caller.team_id}
        for w in wanted:
            self._add_links(links, w, w.values)
        if self.postgres:
            # Which rows exist, the people named and the organisations of the links: one
            # round trip, or none if they came with the laptop's lock (``FirstReads``).
            unknown = self._unknown(links)
            if (
                ahead is not None
                and ahead.results is not None
                and ahead.covers(targets, named, unknown)
            ):
                existing, people = self._first_results(
                    ahead.results, bool(ahead.targets), bool(ahead.asked)
                )
                existing = {t: ids & targets.get(t, set()) for t, ids in existing.items()}
            else:
                existing, people = self._first_round(targets, named, unknown)
            self._lock_rows(existing)
            self._take_people(people)
        else:
            self._lock_rows(targets)
            self._read_people(named)
            self._read_orgs(self._unknown(links))
        # Rows already stored may name other people (or a merged participant).
        more = {
            str(owner)
            for row in self.rows.values()
            if isinstance(owner := row.values.get("participant_id"), str)
        }
        more.update(r.id for r in self.rows.values() if r.table == "participants" and r.deleted)
        if more - named:
            self._read_people(more - named)
        survivors = set(self.redirects.values()) - {k[1] for k in self.rows}
        if survivors:
            self._lock_rows({"participants": survivors})
        stored: dict[str, set[str]] = {}
        for w in wanted:
            row = self.rows.get((w.mutation.table, w.mutation.row_id))
            if row is not None:
                self._add_links(stored, w, row.values)
        self._read_orgs(self._unknown(stored))

    @staticmethod
    def _add_links(links: dict[str, set[str]], w: Wanted, values: dict[str, Any]) -> None:
        for name, target in links_of(w.model):
            if target == "participants":
                continue  # read with the people
            value = values.get(name)
            if isinstance(value, str):
                links.setdefault(target, set()).add(value)

    def _unknown(self, links: dict[str, set[str]]) -> dict[str, list[str]]:
        """The linked ids whose organisation is not known yet (to this batch or this
        process), by table."""
        rows, orgs = self.rows, self.orgs
        return _unknown_links(
            {
                table: {i for i in ids if (table, i) not in rows and (table, i) not in orgs}
                for table, ids in links.items()
            }
        )

    def _first_round(
        self, targets: dict[str, set[str]], named: set[str], links: dict[str, list[str]]
    ) -> tuple[dict[str, set[str]], list[dict[str, Any]]]:
        """PostgreSQL: which targets exist (no lock: new rows need none), the people named
        and the organisations of the links, in one round trip."""
        results = bulk.round_trip(self.session, _first_statements(targets, named, links))
        return self._first_results(results, bool(targets), bool(links))

    def _first_results(
        self, results: list[list[tuple[Any, ...]]], with_targets: bool, with_links: bool
    ) -> tuple[dict[str, set[str]], list[dict[str, Any]]]:
        existing: dict[str, set[str]] = {}
        for table, row_id in results[0] if with_targets else []:
            existing.setdefault(table, set()).add(row_id)
        if with_links:
            self._take_orgs(results[-1])
        people = results[-2] if with_links else results[-1]
        columns = (*_PEOPLE_COLUMNS, "survivor_id")
        return existing, [dict(zip(columns, r, strict=True)) for r in people]

    def _lock_rows(self, targets: dict[str, set[str]]) -> None:
        for table in SYNCED_MODELS:  # parents before children: one order for everyone
            ids = sorted(targets.get(table, ()))
            model = SYNCED_MODELS[table]
            t = model.__table__  # type: ignore[attr-defined]
            for chunk in _chunks(ids, _CHUNK):
                stmt = select(t).where(self._among(t.c.id, chunk)).order_by(t.c.id)
                for found in self.session.execute(stmt.with_for_update()).mappings():
                    self.keep(table, dict(found))

    def keep(self, table: str, values: dict[str, Any]) -> Row:
        """A row read from the database (never replacing one this batch already holds)."""
        key = (table, str(values["id"]))
        if key in self.rows:
            return self.rows[key]
        row = Row(table, SYNCED_MODELS[table], values)
        row.base_rev = self.earlier_revs.get(key, int(values["rev"]))
        self.rows[key] = row
        return row

    def _read_people(self, ids: Iterable[str]) -> None:
        """Participants' scope columns, and the survivor of those merged into another."""
        t, r = Participant.__table__, ParticipantRedirect.__table__
        cols = [t.c[name] for name in _PEOPLE_COLUMNS]
        for chunk in _chunks(sorted(set(ids)), _CHUNK):
            stmt = (
                select(*cols, r.c.survivor_id)
                .select_from(t.outerjoin(r, r.c.merged_id == t.c.id))
                .where(self._among(t.c.id, chunk))
            )
            self._take_people(dict(found) for found in self.session.execute(stmt).mappings())

    def _take_people(self, found: Iterable[dict[str, Any]]) -> None:
        for values in found:
            survivor = values.pop("survivor_id")
            if survivor is not None:
                self.redirects[values["id"]] = survivor
            if ("participants", values["id"]) not in self.rows:
                self.people[values["id"]] = values

    def _read_orgs(self, links: dict[str, list[str]]) -> None:
        """The organisation of each linked row (``_unknown``'s ids)."""
        if not links:
            return
        if self.postgres:
            [found] = bulk.round_trip(self.session, [_by_id(links, ", org_id")])
            self._take_orgs(found)
            return
        for table, ids in links.items():
            t = SYNCED_MODELS[table].__table__  # type: ignore[attr-defined]
            for chunk in _chunks(ids, _CHUNK):
                query = select(t.c.id, t.c.org_id).where(self._among(t.c.id, chunk))
                self._take_orgs((table, i, o) for i, o in self.session.execute(query))

    def _take_orgs(self, found: Iterable[Sequence[Any]]) -> None:
        for table, row_id, org_id in found:
            if table in REFERENCE_TABLES:
                _REFERENCE_ORGS[(table, row_id)] = org_id
            else:
                self.orgs[(table, row_id)] = org_id

    def load_rescoped(self) -> None:
        """Everything of participants who changed hands, to be re-sent (locked, like any
        row this batch writes)."""
        if not self.rescoped:
            return
        ids = sorted(set(self.rescoped))
        for model in RESCOPED_MODELS:
            t = model.__table__  # type: ignore[attr-defined]
            for chunk in _chunks(ids, _CHUNK):
                owned = self._among(t.c.participant_id, chunk)
                stmt = select(t).where(owned).order_by(t.c.id)
                for found in self.session.execute(stmt.with_for_update()).mappings():
                    self.stamp(self.keep(model.__tablename__, dict(found)))  # type: ignore[attr-defined]
        t = PossibleDuplicate.__table__
        for chunk in _chunks(ids, _CHUNK):
            named = or_(t.c.participant_a_id.in_(chunk), t.c.participant_b_id.in_(chunk))
            stmt = select(t).where(named).order_by(t.c.id).with_for_update()
            for found in self.session.execute(stmt).mappings():
                self.stamp(self.keep("possible_duplicates", dict(found)))

    def _among(self, column: Any, ids: Sequence[str]) -> Any:
        return bulk.among(column, ids, postgres=self.postgres)

    # --- what the batch knows -------------------------------------------------------------------

    def person(self, participant_id: str) -> dict[str, Any] | None:
        """A participant's current values (as changed by this batch so far), or None."""
        row = self.rows.get(("participants", participant_id))
        return row.values if row is not None else self.people.get(participant_id)

    def org_of(self, table: str, row_id: str) -> str | None:
        row = self.rows.get((table, row_id))
        if row is not None:
            return str(row.values["org_id"])
        if table == "participants":
            person = self.people.get(row_id)
            return str(person["org_id"]) if person is not None else None
        return self.orgs.get((table, row_id)) or _REFERENCE_ORGS.get((table, row_id))

    def stamp(self, row: Row) -> None:
        self.stamped.setdefault(row.key, row)
        if not row.new:
            row.changed.add("rev")


def _looks_like_id(value: Any) -> TypeGuard[str]:
    """An id as the server makes them. Values are not decoded yet when ``FirstReads`` reads
    them: anything else (a NUL, text no column takes) is left for decoding to refuse, and
    ``load`` then reads as before."""
    return isinstance(value, str) and _ID.fullmatch(value) is not None


_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _first_statements(
    targets: dict[str, set[str]],
    named: set[str],
    links: dict[str, list[str]],
    team_of: str | None = None,
) -> list[bulk.Statement]:
    """Which ``targets`` exist, the ``named`` people, the organisations of ``links`` (and of
    the team of the coach ``team_of``, which must be among the links)."""
    statements: list[bulk.Statement] = []
    if targets:
        statements.append(_by_id({t: sorted(ids) for t, ids in targets.items()}, ""))
    statements.append((_PEOPLE_SQL, {"ids": sorted(named)}))
    if links:
        sql, params = _by_id(links, ", org_id")
        if team_of is not None:
            sql += _TEAM_OF_SQL
            params = {**(params or {}), "team_of": team_of}
        statements.append((sql, params))
    return statements


_TEAM_OF_SQL = (
    " UNION ALL SELECT 'teams', t.id, t.org_id FROM teams AS t"
    " JOIN coaches AS c ON c.team_id = t.id WHERE c.id = %(team_of)s"
)


def _unknown_links(links: dict[str, set[str]]) -> dict[str, list[str]]:
    """The linked ids whose organisation this process does not know yet, by table."""
    unknown = {
        table: sorted(i for i in ids if (table, i) not in _REFERENCE_ORGS)
        for table, ids in links.items()
    }
    return {table: ids for table, ids in unknown.items() if ids}


def _by_id(ids: dict[str, list[str]], more: str) -> bulk.Statement:
    """PostgreSQL: (table, id``more``) of the rows with these ids, table by table, in one
    statement — which rows exist (``more`` empty), or their organisation (``", org_id"``)."""
    sql = " UNION ALL ".join(
        f"SELECT '{table}', x.* FROM {bulk.each_of(f't{i}', table, 'id' + more)} AS x"  # noqa: S608
        for i, table in enumerate(ids)  # table names of the schema; ``more`` a constant
    )
    return sql, {f"t{i}": table_ids for i, table_ids in enumerate(ids.values())}


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
