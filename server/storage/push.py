"""Applying a laptop's pushed mutations: idempotent, authorized, merged field by field.

A batch is applied set-wise, in four steps, each in its own module:

1. **decode** (``push_decode``): table, fields and values of every mutation, no database;
2. **load** (``push_load``): the rows the batch changes, locked, and everything the checks
   need — a few queries per table, not per mutation;
3. **decide** (``push_merge``, with ``push_authorize``): in order, in Python — a mutation id
   already answered returns the stored answer; a new row is inserted; a row still at the
   client's base revision takes the change; otherwise each field is merged against the
   client's base value, and both sides' values of a field changed on both are kept in a
   ``Conflict``. A refused mutation (``rejected`` with a code) changes nothing and never
   undoes the others;
4. **write** (``push_write``): revisions taken last, then every row of the batch, its index
   entries and its remembered answers — on PostgreSQL in one statement (``bulk``).

On PostgreSQL a batch of new records costs three round trips whatever its size: the
caller's check, the laptop's lock, the answers it was already given, which rows exist and
whose scope decides (``FirstReads``); locks, late merges, possible duplicates and revisions;
the writes, with the commit when the route asks. Should the database still refuse
the batch's writes (a rule only it knows), the batch is applied again one mutation at a time,
each in its own savepoint, so only the mutation at fault is refused — the answer the laptop
gets is the same either way.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError, OperationalError, StatementError
from sqlalchemy.orm import Session

from coachapp.ids import uuid7
from coachapp.models import SYNCED_MODELS, AuditEvent, SyncedMixin, utcnow
from coachapp.models.enums import AuditAction
from coachapp.models.wire import to_wire
from server.storage import bulk
from server.storage.answers import WireAnswer
from server.storage.push_decode import (
    Rejected,
    check_domain_rules,
    decode,
    model_for,
    wire_row,
)
from server.storage.push_load import Batch, FirstReads, Key, Row, Wanted, forget_reference_rows
from server.storage.push_merge import Answer, PushCaller, decide
from server.storage.push_write import WriteRefused, finish, remembered
from server.storage.scope import CallerCheck, visible_rows
from server.storage.tables import AppliedMutation, Device, ServerAuditEvent
from sync.protocol import Mutation, MutationResult, Outcome, PushRequest, PushResponse

__all__ = [
    "PushAnswer",
    "PushCaller",
    "Rejected",
    "apply_push",
    "forget_reference_rows",
    "row_values",
]


@dataclass(frozen=True)
class PushAnswer(WireAnswer):
    """A push's answer: ``results`` as ``MutationResult`` dicts, in the batch's order."""

    _checked = PushResponse
    batch_id: str
    results: list[dict[str, Any]]

    def model(self) -> PushResponse:
        return cast(PushResponse, self._model())

    def counts(self) -> dict[str, int]:
        """How many mutations had each outcome (every outcome named)."""
        found = Counter(r["outcome"] for r in self.results)
        return {o.value: found.get(o.value, 0) for o in Outcome}


def apply_push(
    session: Session,
    caller: PushCaller | CallerCheck[PushCaller],
    request: PushRequest,
    *,
    audit_as: str | None = None,
    commit: bool = False,
) -> PushAnswer:
    """Apply a batch in order, in the caller's transaction. With ``audit_as`` (an account id),
    the server's audit log gets a "push" entry with the outcomes counted. A ``CallerCheck``
    refusing the caller raises before anything is written.

    ``commit``: applying the batch is the last thing the caller's transaction does, and on
    PostgreSQL the batch's writes commit it in their own round trip (one fewer for every
    push); the caller then only ends the session, whose own commit has nothing left to do.
    """
    now = utcnow()
    ahead = FirstReads.of(request.mutations, caller.coach_id) if bulk.is_postgres(session) else None
    caller, stored = _stored_answers(
        session, caller, [m.mutation_id for m in request.mutations], ahead
    )
    fresh: dict[str, Mutation] = {}
    for m in request.mutations:
        if m.mutation_id not in stored:
            fresh.setdefault(m.mutation_id, m)  # the same mutation twice: answered once
    counts = Counter(r["outcome"] for m in request.mutations if (r := stored.get(m.mutation_id)))
    audit = (audit_as, counts) if audit_as is not None else None
    answers: list[Answer] = []
    if fresh:
        try:
            answers = _apply_guarded(
                session, caller, list(fresh.values()), now, audit, commit, ahead
            )
        except WriteRefused:
            answers = _apply_one_by_one(session, caller, list(fresh.values()), now)
            if audit is not None:
                _audit(session, caller, audit, answers, now)
    elif audit is not None:
        _audit(session, caller, audit, [], now)
    made = {a.mutation_id: _result(a) for a in answers}
    results = [stored.get(m.mutation_id) or made[m.mutation_id] for m in request.mutations]
    return PushAnswer(batch_id=request.batch_id, results=results)


def _apply_guarded(
    session: Session,
    caller: PushCaller,
    mutations: list[Mutation],
    now: datetime,
    audit: tuple[str, Counter[str]] | None,
    commit: bool,
    ahead: FirstReads | None,
) -> list[Answer]:
    """The batch at once; ``WriteRefused`` when the database refused its writes (and the
    transaction can go on). PostgreSQL guards the final write with a savepoint of its own;
    SQLite (one writer, in-process) the whole batch."""
    if bulk.is_postgres(session):
        return _apply(session, caller, mutations, now, audit=audit, commit=commit, ahead=ahead)
    try:
        with session.begin_nested():
            return _apply(session, caller, mutations, now, audit=audit)
    except OperationalError:
        # A lock timeout: the batch is retried whole (see server.api.sync); answering
        # "rejected" would be remembered for these mutations forever.
        raise
    except (IntegrityError, StatementError) as exc:
        raise WriteRefused(str(exc)) from exc


def _apply(
    session: Session,
    caller: PushCaller,
    mutations: list[Mutation],
    now: datetime,
    earlier_revs: dict[Key, int] | None = None,
    audit: tuple[str, Counter[str]] | None = None,
    commit: bool = False,
    ahead: FirstReads | None = None,
) -> list[Answer]:
    answers: dict[str, Answer] = {}
    wanted: list[Wanted] = []
    for m in mutations:
        try:
            model = model_for(m.table)
            values = decode(model, m.fields, what="field")
            check_domain_rules(model, values)
            decode(model, {k: v for k, v in m.base.items() if k in m.fields}, what="base field")
        except Rejected as exc:
            answers[m.mutation_id] = _refused(m.mutation_id, exc)
        else:
            wanted.append(Wanted(m, model, values))
    batch = Batch(session, caller, earlier_revs=earlier_revs)
    batch.load(wanted, ahead)
    for w in wanted:
        try:
            answers[w.mutation.mutation_id] = decide(batch, caller, w, now)
        except Rejected as exc:
            answers[w.mutation.mutation_id] = _refused(w.mutation.mutation_id, exc)
    decided = list(answers.values())
    also = [] if audit is None else [_audit_write(caller, audit, decided, now)]
    finish(batch, decided, caller, now, also=also, commit=commit)
    if earlier_revs is not None:
        for key, row in batch.rows.items():
            earlier_revs.setdefault(key, row.base_rev)
    return [answers[m.mutation_id] for m in mutations]


def _apply_one_by_one(
    session: Session, caller: PushCaller, mutations: list[Mutation], now: datetime
) -> list[Answer]:
    """The slow way, when the database refused the batch's writes: a savepoint each."""
    earlier_revs: dict[Key, int] = {}
    latest: dict[Key, Row] = {}
    answers: list[Answer] = []
    for m in mutations:
        try:
            with session.begin_nested():
                [answer] = _apply(session, caller, [m], now, earlier_revs)
        except OperationalError:
            raise  # a deadlock: the whole batch is tried again
        except (WriteRefused, IntegrityError, StatementError):
            answer = Answer(
                m.mutation_id,
                Outcome.REJECTED,
                code="invalid_record",
                message="The record breaks a rule of the database (a missing or duplicate link).",
            )
            bulk.execute(session, [remembered([answer], caller, now)])
        else:
            if answer.row is not None:
                latest[answer.row.key] = answer.row
        answers.append(answer)
    for answer in answers:  # every answer shows the row as the batch left it
        if answer.row is not None:
            answer.row = latest.get(answer.row.key, answer.row)
    return answers


