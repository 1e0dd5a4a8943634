"""Applying a laptop's pushed mutations: idempotent, authorized, merged field by field.

Per mutation, inside its own savepoint (a rejected one never undoes the others):
a mutation id already answered returns the stored answer; a new row is inserted; a row
still at the client's base revision takes the change; otherwise each field is merged
against the client's base value — server unchanged → client's value; same value → nothing;
both changed differently → the server value stays and a ``Conflict`` keeps both.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import inspect, or_, select
from sqlalchemy.exc import IntegrityError, OperationalError, StatementError
from sqlalchemy.orm import Session

from coachapp.models import (
    PARTICIPANT_OWNED_MODELS,
    SYNC_COLUMNS,
    SYNCED_MODELS,
    AuditEvent,
    Conflict,
    InfoSession,
    Lead,
    Participant,
    PossibleDuplicate,
    SyncedMixin,
    Task,
    utcnow,
)
from coachapp.models.enums import ConflictStatus
from coachapp.models.wire import from_wire, to_wire
from coachapp.rules.person_fields import PERSON_FIELDS, check_person_fields
from coachapp.validation import FieldCheck
from server.storage import duplicates, revisions
from server.storage.scope import Viewer, can_see, could_see
from server.storage.tables import AppliedMutation, Device, ScopeEvent
from sync.protocol import Mutation, MutationResult, Op, Outcome, PushRequest, PushResponse

_OWNED_TABLES = frozenset(m.__tablename__ for m in PARTICIPANT_OWNED_MODELS)  # type: ignore[attr-defined]
#: What a coach may change on a conflict: its resolution, nothing else.
_CONFLICT_FIELDS = frozenset({"status", "resolution", "resolved_by", "resolved_at"})
_SCOPE_FIELDS = ("assigned_coach_id", "team_id", "shared_with_team")


class PushCaller(Viewer, Protocol):
    @property
    def device_id(self) -> str: ...  # pragma: no cover - a protocol


class Rejected(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class _Answer:
    mutation_id: str
    outcome: Outcome
    row: SyncedMixin | None = None
    conflicts: list[Conflict] = field(default_factory=list)
    touched: list[SyncedMixin] = field(default_factory=list)
    code: str | None = None
    message: str | None = None
    stored: MutationResult | None = None
    #: The survivor, when the mutation named a participant merged into another.
    redirected_to: str | None = None
    #: A participant inserted, or one whose names, birth date or case numbers changed.
    identity_changed: bool = False


#: Where scope events made while applying a batch wait to be numbered (in ``session.info``).
_SCOPE_EVENTS = "coachapp.pending_scope_events"


def apply_push(session: Session, caller: PushCaller, request: PushRequest) -> PushResponse:
    """Apply a batch in order; one transaction, one savepoint per mutation."""
    now = utcnow()
    answers: list[_Answer] = []
    answered_here: dict[str, _Answer] = {}
    # Records that name a merged participant go to the survivor (one lookup for the batch).
    owners = (m.fields.get("participant_id") for m in request.mutations)
    redirects = duplicates.survivors(session, (o for o in owners if isinstance(o, str)))
    # One batch of a laptop at a time: a batch sent again while its first copy is still
    # being saved waits here, then finds every mutation already answered.
    session.execute(select(Device.id).where(Device.id == caller.device_id).with_for_update())
    _lock_rows(session, list(request.mutations))
    for mutation in request.mutations:
        earlier = answered_here.get(mutation.mutation_id)
        if earlier is not None:  # the same mutation twice in one batch
            answers.append(earlier)
            continue
        stored = session.get(AppliedMutation, mutation.mutation_id)
        if stored is not None:
            answer = _Answer(
                mutation.mutation_id,
                Outcome(stored.result["outcome"]),
                stored=MutationResult.model_validate(stored.result),
            )
        else:
            answer = _apply_in_savepoint(session, caller, mutation, now, redirects)
        answers.append(answer)
        answered_here[mutation.mutation_id] = answer

    touched = [row for a in answers if a.stored is None for row in a.touched]
    if touched:
        # Under the counter's lock, every push and merge committed before is visible, and
        # none can commit until this batch does.
        revisions.lock(session)
        late = duplicates.follow_late_merges(session, touched)
        for answer in answers:
            if answer.stored is None and answer.row is not None and id(answer.row) in late:
                answer.redirected_to = late[id(answer.row)]
        people = {
            a.row.id: a.row
            for a in answers
            if a.stored is None and a.identity_changed and isinstance(a.row, Participant)
        }
        touched.extend(duplicates.detect(session, people.values()))
    events: list[ScopeEvent] = session.info.pop(_SCOPE_EVENTS, [])
    if events:
        # Numbered at the end like everything else, so the counter lock is taken once, last.
        for event, rev in zip(events, revisions.take(session, len(events)), strict=True):
            event.seq = rev
            session.add(event)
    revisions.stamp(session, touched)
    results: list[MutationResult] = []
    for answer in answers:
        result = answer.stored or _result(answer)
        if answer.stored is None and answer.mutation_id not in {r.mutation_id for r in results}:
            session.add(
                AppliedMutation(
                    mutation_id=answer.mutation_id,
                    org_id=caller.org_id,
                    device_id=caller.device_id,
                    result=result.model_dump(mode="json"),
                )
            )
        results.append(result)
    session.flush()
    return PushResponse(batch_id=request.batch_id, results=results)


def _apply_in_savepoint(
    session: Session,
    caller: PushCaller,
    mutation: Mutation,
    now: datetime,
    redirects: dict[str, str],
) -> _Answer:
    try:
        with session.begin_nested():
            answer = _apply(session, caller, mutation, now, redirects)
            session.flush()
            return answer
    except Rejected as exc:
        return _Answer(mutation.mutation_id, Outcome.REJECTED, code=exc.code, message=exc.message)
    except OperationalError:
        # A deadlock, a lost connection, a lock timeout: the batch is retried whole (see
        # server.api.sync); answering "rejected" would be remembered for this mutation forever.
        raise
    except (IntegrityError, StatementError):
        return _Answer(
            mutation.mutation_id,
            Outcome.REJECTED,
            code="invalid_record",
            message="The record breaks a rule of the database (a missing or duplicate link).",
        )


def _apply(
    session: Session, caller: PushCaller, m: Mutation, now: datetime, redirects: dict[str, str]
) -> _Answer:
    model = SYNCED_MODELS.get(m.table)
    if model is None:
        raise Rejected("unknown_table", f"There is no table called {m.table}.")
    if m.table in revisions.REFERENCE_TABLES:
        raise Rejected("forbidden", "Reference data is changed on the server by an administrator.")
    if model is PossibleDuplicate:
        raise Rejected("forbidden", "Possible duplicates are merged or set apart on the server.")
    values = _decode(model, m.fields, what="field")
    _check_domain_rules(model, values)
    base = dict(m.base)
    _decode(model, {k: v for k, v in base.items() if k in m.fields}, what="base field")
    row = _load(session, model, m.row_id)
    if row is not None and row.org_id != caller.org_id:
        raise Rejected("not_found", "That record is not on the server.")
    redirected_to: str | None = None
    if isinstance(row, Participant) and row.deleted:
        # Merged into another record: the change belongs to the survivor.
        redirected_to = duplicates.survivors(session, [row.id]).get(row.id)
    if redirected_to is not None and m.op is Op.DELETE:
        # Deleting a record that was merged: it is already gone, and the survivor stays.
        return _Answer(m.mutation_id, Outcome.APPLIED, row=row, redirected_to=redirected_to)
    if redirected_to is not None:
        row = _load(session, Participant, redirected_to)
    owner = values.get("participant_id")
    # The audit trail records what happened to the record named at the time: never moved.
    if isinstance(owner, str) and owner in redirects and model is not AuditEvent:
        values["participant_id"] = redirected_to = redirects[owner]
    if row is None:
        answer = _insert(session, caller, model, m, values, now)
    else:
        # Redirected, the client's base revision is the merged record's: merge field by field.
        three_way = isinstance(row, Participant) and row.id != m.row_id
        answer = _update(session, caller, row, m, values, base, now, three_way=three_way)
    answer.redirected_to = redirected_to
    return answer


def _load(session: Session, model: type[SyncedMixin], row_id: str) -> SyncedMixin | None:
    # Locked and re-read: a concurrent push of the same row either committed before (and its
    # values are the base we merge against) or waits for us. Without the lock two pushes from
    # the same base would both "apply" and the second would silently undo the first.
    return session.get(model, row_id, with_for_update=True, populate_existing=True)


def _lock_rows(session: Session, mutations: list[Mutation]) -> None:
    """Lock the batch's existing rows up front, table by table, in id order.

    Two batches touching the same rows in different orders would otherwise deadlock.
    """
    wanted: dict[str, set[str]] = {}
    for m in mutations:
        if m.table in SYNCED_MODELS:
            wanted.setdefault(m.table, set()).add(m.row_id)
    for table in SYNCED_MODELS:  # parents before children: one order for everyone
        ids = sorted(wanted.get(table, ()))
        if not ids:
            continue
        model = SYNCED_MODELS[table]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            session.execute(
                select(model.id).where(model.id.in_(chunk)).order_by(model.id).with_for_update()
            ).all()


def _decode(model: type[SyncedMixin], fields: dict[str, Any], *, what: str) -> dict[str, Any]:
    columns = model.__table__.columns  # type: ignore[attr-defined]
    values: dict[str, Any] = {}
    for name, raw in fields.items():
        if name not in columns:
            raise Rejected("unknown_field", f"{model.__tablename__} has no {what} {name}.")  # type: ignore[attr-defined]
        if name in SYNC_COLUMNS:
            continue  # the server decides ids, revisions, authors and times
        try:
            values[name] = from_wire(columns[name], raw)
        except ValueError as exc:
            raise Rejected("invalid_field", f"{name} {exc}.") from None
    return values


def _check_domain_rules(model: type[SyncedMixin], values: dict[str, Any]) -> None:
    """The checks the laptop's forms run, run again here: the server trusts no client."""
    if model is not Participant:
        return
    person = {k: v for k, v in values.items() if k in PERSON_FIELDS}
    if not person:
        return
    fc = FieldCheck()
    # The server keeps its own clock; a birth date is only checked against "not in the future".
    check_person_fields(fc, person, today=utcnow().date() + timedelta(days=1), partial=True)
    if fc.errors:
        name, problem = next(iter(fc.errors.items()))
        raise Rejected("invalid_field", f"{name}: {problem}")


