"""The laptop's sync cycle: push the outbox, pull reference data, pull the coach's scope.

Every step is resumable. A push batch is written down before it is sent and resent as it
was after a crash or a lost answer (the server dedupes by mutation id); a pulled page is
applied in one transaction together with the new cursor. The engine imports no Qt: the
desktop app runs ``sync()`` in a worker and shows ``Progress``.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from json.encoder import encode_basestring_ascii
from typing import Any, Protocol

from sqlalchemy import Text, delete, func, insert, select, type_coerce
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from coachapp.ids import uuid7
from coachapp.models import SYNCED_MODELS, Participant, utcnow
from coachapp.store.local import LocalStore
from coachapp.store.outbox import LocalSetting, OutboxEntry, SyncProblem
from sync import apply
from sync.ahead import Ahead
from sync.protocol import (
    MAX_PULL_LIMIT,
    PROTOCOL_VERSION,
    Change,
    Mutation,
    Op,
    Outcome,
    PullResponse,
    PushRequest,
    PushResponse,
    ReferenceResponse,
)

log = logging.getLogger(__name__)

PULL_CURSOR = "sync.pull_cursor"
REFERENCE_SINCE = "sync.reference_since"
#: Push batches are written down before they are sent, in two slots: ``OUT_SLOT`` names the
#: one whose answer is awaited ("a" or "b"); the other, if set, holds the batch after it,
#: sent as soon as that answer comes. Moving on is a change of that name, not a copy of a
#: few hundred kilobytes; the answered batch's slot then takes the next one.
BATCH_SLOTS = {"a": "sync.batch_a", "b": "sync.batch_b"}
OUT_SLOT = "sync.batch_out"
#: Where releases before the slots wrote the batch out and the next one (read once, moved).
INFLIGHT_BATCH = "sync.inflight_batch"
NEXT_BATCH = "sync.next_batch"
REFRESH_TOKEN = "sync.refresh_token"  # noqa: S105 - a settings key, not a secret
LAST_SUCCESS = "sync.last_success_at"


class Server(Protocol):
    """What the engine needs from the transport (``sync.transport.Transport``)."""

    def push(self, request: PushRequest | str) -> PushResponse: ...
    def pull(self, *, cursor: int, limit: int, own_from: int | None = None) -> PullResponse: ...
    def reference(self, *, since: int, limit: int = 2000) -> ReferenceResponse: ...
    def merge_duplicate(self, pair_id: str, *, survivor_id: str) -> Change: ...
    def reject_duplicate(self, pair_id: str) -> Change: ...


@dataclass(frozen=True)
class Progress:
    phase: str  # "push", "pull" or "reference"
    done: int
    total: int | None


@dataclass
class SyncReport:
    pushed: int = 0
    applied: int = 0
    merged: int = 0
    conflicts: int = 0
    rejected: int = 0
    #: Changes aimed at a participant merged into another, applied to the survivor.
    redirected: int = 0
    pulled: int = 0
    removed: int = 0
    reference: int = 0
    cancelled: bool = False
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)


class Cancelled(Exception):
    """The coach pressed Cancel; everything done so far is kept."""


class StoreTokens:
    """Keeps the refresh token inside the encrypted store (never in a plain file)."""

    def __init__(self, store: LocalStore) -> None:
        self.store = store

    def refresh_token(self) -> str | None:
        return read_setting(self.store, REFRESH_TOKEN)

    def save_refresh_token(self, token: str | None) -> None:
        with self.store.write(remote=True) as session:
            write_setting(session, REFRESH_TOKEN, token)


class SyncEngine:
    def __init__(
        self,
        store: LocalStore,
        server: Server,
        *,
        batch_size: int = 500,
        pull_limit: int = MAX_PULL_LIMIT,
    ) -> None:
        self.store = store
        self.server = server
        self.batch_size = batch_size
        self.pull_limit = pull_limit

    # --- the cycle -----------------------------------------------------------------------------

    def sync(
        self,
        *,
        progress: Callable[[Progress], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> SyncReport:
        """One cycle: push, then reference data, then the caseload. Cancel is honoured between
        batches."""
        started = time.perf_counter()
        report = SyncReport()
        notify = progress or (lambda _p: None)
        stop = cancel or (lambda: False)
        try:
            own_from = self._push_all(report, notify, stop)
            # Reference data first: the caseload points at sites, partners, courses, coaches.
            self._pull_reference(report, notify, stop)
            # Rows this cycle's push answers carried are here already: not pulled again.
            self._pull_all(report, notify, stop, own_from=own_from)
        except Cancelled:
            report.cancelled = True
        else:
            with self.store.write(remote=True) as session:
                write_setting(session, LAST_SUCCESS, utcnow().isoformat())
        report.seconds = time.perf_counter() - started
        log.info(
            "sync pushed=%d applied=%d merged=%d conflicts=%d rejected=%d pulled=%d removed=%d "
            "cancelled=%s seconds=%.2f",
            report.pushed,
            report.applied,
            report.merged,
            report.conflicts,
            report.rejected,
            report.pulled,
            report.removed,
            report.cancelled,
            report.seconds,
        )
        return report

    def pull(self) -> SyncReport:
        """Pull only (no push): what a coach gets from "refresh" when nothing is waiting."""
        report = SyncReport()
        self._pull_all(report, lambda _p: None, lambda: False)
        return report

    # --- possible duplicates -------------------------------------------------------------------

    def merge_duplicate(self, pair_id: str, *, survivor_id: str) -> SyncReport:
        """Merge a possible-duplicate pair on the server keeping ``survivor_id``, then pull
        the records that moved. Needs the network; repeating it is harmless."""
        return self._decided(self.server.merge_duplicate(pair_id, survivor_id=survivor_id))

    def reject_duplicate(self, pair_id: str) -> SyncReport:
        """Tell the server the pair is two different people (remembered), then pull."""
        return self._decided(self.server.reject_duplicate(pair_id))

    def _decided(self, pair: Change) -> SyncReport:
        with self.store.write(remote=True) as session:
            apply.apply_rows(session, [(pair.table, pair.row)])
        return self.pull()

    # --- push ----------------------------------------------------------------------------------

    def pending_rows(self) -> int:
        """How many records have changes waiting to go (what the status bar shows)."""
        with self.store.read() as session:
            count = session.scalar(
                select(func.count()).select_from(
                    select(OutboxEntry.table_name, OutboxEntry.row_id).distinct().subquery()
                )
            )
            return int(count or 0)

    def _push_all(
        self, report: SyncReport, notify: Callable[[Progress], None], stop: Callable[[], bool]
    ) -> int | None:
        """Push the outbox; the lowest revision taken from the answers (None: none taken).

        Two batches are written down at a time: the one out and the one after it. When an
        answer comes, the next batch goes out at once and this one's answer is taken while
        the server works on it (the laptop's share of a batch and the server's overlap). A
        batch never holds a row of the batch out before it, so no answer can change what
        the batch after it was based on; a row edited again waits for the batch after.
        """
        total = self.pending_rows()
        own_from: int | None = None
        done = 0
        notify(Progress("push", 0, total))
        with self.store.write(remote=True) as session:
            current, following = self._recorded_or_new(session)
        if current is None:
            return None
        cancelled = False
        with Ahead[PushResponse]("sync-push") as ahead:
            ahead.fetch(self._sender(current.text))
            while current is not None:
                answer = ahead.result()
                if following is not None:
                    ahead.fetch(self._sender(following.text))
                # One transaction (one commit) takes this answer and writes down what goes next.
                with self.store.write(remote=True) as session:
                    lowest = self._absorb(session, current, answer, report)
                    cancelled = cancelled or stop()
                    answered, out = _slots(session)
                    if following is not None:
                        write_setting(session, OUT_SLOT, out)  # the next batch is out now
                        after = None if cancelled else self._take(session, after=following)
                        # The answered batch's slot takes the one after (or is emptied).
                        write_setting(session, BATCH_SLOTS[answered], _text(after))
                        current, following = following, after
                    else:
                        write_setting(session, BATCH_SLOTS[answered], None)
                        current, following = (
                            (None, None) if cancelled else self._recorded_or_new(session)
                        )
                        if current is not None:
                            ahead.fetch(self._sender(current.text))
                if lowest is not None:
                    own_from = lowest if own_from is None else min(own_from, lowest)
                done += len(answer.results)
                notify(Progress("push", min(done, total) if total else done, total))
        if cancelled:
            raise Cancelled
        return own_from

    def _sender(self, request: str) -> Callable[[], PushResponse]:
        return lambda: self.server.push(request)

    def _recorded_or_new(self, session: Session) -> tuple[_Batch | None, _Batch | None]:
        """The batches written down last time if their answers never arrived (resent as they
        were: the server answers them from its records), else new ones from the outbox.

        A batch is recorded before it is sent, so a crash or a lost answer resends exactly
        the same mutations (same ids)."""
        _move_old_records(session)
        out, other = _slots(session)
        current = _recorded(session, BATCH_SLOTS[out])
        following = _recorded(session, BATCH_SLOTS[other])
        if current is None and following is not None:
            # A lone "next" (cannot be left without the one before it): it is out now.
            write_setting(session, OUT_SLOT, other)
            out, other, current, following = other, out, following, None
        elif current is None:
            current = self._take(session, after=None)
            if current is None:
                return None, None
            write_setting(session, BATCH_SLOTS[out], current.recorded)
        if following is None:
            following = self._take(session, after=current)
            if following is not None:
                write_setting(session, BATCH_SLOTS[other], following.recorded)
        return current, following

    def _take(self, session: Session, *, after: _Batch | None) -> _Batch | None:
        """A new batch from the outbox (not yet recorded). With ``after`` (a batch written
        down before it), only entries after it that touch none of its rows: the batch stops
        at the first entry of such a row, which goes in a later batch."""
        skip = set(after.seqs) if after is not None else set()
        busy = after.rows if after is not None else set()
        # Which entries make the batch, from their keys alone; then only those entries'
        # values (plain rows, not ORM objects; their JSON decoded once).
        # Through the driver: these two run for every batch of a big push, and SQLAlchemy's
        # statement and row handling cost more than SQLite's reading.
        conn = session.connection()
        window = conn.exec_driver_sql(_WINDOW_SQL, (self.batch_size * 2 + len(skip),)).all()
        free: list[Any] = []
        for entry in window:
            if entry[0] in skip:
                continue
            if (entry[1], entry[2]) in busy:
                break
            free.append(entry)
        if not free:
            return None
        picked = _first_rows(free, limit=self.batch_size)
        # The values as the JSON text they are stored as: most entries go out as they are.
        # Read by range (seq is the row id) and kept if picked.
        chosen = set(picked)
        entries = [
            entry
            for entry in conn.exec_driver_sql(_ENTRIES_SQL, (picked[0], picked[-1])).all()
            if entry.seq in chosen
        ]
        mutations, keys, seqs = coalesce_json(entries, limit=self.batch_size)
        device_id = read_setting_in(session, "device_id") or (
            self.store.actor.device_id if self.store.actor else ""
        )
        text = (
            f'{{"protocol":{PROTOCOL_VERSION},"device_id":{json.dumps(device_id)},'
            f'"batch_id":{json.dumps(uuid7())},"mutations":[{",".join(mutations)}]}}'
        )
        return _Batch(text, seqs, keys)

    def _absorb(
        self, session: Session, batch: _Batch, answer: PushResponse, report: SyncReport
    ) -> int | None:
        """Take the server's answer: canonical rows and revisions, problems kept, batch done.

        Returns the lowest revision among the rows taken as the answer gave them (None:
        none) — what the pull after the push may leave out (``own_from``)."""
        taken: list[int] = []
        session.execute(delete(OutboxEntry).where(OutboxEntry.seq.in_(batch.seqs)))
        rows: list[tuple[str, dict[str, Any]]] = []
        redirected: list[tuple[str, dict[str, Any]]] = []
        merges: dict[str, str] = {}
        problems: list[dict[str, Any]] = []
        for result in answer.results:
            key = batch.keys.get(result.mutation_id)
            if key is None:
                continue
            table = key[0]
            report.pushed += 1
            if result.outcome is Outcome.REJECTED:
                mutation = batch.mutation(result.mutation_id)
                report.rejected += 1
                report.problems.append(result.message or "A change was refused.")
                problems.append(
                    {
                        "mutation_id": mutation.mutation_id,
                        "table_name": mutation.table,
                        "row_id": mutation.row_id,
                        "code": result.code or "rejected",
                        "message": result.message or "The server refused this change.",
                        "fields": dict(mutation.fields),
                        "at": utcnow(),
                    }
                )
                continue
            if result.outcome is Outcome.APPLIED:
                report.applied += 1
            elif result.outcome is Outcome.MERGED:
                report.merged += 1
            else:
                report.conflicts += 1
            if result.redirected_to is not None:
                report.redirected += 1
                merged = _merged_id(
                    session, batch.mutation(result.mutation_id), result.redirected_to
                )
                if merged is not None:
                    merges[merged] = result.redirected_to
                if result.row is not None and table != Participant.__tablename__:
                    redirected.append((table, result.row))
                    continue
            if result.row is not None:
                rows.append((table, result.row))
                if result.redirected_to is None and result.rev > 0:
                    taken.append(result.rev)
        if problems:
            session.execute(insert(SyncProblem), problems)
        # A record moved to a survivor this laptop does not hold would break its link;
        # the pull brings it when the survivor is in this coach's scope.
        coming = {row["id"] for table, row in rows if table == Participant.__tablename__}
        rows.extend(
            (table, row)
            for table, row in redirected
            if row.get("participant_id") in coming or apply.participant_is_here(session, row)
        )
        # Changes made here since the batch was taken stay on top of the server's values,
        # based on the answer's revision when it holds nobody else's change.
        pending = apply.rebase_queued(session, rows)
        apply.apply_rows(session, rows, pending=pending)
        for merged, survivor in merges.items():
            apply.follow_merge(session, merged, survivor)
        session.flush()  # its slot is emptied or refilled in this same transaction
        return min(taken, default=None)

    # --- pull ----------------------------------------------------------------------------------

    def _pull_all(
        self,
        report: SyncReport,
        notify: Callable[[Progress], None],
        stop: Callable[[], bool],
        *,
        own_from: int | None = None,
    ) -> None:
        cursor = int(read_setting(self.store, PULL_CURSOR) or 0)
        notify(Progress("pull", 0, None))
        limit = self.pull_limit

        def fetch(after: int) -> Callable[[], PullResponse]:
            if own_from is None:
                return lambda: self.server.pull(cursor=after, limit=limit)
            return lambda: self.server.pull(cursor=after, limit=limit, own_from=own_from)

        # The next page is asked for before this one is written (sync.ahead): the server
        # prepares it meanwhile. The cursor is still saved only with the page it ends.
        with Ahead[PullResponse]("sync-pull") as ahead:
            ahead.fetch(fetch(cursor))
            while True:
                page = ahead.result()
                if page.has_more:
                    ahead.fetch(fetch(page.next_cursor))
                with self.store.write(remote=True) as session:
                    changes = [(c.table, c.row) for c in page.changes]
                    apply.apply_rows(session, changes)
                    for merged, survivor in apply.merged_pairs(changes).items():
                        apply.follow_merge(session, merged, survivor)
                    removed = apply.remove_participants(session, [r.row_id for r in page.removed])
                    write_setting(session, PULL_CURSOR, str(page.next_cursor))
                report.pulled += len(changes)
                report.removed += removed
                notify(Progress("pull", report.pulled, None))
                if not page.has_more:
                    return
                if stop():
                    raise Cancelled

    def _pull_reference(
        self, report: SyncReport, notify: Callable[[Progress], None], stop: Callable[[], bool]
    ) -> None:
        since = int(read_setting(self.store, REFERENCE_SINCE) or 0)
        while True:
            page = self.server.reference(since=since)
            with self.store.write(remote=True) as session:
                apply.apply_rows(session, [(c.table, c.row) for c in page.changes], pending={})
                write_setting(session, REFERENCE_SINCE, str(page.next_since))
            report.reference += len(page.changes)
            since = page.next_since
            notify(Progress("reference", report.reference, None))
            if not page.has_more:
                return
            if stop():
                raise Cancelled


def _merged_id(session: Session, mutation: Mutation, survivor_id: str) -> str | None:
    """Which participant the server found merged into ``survivor_id`` for this mutation."""
    if mutation.table == Participant.__tablename__:
        return mutation.row_id if mutation.row_id != survivor_id else None
    named = mutation.fields.get("participant_id")
    if isinstance(named, str) and named != survivor_id:
        return named
    model = SYNCED_MODELS.get(mutation.table)
    local = session.get(model, mutation.row_id) if model is not None else None
    owner = getattr(local, "participant_id", None)
    return owner if isinstance(owner, str) and owner != survivor_id else None


@dataclass(frozen=True)
class _Batch:
    """A push batch: the request as the JSON text sent, the outbox entries it covers, and
    the row each mutation id is for."""

    text: str
    seqs: list[int]
    keys: dict[str, tuple[str, str]]

    @cached_property
    def request(self) -> PushRequest:
        """The request read back (only for a refused or redirected change's details)."""
        return PushRequest.model_validate_json(self.text)

    def mutation(self, mutation_id: str) -> Mutation:
        return next(m for m in self.request.mutations if m.mutation_id == mutation_id)

    @property
    def rows(self) -> set[tuple[str, str]]:
        return set(self.keys.values())

    @property
    def recorded(self) -> str:
        """How it is written down (``_recorded`` reads it back)."""
        return f'{{"request":{self.text},"seqs":{json.dumps(self.seqs)}}}'


def _slots(session: Session) -> tuple[str, str]:
    """(the slot of the batch out, the other slot)."""
    out = read_setting_in(session, OUT_SLOT)
    return ("b", "a") if out == "b" else ("a", "b")


def _text(batch: _Batch | None) -> str | None:
    return batch.recorded if batch is not None else None


def _move_old_records(session: Session) -> None:
    """Batches an older release wrote down (the answer never came) go into the slots."""
    out = read_setting_in(session, INFLIGHT_BATCH)
    following = read_setting_in(session, NEXT_BATCH)
    if out is None and following is None:
        return
    write_setting(session, BATCH_SLOTS["a"], out)
    write_setting(session, BATCH_SLOTS["b"], following)
    write_setting(session, OUT_SLOT, "a")
    write_setting(session, INFLIGHT_BATCH, None)
    write_setting(session, NEXT_BATCH, None)


def recorded_batches(store: LocalStore) -> tuple[str | None, str | None]:
    """The push batches written down and not yet answered, as recorded: (the batch out, the
    one after it). What an administrator's checks and the fault tests look at."""
    with store.read() as session:
        out, other = _slots(session)
        return (
            read_setting_in(session, BATCH_SLOTS[out]) or read_setting_in(session, INFLIGHT_BATCH),
            read_setting_in(session, BATCH_SLOTS[other]) or read_setting_in(session, NEXT_BATCH),
        )


def _recorded(session: Session, key: str) -> _Batch | None:
    saved = read_setting_in(session, key)
    if not saved:
        return None
    data = json.loads(saved)
    # This release's protocol: a batch refused with 426 (nothing applied) goes out again
    # after the update, which the old number would have the server refuse.
    request = PushRequest.model_validate({**data["request"], "protocol": PROTOCOL_VERSION})
    keys = {m.mutation_id: (m.table, m.row_id) for m in request.mutations}
    return _Batch(request.model_dump_json(), list(data["seqs"]), keys)


# --- coalescing ----------------------------------------------------------------------------------


class Queued(Protocol):
    """An outbox entry's values (``OutboxEntry``, or a row of ``_QUEUED``)."""

    @property
    def seq(self) -> int: ...
    @property
    def mutation_id(self) -> str: ...
    @property
    def table_name(self) -> str: ...
    @property
    def row_id(self) -> str: ...
    @property
    def op(self) -> str: ...
    @property
    def fields(self) -> dict[str, Any] | None: ...
    @property
    def base(self) -> dict[str, Any] | None: ...
    @property
    def base_rev(self) -> int: ...


_QUEUED = (
    OutboxEntry.seq,
    OutboxEntry.mutation_id,
    OutboxEntry.table_name,
    OutboxEntry.row_id,
    OutboxEntry.op,
    OutboxEntry.fields,
    OutboxEntry.base,
    OutboxEntry.base_rev,
)


#: The same, with the values as the JSON text they are stored as.
_QUEUED_TEXT = (
    *_QUEUED[:5],
    type_coerce(OutboxEntry.fields, Text).label("fields"),
    type_coerce(OutboxEntry.base, Text).label("base"),
    OutboxEntry.base_rev,
)
_EMPTY = (None, "null", "{}")
#: A string as ``json.dumps`` writes it, without its dispatch (three per mutation).
_quoted = encode_basestring_ascii
_OUTBOX = OutboxEntry.__tablename__
#: The next entries' keys, in order (a batch's window).
_WINDOW_SQL = f"SELECT seq, table_name, row_id FROM {_OUTBOX} ORDER BY seq LIMIT ?"  # noqa: S608
#: Entries by seq range, every ``_QUEUED`` column with the values as stored (JSON text).
_ENTRIES_SQL = (
    "SELECT seq, mutation_id, table_name, row_id, op, fields, base, base_rev"  # noqa: S608
    f" FROM {_OUTBOX} WHERE seq BETWEEN ? AND ? ORDER BY seq"
)


@dataclass(frozen=True)
class _Decoded:
    """An outbox entry with its values decoded (a ``Queued``)."""

    seq: int
    mutation_id: str
    table_name: str
    row_id: str
    op: str
    fields: dict[str, Any] | None
    base: dict[str, Any] | None
    base_rev: int


def coalesce_json(
    entries: Sequence[Any], *, limit: int
) -> tuple[list[str], dict[str, tuple[str, str]], list[int]]:
    """``coalesce`` over entries whose values are JSON text (``_QUEUED_TEXT`` rows): the
    mutations as JSON, the row of each mutation id, the seqs covered.

    A row's lone entry with no base (a new record, or a removal) is the mutation itself and
    goes out with its values as stored, neither decoded nor encoded again; the other rows
    are folded by ``coalesce``. The server checks every mutation either way."""
    groups: dict[tuple[str, str], list[Any]] = {}
    for entry in entries:
        key = (entry.table_name, entry.row_id)
        if key not in groups and len(groups) >= limit:
            break
        groups.setdefault(key, []).append(entry)
    mutations: list[str] = []
    keys: dict[str, tuple[str, str]] = {}
    seqs: list[int] = []
    for key, group in groups.items():
        first = group[0]
        if len(group) == 1 and first.base in _EMPTY:
            delete = first.op == "delete"
            fields = "{}" if delete or first.fields in _EMPTY else first.fields
            mutations.append(
                f'{{"mutation_id":{_quoted(first.mutation_id)},'
                f'"table":{_quoted(first.table_name)},"row_id":{_quoted(first.row_id)},'
                f'"op":"{"delete" if delete else "upsert"}","base_rev":{int(first.base_rev)},'
                f'"fields":{fields},"base":{{}}}}'
            )
            keys[first.mutation_id] = key
            seqs.append(first.seq)
            continue
        decoded = [
            _Decoded(
                seq=e.seq,
                mutation_id=e.mutation_id,
                table_name=e.table_name,
                row_id=e.row_id,
                op=e.op,
                fields=json.loads(e.fields) if e.fields is not None else None,
                base=json.loads(e.base) if e.base is not None else None,
                base_rev=e.base_rev,
            )
            for e in group
        ]
        folded, covered = coalesce(decoded, limit=1)
        for mutation in folded:
            mutations.append(mutation.model_dump_json())
            keys[mutation.mutation_id] = key
        seqs.extend(covered)
    return mutations, keys, seqs


def _first_rows(window: Sequence[Any], *, limit: int) -> list[int]:
    """The seqs of the entries ``coalesce`` would take from ``window`` (rows of seq,
    table_name, row_id in seq order): every entry of the first ``limit`` rows named."""
    rows: set[tuple[str, str]] = set()
    picked: list[int] = []
    for seq, table, row_id in window:
        key = (table, row_id)
        if key not in rows:
            if len(rows) >= limit:
                break
            rows.add(key)
        picked.append(seq)
    return picked


def coalesce(entries: Sequence[Queued], *, limit: int) -> tuple[list[Mutation], list[int]]:
    """Fold several local edits of one row into one mutation, in first-edit order.

    The earliest base wins (it is what the first edit started from); later values win;
    a delete ends the row, and a later ``deleted: false`` (the record kept after all) brings
    it back. Returns at most ``limit`` rows' mutations and the outbox seqs they cover.
    """
    groups: dict[tuple[str, str], list[Queued]] = {}
    for entry in entries:
        key = (entry.table_name, entry.row_id)
        if key not in groups and len(groups) >= limit:
            break
        groups.setdefault(key, []).append(entry)
    mutations: list[Mutation] = []
    seqs: list[int] = []
    for (table, row_id), group in groups.items():
        fields: dict[str, Any] = {}
        base: dict[str, Any] = {}
        op = Op.UPSERT
        for entry in group:
            seqs.append(entry.seq)
            if entry.op == "delete":
                op = Op.DELETE
                continue
            changed = entry.fields or {}
            if changed.get("deleted") is False:
                op = Op.UPSERT  # brought back
            fields.update(changed)
            for name, value in (entry.base or {}).items():
                base.setdefault(name, value)
        created_here = group[0].base_rev == 0 and group[0].op == "upsert" and not group[0].base
        if op is Op.DELETE and len(group) > 1 and (created_here or fields):
            # Made, or changed, and then removed before the server heard of it: send the
            # record (or the changes), then its delete — in one batch, so the delete meets the
            # revision it was based on. The tombstone keeps the last values typed; a change
            # someone else made meanwhile makes a conflict that keeps them instead.
            mutations.append(
                Mutation(
                    mutation_id=group[0].mutation_id,
                    table=table,
                    row_id=row_id,
                    op=Op.UPSERT,
                    base_rev=group[0].base_rev,
                    fields=fields,
                    base={} if created_here else {k: v for k, v in base.items() if k in fields},
                )
            )
        mutations.append(
            Mutation(
                # The last edit's id: stable for this exact group, new if the group grows.
                mutation_id=group[-1].mutation_id,
                table=table,
                row_id=row_id,
                op=op,
                base_rev=group[0].base_rev,
                fields=fields if op is Op.UPSERT else {},
                base={k: v for k, v in base.items() if k in fields} if op is Op.UPSERT else {},
            )
        )
    return mutations, seqs


# --- settings in the store -----------------------------------------------------------------------


def read_setting(store: LocalStore, key: str) -> str | None:
    with store.read() as session:
        return read_setting_in(session, key)


def read_setting_in(session: Session, key: str) -> str | None:
    value: str | None = session.execute(
        select(LocalSetting.value).where(LocalSetting.key == key)
    ).scalar_one_or_none()
    return value


def write_setting(session: Session, key: str, value: str | None) -> None:
    """Set (or with None remove) a setting without reading it first: the recorded push
    batches are a few hundred kilobytes each, and loading one only to replace it was a
    twentieth of the laptop's time in a big push. A setting the session holds as an object
    is changed through it, so the object never goes stale."""
    held = session.identity_map.get(identity_key(LocalSetting, key))
    if held is not None or any(isinstance(o, LocalSetting) and o.key == key for o in session.new):
        _write_setting_object(session, key, value)
        return
    if value is None:
        session.execute(
            delete(LocalSetting).where(LocalSetting.key == key),
            execution_options={"synchronize_session": False},
        )
        return
    upsert = sqlite_insert(LocalSetting).values(key=key, value=value)
    session.execute(upsert.on_conflict_do_update(index_elements=["key"], set_={"value": value}))


def _write_setting_object(session: Session, key: str, value: str | None) -> None:
    row = session.get(LocalSetting, key)
    if value is None:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        session.add(LocalSetting(key=key, value=value))
    else:
        row.value = value