def _audit_write(
    caller: PushCaller, audit: tuple[str, Counter[str]], answers: list[Answer], now: datetime
) -> bulk.Write:
    """The server's audit entries for this push: who, and how many of each outcome; and one
    for each view of a restricted record the laptop reports in it (ids only)."""
    account_id, counts = audit
    counts = counts + Counter(a.outcome.value for a in answers)
    detail = " ".join(f"{o.value}={counts.get(o.value, 0)}" for o in Outcome)
    who = {"org_id": caller.org_id, "account_id": account_id, "device_id": caller.device_id}
    entries = [{"id": uuid7(), "at": now, **who, "action": "push", "detail": detail}]
    for answer in answers:
        row = answer.row
        if (
            answer.outcome is Outcome.APPLIED
            and row is not None
            and row.new
            and row.model is AuditEvent
            and row.values.get("action") == AuditAction.VIEW_RESTRICTED
        ):
            seen = {
                "audit_event_id": row.id,
                "table": row.values.get("table_name"),
                "record_id": row.values.get("record_id"),
                "participant_id": row.values.get("participant_id"),
                "occurred_at": to_wire(row.values.get("occurred_at")),
            }
            entries.append(
                {
                    "id": uuid7(),
                    "at": now,
                    **who,
                    "action": AuditAction.VIEW_RESTRICTED.value,
                    "detail": json.dumps(seen, sort_keys=True),
                }
            )
    return bulk.Write(ServerAuditEvent.__table__, entries)