def _insert(
    session: Session,
    caller: PushCaller,
    model: type[SyncedMixin],
    m: Mutation,
    values: dict[str, Any],
    now: datetime,
) -> _Answer:
    if m.op is Op.DELETE:
        raise Rejected("not_found", "That record is not on the server, so it cannot be deleted.")
    if model is Conflict:
        raise Rejected("forbidden", "Conflicts are made by the server.")
    if model is Participant:
        values.setdefault("assigned_coach_id", caller.coach_id)
        values.setdefault("team_id", caller.team_id)
        if values["assigned_coach_id"] != caller.coach_id and caller.role == "coach":
            raise Rejected("forbidden", "A coach can only add participants to their own caseload.")
    if model is AuditEvent:
        values["actor_id"] = caller.coach_id
        values["device_id"] = caller.device_id
    row = model(id=m.row_id, org_id=caller.org_id, **values)
    row.created_at = row.updated_at = now
    row.updated_by = caller.coach_id
    row.rev = 0
    row.deleted = False
    _require_columns(row)
    _authorize(session, caller, row)
    _check_links(session, caller, row)
    session.add(row)
    return _Answer(
        m.mutation_id,
        Outcome.APPLIED,
        row=row,
        touched=[row],
        identity_changed=isinstance(row, Participant),
    )


def _update(
    session: Session,
    caller: PushCaller,
    row: SyncedMixin,
    m: Mutation,
    values: dict[str, Any],
    base: dict[str, Any],
    now: datetime,
    *,
    three_way: bool = False,
) -> _Answer:
    if isinstance(row, AuditEvent):
        raise Rejected("forbidden", "The audit trail is append-only.")
    if isinstance(row, Conflict) and set(values) - _CONFLICT_FIELDS:
        raise Rejected("forbidden", "Only a conflict's resolution can be changed.")
    _authorize(session, caller, row)
    before = _scope_snapshot(row)
    conflicts: list[Conflict] = []
    changed = False
    if m.op is Op.DELETE:
        if row.deleted:
            pass
        elif row.rev == m.base_rev:
            row.deleted = changed = True
        else:
            conflicts.append(_conflict(row, caller, "deleted", False, False, True, now))
    elif row.rev == m.base_rev and not row.deleted and not three_way:
        for name, value in values.items():
            if to_wire(getattr(row, name)) != to_wire(value):
                setattr(row, name, value)
                changed = True
    else:
        for name, value in values.items():
            server, client = to_wire(getattr(row, name)), to_wire(value)
            if server == client:
                continue
            if name in base and server == base[name]:
                setattr(row, name, value)
                changed = True
            else:
                conflicts.append(_conflict(row, caller, name, base.get(name), server, client, now))
        if row.deleted and values:
            # Deleted on the server, edited here: keep the edit on the tombstone and let a
            # person decide whether the record comes back. Nothing is lost either way.
            conflicts.append(_conflict(row, caller, "deleted", False, True, False, now))
    if changed:
        row.updated_at = now
        row.updated_by = caller.coach_id
        _check_links(session, caller, row)
    touched: list[SyncedMixin] = [row, *conflicts] if (changed or conflicts) else []
    if isinstance(row, Participant) and before != _scope_snapshot(row):
        touched.extend(_rescope(session, caller, row, before))
    for conflict in conflicts:
        session.add(conflict)
    if conflicts:
        outcome = Outcome.CONFLICT
    elif (row.rev == m.base_rev and not three_way) or not changed:
        outcome = Outcome.APPLIED
    else:
        outcome = Outcome.MERGED
    return _Answer(
        m.mutation_id,
        outcome,
        row=row,
        conflicts=conflicts,
        touched=touched,
        identity_changed=(
            isinstance(row, Participant) and changed and duplicates.changed_identity(list(values))
        ),
    )