def _audit(
    session: Session,
    caller: PushCaller,
    audit: tuple[str, Counter[str]],
    answers: list[Answer],
    now: datetime,
) -> None:
    bulk.execute(session, [_audit_write(caller, audit, answers, now)])


def _refused(mutation_id: str, exc: Rejected) -> Answer:
    return Answer(mutation_id, Outcome.REJECTED, code=exc.code, message=exc.message)


def _result(answer: Answer) -> dict[str, Any]:
    """The answer in wire form (``MutationResult``'s fields), as sent and as remembered."""
    row = answer.row
    shown = row is not None and answer.outcome is not Outcome.REJECTED
    wire = None
    if shown and row is not None:
        wire = row.wire if row.wire is not None else wire_row(row.model, row.values)
    return {
        "mutation_id": answer.mutation_id,
        "outcome": answer.outcome.value,
        "rev": int(row.values["rev"]) if row is not None else 0,
        "row": wire,
        "conflict_ids": answer.conflict_ids,
        "code": answer.code,
        "message": answer.message,
        "redirected_to": answer.redirected_to,
    }


_STORED = bulk.each_of("ids", "applied_mutations", "mutation_id, result", key="mutation_id")
_STORED_SQL = f"SELECT x.* FROM {_STORED} AS x"  # noqa: S608 - the schema's names


def _stored_answers(
    session: Session,
    who: PushCaller | CallerCheck[PushCaller],
    ids: list[str],
    ahead: FirstReads | None = None,
) -> tuple[PushCaller, dict[str, dict[str, Any]]]:
    """The caller (checked now if ``who`` is a check), and the answers given before, with
    each row as it stands now (if the caller still sees it).

    The laptop's device row is locked first: one batch of a laptop at a time, so a batch sent
    again while its first copy is still being saved waits here, then finds every mutation
    already answered (read after the lock, in the same round trip on PostgreSQL, which the
    caller's check joins, and ``ahead``: the batch's first reads, also after the lock).
    """
    unique = sorted(set(ids))
    stored: dict[str, dict[str, Any]] = {}
    check = who if isinstance(who, CallerCheck) else None
    if bulk.is_postgres(session):
        first = [check.statement()] if check is not None else []
        then = ahead.statements() if ahead is not None else []
        results = bulk.round_trip(
            session,
            [
                *first,
                ("SELECT id FROM devices WHERE id = %(d)s FOR UPDATE", {"d": who.device_id}),
                (_STORED_SQL, {"ids": unique}),
                *then,
            ],
        )
        caller = check.caller(session, results[0]) if check is not None else cast(PushCaller, who)
        found_rows = results[len(first) + 1]
        if ahead is not None:
            ahead.took(results[len(first) + 2 :])
        stored = {mutation_id: dict(result) for mutation_id, result in found_rows}
    else:
        caller = check.caller(session) if check is not None else cast(PushCaller, who)
        session.execute(select(Device.id).where(Device.id == caller.device_id).with_for_update())
        t = AppliedMutation.__table__
        for start in range(0, len(unique), 500):
            query = select(t.c.mutation_id, t.c.result).where(
                t.c.mutation_id.in_(unique[start : start + 500])
            )
            stored.update({mid: dict(result) for mid, result in session.execute(query)})
    wanted = {(r["row_table"], r["row_id"]) for r in stored.values() if r.get("row_table")}
    rows = _current_rows(session, caller, wanted) if wanted else {}
    found: dict[str, dict[str, Any]] = {}
    for mutation_id, result in stored.items():
        if "row_table" in result:  # kept without its row: the row is read now
            row = rows.get((result.pop("row_table"), result.pop("row_id")))
            result["row"] = row
            if row is not None:
                result["rev"] = row["rev"]
        # Kept by earlier versions too: checked, and given every field of today's answer.
        found[mutation_id] = MutationResult.model_validate(result).model_dump(mode="json")
    return caller, found


def _current_rows(
    session: Session, caller: PushCaller, keys: set[Key]
) -> dict[Key, dict[str, Any]]:
    """The rows of ``keys`` the caller may read now, in wire form."""
    postgres = bulk.is_postgres(session)
    seen = visible_rows(session, caller, keys)
    by_table: dict[str, list[str]] = {}
    for table, row_id in seen:
        by_table.setdefault(table, []).append(row_id)
    rows: dict[Key, dict[str, Any]] = {}
    for table, row_ids in by_table.items():
        model = SYNCED_MODELS[table]
        t = model.__table__  # type: ignore[attr-defined]
        query = select(t).where(bulk.among(t.c.id, row_ids, postgres=postgres))
        for values in session.execute(query).mappings():
            rows[(table, values["id"])] = wire_row(model, dict(values))
    return rows


def row_values(row: SyncedMixin) -> dict[str, Any]:
    """Every column of an ORM ``row`` in wire form."""
    return {attr.key: to_wire(getattr(row, attr.key)) for attr in inspect(row).mapper.column_attrs}