def _conflict(
    row: SyncedMixin,
    caller: PushCaller,
    name: str,
    base: Any,
    server: Any,
    client: Any,
    now: datetime,
) -> Conflict:
    return Conflict(
        org_id=row.org_id,
        table_name=row.__tablename__,  # type: ignore[attr-defined]
        row_id=row.id,
        field_name=name,
        participant_id=_participant_of(row),
        base_value=json.dumps(base),
        server_value=json.dumps(server),
        client_value=json.dumps(client),
        server_author_id=row.updated_by,
        server_changed_at=row.updated_at,
        client_author_id=caller.coach_id,
        client_device_id=caller.device_id,
        client_changed_at=now,
        status=ConflictStatus.OPEN,
        created_at=now,
        updated_at=now,
        updated_by=caller.coach_id,
        rev=0,
        deleted=False,
    )


def _participant_of(row: SyncedMixin) -> str | None:
    if isinstance(row, Participant):
        return row.id
    value = getattr(row, "participant_id", None)
    return value if isinstance(value, str) else None


def _authorize(session: Session, caller: PushCaller, row: SyncedMixin) -> None:
    """A coach cannot write outside their scope: refused, never silently dropped."""
    if isinstance(row, AuditEvent):
        # The coach's own record of what they did (ids only; actor forced to the caller).
        # A hand-over's own audit event comes after the participant has left their scope.
        return
    participant_id = _participant_of(row)
    if isinstance(row, Participant):
        if session.get(Participant, row.id) is None:  # new: checked in _insert
            return
        if not can_see(session, caller, row.id):
            raise Rejected("forbidden", "That participant is not in your caseload.")
        return
    if participant_id is not None:
        if not can_see(session, caller, participant_id):
            raise Rejected("forbidden", "That participant is not in your caseload.")
        return
    if caller.role in ("supervisor", "admin") or isinstance(row, AuditEvent):
        return
    owner = (
        row.assigned_to_id
        if isinstance(row, Task)
        else row.facilitator_id
        if isinstance(row, InfoSession)
        else row.assigned_coach_id
        if isinstance(row, Lead)
        else None
    )
    if owner not in (None, caller.coach_id):
        raise Rejected("forbidden", "That record belongs to another coach.")


def _require_columns(row: SyncedMixin) -> None:
    for attr in inspect(row).mapper.column_attrs:
        column = attr.columns[0]
        if column.nullable or column.primary_key or attr.key in SYNC_COLUMNS:
            continue
        if getattr(row, attr.key) is None:
            if column.default is not None and column.default.is_scalar:
                setattr(row, attr.key, column.default.arg)
                continue
            raise Rejected("missing_field", f"{attr.key} is required for a new record.")


def _check_links(session: Session, caller: PushCaller, row: SyncedMixin) -> None:
    """Every link must point at a live record of the same organisation.

    Foreign keys are only checked by the database at commit, which would fail the whole
    batch; checking here lets one bad mutation be rejected on its own.
    """
    table = row.__table__  # type: ignore[attr-defined]
    for column in table.columns:
        value = getattr(row, column.key, None)
        if value is None:
            continue
        for fk in column.foreign_keys:
            target = SYNCED_MODELS.get(fk.column.table.name)
            if target is None:
                continue
            found = session.scalar(
                select(target.__table__.c.org_id).where(target.__table__.c.id == value)  # type: ignore[attr-defined]
            )
            if found != caller.org_id:
                raise Rejected(
                    "invalid_link", f"{column.key} points at a record that does not exist."
                )


def _scope_snapshot(row: SyncedMixin) -> tuple[Any, ...] | None:
    if not isinstance(row, Participant):
        return None
    return tuple(getattr(row, name) for name in _SCOPE_FIELDS)


def _rescope(
    session: Session, caller: PushCaller, participant: Participant, before: tuple[Any, ...] | None
) -> list[SyncedMixin]:
    """A participant changed hands: tell whoever lost them, and re-send everything of theirs
    so whoever gained them pulls it all."""
    assert before is not None
    old_coach, old_team, old_shared = before
    rows: list[SyncedMixin] = []
    models: tuple[type[SyncedMixin], ...] = (
        *PARTICIPANT_OWNED_MODELS,
        Task,
        Lead,
        AuditEvent,
        Conflict,
    )
    for model in models:
        owned = model.participant_id == participant.id  # type: ignore[attr-defined]
        rows.extend(session.scalars(select(model).where(owned)))
    rows.extend(
        session.scalars(
            select(PossibleDuplicate).where(
                or_(
                    PossibleDuplicate.participant_a_id == participant.id,
                    PossibleDuplicate.participant_b_id == participant.id,
                )
            )
        )
    )
    session.info.setdefault(_SCOPE_EVENTS, []).append(
        ScopeEvent(
            org_id=participant.org_id,
            participant_id=participant.id,
            old_coach_id=old_coach,
            old_team_id=old_team,
            old_shared_with_team=bool(old_shared),
        )
    )
    _ = could_see  # the pull uses the same rule on the old values
    return rows


def _result(answer: _Answer) -> MutationResult:
    row = answer.row
    return MutationResult(
        mutation_id=answer.mutation_id,
        outcome=answer.outcome,
        rev=row.rev if row is not None else 0,
        row=row_values(row) if row is not None and answer.outcome is not Outcome.REJECTED else None,
        conflict_ids=[c.id for c in answer.conflicts],
        code=answer.code,
        message=answer.message,
        redirected_to=answer.redirected_to,
    )


def row_values(row: SyncedMixin) -> dict[str, Any]:
    """Every column of ``row`` in wire form."""
    return {attr.key: to_wire(getattr(row, attr.key)) for attr in inspect(row).mapper.column_attrs}
